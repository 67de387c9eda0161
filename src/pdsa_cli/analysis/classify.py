"""What the signals mean for the measure: variation per point and the assurance verdict.

As NHS England's "Making Data Count" (and NHSRplotthedots) classes them: a point flagged by a
rule is special-cause *improvement* or *concern* by the side it lies on (for a trend: the way
it goes) and the measure's direction; with no direction it is *neutral*; a point no rule
flagged is *common_cause*. Assurance compares a target with the latest phase's limits.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from pdsa_cli.analysis.result import (
    Assurance,
    FloatArray,
    Occurrence,
    OccurrenceClass,
    Variation,
)

# When a point lies in occurrences of several rules, the first of these decides its class.
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
# NHSRplotthedots 0.2.2's order (R/ptd_calculate_point_type.R, ptd_special_cause_type): outside
# the limits, then the 7-point trend, then 2 in 3, then 7 on one side of the mean.
MDC_PRIORITY = ("outside_limits", "trend", "two_of_three", "shift")
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


def occurrence_class(occurrence: Occurrence, direction: str) -> OccurrenceClass:
    """Improvement or concern by the measure's direction; neutral when it has none; a
    phase-wide signal or one with no side is special cause, never improvement on its own."""
    moved = occurrence.direction or {"above": "up", "below": "down"}.get(occurrence.side or "")
    if moved is None or occurrence.rule in UNDIRECTED:
        return "special_cause"
    if direction not in ("up", "down"):
        return "neutral"
    return "improvement" if moved == direction else "concern"


def classed(
    found: tuple[Occurrence, ...], direction: str, x: npt.NDArray[Any], x_kind: str
) -> tuple[Occurrence, ...]:
    """Each occurrence with its class and the x of its first and last point."""
    return tuple(
        replace(
            occurrence,
            signal_class=occurrence_class(occurrence, direction),
            first_x=_x_at(x, x_kind, occurrence.first),
            last_x=_x_at(x, x_kind, occurrence.last),
        )
        for occurrence in found
    )


def _x_at(x: npt.NDArray[Any], x_kind: str, position: int) -> Any:
    if not 1 <= position <= x.shape[0]:
        return None
    value = x[position - 1]
    if x_kind == "date":
        return None if np.isnat(value) else value.astype("datetime64[D]").item()
    if x_kind == "number":
        number = float(value)
        return None if math.isnan(number) else number
    return None if value is None else str(value)


_CODE = {"improvement": 1, "concern": 2, "neutral": 3, "special_cause": 3}
_NAMES = np.array(
    [
        Variation.COMMON_CAUSE.value,
        Variation.IMPROVEMENT.value,
        Variation.CONCERN.value,
        Variation.NEUTRAL.value,
    ],
    dtype=f"<U{VARIATION_WIDTH}",
)


def variation_of(
    lines: _Lines,
    occurrences: tuple[Occurrence, ...],
    size: int,
    direction: str,
    rule_set: str = "",
) -> npt.NDArray[np.str_]:
    """The variation class of every point: the class of the first occurrence (in rule order)
    that covers it; under MDC as NHSRplotthedots 0.2.2 decides it point by point."""
    if rule_set == "mdc":
        return _mdc_variation(lines, occurrences, size, direction)
    code = np.zeros(size, dtype=np.int8)
    rank = {rule: i for i, rule in enumerate(PRIORITY)}
    for occurrence in sorted(occurrences, key=lambda o: rank.get(o.rule, len(PRIORITY))):
        _assign(code, occurrence.points, _CODE[occurrence.signal_class])
    return _NAMES[code]


def _assign(code: npt.NDArray[np.int8], points: tuple[int, ...], value: int) -> None:
    if not points:
        return
    index = np.asarray(points, dtype=np.int64) - 1
    free = index[code[index] == 0]
    code[free] = value


def _mdc_variation(
    lines: _Lines, occurrences: tuple[Occurrence, ...], size: int, direction: str
) -> npt.NDArray[np.str_]:
    """Making Data Count's classes (design.md section 4): a point takes its side ("high" or
    "low") from the first rule in 0.2.2's order that flags it: outside the limits and 2 in 3 and
    7 on one side by the point's side of the mean, a trend by the way it goes at that point (so
    a point below the lower limit that starts a rising trend is low: concern when up is
    better)."""
    side = np.zeros(size, dtype=np.int8)  # +1 high, -1 low, 0 not flagged
    flagged = np.zeros(size, dtype=bool)
    trends = _trend_sides(lines, occurrences, size)
    for rule in MDC_PRIORITY:
        for occurrence in (o for o in occurrences if o.rule == rule and o.points):
            index = np.asarray(occurrence.points, dtype=np.int64) - 1
            index = index[~flagged[index]]
            flagged[index] = True
            if rule == "trend":
                side[index] = trends[index]
            else:
                side[index] = 1 if occurrence.side == "above" else -1
    code = np.zeros(size, dtype=np.int8)
    wanted = {"up": 1, "down": -1}.get(direction, 0)
    if wanted == 0:
        code[flagged] = 3
    else:
        code[flagged & (side == wanted)] = 1
        code[flagged & (side == -wanted)] = 2
    return _NAMES[code]


def _trend_sides(
    lines: _Lines, occurrences: tuple[Occurrence, ...], size: int
) -> npt.NDArray[np.int8]:
    """Per point of a trend, the way it goes there (0.2.2: the step to the next point when that
    point is in a trend too, else the step from the point before)."""
    sides = np.zeros(size, dtype=np.int8)
    trend = [o for o in occurrences if o.rule == "trend" and o.points]
    if not trend:
        return sides
    y = lines.y
    part = np.zeros(size, dtype=bool)
    phase_of = np.zeros(size, dtype=np.int64)
    for occurrence in trend:
        index = np.asarray(occurrence.points, dtype=np.int64) - 1
        index = index[~np.isnan(y[index])]
        part[index] = True
        phase_of[index] = occurrence.phase
    present = np.flatnonzero(~np.isnan(y))
    for occurrence in trend:
        index = np.asarray(occurrence.points, dtype=np.int64) - 1
        index = index[~np.isnan(y[index])]
        at = np.searchsorted(present, index)
        nxt = present[np.minimum(at + 1, present.shape[0] - 1)]
        prv = present[np.maximum(at - 1, 0)]
        right = np.sign(y[nxt] - y[index])
        left = np.where(at > 0, np.sign(y[index] - y[prv]), 0)
        use_right = (at + 1 < present.shape[0]) & part[nxt] & (nxt != index)
        sides[index] = np.where(use_right, right, left).astype(np.int8)
    return sides


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
