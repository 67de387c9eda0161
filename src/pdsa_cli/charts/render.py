"""An `Analysis` and its `ChartContext` -> a matplotlib `Figure` (Agg canvas, no pyplot).

The figure is laid out in inches from the top down (title, subtitle, PDSA cycle labels, plot)
and the bottom up (caption, legend, axis), so it reads the same at any size.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FixedFormatter, FixedLocator, MaxNLocator

from pdsa_cli.analysis.result import Analysis, FloatArray
from pdsa_cli.charts import layers, style
from pdsa_cli.charts.annotations import (
    CYCLE_LEVEL_PT,
    EdgeLabel,
    cycle_levels,
    cycle_x,
    draw_cycles,
    draw_edge_labels,
    place_cycles,
)
from pdsa_cli.charts.context import PERCENT_CHARTS, ChartContext
from pdsa_cli.charts.formats import (
    LocalDateFormatter,
    ValueFormatter,
    date_locator,
    decimals_for,
    format_number,
    format_percent,
)
from pdsa_cli.charts.geometry import Layout, text_width_pt, wrap, x_positions, x_range, y_range
from pdsa_cli.charts.icons import ICON_IN, draw_icons
from pdsa_cli.charts.words import caption_lines, rule_name
from pdsa_cli.i18n import Lang, translate

MARGIN_IN = 0.25  # the figure's outer margin
LEFT_IN = 0.85  # room for the y tick labels and the axis label
RIGHT_IN = 1.05  # room for the edge labels
LEGEND_SIZE = style.FONT_SMALL + 0.5
CAPTION_SIZE = style.FONT_SMALL + 0.5


@dataclass(frozen=True)
class Texts:
    title: list[str]
    subtitle: list[str]
    caption: list[str]


def render_chart(
    analysis: Analysis, context: ChartContext, size: tuple[float, float] = style.DEFAULT_SIZE
) -> Figure:
    """Draw what the analysis found; decide nothing."""
    fig = Figure(figsize=size, facecolor="white")
    FigureCanvasAgg(fig)
    lang = context.lang
    xs = x_positions(analysis)
    markers = context.cycles if analysis.x_kind == "date" else ()
    x_lim = x_range(xs, [cycle_x(m) for m in markers])
    axes_width = size[0] - LEFT_IN - RIGHT_IN
    placed = place_cycles(markers, x_lim, axes_width)
    mdc = analysis.rules == "mdc"
    handles = legend_handles(analysis, context)
    ncol, legend_rows = legend_columns(handles, axes_width * 72.0)
    texts = chart_texts(analysis, context, size[0], icons=mdc)
    layout = plan_layout(size, texts, cycle_levels(placed), legend_rows, icons=mdc)

    ax = fig.add_axes(layout.axes_rect(), gid="plot")
    draw_plot(ax, analysis, context, xs)
    ax.set_xlim(*x_lim)
    y_lim = y_range(
        plotted_values(analysis),
        _target_list(analysis, context),
        _top_room(analysis),
        ceiling=percent_scale(analysis, context),
    )
    ax.set_ylim(*y_lim)
    style_axes(ax, analysis, context)
    draw_cycles(ax, placed, context.phase_at_adopt)
    plot_height = size[1] - layout.top - layout.bottom
    draw_edge_labels(ax, edge_labels(analysis, context), y_lim, plot_height)
    draw_texts(fig, layout, texts, len(placed) > 0, cycle_levels(placed))
    fig.legend(
        handles=row_major(handles, ncol, legend_rows),
        loc="upper left",
        bbox_to_anchor=(layout.left / size[0] - 0.008, legend_top(layout)),
        ncol=ncol,
        frameon=False,
        fontsize=LEGEND_SIZE,
        handlelength=2.2,
        columnspacing=1.4,
        borderaxespad=0.0,
        labelcolor=style.TEXT,
    )
    if mdc:
        draw_icons(fig, analysis, lang, size[0] - MARGIN_IN, MARGIN_IN - 0.05)
    return fig


def draw_plot(ax: Axes, analysis: Analysis, context: ChartContext, xs: FloatArray) -> None:
    lang = context.lang
    layers.draw_baseline(ax, analysis, xs, lang)
    if layers.has_limits(analysis):
        layers.draw_limits(ax, analysis, xs)
    layers.draw_centre_lines(ax, analysis, xs)
    target = _target(analysis, context)
    if target is not None:
        layers.draw_target(ax, target)
    layers.draw_phases(ax, analysis, xs, lang)
    layers.draw_data(ax, analysis, xs)
    layers.draw_signals(ax, analysis, xs)


def _target(analysis: Analysis, context: ChartContext) -> float | None:
    return context.target if context.target is not None else analysis.target


def _target_list(analysis: Analysis, context: ChartContext) -> list[float]:
    target = _target(analysis, context)
    return [] if target is None else [target]


def _top_room(analysis: Analysis) -> float:
    """Room above the data for phase and baseline names drawn inside the plot."""
    labels = len(analysis.phases) > 1 or bool(layers.baseline_spans(analysis))
    return 0.12 if labels else 0.0


def plotted_values(analysis: Analysis) -> list[FloatArray]:
    arrays = [analysis.y, analysis.cl]
    if layers.has_limits(analysis):
        arrays += [analysis.lcl, analysis.ucl]
    return arrays


def percent_scale(analysis: Analysis, context: ChartContext) -> float | None:
    """1 when y holds proportions, 100 when they were multiplied to percentages."""
    if not (context.percent or analysis.chart in PERCENT_CHARTS):
        return None
    return 100.0 if analysis.multiply == 100 else 1.0


def style_axes(ax: Axes, analysis: Analysis, context: ChartContext) -> None:
    lang = context.lang
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color("#9AA5B1")
    ax.tick_params(labelsize=style.FONT_TICK, colors=style.TEXT, length=3)
    ax.grid(axis="y", color=style.GRID, lw=0.8, zorder=-1)
    ax.set_axisbelow(True)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=6))
    ax.yaxis.set_major_formatter(ValueFormatter(lang, percent_scale(analysis, context)))
    if context.unit:
        ax.set_ylabel(context.unit, fontsize=style.FONT_LABEL, color=style.TEXT)
    format_x_axis(ax, analysis, lang)
    ax.set_xlabel(x_label(analysis, context), fontsize=style.FONT_LABEL, color=style.TEXT)


def x_label(analysis: Analysis, context: ChartContext) -> str:
    if context.x_label:
        return context.x_label
    return translate(
        "charts.x.date" if analysis.x_kind == "date" else "charts.x.point", context.lang
    )


def format_x_axis(ax: Axes, analysis: Analysis, lang: Lang) -> None:
    if analysis.x_kind == "date":
        ax.xaxis.set_major_locator(date_locator())
        ax.xaxis.set_major_formatter(LocalDateFormatter(lang))
    elif analysis.x_kind == "number":
        ax.xaxis.set_major_locator(MaxNLocator(nbins=10, integer=True))
        ax.xaxis.set_major_formatter(ValueFormatter(lang))
    else:
        every = max(1, math.ceil(len(analysis) / 12))
        positions = list(range(1, len(analysis) + 1, every))
        ax.xaxis.set_major_locator(FixedLocator(positions))
        ax.xaxis.set_major_formatter(FixedFormatter([str(analysis.x[p - 1]) for p in positions]))


def edge_labels(analysis: Analysis, context: ChartContext) -> list[EdgeLabel]:
    """The latest phase's centre line and limits, and the target, valued at the right edge."""
    if len(analysis) == 0 or not analysis.phases:
        return []
    phase = analysis.phases[-1]
    last = phase.last - 1
    cl_name = "median" if analysis.chart in ("run", "g") else "cl"
    cl_colour = style.SIGNAL if phase.runs_signal else style.INK
    lines = [("cl", cl_name, float(analysis.cl[last]), cl_colour)]
    if layers.has_limits(analysis):
        lines.append(("ucl", "ucl", float(analysis.ucl[last]), style.LIMIT))
        lines.append(("lcl", "lcl", float(analysis.lcl[last]), style.LIMIT))
    target = _target(analysis, context)
    if target is not None:
        lines.append(("target", "target", target, style.TARGET))
    write = edge_writer(analysis, context, [value for _gid, _name, value, _c in lines])
    return [
        EdgeLabel(
            f"{translate(f'charts.edge.{name}', context.lang)} {write(value)}",
            value,
            colour,
            f"edge-{gid}",
        )
        for gid, name, value, colour in lines
    ]


