"""The summary model built from small workspaces: periods, cycle counts, decisions, signals
after adoption, documentation measures, ready to spread and data problems."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pdsa_cli.analysis.result import Analysis
from pdsa_cli.errors import UsageError
from pdsa_cli.report import build_summary
from pdsa_cli.report.model import Summary
from pdsa_cli.workspace import Workspace
from tests import summary_support as ws

D = dt.date
START = D(2021, 1, 4)
TODAY = D(2021, 9, 1)
JUMP = 24  # satisfaction rises from the 25th week (21 June 2021), after cycle 2's adoption


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "cycles"
    ws.programme(root, [D(2021, 3, 1), D(2021, 6, 1), D(2021, 11, 25)])
    ws.municipality(root, "alpha", "Alpha Kommune")
    ws.municipality(root, "beta", "Beta Kommune")
    aim = {"statement": "80 % tilfredse", "measure": "tilfredshed", "target": 80}
    ws.initiative(root, "alpha", "feedback", aim)
    ws.measure(
        root,
        "alpha",
        "feedback",
        "tilfredshed",
        data_type="proportion",
        direction="up",
        unit="andel",
        measurements=ws.proportions(START, [10] * JUMP + [16] * 11, 20),
    )
    ws.measure(
        root,
        "alpha",
        "feedback",
        "dok-tid",
        family="balancing",
        unit="minutter",
        direction="down",
        measurements=ws.weekly(START, [12, 11, 10, 9, 8] + [8] * 30),
    )
    ws.measure(
        root,
        "alpha",
        "feedback",
        "gammel",
        family="process",
        measurements=ws.weekly(START, [3, 4, 3, 5, 4, 3, 4, 5]),
    )
    ws.cycle(
        root,
        "alpha",
        "feedback",
        1,
        do=D(2021, 3, 10),
        study=D(2021, 4, 5),
        act=(D(2021, 5, 1), "adapt"),
    )
    ws.cycle(
        root,
        "alpha",
        "feedback",
        2,
        do=D(2021, 6, 2),
        study=D(2021, 6, 12),
        act=(D(2021, 6, 15), "adopt"),
        learning="Borgerne  svarer\n mere åbent.",
        measures=["tilfredshed"],
    )
    ws.cycle(
        root,
        "alpha",
        "feedback",
        3,
        do=D(2021, 6, 16),
        study=D(2021, 6, 28),
        act=(D(2021, 7, 1), "adapt"),
    )
    ws.cycle(
        root,
        "alpha",
        "feedback",
        4,
        do=D(2021, 7, 5),
        study=D(2021, 7, 25),
        act=(D(2021, 8, 1), "abandon"),
    )
    ws.cycle(root, "alpha", "feedback", 5, do=D(2021, 6, 20))
    ws.cycle(root, "alpha", "feedback", 6, do=D(2021, 8, 20))
    ws.initiative(root, "beta", "livshistorier", {"statement": "Flere livshistorier"})
    ws.measure(
        root,
        "beta",
        "livshistorier",
        "trivsel",
        direction="up",
        measurements=ws.weekly(START, [5, 6] * 17),
    )
    ws.measure(
        root,
        "beta",
        "livshistorier",
        "beta-dok",
        name="Tid til dokumentation",
        family="process",
        unit="timer",
        measurements=ws.weekly(START, [2, 3] * 17),
    )
    ws.cycle(
        root,
        "beta",
        "livshistorier",
        1,
        do=D(2021, 6, 5),
        study=D(2021, 7, 1),
        act=(D(2021, 7, 10), "adopt"),
        measures=["trivsel"],
    )
    return root


HITS = {
    "tilfredshed": {"longest_run": list(range(JUMP + 1, 36))},
    "dok-tid": {"trend": [1, 2, 3, 4, 5]},
}


def analyser(workspace: Workspace, measure_id: str) -> Analysis:
    """Analyses with chosen hits, so the summary's own logic is what is tested."""
    entry = workspace.measures[measure_id]
    points = [p for p in entry.model.measurements if not p.exclude]
    y = [
        p.value if p.value is not None else (p.numerator or 0) / (p.denominator or 1)
        for p in points
    ]
    hits = {rule: [i for i in pts if i <= len(y)] for rule, pts in HITS.get(measure_id, {}).items()}
    return ws.fake_analysis([p.date for p in points], y, hits, entry.model.direction.value)


def summarise(root: Path, **options: object) -> Summary:
    options.setdefault("today", TODAY)
    return build_summary(ws.load(root), analyse=analyser, **options)  # type: ignore[arg-type]


