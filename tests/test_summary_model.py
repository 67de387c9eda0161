"""The summary model built from small workspaces: periods, cycle counts, decisions, signals
after adoption, documentation measures, ready to spread and data problems."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pdsa_cli.errors import UsageError
from pdsa_cli.report import build_summary
from pdsa_cli.report.model import Summary
from tests import summary_support as ws

D = dt.date
START, TODAY, JUMP = ws.START, ws.TODAY, ws.JUMP


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return ws.small_workspace(tmp_path / "cycles")


def summarise(root: Path, **options: object) -> Summary:
    options.setdefault("today", TODAY)
    return build_summary(ws.load(root), analyse=ws.chosen_hits, **options)  # type: ignore[arg-type]


def test_default_period_runs_from_the_previous_seminar_to_today(root: Path) -> None:
    period = summarise(root).period
    assert (period.start, period.end) == (D(2021, 6, 1), TODAY)
    assert period.seminar is not None and period.seminar.number == 3
    assert period.previous is not None and period.previous.number == 2


def test_after_the_last_seminar_the_latest_seminar_period_is_kept(root: Path) -> None:
    # the seminar's own window, not up to today (issue 13: a 2021 seminar counted 2022 cycles)
    period = summarise(root, today=D(2023, 1, 1)).period
    assert period.seminar is not None and period.seminar.number == 3
    assert period.start == D(2021, 6, 1)
    assert period.end == period.seminar.date


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
    assert [(e.measure, e.status) for e in alpha.evidence] == [("tilfredshed", "improvement")]
    assert [(e.measure, e.status) for e in beta.evidence] == [("trivsel", "none")]


def test_stale_measures_and_stuck_cycles_are_flagged(root: Path) -> None:
    problems = summarise(root).data_problems
    assert [s.measure for s in problems.stale] == ["gammel"]
    # Last week measured: 22 Feb; the weeks of 1 Mar .. 23 Aug are missing (1 Sep is in the
    # current week).
    assert problems.stale[0].periods_without_data == 26
    assert [s.number for s in problems.stuck] == [5]
    assert problems.stuck[0].days == (TODAY - D(2021, 6, 20)).days


def test_documentation_measures_are_the_ones_marked_so(root: Path) -> None:
    # marked `theme: documentation-time`; another balancing measure in minutes is not one
    ws.measure(
        root,
        "alpha",
        "feedback",
        "meeting-min",
        family="balancing",
        unit="minutter",
        measurements=ws.weekly(START, [12, 11] * 10),
    )
    rows = summarise(root).documentation
    assert sorted(r.measure.id for r in rows) == ["beta-dok", "dok-tid"]


def test_aim_level_is_where_the_measure_is_now_not_its_baseline(root: Path) -> None:
    """Satisfaction rose from 10/20 to 16/20 after the adoption: the aim (80 %) is met now,
    although the centre line over the whole series still sits at the old 50 %."""
    summary = summarise(root)
    aim = summary.municipalities[0].initiatives[0].aim
    assert (aim.level, aim.level_points) == (pytest.approx(80.0), 6)
    assert aim.latest == pytest.approx(80.0)
    assert aim.latest_date == START + dt.timedelta(weeks=ws.JUMP + 10)
    assert aim.gap == pytest.approx(0.0)
    assert aim.met is True


def test_aim_level_is_the_median_of_the_latest_six(root: Path) -> None:
    points = ws.proportions(START, [10] * 10 + [12, 14, 20, 13, 15, 11], 20)
    ws.measure(
        root,
        "alpha",
        "feedback",
        "tilfredshed",
        data_type="proportion",
        direction="up",
        unit="andel",
        measurements=points,
    )
    aim = summarise(root).municipalities[0].initiatives[0].aim
    # The last six: 60, 70, 100, 65, 75, 55 % -> median 67.5 %; the latest alone says 55 %.
    assert (aim.level, aim.latest) == (pytest.approx(67.5), pytest.approx(55.0))
    assert aim.gap == pytest.approx(12.5) and aim.met is False


def test_one_municipality_only(root: Path) -> None:
    summary = summarise(root, municipality="beta")
    assert [m.id for m in summary.municipalities] == ["beta"]
    assert [i.municipality for i in summary.ready_to_spread] == ["beta"]


def test_a_fraction_target_on_a_proportion_reads_as_percent(root: Path) -> None:
    aim = {"statement": "70 %", "measure": "tilfredshed", "target": 0.7}
    ws.initiative(root, "alpha", "feedback", aim)
    result = summarise(root).municipalities[0].initiatives[0].aim
    assert (result.target, result.level, result.gap) == pytest.approx((70.0, 80.0, -10.0))
    assert result.met is True


def test_the_real_analysis_finds_the_rise_after_adoption(root: Path) -> None:
    """Anhøj on the run chart: the eleven weeks above the median after cycle 2's adoption are
    a run longer than round(log2(11)) + 3 = 6 (the points on the median are not useful)."""
    summary = build_summary(ws.load(root), today=TODAY)
    rise = summary.measure("tilfredshed")
    assert rise is not None and rise.analysed
    run = next(s for s in rise.signals if s.rule == "longest_run")
    assert run.points == tuple(range(JUMP + 1, 36))
    assert run.after_adoption is not None and run.after_adoption.cycle == 2
    assert run.variation == "improvement"
    item = next(i for i in summary.ready_to_spread if i.municipality == "alpha")
    assert item.supported and item.evidence[0].status == "improvement"


def test_aim_text_says_what_now_means_in_both_languages(root: Path) -> None:
    from pdsa_cli.report.wording import aim_text

    aim = summarise(root).municipalities[0].initiatives[0].aim
    danish = aim_text(aim, "da")
    assert danish is not None and "nu 80\u00a0% (medianen af de seneste 6 målinger" in danish
    assert "seneste 80\u00a0% den" in danish and danish.endswith("målværdien er nået")
    english = aim_text(aim, "en")
    assert english is not None and "now 80\u00a0% (the median of the latest 6" in english
