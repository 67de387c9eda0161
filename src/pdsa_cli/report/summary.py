"""Build the seminar overview (:class:`Summary`) from a loaded workspace.

This is the pure core of `pdsa summary`: no printing, no files, no terminal. The period rules are
in :mod:`pdsa_cli.report.period`; the data-problem rules in :mod:`pdsa_cli.report.problems`; the
evidence rules in :mod:`pdsa_cli.report.spread`.

Measures are analysed as of the period's end (later measurements are left out), with the
measure's own chart type, baseline and exclusions and the programme's rule set, in one phase
(no split at adoption), so a shift after an adopted change shows against the earlier centre line.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence

from pdsa_cli.analysis import Analysis, analyse_measure
from pdsa_cli.errors import PdsaError, Problem, UsageError
from pdsa_cli.models import Cycle, Direction, Family, Initiative, Measure
from pdsa_cli.report.across import spread_across
from pdsa_cli.report.cycles import count_cycles, count_decisions, cycle_rows
from pdsa_cli.report.document import one_line
from pdsa_cli.report.drivers import evidence_by_initiative
from pdsa_cli.report.measures import measure_row
from pdsa_cli.report.model import (
    AimRow,
    CycleCounts,
    DataProblems,
    DecisionCounts,
    DocumentationRow,
    InitiativeSummary,
    MeasureRow,
    MunicipalitySummary,
    Period,
    Summary,
)
from pdsa_cli.report.period import resolve_period
from pdsa_cli.report.predictions import predictions_summary
from pdsa_cli.report.problems import stale_measures, stuck_cycles
from pdsa_cli.report.spread import ready_to_spread
from pdsa_cli.workspace.drivers import DriverDiagram, build_diagram
from pdsa_cli.workspace.index import Entry, Workspace

# How many of the latest measurements give an aim's current level (one run of a shift).
LEVEL_POINTS = 6

Analyser = Callable[[Workspace, str], Analysis]
FAMILY_ORDER = {Family.OUTCOME: 0, Family.PROCESS: 1, Family.BALANCING: 2}
METHOD_CHARS = 90
MIN_POINTS = 2  # fewer points make no chart and no signal


def default_analyser(workspace: Workspace, measure_id: str) -> Analysis:
    """The measure analysed with its own settings and the programme's rule set, one phase."""
    return analyse_measure(workspace, measure_id)


def build_summary(
    workspace: Workspace,
    since: dt.date | None = None,
    seminar: int | None = None,
    municipality: str | None = None,
    today: dt.date | None = None,
    *,
    problems: Sequence[Problem] = (),
    analyse: Analyser | None = None,
) -> Summary:
    """The overview of `workspace` for a period (default: the latest seminar period)."""
    programme = workspace.programme.model if workspace.programme else None
    today = today or dt.date.today()
    period = resolve_period(programme.seminars if programme else [], today, since, seminar)
    chosen = _municipality_ids(workspace, municipality)
    initiatives = [i.id for m in chosen for i in _initiatives_of(workspace, m)]
    data = as_of(workspace, period.end)
    analyses = analyse_measures(data, initiatives, analyse or default_analyser)
    rows = {
        m.id: measure_row(data, m, analyses.get(m.id))
        for i in initiatives
        for m in data.measures_of(i)
    }
    municipalities = tuple(_municipality(data, m, period, rows) for m in chosen)
    return Summary(
        programme=programme.name if programme else workspace.root.name,
        language=programme.language if programme else "en",
        rules=programme.rules.value if programme else "anhoej",
        illustrative=bool(programme and programme.illustrative_data),
        today=today,
        period=period,
        municipality_filter=municipality,
        municipalities=municipalities,
        counts=sum((m.counts for m in municipalities), CycleCounts()),
        decisions=sum((m.decisions for m in municipalities), DecisionCounts()),
        documentation=_documentation(municipalities),
        documentation_aim=programme.documentation_aim if programme else None,
        ready_to_spread=ready_to_spread(data, initiatives, rows, period),
        data_problems=DataProblems(
            stale=stale_measures(
                data, initiatives, period.end, programme.end if programme else None
            ),
            stuck=stuck_cycles(data, initiatives, period.end),
            problems=tuple(problems),
        ),
        predictions=predictions_summary(data, municipality, period.end),
        drivers=_drivers(data, municipality, municipalities),
        spread=spread_across(
            data,
            chosen,
            initiatives,
            rows,
            {i.id: i.aim for m in municipalities for i in m.initiatives},
        ),
        analyses=analyses,
    )


