"""Labels around the plot: PDSA cycles above it, line values at its right edge."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from matplotlib.axes import Axes

from pdsa_cli.charts import style
from pdsa_cli.charts.artists import label, line
from pdsa_cli.charts.context import CycleMarker
from pdsa_cli.charts.formats import date_number
from pdsa_cli.charts.geometry import LabelSlot, stagger, text_width_pt
from pdsa_cli.i18n import Lang, translate

CYCLE_LEVEL_PT = 1.4 * style.FONT_SMALL  # the height of one row of cycle labels
CYCLE_GAP_PT = 6.0  # the least space between two labels on one row


CycleKind = Literal["tested", "adopted", "decided"]


@dataclass(frozen=True)
class CycleMark:
    """One mark of a cycle on the time axis: its test (at the Do start) or its decision (at
    the Act date; an adoption looks different from an adaptation or an abandonment)."""

    x: float
    number: int
    kind: CycleKind
    names: tuple[str, str, str]  # the label, then shorter ones for crowded charts

    @property
    def gid(self) -> str:
        return f"cycle-{self.number}" if self.kind == "tested" else f"cycle-{self.number}-decision"


@dataclass(frozen=True)
class PlacedCycle:
    mark: CycleMark
    slot: LabelSlot
    text: str | None  # the label as drawn (None: no room for one, the line alone)

    @property
    def x(self) -> float:
        return self.mark.x


def date_x(day: dt.date) -> float:
    return float(date_number(np.datetime64(day, "D")))


def cycle_x(marker: CycleMarker) -> float:
    return date_x(marker.date)


def cycle_dates_x(marker: CycleMarker) -> list[float]:
    """Where a cycle is marked: its Do start, and its Act date once decided."""
    days = [marker.date] if marker.decided is None else [marker.date, marker.decided]
    return [date_x(day) for day in days]


def cycle_marks(markers: Sequence[CycleMarker], lang: Lang) -> list[CycleMark]:
    """Each cycle's test at its Do start; its decision, if made, at its Act date."""
    marks: list[CycleMark] = []
    for m in markers:
        short = translate("charts.cycle", lang, n=m.number)
        marks.append(CycleMark(cycle_x(m), m.number, "tested", (m.label, short, str(m.number))))
        if m.decided is not None and m.decision is not None:
            kind: CycleKind = "adopted" if m.adopted else "decided"
            shorter = f"{m.number}: {m.decision_word}" if m.decision_word else m.decision
            names = (m.decision, shorter, str(m.number))
            marks.append(CycleMark(date_x(m.decided), m.number, kind, names))
    return sorted(marks, key=lambda mark: (mark.x, mark.number, mark.kind != "tested"))


def place_cycles(
    markers: Sequence[CycleMarker],
    x_lim: tuple[float, float],
    axes_width_in: float,
    k: float,
    lang: Lang = "en",
) -> list[PlacedCycle]:
    """Levels for cycle labels so that labels close in time never overlap (measured in
    points, converted to days through the axis scale). When the marks lie too close for
    their labels ("PDSA 3: adapt"), they are shortened ("3: adapt", then "3"); a label that
    still finds no room is left out, and its mark keeps its line."""
    marks = cycle_marks(markers, lang)
    per_point = (x_lim[1] - x_lim[0]) / (axes_width_in * 72.0)  # days per typographic point
    xs = [mark.x for mark in marks]
    slots: list[LabelSlot] = []
    texts: list[str] = []
    for tier in range(3):
        texts = [mark.names[tier] for mark in marks]
        widths = [
            (text_width_pt(t, style.FONT_SMALL * k, _weight(mark)) + 4.0 * k) * per_point
            for t, mark in zip(texts, marks, strict=True)
        ]
        slots = stagger(xs, widths, limit=x_lim[1], gap=CYCLE_GAP_PT * k * per_point)
        if all(slot.fits for slot in slots):
            break
    return [
        PlacedCycle(mark, slot, text if slot.fits else None)
        for mark, slot, text in zip(marks, slots, texts, strict=True)
    ]


def _weight(mark: CycleMark) -> str:
    return "bold" if mark.kind == "adopted" else "normal"


def _colour(mark: CycleMark) -> str:
    return style.ADOPTED if mark.kind == "adopted" else style.CYCLE


def cycle_levels(placed: Sequence[PlacedCycle]) -> int:
    return 1 + max((p.slot.level for p in placed if p.text is not None), default=-1)


