"""The seminar overview as data: what `pdsa summary` shows, before any wording or layout.

Everything here is plain values (dates, numbers, ids, rule ids), never sentences: the renderers
word them in Danish or English (:mod:`pdsa_cli.report.wording`), so the terminal, Markdown, HTML
and JSON views cannot disagree.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pdsa_cli.errors import Problem
from pdsa_cli.workspace.drivers import DriverDiagram

if TYPE_CHECKING:
    from pdsa_cli.analysis.claims import ChangeEvidence, SeriesClaim
    from pdsa_cli.analysis.result import Analysis, Occurrence


@dataclass(frozen=True)
class SeminarRef:
    number: int
    date: dt.date
    title: str | None = None


@dataclass(frozen=True)
class Period:
    """The days the overview covers, both ends inclusive (start None: from the beginning)."""

    start: dt.date | None
    end: dt.date
    seminar: SeminarRef | None = None  # the seminar this period leads up to
    previous: SeminarRef | None = None  # the seminar it starts from

    def contains(self, day: dt.date | None) -> bool:
        if day is None:
            return False
        return (self.start is None or day >= self.start) and day <= self.end


@dataclass(frozen=True)
class DecisionCounts:
    adopt: int = 0
    adapt: int = 0
    abandon: int = 0

    @property
    def total(self) -> int:
        return self.adopt + self.adapt + self.abandon

    def __add__(self, other: DecisionCounts) -> DecisionCounts:
        return DecisionCounts(
            self.adopt + other.adopt, self.adapt + other.adapt, self.abandon + other.abandon
        )


@dataclass(frozen=True)
class CycleCounts:
    """Cycles started, completed (Act dated) and in progress within the period."""

    started: int = 0
    completed: int = 0
    in_progress: int = 0

    def __add__(self, other: CycleCounts) -> CycleCounts:
        return CycleCounts(
            self.started + other.started,
            self.completed + other.completed,
            self.in_progress + other.in_progress,
        )


@dataclass(frozen=True)
class CycleRow:
    id: str
    number: int
    title: str
    file: str
    status: str  # a CycleStatus value, as it stood at the end of the period
    started: dt.date | None  # Do start (Plan date when not yet carried out)
    started_in_period: bool
    completed_in_period: bool
    in_progress: bool
    decision: str | None  # a Decision value, when the Act is dated within the period
    act_date: dt.date | None
    learning: str | None  # the Study learning (or results), whole, on one line
    ref: str = ""  # how `pdsa show` names the cycle: <initiative>#<number>


@dataclass(frozen=True)
class AdoptionRef:
    """An adopted cycle a signal is compared with."""

    initiative: str
    cycle: int
    title: str
    act_date: dt.date
    # The Do start of the ramp's first cycle that tested the change: signals count from here
    tested_from: dt.date | None = None

    @property
    def counts_from(self) -> dt.date:
        return self.tested_from or self.act_date


@dataclass(frozen=True)
class Signal:
    """One signal occurrence on a measure (:class:`pdsa_cli.analysis.result.Occurrence`): one
    run, trend, cluster or phase-wide signal, never a rule's merged points."""

    rule: str  # rule id from the analysis contract (longest_run, shift, outside_limits, ...)
    rule_set: str  # anhoej, ihi, mdc, weco
    phase: int
    points: tuple[int, ...]  # 1-based positions; empty for phase-wide signals (crossings, runs)
    first_date: dt.date | None  # date of its first point (the phase's first if phase-wide)
    last_date: dt.date | None
    side: str | None  # "above" / "below" the centre line; None for trends and phase-wide ones
    going: str | None  # "up" / "down" for trends
    variation: str  # its class: improvement / concern / neutral / special_cause
    after_adoption: AdoptionRef | None  # the latest adoption tested on or before `first_date`
    length: int = 0  # what the rule counted: the run's useful points, the points beyond, ...
    hint: bool = False  # a candidate for people to confirm, not a signal
    occurrence: Occurrence | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class MeasureRow:
    id: str
    name: str
    family: str
    unit: str
    data_type: str
    direction: str
    frequency: str
    chart: str
    target: float | None
    percent: bool  # proportions shown as percent
    n_points: int
    last_date: dt.date | None
    latest: float | None  # the latest measurement (a proportion as a fraction)
    centre_line: float | None  # the centre line at the latest point
    baseline_level: float | None  # the centre line of the first phase / baseline
    signals: tuple[Signal, ...] = ()
    recent: tuple[float, ...] = ()  # the latest values (up to RECENT_POINTS), for sparklines
    analysed: bool = False  # False: too few points, or the analysis was not available
    is_documentation: bool = False
    n_useful: int | None = None  # useful points of the latest phase (the verdict's)
    says: str = "variation"  # Verdict.says: too_few | changed | target | variation
    duplicates: tuple[str, ...] = ()  # file:line of a second value for a period: refused
    # what may be said about the series (analysis.claims.series_claim); None: not analysed
    claim: SeriesClaim | None = field(default=None, repr=False, compare=False)

    @property
    def claim_status(self) -> str:
        """too_few | signals | common_cause | not_analysed: the one verdict on the series."""
        return "not_analysed" if self.claim is None else self.claim.status


