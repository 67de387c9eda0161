"""Charts: an `Analysis` plus its presentation context -> a matplotlib `Figure`.

The only package that imports matplotlib. It draws what the analysis found and decides nothing:
no rule logic lives here. Figures are built directly (Agg canvas), never through pyplot's global
state, so charts can be rendered in many processes or threads at once.

Layer 8, charts: may import predictions, analysis, workspace, models, errors, i18n.

The names are loaded on first use, so code that only needs a chart's context or its cached
picture (a summary whose charts are all in the cache) never pays for importing matplotlib, and
the cache alone never pays for the analysis either.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from pdsa_cli.charts.style import DEFAULT_DPI, DEFAULT_SIZE

if TYPE_CHECKING:
    from pdsa_cli.charts.context import (
        ChartContext,
        CycleMarker,
        chart_context_for_measure,
        cycle_markers,
    )
    from pdsa_cli.charts.figure import ChartFigure
    from pdsa_cli.charts.multiples import Panel, SharedScale, render_panels
    from pdsa_cli.charts.output import FORMATS, chart_bytes, chart_svg, format_of, save_chart
    from pdsa_cli.charts.render import render_chart

_DRAWING = {
    "ChartContext": "pdsa_cli.charts.context",
    "CycleMarker": "pdsa_cli.charts.context",
    "chart_context_for_measure": "pdsa_cli.charts.context",
    "cycle_markers": "pdsa_cli.charts.context",
    "ChartFigure": "pdsa_cli.charts.figure",
    "Panel": "pdsa_cli.charts.multiples",
    "SharedScale": "pdsa_cli.charts.multiples",
    "render_panels": "pdsa_cli.charts.multiples",
    "FORMATS": "pdsa_cli.charts.output",
    "chart_bytes": "pdsa_cli.charts.output",
    "chart_svg": "pdsa_cli.charts.output",
    "format_of": "pdsa_cli.charts.output",
    "save_chart": "pdsa_cli.charts.output",
    "render_chart": "pdsa_cli.charts.render",
}


def __getattr__(name: str) -> Any:
    if name in _DRAWING:
        return getattr(import_module(_DRAWING[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_DPI",
    "DEFAULT_SIZE",
    "FORMATS",
    "ChartContext",
    "ChartFigure",
    "CycleMarker",
    "Panel",
    "SharedScale",
    "chart_bytes",
    "chart_context_for_measure",
    "chart_svg",
    "cycle_markers",
    "format_of",
    "render_chart",
    "render_panels",
    "save_chart",
]
