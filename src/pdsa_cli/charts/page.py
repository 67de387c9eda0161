"""The page around the plot: title, subtitle, cycle band, legend and caption, laid out in inches.

Everything scales with the figure (`Sizes.k`), so a 6x4 thumbnail for the seminar summary and a
16x9 slide keep the same proportions and never run out of room for the plot.
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.figure import Figure

from pdsa_cli.analysis.result import Analysis
from pdsa_cli.charts import style
from pdsa_cli.charts.annotations import CYCLE_LEVEL_PT
from pdsa_cli.charts.context import ChartContext
from pdsa_cli.charts.geometry import Layout, wrap, wrap_at_most
from pdsa_cli.charts.icons import ICON_IN
from pdsa_cli.charts.words import caption_lines


@dataclass(frozen=True)
class Sizes:
    """Fonts (points) and margins (inches) for one figure size."""

    k: float  # 1 at the default size

    @classmethod
    def for_figure(cls, width: float, height: float) -> Sizes:
        k = min(width / style.FONT_REFERENCE[0], height / style.FONT_REFERENCE[1])
        return cls(min(1.6, max(0.5, k)))

    def font(self, points: float) -> float:
        return points * self.k

    def inch(self, inches: float) -> float:
        return inches * self.k

    @property
    def margin(self) -> float:
        return self.inch(0.25)

    @property
    def legend_font(self) -> float:
        return self.font(style.FONT_SMALL)

    @property
    def caption_font(self) -> float:
        return self.font(style.FONT_SMALL)

    @property
    def icon_slot(self) -> float:
        return self.inch(ICON_IN * 1.9)

    @property
    def x_axis(self) -> float:
        """Two-line date ticks, the axis label and the pads between them."""
        return self.inch((2.5 * style.FONT_TICK + 1.3 * style.FONT_LABEL + 12.0) / 72.0)

    @property
    def title_line(self) -> float:
        return self.inch(style.FONT_TITLE * 1.39 / 72.0)

    @property
    def subtitle_line(self) -> float:
        return self.inch(style.FONT_SUBTITLE * 1.44 / 72.0)

    @property
    def caption_line(self) -> float:
        return self.caption_font * 1.44 / 72.0

    @property
    def legend_row(self) -> float:
        return self.legend_font * 1.8 / 72.0

    @property
    def left(self) -> float:
        """Room for the y tick labels and the axis label."""
        return self.inch(0.1 * style.FONT_TICK)

    @property
    def right(self) -> float:
        """Room for the values at the right edge ("UCL 1,234.5")."""
        return self.inch(0.115 * style.FONT_SMALL)


SUBTITLE_LINES = 3  # the measure's definition; longer ones end in an ellipsis


@dataclass(frozen=True)
class Texts:
    title: list[str]
    subtitle: list[str]
    caption: list[str]


def chart_texts(
    analysis: Analysis, context: ChartContext, width: float, sizes: Sizes, icons: bool
) -> Texts:
    """Title, subtitle and caption wrapped to the page (the title leaves room for icons)."""
    full = (width - 2 * sizes.margin) * 72.0
    usable = full - (2 * sizes.icon_slot * 72.0 if icons else 0.0)
    title = wrap_at_most(context.shown_title, usable, sizes.font(style.FONT_TITLE) * 1.08, 2)
    subtitle = (
        wrap_at_most(context.subtitle, usable, sizes.font(style.FONT_SUBTITLE), SUBTITLE_LINES)
        if context.subtitle
        else []
    )
    caption = [
        line
        for text in caption_lines(analysis, context.lang, context.note)
        for line in wrap(text, full, sizes.caption_font)
    ]
    return Texts(title, subtitle, caption)


def _heading(texts: Texts, sizes: Sizes) -> float:
    return (
        sizes.margin
        + len(texts.title) * sizes.title_line
        + len(texts.subtitle) * sizes.subtitle_line
    )


def _footer(texts: Texts, sizes: Sizes) -> float:
    return sizes.margin * 0.7 + len(texts.caption) * sizes.caption_line


def plan_layout(
    size: tuple[float, float],
    texts: Texts,
    sizes: Sizes,
    levels: int,
    legend_rows: int,
    icons: bool,
) -> Layout:
    heading = _heading(texts, sizes)
    if icons:
        heading = max(heading, sizes.margin + sizes.icon_slot)
    band = (levels * CYCLE_LEVEL_PT + 6.0) / 72.0 * sizes.k if levels else 0.0
    top = heading + sizes.inch(0.14) + band
    bottom = _footer(texts, sizes) + sizes.inch(0.1) + legend_rows * sizes.legend_row + sizes.x_axis
    return Layout(size[0], size[1], sizes.left, sizes.right, top, bottom)


def legend_top(layout: Layout, sizes: Sizes) -> float:
    """Figure-fraction y of the legend's top, under the x axis."""
    return (layout.bottom - sizes.x_axis) / layout.height


def draw_texts(fig: Figure, layout: Layout, texts: Texts, sizes: Sizes) -> None:
    x = sizes.margin / layout.width
    fig.text(
        x,
        layout.y_at(sizes.margin),
        "\n".join(texts.title),
        fontsize=sizes.font(style.FONT_TITLE),
        fontweight="bold",
        color=style.INK,
        va="top",
        ha="left",
        linespacing=1.15,
        gid="title",
    )
    if texts.subtitle:
        below = sizes.margin + len(texts.title) * sizes.title_line + sizes.inch(0.02)
        fig.text(
            x,
            layout.y_at(below),
            "\n".join(texts.subtitle),
            fontsize=sizes.font(style.FONT_SUBTITLE),
            color=style.MUTED,
            va="top",
            ha="left",
            linespacing=1.3,
            gid="subtitle",
        )
    fig.text(
        x,
        layout.y_at(layout.height - _footer(texts, sizes)),
        "\n".join(texts.caption),
        fontsize=sizes.caption_font,
        color=style.MUTED,
        va="top",
        ha="left",
        linespacing=1.45,
        gid="caption",
    )
