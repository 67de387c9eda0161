"""Run statistics on plain arrays (design.md section 5, as qicharts2's runs.analysis)."""

from __future__ import annotations

import numpy as np

from pdsa_cli.analysis.rules import run_statistics
from tests.rules_support import NAN


def test_runs_and_crossings_of_a_simple_series() -> None:
    stats = run_statistics([1, 2, -1, -2, -3, 4], 0.0)
    assert (stats.n_useful, stats.longest_run, stats.n_crossings) == (6, 3, 2)
    assert (stats.longest_run_max, stats.n_crossings_min) == (6, 1)  # round(log2 6)+3, qbinom


def test_points_on_the_centre_line_neither_break_nor_extend_a_run() -> None:
    stats = run_statistics([1, 0, 1, 0, 0, 1, -1], 0.0)
    assert (stats.n_useful, stats.longest_run, stats.n_crossings) == (4, 3, 1)
    # the run covers positions 0..5 (0-based), the points on the line inside it included
    assert stats.longest_runs.starts.tolist() == [0]
    assert stats.longest_runs.ends.tolist() == [5]


def test_missing_values_are_not_useful_and_do_not_break_a_run() -> None:
    stats = run_statistics([1, NAN, 1, -1, NAN], 0.0)
    assert (stats.n_useful, stats.longest_run, stats.n_crossings) == (3, 2, 1)


def test_a_missing_centre_line_makes_a_point_not_useful() -> None:
    stats = run_statistics([1.0, 2.0, -1.0], [0.0, NAN, 0.0])
    assert (stats.n_useful, stats.n_crossings) == (2, 1)


def test_no_useful_point_gives_no_statistics() -> None:
    for y in ([], [0.0, 0.0], [NAN, 0.0]):
        stats = run_statistics(y, 0.0)
        assert stats.n_useful == 0
        assert (stats.longest_run, stats.longest_run_max) == (None, None)
        assert (stats.n_crossings, stats.n_crossings_min) == (None, None)
        assert not stats.signal


def test_all_longest_runs_are_reported_when_tied() -> None:
    stats = run_statistics([1, 1, -1, -1, 1], 0.0)
    assert stats.longest_run == 2
    assert stats.longest_runs.starts.tolist() == [0, 2]
    assert stats.longest_runs.ends.tolist() == [1, 3]


def test_a_per_point_centre_line() -> None:
    # against a frozen or stepped centre line, each point is judged against its own value
    stats = run_statistics([1, 1, 5, 5], [0, 0, 6, 6])
    assert (stats.longest_run, stats.n_crossings) == (2, 1)


def test_huge_values_are_judged_by_comparison_without_overflow() -> None:
    big = np.finfo(np.float64).max
    stats = run_statistics([big, -big, big], -big / 2)
    assert (stats.n_useful, stats.n_crossings) == (3, 2)


def test_anhoej_signal_from_a_long_run_or_few_crossings() -> None:
    long_run = run_statistics([1] * 8 + [-1, 1, -1, 1], 0.0)  # n 12: max 7
    assert long_run.longest_run == 8 and long_run.signal
    few_crossings = run_statistics([1] * 7 + [-1] * 6 + [1] * 7, 0.0)  # n 20: min 6
    assert few_crossings.longest_run == 7 and few_crossings.n_crossings == 2
    assert few_crossings.signal
    random_like = run_statistics([1, -1, -1, 1, 1, -1, 1, -1, -1, 1, -1, 1], 0.0)
    assert not random_like.signal
