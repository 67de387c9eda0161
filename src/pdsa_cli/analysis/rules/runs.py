"""Run statistics and the Anhøj critical values (Anhøj & Olesen 2014, as qicharts2 computes them).

A *useful* point is neither missing nor exactly on the centre line; a *run* is a stretch of
consecutive useful points on one side; points on the line (and missing points) neither break
nor extend a run; ``n_crossings`` is the number of runs minus one (design.md section 5, the same
as qicharts2's ``runs.analysis`` in R/helper.functions.R).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from pdsa_cli.analysis.rules.patterns import IntArray, Spans, equal_runs, side_of

# Integer arithmetic (exact) up to this many trials; beyond it a log-space sum in floating point
# whose relative error (~1e-9) is far below what separates neighbouring quantiles, as R's own
# qbinom is floating point too.
_EXACT_TRIALS = 20_000


@dataclass(frozen=True)
class RunStatistics:
    """The Anhøj run statistics of one phase. With no useful point the four statistics are None."""

    n_useful: int
    longest_run: int | None
    longest_run_max: int | None
    n_crossings: int | None
    n_crossings_min: int | None
    runs: Spans  # every run, as 0-based indices into y (first and last useful point)
    run_lengths: IntArray  # useful points per run

    @property
    def longest_runs(self) -> Spans:
        """The run(s) of the greatest length (several when tied)."""
        if self.longest_run is None:
            return Spans.none()
        return self.runs.where(self.run_lengths == self.longest_run)

    @property
    def signal(self) -> bool:
        """Anhøj: an unusually long run or unusually few crossings."""
        if self.longest_run is None or self.longest_run_max is None:
            return False
        assert self.n_crossings is not None and self.n_crossings_min is not None
        return self.longest_run > self.longest_run_max or self.n_crossings < self.n_crossings_min


def run_statistics(y: npt.ArrayLike, cl: npt.ArrayLike) -> RunStatistics:
    """The run statistics of `y` around the centre line `cl` (a scalar or one value per point)."""
    values = np.asarray(y, dtype=np.float64)
    centre = np.broadcast_to(np.asarray(cl, dtype=np.float64), values.shape)
    side = side_of(values, centre)
    useful = np.flatnonzero(side).astype(np.int64)
    n_useful = int(useful.shape[0])
    if n_useful == 0:
        empty = np.zeros(0, dtype=np.int64)
        return RunStatistics(0, None, None, None, None, Spans.none(), empty)
    runs, _ = equal_runs(side[useful])
    lengths = runs.lengths
    longest_run_max, n_crossings_min = anhoej_limits(n_useful)
    return RunStatistics(
        n_useful=n_useful,
        longest_run=int(lengths.max()),
        longest_run_max=longest_run_max,
        n_crossings=len(runs) - 1,
        n_crossings_min=n_crossings_min,
        runs=runs.through(useful),
        run_lengths=lengths,
    )


@lru_cache(maxsize=4096)
def anhoej_limits(n_useful: int) -> tuple[int, int]:
    """(longest_run_max, n_crossings_min) for `n_useful` useful points.

    longest_run_max = round(log2(n)) + 3: the upper 95 % prediction limit of the longest run
    (Schilling 2012; Anhøj & Olesen 2014). n_crossings_min = qbinom(0.05, n - 1, 0.5): the
    lower 5 % limit of the crossings, which are Binomial(n - 1, 1/2) (Chen 2010; Anhøj 2015).
    """
    if n_useful < 1:
        raise ValueError(f"n_useful must be at least 1, got {n_useful}")
    # log2(n) is never exactly k + 0.5 for a whole n, so the rounding convention cannot matter.
    longest_run_max = math.floor(math.log2(n_useful) + 0.5) + 3
    return longest_run_max, binomial_half_quantile(n_useful - 1, 20)


@lru_cache(maxsize=4096)
def binomial_half_quantile(trials: int, one_in: int) -> int:
    """qbinom(1/one_in, trials, 0.5): the smallest k with P(X <= k) >= 1/one_in."""
    if trials <= _EXACT_TRIALS:
        return _binomial_half_quantile_exact(trials, one_in)
    return _binomial_half_quantile_float(trials, one_in)


def _binomial_half_quantile_exact(trials: int, one_in: int) -> int:
    # P(X <= k) >= 1/one_in  <=>  one_in * sum_{i <= k} C(trials, i) >= 2^trials
    total = 1 << trials
    term, cumulative = 1, 0
    for k in range(trials + 1):
        cumulative += term
        if one_in * cumulative >= total:
            return k
        term = term * (trials - k) // (k + 1)
    return trials  # unreachable: the full sum is 2^trials


def _binomial_half_quantile_float(trials: int, one_in: int) -> int:
    mean, sd = trials / 2, math.sqrt(trials) / 2
    low = max(0, int(mean - 15 * sd))  # below 15 sd the mass is < 1e-50: nothing to add
    k = np.arange(low, int(mean) + 1, dtype=np.float64)
    log_pmf = log_comb(trials, k) - trials * math.log(2)
    cdf = np.cumsum(np.exp(log_pmf))
    return low + int(np.searchsorted(cdf, 1 / one_in, side="left"))


def log_comb(n: int, k: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """log C(n, k) elementwise (-inf outside 0 <= k <= n), through math.lgamma (numpy has none)."""
    lgamma = np.vectorize(math.lgamma, otypes=[np.float64])
    inside = (k >= 0) & (k <= n)
    kk = np.where(inside, k, 0.0)
    values = math.lgamma(n + 1) - lgamma(kk + 1) - lgamma(n - kk + 1)
    result: npt.NDArray[np.float64] = np.where(inside, values, -np.inf)
    return result
