"""Invariants of the run statistics and the rules (hypothesis), and naive reference oracles."""

from __future__ import annotations

import itertools
import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from pdsa_cli.analysis.rules import RULE_SETS, PhaseData, evaluate_phase, run_statistics
from pdsa_cli.analysis.rules.patterns import (
    beyond_in_windows,
    monotone_runs,
    monotone_runs_ties_once,
    windows,
)
from tests.rules_support import NAN, phase

# Small integers give plenty of ties and points exactly on the centre line.
levels = st.integers(min_value=-4, max_value=4).map(float)
series = st.lists(st.one_of(levels, levels, levels, st.just(NAN)), max_size=60)
centres = st.integers(min_value=-2, max_value=2).map(float)


def stats_tuple(y: list[float] | np.ndarray, cl: float) -> tuple[int, int | None, int | None]:
    stats = run_statistics(y, cl)
    return stats.n_useful, stats.longest_run, stats.n_crossings


def naive_stats(y: list[float], cl: float) -> tuple[int, int | None, int | None]:
    """The definition, point by point: useful points' sides, then runs."""
    sides = [1 if v > cl else -1 for v in y if not math.isnan(v) and v != cl]
    if not sides:
        return 0, None, None
    runs, longest, current = 1, 1, 1
    for before, after in itertools.pairwise(sides):
        current = current + 1 if after == before else 1
        runs += after != before
        longest = max(longest, current)
    return len(sides), longest, runs - 1


@given(series, centres)
def test_run_statistics_match_the_definition(y: list[float], cl: float) -> None:
    assert stats_tuple(y, cl) == naive_stats(y, cl)


@given(series, centres, st.integers(1, 7), st.integers(-50, 50))
def test_shifting_or_scaling_changes_no_run_statistic(
    y: list[float], cl: float, scale: int, shift: int
) -> None:
    moved = [scale * v + shift for v in y]
    assert stats_tuple(moved, scale * cl + shift) == stats_tuple(y, cl)


@given(series, centres)
def test_mirroring_changes_no_run_statistic(y: list[float], cl: float) -> None:
    assert stats_tuple([-v for v in y], -cl) == stats_tuple(y, cl)


@given(series, centres)
def test_reversing_keeps_longest_run_and_crossings(y: list[float], cl: float) -> None:
    assert stats_tuple(y[::-1], cl) == stats_tuple(y, cl)


@given(series, centres, st.lists(st.integers(0, 60), max_size=10))
def test_points_on_the_centre_line_never_change_crossings(
    y: list[float], cl: float, where: list[int]
) -> None:
    padded = list(y)
    for index in where:
        padded.insert(min(index, len(padded)), cl)
    assert stats_tuple(padded, cl) == stats_tuple(y, cl)


# --- pattern finders against loops ----------------------------------------------------------


def naive_monotone(values: list[float], min_points: int, ties_once: bool) -> set[int]:
    """Indices covered by a strictly monotone stretch of >= min_points (distinct) values."""
    covered: set[int] = set()
    n = len(values)
    for start in range(n):
        for end in range(start + 1, n):
            stretch = values[start : end + 1]
            steps = [b - a for a, b in itertools.pairwise(stretch)]
            if ties_once:
                moves = [s for s in steps if s != 0]
                distinct = 1 + len(moves)
                # a repeated value at either end is not part of the trend (design.md s. 4)
                whole = steps[0] != 0 and steps[-1] != 0
            else:
                moves, distinct, whole = steps, len(stretch), True
            if not moves or not whole or distinct < min_points:
                continue
            if all(s > 0 for s in moves) or all(s < 0 for s in moves):
                covered.update(range(start, end + 1))
    return covered


@given(st.lists(levels, max_size=25), st.integers(2, 7), st.booleans())
def test_trend_finders_match_a_loop(values: list[float], min_points: int, ties: bool) -> None:
    finder = monotone_runs_ties_once if ties else monotone_runs
    found = finder(np.asarray(values, dtype=np.float64), min_points)
    covered = set(np.flatnonzero(found.mask(len(values))).tolist())
    assert covered == naive_monotone(values, min_points, ties)


