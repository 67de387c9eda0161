"""The cross-file check registry: a check is one decorated function; the loader runs the list."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from pdsa_cli.errors import Problem, Severity
from pdsa_cli.loader import load_workspace
from pdsa_cli.workspace import checks
from pdsa_cli.workspace import loader as workspace_loader
from pdsa_cli.workspace.index import Workspace
from tests import summary_support as ws
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


@pytest.mark.timeout(30)
def test_a_pipe_named_like_a_cycle_is_reported_never_read(tmp_path: Path) -> None:
    root = ws.small_workspace(tmp_path / "cycles")
    initiative = sorted(p.parent for p in root.rglob("cycle-*.yaml"))[0]
    pipe = initiative / "cycle-09-roer.yaml"
    os.mkfifo(pipe)  # reading it would wait for ever
    problems = load_workspace(root).problems
    assert [(p.code, p.severity) for p in problems if p.file.endswith("cycle-09-roer.yaml")] == [
        ("not-a-file", Severity.ERROR)
    ]
