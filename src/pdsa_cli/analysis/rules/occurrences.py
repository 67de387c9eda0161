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
import numpy.typing as npt

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
        return tuple(_stretches(rule_id, ctx, spans, phase))
    return tuple(_group(rule_id, ctx, group, side, phase) for group, side in groups)


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
    """Overlapping windows on one side are one occurrence; its length is the points beyond
    the rule's zone on that side (vectorised: a long series has thousands of windows)."""
    sides = _side_at(ctx, spans.starts)
    up, down = ctx.beyond(2.0 if rule_id == "two_of_three" else 1.0)
    for sign, beyond_judged in ((1, up), (-1, down)):
        chosen = spans.where(sides == sign)
        if not len(chosen):
            continue
        order = np.argsort(chosen.starts, kind="stable")
        starts, ends = chosen.starts[order], np.maximum.accumulate(chosen.ends[order])
        new = np.ones(starts.shape[0], dtype=bool)
        new[1:] = starts[1:] > ends[:-1]
        first = starts[new]
        last = np.append(ends[np.flatnonzero(new)[1:] - 1], ends[-1])
        beyond = np.zeros(ctx.n + 1, dtype=np.int64)
        beyond[ctx.judged + 1] = beyond_judged
        counts = np.cumsum(beyond)
        lengths = counts[last + 1] - counts[first]
        where: Side = "above" if sign > 0 else "below"
        for start, end, length in zip(first.tolist(), last.tolist(), lengths.tolist(), strict=True):
            points = tuple(ctx.positions[start : end + 1].tolist())
            yield Occurrence(rule_id, phase, points[0], points[-1], length, points, where)


def _stretches(rule_id: str, ctx: PhaseContext, spans: Spans, phase: int) -> Iterator[Occurrence]:
    """Contiguous occurrences (runs, shifts, trends, hugging), their lengths and sides counted
    with prefix sums over the phase (a long series has thousands of them)."""
    order = np.argsort(spans.starts, kind="stable")
    starts, ends = spans.starts[order], spans.ends[order]
    present = ~np.isnan(ctx.y)
    none: list[None] = [None] * starts.shape[0]
    sides: list[Side | None] = list(none)
    goings: list[Going | None] = list(none)
    if rule_id == "trend":
        # A repeated value counts once where the rule lets it neither make nor break a trend.
        at = np.flatnonzero(present)
        repeat = np.zeros(ctx.n, dtype=bool)
        repeat[at[1:]] = ctx.y[at[1:]] == ctx.y[at[:-1]]
        lengths = _count(present, starts, ends) - _count(repeat, starts + 1, ends)
        goings = ["up" if r else "down" for r in (ctx.y[ends] > ctx.y[starts]).tolist()]
    elif rule_id == "hugging":
        lengths = ends - starts + 1
    else:
        side = np.sign(ctx.y - ctx.cl)
        lengths = _count(present & (side != 0), starts, ends)
        sides = ["above" if v > 0 else "below" for v in side[starts].tolist()]
    for start, end, length, where, going in zip(
        starts.tolist(), ends.tolist(), lengths.tolist(), sides, goings, strict=True
    ):
        points = tuple(ctx.positions[start : end + 1].tolist())
        yield Occurrence(rule_id, phase, points[0], points[-1], length, points, where, going)


def _count(mask: npt.NDArray[np.bool_], starts: IntArray, ends: IntArray) -> IntArray:
    """How many True in mask[start..end] (inclusive) for each span."""
    total = np.zeros(mask.shape[0] + 1, dtype=np.int64)
    np.cumsum(mask, out=total[1:])
    counts: IntArray = total[np.maximum(ends + 1, starts)] - total[starts]
    return counts


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
