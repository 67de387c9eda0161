"""The axes' ticks, labels and grid, drawn as a handful of artists.

matplotlib's own axis builds five artists for every tick (two marks, a grid line, two labels)
and lays them out again on every draw: with the page around it, that was about 40 % of a chart's
drawing time, which a national report pays 588 times. Here the same locators and formatters
choose the ticks once, and the marks and grid lines are one artist each; only the labels are one
text each. What the reader sees is what matplotlib drew: the same positions, sizes and colours.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.markers import TICKDOWN, TICKLEFT
from matplotlib.ticker import Formatter, Locator, NullLocator
from matplotlib.transforms import Transform

from pdsa_cli.charts import style
from pdsa_cli.charts.artists import label, line
from pdsa_cli.charts.geometry import text_width_pt
from pdsa_cli.charts.metrics import text_height_pt

TICK_PAD = 3.5  # points between a tick mark and its label (matplotlib's default)
LABEL_PAD = 4.0  # points between the tick labels and the axis label
TICK_WIDTH = 0.8


@dataclass(frozen=True)
class Ticks:
    """Where an axis has its ticks, and what they say."""

    positions: list[float]
    labels: list[str]


def choose_ticks(locator: Locator, formatter: Formatter, limits: tuple[float, float]) -> Ticks:
    """The ticks matplotlib's axis would show for these limits: the locator's positions inside
    the view, written by the formatter."""
    locator.create_dummy_axis()
    locator.axis.set_view_interval(*limits)  # type: ignore[union-attr]
    low, high = sorted(limits)
    slack = (high - low) * 1e-10  # as matplotlib keeps a tick that sits on the edge
    positions = [
        float(p) for p in np.asarray(locator(), dtype=float) if low - slack <= p <= high + slack
    ]
    formatter.create_dummy_axis()
    formatter.set_locs(positions)
    return Ticks(positions, [str(text) for text in formatter.format_ticks(positions)])


def draw_x_ticks(ax: Axes, ticks: Ticks, font: float, length: float) -> float:
    """Marks under the x axis and their labels; returns the labels' height in points."""
    ax.xaxis.set_major_locator(NullLocator())
    base = ax.get_xaxis_transform()
    _marks(ax, ticks.positions, [0.0] * len(ticks.positions), TICKDOWN, length, base, "xtick")
    shift = (0.0, -(length + TICK_PAD))
    for x, text in zip(ticks.positions, ticks.labels, strict=True):
        _tick_label(ax, (x, 0.0), text, font, base, shift, ha="center", va="top", gid="xtick-label")
    return max((text_height_pt(text, font) for text in ticks.labels), default=0.0)


def draw_y_ticks(ax: Axes, ticks: Ticks, font: float, length: float) -> float:
    """Marks left of the y axis, their labels and a grid line at each; returns the labels'
    width in points."""
    ax.yaxis.set_major_locator(NullLocator())
    base = ax.get_yaxis_transform()
    grid = LineCollection(
        [[(0.0, y), (1.0, y)] for y in ticks.positions],
        colors=style.GRID,
        linewidths=0.8,
        transform=base,
        zorder=0.5,  # above the limits' band, below every line (matplotlib's axisbelow)
        gid="grid",
    )
    ax.add_collection(grid, autolim=False)
    _marks(ax, [0.0] * len(ticks.positions), ticks.positions, TICKLEFT, length, base, "ytick")
    shift = (-(length + TICK_PAD), 0.0)
    for y, text in zip(ticks.positions, ticks.labels, strict=True):
        _tick_label(
            ax,
            (0.0, y),
            text,
            font,
            base,
            shift,
            ha="right",
            va="center_baseline",
            gid="ytick-label",
        )
    return max((text_width_pt(text, font) for text in ticks.labels), default=0.0)


def _marks(
    ax: Axes,
    xs: Sequence[float],
    ys: Sequence[float],
    marker: int,
    length: float,
    transform: Transform,
    gid: str,
) -> None:
    line(
        ax,
        xs,
        ys,
        ls="none",
        marker=marker,
        ms=length,
        mew=TICK_WIDTH,
        color=style.TEXT,
        transform=transform,
        clip_on=False,
        gid=gid,
    )


def _tick_label(
    ax: Axes,
    at: tuple[float, float],
    text: str,
    font: float,
    base: Transform,
    shift: tuple[float, float],
    **kw: Any,
) -> None:
    label(ax, at, text, base, shift, fontsize=font, color=style.TEXT, **kw)


def draw_axis_labels(
    ax: Axes, x_label: str, y_label: str, font: float, below: float, left: float
) -> None:
    """The axis labels outside the tick labels (`below` and `left` are in points from the
    axes), as matplotlib places them."""
    if x_label:
        shift = (0.0, -(below + LABEL_PAD))
        _tick_label(
            ax, (0.5, 0.0), x_label, font, ax.transAxes, shift, ha="center", va="top", gid="x-label"
        )
    if y_label:
        shift = (-(left + LABEL_PAD), 0.0)
        _tick_label(
            ax,
            (0.0, 0.5),
            y_label,
            font,
            ax.transAxes,
            shift,
            ha="center",
            va="bottom",
            rotation=90,
            rotation_mode="anchor",
            gid="y-label",
        )
