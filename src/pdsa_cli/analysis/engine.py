"""The orchestrator: a series and options -> an :class:`Analysis` (design.md sections 4-5).

Steps, each vectorised over the points: the plotted values for the chart type, the phases and
the baseline/excluded masks, the limits per phase (:mod:`pdsa_cli.analysis.limits`), the rules
per phase (:mod:`pdsa_cli.analysis.rules`), then per point the sigma signal and the variation
class, the verdict, and last the multiplier (it changes units, never results).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from pdsa_cli.analysis.classify import assurance_of, classed, variation_of
from pdsa_cli.analysis.limits import CHARTS, FIELDS, Limits, PhaseInput
from pdsa_cli.analysis.result import (
    Analysis,
    BoolArray,
    FloatArray,
    IntArray,
    Occurrence,
    PhaseSummary,
    RuleHit,
    Variation,
    Verdict,
)
from pdsa_cli.analysis.rules import PhaseData, PhaseRules, evaluate_phase
from pdsa_cli.analysis.series import Series
from pdsa_cli.errors import UsageError

CHART_TYPES = tuple(CHARTS)
RULE_SETS = ("anhoej", "ihi", "mdc", "weco")
DIRECTIONS = ("up", "down", "neutral")
AGGREGATES = ("mean", "median", "sum")
RATIO_CHARTS = ("p", "pp", "u", "up")  # need a denominator
# Runs rules do not apply to moving ranges (consecutive ranges share a point), design.md s. 5.
MR_RULES = ("outside_limits",)


@dataclass(frozen=True)
class AnalysisOptions:
    """What `pdsa analyze` takes (design.md section 5). None means "not given": the measure's
    own setting applies (for `analyse_measure`), else the default."""

    chart: str | None = None  # default: run
    rules: str | None = None  # default: anhoej
    freeze: int | None = None  # the first K points of each phase set the limits
    part: tuple[int, ...] = ()  # phase 1 is points 1..K1, phase 2 K1+1..K2, ...
    exclude: tuple[int, ...] = ()  # 1-based positions after grouping
    cl: float | None = None  # a known centre line
    multiply: float = 1.0  # applied after the calculations (100 for percent)
    screen_mr: bool = True
    direction: str | None = None  # default: neutral
    target: float | None = None
    agg: str = "mean"

    def resolved(self) -> AnalysisOptions:
        """Defaults filled in and every value checked (UsageError on a wrong one)."""
        done = replace(
            self,
            chart=(self.chart or "run").lower(),
            rules=(self.rules or "anhoej").lower(),
            direction=(self.direction or "neutral").lower(),
            agg=self.agg.lower(),
        )
        _check_choice("chart", done.chart, CHART_TYPES)
        _check_choice("rules", done.rules, RULE_SETS)
        _check_choice("direction", done.direction, DIRECTIONS)
        _check_choice("agg", done.agg, AGGREGATES)
        if done.freeze is not None and done.freeze < 1:
            raise UsageError("analysis.bad_freeze", value=done.freeze)
        if not math.isfinite(done.multiply) or done.multiply == 0:
            raise UsageError("analysis.bad_multiply", value=done.multiply)
        return done


def _check_choice(option: str, value: str | None, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise UsageError(
            "analysis.bad_choice", option=option, value=value, choices=", ".join(choices)
        )


def analyse(series: Series, options: AnalysisOptions | None = None) -> Analysis:
    """Centre lines, limits and signals of `series` (see design.md sections 4-5)."""
    opts = (options or AnalysisOptions()).resolved()
    chart, rule_set = str(opts.chart), str(opts.rules)
    size = len(series)
    y, n = plotted_values(series, chart, opts.agg)
    excluded = _excluded(series, opts.exclude, size)
    phase, labels = _phases(series, opts.part, size)
    bounds = _phase_bounds(phase)
    baseline = _baseline(bounds, opts.freeze, size) & ~excluded
    lines = _all_limits(series, y, n, chart, opts, bounds, excluded, baseline)
    lines = _without_zero_limits(lines)
    sigma_signal = (
        np.zeros(size, dtype=bool) if chart == "run" else _outside(lines.y, lines.lcl, lines.ucl)
    )
    summaries, runs_signal, found = _phase_rules(
        lines, chart, rule_set, bounds, excluded, sigma_signal, labels
    )
    occurrences = classed(found, str(opts.direction), series.x, series.x_kind)
    direction = str(opts.direction)
    variation = variation_of(lines.for_rules(), occurrences, size, direction, rule_set, phase)
    scaled = _multiplied(lines, opts.multiply)
    latest = _latest_variation(variation, lines.y, excluded)
    verdict = Verdict(
        latest,
        assurance_of(scaled, bounds, opts.target, str(opts.direction)),
        n_useful=summaries[-1].n_useful if summaries else 0,
        process_changed=latest is not Variation.COMMON_CAUSE,
    )
    return Analysis(
        chart=chart,
        rules=rule_set,
        x=series.x,
        x_kind=series.x_kind,
        y=scaled.y,
        cl=scaled.cl,
        lcl=scaled.lcl,
        ucl=scaled.ucl,
        lcl_2=scaled.lcl_2,
        ucl_2=scaled.ucl_2,
        lcl_1=scaled.lcl_1,
        ucl_1=scaled.ucl_1,
        n=n,
        phase=phase,
        baseline=baseline,
        excluded=excluded,
        sigma_signal=sigma_signal,
        runs_signal=runs_signal,
        variation=variation,
        phases=summaries,
        verdict=verdict,
        occurrences=occurrences,
        notes=series.notes,
        direction=str(opts.direction),
        target=opts.target,
        multiply=opts.multiply,
        screened_mr=opts.screen_mr,
        meta={"source": series.source, "agg": opts.agg, "freeze": opts.freeze},
    )


def _latest_variation(
    variation: npt.NDArray[np.str_], y: FloatArray, excluded: BoolArray
) -> Variation:
    """The variation of the latest point that has a value and is not excluded."""
    if y.size and not math.isnan(y[-1]) and not excluded[-1]:
        return Variation(str(variation[-1]))  # the usual case, without a pass over the array
    usable = np.flatnonzero(~np.isnan(y) & ~excluded)
    if not usable.size:
        return Variation.COMMON_CAUSE
    return Variation(str(variation[usable[-1]]))


def plotted_values(series: Series, chart: str, agg: str) -> tuple[FloatArray, FloatArray]:
    """(y, n): what the chart plots per subgroup and its denominator or subgroup size."""
    size = len(series)
    if chart in ("xbar", "s"):
        return (series.sd if chart == "s" else series.mean), series.count
    if series.n is not None and chart != "c":
        with np.errstate(invalid="ignore", divide="ignore"):
            ratio = series.total / series.n
        ratio[~np.isfinite(ratio)] = math.nan  # a zero denominator is missing, not infinite
        return ratio, series.n
    if chart in RATIO_CHARTS:
        raise UsageError("analysis.needs_n", chart=chart)
    if chart == "c":
        return series.total, np.full(size, math.nan)
    chosen = {"mean": series.mean, "median": series.median, "sum": series.total}[agg]
    return chosen, np.full(size, math.nan)


def _excluded(series: Series, exclude: tuple[int, ...], size: int) -> BoolArray:
    excluded = np.zeros(size, dtype=bool) if series.exclude is None else series.exclude.copy()
    for position in exclude:
        if not 1 <= position <= size:
            raise UsageError("analysis.bad_position", option="--exclude", value=position, size=size)
        excluded[position - 1] = True
    return excluded


def _phases(series: Series, part: tuple[int, ...], size: int) -> tuple[IntArray, list[str | None]]:
    """1-based phase per point: from cut points, else from a per-point label (a new phase
    where the label changes), else one phase."""
    if part:
        cuts = sorted(set(part))
        if cuts[0] < 1 or cuts[-1] >= size:
            raise UsageError("analysis.bad_part", value=",".join(map(str, part)), size=size)
        starts = np.zeros(size, dtype=np.int64)
        starts[np.asarray(cuts)] = 1
        return np.cumsum(starts) + 1, [None] * (len(cuts) + 1)
    if series.part is not None and size:
        labels = np.asarray(series.part, dtype=object)
        changed = np.concatenate(([False], labels[1:] != labels[:-1]))
        phase = np.cumsum(changed).astype(np.int64) + 1
        first = np.flatnonzero(np.concatenate(([True], changed[1:])))
        return phase, [None if labels[i] is None else str(labels[i]) for i in first]
    return np.ones(size, dtype=np.int64), [None]


def _phase_bounds(phase: IntArray) -> list[tuple[int, int]]:
    """(start, stop) 0-based half-open index range of each phase."""
    if not phase.size:
        return []
    edges = np.flatnonzero(np.diff(phase)) + 1
    starts = [0, *edges.tolist()]
    stops = [*edges.tolist(), int(phase.size)]
    return list(zip(starts, stops, strict=True))


def _baseline(bounds: list[tuple[int, int]], freeze: int | None, size: int) -> BoolArray:
    """The first `freeze` points of each phase (NHSRplotthedots), all points without it."""
    if freeze is None:
        return np.ones(size, dtype=bool)
    baseline = np.zeros(size, dtype=bool)
    for start, stop in bounds:
        baseline[start : min(stop, start + freeze)] = True
    return baseline


def _all_limits(
    series: Series,
    y: FloatArray,
    n: FloatArray,
    chart: str,
    opts: AnalysisOptions,
    bounds: list[tuple[int, int]],
    excluded: BoolArray,
    baseline: BoolArray,
) -> Limits:
    """The limits of every phase, joined into arrays over all points."""
    parts = [
        CHARTS[chart](
            PhaseInput(
                y=y[start:stop],
                n=n[start:stop],
                sd=series.sd[start:stop],
                count=series.count[start:stop],
                include=~excluded[start:stop],
                base=baseline[start:stop],
                cl=opts.cl,
                screen_mr=opts.screen_mr,
            )
        )
        for start, stop in bounds
    ]
    return _joined(parts, len(y))


def _joined(parts: list[Limits], size: int) -> Limits:
    if not parts:
        empty = np.zeros(0, dtype=np.float64)
        return Limits.of([empty] * len(FIELDS))
    if len(parts) == 1:
        return parts[0]
    arrays = [np.concatenate([getattr(p, name) for p in parts]) for name in FIELDS]
    judged = [p.judged for p in parts]
    inner = None if any(j is None for j in judged) else _joined([j for j in judged if j], size)
    return Limits.of(arrays, judged=inner)


def _without_zero_limits(lines: Limits) -> Limits:
    """A series with no spread to judge by (sigma 0, e.g. a constant series, or one whose only
    moving range was screened out) has no process limits, so no point can be beyond them or
    near them; the limits are missing (null), not the centre line (as NHSRplotthedots 0.2.2
    does for AMR = 0). Limits that coincide with the centre line would call every point off it
    special cause."""
    flat = lines.sigma == 0
    if not flat.any():
        return lines
    arrays = lines.arrays()
    for name in ("sigma", "lcl", "ucl", "lcl_2", "ucl_2", "lcl_1", "ucl_1"):
        index = FIELDS.index(name)
        arrays[index] = np.where(flat, math.nan, arrays[index])
    judged = None if lines.judged is None else _without_zero_limits(lines.judged)
    return Limits.of(arrays, judged=judged)


def _outside(y: FloatArray, lcl: FloatArray, ucl: FloatArray) -> BoolArray:
    """Strictly outside its own limits (NaN limits or values never signal)."""
    with np.errstate(invalid="ignore"):
        return np.asarray((y > ucl) | (y < lcl), dtype=bool)


def _phase_rules(
    lines: Limits,
    chart: str,
    rule_set: str,
    bounds: list[tuple[int, int]],
    excluded: BoolArray,
    sigma_signal: BoolArray,
    labels: list[str | None],
) -> tuple[tuple[PhaseSummary, ...], BoolArray, tuple[Occurrence, ...]]:
    judged = lines.for_rules()
    runs_signal = np.zeros(excluded.shape[0], dtype=bool)
    summaries = []
    occurrences: list[Occurrence] = []
    for number, (start, stop) in enumerate(bounds, start=1):
        kept = _kept(excluded, start, stop)
        found = _evaluate(rule_set, chart, judged, kept, start, number)
        occurrences += found.occurrences
        runs_signal[start:stop] = found.runs_signal
        summaries.append(
            PhaseSummary(
                phase=number,
                first=start + 1,
                last=stop,
                n_obs=_count(kept, start, stop),
                n_useful=found.n_useful,
                longest_run=found.longest_run,
                longest_run_max=found.longest_run_max,
                n_crossings=found.n_crossings,
                n_crossings_min=found.n_crossings_min,
                runs_signal=found.runs_signal,
                sigma_signal=int(np.count_nonzero(sigma_signal[start:stop])),
                rules=found.hits,
                label=labels[number - 1] if number - 1 < len(labels) else None,
            )
        )
    return tuple(summaries), runs_signal, tuple(occurrences)


def _kept(excluded: BoolArray, start: int, stop: int) -> slice | IntArray:
    """The phase's non-excluded points: a slice (a view, no copy) when none is excluded."""
    if not excluded[start:stop].any():
        return slice(start, stop)
    return start + np.flatnonzero(~excluded[start:stop])


