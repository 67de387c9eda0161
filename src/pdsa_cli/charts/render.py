"""An `Analysis` and its `ChartContext` -> a matplotlib `Figure` (Agg canvas, no pyplot).

The figure is laid out in inches from the top down (title, subtitle, PDSA cycle labels, plot)
and the bottom up (caption, legend, axis), so it reads the same at any size.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.ticker import MaxNLocator

from pdsa_cli.analysis.result import Analysis, FloatArray
from pdsa_cli.charts import layers, style
from pdsa_cli.charts.annotations import (
    EdgeLabel,
    cycle_dates_x,
    cycle_levels,
    draw_cycles,
    draw_edge_labels,
    place_cycles,
)
from pdsa_cli.charts.context import ChartContext, percent_scale, target_of
from pdsa_cli.charts.figure import ChartFigure
from pdsa_cli.charts.formats import (
    LocalDateFormatter,
    ValueFormatter,
    date_locator,
    decimals_for,
    format_number,
    format_percent,
    shared_decimals,
)
from pdsa_cli.charts.geometry import x_positions, x_range, y_range
from pdsa_cli.charts.icons import draw_icons
from pdsa_cli.charts.legend import draw_legend, legend_columns, legend_handles
from pdsa_cli.charts.metrics import text_size_pt
from pdsa_cli.charts.page import Sizes, chart_texts, draw_texts, plan_layout
from pdsa_cli.charts.story import chart_description, point_stories
from pdsa_cli.charts.ticks import (
    TICK_PAD,
    Ticks,
    choose_ticks,
    draw_axis_labels,
    draw_x_ticks,
    draw_y_ticks,
)
from pdsa_cli.i18n import Lang, translate
from pdsa_cli.i18n.formats import date_text, month_text, number_text, percent_text
from pdsa_cli.i18n.glossary import term


def render_chart(
    analysis: Analysis, context: ChartContext, size: tuple[float, float] = style.DEFAULT_SIZE
) -> ChartFigure:
    """Draw what the analysis found; decide nothing."""
    fig = ChartFigure(figsize=size, facecolor="white")
    FigureCanvasAgg(fig)
    fig.chart_title = context.shown_title
    fig.description = chart_description(analysis, context)
    sizes = Sizes.for_figure(*size)
    xs = x_positions(analysis)
    markers = context.cycles if analysis.x_kind == "date" else ()
    x_lim = x_range(xs, [x for m in markers for x in cycle_dates_x(m)])
    axes_width = size[0] - sizes.left - sizes.right
    placed = place_cycles(markers, x_lim, axes_width, sizes.k, context.lang)
    mdc = analysis.rules == "mdc"
    handles = legend_handles(analysis, context)
    # The legend spans the page from margin to margin, as the caption under it.
    legend_width = size[0] - 2 * sizes.margin
    ncol, rows = legend_columns(handles, legend_width * 72.0, sizes.legend_font)
    texts = chart_texts(analysis, context, size[0], sizes, icons=mdc)
    layout = plan_layout(size, texts, sizes, cycle_levels(placed), rows, icons=mdc)

    ax = fig.add_axes(layout.axes_rect(), gid="plot")
    draw_plot(ax, analysis, context, xs, sizes.k)
    if not layers.dense(analysis):  # a story per point; a long series is read as a table
        fig.stories = tuple(point_stories(analysis, context))
        layers.draw_story_targets(ax, xs, analysis.y)
    ax.set_xlim(*x_lim)
    target = target_of(analysis, context)
    y_lim = y_range(
        plotted_values(analysis),
        [] if target is None else [target],
        _top_room(analysis),
        ceiling=percent_scale(analysis, context),
    )
    ax.set_ylim(*y_lim)
    style_axes(ax, analysis, context, sizes)
    draw_cycles(ax, placed, context.phase_at_adopt, sizes.k)
    plot_height = size[1] - layout.top - layout.bottom
    draw_edge_labels(ax, edge_labels(analysis, context), y_lim, plot_height, sizes.k)
    draw_texts(fig, layout, texts, sizes)
    draw_legend(fig, handles, layout, sizes, ncol, rows)
    if mdc:
        draw_icons(fig, analysis, context.lang, size[0] - sizes.margin, sizes.margin * 0.8, sizes.k)
    return fig


def draw_plot(
    ax: Axes, analysis: Analysis, context: ChartContext, xs: FloatArray, k: float
) -> None:
    lang = context.lang
    layers.draw_baseline(ax, analysis, xs, lang, k)
    if layers.has_limits(analysis):
        layers.draw_limits(ax, analysis, xs)
    layers.draw_centre_lines(ax, analysis, xs)
    target = target_of(analysis, context)
    if target is not None:
        layers.draw_target(ax, target)
    layers.draw_phases(ax, analysis, xs, lang, k)
    layers.draw_data(ax, analysis, xs)
    layers.draw_signals(ax, analysis, xs)


def _top_room(analysis: Analysis) -> float:
    """Room above the data for phase and baseline names drawn inside the plot."""
    labels = len(analysis.phases) > 1 or bool(layers.baseline_spans(analysis))
    return 0.12 if labels else 0.0


def plotted_values(analysis: Analysis) -> list[FloatArray]:
    arrays = [analysis.y, analysis.cl]
    if layers.has_limits(analysis):
        arrays += [analysis.lcl, analysis.ucl]
    return arrays


def style_axes(ax: Axes, analysis: Analysis, context: ChartContext, sizes: Sizes) -> None:
    """Spines, ticks, grid and axis labels (drawn by `pdsa_cli.charts.ticks`: a fraction of
    matplotlib's own axis' cost, which is most of a chart's)."""
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(style.SPINE)
    font, length = sizes.font(style.FONT_TICK), 3 * sizes.k
    y_ticks = choose_ticks(
        MaxNLocator(nbins=6, steps=[1, 2, 5, 10]),
        ValueFormatter(context.lang, percent_scale(analysis, context)),
        ax.get_ylim(),
    )
    left = draw_y_ticks(ax, y_ticks, font, length)
    below = draw_x_ticks(ax, x_ticks(analysis, context.lang, ax.get_xlim()), font, length)
    draw_axis_labels(
        ax,
        x_label(analysis, context),
        context.unit or "",
        sizes.font(style.FONT_LABEL),
        below=length + TICK_PAD + below,
        left=length + TICK_PAD + left,
    )


def x_label(analysis: Analysis, context: ChartContext) -> str:
    if context.x_label:
        return context.x_label
    return translate(
        "charts.x.date" if analysis.x_kind == "date" else "charts.x.point", context.lang
    )


def x_ticks(analysis: Analysis, lang: Lang, limits: tuple[float, float]) -> Ticks:
    if analysis.x_kind == "date":
        return choose_ticks(date_locator(), LocalDateFormatter(lang), limits)
    if analysis.x_kind == "number":
        return choose_ticks(MaxNLocator(nbins=10, integer=True), ValueFormatter(lang), limits)
    every = max(1, math.ceil(len(analysis) / 12))
    positions = list(range(1, len(analysis) + 1, every))
    low, high = sorted(limits)
    shown = [p for p in positions if low <= p <= high]
    return Ticks([float(p) for p in shown], [str(analysis.x[p - 1]) for p in shown])


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
    write = edge_writer(analysis, context, [value for _gid, _name, value, _c in lines])
    target = target_of(analysis, context)
    if target is not None:  # as the user wrote it: 4, not 4.00
        lines.append(("target", "target", target, style.TARGET))
    return [
        EdgeLabel(
            f"{term('line', name, context.lang)} {write(value, gid == 'target')}",
            value,
            colour,
            f"edge-{gid}",
        )
        for gid, name, value, colour in lines
    ]


def edge_writer(
    analysis: Analysis, context: ChartContext, values: Sequence[float]
) -> Callable[[float, bool], str]:
    """One number format for the lines at the edge (three significant digits of the largest);
    `exact` writes a value with as few decimals as it needs (a target of 4 stays "4")."""
    scale = percent_scale(analysis, context)
    finite = [abs(v) for v in values if math.isfinite(v)]
    decimals = decimals_for(max(finite)) if finite else 0

    def write(value: float, exact: bool) -> str:
        if scale is not None:
            shown = shared_decimals([value * 100.0 / scale], most=1) if exact else None
            return format_percent(value, context.lang, scale, shown)
        places = shared_decimals([value], most=3) if exact else decimals
        return format_number(value, context.lang, places)

    return write


def warm_up() -> None:
    """Load what a process's first chart would otherwise wait for (a third of its time): both
    languages' number and date formats, and the font at the weights charts use. A drawing
    process does this while the command it serves is still loading."""
    day = dt.date(2021, 6, 1)
    for lang in ("da", "en"):
        number_text(1.5, lang, 1), percent_text(0.5, lang), date_text(day, lang)
        month_text(day, lang)
    for weight in ("normal", "bold"):
        text_size_pt("PDSA 1: Åg", style.FONT_LABEL, weight)
