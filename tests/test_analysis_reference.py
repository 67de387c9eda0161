"""Chart limits against published reference values.

The Montgomery examples are the ones qicharts2's own test suite uses (tests/testthat/
test_montgomery.R); the values are those printed in Montgomery, *Introduction to Statistical
Quality Control* (7th ed.), and in the qcc package's documentation for the same data.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from pdsa_cli.analysis import AnalysisOptions, Series, analyse, read_series_csv
from tests.conftest import REPO

FIXTURES = REPO / "tests" / "fixtures" / "analysis"


def _csv(name: str) -> Series:
    return read_series_csv(FIXTURES / name)


def test_xbar_chart_piston_rings_example_6_3() -> None:
    # Montgomery Example 6.3: x-double-bar 74.001, UCL 74.014, LCL 73.988 (A3 = 1.427).
    result = analyse(_csv("montgomery_6_3_piston_rings.csv"), AnalysisOptions(chart="xbar"))
    assert len(result) == 25
    assert result.cl[0] == pytest.approx(74.00118, abs=1e-5)
    assert result.ucl[0] == pytest.approx(74.014, abs=5e-4)
    assert result.lcl[0] == pytest.approx(73.988, abs=5e-4)
    assert not result.sigma_signal.any()


def test_s_chart_piston_rings_example_6_3() -> None:
    # qcc: qcc(diameter[1:25, ], type = "S"): centre 0.009240037, LCL 0, UCL 0.01930242.
    result = analyse(_csv("montgomery_6_3_piston_rings.csv"), AnalysisOptions(chart="s"))
    assert result.cl[0] == pytest.approx(0.009240037, rel=1e-7)
    assert result.ucl[0] == pytest.approx(0.01930242, rel=1e-6)
    assert result.lcl[0] == 0.0


def test_xbar_and_s_with_unequal_subgroups_pool_the_variance() -> None:
    # Montgomery 6.30-6.31: grand mean weighted by size, pooled s, limits CL +/- A3(n_i) s.
    x = [1, 1, 1, 2, 2, 2, 2, 3, 3]
    y = [10.0, 12.0, 11.0, 9.0, 13.0, 10.0, 12.0, 11.0, 12.5]
    series = Series.from_rows(x=np.array(x, dtype=object), y=np.array(y))
    groups = [np.array(y[0:3]), np.array(y[3:7]), np.array(y[7:9])]
    sizes = np.array([len(g) for g in groups], dtype=float)
    pooled = math.sqrt(
        sum((len(g) - 1) * g.var(ddof=1) for g in groups) / sum(len(g) - 1 for g in groups)
    )
    c4 = np.array([0.8862269, 0.9213177, 0.7978846])  # Montgomery Appendix VI, n = 3, 4, 2
    xbar = analyse(series, AnalysisOptions(chart="xbar"))
    assert xbar.cl[0] == pytest.approx(sum(y) / len(y))
    np.testing.assert_allclose(xbar.ucl, xbar.cl + 3 * pooled / (c4 * np.sqrt(sizes)), rtol=1e-6)
    s_chart = analyse(series, AnalysisOptions(chart="s"))
    assert s_chart.cl[0] == pytest.approx(pooled)
    c5 = np.sqrt(1 - c4**2)
    np.testing.assert_allclose(s_chart.ucl, pooled * (1 + 3 * c5 / c4), rtol=1e-6)


def test_p_chart_orange_juice_example_7_1() -> None:
    # Montgomery Example 7.1 as qicharts2 tests it: samples 15 and 23 excluded, new phase
    # after sample 30. Revised limits 0.2150 / 0.3893 / 0.0407; new process 0.1108 / 0.2440 / 0.
    options = AnalysisOptions(chart="p", exclude=(15, 23), part=(30,))
    result = analyse(_csv("montgomery_7_1_orange_juice.csv"), options)
    first, second = 0, 40
    assert result.cl[first] == pytest.approx(0.2150, abs=5e-5)
    assert result.ucl[first] == pytest.approx(0.3893, abs=5e-5)
    assert result.lcl[first] == pytest.approx(0.0407, abs=5e-5)
    assert result.cl[second] == pytest.approx(0.1108, abs=5e-5)
    assert result.ucl[second] == pytest.approx(0.2440, abs=5e-5)
    assert result.lcl[second] == 0.0  # -0.0224 clipped to 0
    # Sample 21 (p = 0.40) lies above the revised limit, as the book notes; 15 and 23 are
    # excluded from the calculations but still judged against the limits.
    assert result.phases[0].sigma_signal == 3
    assert tuple(np.flatnonzero(result.sigma_signal) + 1) == (15, 21, 23)
    assert result.excluded[[14, 22]].all()


def test_p_chart_trial_limits_frozen_on_the_first_30_samples() -> None:
    # Montgomery Example 7.1, trial limits: p-bar 0.2313, UCL 0.4102, LCL 0.0524; the new
    # process (samples 31-54) judged against them runs below the centre line.
    trial = analyse(_csv("montgomery_7_1_orange_juice.csv"), AnalysisOptions(chart="p", freeze=30))
    assert trial.baseline[:30].all() and not trial.baseline[30:].any()
    assert (trial.cl == trial.cl[0]).all()
    assert trial.cl[0] == pytest.approx(0.2313, abs=5e-5)
    assert trial.ucl[0] == pytest.approx(0.4102, abs=5e-5)
    assert trial.lcl[0] == pytest.approx(0.0524, abs=5e-5)


def test_c_chart_circuit_boards_example_7_3() -> None:
    # Montgomery Example 7.3: c-bar 19.85, UCL 33.22, LCL 6.48; without samples 6 and 20:
    # c-bar 19.67, UCL 32.97, LCL 6.36.
    series = _csv("montgomery_7_3_circuit_boards.csv")
    trial = analyse(series, AnalysisOptions(chart="c"))
    assert trial.cl[0] == pytest.approx(19.85, abs=5e-3)
    assert trial.ucl[0] == pytest.approx(33.22, abs=0.015)
    assert trial.lcl[0] == pytest.approx(6.48, abs=5e-3)
    assert tuple(np.flatnonzero(trial.sigma_signal) + 1) == (6, 20)
    revised = analyse(series, AnalysisOptions(chart="c", exclude=(6, 20)))
    assert revised.cl[0] == pytest.approx(19.67, abs=5e-3)
    assert revised.ucl[0] == pytest.approx(32.97, abs=5e-3)
    assert revised.lcl[0] == pytest.approx(6.36, abs=5e-3)


def test_u_chart_personal_computers_example_7_4() -> None:
    # Montgomery Example 7.4: u-bar 1.93, UCL 3.79, LCL 0.07.
    result = analyse(_csv("montgomery_7_4_computers.csv"), AnalysisOptions(chart="u"))
    assert result.cl[0] == pytest.approx(1.93)
    assert result.ucl[0] == pytest.approx(3.79, abs=5e-3)
    assert result.lcl[0] == pytest.approx(0.07, abs=5e-3)


def test_u_chart_variable_exposure_dyed_cloth_example_7_5() -> None:
    # Montgomery Example 7.5: u-bar = 153 / 107.5 = 1.42; limits per roll, e.g. n = 10:
    # 2.55 / 0.29, n = 8: 2.69 / 0.16, n = 13: 2.42 / 0.43.
    result = analyse(_csv("montgomery_7_5_dyed_cloth.csv"), AnalysisOptions(chart="u"))
    assert result.cl[0] == pytest.approx(153 / 107.5)
    assert result.ucl[[0, 1, 2]] == pytest.approx([2.55, 2.69, 2.42], abs=6e-3)
    assert result.lcl[[0, 1, 2]] == pytest.approx([0.29, 0.16, 0.43], abs=6e-3)


def test_u_chart_multiply_changes_units_only() -> None:
    series = _csv("montgomery_7_5_dyed_cloth.csv")
    plain = analyse(series, AnalysisOptions(chart="u"))
    per_50 = analyse(series, AnalysisOptions(chart="u", multiply=50))
    np.testing.assert_allclose(per_50.ucl, plain.ucl * 50)
    np.testing.assert_allclose(per_50.y, plain.y * 50)
    assert per_50.phases == plain.phases


def test_i_and_mr_charts_loan_costs_example_6_5() -> None:
    # Montgomery Example 6.5: x-bar 300.5, MR-bar 7.79, UCL 321.22, LCL 279.78; MR UCL 25.45.
    series = _csv("montgomery_6_5_loan_costs.csv")
    i_chart = analyse(series, AnalysisOptions(chart="i"))
    assert i_chart.cl[0] == pytest.approx(300.5)
    assert i_chart.ucl[0] == pytest.approx(321.22, abs=5e-3)
    assert i_chart.lcl[0] == pytest.approx(279.78, abs=5e-3)
    mr_chart = analyse(series, AnalysisOptions(chart="mr"))
    assert math.isnan(mr_chart.y[0])
    assert mr_chart.y[1] == 22.0
    assert mr_chart.cl[1] == pytest.approx(7.79, abs=5e-3)
    assert mr_chart.ucl[1] == pytest.approx(25.45, abs=5e-3)
    assert mr_chart.lcl[1] == 0.0


def test_screening_drops_large_moving_ranges_once() -> None:
    # Moving ranges 1,1,1,1,1,1,1,1,20,20: AMR 4.8, limit 15.68, so the two 20s go and the
    # screened AMR is 1 (Nelson 1982, qicharts2's default).
    y = [10, 11, 10, 11, 10, 11, 10, 11, 10, 30, 10]
    screened = analyse(Series.from_values(y), AnalysisOptions(chart="i"))
    raw = analyse(Series.from_values(y), AnalysisOptions(chart="i", screen_mr=False))
    mean = sum(y) / len(y)
    assert screened.ucl[0] == pytest.approx(mean + 3 * 1.0 / 1.128)
    assert raw.ucl[0] == pytest.approx(mean + 3 * 4.8 / 1.128)


def test_laney_p_prime_uses_the_moving_range_of_z_scores() -> None:
    # Laney (2002): z_i = (p_i - p) / sigma_i, sigma_z = mean |z_i - z_(i-1)| / 1.128.
    events = np.array([520, 480, 610, 450, 530, 575, 490, 505])
    sizes = np.array([5000, 5200, 5100, 4900, 5050, 5150, 4950, 5000], dtype=float)
    p = events / sizes
    centre = events.sum() / sizes.sum()
    sigma = np.sqrt(centre * (1 - centre) / sizes)
    z = (p - centre) / sigma
    sigma_z = np.abs(np.diff(z)).mean() / 1.128
    result = analyse(
        Series.from_values(events, n=sizes), AnalysisOptions(chart="pp", screen_mr=False)
    )
    np.testing.assert_allclose(result.ucl, centre + 3 * sigma * sigma_z)
    np.testing.assert_allclose(result.lcl, centre - 3 * sigma * sigma_z)
    p_chart = analyse(Series.from_values(events, n=sizes), AnalysisOptions(chart="p"))
    assert sigma_z > 1  # over-dispersed: P' limits are wider than P limits
    assert p_chart.sigma_signal.sum() > result.sigma_signal.sum()


def test_u_prime_limits_never_go_below_zero() -> None:
    result = analyse(
        Series.from_values([1, 9, 0, 12, 2, 8], n=[10, 10, 10, 10, 10, 10]),
        AnalysisOptions(chart="up"),
    )
    assert (result.lcl >= 0).all()


def test_t_chart_is_an_i_chart_on_the_transformed_scale() -> None:
    # Montgomery Example 7.6 (Nelson 1994): times between failures, y^(1/3.6) is nearly
    # normal; limits are computed there and back-transformed.
    hours = np.array([286, 948, 536, 124, 816, 729, 4, 143, 431, 8, 2837, 596, 81, 227, 603])
    moved = hours ** (1 / 3.6)
    centre = moved.mean()
    sigma = np.abs(np.diff(moved)).mean() / 1.128
    result = analyse(Series.from_values(hours), AnalysisOptions(chart="t", screen_mr=False))
    assert result.cl[0] == pytest.approx(centre**3.6)
    assert result.ucl[0] == pytest.approx((centre + 3 * sigma) ** 3.6)
    assert result.lcl[0] == pytest.approx(max(centre - 3 * sigma, 0) ** 3.6)
    np.testing.assert_allclose(result.y, hours)


def test_t_chart_refuses_zero_times() -> None:
    from pdsa_cli.errors import PdsaError

    with pytest.raises(PdsaError) as caught:
        analyse(Series.from_values([3, 0, 5]), AnalysisOptions(chart="t"))
    assert caught.value.key == "analysis.t_needs_positive"


def test_g_chart_median_centre_and_limits_from_the_mean() -> None:
    # Montgomery p. 319 / Provost & Murray p. 228: sigma = sqrt(mean (mean + 1)), CL = median.
    days = [12, 3, 40, 7, 22, 5, 31, 9, 15, 2, 60, 11]
    mean = sum(days) / len(days)
    result = analyse(Series.from_values(days), AnalysisOptions(chart="g"))
    assert result.cl[0] == pytest.approx(float(np.median(days)))
    assert result.ucl[0] == pytest.approx(mean + 3 * math.sqrt(mean * (mean + 1)))
    assert result.lcl[0] == 0.0


def test_run_chart_median_and_no_limits() -> None:
    result = analyse(Series.from_values([4, 8, 6, 2, 9]), AnalysisOptions(chart="run"))
    assert (result.cl == 6).all()
    assert np.isnan(result.lcl).all() and np.isnan(result.ucl).all()
    assert not result.sigma_signal.any()


def test_p_limits_are_clipped_to_zero_and_one() -> None:
    result = analyse(
        Series.from_values([9, 10, 10, 8], n=[10, 10, 10, 10]), AnalysisOptions(chart="p")
    )
    assert (result.ucl <= 1).all() and (result.ucl_2 <= 1).all()
