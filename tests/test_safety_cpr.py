"""Issue 15, item 1: a CPR number is refused by every command that writes, and no output shows
one, whatever the files hold."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pdsa_cli.workspace.cpr import find_cpr_lines, looks_like_cpr, mask_cpr
from tests.writing_support import FOLDER, INITIATIVE, make_workspace, run, tree

FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


def _forms(day: dt.date, serial: int) -> dict[str, str]:
    d, m, y, s = f"{day:%d}", f"{day:%m}", f"{day:%y}", f"{serial:04d}"
    plain = f"{d}{m}{y}-{s}"
    return {
        "hyphen": plain,
        "none": f"{d}{m}{y}{s}",
        "space": f"{d}{m}{y} {s}",
        "en dash": f"{d}{m}{y}\u2013{s}",
        "non-breaking hyphen": f"{d}{m}{y}\u2011{s}",
        "dots": f"{d}.{m}.{y}-{s}",
        "fullwidth": plain.translate(FULLWIDTH),
        "zero-width": "\u200b".join(f"{d}{m}{y}{s}"),
    }


@given(
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
    serial=st.integers(0, 9999),
    form=st.sampled_from(list(_forms(dt.date(2000, 1, 1), 0))),
    zero_width=st.sampled_from(ZERO_WIDTH),
)
def test_every_form_is_found_and_masked(
    day: dt.date, serial: int, form: str, zero_width: str
) -> None:
    number = _forms(day, serial)[form].replace("\u200b", zero_width)
    text = f"Borger {number} deltog"
    assert looks_like_cpr(text)
    assert list(find_cpr_lines(f"a: 1\nnote: {text}\n".encode())) == [2]
    masked = mask_cpr(text)
    assert not looks_like_cpr(masked)
    assert masked.startswith("Borger ") and masked.endswith("XXXX deltog")


@given(st.text(alphabet="0123456789-. \u2013\u2011\u200b０１２３９x\n", max_size=60))
def test_masked_text_never_holds_a_cpr_number(text: str) -> None:
    assert not looks_like_cpr(mask_cpr(text))


_PLAIN_FORMS = ["hyphen", "none", "space", "en dash", "non-breaking hyphen", "dots"]
_NUMBERS = st.builds(
    lambda day, serial, form: _forms(day, serial)[form],
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
    st.integers(0, 9999),
    st.sampled_from(_PLAIN_FORMS),
)
_FILLER = st.text(alphabet="0123456789-. \u2013\u00a0æøx\n", max_size=12)


@given(st.lists(st.one_of(_NUMBERS, _FILLER), max_size=8).map("".join))
def test_masking_a_text_does_not_depend_on_what_else_it_holds(text: str) -> None:
    # Text with only the digits 0-9 is scanned by a faster path than text that also holds a
    # fullwidth digit somewhere: both must mask exactly the same numbers.
    unusual = "\n０ ８"
    assert mask_cpr(text + unusual) == mask_cpr(text) + unusual
    # (a line break alone may join two numbers into one: a letter keeps them apart)
    assert mask_cpr(text + "\nx" + text) == mask_cpr(text) + "\nx" + mask_cpr(text)


@pytest.mark.parametrize(
    "text", ["2021-03-01", "01.06.2021", "uge 14 2021", "12 34 56 78", "3201011234", "v1.2.3"]
)
def test_dates_and_other_numbers_are_left_alone(text: str) -> None:
    assert not looks_like_cpr(text)
    assert mask_cpr(text) == text


def test_the_mask_keeps_the_date_part() -> None:
    assert mask_cpr("Borger 010190-1234.") == "Borger 010190-XXXX."
    assert mask_cpr("01.01.90\u20131234") == "01.01.90-XXXX"


# -- every command that writes refuses it ---------------------------------------------------------

CPR = "010190-1234"
MEASURE_FLAGS = [
    "--initiative", INITIATIVE, "--family", "balancing", "--definition", "Minutter pr. besøg.",
    "--unit", "minutter", "--data-type", "value", "--direction", "down", "--no-input",
]  # fmt: skip


def _commands(tmp_path: Path) -> dict[str, tuple[list[str], str]]:
    """Each writing command with a CPR number in one of its fields, and the field it names."""
    csv = tmp_path / "rows.csv"
    return {
        "new --title": (
            ["new", "--no-input", "-i", INITIATIVE, "-t", f"Borger {CPR}", "--from", "1"],
            "title",
        ),
        "new --objective": (
            ["new", "--no-input", "-i", INITIATIVE, "-t", "Møde", "--objective", f"Hr. {CPR}"],
            "objective",
        ),
        "new --new-initiative": (
            ["new", "--no-input", "-i", f"borger-{CPR}", "--new-initiative", "-t", "Møde"],
            "initiative",
        ),
        "new-measure --name": (
            ["new-measure", "dok-min", "--name", f"Tid for {CPR}", *MEASURE_FLAGS],
            "name",
        ),
        "log --note": (["log", "ventetid", "2021-04-05", "9", "--note", f"borger {CPR}"], "note"),
        "log --from-csv": (["log", "ventetid", "--from-csv", str(csv)], "note"),
        "import": (["import", str(csv), "-m", "ventetid", "--yes"], "note"),
        "do": (["do", f"{INITIATIVE}#1", "--what-happened", f"Mødet med {CPR}"], "what_happened"),
        "study": (["study", f"{INITIATIVE}#1", "--results", CPR, "--no-input"], "results"),
        "act": (["act", f"{INITIATIVE}#1", "--next-step", f"{CPR} igen", "--no-input"], "next"),
    }


@pytest.mark.parametrize("command", list(_commands(Path("/nowhere"))))
def test_every_writing_command_refuses_a_cpr_number(tmp_path: Path, command: str) -> None:
    root = make_workspace(tmp_path)
    before = tree(root)
    (tmp_path / "rows.csv").write_text(
        f"date,value,note\n2021-04-05,9,borger {CPR}\n", encoding="utf-8"
    )
    args, field = _commands(tmp_path)[command]
    result = run(root, *args)
    assert result.exit_code == 1, result.output
    assert "CPR" in result.stderr and field in result.stderr, result.stderr
    assert CPR not in result.output  # not even repeated on screen
    assert "010190-XXXX" in result.stderr
    assert tree(root) == before  # nothing written, no file name made from it
    assert "Traceback" not in result.output


# -- every renderer masks it --------------------------------------------------------------------


def _workspace_holding_cpr(tmp_path: Path) -> Path:
    """A workspace whose files already hold CPR numbers (written by hand), CPR as a warning so
    the commands run."""
    root = make_workspace(tmp_path)
    programme = root / "programme.yaml"
    programme.write_text(
        programme.read_text(encoding="utf-8") + "personal_data:\n  cpr_numbers: warning\n",
        encoding="utf-8",
    )
    cycle = root / FOLDER / "cycle-01-foerste-feedbackmoede.yaml"
    text = cycle.read_text(encoding="utf-8")
    text = text.replace("title: Første feedbackmøde", f"title: Første møde med {CPR}")
    text = text.replace("Mødet blev holdt", "Mødet med 0101901234 blev holdt")
    cycle.write_text(text, encoding="utf-8")
    cycle.rename(cycle.with_name(f"cycle-01-borger-{CPR}.yaml"))
    measure = root / FOLDER / "measures" / "ventetid.yaml"
    text = measure.read_text(encoding="utf-8")
    text = text.replace("name: Ventetid til møde", "name: Ventetid for 01.01.90-1234")
    text = text.replace("value: 12}", "value: 12, note: 'borger 010190 1234'}")
    measure.write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    "args",
    [
        ["summary"],
        ["summary", "--format", "md", "--no-charts"],
        ["summary", "--format", "html", "--no-charts"],
        ["summary", "--format", "json"],
        ["show", f"{INITIATIVE}#1"],
        ["show", INITIATIVE],
        ["list"],
        ["export", "measurements"],
        ["export", "cycles"],
        ["analyze", "ventetid", "--json"],
        ["validate"],
    ],
)
def test_no_output_shows_a_cpr_number(tmp_path: Path, args: list[str]) -> None:
    root = _workspace_holding_cpr(tmp_path)
    result = run(root, *args)
    assert "Traceback" not in result.output, result.output
    assert result.exit_code in (0, 1), result.output
    assert not looks_like_cpr(result.output), result.output
    if args[0] not in ("validate", "list", "analyze"):
        assert "XXXX" in result.output, result.output


def test_files_written_by_summary_and_chart_show_no_cpr_number(tmp_path: Path) -> None:
    root = _workspace_holding_cpr(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    for fmt in ("md", "html", "json"):
        done = run(root, "summary", "--format", fmt, "--out", str(out / f"report.{fmt}"))
        assert done.exit_code == 0, done.output
    chart = run(root, "chart", "ventetid", "--format", "svg", "--out", str(out / "chart.svg"))
    assert chart.exit_code == 0, chart.output
    written = [path for path in out.rglob("*") if path.is_file()]
    assert len(written) >= 4
    for path in written:
        text = path.read_text(encoding="utf-8")
        assert not looks_like_cpr(text), path
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert "XXXX" in json.dumps(report, ensure_ascii=False)


def test_a_file_already_holding_a_cpr_number_is_not_edited(tmp_path: Path) -> None:
    """validate rejects it (by default), so `log` refuses it too, naming the line."""
    root = make_workspace(tmp_path)
    path = root / FOLDER / "measures" / "ventetid.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("value: 12}", f"value: 12, note: '{CPR}'}}"),
        encoding="utf-8",
    )
    before = tree(root)
    result = run(root, "log", "ventetid", "2021-04-05", "9")
    assert result.exit_code == 1
    assert "ventetid.yaml:10" in result.stderr and "CPR" in result.stderr
    assert "already has errors" in result.stderr and CPR not in result.output
    assert tree(root) == before
    # With the programme's downgrade to a warning, the file is edited (and the new text checked).
    programme = root / "programme.yaml"
    programme.write_text(
        programme.read_text(encoding="utf-8") + "personal_data:\n  cpr_numbers: warning\n",
        encoding="utf-8",
    )
    assert run(root, "log", "ventetid", "2021-04-05", "9").exit_code == 0
    assert run(root, "log", "ventetid", "2021-04-12", "9", "--note", CPR).exit_code == 1


def test_an_interactive_answer_with_a_cpr_number_is_asked_again(tmp_path: Path) -> None:
    root = make_workspace(tmp_path)
    answers = [
        "2",  # the initiative, by number
        f"Andel hørt af {CPR}",  # refused at once, asked again
        "Andel borgere der føler sig hørt",
        "",  # the id: the suggested slug
        "outcome",  # the guide's order: family, definition, unit, data type, direction
        "Hver uge spørges fem borgere.", "andel", "proportion",
        "up", "", "",  # direction; chart and frequency: the suggestions
    ]  # fmt: skip
    done = run(root, "new-measure", input="\n".join(answers) + "\n")
    assert done.exit_code == 0, done.output
    assert "That looks like a CPR number (Andel hørt af 010190-XXXX)" in done.output
    assert (root / FOLDER / "measures" / "andel-borgere-der-foeler-sig-hoert.yaml").is_file()


@pytest.mark.parametrize("view", [["--json"], ["--csv"], []])
def test_analyze_of_a_csv_never_shows_a_cpr_number_in_its_labels(
    tmp_path: Path, view: list[str]
) -> None:
    data = tmp_path / "data.csv"
    rows = [f"uge {k},{k}" for k in range(1, 12)] + [f"borger {CPR},12", "01.01.90 1234,13"]
    data.write_text("x,y\n" + "\n".join(rows) + "\n", encoding="utf-8")
    result = run(tmp_path, "analyze", str(data), *view)
    assert result.exit_code == 0, result.output
    assert not looks_like_cpr(result.output), result.output
    assert "XXXX" in result.output
