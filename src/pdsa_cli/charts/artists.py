"""Lines and labels added to a plot without matplotlib's bookkeeping.

`Axes.plot`, `axvline` and `annotate` recompute the data limits and lay out arrows on every
call, and a chart has dozens of them. Every chart sets its limits itself, so these helpers add
the same artists directly: same look, a fraction of the cost (issue 16: the national report).
"""

from __future__ import annotations

from typing import Any

from matplotlib.axes import Axes
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.transforms import ScaledTranslation, Transform


def offset(ax: Axes, base: Transform, dx_pt: float, dy_pt: float) -> Transform:
    """`base`, then moved by (dx, dy) typographic points (as `annotate`'s offset points)."""
    shift = ScaledTranslation(dx_pt / 72.0, dy_pt / 72.0, ax.figure.dpi_scale_trans)
    return base + shift


def line(ax: Axes, xs: Any, ys: Any, **style: Any) -> Line2D:
    """A line in data coordinates (or `transform=`), as `ax.plot` draws it."""
    drawn = Line2D(xs, ys, **style)
    if "transform" not in style:
        drawn.set_transform(ax.transData)
    ax.add_artist(drawn)
    return drawn


def vline(ax: Axes, x: float, **style: Any) -> Line2D:
    """A line across the plot's height at data `x`, as `axvline` draws it."""
    return line(ax, [x, x], [0.0, 1.0], transform=ax.get_xaxis_transform(), **style)


def hline(ax: Axes, y: float, **style: Any) -> Line2D:
    """A line across the plot's width at data `y`, as `axhline` draws it."""
    return line(ax, [0.0, 1.0], [y, y], transform=ax.get_yaxis_transform(), **style)


def label(
    ax: Axes,
    at: tuple[float, float],
    text: str,
    base: Transform,
    shift: tuple[float, float] = (0.0, 0.0),
    **style: Any,
) -> Text:
    """Text at `at` (in `base`'s coordinates) moved by `shift` points; never clipped, as
    `annotate` draws it."""
    drawn = Text(*at, text, transform=offset(ax, base, *shift), clip_on=False, **style)
    ax.add_artist(drawn)
    return drawn
