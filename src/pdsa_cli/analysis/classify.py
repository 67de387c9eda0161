"""What the signals mean for the measure: variation per point and the assurance verdict.

As NHS England's "Making Data Count" (and NHSRplotthedots) classes them: a point flagged by a
rule is special-cause *improvement* or *concern* by the side it lies on (for a trend: the way
it goes) and the measure's direction; with no direction it is *neutral*; a point no rule
flagged is *common_cause*. Assurance compares a target with the latest phase's limits.
"""

from __future__ import annotations

import math
from itertools import groupby
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from pdsa_cli.analysis.result import (
    Assurance,
    FloatArray,
    IntArray,
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
    """Each occurrence with its class and the x of its first and last point (the x values
    looked up in bulk: a long series has thousands of occurrences)."""
    if not found:
        return ()
    firsts = _xs_at(x, x_kind, [o.first for o in found])
    lasts = _xs_at(x, x_kind, [o.last for o in found])
    return tuple(
        Occurrence(
            o.rule,
            o.phase,
            o.first,
            o.last,
            o.length,
            o.points,
            o.side,
            o.direction,
            occurrence_class(o, direction),
            o.hint,
            first_x,
            last_x,
        )
        for o, first_x, last_x in zip(found, firsts, lasts, strict=True)
    )


def _xs_at(x: npt.NDArray[Any], x_kind: str, positions: list[int]) -> list[Any]:
    """x at 1-based `positions` as Python values: dates, numbers or labels (None if missing)."""
    index = np.asarray(positions, dtype=np.int64) - 1
    inside = (index >= 0) & (index < x.shape[0])
    values = x[np.where(inside, index, 0)] if x.shape[0] else np.empty(0, dtype=x.dtype)
    if x_kind == "date":
        days = values.astype("datetime64[D]")
        found = [None if np.isnat(d) else d.item() for d in days]
    elif x_kind == "number":
        found = [None if math.isnan(v) else float(v) for v in values.astype(np.float64)]
    else:
        found = [None if v is None else str(v) for v in values]
    return [value if ok else None for value, ok in zip(found, inside.tolist(), strict=False)]


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
    phase: IntArray | None = None,
) -> npt.NDArray[np.str_]:
    """The variation class of every point: the class of the first occurrence (in rule order)
    that covers it; under MDC as NHSRplotthedots 0.2.2 decides it point by point (`phase`:
    1-based phase per point; one phase when not given)."""
    if rule_set == "mdc":
        phases = np.ones(size, dtype=np.int64) if phase is None else phase
        return _mdc_variation(lines, occurrences, size, direction, phases)
    code = np.zeros(size, dtype=np.int8)
    rank = {rule: i for i, rule in enumerate(PRIORITY)}
    for _, group in groupby(
        sorted(occurrences, key=lambda o: rank.get(o.rule, len(PRIORITY))),
        key=lambda o: rank.get(o.rule, len(PRIORITY)),
    ):
        # within one rule occurrences do not overlap in class, so one pass per class
        chosen = list(group)
        for klass, value in _CODE.items():
            points = [p for o in chosen if o.signal_class == klass for p in o.points]
            _assign(code, points, value)
    return _NAMES[code]


def _assign(code: npt.NDArray[np.int8], points: list[int], value: int) -> None:
    if not points:
        return
    index = np.asarray(points, dtype=np.int64) - 1
    free = index[code[index] == 0]
    code[free] = value


def _mdc_variation(
    lines: _Lines,
    occurrences: tuple[Occurrence, ...],
    size: int,
    direction: str,
    phase: IntArray,
) -> npt.NDArray[np.str_]:
    """Making Data Count's classes (design.md section 4): a point takes its side ("high" or
    "low") from the first rule in 0.2.2's order that flags it: outside the limits and 2 in 3 and
    7 on one side by the point's side of the mean, a trend by the way it goes at that point (so
    a point below the lower limit that starts a rising trend is low: concern when up is
    better)."""
    side = np.zeros(size, dtype=np.int8)  # +1 high, -1 low, 0 not flagged
    flagged = np.zeros(size, dtype=bool)
    trends = _trend_sides(lines, occurrences, size, phase)
    for rule in MDC_PRIORITY:
        for sign, where in ((1, "above"), (-1, "below"), (0, None)):
            chosen = [o for o in occurrences if o.rule == rule and o.side == where]
            index = _positions(chosen)
            index = index[~flagged[index]]
            flagged[index] = True
            side[index] = trends[index] if rule == "trend" else sign
    code = np.zeros(size, dtype=np.int8)
    wanted = {"up": 1, "down": -1}.get(direction, 0)
    if wanted == 0:
        code[flagged] = 3
    else:
        code[flagged & (side == wanted)] = 1
        code[flagged & (side == -wanted)] = 2
    return _NAMES[code]


def _positions(occurrences: list[Occurrence]) -> npt.NDArray[np.int64]:
    """The 0-based indices of the occurrences' points, together."""
    count = sum(len(o.points) for o in occurrences)
    points = (p for o in occurrences for p in o.points)
    return np.fromiter(points, dtype=np.int64, count=count) - 1


def _trend_sides(
    lines: _Lines, occurrences: tuple[Occurrence, ...], size: int, phase: IntArray
) -> npt.NDArray[np.int8]:
    """Per point of a trend, the way it goes there (0.2.2: the step to the next point when that
    point is in a trend too, else the step from the point before; within one phase, as 0.2.2
    works within one rebase group)."""
    sides = np.zeros(size, dtype=np.int8)
    index = _positions([o for o in occurrences if o.rule == "trend"])
    y = lines.y
    index = np.unique(index[~np.isnan(y[index])])
    if not index.size:
        return sides
    part = np.zeros(size, dtype=bool)
    part[index] = True
    present = np.flatnonzero(~np.isnan(y))
    at = np.searchsorted(present, index)
    has_next = at + 1 < present.shape[0]
    nxt = present[np.minimum(at + 1, present.shape[0] - 1)]
    prv = present[np.maximum(at - 1, 0)]
    same_next = has_next & (phase[nxt] == phase[index])
    same_prev = (at > 0) & (phase[prv] == phase[index])
    right = np.sign(y[nxt] - y[index])
    left = np.where(same_prev, np.sign(y[index] - y[prv]), 0)
    sides[index] = np.where(same_next & part[nxt], right, left).astype(np.int8)
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