def test_default_period_runs_from_the_previous_seminar_to_today(root: Path) -> None:
    period = summarise(root).period
    assert (period.start, period.end) == (D(2021, 6, 1), TODAY)
    assert period.seminar is not None and period.seminar.number == 3
    assert period.previous is not None and period.previous.number == 2


def test_after_the_last_seminar_the_latest_seminar_period_is_kept(root: Path) -> None:
    period = summarise(root, today=D(2023, 1, 1)).period
    assert period.seminar is not None and period.seminar.number == 3
    assert (period.start, period.end) == (D(2021, 6, 1), D(2023, 1, 1))


def test_seminar_option_covers_what_led_up_to_it(root: Path) -> None:
    summary = summarise(root, seminar=2)
    assert (summary.period.start, summary.period.end) == (D(2021, 3, 1), D(2021, 6, 1))
    row = summary.measure("tilfredshed")
    assert row is not None and row.last_date is not None
    assert row.last_date <= D(2021, 6, 1)  # later measurements are left out


def test_since_and_seminar_together_are_a_usage_error(root: Path) -> None:
    with pytest.raises(UsageError):
        summarise(root, since=D(2021, 1, 1), seminar=2)
    with pytest.raises(UsageError):
        summarise(root, seminar=9)
    with pytest.raises(UsageError):
        summarise(root, municipality="gamma")


def test_counts_per_decision_and_cycle_state_are_right(root: Path) -> None:
    summary = summarise(root)
    alpha = next(m for m in summary.municipalities if m.id == "alpha")
    feedback = alpha.initiatives[0]
    assert [c.number for c in feedback.cycles] == [2, 3, 4, 5, 6]  # cycle 1 ended before
    assert (feedback.decisions.adopt, feedback.decisions.adapt, feedback.decisions.abandon) == (
        1,
        1,
        1,
    )
    assert (feedback.counts.started, feedback.counts.completed, feedback.counts.in_progress) == (
        5,
        3,
        2,
    )
    assert (summary.decisions.adopt, summary.decisions.total) == (2, 4)
    learning = next(c for c in feedback.cycles if c.number == 2).learning
    assert learning == "Borgerne svarer mere åbent."


def test_a_signal_after_adoption_is_reported_as_such(root: Path) -> None:
    summary = summarise(root)
    rise = summary.measure("tilfredshed")
    assert rise is not None and len(rise.signals) == 1
    signal = rise.signals[0]
    assert signal.first_date == START + dt.timedelta(weeks=JUMP)
    assert signal.after_adoption is not None and signal.after_adoption.cycle == 2
    assert (signal.side, signal.variation) == ("above", "improvement")
    trend = summary.measure("dok-tid")
    assert trend is not None and trend.signals[0].after_adoption is None
    assert (trend.signals[0].going, trend.signals[0].variation) == ("down", "improvement")


def test_ready_to_spread_lists_adoptions_with_their_evidence(root: Path) -> None:
    items = summarise(root).ready_to_spread
    assert [(i.municipality, i.cycle) for i in items] == [("alpha", 2), ("beta", 1)]
    alpha, beta = items
    assert alpha.supported and not beta.supported
    assert [(e.measure, e.status) for e in alpha.evidence] == [("tilfredshed", "signal_after")]
    assert [(e.measure, e.status) for e in beta.evidence] == [("trivsel", "no_signal")]


def test_stale_measures_and_stuck_cycles_are_flagged(root: Path) -> None:
    problems = summarise(root).data_problems
    assert [s.measure for s in problems.stale] == ["gammel"]
    # Last week measured: 22 Feb; the weeks of 1 Mar .. 23 Aug are missing (1 Sep is in the
    # current week).
    assert problems.stale[0].periods_without_data == 26
    assert [s.number for s in problems.stuck] == [5]
    assert problems.stuck[0].days == (TODAY - D(2021, 6, 20)).days


def test_documentation_measures_are_found_by_name_or_balancing_minutes(root: Path) -> None:
    rows = summarise(root).documentation
    assert sorted(r.measure.id for r in rows) == ["beta-dok", "dok-tid"]


def test_aim_distance_uses_the_centre_line_as_percent(root: Path) -> None:
    summary = summarise(root)
    aim = summary.municipalities[0].initiatives[0].aim
    assert aim.level == pytest.approx(50.0)
    assert aim.gap == pytest.approx(30.0)
    assert aim.met is False


def test_one_municipality_only(root: Path) -> None:
    summary = summarise(root, municipality="beta")
    assert [m.id for m in summary.municipalities] == ["beta"]
    assert [i.municipality for i in summary.ready_to_spread] == ["beta"]
