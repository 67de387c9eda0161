"""A fired rule's spans as signal occurrences (design.md section 9): each with its own points,
length and side or direction, so no report ever has to guess them from a merged bag of points.

What makes one occurrence, per kind of rule:
- a run or shift: one span (its points all on one side);
- a trend: one span (its points all going one way);
- points outside the limits (and IHI's astronomical candidates): all of a phase's such points
  on one side (design.md section 9), counted and classed per side;
- 2 of 3 / 4 of 5: overlapping qualifying windows on one side, merged; for MDC only the points
  beyond 2 sigma, grouped while they share a window of three;
- too few crossings, too many or too few runs: the whole phase, with no side.
The class (improvement, concern, ...) needs the measure's direction and is given later
(:mod:`pdsa_cli.analysis.classify`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

import numpy as np

from pdsa_cli.analysis.result import IntArray, Occurrence
from pdsa_cli.analysis.rules.patterns import Spans
from pdsa_cli.analysis.rules.phase import PhaseContext

PHASE_WIDE = frozenset({"crossings", "runs"})
POINTWISE = frozenset({"outside_limits", "astronomical"})
WINDOWS = frozenset({"two_of_three", "four_of_five"})
RUNS = frozenset({"longest_run", "shift"})
HINTS = frozenset({"astronomical"})
Side = Literal["above", "below"]
Going = Literal["up", "down"]
MDC_WINDOW = 3  # NHSRplotthedots' 2-in-3: flagged points within one window of three


def occurrences_of(
    rule_id: str, rule_name: str, ctx: PhaseContext, spans: Spans, phase: int
) -> tuple[Occurrence, ...]:
    """The occurrences of one fired rule in one phase (positions 1-based and global)."""
    if rule_id in PHASE_WIDE or not len(spans):
        return (_phase_wide(rule_id, ctx, phase),)
    if rule_id in POINTWISE:
        groups = _clusters(ctx, spans.starts, gap=None, side=_outside_side(ctx, rule_id, spans))
    elif rule_name == "mdc.two_of_three":
        groups = _clusters(ctx, spans.starts, gap=MDC_WINDOW - 1, side=_side_at(ctx, spans.starts))
    elif rule_id in WINDOWS:
        return tuple(_merged_windows(rule_id, ctx, spans, phase))
    else:
        return tuple(_span(rule_id, ctx, int(a), int(b), phase) for a, b in _pairs(spans))
    return tuple(_group(rule_id, ctx, group, side, phase) for group, side in groups)


def _pairs(spans: Spans) -> Iterator[tuple[int, int]]:
    order = np.argsort(spans.starts, kind="stable")
    return zip(spans.starts[order].tolist(), spans.ends[order].tolist(), strict=True)


def _phase_wide(rule_id: str, ctx: PhaseContext, phase: int) -> Occurrence:
    first, last = (int(ctx.positions[0]), int(ctx.positions[-1])) if ctx.n else (0, 0)
    return Occurrence(rule_id, phase, first, last, ctx.stats.n_useful)


def _side_at(ctx: PhaseContext, index: IntArray) -> IntArray:
    """+1 above / -1 below the centre line at each phase index."""
    side: IntArray = np.sign(ctx.y[index] - ctx.cl[index]).astype(np.int64)
    return side


def _outside_side(ctx: PhaseContext, rule_id: str, spans: Spans) -> IntArray:
    if rule_id == "outside_limits":
        above = ctx.y[spans.starts] > ctx.ucl[spans.starts]
        return np.where(above, 1, -1).astype(np.int64)
    # Astronomical candidates are judged against their phase's mean (an I chart's centre line).
    centre = float(np.nanmean(ctx.y))
    return np.where(ctx.y[spans.starts] > centre, 1, -1).astype(np.int64)


def _clusters(
    ctx: PhaseContext, index: IntArray, gap: int | None, side: IntArray
) -> list[tuple[IntArray, int]]:
    """Single-point hits grouped by side: all of a phase's (gap None), or while at most `gap`
    plotted points apart."""
    order = np.lexsort((index, -side)) if gap is None else np.argsort(index, kind="stable")
    index, side = index[order], side[order]
    split = np.diff(side) != 0
    if gap is not None:
        split |= np.diff(np.searchsorted(ctx.present, index)) > gap
    breaks = np.flatnonzero(split) + 1
    return [
        (group, int(group_side[0]))
        for group, group_side in zip(np.split(index, breaks), np.split(side, breaks), strict=True)
    ]


def _merged_windows(
    rule_id: str, ctx: PhaseContext, spans: Spans, phase: int
) -> Iterator[Occurrence]:
    """Overlapping windows on one side are one occurrence."""
    sides = _side_at(ctx, spans.starts)
    for sign in (1, -1):
        chosen = spans.where(sides == sign)
        pairs = sorted(zip(chosen.starts.tolist(), chosen.ends.tolist(), strict=True))
        merged: list[list[int]] = []
        for start, end in pairs:
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        for start, end in merged:
            points = tuple(ctx.positions[start : end + 1].tolist())
            length = _beyond_count(ctx, rule_id, start, end, sign)
            where: Side = "above" if sign > 0 else "below"
            yield Occurrence(rule_id, phase, points[0], points[-1], length, points, where)


def _span(rule_id: str, ctx: PhaseContext, start: int, end: int, phase: int) -> Occurrence:
    """One contiguous occurrence from phase index `start` to `end`, inclusive."""
    points = tuple(ctx.positions[start : end + 1].tolist())
    y = ctx.y[start : end + 1]
    present = y[~np.isnan(y)]
    if rule_id == "trend":
        # A repeated value counts once where the rule lets it neither make nor break a trend.
        length = int(present.shape[0] - np.count_nonzero(np.diff(present) == 0))
        going: Going = "up" if present[-1] > present[0] else "down"
        return Occurrence(rule_id, phase, points[0], points[-1], length, points, direction=going)
    side = np.sign(y - ctx.cl[start : end + 1])
    side = side[~np.isnan(side) & (side != 0)]
    if rule_id == "hugging":
        return Occurrence(rule_id, phase, points[0], points[-1], len(points), points)
    where: Side = "above" if side.shape[0] and side[0] > 0 else "below"
    return Occurrence(rule_id, phase, points[0], points[-1], int(side.shape[0]), points, where)


def _beyond_count(ctx: PhaseContext, rule_id: str, start: int, end: int, sign: int) -> int:
    """Points of the group beyond the rule's zone on its side."""
    up, down = ctx.beyond(2.0 if rule_id == "two_of_three" else 1.0)
    inside = (ctx.judged >= start) & (ctx.judged <= end)
    return int(np.count_nonzero((up if sign > 0 else down)[inside]))


def _group(rule_id: str, ctx: PhaseContext, index: IntArray, side: int, phase: int) -> Occurrence:
    points = tuple(ctx.positions[index].tolist())
    return Occurrence(
        rule_id,
        phase,
        points[0],
        points[-1],
        len(points),
        points,
        "above" if side > 0 else "below",
        hint=rule_id in HINTS,
    )
