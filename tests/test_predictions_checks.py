"""`pdsa validate` checks on predictions: each problem code, its place and its wording."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pdsa_cli.errors import Problem, Severity
from pdsa_cli.loader import load_workspace
from pdsa_cli.predictions import CHECKS, check_predictions
from tests.predictions_support import Builder, cycle, measure, weekly, weekly_ratio

DO = {"start": "2021-03-01", "end": "2021-03-28"}
STUDY = {"date": "2021-04-01", "results": "Ventetiden faldt som forventet."}
AT_LEAST = {"measure": "tid", "comparator": "at_least", "value": 10}


def problems_of(tmp_path: Path, *cycles: dict[str, Any]) -> list[Problem]:
    builder = Builder(tmp_path).municipality("rudersdal").initiative("rudersdal", "samtaler")
    builder.measure(
        "rudersdal", "samtaler", "tid", measure("value", weekly("2021-03-01", [12.0] * 4))
    )
    ratio = measure("proportion", weekly_ratio("2021-03-01", [(1, 2)] * 4), unit="andel")
    builder.measure("rudersdal", "samtaler", "andel", ratio)
    for data in cycles:
        builder.cycle("rudersdal", "samtaler", data)
    result = load_workspace(tmp_path)
    ours = check_predictions(result.workspace)
    # The loader runs the same checks: its findings are ours (test measures are all outcomes,
    # hence its balancing warning, and the test aim is a bare statement, hence not SMART),
    # nothing else.
    others = ("balancing-measure-missing", "aim-not-smart")
    found = [p for p in result.problems if p.code not in others]
    assert found == ours, [p.render() for p in result.problems]
    return ours


def codes(problems: list[Problem]) -> list[str]:
    return [p.code for p in problems]


def test_a_sound_cycle_has_no_problem(tmp_path: Path) -> None:
    assert problems_of(tmp_path, cycle(1, [AT_LEAST], DO, STUDY, measures=["tid"])) == []


def test_unknown_measure_is_the_loaders_error_reported_once(tmp_path: Path) -> None:
    builder = Builder(tmp_path).municipality("a").initiative("a", "b")
    builder.measure("a", "b", "tid", measure("value", weekly("2021-03-01", [12.0] * 4)))
    ghost = {"measure": "spoegelse", "comparator": "at_least", "value": 1}
    builder.cycle("a", "b", cycle(1, [ghost], DO, STUDY, measures=["tid"]))
    result = load_workspace(tmp_path)
    [problem] = [p for p in result.problems if p.severity is Severity.ERROR]
    assert (problem.code, problem.path) == ("unknown-measure", "plan.predictions[1].measure")
    assert problem.file.endswith("cycle-01-test.yaml")
    assert "spoegelse" in problem.message("en") and "spoegelse" in problem.message("da")
    assert not [p for p in check_predictions(result.workspace) if p.severity is Severity.ERROR]


def test_a_measure_the_cycle_does_not_list_is_a_warning(tmp_path: Path) -> None:
    [problem] = problems_of(tmp_path, cycle(1, [AT_LEAST], DO, STUDY, measures=["andel"]))
    assert (problem.code, problem.severity) == ("prediction-measure-not-linked", Severity.WARNING)


@pytest.mark.parametrize(
    ("prediction", "expected"),
    [
        ({"measure": "andel", "comparator": "at_least", "value": 0.6}, []),
        ({"measure": "andel", "comparator": "at_least", "value": 60}, []),
        ({"measure": "andel", "comparator": "at_least", "value": 160}, ["prediction-out-of-range"]),
        ({"measure": "andel", "comparator": "at_most", "value": -0.1}, ["prediction-out-of-range"]),
        (
            {"measure": "andel", "comparator": "about", "value": 0.5, "tolerance": 5},
            ["prediction-out-of-range"],
        ),
        ({"measure": "andel", "comparator": "about", "value": 50, "tolerance": 5}, []),
        ({"measure": "tid", "comparator": "at_least", "value": -3}, []),  # a value may be negative
    ],
)
def test_values_fit_the_measure_unit(
    tmp_path: Path, prediction: dict[str, Any], expected: list[str]
) -> None:
    data = cycle(1, [prediction], DO, STUDY, measures=["andel", "tid"])
    found = [c for c in codes(problems_of(tmp_path, data)) if c != "study-ignores-predictions"]
    assert found == expected


def test_a_count_cannot_be_negative(tmp_path: Path) -> None:
    builder = Builder(tmp_path).municipality("a").initiative("a", "b")
    builder.measure("a", "b", "fald", measure("count", weekly("2021-03-01", [1.0]), unit="fald"))
    negative = {"measure": "fald", "comparator": "at_most", "value": -1}
    builder.cycle("a", "b", cycle(1, [negative], DO, STUDY, measures=["fald"]))
    problems = check_predictions(load_workspace(tmp_path).workspace)
    assert codes(problems) == ["prediction-out-of-range"]
    assert "fald" in problems[0].message("da")


def test_a_do_period_without_end_after_study_is_a_window_warning(tmp_path: Path) -> None:
    data = cycle(1, [AT_LEAST], {"start": "2021-03-01"}, STUDY, measures=["tid"])
    [problem] = problems_of(tmp_path, data)
    assert problem.code == "prediction-window"
    assert problem.path == "plan.predictions[1].window"
    assert "2021-04-01" in problem.message("en")


def test_a_do_period_without_end_while_doing_is_fine(tmp_path: Path) -> None:
    assert (
        problems_of(tmp_path, cycle(1, [AT_LEAST], {"start": "2021-03-01"}, measures=["tid"])) == []
    )


def test_a_studied_prediction_without_data_is_a_warning(tmp_path: Path) -> None:
    late = {"start": "2022-01-03", "end": "2022-01-30"}
    study = {"date": "2022-02-01", "results": "Forudsigelsen kan ikke tjekkes."}
    [problem] = problems_of(tmp_path, cycle(1, [AT_LEAST], late, study, measures=["tid"]))
    assert (problem.code, problem.severity) == ("prediction-no-data", Severity.WARNING)


def test_a_cycle_in_do_without_any_prediction_is_a_warning(tmp_path: Path) -> None:
    [problem] = problems_of(tmp_path, cycle(1, [], DO, measures=["tid"]))
    assert (problem.code, problem.severity) == ("cycle-without-prediction", Severity.WARNING)
    assert problem.path == "plan"


def test_a_free_text_prediction_on_a_question_is_enough(tmp_path: Path) -> None:
    questions = [{"question": "Bliver borgerne hørt?", "prediction": "Ja, de fleste."}]
    data = cycle(1, [], DO, measures=["tid"], questions=questions)
    assert problems_of(tmp_path, data) == []


def test_a_planned_cycle_without_prediction_is_not_warned_yet(tmp_path: Path) -> None:
    assert problems_of(tmp_path, cycle(1, [], measures=["tid"])) == []


@pytest.mark.parametrize(
    ("study", "warned"),
    [
        ({"date": "2021-04-01", "results": "Ventetiden faldt."}, True),
        ({"date": "2021-04-01", "results": "Det gik som forudsagt."}, False),
        ({"date": "2021-04-01", "results": "We expected less."}, False),
        ({"date": "2021-04-01", "results": "Målet 'tid' steg."}, False),
        ({"date": "2021-04-01", "results": "Tid til første samtale steg."}, False),
        (
            {
                "date": "2021-04-01",
                "results": "Ventetiden faldt.",
                "compared_with_predictions": "Holdt.",
            },
            False,
        ),
    ],
)
def test_a_study_that_ignores_its_predictions_is_a_warning(
    tmp_path: Path, study: dict[str, Any], warned: bool
) -> None:
    found = codes(problems_of(tmp_path, cycle(1, [AT_LEAST], DO, study, measures=["tid"])))
    assert found == (["study-ignores-predictions"] if warned else [])


def test_every_check_is_registered_and_every_code_has_danish_and_english_text() -> None:
    from pdsa_cli.i18n import catalogue

    assert len(CHECKS) == 6
    for code in (
        "prediction-measure-not-linked",
        "prediction-out-of-range",
        "prediction-window",
        "prediction-no-data",
        "cycle-without-prediction",
        "study-ignores-predictions",
    ):
        entry = catalogue()[f"problem.{code}"]
        assert entry["da"] and entry["en"] and entry["da"] != entry["en"]
