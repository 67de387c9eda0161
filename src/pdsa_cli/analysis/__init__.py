"""The analysis core: series -> centre lines, limits and signals (no CLI, no plotting).

from pdsa_cli.analysis import Series, analyse, AnalysisOptions
result = analyse(Series.from_values([3, 5, 4, 6]), AnalysisOptions(chart="i"))
result.to_frame()           # a pandas DataFrame, one row per point
result.to_json_dict()       # the `pdsa analyze --json` contract
"""

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
    "read_series_csv",
    "series_from_measure",
]