@dataclass(frozen=True)
class AimRow:
    statement: str
    measure: str | None
    measure_name: str | None
    target: float | None
    target_date: dt.date | None
    percent: bool = False
    level: float | None = None  # the median of the latest `level_points` measurements
    level_points: int = 0
    latest: float | None = None  # the latest measurement, on the target's scale
    latest_date: dt.date | None = None
    gap: float | None = None  # target - level, on the target's own scale
    met: bool | None = None  # None: no target, no data, or no direction


@dataclass(frozen=True)
class InitiativeSummary:
    id: str
    name: str
    track: int
    method: str
    status: str
    aim: AimRow
    cycles: tuple[CycleRow, ...]
    counts: CycleCounts
    decisions: DecisionCounts
    measures: tuple[MeasureRow, ...]


@dataclass(frozen=True)
class MunicipalitySummary:
    id: str
    name: str
    initiatives: tuple[InitiativeSummary, ...]
    counts: CycleCounts
    decisions: DecisionCounts
    # Issue 8 (predictions) adds its per-municipality figures here.


@dataclass(frozen=True)
class DocumentationRow:
    """A documentation-time measure, for the side-by-side comparison across municipalities."""

    municipality: str
    municipality_name: str
    initiative: str
    initiative_name: str
    measure: MeasureRow


@dataclass(frozen=True)
class Evidence:
    """What one measure says about a change (analysis.claims.change_evidence)."""

    measure: str
    measure_name: str
    # improvement | concern | changed | before_test | too_few | none | not_analysed
    status: str
    signal: Signal | None = None
    n_useful: int | None = None  # for "too_few"
    suggest_phase: bool = False  # a lasting shift after the change: draw a phase at it
    claim: ChangeEvidence | None = field(default=None, repr=False, compare=False)


@dataclass(frozen=True)
class SpreadItem:
    """An adopted change, and whether the data back it up."""

    municipality: str
    municipality_name: str
    initiative: str
    initiative_name: str
    cycle: int
    title: str
    change_idea: str | None
    act_date: dt.date
    next_step: str | None
    adopted_in_period: bool
    evidence: tuple[Evidence, ...]
    tested_from: dt.date | None = None  # signals count from here (the ramp's first Do)

    @property
    def supported(self) -> bool:
        return any(e.status == "improvement" for e in self.evidence)


@dataclass(frozen=True)
class StaleMeasure:
    measure: str
    name: str
    municipality: str
    initiative: str
    file: str
    frequency: str
    last_date: dt.date | None
    periods_without_data: int | None  # None: no data at all


@dataclass(frozen=True)
class StuckCycle:
    cycle: str
    number: int
    title: str
    municipality: str
    initiative: str
    file: str
    do_since: dt.date
    days: int


@dataclass(frozen=True)
class DataProblems:
    stale: tuple[StaleMeasure, ...] = ()
    stuck: tuple[StuckCycle, ...] = ()
    problems: tuple[Problem, ...] = ()  # validation errors and warnings from loading

    @property
    def count(self) -> int:
        return len(self.stale) + len(self.stuck) + len(self.problems)


@dataclass(frozen=True)
class PredictionShare:
    """How many quantitative predictions were met, for a municipality or ("") the programme."""

    municipality: str
    name: str
    met: int
    judged: int  # met or not met, on cycles that had reached Study
    pending: int  # no data yet, or the cycle was still being carried out
    share: float | None  # met / judged


@dataclass(frozen=True)
class PredictionMiss:
    """A cycle whose prediction missed by much: the seminar's discussion material."""

    municipality: str
    municipality_name: str
    initiative: str
    initiative_name: str
    cycle: int
    title: str
    measure: str
    measure_name: str
    low: float | None  # the accepted range on the measure's scale (proportions 0-1)
    high: float | None
    observed: float
    relative_miss: float  # |observed - missed bound| / |missed bound|
    percent: bool  # a proportion measure, shown in percent
    unit: str


