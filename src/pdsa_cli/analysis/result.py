"""The result of analysing one series: the contract between the analysis and its renderers.

Columnar (numpy arrays, one entry per point after grouping) so a million-point analysis stays
small; the conversions (the `pdsa analyze --json` contract of design.md section 5, and a pandas
DataFrame) live in :mod:`pdsa_cli.analysis.contract`, which depends on this module, not the
other way round. Point indices in rule hits are 1-based.
Missing numbers are NaN in the arrays and `null` in JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]

XKind = Literal["date", "number", "label"]


class Variation(StrEnum):
    COMMON_CAUSE = "common_cause"
    IMPROVEMENT = "improvement"
    CONCERN = "concern"
    NEUTRAL = "neutral"  # special cause with no direction


class Assurance(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    INCONSISTENT = "inconsistent"


@dataclass(frozen=True)
class RuleHit:
    """A rule that fired in a phase and the 1-based positions of the points it flagged."""

    id: str
    points: tuple[int, ...]


OccurrenceClass = Literal["improvement", "concern", "neutral", "special_cause"]


@dataclass(frozen=True)
class Occurrence:
    """One signal occurrence (design.md section 9): one run on one side, one trend in one
    direction, a cluster of consecutive points outside the limits on one side, one 2-of-3 (or
    4-of-5) group on one side, one stretch hugging the centre line, or one phase-wide signal
    (too few crossings, too many or too few runs). Every claim about a series is built from
    these, never from a rule's merged points.

    `points` are the 1-based positions it covers (first to last; for MDC's 2-of-3 only the
    points beyond 2 sigma, as NHSRplotthedots flags them; empty for a phase-wide signal).
    `length` is what the rule counted: the useful points of a run, the points of a trend (a
    repeated value once where the rule counts it once), the points beyond a limit.
    """

    rule: str  # contract id (longest_run, shift, trend, outside_limits, crossings, ...)
    phase: int
    first: int  # 1-based position of its first point (the phase's first for phase-wide ones)
    last: int  # 1-based, inclusive
    length: int
    points: tuple[int, ...] = ()
    side: Literal["above", "below"] | None = None
    direction: Literal["up", "down"] | None = None
    signal_class: OccurrenceClass = "special_cause"
    hint: bool = False  # a candidate for people to confirm (IHI's astronomical point)
    first_x: Any = None  # x of the first and last point: a date, a number or a label
    last_x: Any = None

    @property
    def phase_wide(self) -> bool:
        return not self.points


@dataclass(frozen=True)
class PhaseSummary:
    phase: int  # 1-based
    first: int  # 1-based position of the phase's first point
    last: int  # 1-based, inclusive
    n_obs: int
    n_useful: int
    longest_run: int | None
    longest_run_max: int | None
    n_crossings: int | None
    n_crossings_min: int | None
    runs_signal: bool
    sigma_signal: int  # count of points outside the limits
    rules: tuple[RuleHit, ...] = ()
    label: str | None = None  # the `part` label, when phases came from one


# Below this many useful points a series is "too few points to judge" (design.md section 9:
# run-chart rules need about 10; Anhøj & Olesen 2014, Perla et al. 2011).
MIN_USEFUL_POINTS = 10


@dataclass(frozen=True)
class Verdict:
    """What may be said about the latest point. The one place that decides whether there is
    enough data to judge and whether the process has changed since its limits were set; every
    renderer reads :attr:`says` and decides nothing itself (design.md section 9)."""

    variation: Variation  # of the latest point
    assurance: Assurance | None  # None without a target (NHSRplotthedots' value, always kept)
    n_useful: int | None = None  # useful points of the latest phase (None: not counted)
    process_changed: bool = False  # the latest point is special cause against its limits

    @property
    def enough_data(self) -> bool:
        return self.n_useful is None or self.n_useful >= MIN_USEFUL_POINTS

    @property
    def says(self) -> Literal["too_few", "changed", "target", "variation"]:
        """What to tell people: too few points to judge; the process has changed since the
        limits were set (so the target verdict no longer holds); the target verdict; or only
        the latest point's variation."""
        if not self.enough_data:
            return "too_few"
        if self.assurance is None:
            return "variation"
        return "changed" if self.process_changed else "target"


@dataclass(frozen=True)
class Analysis:
    chart: str  # a ChartType value
    rules: str  # a RuleSet value
    x: npt.NDArray[Any]  # datetime64[D] for dates, float64 for numbers, object for labels
    x_kind: XKind
    y: FloatArray  # what is plotted (proportion for p, rate for u, subgroup mean for xbar)
    cl: FloatArray
    lcl: FloatArray  # NaN for run charts
    ucl: FloatArray
    lcl_2: FloatArray  # 2-sigma lines (NaN where they do not apply)
    ucl_2: FloatArray
    lcl_1: FloatArray  # 1-sigma lines
    ucl_1: FloatArray
    n: FloatArray  # denominator or subgroup size per point (NaN when none)
    phase: IntArray  # 1-based phase number per point
    baseline: BoolArray
    excluded: BoolArray
    sigma_signal: BoolArray
    runs_signal: BoolArray
    variation: npt.NDArray[np.str_]  # Variation values per point
    phases: tuple[PhaseSummary, ...]
    verdict: Verdict
    occurrences: tuple[Occurrence, ...] = ()  # every signal occurrence, phase by phase
    notes: tuple[str | None, ...] = ()
    direction: str = "neutral"
    target: float | None = None
    multiply: float = 1.0
    screened_mr: bool = True
    meta: dict[str, Any] = field(default_factory=dict)

    def __len__(self) -> int:
        return int(self.y.shape[0])

    def signals_at(self, index: int) -> tuple[str, ...]:
        """Rule ids whose flagged points include the 1-based `index`."""
        phase = self.phases[int(self.phase[index - 1]) - 1]
        return tuple(hit.id for hit in phase.rules if index in hit.points)

    def flagged(self, rule: str | None = None) -> tuple[int, ...]:
        """1-based positions flagged by `rule` (or by any rule), sorted, once each."""
        points = {
            p
            for ph in self.phases
            for hit in ph.rules
            if rule in (None, hit.id)
            for p in hit.points
        }
        return tuple(sorted(points))