def _count(kept: slice | IntArray, start: int, stop: int) -> int:
    return stop - start if isinstance(kept, slice) else int(kept.size)


def _evaluate(
    rule_set: str, chart: str, judged: Limits, kept: slice | IntArray, start: int, number: int
) -> PhaseRules:
    if isinstance(kept, slice):
        positions = np.arange(start + 1, kept.stop + 1, dtype=np.int64)
    else:
        positions = (kept + 1).astype(np.int64)
    data = PhaseData(
        y=judged.y[kept],
        cl=judged.cl[kept],
        lcl=judged.lcl[kept],
        ucl=judged.ucl[kept],
        sigma=judged.sigma[kept],
        positions=positions,
        chart=chart,
        spc=chart != "run",
    )
    found = evaluate_phase(rule_set, data, number)
    if chart != "mr":
        return found
    hits = tuple(hit for hit in found.hits if hit.id in MR_RULES)
    kept_occurrences = tuple(o for o in found.occurrences if o.rule in MR_RULES)
    return replace(found, runs_signal=False, hits=hits, occurrences=kept_occurrences)


def _multiplied(lines: Limits, multiply: float) -> Limits:
    if multiply == 1.0:
        return lines
    return Limits.of([array * multiply for array in lines.arrays()])


__all__ = ["AnalysisOptions", "RuleHit", "analyse", "plotted_values"]
