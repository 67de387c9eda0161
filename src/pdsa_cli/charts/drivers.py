"""The driver diagram drawn left to right, as teams draw it on a whiteboard: the aim, then the
primary drivers, the secondary drivers, the change ideas and the initiatives testing them, boxes
in columns joined by connectors. Initiatives are coloured by status and starred where the data
show an improvement; every word is also written, so the picture reads in greyscale too.

Text stays text in SVG (`svg.fonttype: none`, a font stack with æ, ø and å), so the words can be
searched, copied and read by screen readers. The diagram is a plain tree
(:mod:`pdsa_cli.workspace.drivers`); nothing is decided here.
"""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass, field
from typing import Any

import matplotlib
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch

from pdsa_cli.charts import style
from pdsa_cli.charts.output import _METADATA
from pdsa_cli.i18n import translate
from pdsa_cli.i18n.glossary import term
from pdsa_cli.workspace.drivers import (
    IMPROVEMENT,
    ChangeIdeaNode,
    DriverDiagram,
    InitiativeNode,
    SecondaryNode,
)

# Fonts that have æ, ø and å; a reader's browser takes the first it has.
FONT_STACK = ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "sans-serif"]
FONT = 8.0  # points
LINE = FONT * 1.3 / 72  # inches per line of text
PAD = 0.07  # inches inside a box
GAP = 0.08  # inches between boxes of one column
BOX_WIDTH = 2.3  # inches
COLUMN_GAP = 0.45  # inches between columns, for the connectors
WRAP = 31  # characters per line in a box
TOP = 0.85  # inches for the title and the legend
COLUMNS = ("aim", "primary", "secondary", "change_ideas", "initiatives")
STAR = "★"

STATUS_COLOURS = {
    "active": style.SKY_BLUE,
    "adopted": style.BLUISH_GREEN,
    "spread": style.BLUE,
    "abandoned": style.EXCLUDED,
}
FILL = {
    "aim": "#FDF1D6",
    "primary": "#E8EEF5",
    "secondary": "#F1F4F8",
    "change_ideas": "#FFFFFF",
    "empty": "#FFFFFF",
}


@dataclass
class Box:
    """One box of the picture and the boxes it leads to (in the next column)."""

    column: int
    text: str
    fill: str
    edge: str = style.LIMIT
    width: float = 1.0  # the edge's line width
    star: bool = False
    dashed: bool = False
    children: list[Box] = field(default_factory=list)
    top: float = 0.0  # set by the layout (inches from the top)
    height: float = 0.0

    @property
    def lines(self) -> list[str]:
        return [line for part in self.text.split("\n") for line in _wrap(part)]

    @property
    def own_height(self) -> float:
        return len(self.lines) * LINE + 2 * PAD

    @property
    def centre(self) -> float:
        return self.top + self.height / 2


def _wrap(text: str) -> list[str]:
    return textwrap.wrap(text, WRAP, break_long_words=True) or [""]


def _status(status: str, lang: str) -> str:
    return term("initiative_status", status, lang)


def _method(method: str, lang: str) -> str:
    if method == "other":
        return translate("drivers.other_method", lang)
    return term("method", method, lang)


def initiative_box(node: InitiativeNode, lang: str, column: int = 4) -> Box:
    improved = node.evidence.status == IMPROVEMENT
    star = f"{STAR} " if improved else ""
    text = f"{star}{node.name}\n{node.municipality_name} · {_status(node.status, lang)}"
    return Box(
        column,
        text,
        fill="#FFFFFF",
        edge=STATUS_COLOURS.get(node.status, style.LIMIT),
        width=2.2,
        star=improved,
        dashed=node.status == "abandoned",
    )


def _empty(lang: str, column: int) -> Box:
    return Box(column, translate("drivers.no_initiative", lang), FILL["empty"], style.GRID)


def _idea_box(idea: ChangeIdeaNode, lang: str) -> Box:
    box = Box(3, _method(idea.method, lang), FILL["change_ideas"])
    box.children = [initiative_box(i, lang) for i in idea.initiatives] or [_empty(lang, 4)]
    return box


def _secondary_box(node: SecondaryNode, lang: str) -> Box:
    box = Box(2, node.name, FILL["secondary"])
    box.children = [_idea_box(i, lang) for i in node.change_ideas] or [_empty(lang, 3)]
    return box


def diagram_boxes(diagram: DriverDiagram, lang: str) -> tuple[Box, list[Box]]:
    """The aim's box (the root of the tree) and the boxes of unlinked initiatives."""
    aim = Box(0, diagram.aim or translate("drivers.no_aim", lang), FILL["aim"], style.ORANGE)
    for primary in diagram.primary:
        box = Box(1, primary.name, FILL["primary"], width=1.4)
        box.children = [_secondary_box(s, lang) for s in primary.secondary] or [_empty(lang, 2)]
        aim.children.append(box)
    unlinked = [initiative_box(i, lang) for i in diagram.unlinked]
    return aim, unlinked


def _span(box: Box) -> float:
    """The height the box and everything after it need."""
    inner = sum(_span(c) for c in box.children) + GAP * max(0, len(box.children) - 1)
    return max(box.own_height, inner)


