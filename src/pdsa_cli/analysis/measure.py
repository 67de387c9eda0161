"""A workspace measure as a series, and its analysis with the measure's own settings.

The measure file gives the chart type, direction, target, baseline (`points`, or `until` a
date) and the excluded measurements; options given explicitly win over the file. With
`phase_at_adopt`, a new phase starts at each Act date where a cycle linked to the measure
adopted its change (the first measurement on or after that date).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import numpy as np

from pdsa_cli.analysis.engine import AnalysisOptions, analyse
from pdsa_cli.analysis.result import Analysis
from pdsa_cli.analysis.series import Series
from pdsa_cli.errors import PdsaError
from pdsa_cli.models import Decision, Measure
from pdsa_cli.workspace.checks import duplicate_periods
from pdsa_cli.workspace.index import Entry, Workspace
from pdsa_cli.workspace.names import closest


def _entry(workspace: Workspace, measure_id: str) -> Entry[Measure]:
    entry = workspace.measures.get(measure_id)
    if entry is None:
        known = ", ".join(sorted(workspace.measures)) or "-"
        close = closest(measure_id, workspace.measures)
        if close is not None:
            raise PdsaError(
                "analysis.unknown_measure_close", measure=measure_id, known=known, close=close
            )
        raise PdsaError("analysis.unknown_measure", measure=measure_id, known=known)
    return entry


def adoption_dates(workspace: Workspace, measure_id: str) -> list[tuple[dt.date, str]]:
    """(Act date, label) of every adopted cycle linked to the measure, in date order."""
    adopted = [
        (cycle.model.act.date, f"{cycle.initiative or ''} #{cycle.model.number}".strip())
        for cycle in workspace.cycles_linked_to(measure_id)
        if cycle.model.act is not None and cycle.model.act.decision is Decision.ADOPT
    ]
    return sorted(adopted)


def series_from_measure(
    workspace: Workspace, measure_id: str, phase_at_adopt: bool = False
) -> Series:
    """The measurements of one measure as a series, one value per period: a measure with two
    values for one period is refused at the second one's line, never averaged (a CSV given to
    `pdsa analyze` keeps its subgroups, design.md section 5)."""
    entry = _entry(workspace, measure_id)
    duplicates = tuple(duplicate_periods(entry))
    if duplicates:
        raise PdsaError("analysis.duplicate_period", problems=duplicates, measure=measure_id)
    rows = entry.model.measurements
    dates = np.array([m.date for m in rows], dtype="datetime64[D]")
    ratio = any(m.numerator is not None for m in rows)
    y = np.array([(m.numerator if ratio else m.value) for m in rows], dtype=np.float64)
    n = np.array([m.denominator for m in rows], dtype=np.float64) if ratio else None
    series = Series.from_rows(
        x=dates,
        y=y,
        n=n,
        part=_adoption_labels(workspace, measure_id, dates) if phase_at_adopt else None,
        notes=np.array([m.note for m in rows], dtype=object),
        source=measure_id,
    )
    excluded_dates = np.array([m.date for m in rows if m.exclude], dtype="datetime64[D]")
    return replace(series, exclude=np.isin(series.x, excluded_dates))


def _adoption_labels(
    workspace: Workspace, measure_id: str, dates: np.typing.NDArray[np.datetime64]
) -> np.typing.NDArray[np.object_]:
    """Per measurement, the label of the latest adoption on or before its date."""
    adoptions = adoption_dates(workspace, measure_id)
    labels = np.full(dates.shape[0], None, dtype=object)
    for when, label in adoptions:
        labels[dates >= np.datetime64(when, "D")] = label
    return labels


def measure_options(
    workspace: Workspace, measure_id: str, options: AnalysisOptions | None = None
) -> AnalysisOptions:
    """The measure's own settings, overridden by whatever `options` gives explicitly."""
    measure = _entry(workspace, measure_id).model
    given = options or AnalysisOptions()
    programme = workspace.programme
    return replace(
        given,
        chart=given.chart or measure.chart.value,
        direction=given.direction or measure.direction.value,
        target=given.target if given.target is not None else measure.target,
        rules=given.rules or (programme.model.rules.value if programme else None),
        freeze=given.freeze if given.freeze is not None else _freeze(measure),
    )


def _freeze(measure: Measure) -> int | None:
    baseline = measure.baseline
    if baseline is None:
        return None
    if baseline.points is not None:
        return baseline.points
    dates = sorted({m.date for m in measure.measurements})
    return sum(1 for d in dates if baseline.until is not None and d <= baseline.until) or None


def analyse_measure(
    workspace: Workspace,
    measure_id: str,
    options: AnalysisOptions | None = None,
    phase_at_adopt: bool = False,
) -> Analysis:
    """`pdsa analyze MEASURE`: the measure's series analysed with its own settings."""
    series = series_from_measure(workspace, measure_id, phase_at_adopt)
    return analyse(series, measure_options(workspace, measure_id, options))
