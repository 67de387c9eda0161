"""Scoring one cycle's predictions: each comparator, each window kind, proportions and values,
and missing data (never a crash, never a false `met`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from pdsa_cli.predictions import NoDataReason, PredictionScore, Status, score_cycle
from tests.predictions_support import cycle, in_memory, measure, weekly, weekly_ratio

TODAY = dt.date(2021, 6, 1)
# Four weekly points in March 2021 (Mondays): 1, 8, 15, 22 March.
MARCH = weekly("2021-03-01", [10.0, 12.0, 14.0, 16.0])
DO_MARCH = {"start": "2021-03-01", "end": "2021-03-28"}
STUDY = {"date": "2021-04-01", "results": "Som forudsagt."}


def score_one(
    prediction: dict[str, Any],
    data: dict[str, Any] | None = None,
    do: dict[str, Any] | None = None,
    study: dict[str, Any] | None = STUDY,
    today: dt.date = TODAY,
) -> PredictionScore:
    measures = {"m": data if data is not None else measure("value", MARCH)}
    workspace = in_memory(measures, [cycle(1, [prediction], do or DO_MARCH, study)])
    [score] = score_cycle(workspace.cycles[0], workspace, today)
    return score


# The mean over March is 13.0.
@pytest.mark.parametrize(
    ("prediction", "status", "distance"),
    [
        ({"comparator": "at_least", "value": 13}, Status.MET, 0.0),
        ({"comparator": "at_least", "value": 15}, Status.NOT_MET, -2.0),
        ({"comparator": "at_most", "value": 13}, Status.MET, 0.0),
        ({"comparator": "at_most", "value": 10}, Status.NOT_MET, 3.0),
        ({"comparator": "between", "low": 12, "high": 14}, Status.MET, 0.0),
        ({"comparator": "between", "low": 14, "high": 20}, Status.NOT_MET, -1.0),
        ({"comparator": "between", "low": 5, "high": 12.5}, Status.NOT_MET, 0.5),
        ({"comparator": "about", "value": 12, "tolerance": 1}, Status.MET, 0.0),
        ({"comparator": "about", "value": 10, "tolerance": 2}, Status.NOT_MET, 1.0),
        ({"comparator": "about", "value": 16, "tolerance": 1}, Status.NOT_MET, -2.0),
    ],
)
def test_each_comparator_on_a_value_measure(
    prediction: dict[str, Any], status: Status, distance: float
) -> None:
    score = score_one({"measure": "m", **prediction})
    assert score.observed == pytest.approx(13.0)
    assert score.n == 4
    assert score.status is status
    assert score.distance == pytest.approx(distance)
    assert score.judged


def test_relative_miss_is_the_miss_as_a_share_of_the_missed_bound() -> None:
    score = score_one({"measure": "m", "comparator": "at_least", "value": 20})
    assert score.distance == pytest.approx(-7.0)
    assert score.relative_miss == pytest.approx(7 / 20)


def test_a_bound_of_zero_measures_the_miss_against_the_typical_value() -> None:
    score = score_one({"measure": "m", "comparator": "at_most", "value": 0})
    # the measure's values average 13, so missing by 13 is a relative miss of 1
    assert score.relative_miss == pytest.approx(1.0)


def test_proportions_are_pooled_not_averaged() -> None:
    # 1/2 and 9/10: pooled 10/12 = 0.833; the mean of the two proportions would be 0.7.
    data = measure("proportion", weekly_ratio("2021-03-01", [(1, 2), (9, 10)]), unit="andel")
    score = score_one({"measure": "m", "comparator": "at_least", "value": 0.8}, data)
    assert score.observed == pytest.approx(10 / 12)
    assert score.status is Status.MET


def test_a_proportion_exactly_on_the_bound_is_met_despite_float_noise() -> None:
    data = measure("proportion", weekly_ratio("2021-03-01", [(7, 10), (1, 10)]), unit="andel")
    score = score_one({"measure": "m", "comparator": "at_least", "value": 0.4}, data)
    assert score.observed == pytest.approx(0.4)
    assert score.status is Status.MET


def test_a_proportion_predicted_in_percent_is_read_as_percent() -> None:
    data = measure("proportion", weekly_ratio("2021-03-01", [(6, 10), (6, 10)]), unit="andel")
    score = score_one({"measure": "m", "comparator": "about", "value": 70, "tolerance": 5}, data)
    assert score.judgement.bounds is not None
    assert score.judgement.bounds.percent
    assert score.status is Status.NOT_MET
    assert score.distance == pytest.approx(0.6 - 0.65)


def test_a_rate_is_pooled_count_over_exposure() -> None:
    data = measure("rate", weekly_ratio("2021-03-01", [(2, 100), (6, 300)]), unit="per døgn")
    score = score_one({"measure": "m", "comparator": "at_most", "value": 0.02}, data)
    assert score.observed == pytest.approx(8 / 400)
    assert score.status is Status.MET


def test_a_count_measure_uses_the_mean_count() -> None:
    data = measure("count", weekly("2021-03-01", [0, 2, 1, 1]), unit="fald")
    score = score_one({"measure": "m", "comparator": "at_most", "value": 1}, data)
    assert score.observed == pytest.approx(1.0)
    assert score.status is Status.MET


def test_do_period_takes_the_periods_that_overlap_the_do() -> None:
    # A Do from Wednesday 10 March to Tuesday 16 March overlaps the weeks of 8 and 15 March.
    do = {"start": "2021-03-10", "end": "2021-03-16"}
    score = score_one({"measure": "m", "comparator": "at_least", "value": 13}, do=do)
    assert score.n == 2
    assert score.observed == pytest.approx(13.0)
    assert score.judgement.window_start == dt.date(2021, 3, 10)
    assert score.judgement.window_end == dt.date(2021, 3, 16)


def test_do_period_on_a_monthly_measure_includes_the_month_the_do_starts_in() -> None:
    months = [{"date": f"2021-{m:02d}-01", "value": v} for m, v in [(2, 1.0), (3, 5.0), (4, 9.0)]]
    data = measure("value", months, frequency="month")
    do = {"start": "2021-03-15", "end": "2021-03-31"}
    score = score_one({"measure": "m", "comparator": "about", "value": 5, "tolerance": 0}, data, do)
    assert (score.n, score.status) == (1, Status.MET)


def test_do_period_without_an_end_closes_at_the_study_date() -> None:
    do = {"start": "2021-03-01"}
    study = {"date": "2021-03-09", "results": "Forudsigelsen holdt ikke."}
    score = score_one({"measure": "m", "comparator": "at_least", "value": 11}, do=do, study=study)
    assert (score.n, score.observed, score.status) == (2, 11.0, Status.MET)


def test_do_period_without_end_or_study_runs_to_today_and_is_provisional() -> None:
    do = {"start": "2021-03-01"}
    score = score_one(
        {"measure": "m", "comparator": "at_least", "value": 11},
        do=do,
        study=None,
        today=dt.date(2021, 3, 16),
    )
    assert score.n == 3
    assert score.status is Status.MET
    assert score.provisional
    assert not score.judged


def test_after_do_takes_the_first_points_on_or_after_the_do_start() -> None:
    window = {"kind": "after_do", "points": 2}
    do = {"start": "2021-03-08", "end": "2021-03-09"}
    prediction = {"measure": "m", "comparator": "at_least", "value": 13, "window": window}
    score = score_one(prediction, do=do)
    assert score.n == 2
    assert score.observed == pytest.approx(13.0)  # 12 and 14
    assert score.judgement.window_end == dt.date(2021, 3, 15)


def test_excluded_measurements_are_left_out_of_both_windows() -> None:
    points = weekly("2021-03-01", [10.0, 100.0, 14.0, 16.0])
    points[1] |= {"exclude": True, "reason": "Forkert registreret."}
    data = measure("value", points)
    after = {"kind": "after_do", "points": 2}
    by_period = score_one({"measure": "m", "comparator": "at_most", "value": 14}, data)
    by_points = score_one(
        {"measure": "m", "comparator": "at_most", "value": 14, "window": after}, data
    )
    assert (by_period.n, by_period.observed) == (3, pytest.approx(40 / 3))
    assert (by_points.n, by_points.observed) == (2, pytest.approx(12.0))


def test_an_after_do_window_not_yet_full_is_no_data_even_when_it_looks_met() -> None:
    window = {"kind": "after_do", "points": 6}
    score = score_one({"measure": "m", "comparator": "at_least", "value": 1, "window": window})
    assert score.status is Status.NO_DATA
    assert score.judgement.reason is NoDataReason.TOO_FEW_POINTS
    assert score.n == 4
    assert score.observed == pytest.approx(13.0)  # shown, but not judged
    assert score.distance is None


@pytest.mark.parametrize(
    ("data", "do", "reason"),
    [
        (measure("value", []), DO_MARCH, NoDataReason.NO_POINTS),
        (measure("value", weekly("2020-01-06", [1.0])), DO_MARCH, NoDataReason.NO_POINTS),
        (measure("value", [{"date": "2021-03-01"}]), DO_MARCH, NoDataReason.NO_POINTS),
    ],
)
def test_missing_data_is_no_data_yet(data: dict[str, Any], do: dict[str, Any], reason: Any) -> None:
    score = score_one({"measure": "m", "comparator": "at_most", "value": 100}, data, do)
    assert score.status is Status.NO_DATA
    assert score.judgement.reason is reason
    assert score.observed is None
    assert not score.judged


def test_a_planned_cycle_is_not_started() -> None:
    workspace = in_memory(
        {"m": measure("value", MARCH)},
        [cycle(1, [{"measure": "m", "comparator": "at_least", "value": 1}])],
    )
    [score] = score_cycle(workspace.cycles[0], workspace, TODAY)
    assert (score.status, score.judgement.reason) == (Status.NO_DATA, NoDataReason.NOT_STARTED)


def test_an_unknown_measure_is_no_data_not_a_crash() -> None:
    workspace = in_memory(
        {}, [cycle(1, [{"measure": "ghost", "comparator": "at_least", "value": 1}], DO_MARCH)]
    )
    [score] = score_cycle(workspace.cycles[0], workspace, TODAY)
    assert score.judgement.reason is NoDataReason.UNKNOWN_MEASURE


def test_a_proportion_above_100_is_out_of_range_and_not_judged() -> None:
    data = measure("proportion", weekly_ratio("2021-03-01", [(5, 10)]), unit="andel")
    score = score_one({"measure": "m", "comparator": "at_least", "value": 150}, data)
    assert score.judgement.reason is NoDataReason.OUT_OF_RANGE


def test_a_cycle_scores_every_prediction_in_order() -> None:
    predictions = [
        {"measure": "m", "comparator": "at_least", "value": 1},
        {"measure": "m", "comparator": "at_most", "value": 1},
    ]
    workspace = in_memory({"m": measure("value", MARCH)}, [cycle(3, predictions, DO_MARCH, STUDY)])
    scores = score_cycle(workspace.cycles[0], workspace, TODAY)
    assert [(s.index, s.number, s.status) for s in scores] == [
        (0, 3, Status.MET),
        (1, 3, Status.NOT_MET),
    ]
    assert scores[0].cycle == "cycle-03-test"
    assert (scores[0].municipality, scores[0].initiative) == ("kommune", "indsats")
