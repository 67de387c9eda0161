"""What the signals mean for the measure: variation per point and the assurance verdict.

As NHS England's "Making Data Count" (and NHSRplotthedots) classes them: a point flagged by a
rule is special-cause *improvement* or *concern* by the side it lies on (for a trend: the way
it goes) and the measure's direction; with no direction it is *neutral*; a point no rule
flagged is *common_cause*. Assurance compares a target with the latest phase's limits.
"""

from __future__ import annotations

import math
from typing import Protocol

import numpy as np
import numpy.typing as npt

from pdsa_cli.analysis.result import (
    Assurance,
    FloatArray,
    IntArray,
    PhaseSummary,
    RuleHit,
    Variation,
)

# When a point is flagged by several rules, the first of these decides its class.
PRIORITY = (
    "outside_limits",
    "astronomical",
    "shift",
    "longest_run",
    "two_of_three",
    "four_of_five",
    "trend",
    "hugging",
)
TRENDS = ("trend",)
UNDIRECTED = ("hugging",)  # special cause with no side: too little variation
VARIATION_WIDTH = max(len(v.value) for v in Variation)


class _Lines(Protocol):
    @property
    def y(self) -> FloatArray: ...
    @property
    def cl(self) -> FloatArray: ...
    @property
    def lcl(self) -> FloatArray: ...
    @property
    def ucl(self) -> FloatArray: ...


def _ordered(hits: tuple[RuleHit, ...]) -> list[RuleHit]:
    rank = {rule: i for i, rule in enumerate(PRIORITY)}
    return sorted(hits, key=lambda hit: rank.get(hit.id, len(PRIORITY)))


def _sides(lines: _Lines, hit: RuleHit, points: IntArray) -> FloatArray:
    """+1 above / -1 below per flagged point (for a trend: rising / falling)."""
    y = lines.y[points]
    if hit.id in TRENDS:
        steps = np.diff(y)
        # Each point takes the step after it; the last the step before it.
        side = np.sign(np.concatenate((steps, steps[-1:]))) if steps.size else np.zeros(1)
    else:
        side = np.sign(y - lines.cl[points])
    side = np.nan_to_num(side)
    overall = np.sign(side.sum())
    return np.where(side == 0, overall, side)


def variation_of(
    lines: _Lines,
    phases: tuple[PhaseSummary, ...],
    direction: str,
    size: int,
    rule_set: str = "",
) -> npt.NDArray[np.str_]:
    """The variation class of every point (vectorised per rule hit, not per point)."""
    if rule_set == "mdc":
        return _mdc_variation(lines, phases, direction, size)
    variation = np.full(size, Variation.COMMON_CAUSE.value, dtype=f"<U{VARIATION_WIDTH}")
    assigned = np.zeros(size, dtype=bool)
    wanted = {"up": 1.0, "down": -1.0}.get(direction, 0.0)
    for summary in phases:
        for hit in _ordered(summary.rules):
            points = np.asarray(hit.points, dtype=np.int64) - 1
            points = points[~assigned[points]] if points.size else points
            if not points.size:
                continue
            assigned[points] = True
            if hit.id in UNDIRECTED or wanted == 0:
                variation[points] = Variation.NEUTRAL.value
                continue
            side = _sides(lines, hit, points) * wanted
            variation[points] = np.where(
                side > 0,
                Variation.IMPROVEMENT.value,
                np.where(side < 0, Variation.CONCERN.value, Variation.NEUTRAL.value),
            )
    return variation


def _mdc_variation(
    lines: _Lines, phases: tuple[PhaseSummary, ...], direction: str, size: int
) -> npt.NDArray[np.str_]:
    """Making Data Count's classes (design.md section 4): every pattern that flagged a point
    gives it a side, a trend by the way it goes (a point in a rising trend is "high" wherever
    it lies against the mean), other patterns by the point's side of the mean; a point that is
    both improvement and concern is improvement (the MDC tools' convention)."""
    wanted = {"up": 1.0, "down": -1.0}.get(direction, 0.0)
    high = np.zeros(size, dtype=bool)
    low = np.zeros(size, dtype=bool)
    flagged = np.zeros(size, dtype=bool)
    for summary in phases:
        for hit in summary.rules:
            points = np.asarray(hit.points, dtype=np.int64) - 1
            if not points.size:
                continue
            flagged[points] = True
            side = _sides(lines, hit, points)
            high[points[side > 0]] = True
            low[points[side < 0]] = True
    variation = np.full(size, Variation.COMMON_CAUSE.value, dtype=f"<U{VARIATION_WIDTH}")
    variation[flagged] = Variation.NEUTRAL.value
    if wanted != 0:
        better, worse = (high, low) if wanted > 0 else (low, high)
        variation[flagged & worse] = Variation.CONCERN.value
        variation[flagged & better] = Variation.IMPROVEMENT.value  # improvement wins
    return variation


def assurance_of(
    lines: _Lines, bounds: list[tuple[int, int]], target: float | None, direction: str
) -> Assurance | None:
    """MDC assurance: will the process meet `target`? Compared with the limits of the latest
    phase (its last point that has limits): beyond the far limit it consistently fails,
    beyond the near one it consistently passes, between them it is inconsistent (hit and
    miss). None without a target, a direction, or limits (run charts)."""
    if target is None or direction not in ("up", "down") or not bounds:
        return None
    start, stop = bounds[-1]
    lower, upper = lines.lcl[start:stop], lines.ucl[start:stop]
    usable = np.flatnonzero(~(np.isnan(lower) | np.isnan(upper)))
    if not usable.size or math.isnan(target):
        return None
    low, high = float(lower[usable[-1]]), float(upper[usable[-1]])
    if direction == "up":
        if target < low:
            return Assurance.PASS
        return Assurance.FAIL if target > high else Assurance.INCONSISTENT
    if target > high:
        return Assurance.PASS
    return Assurance.FAIL if target < low else Assurance.INCONSISTENT
