"""`pdsa list`: initiatives and cycles with filters."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from pdsa_cli.cli.commands.listing import DECISIONS, STATUSES
from pdsa_cli.loader import load_workspace
from pdsa_cli.models import CycleStatus, Decision, InitiativeStatus
from pdsa_cli.workspace.listing import parse_status, select
from tests.loader_corpus import BASE


def _list(runner: CliRunner, *args: str) -> tuple[int, str]:
    args_ = ["--lang", "en", "--cycles", str(BASE), "list", *args]
    done = runner.invoke(app, args_, env={"COLUMNS": "200"})  # wide: no wrapped titles
    return done.exit_code, done.output


def test_lists_initiatives_and_cycles(runner: CliRunner) -> None:
    code, output = _list(runner)
    assert code == 0
    assert "solby" in output and "Feedbackmøder med reflekterende team" in output
    assert "Første feedbackmøde" in output and "To afdelinger" in output


@pytest.mark.parametrize(
    ("args", "shown", "hidden"),
    [
        (["--status", "done"], "Første feedbackmøde", "To afdelinger"),
        (["--status", "planned"], "To afdelinger", "Første feedbackmøde"),
        (["--decision", "adapt"], "Første feedbackmøde", "To afdelinger"),
    ],
)
def test_filters(runner: CliRunner, args: list[str], shown: str, hidden: str) -> None:
    code, output = _list(runner, *args)
    assert code == 0
    assert shown in output and hidden not in output


def test_no_match_says_so(runner: CliRunner) -> None:
    assert "Nothing matches." in _list(runner, "--municipality", "nordby")[1]
    assert "Nothing matches." in _list(runner, "--decision", "abandon")[1]


def test_bad_status_is_a_usage_error(runner: CliRunner) -> None:
    code, output = _list(runner, "--status", "finished")
    assert code == 2
    assert "Unknown status 'finished'" in output


def test_select_keeps_owners_of_matching_cycles() -> None:
    ws = load_workspace(BASE).workspace
    chosen = select(ws, status=CycleStatus.PLANNED)
    assert [c.model.number for c in chosen.cycles] == [2]
    assert [i.id for i in chosen.initiatives] == ["feedback"]
    assert select(ws, status=InitiativeStatus.ADOPTED).cycles == []
    assert [c.model.number for c in select(ws, decision=Decision.ADAPT).cycles] == [1]
    assert parse_status("spread") is InitiativeStatus.SPREAD
    assert parse_status("studying") is CycleStatus.STUDYING
    assert parse_status("x") is None


def test_help_lists_the_models_choices() -> None:
    statuses = [*(s.value for s in InitiativeStatus), *(s.value for s in CycleStatus)]
    assert ", ".join(statuses) == STATUSES
    assert ", ".join(d.value for d in Decision) == DECISIONS


def test_bad_decision_is_a_usage_error(runner: CliRunner) -> None:
    code, output = _list(runner, "--decision", "keep")
    assert code == 2
    assert "Unknown decision 'keep'" in output
