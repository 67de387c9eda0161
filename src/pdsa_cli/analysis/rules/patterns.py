"""Vectorised pattern finders shared by the rules: runs, trends and k-of-m windows.

Every finder works on whole numpy arrays (no Python loop per point) and returns
:class:`Spans`: the first and last index (inclusive) of each occurrence, in the index space
of the array it was given. :meth:`Spans.through` maps spans found on a compressed array
(missing points or points on the centre line removed) back to the phase's own indices.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

BoolArray = npt.NDArray[np.bool_]
IntArray = npt.NDArray[np.int64]
SideArray = npt.NDArray[np.int8]  # +1 above the centre line, -1 below, 0 on it (or missing)

_NO_INDEX: IntArray = np.zeros(0, dtype=np.int64)


@dataclass(frozen=True)
class Spans:
    """Occurrences of a pattern as inclusive ``[start, end]`` index pairs."""

    starts: IntArray
    ends: IntArray

    @classmethod
    def none(cls) -> Spans:
        return cls(_NO_INDEX, _NO_INDEX)

    def __len__(self) -> int:
        return int(self.starts.shape[0])

    @property
    def lengths(self) -> IntArray:
        return self.ends - self.starts + 1

    def join(self, other: Spans) -> Spans:
        return Spans(
            np.concatenate((self.starts, other.starts)), np.concatenate((self.ends, other.ends))
        )

    def where(self, keep: BoolArray) -> Spans:
        return Spans(self.starts[keep], self.ends[keep])

    def through(self, index: IntArray) -> Spans:
        """Spans found on ``array[index]``, expressed as indices into ``array``."""
        return Spans(index[self.starts], index[self.ends])

    def mask(self, n: int) -> BoolArray:
        """True at every index covered by some span (overlaps merge)."""
        if not len(self):
            return np.zeros(n, dtype=np.bool_)
        edges = np.bincount(self.starts, minlength=n + 1) - np.bincount(
            self.ends + 1, minlength=n + 1
        )
        covered: BoolArray = np.cumsum(edges[:n]) > 0
        return covered


def side_of(y: npt.NDArray[np.float64], cl: npt.NDArray[np.float64]) -> SideArray:
    """+1 above, -1 below, 0 on the line; NaN in either gives 0. Compares, never subtracts,
    so huge values cannot overflow into a wrong side."""
    side: SideArray = np.greater(y, cl).view(np.int8) - np.less(y, cl).view(np.int8)
    return side


def equal_runs(values: npt.NDArray[np.int8]) -> tuple[Spans, npt.NDArray[np.int8]]:
    """Maximal stretches of equal consecutive values and the value of each stretch."""
    n = values.shape[0]
    if n == 0:
        return Spans.none(), values[:0]
    change = np.empty(n, dtype=np.bool_)
    change[0] = True
    np.not_equal(values[1:], values[:-1], out=change[1:])
    starts = np.flatnonzero(change).astype(np.int64)
    ends = np.empty_like(starts)
    ends[:-1] = starts[1:] - 1
    ends[-1] = n - 1
    return Spans(starts, ends), values[starts]


def true_runs(mask: BoolArray) -> Spans:
    """Maximal stretches of consecutive True values."""
    spans, value = equal_runs(mask.view(np.int8))
    return spans.where(value == 1)


def side_runs(side: SideArray, min_length: int) -> Spans:
    """Runs of at least `min_length` consecutive points on one side; a 0 (on the line) breaks."""
    spans, value = equal_runs(side)
    return spans.where((value != 0) & (spans.lengths >= min_length))


def monotone_runs(values: npt.NDArray[np.float64], min_points: int) -> Spans:
    """Stretches of at least `min_points` points each strictly above (or each strictly below)
    the one before; an equal neighbour breaks the stretch."""
    if values.shape[0] < 2:
        return Spans.none()
    step = side_of(values[1:], values[:-1])  # +1 up, -1 down, 0 equal
    spans, value = equal_runs(step)
    # A run of k equal steps joins k + 1 points: steps a..b cover points a..b+1.
    keep = (value != 0) & (spans.lengths + 1 >= min_points)
    kept = spans.where(keep)
    return Spans(kept.starts, kept.ends + 1)


def monotone_runs_ties_once(values: npt.NDArray[np.float64], min_points: int) -> Spans:
    """Like :func:`monotone_runs`, but a repeated value counts once and neither makes nor
    breaks the stretch; repeats inside the stretch are covered, a repeated value at either end
    is not (Perla et al. 2011: the stretch runs from the point it first moved from to the last
    point that still moved)."""
    n = values.shape[0]
    if n < 2:
        return Spans.none()
    first = np.empty(n, dtype=np.bool_)
    first[0] = True
    np.not_equal(values[1:], values[:-1], out=first[1:])
    group_start = np.flatnonzero(first).astype(np.int64)
    group_end = np.empty_like(group_start)
    group_end[:-1] = group_start[1:] - 1
    group_end[-1] = n - 1
    distinct = monotone_runs(values[group_start], min_points)
    return Spans(group_end[distinct.starts], group_start[distinct.ends])


def windows(
    beyond: BoolArray, width: int, at_least: int, same_side: BoolArray | None = None
) -> Spans:
    """Windows of `width` consecutive points with at least `at_least` of them `beyond`; with
    `same_side`, every point of the window must also be True there. Each occurrence runs from
    the window's first beyond point to its last."""
    if at_least < 1:
        raise ValueError(f"at_least must be at least 1, got {at_least}")
    n = beyond.shape[0]
    if n < width or width < 1:
        return Spans.none()
    counts = _window_sums(beyond, width)
    ok = counts >= at_least
    if same_side is not None:
        ok &= _window_sums(same_side, width) == width
    window_start = np.flatnonzero(ok).astype(np.int64)
    if not window_start.shape[0]:
        return Spans.none()
    # Every qualifying window holds a beyond point, so both look-ups land inside it.
    beyond_at = np.flatnonzero(beyond).astype(np.int64)
    first = beyond_at[np.searchsorted(beyond_at, window_start, side="left")]
    last = beyond_at[np.searchsorted(beyond_at, window_start + width - 1, side="right") - 1]
    return Spans(first, last)


def beyond_in_windows(
    beyond: BoolArray, width: int, at_least: int, same_side: BoolArray | None = None
) -> Spans:
    """Like :func:`windows`, but each occurrence is one point: a `beyond` point that lies in a
    qualifying window (NHSRplotthedots' part_of_two_in_three: the point between two points
    beyond 2 sigma is not flagged)."""
    if at_least < 1:
        raise ValueError(f"at_least must be at least 1, got {at_least}")
    n = beyond.shape[0]
    if n < width or width < 1:
        return Spans.none()
    ok = _window_sums(beyond, width) >= at_least
    if same_side is not None:
        ok &= _window_sums(same_side, width) == width
    # point i lies in the windows starting at i - width + 1 .. i (those that exist)
    started = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(ok, out=started[1 : ok.shape[0] + 1])
    started[ok.shape[0] + 1 :] = started[ok.shape[0]]
    index = np.arange(n)
    first = np.clip(index - width + 1, 0, ok.shape[0])
    last = np.clip(index + 1, 0, ok.shape[0])
    covered = (started[last] - started[first]) > 0
    points = np.flatnonzero(covered & beyond).astype(np.int64)
    return Spans(points, points)


def _window_sums(mask: BoolArray, width: int) -> IntArray:
    cumulative = np.zeros(mask.shape[0] + 1, dtype=np.int64)
    np.cumsum(mask, out=cumulative[1:])
    sums: IntArray = cumulative[width:] - cumulative[:-width]
    return sums
