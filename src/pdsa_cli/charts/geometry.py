"""Where things go: x positions, axis ranges, the figure's layout in inches, label levels.

Measured with matplotlib's text metrics (no renderer needed), so labels can be placed before
anything is drawn.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from pdsa_cli.analysis.result import Analysis, FloatArray
from pdsa_cli.charts.formats import date_number
from pdsa_cli.charts.metrics import text_size_pt


def text_width_pt(text: str, size: float, weight: str = "normal") -> float:
    """The width of one line of text in points."""
    return text_size_pt(text, size, weight)[0]


def wrap(text: str, width_pt: float, size: float) -> list[str]:
    """Lines of `text` that fit `width_pt` (average glyph width from a sample)."""
    sample = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ æøå 0123456789"
    per_char = text_width_pt(sample, size) / len(sample)
    chars = max(20, int(width_pt / per_char))
    return textwrap.wrap(text, chars) or [""]


def wrap_at_most(text: str, width_pt: float, size: float, max_lines: int) -> list[str]:
    """:func:`wrap`, kept to `max_lines`; text left over is shown as cut: the last line ends
    at a whole word with an ellipsis, so a cut never passes for the whole sentence."""
    lines = wrap(text, width_pt, size)
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    chars = max(len(line) for line in lines)
    last = kept[-1]
    while len(last) + 1 > chars and " " in last:
        last = last.rsplit(" ", 1)[0]
    kept[-1] = last.rstrip(",.;:") + "…"
    return kept


def x_positions(analysis: Analysis) -> FloatArray:
    """x as floats: matplotlib date numbers, the numbers themselves, or 1..n for labels."""
    if analysis.x_kind == "date":
        return np.asarray(date_number(analysis.x.astype("datetime64[D]")), dtype=np.float64)
    if analysis.x_kind == "number":
        return np.asarray(analysis.x, dtype=np.float64)
    return np.arange(1, len(analysis) + 1, dtype=np.float64)


def typical_step(xs: FloatArray) -> float:
    finite = xs[np.isfinite(xs)]
    if finite.size < 2:
        return 1.0
    steps = np.diff(np.sort(finite))
    steps = steps[steps > 0]
    return float(np.median(steps)) if steps.size else 1.0


def x_range(xs: FloatArray, extra: Sequence[float] = ()) -> tuple[float, float]:
    """The x-axis range: every point and cycle, with half a step (at least 2%) either side."""
    values = np.concatenate([xs[np.isfinite(xs)], np.asarray(extra, dtype=np.float64)])
    if values.size == 0:
        return 0.0, 1.0
    low, high = float(values.min()), float(values.max())
    pad = max(typical_step(xs) * 0.6, (high - low) * 0.02, 0.5)
    return low - pad, high + pad


def y_range(
    arrays: Sequence[FloatArray],
    extra: Sequence[float],
    top_room: float,
    ceiling: float | None = None,
) -> tuple[float, float]:
    """The y-axis range over every drawn value, with room above for in-plot labels."""
    values = np.concatenate(
        [np.asarray(a, dtype=np.float64).ravel() for a in arrays]
        + [np.asarray(extra, dtype=np.float64)]
    )
    values = values[np.isfinite(values)]
    if values.size == 0:
        return 0.0, 1.0
    low, high = float(values.min()), float(values.max())
    span = high - low or max(abs(high), 1.0)
    bottom = low - 0.08 * span
    if low >= 0 and bottom < 0:  # counts, minutes and proportions are never negative
        bottom = -0.02 * span
    top = high + (0.08 + top_room) * span
    if ceiling is not None and high <= ceiling:  # no axis beyond 100 %
        top = min(top, ceiling + (0.02 + top_room) * span)
    return bottom, top


@dataclass(frozen=True)
class Layout:
    """Margins of the plot area in inches, from the figure's edges."""

    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float

    def axes_rect(self) -> tuple[float, float, float, float]:
        return (
            self.left / self.width,
            self.bottom / self.height,
            (self.width - self.left - self.right) / self.width,
            (self.height - self.top - self.bottom) / self.height,
        )

    @property
    def axes_width(self) -> float:
        return self.width - self.left - self.right

    def y_at(self, inches_from_top: float) -> float:
        """Figure-fraction y of a line `inches_from_top` below the top edge."""
        return 1.0 - inches_from_top / self.height


@dataclass(frozen=True)
class LabelSlot:
    level: int  # 0 = nearest the plot
    align: str  # "left" (text starts at the date) or "right" (text ends at it)
    fits: bool = True  # False: every level was taken, so it would overlap another label


def stagger(
    positions: Sequence[float],
    widths: Sequence[float],
    limit: float,
    max_levels: int = 4,
    gap: float = 0.0,
) -> list[LabelSlot]:
    """Levels for labels at sorted `positions` (same unit as `widths`) so that labels on one
    level never overlap; a label that would run past `limit` is right-aligned to its date.

    Placed from the right, so a later label always sits below an earlier one that reaches over
    it: every leader line runs down to its date without crossing another label."""
    starts: list[float] = []  # the leftmost start on each level so far
    slots: list[LabelSlot] = []
    for position, width in zip(reversed(positions), reversed(widths), strict=True):
        align = "right" if position + width > limit else "left"
        start = position - width if align == "right" else position
        end = start + width
        level = next((k for k, first in enumerate(starts) if end + gap <= first), None)
        if level is None and len(starts) < max_levels:
            level = len(starts)
            starts.append(math.inf)
        fits = level is not None
        if level is None:  # every level is taken: the one with the most room
            level = int(np.argmax(starts))
        starts[level] = min(starts[level], start)
        slots.append(LabelSlot(level, align, fits))
    return slots[::-1]
