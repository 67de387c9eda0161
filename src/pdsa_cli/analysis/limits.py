"""Centre line, sigma and limits for one phase, one small function per chart type.

Formulas as in qicharts2 (Anhøj, R/helper.functions.R) and Provost & Murray, *The Health Care
Data Guide* (2011); constants cited beside them. Every function sees the phase's points and two
masks: `include` (not excluded) and `base` (included and in the baseline, i.e. the points that
set the centre line and limits). Missing values are NaN and are skipped, never zeroed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from pdsa_cli.analysis.result import BoolArray, FloatArray
from pdsa_cli.errors import PdsaError

D2 = 1.128  # d2 for moving ranges of two points (Montgomery, Appendix VI)
D4 = 3.267  # D4 for moving ranges of two: the upper limit of a moving range (Nelson 1982)
T_POWER = 3.6  # Nelson's transform y^(1/3.6) of exponential times to near-normal (qicharts2)


@dataclass(frozen=True)
class PhaseInput:
    y: FloatArray  # the plotted value per point of the phase
    n: FloatArray  # denominator or subgroup size (NaN when none)
    sd: FloatArray  # subgroup standard deviation (xbar, s)
    count: FloatArray  # number of values in the subgroup (xbar, s)
    include: BoolArray  # not excluded
    base: BoolArray  # included and in the baseline
    cl: float | None = None  # a known centre line
    screen_mr: bool = True


@dataclass(frozen=True)
class Limits:
    """Per point: plotted y, centre line, sigma (for the rules' zones) and the 1-3 sigma lines.

    `judged` is what the rules should see when it differs from what is plotted (the T chart is
    judged on its transformed scale, where the limits are symmetric).
    """

    y: FloatArray
    cl: FloatArray
    sigma: FloatArray
    lcl: FloatArray
    ucl: FloatArray
    lcl_2: FloatArray
    ucl_2: FloatArray
    lcl_1: FloatArray
    ucl_1: FloatArray
    judged: Limits | None = None

    def for_rules(self) -> Limits:
        return self.judged or self

    @classmethod
    def of(cls, arrays: Sequence[FloatArray], judged: Limits | None = None) -> Limits:
        """From the arrays in field order (y, cl, sigma, lcl, ucl, lcl_2, ucl_2, lcl_1, ucl_1)."""
        y, cl, sigma, lcl, ucl, lcl_2, ucl_2, lcl_1, ucl_1 = arrays
        return cls(y, cl, sigma, lcl, ucl, lcl_2, ucl_2, lcl_1, ucl_1, judged)

    def arrays(self) -> list[FloatArray]:
        return [getattr(self, name) for name in FIELDS]


FIELDS = ("y", "cl", "sigma", "lcl", "ucl", "lcl_2", "ucl_2", "lcl_1", "ucl_1")


def _based(values: FloatArray, base: BoolArray) -> FloatArray:
    """The baseline's values (a view when every point is in the baseline)."""
    return values if base.all() else values[base]


def _finite(values: FloatArray) -> FloatArray:
    return values[~np.isnan(values)]


def _mean(values: FloatArray) -> float:
    """The mean of the non-missing values, NaN when there are none (no warning)."""
    if not values.size:
        return math.nan
    present = values if not np.isnan(values).any() else _finite(values)
    return float(present.mean()) if present.size else math.nan


def _median(values: FloatArray) -> float:
    if not np.isnan(values).any():
        return float(np.median(values)) if values.size else math.nan
    present = _finite(values)
    return float(np.median(present)) if present.size else math.nan


def _ratio(numerators: FloatArray, denominators: FloatArray) -> float:
    both = ~(np.isnan(numerators) | np.isnan(denominators))
    total = float(denominators[both].sum())
    return float(numerators[both].sum()) / total if total > 0 else math.nan


def average_moving_range(values: FloatArray, screen: bool) -> float:
    """AMR of consecutive values; a missing value makes both its moving ranges missing.

    Screening (Nelson 1982, qicharts2's default): moving ranges of D4 x AMR or more are
    dropped once before the AMR is recomputed.
    """
    ranges = np.abs(np.diff(values))
    if np.isnan(ranges).any():
        ranges = _finite(ranges)
    if not ranges.size:
        return math.nan
    amr = float(ranges.mean())
    if screen and amr > 0:
        amr = float(ranges[ranges < D4 * amr].mean())
    return amr


def _lines(
    y: FloatArray,
    cl: FloatArray,
    sigma: FloatArray,
    low: float = -math.inf,
    high: float = math.inf,
    centre: FloatArray | None = None,
) -> Limits:
    """Limits at `centre` +/- k sigma (centre defaults to the centre line), clipped to
    [low, high]."""
    middle = cl if centre is None else centre
    with np.errstate(invalid="ignore"):
        lines = [
            np.clip(middle + sign * k * sigma, low, high) for k in (3, 2, 1) for sign in (-1, 1)
        ]
    return Limits.of([y, cl, sigma, *lines])


def _full(size: int, value: float) -> FloatArray:
    return np.full(size, value, dtype=np.float64)


def chart_run(p: PhaseInput) -> Limits:
    size = p.y.shape[0]
    cl = _median(_based(p.y, p.base)) if p.cl is None else p.cl
    nan = _full(size, math.nan)
    return Limits(p.y, _full(size, cl), nan, nan, nan, nan, nan, nan, nan)


def chart_i(p: PhaseInput) -> Limits:
    """I chart: CL = mean; sigma = AMR / d2 (Montgomery 6.33)."""
    size = p.y.shape[0]
    based = _based(p.y, p.base)
    cl = _mean(based) if p.cl is None else p.cl
    sigma = average_moving_range(based, p.screen_mr) / D2
    return _lines(p.y, _full(size, cl), _full(size, sigma))


def chart_mr(p: PhaseInput) -> Limits:
    """MR chart: the moving ranges of the included points (an excluded point is bridged, a
    missing one is not); CL = AMR, UCL = D4 x AMR, so sigma = (D4 - 1) / 3 x AMR."""
    y = _full(p.y.shape[0], math.nan)
    included = np.flatnonzero(p.include)
    y[included[1:]] = np.abs(np.diff(p.y[included]))
    cl = _mean(y[p.base]) if p.cl is None else p.cl
    sigma = (D4 - 1) / 3 * cl
    size = y.shape[0]
    return _lines(y, _full(size, cl), _full(size, sigma), low=0.0)


def chart_p(p: PhaseInput) -> Limits:
    """P chart: CL = sum(numerators) / sum(denominators); sigma_i = sqrt(CL(1-CL)/n_i)
    (Montgomery 7.7); limits clipped to [0, 1]."""
    cl = _ratio(p.y[p.base] * p.n[p.base], p.n[p.base]) if p.cl is None else p.cl
    with np.errstate(invalid="ignore", divide="ignore"):
        sigma = np.sqrt(cl * (1 - cl) / p.n)
    return _lines(p.y, _full(p.y.shape[0], cl), sigma, 0.0, 1.0)


def chart_u(p: PhaseInput) -> Limits:
    """U chart: CL = sum(counts) / sum(exposure); sigma_i = sqrt(CL / n_i) (Montgomery 7.19)."""
    cl = _ratio(p.y[p.base] * p.n[p.base], p.n[p.base]) if p.cl is None else p.cl
    with np.errstate(invalid="ignore", divide="ignore"):
        sigma = np.sqrt(cl / p.n)
    return _lines(p.y, _full(p.y.shape[0], cl), sigma, low=0.0)


def _laney(limits: Limits, p: PhaseInput, high: float) -> Limits:
    """Laney's prime charts (Laney 2002): z_i = (y_i - CL) / sigma_i, sigma_z = AMR(z) / d2,
    limits CL +/- 3 sigma_i sigma_z: between-subgroup variation for large denominators."""
    with np.errstate(invalid="ignore", divide="ignore"):
        z = (p.y[p.base] - limits.cl[p.base]) / limits.sigma[p.base]
    z[~np.isfinite(z)] = math.nan
    sigma_z = average_moving_range(z, p.screen_mr) / D2
    return _lines(p.y, limits.cl, limits.sigma * sigma_z, 0.0, high)


def chart_pp(p: PhaseInput) -> Limits:
    return _laney(chart_p(p), p, 1.0)


def chart_up(p: PhaseInput) -> Limits:
    return _laney(chart_u(p), p, math.inf)


def chart_c(p: PhaseInput) -> Limits:
    """C chart: CL = mean count; sigma = sqrt(CL) (Montgomery 7.17)."""
    size = p.y.shape[0]
    cl = _mean(p.y[p.base]) if p.cl is None else p.cl
    return _lines(p.y, _full(size, cl), _full(size, math.sqrt(cl) if cl >= 0 else math.nan), 0.0)


def c4(n: FloatArray) -> FloatArray:
    """c4(n) = sqrt(2/(n-1)) Gamma(n/2) / Gamma((n-1)/2); NaN for n <= 1 (Montgomery,
    Appendix VI). Computed once per distinct subgroup size."""
    sizes, inverse = np.unique(n, return_inverse=True)
    values = np.array(
        [
            math.sqrt(2 / (k - 1)) * math.exp(math.lgamma(k / 2) - math.lgamma((k - 1) / 2))
            if k > 1
            else math.nan
            for k in sizes
        ]
    )
    return values[inverse.reshape(n.shape)] if values.size else np.full(n.shape, math.nan)


def _pooled_sd(p: PhaseInput) -> float:
    """The subgroups' standard deviation: s-bar for equal sizes (Montgomery 6.29), pooled
    sqrt(sum((n_i - 1) s_i^2) / sum(n_i - 1)) for unequal sizes (Montgomery 6.31)."""
    sizes = _finite(p.count[p.count > 0])
    usable = p.base & ~np.isnan(p.sd) & (p.count > 1)
    if np.unique(sizes).size <= 1:
        return _mean(p.sd[usable])
    weights = p.count[usable] - 1
    total = float(weights.sum())
    return math.sqrt(float((weights * p.sd[usable] ** 2).sum()) / total) if total else math.nan


def chart_xbar(p: PhaseInput) -> Limits:
    """X-bar chart: CL = size-weighted grand mean (Montgomery 6.30); sigma_i = s / (c4(n_i)
    sqrt(n_i)), i.e. the limits CL +/- A3(n_i) s."""
    counts, means = p.count[p.base], p.y[p.base]
    present = (counts > 0) & ~np.isnan(means)
    if p.cl is not None:
        cl = p.cl
    elif present.any():
        cl = float((counts[present] * means[present]).sum() / counts[present].sum())
    else:
        cl = math.nan
    with np.errstate(invalid="ignore", divide="ignore"):
        sigma = _pooled_sd(p) / (c4(p.count) * np.sqrt(p.count))
    return _lines(p.y, _full(p.y.shape[0], cl), sigma)


def chart_s(p: PhaseInput) -> Limits:
    """S chart: CL = s-bar or pooled s; limits B3 CL and B4 CL, i.e. CL +/- 3 CL c5/c4 with
    c5 = sqrt(1 - c4^2), the lower clipped at 0."""
    cl = _pooled_sd(p) if p.cl is None else p.cl
    factor = c4(p.count)
    with np.errstate(invalid="ignore"):
        sigma = cl * np.sqrt(1 - factor**2) / factor
    return _lines(p.y, _full(p.y.shape[0], cl), sigma, low=0.0)


def chart_g(p: PhaseInput) -> Limits:
    """G chart (opportunities between rare events): limits from the mean with sigma =
    sqrt(mean (mean + 1)) (Montgomery p. 319); the centre line is the median, so the runs
    analysis of this skewed distribution stays fair (Provost & Murray p. 228). With a known
    centre line (the mean), the centre is its theoretical median 0.693 x mean."""
    size = p.y.shape[0]
    mean = _mean(p.y[p.base]) if p.cl is None else p.cl
    cl = _median(p.y[p.base]) if p.cl is None else 0.693 * p.cl
    sigma = math.sqrt(mean * (mean + 1)) if mean >= 0 else math.nan
    limits = _lines(p.y, _full(size, cl), _full(size, sigma), low=0.0, centre=_full(size, mean))
    # Zones around a median with limits around the mean are not meaningful: no sigma for rules.
    return replace(limits, sigma=_full(size, math.nan))


def chart_t(p: PhaseInput) -> Limits:
    """T chart (time between rare events): an I chart on y^(1/3.6), back-transformed; the
    rules judge the transformed scale (the transform is monotone, so sides and order hold)."""
    if (p.y[~np.isnan(p.y)] <= 0).any():
        raise PdsaError("analysis.t_needs_positive")
    transformed = chart_i(
        replace(p, y=p.y ** (1 / T_POWER), cl=None if p.cl is None else p.cl ** (1 / T_POWER))
    )
    with np.errstate(invalid="ignore"):
        back = [
            np.clip(line, 0.0, None) ** T_POWER
            for line in (
                transformed.lcl,
                transformed.ucl,
                transformed.lcl_2,
                transformed.ucl_2,
                transformed.lcl_1,
                transformed.ucl_1,
            )
        ]
    nan = _full(p.y.shape[0], math.nan)
    return Limits.of([p.y, transformed.cl**T_POWER, nan, *back], judged=transformed)


CHARTS: dict[str, Callable[[PhaseInput], Limits]] = {
    "run": chart_run,
    "i": chart_i,
    "mr": chart_mr,
    "p": chart_p,
    "pp": chart_pp,
    "u": chart_u,
    "up": chart_up,
    "c": chart_c,
    "xbar": chart_xbar,
    "s": chart_s,
    "g": chart_g,
    "t": chart_t,
}
