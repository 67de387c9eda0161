"""Small multiples: one measure in several municipalities, a small chart each, on one shared
scale and one time axis, each named by its municipality (issue 25, item 5).

A panel is drawn like the big charts (same colours, text sizes, SVG words and point stories),
only smaller and with less on it: the values, the target, a shared y scale with three ticks and
a time axis with readable dates. It decides nothing: the panels and their scale are given.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator
from matplotlib.ticker import MaxNLocator

from pdsa_cli.charts import layers, style
from pdsa_cli.charts.artists import hline, line
from pdsa_cli.charts.figure import ChartFigure
from pdsa_cli.charts.formats import (
    LocalDateFormatter,
    ValueFormatter,
    date_number,
    format_date,
    format_number,
    format_percent,
    shared_decimals,
)
from pdsa_cli.charts.ticks import choose_ticks, draw_x_ticks, draw_y_ticks
from pdsa_cli.i18n import Lang, translate

PANEL_SIZE = (3.6, 2.5)  # inches: three across a report's text width, two on a phone
PANEL_FONT = style.FONT_SMALL  # the smallest chart text, 7 pt or more when printed


@dataclass(frozen=True)
class Panel:
    """One municipality's values of the shared measure (a proportion as a fraction)."""

    municipality: str
    dates: tuple[dt.date, ...]
    values: tuple[float, ...]
    target: float | None = None


@dataclass(frozen=True)
class SharedScale:
    """What every panel of one measure shares, so that heights and dates compare."""

    measure: str
    low: float
    high: float
    first: dt.date
    last: dt.date
    unit: str | None = None
    percent: bool = False
    lang: Lang = "en"


def value_text(value: float, scale: SharedScale) -> str:
    if scale.percent:
        return format_percent(value, scale.lang, 1.0, shared_decimals([value * 100], most=1))
    shown = format_number(value, scale.lang, shared_decimals([value], most=3))
    return f"{shown} {scale.unit}" if scale.unit else shown


def point_text(day: dt.date, value: float, scale: SharedScale) -> str:
    """A point's story in a panel: "3. maj 2021: 12,5 minutter"."""
    shown = (
        value_text(value, scale)
        if math.isfinite(value)
        else translate("charts.point.missing", scale.lang)
    )
    return translate("charts.point.value", scale.lang, x=format_date(day, scale.lang), value=shown)


def panel_title(panel: Panel, scale: SharedScale) -> str:
    return translate(
        "charts.title.municipality",
        scale.lang,
        municipality=panel.municipality,
        title=scale.measure,
    )


def panel_description(panel: Panel, scale: SharedScale) -> str:
    finite = [v for v in panel.values if math.isfinite(v)]
    if not finite or not panel.dates:
        return translate("charts.desc.panel_empty", scale.lang, municipality=panel.municipality)
    return translate(
        "charts.desc.panel",
        scale.lang,
        measure=scale.measure,
        municipality=panel.municipality,
        n=len(panel.values),
        first=format_date(panel.dates[0], scale.lang),
        last=format_date(panel.dates[-1], scale.lang),
        latest=value_text(finite[-1], scale),
    )


def _x_limits(scale: SharedScale) -> tuple[float, float]:
    first = float(date_number(np.datetime64(scale.first, "D")))
    last = float(date_number(np.datetime64(scale.last, "D")))
    pad = max(3.0, (last - first) * 0.03)
    return first - pad, last + pad


def _y_limits(scale: SharedScale) -> tuple[float, float]:
    pad = (scale.high - scale.low) * 0.08 or 1.0
    return scale.low - pad, scale.high + pad


def render_panel(
    panel: Panel, scale: SharedScale, size: tuple[float, float] = PANEL_SIZE
) -> ChartFigure:
    """One municipality's panel: its name as the title, its values on the shared scale and
    time axis, the target dotted."""
    fig = ChartFigure(figsize=size, facecolor="white")
    FigureCanvasAgg(fig)
    fig.chart_title = panel_title(panel, scale)
    fig.description = panel_description(panel, scale)
    font = PANEL_FONT
    left, bottom, top, right = 0.75, 0.55, 0.38, 0.15  # inches: ticks, two-line dates, name
    width, height = size
    ax = fig.add_axes(
        (left / width, bottom / height, 1 - (left + right) / width, 1 - (top + bottom) / height),
        gid="panel-plot",
    )
    ax.set_facecolor("white")
    xs = np.asarray(date_number(np.array(panel.dates, dtype="datetime64[D]")), dtype=np.float64)
    ys = np.asarray(panel.values, dtype=np.float64)
    line(
        ax,
        xs,
        ys,
        color=style.DATA,
        lw=1.3,
        marker="o",
        ms=3.0,
        mec="white",
        mew=0.4,
        zorder=3,
        gid="panel-data",
    )
    if panel.target is not None:
        hline(ax, panel.target, color=style.TARGET, ls=":", lw=1.6, zorder=2, gid="target")
    ax.set_xlim(*_x_limits(scale))
    ax.set_ylim(*_y_limits(scale))
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(style.SPINE)
    length = 3.0
    formatter = ValueFormatter(scale.lang, 1.0 if scale.percent else None)
    y_ticks = choose_ticks(MaxNLocator(nbins=3, steps=[1, 2, 5, 10]), formatter, ax.get_ylim())
    draw_y_ticks(ax, y_ticks, font, length)
    locator = AutoDateLocator(minticks=2, maxticks=4, interval_multiples=True)  # type: ignore[no-untyped-call]
    draw_x_ticks(
        ax, choose_ticks(locator, LocalDateFormatter(scale.lang), ax.get_xlim()), font, length
    )
    fig.text(
        left / width,
        1 - 0.08 / height,
        panel.municipality,
        fontsize=font + 1.0,
        fontweight="bold",
        color=style.INK,
        va="top",
        ha="left",
        gid="panel-title",
    )
    fig.stories = tuple(
        point_text(day, value, scale) for day, value in zip(panel.dates, panel.values, strict=True)
    )
    layers.draw_story_targets(ax, xs, ys)
    return fig


def render_panels(panels: Sequence[Panel], scale: SharedScale) -> list[ChartFigure]:
    """A panel per municipality, in the order given, all on `scale`."""
    return [render_panel(panel, scale) for panel in panels]
