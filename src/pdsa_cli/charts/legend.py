"""The legend: one entry per kind of line and per rule that flagged points, read row by row."""

from __future__ import annotations

import math
from collections.abc import Sequence

from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.transforms import Affine2D, Transform

from pdsa_cli.analysis.result import Analysis
from pdsa_cli.charts import layers, style
from pdsa_cli.charts.annotations import ADOPTED_LS
from pdsa_cli.charts.context import ChartContext, CycleMarker, target_of
from pdsa_cli.charts.geometry import Layout, text_width_pt
from pdsa_cli.charts.metrics import line_extent_pt
from pdsa_cli.charts.page import Sizes, legend_top
from pdsa_cli.charts.words import rule_name
from pdsa_cli.i18n import Lang, translate

HANDLE, PAD, SPACING = 2.2, 0.8, 1.4  # in font sizes, as matplotlib measures them


def legend_handles(analysis: Analysis, context: ChartContext) -> list[Artist]:
    """Every kind of thing the chart draws, each looking as it is drawn: the data, the lines,
    the baseline, the PDSA cycles, the rules that flagged points and what those points mean."""
    lang = context.lang
    handles: list[Artist] = [
        layers.legend_marker(
            "o", style.DATA, 4.5, translate("charts.legend.data", lang), ls="-", lw=1.3
        )
    ]
    cl_key = "charts.legend.median" if analysis.chart in ("run", "g") else "charts.legend.mean"
    signals = [phase.runs_signal for phase in analysis.phases]
    if not all(signals) or not signals:
        handles.append(layers.legend_line(style.INK, translate(cl_key, lang)))
    if any(signals):
        handles.append(
            layers.legend_line(
                style.SIGNAL, translate("charts.legend.cl_signal", lang), ls=(0, (5, 3)), lw=1.7
            )
        )
    if layers.has_limits(analysis):
        handles.append(
            layers.legend_line(style.LIMIT, translate("charts.legend.limits", lang), lw=1.0)
        )
    if target_of(analysis, context) is not None:
        handles.append(
            layers.legend_line(
                style.TARGET, translate("charts.legend.target", lang), ls=":", lw=1.8
            )
        )
    if layers.baseline_spans(analysis):
        handles.append(
            layers.legend_marker(
                "s",
                style.SPINE,
                9.0,
                translate("charts.legend.baseline", lang),
                mfc=style.BASELINE_SPAN,
                mew=0.8,
                gid="legend-baseline",
            )
        )
    handles += cycle_handles(context.cycles if analysis.x_kind == "date" else (), lang)
    handles += signal_handles(analysis, lang)
    if analysis.excluded.any():
        handles.append(
            layers.legend_marker(
                "o",
                style.EXCLUDED,
                5.5,
                translate("charts.legend.excluded", lang),
                mfc="white",
                mew=1.3,
            )
        )
    return handles


def cycle_handles(markers: Sequence[CycleMarker], lang: Lang) -> list[Artist]:
    """A test, an adoption and a decision each look different, and each is named."""
    handles: list[Artist] = []
    if markers:
        handles.append(
            layers.legend_line(
                style.CYCLE, translate("charts.legend.tested", lang), ls=(0, (2, 2)), lw=0.9
            )
        )
    if any(m.adopted and m.decided is not None for m in markers):
        handles.append(
            layers.legend_line(
                style.ADOPTED, translate("charts.legend.adopted", lang), ls=ADOPTED_LS, lw=1.6
            )
        )
    if any(m.decided is not None for m in markers):
        handles.append(
            layers.legend_marker("v", style.CYCLE, 6.0, translate("charts.legend.decided", lang))
        )
    return handles


def signal_handles(analysis: Analysis, lang: Lang) -> list[Artist]:
    """One entry per rule shown (its marker's shape, in the text colour), then one per meaning
    shown (its colour and fill), under every rule set."""
    groups = layers.signal_groups(analysis)
    handles: list[Artist] = []
    for rule in dict.fromkeys(group.rule for group in groups):
        shape = style.rule_style(rule)
        handles.append(
            layers.legend_marker(
                shape.marker, style.TEXT, shape.size * 0.9, rule_name(rule, analysis, lang)
            )
        )
    shown = {group.meaning for group in groups}
    for meaning in ("improvement", "concern", "neutral"):
        if meaning in shown:
            look = style.marker_look(meaning)
            colour = look.pop("color")
            label = translate(f"charts.legend.{meaning}", lang)
            handles.append(layers.legend_marker("o", colour, 7.0, label, **look))
    return handles


