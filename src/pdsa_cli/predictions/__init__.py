"""Quantitative predictions, checked against the data.

In the Model for Improvement the learning is the gap between what a team predicted and what
happened. This package scores each cycle's quantitative predictions (:func:`score_cycle`),
summarises them for a seminar (:func:`summarise_predictions`) and checks them for
`pdsa validate` (:data:`CHECKS`). Pure: no printing, no terminal.

Layer 7, predictions: may import analysis, workspace, models, errors, i18n.
"""

from pdsa_cli.predictions.aggregate import (
    CycleMiss,
    PredictionReport,
    RampTrend,
    ShareMet,
    Trend,
    biggest_misses,
    ramp_trends,
    share_met,
    summarise_predictions,
)
from pdsa_cli.predictions.bounds import Bounds, bounds_of, out_of_range
from pdsa_cli.predictions.checks import CHECKS, check_predictions
from pdsa_cli.predictions.scoring import (
    Judgement,
    NoDataReason,
    PredictionScore,
    Status,
    judge_prediction,
    score_cycle,
    score_workspace,
)

__all__ = [
    "CHECKS",
    "Bounds",
    "CycleMiss",
    "Judgement",
    "NoDataReason",
    "PredictionReport",
    "PredictionScore",
    "RampTrend",
    "ShareMet",
    "Status",
    "Trend",
    "biggest_misses",
    "bounds_of",
    "check_predictions",
    "judge_prediction",
    "out_of_range",
    "ramp_trends",
    "score_cycle",
    "score_workspace",
    "share_met",
    "summarise_predictions",
]
