"""The seminar view: shares met per municipality and for the programme, the biggest misses,
and whether a ramp's predictions got closer to what happened."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from pdsa_cli.loader import load_workspace
from pdsa_cli.predictions import Status, Trend, summarise_predictions
from pdsa_cli.predictions.aggregate import ramp_trend
from pdsa_cli.workspace.index import Workspace
from tests.predictions_support import Builder, cycle, measure, weekly_ratio

TODAY = dt.date(2021, 12, 1)


def studied(number: int, start: str, prediction: dict[str, Any], measure_id: str) -> dict[str, Any]:
    """A studied cycle whose Do is the four weeks from `start`."""
    end = (dt.date.fromisoformat(start) + dt.timedelta(days=27)).isoformat()
    return cycle(
        number,
        [{"measure": measure_id, **prediction}],
        {"start": start, "end": end},
        {"date": end, "results": "Vi sammenlignede med forudsigelsen."},
        measures=[measure_id],
    )


def learning_ramp(root: Path) -> Workspace:
    """Hørsholm's ramp: the team predicts 90 %, 80 %, then 70 % of citizens feeling heard, while
    the data show 50 %, 62.5 % and 70 %: each prediction is closer than the one before.
    Fredensborg predicts "at most 2 falls a week" twice and is right once."""
    heard = weekly_ratio("2021-01-04", [(5, 10)] * 4 + [(5, 8)] * 4 + [(7, 10)] * 4)
    falls = weekly_ratio("2021-01-04", [(1, 1)] * 4 + [(3, 1)] * 4)
    builder = Builder(root)
    builder.municipality("hoersholm").initiative("hoersholm", "feedback")
    builder.measure("hoersholm", "feedback", "hoert", measure("proportion", heard, unit="andel"))
    builder.cycle(
        "hoersholm",
        "feedback",
        studied(1, "2021-01-04", {"comparator": "at_least", "value": 0.9}, "hoert"),
    )
    builder.cycle(
        "hoersholm",
        "feedback",
        studied(2, "2021-02-01", {"comparator": "at_least", "value": 80}, "hoert"),
    )
    builder.cycle(
        "hoersholm",
        "feedback",
        studied(3, "2021-03-01", {"comparator": "about", "value": 0.7, "tolerance": 0.02}, "hoert"),
    )
    builder.municipality("fredensborg").initiative("fredensborg", "fald")
    builder.measure("fredensborg", "fald", "fald-pr-uge", measure("rate", falls, unit="fald"))
    builder.cycle(
        "fredensborg",
        "fald",
        studied(1, "2021-01-04", {"comparator": "at_most", "value": 2}, "fald-pr-uge"),
    )
    builder.cycle(
        "fredensborg",
        "fald",
        studied(2, "2021-02-01", {"comparator": "at_most", "value": 2}, "fald-pr-uge"),
    )
    result = load_workspace(root)
    assert result.ok, [p.render() for p in result.problems]
    return result.workspace


def test_a_ramp_whose_predictions_come_closer_is_improving(tmp_path: Path) -> None:
    report = summarise_predictions(learning_ramp(tmp_path), today=TODAY)
    ramps = {r.initiative: r for r in report.ramps}
    feedback = ramps["feedback"]
    assert [n for n, _ in feedback.misses] == [1, 2, 3]
    assert [m for _, m in feedback.misses] == pytest.approx([0.4 / 0.9, 0.175 / 0.8, 0.0])
    assert feedback.trend is Trend.IMPROVING
    assert feedback.slope is not None and feedback.slope < 0
    # Fredensborg met its first prediction and then missed: not closer.
    assert ramps["fald"].trend is Trend.NOT_IMPROVING


def test_shares_per_municipality_and_for_the_programme(tmp_path: Path) -> None:
    report = summarise_predictions(learning_ramp(tmp_path), today=TODAY)
    hoersholm = report.municipalities["hoersholm"]
    fredensborg = report.municipalities["fredensborg"]
    assert (hoersholm.met, hoersholm.not_met, hoersholm.share) == (1, 2, pytest.approx(1 / 3))
    assert (fredensborg.met, fredensborg.not_met, fredensborg.share) == (1, 1, 0.5)
    assert (report.programme.met, report.programme.judged) == (2, 5)
    assert report.programme.share == pytest.approx(0.4)


def test_the_biggest_misses_compare_across_units(tmp_path: Path) -> None:
    report = summarise_predictions(learning_ramp(tmp_path), today=TODAY)
    order = [(m.initiative, m.number) for m in report.biggest_misses]
    # 3 falls against at most 2 is a 50 % miss; 50 % heard against 90 % is a 44 % miss.
    assert order == [("fald", 2), ("feedback", 1), ("feedback", 2)]
    assert report.biggest_misses[0].relative_miss == pytest.approx(0.5)
    assert report.biggest_misses[0].worst.status is Status.NOT_MET


def test_one_municipality(tmp_path: Path) -> None:
    report = summarise_predictions(learning_ramp(tmp_path), "fredensborg", today=TODAY)
    assert {s.municipality for s in report.scores} == {"fredensborg"}
    assert list(report.municipalities) == ["fredensborg"]
    assert report.programme.judged == 2


def test_ramp_trend_kinds() -> None:
    assert ramp_trend("x", None, []).trend is Trend.TOO_FEW
    assert ramp_trend("x", None, []).slope is None


def test_pending_predictions_are_counted_apart(tmp_path: Path) -> None:
    builder = Builder(tmp_path)
    builder.municipality("gribskov").initiative("gribskov", "maaltider")
    builder.measure("gribskov", "maaltider", "spist", measure("value", []))
    planned = cycle(
        1, [{"measure": "spist", "comparator": "at_least", "value": 1}], measures=["spist"]
    )
    builder.cycle("gribskov", "maaltider", planned)
    report = summarise_predictions(load_workspace(tmp_path).workspace, today=TODAY)
    assert (report.programme.pending, report.programme.judged, report.programme.share) == (
        1,
        0,
        None,
    )
    assert report.biggest_misses == ()
    assert report.ramps[0].trend is Trend.TOO_FEW