def legend_columns(handles: Sequence[Artist], width_pt: float, font: float) -> tuple[int, int]:
    """(columns, rows) for the legend: as few rows as fit the plot's width."""
    widths = [
        text_width_pt(str(h.get_label()), font) + (HANDLE + PAD + SPACING) * font for h in handles
    ]
    for rows in range(1, len(widths) + 1):
        ncol = math.ceil(len(widths) / rows)
        columns = [widths[k::ncol] for k in range(ncol)]  # read row by row
        if sum(max(column) for column in columns) <= width_pt:
            return ncol, rows
    return 1, len(widths)


def row_major(handles: Sequence[Artist], ncol: int, rows: int) -> list[Artist | None]:
    """The handles in `rows` x `ncol` cells, read row by row; None where a row runs out."""
    cells: list[Artist | None] = [*handles]
    return cells + [None] * (ncol * rows - len(handles))


# matplotlib's legend layout, in font sizes: the handle's box height, and the space between rows
# and around the whole; a line handle sits at half the box's height above the text's baseline.
HANDLE_HEIGHT, ROW_GAP, BORDER = 0.7, 0.5, 0.4


def draw_legend(
    fig: Figure, handles: Sequence[Artist], layout: Layout, sizes: Sizes, ncol: int, rows: int
) -> None:
    """The legend under the x axis, laid out as matplotlib lays out `fig.legend` (upper left
    at the plot's left edge, no frame), drawn as one line and one text per entry: the
    legend machinery itself cost a sixth of a chart."""
    font = sizes.legend_font
    points = Affine2D().scale(1 / 72.0) + fig.dpi_scale_trans
    left = sizes.margin * 72.0  # from the page's margin, as the caption under it
    top = legend_top(layout, sizes) * layout.height * 72.0 - BORDER * font
    cells = row_major(handles, ncol, rows)
    extents = [None if h is None else _extent(h, font) for h in cells]
    # The first row shares one baseline; below it each column steps by its own texts' height
    # (Å reaches higher than a), as matplotlib packs them.
    first = max(extent[0] for extent in extents[:ncol] if extent is not None)
    for column in range(ncol):
        baseline, reach = top - first, 0.0
        for row, handle in enumerate(cells[column::ncol]):
            extent = extents[row * ncol + column]
            if handle is None or extent is None:
                break
            if row:
                baseline -= reach + ROW_GAP * font + extent[0]
            _entry(fig, handle, left, baseline, font, points)
            reach = extent[1]
        entries = [h for h in cells[column::ncol] if h is not None]
        left += max((_entry_width(h, font) for h in entries), default=0.0) + SPACING * font


def _extent(handle: Artist, font: float) -> tuple[float, float]:
    """How far an entry reaches above and below its baseline."""
    above, below = line_extent_pt(str(handle.get_label()), font)
    return max(HANDLE_HEIGHT * font, above), below


def _entry_width(handle: Artist, font: float) -> float:
    return (HANDLE + PAD) * font + text_width_pt(str(handle.get_label()), font)


def _entry(
    fig: Figure, handle: Artist, left: float, baseline: float, font: float, points: Transform
) -> None:
    """One legend entry: its handle (a line, a marker, or a line through a marker) and its
    label, at `left` and `baseline` in points from the figure's lower left corner."""
    assert isinstance(handle, Line2D)
    y = baseline + HANDLE_HEIGHT * font / 2
    width = HANDLE * font
    sample = Line2D([left, left + width / 2, left + width], [y, y, y])
    sample.update_from(handle)  # its look (and, below, its own place)
    sample.set(transform=points, markevery=[1], clip_on=False, gid="legend-handle")
    fig.add_artist(sample)
    fig.text(
        left + (HANDLE + PAD) * font,
        baseline,
        str(handle.get_label()),
        transform=points,
        fontsize=font,
        color=style.TEXT,
        va="baseline",
        ha="left",
        gid="legend-label",
    )