@dataclass(frozen=True)
class PredictionRamp:
    """Whether a ramp's predictions came closer to what happened, cycle after cycle."""

    municipality: str
    municipality_name: str
    initiative: str
    initiative_name: str
    misses: tuple[tuple[int, float], ...]  # (cycle number, mean relative miss)
    trend: str  # a pdsa_cli.predictions.Trend value


@dataclass(frozen=True)
class PredictionsSummary:
    programme: PredictionShare
    municipalities: tuple[PredictionShare, ...]
    biggest_misses: tuple[PredictionMiss, ...]
    ramps: tuple[PredictionRamp, ...]  # ramps with at least two judged cycles


@dataclass(frozen=True)
class Summary:
    programme: str
    language: str  # the programme's default language
    rules: str
    illustrative: bool
    today: dt.date
    period: Period
    municipality_filter: str | None
    municipalities: tuple[MunicipalitySummary, ...]
    counts: CycleCounts
    decisions: DecisionCounts
    documentation: tuple[DocumentationRow, ...]
    ready_to_spread: tuple[SpreadItem, ...]
    data_problems: DataProblems
    # Quantitative predictions against the data (None in summaries built without them).
    predictions: PredictionsSummary | None = None
    # The programme's driver diagram with the period's evidence (None: the programme has none).
    drivers: DriverDiagram | None = None
    # Spread across municipalities (adoptions, the programme's goal, shared measures).
    spread: SpreadAcross | None = None
    # The programme's own aim for documentation time (programme.yaml), quoted as written.
    documentation_aim: str | None = None
    # The analyses behind the measure rows, for drawing charts; not part of the JSON view.
    analyses: dict[str, Analysis] = field(default_factory=dict, repr=False, compare=False)

    def measure(self, measure_id: str) -> MeasureRow | None:
        for municipality in self.municipalities:
            for initiative in municipality.initiatives:
                for row in initiative.measures:
                    if row.id == measure_id:
                        return row
        return None


def to_plain(value: Any) -> Any:
    """A JSON-ready copy of a summary value (dates as ISO text, tuples as lists)."""
    from dataclasses import fields, is_dataclass

    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in fields(value) if f.compare}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    return value


@functools.cache
def _cwd() -> Path:
    return Path.cwd().resolve()


def shown_path(path: Path) -> str:
    """A file as the user should see it: relative to the working folder when inside it
    (`errors.display_path` without resolving every path: a national summary shows thousands)."""
    absolute = path if path.is_absolute() else _cwd() / path
    try:
        return absolute.relative_to(_cwd()).as_posix()
    except ValueError:
        return path.as_posix()


# -- spread across municipalities (issue 17) --------------------------------------------------


@dataclass(frozen=True)
class Adoption:
    """A change one municipality took up from another (`adapted_from:`), and how far it came."""

    source_municipality: str
    source_municipality_name: str
    source_initiative: str
    source_initiative_name: str
    source_cycle: int | None
    package: str | None  # the package file, when the change came as a zip
    in_programme: bool  # False: the source is not in this workspace
    municipality: str
    municipality_name: str
    initiative: str
    initiative_name: str
    status: str  # the adopting initiative's status
    started: dt.date | None
    cycles: int
    completed: int
    latest_decision: str | None
    latest_decision_date: dt.date | None
    evidence: tuple[Evidence, ...]
    aim: AimRow | None = None


@dataclass(frozen=True)
class SpreadGoal:
    """The programme's goal for seminar 3: each municipality describes at least one change that
    others take up."""

    municipality: str
    name: str
    adopters: tuple[str, ...]  # names of the municipalities that took up one of its changes
    adopted_changes: int  # its adopted cycles: changes ready to be taken up
    met: bool  # at least one other municipality took one of its changes up


@dataclass(frozen=True)
class SharedPanel:
    municipality: str
    municipality_name: str
    initiative: str
    measure: MeasureRow


@dataclass(frozen=True)
class SharedMeasure:
    """Measures with one operational definition in several municipalities, on one scale."""

    name: str
    unit: str
    frequency: str
    documentation: bool
    percent: bool
    low: float  # the shared scale (a proportion as a fraction)
    high: float
    panels: tuple[SharedPanel, ...]


@dataclass(frozen=True)
class SpreadAcross:
    adoptions: tuple[Adoption, ...]
    goals: tuple[SpreadGoal, ...]
    shared: tuple[SharedMeasure, ...]
