"""Charts: an `Analysis` plus its presentation context -> a matplotlib `Figure`.

The only package that imports matplotlib. It draws what the analysis found and decides nothing:
no rule logic lives here. Figures are built directly (Agg canvas), never through pyplot's global
state, so charts can be rendered in many processes or threads at once.

Layer 8, charts: may import predictions, analysis, workspace, models, errors, i18n.
"""

from pdsa_cli.charts.context import (
    ChartContext,
    CycleMarker,
    chart_context_for_measure,
    cycle_markers,
)
from pdsa_cli.charts.output import FORMATS, chart_bytes, chart_svg, format_of, save_chart
from pdsa_cli.charts.render import render_chart
from pdsa_cli.charts.style import DEFAULT_DPI, DEFAULT_SIZE

__all__ = [
    "DEFAULT_DPI",
    "DEFAULT_SIZE",
    "FORMATS",
    "ChartContext",
    "CycleMarker",
    "chart_bytes",
    "chart_context_for_measure",
    "chart_svg",
    "cycle_markers",
    "format_of",
    "render_chart",
    "save_chart",
]
