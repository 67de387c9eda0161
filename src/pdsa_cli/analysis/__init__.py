"""The analysis core: series -> centre lines, limits and signals (no CLI, no plotting).

from pdsa_cli.analysis import Series, analyse, AnalysisOptions
result = analyse(Series.from_values([3, 5, 4, 6]), AnalysisOptions(chart="i"))
analysis_to_frame(result)   # a pandas DataFrame, one row per point
analysis_to_json(result)    # the `pdsa analyze --json` contract

Layer 6, analysis: may import workspace, models, errors, i18n; no CLI, no plotting.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pdsa_cli.analysis.contract import analysis_to_frame, analysis_to_json
    from pdsa_cli.analysis.csv_input import read_series_csv
    from pdsa_cli.analysis.engine import AnalysisOptions, analyse
    from pdsa_cli.analysis.measure import analyse_measure, series_from_measure
    from pdsa_cli.analysis.result import (
        Analysis,
        Assurance,
        PhaseSummary,
        RuleHit,
        Variation,
        Verdict,
    )
    from pdsa_cli.analysis.series import Series

# Loaded on first use: a process that only unpickles and draws an `Analysis` (a chart worker)
# needs `result`, not the engine, the CSV reader or the workspace loader behind `measure`.
_HOMES = {
    "analysis_to_frame": "contract",
    "analysis_to_json": "contract",
    "read_series_csv": "csv_input",
    "AnalysisOptions": "engine",
    "analyse": "engine",
    "analyse_measure": "measure",
    "series_from_measure": "measure",
    "Analysis": "result",
    "Assurance": "result",
    "PhaseSummary": "result",
    "RuleHit": "result",
    "Variation": "result",
    "Verdict": "result",
    "Series": "series",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(f"pdsa_cli.analysis.{_HOMES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Analysis",
    "AnalysisOptions",
    "Assurance",
    "PhaseSummary",
    "RuleHit",
    "Series",
    "Variation",
    "Verdict",
    "analyse",
    "analyse_measure",
    "analysis_to_frame",
    "analysis_to_json",
    "read_series_csv",
    "series_from_measure",
]