def _drivers(
    workspace: Workspace, municipality: str | None, shown: Sequence[MunicipalitySummary]
) -> DriverDiagram | None:
    """The driver diagram with the period's evidence (None when the programme has none)."""
    rows = {i.id: i.measures for m in shown for i in m.initiatives}
    diagram = build_diagram(workspace, municipality, evidence_by_initiative(rows))
    return None if diagram.empty else diagram


def build_driver_diagram(
    workspace: Workspace, municipality: str | None = None, analyse: Analyser | None = None
) -> DriverDiagram:
    """The programme's driver diagram (narrowed to `municipality`), each initiative with the
    evidence of all its data up to now (`pdsa drivers`)."""
    chosen = _municipality_ids(workspace, municipality, "drivers.unknown_municipality")
    initiatives = [i.id for m in chosen for i in _initiatives_of(workspace, m)]
    analyses = analyse_measures(workspace, initiatives, analyse or default_analyser)
    rows = {
        ident: [measure_row(workspace, m, analyses.get(m.id)) for m in workspace.measures_of(ident)]
        for ident in initiatives
    }
    return build_diagram(workspace, municipality, evidence_by_initiative(rows))


def _municipality_ids(
    workspace: Workspace, chosen: str | None, unknown: str = "summary.unknown_municipality"
) -> list[str]:
    known = set(workspace.municipalities) | {
        i.municipality for i in workspace.initiatives.values() if i.municipality
    }
    if chosen is not None and chosen not in known:
        raise UsageError(unknown, name=chosen, known=", ".join(sorted(known)) or "-")
    ids = [chosen] if chosen is not None else list(known)
    return sorted(ids, key=lambda m: _municipality_name(workspace, m).casefold())


def _municipality_name(workspace: Workspace, municipality: str) -> str:
    entry = workspace.municipalities.get(municipality)
    return entry.model.name if entry else municipality


def _initiatives_of(workspace: Workspace, municipality: str) -> list[Entry[Initiative]]:
    return sorted(workspace.initiatives_of(municipality), key=lambda i: i.id)


@dataclasses.dataclass
class IndexedWorkspace(Workspace):
    """A workspace whose per-initiative and per-measure look-ups are dictionary hits, not
    scans: a national summary asks for each initiative's cycles and measures, and for each
    measure's cycles, many times (read-only: it is built once, from files already loaded)."""

    _cycles: dict[str, list[Entry[Cycle]]] = dataclasses.field(default_factory=dict, init=False)
    _measures: dict[str, list[Entry[Measure]]] = dataclasses.field(default_factory=dict, init=False)
    _linked: dict[str, list[Entry[Cycle]]] = dataclasses.field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        for cycle in self.cycles:
            self._cycles.setdefault(cycle.initiative or "", []).append(cycle)
        for ramp in self._cycles.values():
            ramp.sort(key=lambda c: c.model.number)
        for measure in self.measures.values():
            self._measures.setdefault(measure.initiative or "", []).append(measure)
        for cycle in self.cycles:  # in file order, as `Workspace.cycles_linked_to` gives them
            candidates = cycle.model.measures or [
                m.id for m in self._measures.get(cycle.initiative or "", ())
            ]
            for tested in dict.fromkeys(candidates):
                if self.tests(cycle, tested):  # the one rule; the candidates only narrow it
                    self._linked.setdefault(tested, []).append(cycle)

    def cycles_of(self, initiative: str) -> list[Entry[Cycle]]:
        return list(self._cycles.get(initiative, ()))

    def measures_of(self, initiative: str) -> list[Entry[Measure]]:
        return list(self._measures.get(initiative, ()))

    def cycles_linked_to(self, measure: str) -> list[Entry[Cycle]]:
        return list(self._linked.get(measure, ()))


def indexed(workspace: Workspace) -> IndexedWorkspace:
    """`workspace` with its look-ups indexed (itself when it already is)."""
    if isinstance(workspace, IndexedWorkspace):
        return workspace
    return IndexedWorkspace(
        root=workspace.root,
        programme=workspace.programme,
        municipalities=workspace.municipalities,
        initiatives=workspace.initiatives,
        measures=workspace.measures,
        cycles=workspace.cycles,
        broken=workspace.broken,
    )


