"""Predictions as words and as JSON: pure functions that the CLI, `pdsa show`, `pdsa study`
and the seminar summary share (no terminal here, only strings and plain data)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pdsa_cli.i18n import get_language, translate
from pdsa_cli.models import Comparator, DataType, Measure, WindowKind
from pdsa_cli.models.cycle import Prediction
from pdsa_cli.predictions.aggregate import CycleMiss, PredictionReport, RampTrend, ShareMet
from pdsa_cli.predictions.bounds import Bounds
from pdsa_cli.predictions.scoring import PredictionScore, Status


def format_number(value: float, lang: str | None = None, decimals: int = 2) -> str:
    """A number as people write it: no trailing zeros, a decimal comma in Danish."""
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    text = "0" if text == "-0" else text
    return text.replace(".", ",") if (lang or get_language()) == "da" else text


def format_value(
    value: float, measure: Measure | None, lang: str | None = None, unit: bool = True
) -> str:
    """A value on its measure's scale: proportions as a percent, others with their unit
    (unless `unit` is False, for tables whose measure column already says it)."""
    if measure is not None and measure.data_type is DataType.PROPORTION:
        return f"{format_number(value * 100, lang, 1)} %"
    suffix = f" {measure.unit}" if measure is not None and unit else ""
    return f"{format_number(value, lang)}{suffix}"


def format_distance(
    distance: float, measure: Measure | None, lang: str | None = None, compact: bool = False
) -> str:
    """A signed distance: percentage points for proportions (`compact`: abbreviated)."""
    sign = "+" if distance > 0 else ""
    if measure is not None and measure.data_type is DataType.PROPORTION:
        key = "predictions.percent_points_short" if compact else "predictions.percent_points"
        points = translate(key, lang)
        return f"{sign}{format_number(distance * 100, lang, 1)} {points}"
    return sign + format_value(distance, measure, lang, unit=not compact)


SYMBOLS = {
    Comparator.AT_LEAST: "≥ {value}",
    Comparator.AT_MOST: "≤ {value}",
    Comparator.BETWEEN: "{low} – {high}",
    Comparator.ABOUT: "{value} ± {tolerance}",
}


def describe_prediction(
    prediction: Prediction,
    bounds: Bounds | None,
    measure: Measure | None,
    lang: str | None = None,
    compact: bool = False,
) -> str:
    """'at least 80 %', 'between 10 and 15 minutes', ... on the measure's scale (`compact`:
    '≥ 80 %', for tables)."""
    scale = 100.0 if bounds is not None and bounds.percent else 1.0

    def shown(number: float | None) -> str:
        return "?" if number is None else format_value(number / scale, measure, lang, not compact)

    tolerance = format_distance((prediction.tolerance or 0.0) / scale, measure, lang, compact)
    fields = {
        "value": shown(prediction.value),
        "low": shown(prediction.low),
        "high": shown(prediction.high),
        "tolerance": tolerance.lstrip("+"),
    }
    if compact:
        return SYMBOLS[prediction.comparator].format(**fields)
    return translate(f"predictions.comparator.{prediction.comparator.value}", lang, **fields)


def describe_window(prediction: Prediction, lang: str | None = None) -> str:
    window = prediction.window
    if window.kind is WindowKind.AFTER_DO:
        return translate("predictions.window.after_do", lang, points=window.points)
    return translate("predictions.window.do_period", lang)


def describe_status(score: PredictionScore, lang: str | None = None) -> str:
    """'met', 'not met (so far)', 'no data yet: 2 of 4 measurements'."""
    text = translate(f"predictions.status.{score.status.value}", lang)
    reason = score.judgement.reason
    if reason is not None:
        return f"{text}: {describe_reason(score, lang)}"
    if score.provisional:
        return f"{text} ({translate('predictions.provisional', lang)})"
    return text


def describe_reason(score: PredictionScore, lang: str | None = None) -> str:
    reason = score.judgement.reason
    if reason is None:
        return ""
    wanted = score.prediction.window.points or 1
    return translate(f"predictions.reason.{reason.value}", lang, n=score.n, wanted=wanted)


@dataclass(frozen=True)
class PredictionLine:
    """One prediction beside its observed result, worded: a row for `pdsa show`, `pdsa
    predictions` and the summary (renderers lay it out, they decide nothing)."""

    measure: str  # the measure's id
    prediction: str  # '≥ 80 %' (compact) or 'at least 80 %'
    window: str
    observed: str  # '' when nothing was observed
    n: int
    status: str  # 'met', 'not met (so far)', 'no data yet: 2 of 4 measurements'
    distance: str  # '' when there is no distance
    outcome: Status


def prediction_line(
    score: PredictionScore, measure: Measure | None, lang: str | None = None, compact: bool = True
) -> PredictionLine:
    prediction = describe_prediction(
        score.prediction, score.judgement.bounds, measure, lang, compact
    )
    window = score.prediction.window
    if compact and window.kind is WindowKind.AFTER_DO:
        short = translate("predictions.window.after_do_short", lang, points=window.points)
        prediction = f"{prediction} ({short})"
    observed, distance = score.observed, score.distance
    return PredictionLine(
        measure=score.prediction.measure,
        prediction=prediction,
        window=describe_window(score.prediction, lang),
        observed="" if observed is None else format_value(observed, measure, lang, not compact),
        n=score.n,
        status=describe_status(score, lang),
        distance="" if not distance else format_distance(distance, measure, lang, compact),
        outcome=score.status,
    )


def prediction_lines(
    scores: Iterable[PredictionScore],
    measures: Mapping[str, Measure],
    lang: str | None = None,
    compact: bool = True,
) -> list[PredictionLine]:
    """Worded rows for `scores` (`measures`: id -> Measure, e.g. from the workspace)."""
    return [prediction_line(s, measures.get(s.prediction.measure), lang, compact) for s in scores]


def study_lines(
    scores: Iterable[PredictionScore], measures: Mapping[str, Measure], lang: str | None = None
) -> list[str]:
    """One sentence per prediction: what was predicted, what was observed, met or not."""
    lines = []
    for score in scores:
        measure = measures.get(score.prediction.measure)
        fields: dict[str, Any] = {
            "measure": measure.name if measure else score.prediction.measure,
            "prediction": describe_prediction(
                score.prediction, score.judgement.bounds, measure, lang
            ),
            "window": describe_window(score.prediction, lang),
            "n": score.n,
            "reason": describe_reason(score, lang),
        }
        if score.observed is not None:
            fields["observed"] = format_value(score.observed, measure, lang)
        if score.distance is not None:
            fields["distance"] = format_distance(score.distance, measure, lang)
        lines.append(translate(f"predictions.draft.{score.status.value}", lang, **fields))
    return lines


def study_draft(
    scores: Iterable[PredictionScore],
    measures: Mapping[str, Measure],
    lang: str | None = None,
    sep: str = "\n",
) -> str:
    """A starting point for the Study's `compared_with_predictions`, for the user to confirm or
    edit (`pdsa study` never writes it silently)."""
    return sep.join(study_lines(scores, measures, lang))


def score_to_dict(score: PredictionScore) -> dict[str, Any]:
    """One score as plain JSON data (numbers on the measure's scale: proportions 0-1)."""
    prediction = score.prediction
    judgement = score.judgement
    bounds = judgement.bounds
    return {
        "cycle": score.cycle,
        "municipality": score.municipality,
        "initiative": score.initiative,
        "number": score.number,
        "index": score.index,
        "measure": prediction.measure,
        "comparator": prediction.comparator.value,
        "value": prediction.value,
        "low": prediction.low,
        "high": prediction.high,
        "tolerance": prediction.tolerance,
        "text": prediction.text,
        "window": {
            "kind": prediction.window.kind.value,
            "points": prediction.window.points,
            "start": _iso(judgement.window_start),
            "end": _iso(judgement.window_end),
        },
        "accepted": None if bounds is None else {"low": bounds.low, "high": bounds.high},
        "status": judgement.status.value,
        "reason": None if judgement.reason is None else judgement.reason.value,
        "observed": judgement.observed,
        "distance": judgement.distance,
        "relative_miss": judgement.relative_miss,
        "n": judgement.n,
        "provisional": score.provisional,
    }


def _iso(date: dt.date | None) -> str | None:
    return None if date is None else date.isoformat()


def share_to_dict(share: ShareMet) -> dict[str, Any]:
    return {
        "met": share.met,
        "not_met": share.not_met,
        "pending": share.pending,
        "share_met": share.share,
    }


def miss_to_dict(miss: CycleMiss) -> dict[str, Any]:
    return {
        "cycle": miss.cycle,
        "municipality": miss.municipality,
        "initiative": miss.initiative,
        "number": miss.number,
        "relative_miss": miss.relative_miss,
        "measure": miss.worst.prediction.measure,
        "index": miss.worst.index,
    }


def ramp_to_dict(ramp: RampTrend) -> dict[str, Any]:
    return {
        "initiative": ramp.initiative,
        "municipality": ramp.municipality,
        "misses": [{"number": n, "relative_miss": miss} for n, miss in ramp.misses],
        "slope": ramp.slope,
        "trend": ramp.trend.value,
    }


def report_to_dict(report: PredictionReport) -> dict[str, Any]:
    """The whole report as JSON data (`pdsa predictions --json`)."""
    return {
        "predictions": [score_to_dict(s) for s in report.scores],
        "programme": share_to_dict(report.programme),
        "municipalities": {m: share_to_dict(s) for m, s in report.municipalities.items()},
        "biggest_misses": [miss_to_dict(m) for m in report.biggest_misses],
        "ramps": [ramp_to_dict(r) for r in report.ramps],
    }
