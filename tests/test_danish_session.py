"""A Danish session from start to end: the command-line library's own words, date options,
negative numbers, pipes, and every command's error paths without an English sentence
(issue 14, items 3, 5 and 10)."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from pdsa_cli.cli.app import app
from tests.conftest import EXAMPLE
from tests.writing_support import FOLDER, INITIATIVE, make_workspace

# Words of an English sentence (none of them is Danish); user input and ids are chosen so they
# never contain one.
ENGLISH = re.compile(
    r"\b(the|is|not|must|does|such|missing|invalid|usage|try|error|found|unexpected|option|"
    r"options|should|cannot|expected|got|possible|mean|requires|input|valid|aborted|help|"
    r"unknown|already|choose|one of|no workspace|measure|value|date|file)\b",
    re.IGNORECASE,
)


def da(root: Path | None, *args: str, input: str | None = None) -> Result:
    head = ["--lang", "da"] + (["--cycles", str(root)] if root is not None else [])
    return CliRunner().invoke(app, [*head, *args], input=input, env={"COLUMNS": "200"})


def en(root: Path | None, *args: str) -> Result:
    head = ["--lang", "en"] + (["--cycles", str(root)] if root is not None else [])
    return CliRunner().invoke(app, [*head, *args], env={"COLUMNS": "200"})


def english_in(text: str) -> list[str]:
    # Paths, option and argument names (the usage line's {measure} [date]) and quoted input are
    # names, not sentences.
    plain = re.sub(r"(--?[\w-]+|'[^']*'|\S*/\S*|\S+\.yaml|\{\w+\}|\[\w+\])", " ", text)
    return sorted({m.group(1).lower() for m in ENGLISH.finditer(plain)})


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_workspace(tmp_path)


CYCLE = f"{INITIATIVE}#1"
ERROR_PATHS: list[tuple[str, ...]] = [
    ("--bogus",),
    ("lst",),
    ("list", "--bogus"),
    ("list", "ekstra", "ord"),
    ("list", "--status", "færdig"),
    ("list", "--decision", "måske"),
    ("validate", "ingen-mappe"),
    ("validate", "--format", "xml"),
    ("show",),
    ("show", "ukendt-indsats"),
    ("log",),
    ("log", "ventetid", "31.02.2021", "4"),
    ("log", "ventetid", "2021-04-05", "fire"),
    ("log", "ventetid", "2021-04-05", "4", "--nte", "x"),
    ("log", "ukendt-maaling", "2021-04-05", "4"),
    ("log", "ventetid", "2021-04-05"),
    ("new-measure", "--no-input"),
    ("new-measure", "--family", "slags", "--no-input"),
    ("new-measure", "--target", "mange"),
    ("new", "--no-input"),
    ("new", "--method", "hemmelig", "--no-input"),
    ("do", "ukendt#9", "--start", "2021-01-01"),
    ("do", CYCLE, "--start", "i morgen"),
    ("study",),
    ("act", CYCLE, "--decision", "måske"),
    ("predictions", "-m", "atlantis"),
    ("summary", "--since", "sidste-år"),
    ("summary", "-f", "pdf"),
    ("summary", "--seminar", "x"),
    ("analyze",),
    ("analyze", "ukendt-maaling"),
    ("analyze", "ventetid", "--rules", "egne"),
    ("chart", "ukendt-maaling"),
    ("chart", "ventetid", "--rules", "egne"),
    ("export", "alt"),
    ("export", "--sep"),
    ("import",),
    ("import", "ingen.csv", "--measure", "ventetid"),
    ("schema", "--bogus"),
    ("init", "--no-input", "--language", "kl"),
]


@pytest.mark.parametrize("args", ERROR_PATHS, ids=" ".join)
def test_every_error_in_a_danish_session_is_danish(root: Path, args: tuple[str, ...]) -> None:
    done = da(root, *args)
    assert done.exit_code != 0, done.output
    assert "Traceback" not in done.output
    assert english_in(done.output) == [], done.output


@pytest.mark.parametrize("args", [("list",), ("validate",), ("summary",), ("chart", "--all")])
def test_no_workspace_in_a_danish_session(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    monkeypatch.chdir(tmp_path)
    done = da(None, *args)
    assert done.exit_code == 2
    assert english_in(done.output) == [], done.output


@pytest.mark.parametrize(
    ("args", "danish", "english"),
    [
        (("list", "--bogus"), "Ukendt tilvalg: --bogus", "No such option: --bogus"),
        (
            ("show",),
            "Argumentet 'CYCLE|INITIATIVE' mangler.",
            "Missing argument 'CYCLE|INITIATIVE'.",
        ),
        (("list", "a", "b"), "For mange argumenter: a b", "Got unexpected extra argument"),
        (("lst",), "Mente du 'list'?", "Did you mean 'list'?"),
        (("summary", "--seminar", "x"), "skal være et helt tal", "Input should be a valid"),
        (("list", "--bogus"), "Brug: pdsa list [TILVALG]", "Usage: pdsa list [OPTIONS]"),
        (("list", "--bogus"), "for at få hjælp", "for help."),
        (("list", "--bogus"), "Fejl", "Error"),
    ],
)
def test_the_librarys_own_words_in_each_language(
    root: Path, args: tuple[str, ...], danish: str, english: str
) -> None:
    assert danish in da(root, *args).output
    assert english in en(root, *args).output


def test_the_language_of_a_parse_error_is_the_programmes_without_lang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_workspace(tmp_path)
    programme = root / "programme.yaml"
    programme.write_text(programme.read_text("utf-8").replace("language: en", "language: da"))
    monkeypatch.chdir(root.parent)
    done = CliRunner().invoke(app, ["list", "--bogus"])
    assert "Ukendt tilvalg" in done.output


@pytest.mark.parametrize("since", ["2021-03-01", "01-03-2021", "01.03.2021"])
def test_date_options_read_the_formats_of_log(root: Path, since: str) -> None:
    done = da(root, "summary", "--since", since, "--no-charts")
    assert done.exit_code == 0, done.output
    assert "1. mar. 2021" in done.stdout


def test_a_bad_date_option_says_which_formats(root: Path) -> None:
    done = en(root, "summary", "--since", "June")
    assert done.exit_code == 2
    assert "2021-03-15, 15.03.2021, 15.03.21, 'week 11 2021' or 2021-W11" in done.output


@pytest.mark.parametrize("value", ["-3", "-3,5", "-0.25"])
def test_a_negative_number_is_an_argument(root: Path, value: str) -> None:
    path = root / FOLDER / "measures" / "ventetid.yaml"  # minutes: below 0 only when allowed
    text = path.read_text("utf-8").replace(
        "\nmeasurements:", "\nallow_negative: true\nmeasurements:", 1
    )
    path.write_text(text, "utf-8")
    done = en(root, "log", "ventetid", "2021-04-05", value, "--note", "below zero")
    assert done.exit_code == 0, done.output
    text = (root / FOLDER / "measures" / "ventetid.yaml").read_text("utf-8")
    assert "2021-04-05" in text and value.replace(",", ".").lstrip("-") in text


def test_a_negative_number_after_an_option_stays_its_value(root: Path) -> None:
    done = en(root, "log", "ventetid", "2021-04-05", "--note", "-3", "7")
    assert done.exit_code == 0, done.output
    text = (root / FOLDER / "measures" / "ventetid.yaml").read_text("utf-8")
    assert "note: '-3'" in text or 'note: "-3"' in text


def test_an_unknown_option_is_still_refused_beside_a_negative_number(root: Path) -> None:
    done = da(root, "log", "ventetid", "2021-04-05", "-3", "--nte", "x")
    assert done.exit_code == 2 and "Ukendt tilvalg: --nte" in done.output


def test_do_end_before_start_says_so_in_words(root: Path) -> None:
    args = ("do", CYCLE, "--start", "2021-03-10", "--end", "2021-03-01")
    for run, words in ((da, "ligger før do.start"), (en, "is before do.start")):
        done = run(root, *args)
        assert done.exit_code != 0
        assert words in done.output
        assert not re.search(r"\{\w+\}", done.output), done.output


def test_a_closed_pipe_ends_quietly() -> None:
    """`pdsa list | head -1`: the reader leaves before pdsa writes; no message, no traceback."""
    command = [sys.executable, "-m", "pdsa_cli", "--lang", "da", "--cycles", str(EXAMPLE), "list"]
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line
    done = subprocess.run(command, stdout=write, stderr=subprocess.PIPE, timeout=120, check=False)
    os.close(write)
    assert done.stderr.decode() == ""
    assert done.returncode != 0


def test_init_asks_its_first_question_in_both_languages(tmp_path: Path) -> None:
    done = CliRunner().invoke(app, ["init", str(tmp_path / "ny")], input="da\nProgram\n\n\n")
    first = done.output.splitlines()[0]
    assert "Sprog" in first and "Language" in first


def test_chart_files_are_readable_by_others_like_every_file(root: Path, tmp_path: Path) -> None:
    out = tmp_path / "ventetid.svg"
    done = en(root, "chart", "ventetid", "--out", str(out))
    assert done.exit_code == 0, done.output
    mode = stat.S_IMODE(out.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask
    assert mode & stat.S_IROTH or umask & stat.S_IROTH


def test_a_typo_deep_inside_a_danish_workspace_is_answered_in_danish(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No --lang, no --cycles: the help screen's language comes from the same lookup as every
    command (walking up to programme.yaml), not from ./cycles alone."""
    programme = root / "programme.yaml"
    text = programme.read_text("utf-8")
    if "language:" not in text:
        text += "language: da\n"
    programme.write_text(re.sub(r"language: \w+", "language: da", text), "utf-8")
    monkeypatch.delenv("PDSA_LANG", raising=False)
    monkeypatch.chdir(root / FOLDER)
    done = CliRunner().invoke(app, ["lgo", "ventetid", "2021-04-05", "9"])
    assert done.exit_code == 2
    assert "Ukendt kommando 'lgo'. Mente du 'log'?" in done.output


def test_numbers_in_danish_messages_have_a_decimal_comma() -> None:
    from pdsa_cli.i18n import translate

    assert "(fik 2,5)" in translate("writing.count_whole", "da", value=2.5, where="", date="d")
    assert "(got 2.5)" in translate("writing.count_whole", "en", value=2.5, where="", date="d")
    assert "7,5" in translate(
        "problem.numerator-exceeds-denominator", "da", numerator=7.5, denominator=5.0
    )
