"""Anhøj critical values against the published table; the runs distribution (Swed & Eisenhart)."""

from __future__ import annotations

import csv
import itertools
import math
from fractions import Fraction
from pathlib import Path

import pytest

from pdsa_cli.analysis.rules import (
    anhoej_limits,
    binomial_half_quantile,
    runs_distribution,
    runs_limits,
)
from pdsa_cli.analysis.rules.swed_eisenhart import runs_counts

FIXTURES = Path(__file__).parent / "fixtures" / "rules"


def published_anhoej_table() -> list[tuple[int, int, int]]:
    with (FIXTURES / "anhoej_critical_values.csv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return [
            (int(row["n_useful"]), int(row["longest_run_max"]), int(row["n_crossings_min"]))
            for row in rows
        ]


def test_the_published_table_covers_10_to_100() -> None:
    assert [n for n, _, _ in published_anhoej_table()] == list(range(10, 101))


@pytest.mark.parametrize(("n", "longest_run_max", "n_crossings_min"), published_anhoej_table())
def test_anhoej_limits_match_the_qicharts2_table(
    n: int, longest_run_max: int, n_crossings_min: int
) -> None:
    assert anhoej_limits(n) == (longest_run_max, n_crossings_min)


@pytest.mark.parametrize(
    ("n", "expected"), [(10, (6, 2)), (20, (7, 6)), (24, (8, 8)), (30, (8, 10)), (100, (10, 41))]
)
def test_anhoej_limits_quoted_in_the_vignette_text(n: int, expected: tuple[int, int]) -> None:
    assert anhoej_limits(n) == expected


def _qbinom_by_fractions(trials: int) -> int:
    """qbinom(0.05, trials, 0.5) straight from its definition, in exact fractions."""
    cumulative = Fraction(0)
    for k in range(trials + 1):
        cumulative += Fraction(math.comb(trials, k), 2**trials)
        if cumulative >= Fraction(1, 20):
            return k
    raise AssertionError("unreachable")


@pytest.mark.parametrize("n", [1, 2, 3, 5, 9, 101, 250, 999])
def test_anhoej_limits_follow_the_formulas(n: int) -> None:
    assert anhoej_limits(n) == (round(math.log2(n)) + 3, _qbinom_by_fractions(n - 1))


@pytest.mark.parametrize("trials", [20_001, 20_050, 25_000])
def test_the_floating_point_quantile_agrees_with_integer_arithmetic(trials: int) -> None:
    total, term, cumulative, exact = 1 << trials, 1, 0, None
    for k in range(trials + 1):
        cumulative += term
        if 20 * cumulative >= total:
            exact = k
            break
        term = term * (trials - k) // (k + 1)
    assert binomial_half_quantile(trials, 20) == exact


def test_anhoej_limits_refuse_no_points() -> None:
    with pytest.raises(ValueError):
        anhoej_limits(0)


def _enumerated_distribution(n1: int, n2: int) -> dict[int, Fraction]:
    """Count the runs in every arrangement of n1 'a' and n2 'b'."""
    counts: dict[int, int] = {}
    arrangements = 0
    for below in itertools.combinations(range(n1 + n2), n1):
        sides = ["a" if i in below else "b" for i in range(n1 + n2)]
        runs = 1 + sum(1 for left, right in itertools.pairwise(sides) if left != right)
        counts[runs] = counts.get(runs, 0) + 1
        arrangements += 1
    return {r: Fraction(c, arrangements) for r, c in counts.items()}


def test_runs_distribution_for_four_points_by_hand() -> None:
    # aabb bbaa | abba baab | abab baba: six arrangements, two of each
    third = Fraction(1, 3)
    assert runs_distribution(2, 2) == {2: third, 3: third, 4: third}


def test_runs_distribution_for_six_points_by_hand() -> None:
    # 20 arrangements of aaabbb: 2 with 2 runs, 4 with 3, 8 with 4, 4 with 5, 2 with 6
    assert runs_distribution(3, 3) == {
        2: Fraction(2, 20),
        3: Fraction(4, 20),
        4: Fraction(8, 20),
        5: Fraction(4, 20),
        6: Fraction(2, 20),
    }


@pytest.mark.parametrize(("n1", "n2"), [(n1, n2) for n1 in range(0, 7) for n2 in range(n1, 8)])
def test_runs_distribution_matches_enumeration(n1: int, n2: int) -> None:
    if n1 + n2 == 0:
        return
    assert runs_distribution(n1, n2) == _enumerated_distribution(n1, n2)


