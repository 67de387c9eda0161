"""Per measure: the latest value, the centre line, the claim about its series (its signal
occurrences, or too few points, or common cause only) and, for each occurrence, the adopted
change it followed (its first point's date against the day each change began to be tested)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np

from pdsa_cli.analysis.claims import SeriesClaim, series_claim
from pdsa_cli.analysis.result import Analysis, Occurrence
from pdsa_cli.models import DataType, Decision, Measure, Measurement
from pdsa_cli.report.model import AdoptionRef, MeasureRow, Signal
from pdsa_cli.workspace.checks import duplicate_periods
from pdsa_cli.workspace.index import Entry, Workspace

DOCUMENTATION_THEME = "documentation-time"
RECENT_POINTS = 26


def is_documentation(measure: Measure) -> bool:
    """A documentation-time measure, marked so in its file (`theme: documentation-time`): only
    those are shown side by side, never a measure that merely counts minutes."""
    return measure.theme == DOCUMENTATION_THEME


def point_value(point: Measurement) -> float | None:
    if point.value is not None:
        return point.value
    if point.numerator is not None and point.denominator:
        return point.numerator / point.denominator
    return None


def recent_values(measure: Measure) -> tuple[float, ...]:
    kept = sorted((p for p in measure.measurements if not p.exclude), key=lambda p: p.date)
    values = [point_value(p) for p in kept[-RECENT_POINTS:]]
    return tuple(v for v in values if v is not None)


def latest_point(measure: Measure) -> tuple[dt.date | None, float | None]:
    """The date of the latest measurement and its value (excluded points are skipped)."""
    kept = [p for p in measure.measurements if not p.exclude and point_value(p) is not None]
    if not kept:
        return None, None
    last = max(kept, key=lambda p: p.date)
    return last.date, point_value(last)


def adoptions_for(workspace: Workspace, measure: Entry[Measure]) -> tuple[AdoptionRef, ...]:
    """The adopted cycles that test `measure` (:meth:`Workspace.tests`, the rule charts use
    too), by Act date, each with the day its change began to be tested."""
    found = []
    for entry in workspace.cycles_linked_to(measure.id):
        act = entry.model.act
        if act is None or act.decision is not Decision.ADOPT:
            continue
        found.append(
            AdoptionRef(
                entry.initiative or "",
                entry.model.number,
                entry.model.title,
                act.date,
                workspace.tested_from(entry),
            )
        )
    return tuple(sorted(found, key=lambda a: a.act_date))


def _day(value: object) -> dt.date | None:
    return value if isinstance(value, dt.date) else None


def _adopted_before(adoptions: Sequence[AdoptionRef], day: dt.date | None) -> AdoptionRef | None:
    if day is None:
        return None
    earlier = [a for a in adoptions if a.counts_from <= day]
    return earlier[-1] if earlier else None


def signal_of(
    analysis: Analysis, occurrence: Occurrence, adoptions: Sequence[AdoptionRef]
) -> Signal:
    """One occurrence as the report shows it: its own points, length, side and class, its
    dates, and the adopted change it followed."""
    first = _day(occurrence.first_x)
    return Signal(
        rule=occurrence.rule,
        rule_set=analysis.rules,
        phase=occurrence.phase,
        points=occurrence.points,
        first_date=first,
        last_date=_day(occurrence.last_x),
        side=occurrence.side,
        going=occurrence.direction,
        variation=occurrence.signal_class,
        after_adoption=_adopted_before(adoptions, first),
        length=occurrence.length,
        hint=occurrence.hint,
        occurrence=occurrence,
    )


def signals_of(
    claim: SeriesClaim, analysis: Analysis, adoptions: Sequence[AdoptionRef]
) -> tuple[Signal, ...]:
    """The occurrences the claim may speak of, then the hints for people to confirm."""
    found = (*claim.occurrences, *claim.hints)
    return tuple(signal_of(analysis, o, adoptions) for o in found)


def _latest_centre_line(analysis: Analysis) -> float | None:
    finite = analysis.cl[~np.isnan(analysis.cl)]
    return float(finite[-1]) if finite.size else None


def _baseline_level(analysis: Analysis) -> float | None:
    first_phase = analysis.cl[analysis.phase == 1]
    finite = first_phase[~np.isnan(first_phase)]
    return float(finite[0]) if finite.size else None


def measure_row(
    workspace: Workspace, entry: Entry[Measure], analysis: Analysis | None
) -> MeasureRow:
    measure = entry.model
    last_date, latest = latest_point(measure)
    adoptions = adoptions_for(workspace, entry)
    claim = series_claim(analysis) if analysis is not None else None
    return MeasureRow(
        id=entry.id,
        name=measure.name,
        family=measure.family.value,
        unit=measure.unit,
        data_type=measure.data_type.value,
        direction=measure.direction.value,
        frequency=measure.frequency.value,
        chart=measure.chart.value,
        target=measure.target,
        percent=measure.data_type is DataType.PROPORTION,
        n_points=len(measure.measurements),
        last_date=last_date,
        latest=latest,
        centre_line=_latest_centre_line(analysis) if analysis is not None else None,
        baseline_level=_baseline_level(analysis) if analysis is not None else None,
        signals=signals_of(claim, analysis, adoptions) if claim and analysis else (),
        recent=recent_values(measure),
        analysed=analysis is not None,
        is_documentation=is_documentation(measure),
        n_useful=claim.n_useful if claim is not None else None,
        claim=claim,
        says=analysis.verdict.says if analysis is not None else "variation",
        duplicates=tuple(problem.location() for problem in duplicate_periods(entry)),
    )