def edge_writer(
    analysis: Analysis, context: ChartContext, values: Sequence[float]
) -> Callable[[float], str]:
    """One number format for all edge labels: three significant digits of the largest."""
    scale = percent_scale(analysis, context)
    if scale is not None:
        return lambda value: format_percent(value, context.lang, scale)
    finite = [abs(v) for v in values if math.isfinite(v)]
    decimals = decimals_for(max(finite)) if finite else 0
    return lambda value: format_number(value, context.lang, decimals)


def legend_handles(analysis: Analysis, context: ChartContext) -> list[Artist]:
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
    if _target(analysis, context) is not None:
        handles.append(
            layers.legend_line(
                style.TARGET, translate("charts.legend.target", lang), ls=":", lw=1.8
            )
        )
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


def signal_handles(analysis: Analysis, lang: Lang) -> list[Artist]:
    """One entry per rule shown (its marker shape); MDC adds its variation colours."""
    groups = layers.signal_groups(analysis)
    mdc = analysis.rules == "mdc"
    handles: list[Artist] = []
    for rule in dict.fromkeys(group.rule for group in groups):
        shape = style.rule_style(rule)
        colour = style.TEXT if mdc else style.SIGNAL
        handles.append(
            layers.legend_marker(
                shape.marker, colour, shape.size * 0.9, rule_name(rule, analysis, lang)
            )
        )
    if mdc:
        for variation in ("improvement", "concern", "neutral"):
            colour = style.VARIATION_COLOURS[variation]
            if any(group.colour == colour for group in groups):
                handles.append(
                    layers.legend_marker(
                        "o", colour, 6.0, translate(f"charts.legend.{variation}", lang)
                    )
                )
    return handles