def _critical_values(n1: int, n2: int) -> tuple[int, int]:
    """Swed & Eisenhart's tabulated critical values at 0.025 in each tail: the largest r with
    P(R <= r) <= 0.025 and the smallest r with P(R >= r) <= 0.025."""
    pmf = runs_distribution(n1, n2)
    tail = Fraction(1, 40)
    lower = max(r for r in range(n1 + n2 + 1) if sum(p for k, p in pmf.items() if k <= r) <= tail)
    upper = min(r for r in range(n1 + n2 + 2) if sum(p for k, p in pmf.items() if k >= r) <= tail)
    return lower, upper


# Critical values of the runs test at two-sided 5 % for equal groups n1 = n2 = n/2 (Swed &
# Eisenhart 1943, reprinted as Table F in Siegel, Nonparametric Statistics, 1956): reject when
# R <= lower or R >= upper.
SWED_EISENHART_EQUAL = {
    10: (2, 10),
    12: (3, 11),
    14: (3, 13),
    16: (4, 14),
    18: (5, 15),
    20: (6, 16),
    24: (7, 19),
    30: (10, 22),
    40: (14, 28),
}


@pytest.mark.parametrize(("n", "critical"), sorted(SWED_EISENHART_EQUAL.items()))
def test_runs_limits_reproduce_swed_eisenhart_critical_values(
    n: int, critical: tuple[int, int]
) -> None:
    lower_critical, upper_critical = critical
    assert _critical_values(n // 2, n // 2) == critical
    # too few if R < L, too many if R > U: L = lower critical + 1, U = upper critical - 1
    assert runs_limits(n) == (lower_critical + 1, upper_critical - 1)


@pytest.mark.parametrize(
    ("n1", "n2", "lower_critical"), [(5, 10, 3), (8, 12, 6), (2, 20, 2), (12, 12, 7)]
)
def test_lower_critical_values_for_unequal_groups(n1: int, n2: int, lower_critical: int) -> None:
    # Swed & Eisenhart 1943 / Siegel 1956 Table F-I (lower 0.025 critical values).
    assert _critical_values(n1, n2)[0] == lower_critical


@pytest.mark.parametrize("n", range(10, 61))
def test_runs_limits_split_the_points_floor_and_ceiling(n: int) -> None:
    pmf = runs_distribution(n // 2, n - n // 2)
    lower, upper = runs_limits(n)
    tail = Fraction(1, 40)
    assert sum(p for r, p in pmf.items() if r < lower) <= tail
    assert sum(p for r, p in pmf.items() if r < lower + 1) > tail
    assert sum(p for r, p in pmf.items() if r > upper) <= tail
    assert sum(p for r, p in pmf.items() if r > upper - 1) > tail


# Perla, Provost & Murray 2011, Table 1 (n = 10..30), as printed: their limits are a
# rounded reading of Swed & Eisenhart and differ from the exact ones by one run at some n.
PERLA_TABLE = {
    10: (3, 9), 11: (3, 10), 12: (3, 11), 13: (4, 11), 14: (4, 12), 15: (5, 12), 16: (5, 13),
    17: (5, 13), 18: (6, 14), 19: (6, 15), 20: (6, 16), 21: (7, 16), 22: (7, 17), 23: (7, 17),
    24: (8, 18), 25: (8, 18), 26: (9, 19), 27: (9, 20), 28: (10, 20), 29: (10, 21),
    30: (11, 22),
}  # fmt: skip


def test_exact_limits_are_within_one_run_of_the_perla_table() -> None:
    differ = {n for n, limits in PERLA_TABLE.items() if runs_limits(n) != limits}
    for n, (lower, upper) in PERLA_TABLE.items():
        exact_lower, exact_upper = runs_limits(n)
        assert abs(exact_lower - lower) <= 1 and abs(exact_upper - upper) <= 1
    assert {10, 13, 14, 15, 16, 18, 19, 21, 24, 26, 28, 29}.isdisjoint(differ)


@pytest.mark.parametrize("n", [2001, 2002, 3001])
def test_runs_limits_beyond_the_exact_range_agree_with_integer_counts(n: int) -> None:
    counts = runs_counts(n // 2, n - n // 2)
    total = sum(counts)
    below = list(itertools.accumulate([0, *counts]))  # below[r] = #(R < r)
    lower = max(r for r in range(n + 2) if 40 * below[r] <= total)
    upper = min(r for r in range(n + 1) if 40 * (total - below[r + 1]) <= total)
    assert runs_limits(n) == (lower, upper)


def test_runs_limits_refuse_no_points() -> None:
    with pytest.raises(ValueError):
        runs_limits(0)
