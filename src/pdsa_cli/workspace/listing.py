"""Select initiatives and cycles for `pdsa list` (pure: the CLI draws the tables)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pdsa_cli.models import Cycle, CycleStatus, Decision, Initiative, InitiativeStatus
from pdsa_cli.workspace.index import Entry, Workspace


@dataclass(frozen=True)
class Selection:
    initiatives: list[Entry[Initiative]]
    cycles: list[Entry[Cycle]]


def select(
    ws: Workspace,
    municipality: str | None = None,
    status: InitiativeStatus | CycleStatus | None = None,
    decision: Decision | None = None,
) -> Selection:
    """Initiatives and cycles matching every filter given. A cycle filter (cycle status,
    decision) keeps the initiatives that own a matching cycle; an initiative status keeps the
    cycles of matching initiatives."""
    initiatives = sorted(ws.initiatives.values(), key=_place)
    cycles = sorted(ws.cycles, key=lambda c: (*_place(c), c.model.number))
    if municipality is not None:
        initiatives = [i for i in initiatives if i.municipality == municipality]
        cycles = [c for c in cycles if c.municipality == municipality]
    if isinstance(status, InitiativeStatus):
        initiatives = [i for i in initiatives if i.model.status is status]
        cycles = _owned_by(cycles, initiatives)
    elif isinstance(status, CycleStatus):
        cycles = [c for c in cycles if c.model.status is status]
        initiatives = _owning(initiatives, cycles)
    if decision is not None:
        cycles = [c for c in cycles if c.model.act is not None and c.model.act.decision is decision]
        initiatives = _owning(initiatives, cycles)
    return Selection(initiatives, cycles)


def parse_status(value: str) -> InitiativeStatus | CycleStatus | None:
    """An initiative status or a cycle status by any word shown for it (Danish or English),
    or None when it is neither."""
    from pdsa_cli.i18n.glossary import parse

    initiative = parse("initiative_status", value)
    if initiative is not None:
        return InitiativeStatus(initiative)
    cycle = parse("cycle_status", value)
    return CycleStatus(cycle) if cycle is not None else None


def _place(entry: Entry[Any]) -> tuple[str, str]:
    return (entry.municipality or "", entry.initiative or entry.id)


def _owned_by(cycles: list[Entry[Cycle]], owners: list[Entry[Initiative]]) -> list[Entry[Cycle]]:
    ids = {i.id for i in owners}
    return [c for c in cycles if c.initiative in ids]


def _owning(
    initiatives: list[Entry[Initiative]], cycles: list[Entry[Cycle]]
) -> list[Entry[Initiative]]:
    ids = {c.initiative for c in cycles}
    return [i for i in initiatives if i.id in ids]
