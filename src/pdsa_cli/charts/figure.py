"""A chart's figure: a matplotlib `Figure` that also holds what the chart says in words."""

from __future__ import annotations

from matplotlib.figure import Figure


class ChartFigure(Figure):
    """A chart's figure and what it says in words, which its SVG carries (`chart_svg`): the
    title and a description of the whole (<title>, <desc>), and a story per point (a <title>
    on each point, shown on hover)."""

    chart_title: str = ""
    description: str = ""
    stories: tuple[str, ...] = ()
