"""Labels around the plot: PDSA cycles above it, line values at its right edge."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from matplotlib.axes import Axes

from pdsa_cli.charts import style
from pdsa_cli.charts.context import CycleMarker
from pdsa_cli.charts.formats import date_number
from pdsa_cli.charts.geometry import LabelSlot, stagger, text_width_pt

CYCLE_LEVEL_PT = 12.0  # the height of one row of cycle labels
CYCLE_GAP_PT = 6.0  # the least space between two labels on one row


@dataclass(frozen=True)
class PlacedCycle:
    marker: CycleMarker
    x: float
    slot: LabelSlot


def cycle_x(marker: CycleMarker) -> float:
    return float(date_number(np.datetime64(marker.date, "D")))


def place_cycles(
    markers: Sequence[CycleMarker], x_lim: tuple[float, float], axes_width_in: float, k: float
) -> list[PlacedCycle]:
    """Levels for cycle labels so that labels close in time do not overlap (measured in
    points, converted to days through the axis scale)."""
    ordered = sorted(markers, key=lambda m: (m.date, m.number))
    per_point = (x_lim[1] - x_lim[0]) / (axes_width_in * 72.0)  # days per typographic point
    xs = [cycle_x(m) for m in ordered]
    widths = [(text_width_pt(m.label, style.FONT_SMALL * k) + 4.0 * k) * per_point for m in ordered]
    slots = stagger(xs, widths, limit=x_lim[1], gap=CYCLE_GAP_PT * k * per_point)
    return [PlacedCycle(m, x, s) for m, x, s in zip(ordered, xs, slots, strict=True)]


def cycle_levels(placed: Sequence[PlacedCycle]) -> int:
    return 1 + max((p.slot.level for p in placed), default=-1)


def draw_cycles(ax: Axes, placed: Sequence[PlacedCycle], phase_at_adopt: bool, k: float) -> None:
    """Each cycle: a thin line at its Do date through the plot and a label above it."""
    for item in placed:
        adopted = item.marker.adopted
        colour = style.ADOPTED if adopted else style.CYCLE
        strong = adopted and phase_at_adopt
        ax.axvline(
            item.x,
            color=colour,
            ls="-" if strong else (0, (2, 2)),
            lw=1.3 if strong else 0.9,
            alpha=0.9,
            zorder=1,
            gid=f"cycle-line-{item.marker.number}",
        )
        left = item.slot.align == "left"
        ax.annotate(
            item.marker.label,
            xy=(item.x, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=((2 if left else -2) * k, (3 + item.slot.level * CYCLE_LEVEL_PT) * k),
            textcoords="offset points",
            ha=item.slot.align,
            va="bottom",
            fontsize=style.FONT_SMALL * k,
            color=colour,
            fontweight="bold" if adopted else "normal",
            annotation_clip=False,
            arrowprops={
                "arrowstyle": "-",
                "color": colour,
                "lw": 0.7,
                # No clipping against the label's box (costly curve splitting on every
                # draw): the line starts 2 pt off the label's corner, where clipping ended it.
                "patchA": None,
                "shrinkA": 2,
                "shrinkB": 0,
                "relpos": (0.0 if left else 1.0, 0.0),
            },
            gid=f"cycle-{item.marker.number}",
        )


@dataclass(frozen=True)
class EdgeLabel:
    text: str
    value: float
    colour: str
    gid: str


def spread(positions: Sequence[float], gap: float) -> list[float]:
    """Move sorted-or-not positions apart to at least `gap`, keeping their order and centre."""
    order = np.argsort(positions)
    placed = [float(positions[i]) for i in order]
    for k in range(1, len(placed)):
        placed[k] = max(placed[k], placed[k - 1] + gap)
    shift = (sum(positions) - sum(placed)) / len(placed) if placed else 0.0
    placed = [p + shift for p in placed]
    for k in range(1, len(placed)):  # re-centring must not undo the gaps
        placed[k] = max(placed[k], placed[k - 1] + gap)
    result = [0.0] * len(placed)
    for rank, index in enumerate(order):
        result[int(index)] = placed[rank]
    return result


def draw_edge_labels(
    ax: Axes, labels: Sequence[EdgeLabel], y_lim: tuple[float, float], height_in: float, k: float
) -> None:
    """Values of the latest centre line, limits and target at the right edge, never stacked
    on one another."""
    shown = [label for label in labels if np.isfinite(label.value)]
    if not shown:
        return
    per_point = (y_lim[1] - y_lim[0]) / (height_in * 72.0)
    wanted = [(label.value - y_lim[0]) / per_point for label in shown]
    placed = spread(wanted, gap=(style.FONT_SMALL + 2.0) * k)
    for label, want, put in zip(shown, wanted, placed, strict=True):
        ax.annotate(
            label.text,
            xy=(1.0, label.value),
            xycoords=("axes fraction", "data"),
            xytext=(5 * k, put - want),
            textcoords="offset points",
            ha="left",
            va="center",
            fontsize=style.FONT_SMALL * k,
            color=label.colour,
            annotation_clip=False,
            gid=label.gid,
        )
