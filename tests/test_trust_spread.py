"""Issue 13, item 5: ready to spread counts a signal from the start of the Do of the ramp's first
cycle that tested the change, and charts and the summary link cycles to measures by one rule
(:meth:`Workspace.tests`)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.charts.context import chart_context_for_measure
from pdsa_cli.cli.app import app
from pdsa_cli.loader import load_workspace
from pdsa_cli.report import build_summary
from pdsa_cli.report.measures import adoptions_for
from pdsa_cli.workspace.index import Workspace
from tests.conftest import EXAMPLE

INITIATIVE = "soenderborg-faelles-vagtstart"
CALLS = "soenderborg-opkald-sygeplejen"
MEETING = "soenderborg-moedevarighed-min"
SUPPORTED = {"da": "understøttet af data", "en": "supported by data"}
NOT_YET = {"da": "endnu ikke vist i data", "en": "not yet shown in the data"}


@pytest.fixture(scope="module")
def example() -> Workspace:
    return load_workspace(EXAMPLE).workspace


def _cycle(workspace: Workspace, number: int):  # type: ignore[no-untyped-def]
    return next(c for c in workspace.cycles_of(INITIATIVE) if c.model.number == number)


def test_a_change_is_tested_from_the_do_of_its_ramps_first_cycle(example: Workspace) -> None:
    # cycle 3 starts its own ramp: tested from its Do (1 Sep 2022), adopted 4 Nov 2022
    assert example.tested_from(_cycle(example, 3)) == dt.date(2022, 9, 1)
    # cycle 5 follows 4, which follows 1: its change has been tested since cycle 1's Do
    assert _cycle(example, 5).model.previous == 4
    assert example.tested_from(_cycle(example, 5)) == _cycle(example, 1).model.do.start  # type: ignore[union-attr]


def test_sonderborg_calls_fell_during_the_do_and_count_as_evidence(example: Workspace) -> None:
    summary = build_summary(example, since=dt.date(2022, 1, 1), today=dt.date(2023, 1, 31))
    item = next(i for i in summary.ready_to_spread if i.initiative == INITIATIVE and i.cycle == 3)
    assert item.tested_from == dt.date(2022, 9, 1)
    calls = next(e for e in item.evidence if e.measure == CALLS)
    assert calls.status == "improvement"
    assert calls.signal is not None and calls.signal.first_date == dt.date(2022, 9, 5)
    assert item.supported


@pytest.mark.parametrize("lang", ["da", "en"])
def test_summary_reads_supported_for_the_change(runner: CliRunner, lang: str) -> None:
    done = runner.invoke(
        app,
        [
            "--cycles",
            str(EXAMPLE),
            "summary",
            "--since",
            "2022-01-01",
            "--format",
            "md",
            "--lang",
            lang,
            "--no-charts",
        ],
    )
    assert done.exit_code == 0, done.output
    line = next(
        row
        for row in done.stdout.splitlines()
        if "Medarbejderoverblikket til fælles vagtstart**" in row
    )
    assert SUPPORTED[lang] in line and NOT_YET[lang] not in line


@pytest.fixture
def unlinked(tmp_path: Path) -> Workspace:
    """The example with cycle 3 listing no measure: it tests every measure of its initiative."""
    root = tmp_path / "cycles"
    shutil.copytree(EXAMPLE, root)
    path = next(root.rglob("cycle-03-medarbejderoverblikket.yaml"))
    text = path.read_text(encoding="utf-8")
    block = "measures:\n  - soenderborg-dokumentation-min\n  - soenderborg-opkald-sygeplejen\n"
    assert block in text
    path.write_text(text.replace(block, ""), encoding="utf-8")
    loaded = load_workspace(root)
    assert loaded.ok, loaded.problems
    return loaded.workspace


def test_charts_and_summary_link_a_cycle_without_measures_alike(unlinked: Workspace) -> None:
    cycle = _cycle(unlinked, 3)
    assert not cycle.model.measures
    for measure in (MEETING, CALLS):
        assert unlinked.tests(cycle, measure)
        on_chart = chart_context_for_measure(unlinked, measure, "da").cycles
        assert 3 in [marker.number for marker in on_chart]
        adopted = adoptions_for(unlinked, unlinked.measures[measure])
        assert 3 in [a.cycle for a in adopted]


def test_a_cycle_listing_measures_tests_only_those(example: Workspace) -> None:
    cycle = _cycle(example, 3)
    assert example.tests(cycle, CALLS)
    assert not example.tests(cycle, MEETING)
    on_chart = chart_context_for_measure(example, MEETING, "en").cycles
    assert 3 not in [marker.number for marker in on_chart]
    assert 3 not in [a.cycle for a in adoptions_for(example, example.measures[MEETING])]
