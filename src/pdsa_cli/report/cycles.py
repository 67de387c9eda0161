"""Cycles in a period: which started, which were completed with what decision, which run on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from pdsa_cli.models import Cycle, CycleStatus, Decision
from pdsa_cli.report.model import CycleCounts, CycleRow, DecisionCounts, Period, shown_path
from pdsa_cli.workspace.index import Entry


def status_at(cycle: Cycle, day: dt.date) -> CycleStatus:
    """The status the cycle had on `day`, from the dates of its phases."""
    if cycle.act is not None and cycle.act.date <= day:
        return CycleStatus.DONE
    if cycle.study is not None and cycle.study.date <= day:
        return CycleStatus.STUDYING
    if cycle.do is not None and cycle.do.start <= day:
        return CycleStatus.DOING
    return CycleStatus.PLANNED


def _learning(cycle: Cycle, end: dt.date) -> str | None:
    """The whole learning (design.md section 9: what people wrote reaches every report whole;
    only a terminal view may shorten it, with :func:`one_line`)."""
    study = cycle.study
    if study is None or study.date > end:
        return None
    text = study.learning or study.results
    return " ".join(text.split()) if text else None


def cycle_row(entry: Entry[Cycle], period: Period) -> CycleRow | None:
    """The cycle's row for the period, or None when nothing about it falls in the period."""
    cycle = entry.model
    status = status_at(cycle, period.end)
    started = cycle.do.start if cycle.do is not None else None
    started_in = period.contains(started)
    act = cycle.act
    completed_in = act is not None and period.contains(act.date)
    in_progress = status in (CycleStatus.DOING, CycleStatus.STUDYING)
    planned_now = status is CycleStatus.PLANNED and (
        cycle.plan.date is None or period.contains(cycle.plan.date)
    )
    if started is not None and started > period.end:
        planned_now = False
    if not (started_in or completed_in or in_progress or planned_now):
        return None
    return CycleRow(
        id=entry.id,
        number=cycle.number,
        title=cycle.title,
        file=shown_path(entry.file),
        status=status.value,
        started=started,
        started_in_period=started_in,
        completed_in_period=completed_in,
        in_progress=in_progress,
        decision=act.decision.value if act is not None and completed_in else None,
        act_date=act.date if act is not None and act.date <= period.end else None,
        learning=_learning(cycle, period.end),
        ref=f"{entry.initiative}#{cycle.number}" if entry.initiative else shown_path(entry.file),
    )


def cycle_rows(ramp: Iterable[Entry[Cycle]], period: Period) -> tuple[CycleRow, ...]:
    rows = (cycle_row(entry, period) for entry in ramp)
    return tuple(row for row in rows if row is not None)


def count_cycles(rows: Sequence[CycleRow]) -> CycleCounts:
    return CycleCounts(
        started=sum(r.started_in_period for r in rows),
        completed=sum(r.completed_in_period for r in rows),
        in_progress=sum(r.in_progress for r in rows),
    )


def count_decisions(rows: Sequence[CycleRow]) -> DecisionCounts:
    decisions = [r.decision for r in rows if r.decision is not None]
    return DecisionCounts(
        adopt=decisions.count(Decision.ADOPT.value),
        adapt=decisions.count(Decision.ADAPT.value),
        abandon=decisions.count(Decision.ABANDON.value),
    )
