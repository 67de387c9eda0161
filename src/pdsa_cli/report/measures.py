"""Per measure: the latest value, the centre line, the signals in the analysis, and whether each
began after an adopted change (the first flagged point's date compared with the Act dates of the
adopted cycles that test the measure)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

import numpy as np

from pdsa_cli.analysis.result import Analysis, PhaseSummary, RuleHit
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


def _date_at(analysis: Analysis, position: int) -> dt.date | None:
    if analysis.x_kind != "date" or not 1 <= position <= len(analysis):
        return None
    value = analysis.x[position - 1]
    if np.isnat(value):
        return None
    day: dt.date = value.astype("datetime64[D]").item()
    return day


def _finite(value: float) -> float | None:
    number = float(value)
    return None if math.isnan(number) else number


def _side(analysis: Analysis, points: Sequence[int]) -> str | None:
    index = np.asarray(points, dtype=np.int64) - 1
    diff = analysis.y[index] - analysis.cl[index]
    diff = diff[~np.isnan(diff)]
    if diff.size == 0 or not np.any(diff):
        return None
    return "above" if float(np.sum(np.sign(diff))) > 0 else "below"


def _going(analysis: Analysis, points: Sequence[int]) -> str | None:
    first = _finite(analysis.y[points[0] - 1])
    last = _finite(analysis.y[points[-1] - 1])
    if first is None or last is None or first == last:
        return None
    return "up" if last > first else "down"


def _variation(
    analysis: Analysis, points: Sequence[int], side: str | None, going: str | None
) -> str:
    """Improvement/concern from the analysis' own classes, else from the measure's direction."""
    if points:
        classes = {str(analysis.variation[p - 1]) for p in points}
        for kind in ("improvement", "concern"):
            if kind in classes:
                return kind
    moved = {"above": "up", "below": "down"}.get(side or "", going)
    if moved is None or analysis.direction not in ("up", "down"):
        return "neutral"
    return "improvement" if moved == analysis.direction else "concern"


def _adopted_before(adoptions: Sequence[AdoptionRef], day: dt.date | None) -> AdoptionRef | None:
    if day is None:
        return None
    earlier = [a for a in adoptions if a.counts_from <= day]
    return earlier[-1] if earlier else None


def signal_of(
    analysis: Analysis, phase: PhaseSummary, hit: RuleHit, adoptions: Sequence[AdoptionRef]
) -> Signal:
    points = tuple(hit.points)
    span = points or (phase.first, phase.last)
    ordered = tuple(sorted(points))
    side = _side(analysis, ordered) if ordered and hit.id != "trend" else None
    going = _going(analysis, ordered) if ordered and hit.id == "trend" else None
    first = _date_at(analysis, min(span))
    return Signal(
        rule=hit.id,
        rule_set=analysis.rules,
        phase=phase.phase,
        points=ordered,
        first_date=first,
        last_date=_date_at(analysis, max(span)),
        side=side,
        going=going,
        variation=_variation(analysis, ordered, side, going),
        after_adoption=_adopted_before(adoptions, first),
    )


def signals_of(analysis: Analysis, adoptions: Sequence[AdoptionRef]) -> tuple[Signal, ...]:
    return tuple(
        signal_of(analysis, phase, hit, adoptions)
        for phase in analysis.phases
        for hit in phase.rules
    )


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
        signals=signals_of(analysis, adoptions) if analysis is not None else (),
        recent=recent_values(measure),
        analysed=analysis is not None,
        is_documentation=is_documentation(measure),
        n_useful=analysis.verdict.n_useful if analysis is not None else None,
        says=analysis.verdict.says if analysis is not None else "variation",
        duplicates=tuple(problem.location() for problem in duplicate_periods(entry)),
    )