def _place(box: Box, top: float) -> None:
    span = _span(box)
    box.height = box.own_height
    box.top = top + (span - box.height) / 2
    inner = sum(_span(c) for c in box.children) + GAP * max(0, len(box.children) - 1)
    y = top + (span - inner) / 2
    for child in box.children:
        _place(child, y)
        y += _span(child) + GAP


def _walk(box: Box) -> list[Box]:
    return [box, *(b for c in box.children for b in _walk(c))]


def _x(column: int) -> float:
    return PAD * 3 + column * (BOX_WIDTH + COLUMN_GAP)


def _draw_box(ax: Axes, box: Box) -> None:
    x = _x(box.column)
    patch = FancyBboxPatch(
        (x, box.top),
        BOX_WIDTH,
        box.height,
        boxstyle="round,pad=0,rounding_size=0.06",
        facecolor=box.fill,
        edgecolor=box.edge,
        linewidth=box.width,
        linestyle="--" if box.dashed else "-",
    )
    ax.add_patch(patch)
    ax.text(
        x + PAD,
        box.centre,
        "\n".join(box.lines),
        va="center",
        ha="left",
        fontsize=FONT,
        color=style.INK,
        linespacing=1.3,
    )


def _connect(ax: Axes, parent: Box, child: Box) -> None:
    start = _x(parent.column) + BOX_WIDTH
    end = _x(child.column)
    middle = start + COLUMN_GAP / 2
    xs = [start, middle, middle, end]
    ys = [parent.centre, parent.centre, child.centre, child.centre]
    ax.plot(xs, ys, color=style.LIMIT, linewidth=0.9, solid_joinstyle="round")


def _header(ax: Axes, diagram: DriverDiagram, lang: str) -> None:
    title = f"{translate('drivers.title', lang)}: {diagram.programme}"
    ax.text(PAD * 3, 0.28, title, fontsize=style.FONT_TITLE - 2, color=style.INK, weight="bold")
    x = PAD * 3
    for status, colour in STATUS_COLOURS.items():
        ax.add_patch(
            FancyBboxPatch(
                (x, 0.42), 0.22, 0.12, boxstyle="round,pad=0,rounding_size=0.03",
                facecolor="white", edgecolor=colour, linewidth=2.2,
                linestyle="--" if status == "abandoned" else "-",
            )
        )  # fmt: skip
        ax.text(x + 0.28, 0.48, _status(status, lang), va="center", fontsize=FONT, color=style.TEXT)
        x += 1.15
    legend = translate("drivers.legend.improvement", lang)
    ax.text(x, 0.48, legend, va="center", fontsize=FONT, color=style.BLUE)
    for column, key in enumerate(COLUMNS):
        label = translate(f"drivers.{key}" if key != "aim" else "drivers.aim", lang)
        ax.text(_x(column), TOP - 0.1, label, fontsize=FONT + 1, color=style.MUTED, weight="bold")


def render_drivers(diagram: DriverDiagram, lang: str) -> Figure:
    """The driver diagram as a matplotlib Figure, sized to hold every box."""
    aim, unlinked = diagram_boxes(diagram, lang)
    _place(aim, TOP)
    bottom = TOP + _span(aim)
    boxes = _walk(aim)
    if unlinked:
        heading = Box(4, translate("drivers.unlinked", lang), "#FFFFFF", "#FFFFFF")
        heading.height = heading.own_height
        heading.top = bottom + 0.2
        y = heading.top + heading.height + GAP
        for box in unlinked:
            box.top, box.height = y, box.own_height
            y += box.height + GAP
        boxes += [heading, *unlinked]
        bottom = y
    width = _x(len(COLUMNS)) - COLUMN_GAP + PAD * 3
    height = bottom + 0.25
    with matplotlib.rc_context(_RC):  # type: ignore[arg-type]
        figure = Figure(figsize=(width, height), facecolor="white")
        FigureCanvasAgg(figure)
        ax = figure.add_axes((0, 0, 1, 1))
        ax.set_xlim(0, width)
        ax.set_ylim(height, 0)
        ax.set_axis_off()
        _header(ax, diagram, lang)
        for box in _walk(aim):
            for child in box.children:
                _connect(ax, box, child)
        for box in boxes:
            _draw_box(ax, box)
    return figure


_RC: dict[str, Any] = {
    "font.family": "sans-serif",
    "font.sans-serif": FONT_STACK,
    "svg.fonttype": "none",
}


def drivers_bytes(figure: Figure, fmt: str, dpi: float = style.DEFAULT_DPI) -> bytes:
    """The figure as png, svg or pdf; in SVG the words stay text."""
    buffer = io.BytesIO()
    settings: dict[str, Any] = {**_RC, "svg.hashsalt": "pdsa-cli"}
    with matplotlib.rc_context(settings):  # type: ignore[arg-type]
        figure.savefig(buffer, format=fmt, dpi=dpi, metadata=_METADATA[fmt], facecolor="white")
    return buffer.getvalue()


def drivers_svg(diagram: DriverDiagram, lang: str) -> str:
    """The diagram as SVG text for embedding in HTML (no XML prologue)."""
    svg = drivers_bytes(render_drivers(diagram, lang), "svg").decode("utf-8")
    return svg[svg.index("<svg") :]
