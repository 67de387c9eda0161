"""Data problems worth fixing before a seminar.

- A measure is *stale* when its initiative is active and it has had no measurement for
  `STALE_PERIODS` or more whole periods of its frequency before the period's end (or none at
  all). Adopted, abandoned and spread initiatives may stop measuring, so they are left out, and
  after the programme's end date no measure is stale, nor before its initiative started.
- A cycle is *stuck in Do* when, at the period's end, it was carried out but has no Study, and
  more than `STUCK_DAYS` days have passed since its Do ended (or began, when no end is given).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from pdsa_cli.models import Cycle, Frequency, InitiativeStatus, Measure
from pdsa_cli.report.cycles import status_at
from pdsa_cli.report.measures import latest_point
from pdsa_cli.report.model import StaleMeasure, StuckCycle, shown_path
from pdsa_cli.workspace.index import Entry, Workspace

STALE_PERIODS = 3
STUCK_DAYS = 28


def missing_periods(frequency: Frequency, last: dt.date, end: dt.date) -> int:
    """Whole periods after the one `last` falls in and before the one `end` falls in."""
    if frequency is Frequency.MONTH:
        months = (end.year * 12 + end.month) - (last.year * 12 + last.month)
        return max(0, months - 1)
    days = 7 if frequency is Frequency.WEEK else 1
    return max(0, (end - last).days // days - 1)


def stale_measure(entry: Entry[Measure], end: dt.date) -> StaleMeasure | None:
    measure = entry.model
    last, _ = latest_point(measure)
    missing = None if last is None else missing_periods(measure.frequency, last, end)
    if missing is not None and missing < STALE_PERIODS:
        return None
    return StaleMeasure(
        measure=entry.id,
        name=measure.name,
        municipality=entry.municipality or "",
        initiative=entry.initiative or "",
        file=shown_path(entry.file),
        frequency=measure.frequency.value,
        last_date=last,
        periods_without_data=missing,
    )


def stale_measures(
    workspace: Workspace,
    initiatives: Iterable[str],
    end: dt.date,
    programme_end: dt.date | None = None,
) -> tuple[StaleMeasure, ...]:
    """Stale measures judged at `end` (the period's end), none after the programme's end: a
    measure is not missing data the programme no longer asks for."""
    if programme_end is not None and end > programme_end:
        return ()
    found = []
    for initiative in initiatives:
        owner = workspace.initiatives.get(initiative)
        if owner is None or owner.model.status is not InitiativeStatus.ACTIVE:
            continue
        started = owner.model.started
        if started is not None and started > end:
            continue  # not begun by the period's end: nothing could be missing yet
        for entry in sorted(workspace.measures_of(initiative), key=lambda m: m.id):
            stale = stale_measure(entry, end)
            if stale is not None:
                found.append(stale)
    return tuple(found)


def stuck_cycle(entry: Entry[Cycle], end: dt.date) -> StuckCycle | None:
    cycle = entry.model
    if cycle.do is None or status_at(cycle, end).value != "doing":
        return None
    waited_from = cycle.do.end or cycle.do.start
    if (end - waited_from).days <= STUCK_DAYS:
        return None
    return StuckCycle(
        cycle=entry.id,
        number=cycle.number,
        title=cycle.title,
        municipality=entry.municipality or "",
        initiative=entry.initiative or "",
        file=shown_path(entry.file),
        do_since=cycle.do.start,
        days=(end - cycle.do.start).days,
    )


def stuck_cycles(
    workspace: Workspace, initiatives: Iterable[str], end: dt.date
) -> tuple[StuckCycle, ...]:
    found = []
    for initiative in initiatives:
        for entry in workspace.cycles_of(initiative):
            stuck = stuck_cycle(entry, end)
            if stuck is not None:
                found.append(stuck)
    return tuple(found)
