"""One word per concept (the glossary), every word shown accepted back, and one workspace lookup.

Issue 14, items 1, 2 and 4: through the CLI in Danish and English.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner, Result

from pdsa_cli.cli.app import app
from pdsa_cli.i18n.glossary import TERMS, accepted, fold, parse, term
from pdsa_cli.models import (
    CycleStatus,
    DataType,
    Decision,
    Direction,
    Family,
    Frequency,
    InitiativeStatus,
    Method,
)
from tests.conftest import EXAMPLE
from tests.test_writing_phases import PLANNED
from tests.writing_support import FOLDER, INITIATIVE, make_workspace

ENUMS = {
    "decision": Decision,
    "cycle_status": CycleStatus,
    "initiative_status": InitiativeStatus,
    "family": Family,
    "data_type": DataType,
    "direction": Direction,
    "frequency": Frequency,
    "method": Method,
}

# English words that must not appear in Danish output: statuses, decisions and rule ids (the
# words the glossary translates; words spelt alike in both languages, such as "trend", are not
# English in a Danish text).
ENGLISH = sorted(
    {
        english
        for kind in ("decision", "cycle_status", "initiative_status", "rule")
        for danish, english in TERMS[kind].values()
        if fold(danish) != fold(english)
    }
    | {value for value in TERMS["rule"] if "_" in value}
)
ENGLISH_WORD = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, ENGLISH)) + r")(?![\w-])", re.I)


def invoke(*args: str, lang: str = "da", cwd_root: Path | None = None) -> Result:
    head = ["--lang", lang] + (["--cycles", str(cwd_root)] if cwd_root is not None else [])
    return CliRunner().invoke(app, [*head, *args], env={"COLUMNS": "200"})


@pytest.mark.parametrize("kind", sorted(ENUMS))
def test_the_glossary_has_exactly_the_models_values(kind: str) -> None:
    assert set(TERMS[kind]) == {member.value for member in ENUMS[kind]}


@pytest.mark.parametrize("kind", sorted(TERMS))
def test_every_word_shown_parses_back_in_any_spelling(kind: str) -> None:
    for value, (danish, english) in TERMS[kind].items():
        ascii_danish = danish.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
        plain_danish = danish.replace("æ", "ae").replace("ø", "o").replace("å", "a")
        words = (value, danish, english, danish.upper(), ascii_danish, plain_danish, english + " ")
        for word in words:
            assert parse(kind, word) == value, (kind, word)
    assert parse(kind, "ingenting") is None


def test_one_danish_word_per_decision_everywhere() -> None:
    assert accepted("decision", "da") == "indfør, tilpas, forkast"
    assert accepted("decision", "en") == "adopt, adapt, abandon"
    assert parse("cycle_status", "i-gang") == parse("cycle_status", "I gang") == "doing"
    assert term("line", "ucl", "da") == "ØKG" and term("line", "ucl", "en") == "UCL"


@pytest.mark.parametrize(
    ("status", "decision"),
    [("afsluttet", "tilpas"), ("done", "adapt"), ("AFSLUTTET", "Tilpas")],
)
def test_list_accepts_the_words_it_shows(tmp_path: Path, status: str, decision: str) -> None:
    root = make_workspace(tmp_path)
    done = invoke("list", "--status", status, "--decision", decision, cwd_root=root)
    assert done.exit_code == 0, done.output
    assert "Første feedbackmøde" in done.stdout
    assert "afsluttet" in done.stdout and "tilpas" in done.stdout


def test_list_refuses_an_unknown_status_with_the_words_to_use(tmp_path: Path) -> None:
    root = make_workspace(tmp_path)
    done = invoke("list", "--status", "færdig", cwd_root=root)
    assert done.exit_code == 2
    assert "aktiv, indført" in done.stderr and "planlagt, i gang" in done.stderr
    english = invoke("list", "--decision", "maybe", lang="en", cwd_root=root)
    assert english.exit_code == 2 and "adopt, adapt, abandon" in english.stderr


def test_new_measure_takes_danish_words_and_writes_english_values(tmp_path: Path) -> None:
    root = make_workspace(tmp_path)
    done = invoke(
        "new-measure", "andel-hoert", "--initiative", INITIATIVE, "--name", "Andel hørt",
        "--family", "resultat", "--definition", "Borgere der følte sig hørt", "--unit", "andel",
        "--data-type", "andel", "--direction", "op", "--frequency", "måned", "--no-input",
        cwd_root=root,
    )  # fmt: skip
    assert done.exit_code == 0, done.output
    data = yaml.safe_load((root / FOLDER / "measures" / "andel-hoert.yaml").read_text("utf-8"))
    assert (data["family"], data["data_type"]) == ("outcome", "proportion")
    assert (data["direction"], data["frequency"], data["chart"]) == ("up", "month", "p")
    # The hint after a proportion shows the form `pdsa log` wants for one (item 10).
    assert "--numerator" in done.stdout and "--denominator" in done.stdout


def test_new_measure_asks_with_the_words_of_the_language(tmp_path: Path) -> None:
    root = make_workspace(tmp_path)
    first = (INITIATIVE, "Ventetid i alt", "ventetid-i-alt", "proces", "Minutter", "minutter")
    answers = "\n".join((*first, "værdi", "ned", "i", "uge", ""))  # in the guide's order
    done = CliRunner().invoke(
        app, ["--lang", "da", "--cycles", str(root), "new-measure"], input=answers
    )
    assert done.exit_code == 0, done.output
    assert "resultat, proces, balance" in done.stdout
    assert "værdi, antal, andel, rate" in done.stdout
    assert "op, ned, neutral" in done.stdout
    written = root / FOLDER / "measures" / "ventetid-i-alt.yaml"
    data = yaml.safe_load(written.read_text("utf-8"))
    assert (data["family"], data["data_type"], data["direction"]) == ("process", "value", "down")
    assert "pdsa log ventetid-i-alt DATO VÆRDI" in done.stdout


@pytest.mark.parametrize(("word", "stored"), [("forkast", "abandon"), ("indfor", "adopt")])
def test_act_takes_the_danish_decision(tmp_path: Path, word: str, stored: str) -> None:
    root = make_workspace(tmp_path)
    ref = f"{INITIATIVE}#2"
    (root / FOLDER / "cycle-02-to-borgere.yaml").write_text(PLANNED, encoding="utf-8")
    assert invoke("do", ref, "--start", "2021-03-16", cwd_root=root).exit_code == 0
    assert invoke("study", ref, "--results", "ok", cwd_root=root).exit_code == 0
    done = invoke("act", ref, "--decision", word, "--no-input", cwd_root=root)
    assert done.exit_code == 0, done.output
    cycle = next((root / FOLDER).glob("cycle-02-*.yaml"))
    assert yaml.safe_load(cycle.read_text("utf-8"))["act"]["decision"] == stored
    assert "afsluttet" in done.stdout


def _english_in(text: str) -> list[str]:
    return sorted({match.group(1).lower() for match in ENGLISH_WORD.finditer(text)})


@pytest.mark.parametrize(
    "args",
    [
        ("list",),
        ("show", "hoersholm-feedbackmoeder"),
        ("show", "hoersholm-feedbackmoeder#2"),
        ("analyze", "hoersholm-dokumentation-min"),
        ("analyze", "hoersholm-tilfredshed-feedback"),
        ("summary",),
        ("summary", "--format", "md"),
    ],
)
def test_danish_output_has_no_english_status_decision_or_rule_id(args: tuple[str, ...]) -> None:
    done = invoke(*args, cwd_root=EXAMPLE)
    assert done.exit_code in (0, 1), done.output
    assert _english_in(done.stdout) == [], done.stdout


def test_the_same_output_in_english_uses_the_english_words() -> None:
    done = invoke("list", lang="en", cwd_root=EXAMPLE)
    assert {"adapt", "done"} <= set(_english_in(done.stdout))


def test_chart_words_in_danish_have_no_english_rule_or_decision() -> None:
    from pdsa_cli.analysis import analyse_measure
    from pdsa_cli.charts import render_chart
    from pdsa_cli.charts.context import chart_context_for_measure
    from pdsa_cli.charts.words import caption_lines
    from pdsa_cli.loader import load_workspace

    workspace = load_workspace(EXAMPLE).workspace
    for measure in ("hoersholm-dokumentation-min", "hoersholm-tilfredshed-feedback"):
        analysis = analyse_measure(workspace, measure)
        context = chart_context_for_measure(workspace, measure, "da")
        figure = render_chart(analysis, context)
        texts = [t.get_text() for t in figure.texts if t.get_gid() == "legend-label"]
        texts += [marker.label for marker in context.cycles]
        texts += caption_lines(analysis, "da")
        texts += [t.get_text() for t in figure.findobj(match=lambda a: hasattr(a, "get_text"))]
        joined = "\n".join(texts)
        assert _english_in(joined) == [], joined


# Item 4: one workspace lookup, as git finds its repository.

COMMANDS_READING_THE_WORKSPACE = [
    ("list",),
    ("validate",),
    ("summary",),
    ("show", INITIATIVE),
    ("predictions",),
    ("export", "cycles"),
    ("analyze", "ventetid"),
]


@pytest.mark.parametrize("args", COMMANDS_READING_THE_WORKSPACE)
def test_every_command_finds_the_workspace_from_a_folder_inside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    root = make_workspace(tmp_path)
    monkeypatch.chdir(root / FOLDER / "measures")
    done = invoke(*args, lang="en")
    assert "No workspace" not in done.output
    assert done.exit_code == 0, done.output


@pytest.mark.parametrize("args", COMMANDS_READING_THE_WORKSPACE)
@pytest.mark.parametrize("lang", ["da", "en"])
def test_no_workspace_is_one_message_and_exit_2_for_every_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], lang: str
) -> None:
    monkeypatch.chdir(tmp_path)
    done = invoke(*args, lang=lang)
    assert done.exit_code == 2, done.output
    expected = "Fandt ingen arbejdsmappe" if lang == "da" else "No workspace found"
    assert expected in done.stderr and "Traceback" not in done.output
