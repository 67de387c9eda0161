"""Predictions in words: the Study draft that `pdsa study` offers, and the number formats."""

from __future__ import annotations

import datetime as dt

import pytest

from pdsa_cli.models import Measure
from pdsa_cli.predictions import score_cycle
from pdsa_cli.predictions.text import describe_prediction, format_number, study_draft
from tests.predictions_support import cycle, in_memory, measure, weekly_ratio

DO = {"start": "2021-03-01", "end": "2021-03-14"}


def draft(lang: str, predictions: list[dict[str, object]]) -> str:
    data = measure("proportion", weekly_ratio("2021-03-01", [(3, 4), (3, 4)]), name="Hørte borgere")
    workspace = in_memory({"m": data}, [cycle(1, predictions, DO)])
    scores = score_cycle(workspace.cycles[0], workspace, dt.date(2021, 4, 1))
    measures = {k: v.model for k, v in workspace.measures.items()}
    return study_draft(scores, measures, lang)


def test_the_study_draft_states_prediction_observation_and_outcome() -> None:
    predictions: list[dict[str, object]] = [
        {"measure": "m", "comparator": "at_least", "value": 0.9},
        {"measure": "m", "comparator": "between", "low": 70, "high": 80},
        {
            "measure": "m",
            "comparator": "at_least",
            "value": 0.5,
            "window": {"kind": "after_do", "points": 5},
        },
    ]
    english = draft("en", predictions).splitlines()
    assert english[0] == (
        "Prediction: Hørte borgere at least 90 % during the Do period. Observed: 75 % (n = 2). "
        "The prediction was not met; distance -15 percentage points."
    )
    assert english[1].endswith(
        "between 70 % and 80 % during the Do period. Observed: 75 % (n = 2). "
        "The prediction was met."
    )
    assert english[2].endswith("No data yet (2 of 5 measurements).")
    danish = draft("da", predictions).splitlines()
    assert danish[0].startswith("Forudsigelse: Hørte borgere mindst 90 % i Do-perioden.")
    assert "afstand -15 procentpoint" in danish[0]
    assert danish[2].endswith("Ingen data endnu (2 af 5 målinger).")


@pytest.mark.parametrize(
    ("value", "lang", "text"),
    [
        (40.0, "en", "40"),
        (62.5, "da", "62,5"),
        (0.125, "en", "0.12"),
        (-0.0001, "en", "0"),
        (3.0, "da", "3"),
    ],
)
def test_format_number(value: float, lang: str, text: str) -> None:
    assert format_number(value, lang) == text


def test_compact_description_of_a_value_prediction() -> None:
    from pdsa_cli.models.cycle import Prediction
    from pdsa_cli.predictions import bounds_of

    data = Measure.model_validate(measure("value", unit="min"))
    prediction = Prediction.model_validate(
        {"measure": "m", "comparator": "about", "value": 12, "tolerance": 2}
    )
    bounds = bounds_of(prediction, data.data_type)
    assert describe_prediction(prediction, bounds, data, "en", compact=True) == "12 ± 2"
    assert describe_prediction(prediction, bounds, data, "da") == "omkring 12 min (± 2 min)"


def test_prediction_lines_put_prediction_and_result_side_by_side() -> None:
    from pdsa_cli.predictions import Status
    from pdsa_cli.predictions.text import prediction_lines

    data = measure("proportion", weekly_ratio("2021-03-01", [(3, 4), (1, 4)]))
    after = {"kind": "after_do", "points": 2}
    predictions = [{"measure": "m", "comparator": "at_least", "value": 60, "window": after}]
    workspace = in_memory({"m": data}, [cycle(1, predictions, DO)])
    scores = score_cycle(workspace.cycles[0], workspace, dt.date(2021, 4, 1))
    [line] = prediction_lines(scores, {"m": workspace.measures["m"].model}, "en")
    assert (line.prediction, line.observed, line.n) == ("≥ 60 % (first 2)", "50 %", 2)
    assert (line.status, line.distance, line.outcome) == (
        "not met (so far)",
        "-10 pp",
        Status.NOT_MET,
    )
