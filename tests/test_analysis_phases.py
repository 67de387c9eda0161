"""Baseline (freeze), phases (part), exclusions, missing values, known centre line, multiplier,
and what the signals mean (variation per point, the verdict)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from pdsa_cli.analysis import AnalysisOptions, Series, analyse, analysis_to_frame, analysis_to_json
from pdsa_cli.errors import UsageError

STEADY = [10, 12, 11, 13, 10, 12, 11, 13, 10, 12]


def test_freeze_fixes_the_limits_on_the_first_points() -> None:
    y = [*STEADY, 20, 21, 22]
    result = analyse(Series.from_values(y), AnalysisOptions(chart="i", freeze=10))
    assert result.cl[0] == pytest.approx(np.mean(STEADY))
    assert (result.cl == result.cl[0]).all()
    assert list(result.baseline) == [True] * 10 + [False] * 3
    assert result.sigma_signal[10:].all()  # the later points are judged against the baseline


def test_freeze_applies_to_the_first_points_of_each_phase() -> None:
    y = [*STEADY, 30, 32, 31, 33, 30, 40, 41]
    result = analyse(Series.from_values(y), AnalysisOptions(chart="i", part=(10,), freeze=5))
    assert list(np.flatnonzero(result.baseline)) == [0, 1, 2, 3, 4, 10, 11, 12, 13, 14]
    assert result.cl[10] == pytest.approx(np.mean([30, 32, 31, 33, 30]))
    assert [(p.first, p.last) for p in result.phases] == [(1, 10), (11, 17)]


def test_part_cut_points_make_phases_with_their_own_centre_lines() -> None:
    y = [*STEADY, *(v + 10 for v in STEADY)]
    result = analyse(Series.from_values(y), AnalysisOptions(chart="run", part=(10,)))
    assert list(result.phase) == [1] * 10 + [2] * 10
    assert result.cl[0] == pytest.approx(11.5) and result.cl[19] == pytest.approx(21.5)


def test_exclusions_are_kept_on_the_chart_but_out_of_every_calculation() -> None:
    y = [*STEADY[:5], 100.0, *STEADY[5:]]
    result = analyse(Series.from_values(y), AnalysisOptions(chart="i", exclude=(6,)))
    reference = analyse(Series.from_values(STEADY), AnalysisOptions(chart="i"))
    # The moving ranges bridge the excluded point: its neighbours become adjacent.
    assert result.cl[0] == pytest.approx(reference.cl[0])
    assert result.ucl[0] == pytest.approx(reference.ucl[0])
    assert result.excluded[5] and not result.baseline[5]
    assert result.sigma_signal[5]  # still judged: excluded points included
    assert result.phases[0].n_obs == 10
    assert result.y[5] == 100.0


def test_missing_values_are_not_bridged_by_moving_ranges() -> None:
    y = [10.0, 20.0, math.nan, 10.0, 20.0, 10.0]
    result = analyse(Series.from_values(y), AnalysisOptions(chart="i", screen_mr=False))
    # Moving ranges: 10, -, -, 10, 10 -> AMR 10 (a bridge 20 -> 10 would have added another 10,
    # same value, so check with an uneven series too).
    assert result.ucl[0] == pytest.approx(14 + 3 * 10 / 1.128)
    uneven = [10.0, 11.0, math.nan, 30.0, 31.0]
    spread = analyse(Series.from_values(uneven), AnalysisOptions(chart="i", screen_mr=False))
    assert spread.ucl[0] == pytest.approx(np.nanmean(uneven) + 3 * 1.0 / 1.128)
    assert spread.phases[0].n_obs == 5  # missing points count in n_obs


def test_known_centre_line() -> None:
    result = analyse(Series.from_values(STEADY), AnalysisOptions(chart="i", cl=5.0))
    assert (result.cl == 5.0).all()
    assert result.ucl[0] == pytest.approx(5.0 + 3 * 1.5 / 1.128, rel=0.2)


def test_multiply_is_applied_after_the_calculations() -> None:
    series = Series.from_values([3, 4, 2, 5, 3, 4, 6, 2], n=[20] * 8)
    plain = analyse(series, AnalysisOptions(chart="p"))
    percent = analyse(series, AnalysisOptions(chart="p", multiply=100))
    np.testing.assert_allclose(percent.cl, plain.cl * 100)
    np.testing.assert_allclose(percent.ucl, plain.ucl * 100)
    assert (percent.sigma_signal == plain.sigma_signal).all()


def test_variation_follows_the_direction() -> None:
    y = [*STEADY, 40.0]
    up = analyse(Series.from_values(y), AnalysisOptions(chart="i", direction="up", freeze=10))
    down = analyse(Series.from_values(y), AnalysisOptions(chart="i", direction="down", freeze=10))
    neutral = analyse(Series.from_values(y), AnalysisOptions(chart="i", freeze=10))
    assert up.variation[-1] == "improvement" and up.verdict.variation.value == "improvement"
    assert down.variation[-1] == "concern"
    assert neutral.variation[-1] == "neutral"
    assert set(up.variation[:10]) == {"common_cause"}


def test_long_run_below_the_median_is_flagged_with_its_points() -> None:
    y = [5, 6, 5, 6, 5, 6, 5, 6, 1, 1, 1, 1, 1, 1, 1, 1, 1, 6, 5, 6]
    result = analyse(Series.from_values(y), AnalysisOptions(direction="down"))
    hit = {h.id: h.points for h in result.phases[0].rules}
    assert "longest_run" in hit
    assert hit["longest_run"] == tuple(range(9, 18))
    assert result.runs_signal.all()
    assert set(result.variation[8:17]) == {"improvement"}


def test_assurance_compares_the_target_with_the_latest_limits() -> None:
    series = Series.from_values(STEADY)

    def assurance(target: float, direction: str = "up") -> str | None:
        options = AnalysisOptions(chart="i", target=target, direction=direction)
        verdict = analyse(series, options).verdict.assurance
        return None if verdict is None else verdict.value

    assert assurance(5.0) == "pass"
    assert assurance(11.5) == "inconsistent"
    assert assurance(20.0) == "fail"
    assert assurance(20.0, "down") == "pass"
    assert assurance(5.0, "down") == "fail"
    assert assurance(11.5, "neutral") is None
    no_target = analyse(series, AnalysisOptions(chart="i", direction="up"))
    assert no_target.verdict.assurance is None


def test_to_frame_has_one_row_per_point() -> None:
    result = analyse(Series.from_values(STEADY), AnalysisOptions(chart="i"))
    frame = analysis_to_frame(result)
    assert list(frame.index) == list(range(1, 11))
    assert frame["cl"].iloc[0] == pytest.approx(result.cl[0])
    assert {"y", "lcl", "ucl", "phase", "variation"} <= set(frame.columns)


@pytest.mark.parametrize(
    ("options", "key"),
    [
        (AnalysisOptions(chart="x"), "analysis.bad_choice"),
        (AnalysisOptions(rules="nelson"), "analysis.bad_choice"),
        (AnalysisOptions(exclude=(11,)), "analysis.bad_position"),
        (AnalysisOptions(part=(10,)), "analysis.bad_part"),
        (AnalysisOptions(freeze=0), "analysis.bad_freeze"),
        (AnalysisOptions(chart="p"), "analysis.needs_n"),
    ],
)
def test_wrong_options_are_usage_errors(options: AnalysisOptions, key: str) -> None:
    with pytest.raises(UsageError) as caught:
        analyse(Series.from_values(STEADY), options)
    assert caught.value.key == key


def test_empty_series_does_not_crash() -> None:
    result = analyse(Series.from_values([]), AnalysisOptions(chart="i"))
    assert len(result) == 0 and result.phases == ()
    assert analysis_to_json(result)["points"] == []


def test_mr_chart_fires_no_runs_rule() -> None:
    y = [1, 2, 1, 2, 1, 2, 1, 2, 8, 9, 8, 9, 8, 9, 8, 9, 8, 9, 8, 9]
    result = analyse(Series.from_values(y), AnalysisOptions(chart="mr"))
    assert not result.runs_signal.any()
    assert all(hit.id == "outside_limits" for p in result.phases for hit in p.rules)


def test_verdict_describes_the_latest_point_with_a_value() -> None:
    y = [*STEADY, 40.0, math.nan]
    result = analyse(Series.from_values(y), AnalysisOptions(chart="i", direction="up", freeze=10))
    assert result.variation[-1] == "common_cause"  # the missing point itself
    assert result.verdict.variation.value == "improvement"
