"""The legend: one entry per kind of line and per rule that flagged points, read row by row."""

from __future__ import annotations

import math
from collections.abc import Sequence

from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from pdsa_cli.analysis.result import Analysis
from pdsa_cli.charts import layers, style
from pdsa_cli.charts.context import ChartContext, target_of
from pdsa_cli.charts.geometry import Layout, text_width_pt
from pdsa_cli.charts.page import Sizes, legend_top
from pdsa_cli.charts.words import rule_name
from pdsa_cli.i18n import Lang, translate

HANDLE, PAD, SPACING = 2.2, 0.8, 1.4  # in font sizes, as matplotlib measures them


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
    if target_of(analysis, context) is not None:
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


def row_major(handles: Sequence[Artist], ncol: int, rows: int) -> list[Artist]:
    """Reorder (and pad) handles so matplotlib's column-major legend reads row by row."""
    padded = [*handles] + [Line2D([], [], ls="none", label=" ")] * (ncol * rows - len(handles))
    return [padded[(k % rows) * ncol + k // rows] for k in range(ncol * rows)]


def draw_legend(
    fig: Figure, handles: Sequence[Artist], layout: Layout, sizes: Sizes, ncol: int, rows: int
) -> None:
    fig.legend(
        handles=row_major(handles, ncol, rows),
        loc="upper left",
        bbox_to_anchor=(layout.left / layout.width - 0.008, legend_top(layout, sizes)),
        ncol=ncol,
        frameon=False,
        fontsize=sizes.legend_font,
        handlelength=HANDLE,
        handletextpad=PAD,
        columnspacing=SPACING,
        borderaxespad=0.0,
        labelcolor=style.TEXT,
    )