@given(st.lists(st.booleans(), max_size=30), st.integers(1, 5), st.integers(1, 5))
def test_window_finder_matches_a_loop(beyond: list[bool], width: int, at_least: int) -> None:
    expected: set[int] = set()
    for start in range(len(beyond) - width + 1):
        inside = [start + i for i in range(width) if beyond[start + i]]
        if len(inside) >= at_least:
            expected.update(range(inside[0], inside[-1] + 1))
    found = windows(np.asarray(beyond, dtype=np.bool_), width, at_least)
    assert set(np.flatnonzero(found.mask(len(beyond))).tolist()) == expected


@given(
    st.lists(st.booleans(), max_size=30),
    st.lists(st.booleans(), min_size=30, max_size=30),
    st.integers(1, 5),
    st.integers(1, 5),
)
def test_beyond_in_windows_matches_a_loop(
    beyond: list[bool], side: list[bool], width: int, at_least: int
) -> None:
    same = side[: len(beyond)]
    expected: set[int] = set()
    for start in range(len(beyond) - width + 1):
        window = range(start, start + width)
        if sum(beyond[i] for i in window) >= at_least and all(same[i] for i in window):
            expected.update(i for i in window if beyond[i])
    found = beyond_in_windows(
        np.asarray(beyond, dtype=np.bool_), width, at_least, np.asarray(same, dtype=np.bool_)
    )
    assert set(np.flatnonzero(found.mask(len(beyond))).tolist()) == expected
    assert (found.starts == found.ends).all()  # each occurrence is one point


# --- evaluate_phase never raises ------------------------------------------------------------

anything = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    levels,
    st.just(NAN),
)


@st.composite
def phases(draw: st.DrawFn) -> PhaseData:
    n = draw(st.integers(0, 40))
    column = st.lists(anything, min_size=n, max_size=n)
    y, cl, sigma = draw(column), draw(column), draw(column)
    lcl, ucl = draw(column), draw(column)
    kept = sorted(draw(st.sets(st.integers(1, 200), min_size=n, max_size=n)))
    chart = draw(st.sampled_from(["run", "i", "mr", "p", "u", "c", "xbar", "s", "g", "t"]))
    return PhaseData(
        y=np.asarray(y, dtype=np.float64),
        cl=np.asarray(cl, dtype=np.float64),
        lcl=np.asarray(lcl, dtype=np.float64),
        ucl=np.asarray(ucl, dtype=np.float64),
        sigma=np.asarray(sigma, dtype=np.float64),
        positions=np.asarray(kept, dtype=np.int64),
        chart=chart,
        spc=chart != "run",
    )


@settings(max_examples=150)
@given(phases(), st.sampled_from(sorted(RULE_SETS)))
def test_evaluate_phase_never_raises_and_keeps_its_promises(data: PhaseData, rule_set: str) -> None:
    result = evaluate_phase(rule_set, data)
    allowed = {rule.id for rule in (*RULE_SETS[rule_set].run, *RULE_SETS[rule_set].spc)}
    positions = set(data.positions.tolist())
    for hit in result.hits:
        assert hit.id in allowed
        assert list(hit.points) == sorted(set(hit.points))
        assert set(hit.points) <= positions
    assert len({hit.id for hit in result.hits}) == len(result.hits)
    if result.n_useful == 0:
        assert result.longest_run is None and result.n_crossings is None
    if data.chart == "mr":
        assert not result.runs_signal
    hinted = {"outside_limits", "astronomical"}
    assert result.runs_signal == any(hit.id not in hinted for hit in result.hits)


@given(st.lists(st.one_of(levels, st.just(NAN)), max_size=40), centres)
def test_anhoej_runs_signal_is_the_two_rules(y: list[float], cl: float) -> None:
    result = evaluate_phase("anhoej", phase(y, cl))
    if result.longest_run is None:
        assert not result.runs_signal
        return
    assert result.longest_run_max is not None and result.n_crossings_min is not None
    assert result.n_crossings is not None
    assert result.runs_signal == (
        result.longest_run > result.longest_run_max or result.n_crossings < result.n_crossings_min
    )
