"""`pdsa validate` checks on predictions: each a function ``(Workspace) -> Iterable[Problem]``.

A prediction naming a measure that does not exist is the loader's ``unknown-measure``; these
checks skip such predictions rather than report them twice. :mod:`pdsa_cli.loader` runs them
with the workspace's own checks, so `pdsa validate` shows them all.

- ``prediction-measure-not-linked`` (warning): the measure exists but the cycle does not list it.
- ``prediction-out-of-range`` (error): the numbers do not fit the measure's unit (see
  :mod:`pdsa_cli.predictions.bounds` for the proportion/percent convention).
- ``prediction-window`` (warning): a ``do_period`` window on a cycle that reached Study without
  ``do.end`` (the window is closed at the Study date). Without a Study it runs to today, which is
  normal while the test goes on; a Do that ends before it starts is the loader's date-order check.
- ``prediction-no-data`` (warning): the cycle reached Study but its window holds no measurement
  (or fewer than an ``after_do`` window needs), so the prediction cannot be checked.
- ``cycle-without-prediction`` (warning): a cycle that reached Do with no prediction at all,
  neither a free-text one on a question nor a quantitative one.
- ``study-ignores-predictions`` (warning): a Study whose ``compared_with_predictions`` is empty
  and whose ``results`` do not mention the predictions. Heuristic: the results mention them when
  they contain a word beginning with a stem for prediction or expectation (Danish or English:
  "forudsig", "forudsag", "forvent", "hypote", "predict", "expect", "prognos") or the id or
  name of a predicted measure as whole words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator

from pdsa_cli.errors import Problem, Severity, display_path
from pdsa_cli.i18n import Phrase
from pdsa_cli.models import Cycle, WindowKind
from pdsa_cli.predictions.bounds import out_of_range
from pdsa_cli.predictions.scoring import NoDataReason, judge_prediction
from pdsa_cli.workspace.index import Entry, Workspace
from pdsa_cli.workspace.yamltree import path_text

Check = Callable[[Workspace], Iterable[Problem]]

# Word beginnings that speak of a prediction (forudsige/forudsagt, forvente, hypotese, ...).
MENTIONS = ("forudsig", "forudsag", "forvent", "hypote", "predict", "expect", "prognos")


def _problem(
    entry: Entry[Cycle],
    code: str,
    severity: Severity,
    path: tuple[str | int, ...],
    **detail: object,
) -> Problem:
    return Problem(
        code,
        severity,
        display_path(entry.file),
        entry.line(*path),
        path_text(path),
        {"cycle": entry.id, **detail},
    )


def _predictions(workspace: Workspace) -> Iterator[tuple[Entry[Cycle], int, tuple[str | int, ...]]]:
    for entry in workspace.cycles:
        for index in range(len(entry.model.plan.predictions)):
            yield entry, index, ("plan", "predictions", index)


def check_measures(workspace: Workspace) -> Iterator[Problem]:
    for entry, index, path in _predictions(workspace):
        measure = entry.model.plan.predictions[index].measure
        # An unknown measure is the loader's `unknown-measure`; one report is enough.
        if measure in workspace.measures and measure not in entry.model.measures:
            yield _problem(
                entry,
                "prediction-measure-not-linked",
                Severity.WARNING,
                (*path, "measure"),
                measure=measure,
            )


def check_ranges(workspace: Workspace) -> Iterator[Problem]:
    for entry, index, path in _predictions(workspace):
        prediction = entry.model.plan.predictions[index]
        measure = workspace.measures.get(prediction.measure)
        if measure is not None and out_of_range(prediction, measure.model.data_type):
            field = "value" if prediction.value is not None else "low"
            yield _problem(
                entry,
                "prediction-out-of-range",
                Severity.ERROR,
                (*path, field),
                measure=prediction.measure,
                data_type=Phrase(f"term.data_type.{measure.model.data_type.value}"),
            )


def check_windows(workspace: Workspace) -> Iterator[Problem]:
    for entry, index, path in _predictions(workspace):
        cycle = entry.model
        prediction = cycle.plan.predictions[index]
        if cycle.do is None or prediction.window.kind is not WindowKind.DO_PERIOD:
            continue
        if cycle.do.end is None and cycle.study is not None:
            yield _problem(
                entry,
                "prediction-window",
                Severity.WARNING,
                (*path, "window"),
                date=cycle.study.date.isoformat(),
            )


def check_data(workspace: Workspace, today: dt.date | None = None) -> Iterator[Problem]:
    day = today or dt.date.today()
    for entry, index, path in _predictions(workspace):
        cycle = entry.model
        prediction = cycle.plan.predictions[index]
        measure = workspace.measures.get(prediction.measure)
        if cycle.study is None or measure is None:
            continue
        judgement = judge_prediction(prediction, cycle, measure.model, day)
        if judgement.reason in (NoDataReason.NO_POINTS, NoDataReason.TOO_FEW_POINTS):
            yield _problem(
                entry,
                "prediction-no-data",
                Severity.WARNING,
                (*path, "window"),
                measure=prediction.measure,
                n=judgement.n,
                wanted=prediction.window.points or 1,
            )


def has_prediction(cycle: Cycle) -> bool:
    return bool(cycle.plan.predictions) or any(q.prediction for q in cycle.plan.questions)


def check_cycles_predict(workspace: Workspace) -> Iterator[Problem]:
    for entry in workspace.cycles:
        if entry.model.do is not None and not has_prediction(entry.model):
            yield _problem(entry, "cycle-without-prediction", Severity.WARNING, ("plan",))


def mentions_predictions(cycle: Cycle, workspace: Workspace) -> bool:
    """The Study speaks of its predictions (the heuristic in the module docstring)."""
    study = cycle.study
    if study is None or (study.compared_with_predictions or "").strip():
        return True
    text = study.results.casefold()
    if any(word.startswith(MENTIONS) for word in re.findall(r"\w+", text)):
        return True
    names = []
    for prediction in cycle.plan.predictions:
        names.append(prediction.measure)
        measure = workspace.measures.get(prediction.measure)
        if measure is not None:
            names.append(measure.model.name)
    return any(re.search(rf"\b{re.escape(name.casefold())}\b", text) for name in names)


def check_studies(workspace: Workspace) -> Iterator[Problem]:
    for entry in workspace.cycles:
        cycle = entry.model
        if has_prediction(cycle) and not mentions_predictions(cycle, workspace):
            yield _problem(entry, "study-ignores-predictions", Severity.WARNING, ("study",))


CHECKS: tuple[Check, ...] = (
    check_measures,
    check_ranges,
    check_windows,
    check_data,
    check_cycles_predict,
    check_studies,
)


def check_predictions(workspace: Workspace) -> list[Problem]:
    """Every prediction problem in the workspace."""
    return [problem for check in CHECKS for problem in check(workspace)]