def draw_cycles(ax: Axes, placed: Sequence[PlacedCycle], phase_at_adopt: bool, k: float) -> None:
    """A test: a dashed line at its Do start through the plot. An adoption: a solid line at
    its Act date. Every decision: a small triangle on the plot's top edge at its Act date.
    Each mark's label sits above the plot, joined to its mark by a short leader. The lines and
    leaders of one look are drawn as one path each (a chart may mark dozens of cycles; an
    artist apiece was a fifth of its cost)."""
    top = ax.get_xaxis_transform()
    per_point = _points_to_axes(ax)
    at: dict[CycleKind, list[float]] = {}
    leaders: dict[str, tuple[list[float], list[float]]] = {}
    for item in placed:
        mark = item.mark
        at.setdefault(mark.kind, []).append(item.x)
        if item.text is None:
            continue
        colour = _colour(mark)
        left = item.slot.align == "left"
        shift = ((2 if left else -2) * k, (3 + item.slot.level * CYCLE_LEVEL_PT) * k)
        label(
            ax,
            (item.x, 1.0),
            item.text,
            top,
            shift,
            ha=item.slot.align,
            va="bottom",
            fontsize=style.FONT_SMALL * k,
            color=colour,
            fontweight=_weight(mark),
            gid=mark.gid,
        )
        # From the plot's top to 2 pt off the label's corner.
        dx, dy = shortened(shift, 2.0)
        xs, ys = leaders.setdefault(colour, ([], []))
        xs += [item.x, item.x + dx * per_point[0], math.nan]
        ys += [1.0, 1.0 + dy * per_point[1], math.nan]
    _cycle_lines(ax, at.get("tested", []), "tested", style.CYCLE, (0, (2, 2)), 0.9)
    strong = 2.0 if phase_at_adopt else 1.6
    _cycle_lines(ax, at.get("adopted", []), "adopted", style.ADOPTED, ADOPTED_LS, strong)
    decisions = sorted(at.get("adopted", []) + at.get("decided", []))
    if decisions:
        line(
            ax,
            decisions,
            [1.0] * len(decisions),
            transform=top,
            ls="none",
            marker=DECISION_MARKER,
            ms=6.0 * k,
            color=style.CYCLE,
            mec="white",
            mew=0.6 * k,
            clip_on=False,
            zorder=7,
            gid="cycle-decisions",
        )
    for colour, (xs, ys) in leaders.items():
        line(
            ax,
            xs,
            ys,
            transform=top,
            color=colour,
            lw=0.7,
            clip_on=False,
            solid_capstyle="butt",
            gid="cycle-leaders",
        )


DECISION_MARKER = "v"  # a decision points down at the day it was made
ADOPTED_LS = "-."  # an adoption: dash-dot, unlike a test (dashed), a centre line (solid) and
# the target (dotted), so that each reads apart in greyscale too


def _cycle_lines(
    ax: Axes, at: Sequence[float], name: str, colour: str, ls: object, lw: float
) -> None:
    """One path of full-height lines at `at` (a break between them)."""
    if not at:
        return
    xs = [x for x in at for x in (x, x, math.nan)]
    ys = [y for _ in at for y in (0.0, 1.0, math.nan)]
    line(
        ax,
        xs,
        ys,
        transform=ax.get_xaxis_transform(),
        color=colour,
        ls=ls,
        lw=lw,
        zorder=1,
        gid=f"cycle-lines-{name}",
    )


def shortened(vector: tuple[float, float], by: float) -> tuple[float, float]:
    """`vector` made `by` shorter (never past its start)."""
    length = math.hypot(*vector)
    keep = max(0.0, 1.0 - by / length) if length else 0.0
    return vector[0] * keep, vector[1] * keep


def _points_to_axes(ax: Axes) -> tuple[float, float]:
    """One typographic point in data x and in axes-fraction y: the figure's size and the
    plot's place in it are fixed before anything is drawn, so this holds at every dpi."""
    box = ax.get_position()
    figure = ax.get_figure(root=True)
    assert figure is not None
    width_in, height_in = figure.get_size_inches()
    low, high = ax.get_xlim()
    return (high - low) / (box.width * width_in * 72.0), 1.0 / (box.height * height_in * 72.0)


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
    shown = [edge for edge in labels if np.isfinite(edge.value)]
    if not shown:
        return
    per_point = (y_lim[1] - y_lim[0]) / (height_in * 72.0)
    wanted = [(edge.value - y_lim[0]) / per_point for edge in shown]
    placed = spread(wanted, gap=(style.FONT_SMALL + 2.0) * k)
    right = ax.get_yaxis_transform()
    for edge, want, put in zip(shown, wanted, placed, strict=True):
        label(
            ax,
            (1.0, edge.value),
            edge.text,
            right,
            (5 * k, put - want),
            ha="left",
            va="center",
            fontsize=style.FONT_SMALL * k,
            color=edge.colour,
            gid=edge.gid,
        )
