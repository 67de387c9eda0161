"""Ready to spread: adopted changes across municipalities, each with its evidence.

The evidence for an adopted cycle is, per measure it tests (:meth:`Workspace.tests`, the rule the
charts use), what :func:`pdsa_cli.analysis.claims.change_evidence` finds from the day its change
began to be tested, the Do start of the ramp's first cycle: an improvement occurrence that
begins then or later, else a concern, else a change with no direction, else a signal that began
before the test, else too few points or common cause only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

from pdsa_cli.analysis.claims import change_evidence
from pdsa_cli.models import Cycle, Decision
from pdsa_cli.report.model import Evidence, MeasureRow, Period, SpreadItem
from pdsa_cli.workspace.index import Entry, Workspace


def evidence_for(since: dt.date | None, row: MeasureRow) -> Evidence:
    """The evidence in `row` for a change tested from `since` (the one rule:
    :func:`pdsa_cli.analysis.claims.change_evidence`)."""
    if row.claim is None:
        return Evidence(row.id, row.name, "not_analysed")
    found = change_evidence(row.claim, since)
    signal = None
    if found.occurrence is not None:
        signal = next((s for s in row.signals if s.occurrence == found.occurrence), None)
    return Evidence(
        row.id, row.name, found.status, signal, found.n_useful, found.suggest_phase, found
    )


def spread_item(
    workspace: Workspace, entry: Entry[Cycle], rows: Mapping[str, MeasureRow], period: Period
) -> SpreadItem:
    cycle = entry.model
    act = cycle.act
    assert act is not None
    initiative = workspace.initiatives[entry.initiative or ""]
    municipality = workspace.municipalities.get(entry.municipality or "")
    tested = sorted(m for m in rows if workspace.tests(entry, m))
    since = workspace.tested_from(entry) or act.date
    return SpreadItem(
        municipality=initiative.municipality or "",
        municipality_name=municipality.model.name
        if municipality
        else initiative.municipality or "",
        initiative=initiative.id,
        initiative_name=initiative.model.name,
        cycle=cycle.number,
        title=cycle.title,
        change_idea=cycle.change_idea,
        act_date=act.date,
        next_step=cycle.act.next_step if cycle.act else None,
        adopted_in_period=period.contains(act.date),
        tested_from=since,
        evidence=tuple(evidence_for(since, rows[m]) for m in tested),
    )


def ready_to_spread(
    workspace: Workspace,
    initiatives: Iterable[str],
    rows: Mapping[str, MeasureRow],
    period: Period,
) -> tuple[SpreadItem, ...]:
    """Every change adopted by the period's end: the newly adopted and supported ones first."""
    items = []
    for initiative in initiatives:
        for entry in workspace.cycles_of(initiative):
            act = entry.model.act
            if act is not None and act.decision is Decision.ADOPT and act.date <= period.end:
                items.append(spread_item(workspace, entry, rows, period))
    items.sort(key=lambda i: (not i.adopted_in_period, not i.supported, -i.act_date.toordinal()))
    return tuple(items)
