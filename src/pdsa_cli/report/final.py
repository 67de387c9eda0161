"""The closing report for the grant giver (`pdsa summary --final`), as data.

It is the seminar summary stretched over the whole programme (from the first date in the
workspace to today), plus what only a closing report needs: the programme in figures, each
SMART aim against its result with the evidence, data completeness per measure (the periods
with a measurement against the periods the measure's frequency gives, from its first
measurement to the last date its municipality collected data: the local projects need not
share a calendar), and the list of change packages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from pdsa_cli.errors import Problem
from pdsa_cli.models import Decision, Frequency, Measure
from pdsa_cli.report.model import AimRow, MeasureRow, Summary
from pdsa_cli.report.summary import Analyser, build_summary
from pdsa_cli.workspace.index import Workspace


@dataclass(frozen=True)
class AimResult:
    municipality: str
    municipality_name: str
    initiative: str
    initiative_name: str
    status: str
    adapted_from: str | None  # the source initiative, for an adopted change
    aim: AimRow
    # the aim measure's row: its series claim is the evidence, in the summary's own words
    evidence: MeasureRow | None


@dataclass(frozen=True)
class Completeness:
    municipality_name: str
    measure: str
    name: str
    frequency: str
    present: int  # periods with at least one measurement
    expected: int  # periods from the first measurement to the collection's end

    @property
    def share(self) -> float | None:
        return self.present / self.expected if self.expected else None


@dataclass(frozen=True)
class PackageRef:
    municipality_name: str
    initiative: str
    name: str
    cycle: int
    title: str
    adopted: dt.date


@dataclass(frozen=True)
class FinalReport:
    summary: Summary
    start: dt.date
    end: dt.date  # the last date data was collected
    municipalities: int
    initiatives: int
    cycles: int
    measurements: int
    aims: tuple[AimResult, ...]
    completeness: tuple[Completeness, ...]
    packages: tuple[PackageRef, ...]

    @property
    def aims_met(self) -> int:
        return sum(1 for a in self.aims if a.aim.met)

    @property
    def aims_judged(self) -> int:
        return sum(1 for a in self.aims if a.aim.met is not None)

    @property
    def completeness_share(self) -> float | None:
        expected = sum(c.expected for c in self.completeness)
        return sum(c.present for c in self.completeness) / expected if expected else None


def _dates(workspace: Workspace) -> list[dt.date]:
    days = [p.date for m in workspace.measures.values() for p in m.model.measurements]
    for cycle in workspace.cycles:
        plan = cycle.model.plan
        if plan.date:
            days.append(plan.date)
    return days


def expected_periods(first: dt.date, end: dt.date, frequency: Frequency) -> int:
    if end < first:
        return 1
    if frequency is Frequency.MONTH:
        return (end.year - first.year) * 12 + end.month - first.month + 1
    if frequency is Frequency.WEEK:
        monday = first - dt.timedelta(days=first.weekday())
        return (end - monday).days // 7 + 1
    return (end - first).days + 1


def completeness_of(measure: Measure, end: dt.date) -> tuple[int, int]:
    points = [p.date for p in measure.measurements if p.date <= end]
    if not points:
        return 0, 0
    present = len({measure.frequency.period_of(d) for d in points})
    expected = max(present, expected_periods(min(points), end, measure.frequency))
    return present, expected


def build_final(
    workspace: Workspace,
    today: dt.date | None = None,
    *,
    analyse: Analyser | None = None,
    problems: Sequence[Problem] = (),
) -> FinalReport:
    """The closing report over everything the workspace holds."""
    today = today or dt.date.today()
    days = _dates(workspace)
    start = min(days) if days else today
    measured = [p.date for m in workspace.measures.values() for p in m.model.measurements]
    end = max(measured) if measured else today
    summary = build_summary(
        workspace, since=start, today=max(today, start), analyse=analyse, problems=problems
    )
    ends: dict[str, dt.date] = {}
    for measured_entry in workspace.measures.values():
        for point in measured_entry.model.measurements:
            key = measured_entry.municipality or ""
            ends[key] = max(ends.get(key, point.date), point.date)
    aims = []
    completeness = []
    packages = []
    for municipality in summary.municipalities:
        for initiative in municipality.initiatives:
            entry = workspace.initiatives[initiative.id]
            row = summary.measure(initiative.aim.measure or "")
            evidence = row
            source = entry.model.adapted_from
            aims.append(
                AimResult(
                    municipality.id,
                    municipality.name,
                    initiative.id,
                    initiative.name,
                    initiative.status,
                    source.initiative if source else None,
                    initiative.aim,
                    evidence,
                )
            )
            for measure in workspace.measures_of(initiative.id):
                present, expected = completeness_of(measure.model, ends[municipality.id])
                completeness.append(
                    Completeness(
                        municipality.name,
                        measure.id,
                        measure.model.name,
                        measure.model.frequency.value,
                        present,
                        expected,
                    )
                )
            adopted = [
                c.model
                for c in workspace.cycles_of(initiative.id)
                if c.model.act is not None and c.model.act.decision is Decision.ADOPT
            ]
            if adopted:
                last = adopted[-1]
                assert last.act is not None
                packages.append(
                    PackageRef(
                        municipality.name,
                        initiative.id,
                        initiative.name,
                        last.number,
                        last.title,
                        last.act.date,
                    )
                )
    return FinalReport(
        summary=summary,
        start=start,
        end=end,
        municipalities=len(summary.municipalities),
        initiatives=len(aims),
        cycles=sum(len(workspace.cycles_of(a.initiative)) for a in aims),
        measurements=sum(len(m.model.measurements) for m in workspace.measures.values()),
        aims=tuple(aims),
        completeness=tuple(completeness),
        packages=tuple(packages),
    )
