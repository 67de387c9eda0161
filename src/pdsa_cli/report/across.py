"""Spread across municipalities: which change went from where to where (`adapted_from:`), how
far each adopter has come, whether each municipality has described a change others took up
(the programme's goal for the third seminar), and the measures that share one operational
definition across municipalities, to be shown side by side on one scale.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from pdsa_cli.models import Decision, Initiative
from pdsa_cli.report.model import (
    Adoption,
    AimRow,
    Evidence,
    MeasureRow,
    SharedMeasure,
    SharedPanel,
    SpreadAcross,
    SpreadGoal,
)
from pdsa_cli.report.spread import evidence_for
from pdsa_cli.workspace.index import Entry, Workspace


def _name(workspace: Workspace, municipality: str) -> str:
    entry = workspace.municipalities.get(municipality)
    return entry.model.name if entry else municipality


def adopter_evidence(
    initiative: Entry[Initiative], rows: Iterable[MeasureRow]
) -> tuple[Evidence, ...]:
    """Per measure of the adopting initiative: its evidence from the day it started (the same
    rule as for any change, :func:`pdsa_cli.report.spread.evidence_for`)."""
    return tuple(evidence_for(initiative.model.started, row) for row in rows)


def adoptions(
    workspace: Workspace,
    initiatives: Iterable[str],
    rows: Mapping[str, MeasureRow],
    aims: Mapping[str, AimRow] | None = None,
) -> tuple[Adoption, ...]:
    """Every chosen initiative that names a source, with its progress."""
    found = []
    for ident in initiatives:
        entry = workspace.initiatives[ident]
        source = entry.model.adapted_from
        if source is None:
            continue
        origin = workspace.initiatives.get(source.initiative)
        source_municipality = (origin.municipality if origin else None) or source.municipality
        source_municipality = source_municipality or ""
        cycles = [c.model for c in workspace.cycles_of(ident)]
        decided = sorted((c for c in cycles if c.act), key=lambda c: c.act.date if c.act else 0)
        latest = decided[-1].act if decided else None
        measures = [rows[m.id] for m in workspace.measures_of(ident) if m.id in rows]
        found.append(
            Adoption(
                source_municipality=source_municipality,
                source_municipality_name=_name(workspace, source_municipality)
                if source_municipality
                else "",
                source_initiative=source.initiative,
                source_initiative_name=origin.model.name if origin else source.initiative,
                source_cycle=source.cycle,
                package=source.package,
                in_programme=origin is not None,
                municipality=entry.municipality or "",
                municipality_name=_name(workspace, entry.municipality or ""),
                initiative=ident,
                initiative_name=entry.model.name,
                status=entry.model.status.value,
                started=entry.model.started,
                cycles=len(cycles),
                completed=sum(1 for c in cycles if c.act is not None),
                latest_decision=latest.decision.value if latest else None,
                latest_decision_date=latest.date if latest else None,
                evidence=adopter_evidence(entry, measures),
                aim=(aims or {}).get(ident),
            )
        )
    found.sort(key=lambda a: (a.source_municipality_name, a.municipality_name, a.initiative))
    return tuple(found)


def spread_goals(
    workspace: Workspace, municipalities: Iterable[str], taken: Iterable[Adoption]
) -> tuple[SpreadGoal, ...]:
    """For each municipality: who took up one of its changes, and how many it has adopted."""
    by_source: dict[str, set[str]] = {}
    for adoption in taken:
        if adoption.in_programme:
            by_source.setdefault(adoption.source_municipality, set()).add(
                adoption.municipality_name
            )
    goals = []
    for municipality in municipalities:
        adopted = sum(
            1
            for entry in workspace.initiatives_of(municipality)
            for cycle in workspace.cycles_of(entry.id)
            if cycle.model.act is not None and cycle.model.act.decision is Decision.ADOPT
        )
        adopters = tuple(sorted(by_source.get(municipality, ())))
        goals.append(
            SpreadGoal(
                municipality=municipality,
                name=_name(workspace, municipality),
                adopters=adopters,
                adopted_changes=adopted,
                met=bool(adopters),
            )
        )
    return tuple(goals)


def _definition_key(row: MeasureRow, definition: str) -> tuple[str, str, str, str]:
    words = re.sub(r"\s+", " ", definition).strip().casefold()
    return (words, row.unit.strip().casefold(), row.frequency, row.data_type)


def shared_measures(
    workspace: Workspace, rows: Mapping[str, MeasureRow]
) -> tuple[SharedMeasure, ...]:
    """Measures whose operational definition (and unit, frequency, data type) is the same in
    two or more municipalities; documentation time first. The scale spans every panel's
    recent values and targets, so the panels can be compared by eye."""
    groups: dict[tuple[str, str, str, str], list[SharedPanel]] = {}
    for measure_id, row in rows.items():
        entry = workspace.measures.get(measure_id)
        if entry is None or not row.recent:
            continue
        panel = SharedPanel(
            entry.municipality or "", _name(workspace, entry.municipality or ""),
            entry.initiative or "", row,
        )  # fmt: skip
        groups.setdefault(_definition_key(row, entry.model.definition), []).append(panel)
    shared = []
    for panels in groups.values():
        if len({p.municipality for p in panels}) < 2:
            continue
        panels.sort(key=lambda p: (p.municipality_name.casefold(), p.measure.id))
        values = [v for p in panels for v in p.measure.recent]
        values += [
            (p.measure.target if not p.measure.percent or p.measure.target <= 1
             else p.measure.target / 100)
            for p in panels if p.measure.target is not None
        ]  # fmt: skip
        first = panels[0].measure
        low, high = min(values), max(values)
        if first.percent:
            low, high = 0.0, max(1.0, high)
        shared.append(
            SharedMeasure(
                name=first.name,
                unit=first.unit,
                frequency=first.frequency,
                documentation=any(p.measure.is_documentation for p in panels),
                percent=first.percent,
                low=low,
                high=high if high > low else low + 1,
                panels=tuple(panels),
            )
        )
    shared.sort(key=lambda s: (not s.documentation, s.name.casefold()))
    return tuple(shared)


def spread_across(
    workspace: Workspace,
    municipalities: Iterable[str],
    initiatives: Iterable[str],
    rows: Mapping[str, MeasureRow],
    aims: Mapping[str, AimRow] | None = None,
) -> SpreadAcross:
    chosen = list(municipalities)
    taken = adoptions(workspace, initiatives, rows, aims)
    # The goal counts adoptions anywhere in the workspace, not only in the chosen municipalities.
    everyone = adoptions(workspace, list(workspace.initiatives), {})
    return SpreadAcross(
        adoptions=taken,
        goals=spread_goals(workspace, chosen, everyone),
        shared=shared_measures(workspace, rows),
    )