def as_of(workspace: Workspace, end: dt.date) -> Workspace:
    """The workspace with the measurements dated after `end` left out (the rest shared)."""
    measures: dict[str, Entry[Measure]] = {}
    for key, entry in workspace.measures.items():
        points = entry.model.measurements
        if any(p.date > end for p in points):
            kept = [p for p in points if p.date <= end]
            model = entry.model.model_copy(update={"measurements": kept})
            entry = dataclasses.replace(entry, model=model)
        measures[key] = entry
    return IndexedWorkspace(
        root=workspace.root,
        programme=workspace.programme,
        municipalities=workspace.municipalities,
        initiatives=workspace.initiatives,
        measures=measures,
        cycles=workspace.cycles,
        broken=workspace.broken,
    )


def analyse_measures(
    workspace: Workspace, initiatives: Iterable[str], analyse: Analyser
) -> dict[str, Analysis]:
    """The analysis of every measure with enough data; a measure that cannot be analysed is
    shown without one (its problems are `pdsa validate`'s and `pdsa analyze`'s to explain)."""
    found: dict[str, Analysis] = {}
    for initiative in initiatives:
        for entry in workspace.measures_of(initiative):
            kept = [p for p in entry.model.measurements if not p.exclude]
            if len(kept) < MIN_POINTS:
                continue
            try:
                found[entry.id] = analyse(workspace, entry.id)
            except (PdsaError, ValueError):
                continue
    return found


def _municipality(
    workspace: Workspace, municipality: str, period: Period, rows: Mapping[str, MeasureRow]
) -> MunicipalitySummary:
    initiatives = tuple(
        _initiative(workspace, entry, period, rows)
        for entry in _initiatives_of(workspace, municipality)
    )
    return MunicipalitySummary(
        id=municipality,
        name=_municipality_name(workspace, municipality),
        initiatives=initiatives,
        counts=sum((i.counts for i in initiatives), CycleCounts()),
        decisions=sum((i.decisions for i in initiatives), DecisionCounts()),
    )


def _initiative(
    workspace: Workspace,
    entry: Entry[Initiative],
    period: Period,
    rows: Mapping[str, MeasureRow],
) -> InitiativeSummary:
    initiative = entry.model
    cycles = cycle_rows(workspace.cycles_of(entry.id), period)
    measures = sorted(
        workspace.measures_of(entry.id), key=lambda m: (FAMILY_ORDER[m.model.family], m.id)
    )
    return InitiativeSummary(
        id=entry.id,
        name=initiative.name,
        track=int(initiative.track),
        method=one_line(initiative.method_description, METHOD_CHARS) or initiative.method.value,
        status=initiative.status.value,
        aim=aim_row(initiative, [rows[m.id] for m in measures]),
        cycles=cycles,
        counts=count_cycles(cycles),
        decisions=count_decisions(cycles),
        measures=tuple(rows[m.id] for m in measures),
    )


def aim_row(initiative: Initiative, measures: Sequence[MeasureRow]) -> AimRow:
    """The aim and how far its measure's current level is from the target.

    The level is the centre line at the latest point (the process as it runs now), else the
    latest value. For proportions both are shown in percent: a target of 1 or less is read as
    a fraction (0.7 = 70 %), a larger one as a percent already."""
    aim = initiative.aim
    by_id = {m.id: m for m in measures}
    row = by_id.get(aim.measure or "") or next(
        (m for m in measures if m.family == Family.OUTCOME.value), None
    )
    target = aim.target if aim.target is not None else (row.target if row else None)
    percent = bool(row and row.percent)
    if percent and target is not None and target <= 1:
        target = target * 100
    base = AimRow(
        aim.statement,
        row.id if row else None,
        row.name if row else None,
        target,
        aim.target_date,
        percent=percent,
    )
    if row is None:
        return base
    scale = 100.0 if percent else 1.0
    latest = None if row.latest is None else row.latest * scale
    recent = row.recent[-LEVEL_POINTS:]
    # The level is the median of the latest few points: one point is noise, and a centre line
    # over the whole series lags behind a change that is working.
    level = statistics.median(recent) * scale if recent else None
    base = dataclasses.replace(
        base, level=level, level_points=len(recent), latest=latest, latest_date=row.last_date
    )
    if level is None or target is None:
        return base
    return dataclasses.replace(base, gap=target - level, met=_met(row.direction, level, target))


def _met(direction: str, level: float, target: float) -> bool | None:
    if direction == Direction.UP.value:
        return level >= target
    if direction == Direction.DOWN.value:
        return level <= target
    return None


def _documentation(
    municipalities: Sequence[MunicipalitySummary],
) -> tuple[DocumentationRow, ...]:
    return tuple(
        DocumentationRow(m.id, m.name, i.id, i.name, row)
        for m in municipalities
        for i in m.initiatives
        for row in i.measures
        if row.is_documentation
    )
