"""`pdsa do|study|act`: later phases written into the cycle file, the user's comments kept."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from pdsa_cli.models import Cycle, CycleStatus, Decision
from tests.writing_support import FOLDER, INITIATIVE, make_workspace, run, tree

PLANNED = """\
# yaml-language-server: $schema=../../../schemas/cycle.schema.json
# Hand comment: agreed with the team on 10 March
number: 2
title: To borgere   # second try
measures: [ventetid]
# which measures: only ventetid for now
previous: 1
plan:
  date: 2021-03-15
  objective: "Prøv med to borgere"
  questions:
    - question: Kan vi nå to møder på en formiddag?
      prediction: Ja
    # the second question came from the nurse
    - question: Bliver ventetiden kortere?
      prediction: Ja, under 10 minutter
  who: Teamet   # all of them
# the end of the plan
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = make_workspace(tmp_path)
    (root / FOLDER / "cycle-02-to-borgere.yaml").write_text(PLANNED, encoding="utf-8")
    return root


def cycle(root: Path) -> Cycle:
    text = (root / FOLDER / "cycle-02-to-borgere.yaml").read_text(encoding="utf-8")
    return Cycle.model_validate(yaml.safe_load(text))


def comments(root: Path) -> list[str]:
    text = (root / FOLDER / "cycle-02-to-borgere.yaml").read_text(encoding="utf-8")
    return [line[line.index("#") :] for line in text.splitlines() if "#" in line]


def test_all_phases_by_flags_keep_every_comment(root: Path) -> None:
    before = comments(root)
    steps = [
        ["do", f"{INITIATIVE}#2", "--start", "16-03-2021", "--what-happened", "To møder"],
        ["study", f"{INITIATIVE}/2", "--date", "2021-03-25", "--results", "Ventetid 9 min"],
        ["act", str(root / FOLDER / "cycle-02-to-borgere.yaml"), "--decision", "adopt",
         "--next-step", "Spred til aftenvagten", "--date", "26.03.2021", "--no-input"],
    ]  # fmt: skip
    statuses = []
    for step in steps:
        result = run(root, *step)
        assert result.exit_code == 0, result.output
        statuses.append(cycle(root).status)
    assert statuses == [CycleStatus.DOING, CycleStatus.STUDYING, CycleStatus.DONE]
    assert comments(root) == before
    written = cycle(root)
    assert written.act is not None and written.act.decision is Decision.ADOPT
    assert written.study is not None and written.study.results == "Ventetid 9 min"
    text = (root / FOLDER / "cycle-02-to-borgere.yaml").read_text(encoding="utf-8")
    assert text.index("\nplan:") < text.index("\ndo:") < text.index("\nstudy:")
    assert text.index("\nstudy:") < text.index("\nact:")
    assert 'objective: "Prøv med to borgere"' in text  # untouched lines stay as typed


def test_a_comment_survives_log_and_act(root: Path) -> None:
    before = comments(root)
    assert run(root, "do", f"{INITIATIVE}#2", "--start", "2021-03-16").exit_code == 0
    assert run(root, "log", "ventetid", "2021-03-29", "8").exit_code == 0
    assert run(root, "study", f"{INITIATIVE}#2", "--results", "ok", "--no-input").exit_code == 0
    act = run(root, "act", f"{INITIATIVE}#2", "--decision", "adapt", "--no-input")
    assert act.exit_code == 0, act.output
    assert comments(root) == before
    measure = (root / FOLDER / "measures" / "ventetid.yaml").read_text(encoding="utf-8")
    assert "# a note by hand: holiday week follows" in measure


def test_phases_must_come_in_order(root: Path) -> None:
    before = tree(root)
    result = run(root, "act", f"{INITIATIVE}#2", "--decision", "adopt", "--no-input")
    assert result.exit_code == 1 and "before 'act'" in result.stderr
    result = run(root, "study", f"{INITIATIVE}#2", "--results", "x")
    assert result.exit_code == 1 and "'do' before 'study'" in result.stderr
    assert tree(root) == before


def test_dates_must_not_go_backwards(root: Path) -> None:
    before = tree(root)
    result = run(root, "do", f"{INITIATIVE}#2", "--start", "2021-03-01")
    assert result.exit_code == 1
    assert "do.start (2021-03-01) is before plan.date (2021-03-15)" in result.stderr
    assert tree(root) == before


def test_an_existing_phase_is_updated_field_by_field(root: Path) -> None:
    assert run(root, "do", f"{INITIATIVE}#2", "--start", "2021-03-16").exit_code == 0
    update = ["do", f"{INITIATIVE}#2", "--end", "2021-03-20", "--problems", "Syg"]
    assert run(root, *update).exit_code == 0
    written = cycle(root)
    assert written.do is not None
    assert (written.do.start.isoformat(), written.do.problems) == ("2021-03-16", "Syg")
    bad_end = run(root, "do", f"{INITIATIVE}#2", "--end", "2021-03-10")
    assert bad_end.exit_code == 1  # the model refuses an end before the start, one line
    assert "Traceback" not in bad_end.output


@pytest.mark.parametrize(
    ("reference", "code"),
    [
        (f"{INITIATIVE}#9", 1),
        ("ukendt#1", 1),
        ("../../etc/passwd", 2),
        (f"{INITIATIVE}#x", 2),
    ],
)
def test_bad_cycle_references(root: Path, reference: str, code: int) -> None:
    result = run(root, "do", reference, "--start", "2021-03-16")
    assert result.exit_code == code, result.output


