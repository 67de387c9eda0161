"""The analysis core: series -> centre lines, limits and signals (no CLI, no plotting).

from pdsa_cli.analysis import Series, analyse, AnalysisOptions
result = analyse(Series.from_values([3, 5, 4, 6]), AnalysisOptions(chart="i"))
analysis_to_frame(result)   # a pandas DataFrame, one row per point
analysis_to_json(result)    # the `pdsa analyze --json` contract

Layer 6, analysis: may import workspace, models, errors, i18n; no CLI, no plotting.
"""

from pdsa_cli.analysis.contract import analysis_to_frame, analysis_to_json
from pdsa_cli.analysis.csv_input import read_series_csv
from pdsa_cli.analysis.engine import AnalysisOptions, analyse
from pdsa_cli.analysis.measure import analyse_measure, series_from_measure
from pdsa_cli.analysis.result import Analysis, Assurance, PhaseSummary, RuleHit, Variation, Verdict
from pdsa_cli.analysis.series import Series

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
