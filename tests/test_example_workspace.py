"""The committed example workspace `cycles/` is complete, valid and tells a coherent story.

It is what `make demo` shows and what new users copy from, so it must load without errors and
hold what the programme promises: nine municipalities, ramps of cycles, paired measures with
enough data for a baseline, and quantitative predictions that the data sometimes meets.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from pdsa_cli.errors import Severity
from pdsa_cli.loader import load_workspace
from pdsa_cli.models import Comparator, DataType, Family, Frequency, Method, WindowKind
from pdsa_cli.models.cycle import Prediction
from pdsa_cli.models.measure import Measure
from pdsa_cli.workspace.index import LoadResult, Workspace, iter_workspace_files

EXAMPLE = Path(__file__).resolve().parent.parent / "cycles"
MUNICIPALITIES = {
    "allerod",
    "hilleroed",
    "halsnaes",
    "helsingoer",
    "gribskov",
    "fredensborg",
    "hoersholm",
    "ballerup",
    "soenderborg",
}
SCHEMA_LINE = re.compile(
    r"^# yaml-language-server: \$schema=((?:\.\./)+)schemas/(\w+)\.schema\.json$"
)
CPR_LIKE = re.compile(r"\b[0-3]\d[01]\d\d\d-?\d{4}\b")


@pytest.fixture(scope="module")
def loaded() -> LoadResult:
    return load_workspace(EXAMPLE)


@pytest.fixture(scope="module")
def ws(loaded: LoadResult) -> Workspace:
    return loaded.workspace


def test_loads_without_errors(loaded: LoadResult) -> None:
    errors = [p.render("en") for p in loaded.problems if p.severity is Severity.ERROR]
    assert errors == []


def test_every_municipality_is_there(ws: Workspace) -> None:
    assert set(ws.municipalities) == MUNICIPALITIES
    for municipality in MUNICIPALITIES:
        assert ws.initiatives_of(municipality), municipality


def test_programme_says_the_data_is_illustrative(ws: Workspace) -> None:
    assert ws.programme is not None
    programme = ws.programme.model
    assert programme.illustrative_data and programme.data_note
    assert [s.date.month for s in programme.seminars] == [3, 6, 11]
    assert {t.id for t in programme.tracks} == {1, 2}


def test_every_method_is_used(ws: Workspace) -> None:
    used = {entry.model.method for entry in ws.initiatives.values()}
    assert set(Method) - {Method.OTHER} <= used


def test_every_initiative_has_a_ramp_and_paired_measures(ws: Workspace) -> None:
    for initiative in ws.initiatives:
        assert len(ws.cycles_of(initiative)) >= 2, initiative
        families = {m.model.family for m in ws.measures_of(initiative)}
        assert families & {Family.OUTCOME, Family.PROCESS}, initiative
        assert Family.BALANCING in families, initiative


def test_every_measure_has_enough_illustrative_data(ws: Workspace) -> None:
    for measure_id, entry in ws.measures.items():
        measure = entry.model
        assert measure.illustrative, measure_id
        assert len(measure.measurements) >= 20, measure_id
        dates = [m.date for m in measure.measurements]
        assert dates == sorted(dates) and len(set(dates)) == len(dates), measure_id
        for point in measure.measurements:
            if point.numerator is not None and point.denominator is not None:
                assert point.numerator <= point.denominator or measure.data_type is DataType.RATE


def test_the_example_shows_an_excluded_point_and_every_chart_family(ws: Workspace) -> None:
    points = [p for m in ws.measures.values() for p in m.model.measurements]
    assert any(p.exclude and p.reason for p in points)
    charts = {m.model.chart.value for m in ws.measures.values()}
    assert {"run", "i", "p"} <= charts and charts & {"u", "c"}


def test_cycles_link_existing_measures_and_keep_dates_in_order(ws: Workspace) -> None:
    for entry in ws.cycles:
        cycle = entry.model
        own = {m.id for m in ws.measures_of(entry.initiative or "")}
        assert set(cycle.measures) <= own, entry.file
        assert f"cycle-{cycle.number:02d}-" in entry.file.name
        dates = [cycle.plan.date]
        if cycle.do is not None:
            dates += [cycle.do.start, cycle.do.end]
        if cycle.study is not None:
            dates.append(cycle.study.date)
        if cycle.act is not None:
            dates.append(cycle.act.date)
        known = [d for d in dates if d is not None]
        assert known == sorted(known), entry.file
        if cycle.previous is not None:
            numbers = {c.model.number for c in ws.cycles_of(entry.initiative or "")}
            assert cycle.previous in numbers and cycle.previous < cycle.number, entry.file


def test_the_example_has_cycles_in_every_state(ws: Workspace) -> None:
    states = {c.model.status.value for c in ws.cycles}
    assert {"planned", "doing", "studying", "done"} <= states


def _period_end(start: dt.date, frequency: Frequency) -> dt.date:
    """The last day of the day, week or month a measurement stands for."""
    if frequency is Frequency.DAY:
        return start
    if frequency is Frequency.WEEK:
        return start + dt.timedelta(days=6)
    next_month = (start.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return next_month - dt.timedelta(days=1)


def _observed(
    prediction: Prediction, measure: Measure, start: dt.date, end: dt.date
) -> float | None:
    """The observed value over a prediction's window: mean, or pooled ratio (issue 8).

    A Do period takes every measurement whose day, week or month overlaps it.
    """
    points = [p for p in measure.measurements if not p.exclude]
    if prediction.window.kind is WindowKind.AFTER_DO:
        window = [p for p in points if p.date >= start][: prediction.window.points]
    else:
        window = [
            p for p in points if p.date <= end and _period_end(p.date, measure.frequency) >= start
        ]
    if not window:
        return None
    if window[0].numerator is not None:
        return sum(p.numerator or 0 for p in window) / sum(p.denominator or 0 for p in window)
    return sum(p.value or 0 for p in window) / len(window)


def _met(prediction: Prediction, observed: float) -> bool:
    if prediction.comparator is Comparator.AT_LEAST:
        return observed >= (prediction.value or 0)
    if prediction.comparator is Comparator.AT_MOST:
        return observed <= (prediction.value or 0)
    if prediction.comparator is Comparator.BETWEEN:
        return (prediction.low or 0) <= observed <= (prediction.high or 0)
    return abs(observed - (prediction.value or 0)) <= (prediction.tolerance or 0)


def test_most_cycles_predict_numbers_and_some_predictions_miss(ws: Workspace) -> None:
    started = [c for c in ws.cycles if c.model.do is not None]
    with_numbers = [c for c in started if c.model.plan.predictions]
    assert len(with_numbers) >= 0.7 * len(started)
    outcomes = []
    for entry in with_numbers:
        do = entry.model.do
        assert do is not None
        for prediction in entry.model.plan.predictions:
            assert prediction.measure in entry.model.measures, entry.file
            measure = ws.measures[prediction.measure].model
            observed = _observed(prediction, measure, do.start, do.end or do.start)
            if observed is not None and entry.model.study is not None:
                outcomes.append(_met(prediction, observed))
    assert outcomes.count(True) >= 5 and outcomes.count(False) >= 5


def test_every_file_points_at_its_schema_and_holds_no_cpr_like_number() -> None:
    for path, kind in iter_workspace_files(EXAMPLE):
        assert kind is not None, path
        text = path.read_text(encoding="utf-8")
        found = SCHEMA_LINE.match(text.splitlines()[0])
        assert found and found.group(2) == kind.value, path
        depth = len(path.relative_to(EXAMPLE).parts)
        assert found.group(1) == "../" * depth, path
        assert not CPR_LIKE.search(text), path


def test_every_started_cycle_predicts_and_every_study_answers_its_predictions(
    ws: Workspace,
) -> None:
    for entry in ws.cycles:
        cycle = entry.model
        if cycle.do is not None:
            worded = [q for q in cycle.plan.questions if q.prediction]
            assert worded or cycle.plan.predictions, entry.file
        if cycle.study is not None:
            assert cycle.study.compared_with_predictions and cycle.study.learning, entry.file
