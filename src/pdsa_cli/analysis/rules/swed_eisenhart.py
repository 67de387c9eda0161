"""The exact distribution of the number of runs (Swed & Eisenhart 1943) for the IHI runs rule.

With n1 points of one kind and n2 of the other in random order, the number of runs R has
    P(R = 2k)     = 2 C(n1-1, k-1) C(n2-1, k-1) / C(n1+n2, n1)
    P(R = 2k + 1) = [C(n1-1, k) C(n2-1, k-1) + C(n1-1, k-1) C(n2-1, k)] / C(n1+n2, n1)
(Swed F.S., Eisenhart C. 1943, Tables for testing randomness of grouping in a sequence of
alternatives, Ann. Math. Statist. 14(1):66-87). The IHI run-chart rule (Perla, Provost & Murray
2011, BMJ Qual Saf 20:46-51) judges "too few" and "too many" runs at two-sided 5 %, with the
useful points split as evenly as possible: floor(n/2) below, ceil(n/2) above (design.md s. 4).

Note: the table printed in Perla et al. differs from the exact limits by one run at some n
(e.g. n = 11, 12, 17, 20); design.md asks for the exact distribution, which agrees with the
critical values tabulated by Swed & Eisenhart themselves.
"""

from __future__ import annotations

import math
from fractions import Fraction
from functools import lru_cache
from itertools import accumulate

import numpy as np
import numpy.typing as npt

from pdsa_cli.analysis.rules.runs import log_comb

# Two-sided 5 %: 2.5 % in each tail, as 1/40 so the exact path compares integers.
_TAIL_ONE_IN = 40
# Exact integer counts up to this many useful points; beyond, log-space floating point.
_EXACT_POINTS = 2_000


def runs_counts(n1: int, n2: int) -> list[int]:
    """Number of arrangements with exactly r runs, for r = 0 .. n1 + n2 (index = r)."""
    n = n1 + n2
    counts = [0] * (n + 1)
    if n1 == 0 or n2 == 0:
        counts[min(n, 1)] = 1
        return counts
    for r in range(2, n + 1):
        k = r // 2
        if r % 2 == 0:
            counts[r] = 2 * math.comb(n1 - 1, k - 1) * math.comb(n2 - 1, k - 1)
        else:
            counts[r] = math.comb(n1 - 1, k) * math.comb(n2 - 1, k - 1) + math.comb(
                n1 - 1, k - 1
            ) * math.comb(n2 - 1, k)
    return counts


def runs_distribution(n1: int, n2: int) -> dict[int, Fraction]:
    """P(R = r) exactly, for every r with a positive probability."""
    counts = runs_counts(n1, n2)
    total = sum(counts)
    return {r: Fraction(c, total) for r, c in enumerate(counts) if c}


@lru_cache(maxsize=4096)
def runs_limits(n_useful: int) -> tuple[int, int]:
    """(L, U) for `n_useful` points split floor/ceil: too few runs if R < L, too many if R > U.

    L is the largest r with P(R < r) <= 0.025; U the smallest r with P(R > r) <= 0.025.
    """
    if n_useful < 1:
        raise ValueError(f"n_useful must be at least 1, got {n_useful}")
    n1, n2 = n_useful // 2, n_useful - n_useful // 2
    if n_useful <= _EXACT_POINTS:
        return _limits_exact(n1, n2)
    return _limits_float(n1, n2)


def _limits_exact(n1: int, n2: int) -> tuple[int, int]:
    counts = runs_counts(n1, n2)
    total = sum(counts)
    below = [0, *accumulate(counts)]  # below[r] = #(R < r), r = 0 .. n + 1
    n = n1 + n2
    lower = max(r for r in range(n + 2) if _TAIL_ONE_IN * below[r] <= total)
    # #(R > r) = total - #(R <= r) = total - below[r + 1]
    upper = min(r for r in range(n + 1) if _TAIL_ONE_IN * (total - below[r + 1]) <= total)
    return lower, upper


def _limits_float(n1: int, n2: int) -> tuple[int, int]:
    n = n1 + n2
    mean = 1 + 2 * n1 * n2 / n
    sd = math.sqrt(2 * n1 * n2 * (2 * n1 * n2 - n) / (n * n * (n - 1)))
    low = max(2, int(mean - 15 * sd))
    high = min(n, int(mean + 15 * sd) + 1)
    r = np.arange(low, high + 1)
    pmf = np.exp(_log_runs_pmf(n1, n2, r))
    before = np.concatenate(([0.0], np.cumsum(pmf)))  # before[i] = P(R < r[i]) (tail < 1e-50)
    after = np.concatenate((np.cumsum(pmf[::-1])[::-1][1:], [0.0]))  # P(R > r[i])
    tail = 1 / _TAIL_ONE_IN
    lower = low + int(np.flatnonzero(before[:-1] <= tail)[-1])
    upper = low + int(np.flatnonzero(after <= tail)[0])
    return lower, upper


def _log_runs_pmf(n1: int, n2: int, r: npt.NDArray[np.int64]) -> npt.NDArray[np.float64]:
    k = (r // 2).astype(np.float64)
    log_total = log_comb(n1 + n2, np.array([float(n1)]))[0]
    even = math.log(2) + log_comb(n1 - 1, k - 1) + log_comb(n2 - 1, k - 1)
    odd = np.logaddexp(
        log_comb(n1 - 1, k) + log_comb(n2 - 1, k - 1),
        log_comb(n1 - 1, k - 1) + log_comb(n2 - 1, k),
    )
    result: npt.NDArray[np.float64] = np.where(r % 2 == 0, even, odd) - log_total
    return result
