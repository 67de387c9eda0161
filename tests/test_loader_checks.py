"""The cross-file check registry: a check is one decorated function; the loader runs the list."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pdsa_cli.errors import Problem, Severity
from pdsa_cli.loader import load_workspace
from pdsa_cli.workspace import checks
from pdsa_cli.workspace import loader as workspace_loader
from pdsa_cli.workspace.index import Workspace
from tests.loader_corpus import BASE


def test_a_registered_check_runs_with_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checks, "CHECKS", list(checks.CHECKS))

    @checks.check
    def every_cycle_has_a_change_idea(ws: Workspace) -> Iterator[Problem]:
        for cycle in ws.cycles:
            if cycle.model.change_idea is None:
                yield checks.problem_at(cycle, "no-change-idea", "title", severity=Severity.WARNING)

    problems = workspace_loader.load_workspace(BASE, checks=checks.CHECKS).problems
    assert [(p.code, p.file.rsplit("/", 1)[-1], p.line) for p in problems] == [
        ("no-change-idea", "cycle-02-to-afdelinger.yaml", 3)
    ]


def test_the_valid_workspace_passes_every_built_in_check() -> None:
    result = load_workspace(BASE)
    assert checks.run_checks(result.workspace) == []
    assert len(checks.CHECKS) >= 10
