"""The `pdsa analyze --json` contract (design.md section 5) and a DataFrame view of a result."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np

from pdsa_cli.analysis.result import Analysis, PhaseSummary

if TYPE_CHECKING:
    import pandas as pd


def _number(value: Any) -> float | None:
    """A JSON number, or None for NaN/missing (the contract says null, never NaN)."""
    number = float(value)
    return None if math.isnan(number) else number


def _x_value(analysis: Analysis, index: int) -> str | float | None:
    value = analysis.x[index]
    if analysis.x_kind == "date":
        return None if np.isnat(value) else str(value)
    if analysis.x_kind == "number":
        return _number(value)
    return None if value is None else str(value)


def _point(analysis: Analysis, i: int) -> dict[str, Any]:
    return {
        "x": _x_value(analysis, i),
        "y": _number(analysis.y[i]),
        "cl": _number(analysis.cl[i]),
        "lcl": _number(analysis.lcl[i]),
        "ucl": _number(analysis.ucl[i]),
        "phase": int(analysis.phase[i]),
        "baseline": bool(analysis.baseline[i]),
        "excluded": bool(analysis.excluded[i]),
        "sigma_signal": bool(analysis.sigma_signal[i]),
        "runs_signal": bool(analysis.runs_signal[i]),
        "signals": list(analysis.signals_at(i + 1)),
        "variation": str(analysis.variation[i]),
    }


def _phase(summary: PhaseSummary) -> dict[str, Any]:
    return {
        "phase": summary.phase,
        "first": summary.first,
        "last": summary.last,
        "n_obs": summary.n_obs,
        "n_useful": summary.n_useful,
        "longest_run": summary.longest_run,
        "longest_run_max": summary.longest_run_max,
        "n_crossings": summary.n_crossings,
        "n_crossings_min": summary.n_crossings_min,
        "runs_signal": summary.runs_signal,
        "sigma_signal": summary.sigma_signal,
        "rules": [{"id": hit.id, "points": list(hit.points)} for hit in summary.rules],
    }


def analysis_to_json(analysis: Analysis) -> dict[str, Any]:
    verdict = analysis.verdict
    return {
        "chart": analysis.chart,
        "rules": analysis.rules,
        "points": [_point(analysis, i) for i in range(len(analysis))],
        "phases": [_phase(summary) for summary in analysis.phases],
        "verdict": {
            "variation": verdict.variation.value,
            "assurance": None if verdict.assurance is None else verdict.assurance.value,
            "enough_data": verdict.enough_data,
            "n_useful": verdict.n_useful,
            "process_changed": verdict.process_changed,
            "says": verdict.says,
        },
    }


def analysis_to_frame(analysis: Analysis) -> pd.DataFrame:
    import pandas as pd

    columns = {
        "x": analysis.x,
        "y": analysis.y,
        "cl": analysis.cl,
        "lcl": analysis.lcl,
        "ucl": analysis.ucl,
        "phase": analysis.phase,
        "baseline": analysis.baseline,
        "excluded": analysis.excluded,
        "sigma_signal": analysis.sigma_signal,
        "runs_signal": analysis.runs_signal,
        "variation": analysis.variation,
    }
    frame = pd.DataFrame(columns)
    frame.index = pd.RangeIndex(1, len(analysis) + 1, name="point")
    return frame