def test_a_file_outside_the_workspace_is_refused(root: Path, tmp_path: Path) -> None:
    outside = tmp_path / "cycle-01-x.yaml"
    outside.write_text(PLANNED, encoding="utf-8")
    result = run(root, "do", str(outside), "--start", "2021-03-16")
    assert result.exit_code == 2 and "outside the workspace" in result.stderr
    assert outside.read_text(encoding="utf-8") == PLANNED


def test_interactive_phases_and_the_offer_of_the_next_cycle(root: Path) -> None:
    do = run(root, "do", f"{INITIATIVE}#2", input="2021-03-16\n\nTo møder\n\nEn pårørende kom\n")
    assert do.exit_code == 0, do.output
    study = run(
        root, "study", f"{INITIATIVE}#2", input="25.03.2021\nVentetid 9 min\nSom forudsagt\n\n"
    )
    assert study.exit_code == 0, study.output
    assert "Ja, under 10 minutter" in study.output  # the predictions are shown first
    answers = [
        "adapt", "Prøv om eftermiddagen", "2021-03-26",  # the guide's order
        "y",  # start cycle 3 now
        "Eftermiddagsmøder", "",  # title, objective from the next step
        "", "", "", "", "", "",  # no questions; who, what, where, when, data
        "",  # measures: keep ventetid
        "",  # plan date: this Act's date
    ]  # fmt: skip
    act = run(root, "act", f"{INITIATIVE}#2", input="\n".join(answers) + "\n")
    assert act.exit_code == 0, act.output
    written = cycle(root)
    assert written.do is not None and written.do.surprises == "En pårørende kom"
    assert written.study is not None and written.study.compared_with_predictions == "Som forudsagt"
    nxt = root / FOLDER / "cycle-03-eftermiddagsmoeder.yaml"
    third = Cycle.model_validate(yaml.safe_load(nxt.read_text(encoding="utf-8")))
    assert third.previous == 2 and third.plan.objective == "Prøv om eftermiddagen"
    assert third.measures == ["ventetid"]


def test_act_offer_declined_writes_only_the_act(root: Path) -> None:
    assert run(root, "do", f"{INITIATIVE}#2", "--start", "2021-03-16").exit_code == 0
    assert run(root, "study", f"{INITIATIVE}#2", "--results", "ok").exit_code == 0
    act = run(root, "act", f"{INITIATIVE}#2", "--decision", "adapt", input="n\n")
    assert act.exit_code == 0, act.output
    assert "Start the next cycle (3)" in act.output
    assert not list((root / FOLDER).glob("cycle-03-*"))


def test_no_input_act_needs_a_decision(root: Path) -> None:
    assert run(root, "do", f"{INITIATIVE}#2", "--start", "2021-03-16").exit_code == 0
    assert run(root, "study", f"{INITIATIVE}#2", "--results", "ok").exit_code == 0
    result = run(root, "act", f"{INITIATIVE}#2", "--no-input")
    assert result.exit_code == 2 and "--decision" in result.stderr
    wrong = run(root, "act", f"{INITIATIVE}#2", "--decision", "maybe")
    assert wrong.exit_code == 2 and "adopt, adapt, abandon" in wrong.stderr


STYLES = {
    "two-and-dash-in": "plan:\n  objective: o\n  questions:\n    - question: q\n"
    "      prediction: p\n",
    "four-dash-flush": "plan:\n    objective: o\n    questions:\n    - question: q\n"
    "      prediction: p\n",
    "two-dash-flush": "plan:\n  objective: o\n  questions:\n  - question: q\n    prediction: p\n",
    "four-dash-in": "plan:\n    questions:\n        - question: q\n          prediction: p\n"
    "    objective: o\n",
}


@pytest.mark.parametrize("style", sorted(STYLES))
def test_the_files_own_indentation_is_kept(root: Path, style: str) -> None:
    path = root / FOLDER / "cycle-02-to-borgere.yaml"
    original = "number: 2\ntitle: To borgere  # kept\n" + STYLES[style]
    path.write_text(original, encoding="utf-8")
    result = run(root, "do", f"{INITIATIVE}#2", "--start", "2021-03-16", "--no-input")
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    assert text.startswith(original)  # every byte before the new phase is as it was
    assert text[len(original) :].startswith("do:\n")


@pytest.mark.parametrize(("answers", "started"), [("nej\n", False), ("x\nja\nTredje\n", True)])
def test_danish_yes_no_question(root: Path, answers: str, started: bool) -> None:
    assert run(root, "do", f"{INITIATIVE}#2", "--start", "2021-03-16").exit_code == 0
    assert run(root, "study", f"{INITIATIVE}#2", "--results", "ok").exit_code == 0
    args = ["--lang", "da", "act", f"{INITIATIVE}#2", "--decision", "adapt"]
    args += ["--next-step", "Prøv igen"]
    act = CliRunner().invoke(app, ["--cycles", str(root), *args], input=answers + "\n" * 12)
    assert act.exit_code == 0, act.output
    assert "[J/n]" in act.output and "[Y/n]" not in act.output
    assert ("Svar j (ja) eller n (nej)." in act.output) == answers.startswith("x")
    assert bool(list((root / FOLDER).glob("cycle-03-*"))) == started