def legend_columns(handles: Sequence[Artist], width_pt: float) -> tuple[int, int]:
    """(columns, rows) for the legend: as few rows as fit the plot's width."""
    widths = [
        text_width_pt(str(h.get_label()), LEGEND_SIZE) + (2.2 + 0.8 + 1.4) * LEGEND_SIZE
        for h in handles
    ]
    for ncol in range(len(widths), 0, -1):
        rows = math.ceil(len(widths) / ncol)
        columns = [widths[k : k + rows] for k in range(0, len(widths), rows)]
        if sum(max(column) for column in columns) <= width_pt:
            return ncol, rows
    return 1, len(widths)


def row_major(handles: Sequence[Artist], ncol: int, rows: int) -> list[Artist]:
    """Reorder (and pad) handles so matplotlib's column-major legend reads row by row."""
    padded = [*handles] + [Line2D([], [], ls="none", label=" ")] * (ncol * rows - len(handles))
    return [padded[(k % rows) * ncol + k // rows] for k in range(ncol * rows)]


def chart_texts(analysis: Analysis, context: ChartContext, width: float, icons: bool) -> Texts:
    usable = (width - 2 * MARGIN_IN - (2 * ICON_IN * 1.9 if icons else 0.0)) * 72.0
    full = (width - 2 * MARGIN_IN) * 72.0
    title = wrap(context.title, usable, style.FONT_TITLE * 1.08)[:2]
    subtitle = wrap(context.subtitle, usable, style.FONT_SUBTITLE)[:3] if context.subtitle else []
    caption = [
        line
        for text in caption_lines(analysis, context.lang, context.note)
        for line in wrap(text, full, CAPTION_SIZE)
    ]
    return Texts(title, subtitle, caption)


TITLE_LINE_IN = 0.27
SUBTITLE_LINE_IN = 0.19
CAPTION_LINE_IN = 0.16
LEGEND_ROW_IN = 0.21
X_AXIS_IN = 0.62  # two-line date ticks and the axis label


def plan_layout(
    size: tuple[float, float], texts: Texts, levels: int, legend_rows: int, icons: bool
) -> Layout:
    heading = MARGIN_IN + len(texts.title) * TITLE_LINE_IN + len(texts.subtitle) * SUBTITLE_LINE_IN
    if icons:
        heading = max(heading, MARGIN_IN + ICON_IN * 1.9)
    top = heading + 0.14 + (levels * CYCLE_LEVEL_PT + 6.0) / 72.0 * (levels > 0)
    bottom = (
        MARGIN_IN * 0.7
        + len(texts.caption) * CAPTION_LINE_IN
        + 0.1
        + legend_rows * LEGEND_ROW_IN
        + X_AXIS_IN
    )
    return Layout(size[0], size[1], LEFT_IN, RIGHT_IN, top, bottom)


def legend_top(layout: Layout) -> float:
    return (layout.bottom - X_AXIS_IN) / layout.height


def draw_texts(fig: Figure, layout: Layout, texts: Texts, cycles: bool, levels: int) -> None:
    x = MARGIN_IN / layout.width
    fig.text(
        x,
        layout.y_at(MARGIN_IN),
        "\n".join(texts.title),
        fontsize=style.FONT_TITLE,
        fontweight="bold",
        color=style.INK,
        va="top",
        ha="left",
        linespacing=1.15,
        gid="title",
    )
    if texts.subtitle:
        below = MARGIN_IN + len(texts.title) * TITLE_LINE_IN + 0.02
        fig.text(
            x,
            layout.y_at(below),
            "\n".join(texts.subtitle),
            fontsize=style.FONT_SUBTITLE,
            color=style.MUTED,
            va="top",
            ha="left",
            linespacing=1.3,
            gid="subtitle",
        )
    caption_top = layout.height - (MARGIN_IN * 0.7 + len(texts.caption) * CAPTION_LINE_IN)
    fig.text(
        x,
        layout.y_at(caption_top),
        "\n".join(texts.caption),
        fontsize=CAPTION_SIZE,
        color=style.MUTED,
        va="top",
        ha="left",
        linespacing=1.45,
        gid="caption",
    )
