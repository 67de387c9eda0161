"""Making Data Count exactly as NHSRplotthedots 0.2.2 computes it, and IHI trends without their
repeated end values (issue 13, item 8; design.md section 4).

The expectations are ported from NHSRplotthedots 0.2.2's own tests
(tests/testthat/test-ptd_calculate_point_type.R: ptd_two_in_three, ptd_part_of_two_in_three,
ptd_seven_point_trend, ptd_part_of_seven_trend, ptd_seven_point_one_side_mean) and its NEWS.md
(#143: 2-in-3 across the mean; #167/#171: a trend is coloured by its direction). In those tests a
point is described by `close_to_limits` (between 2 and 3 sigma) and `relative_to_mean` (+1/-1);
here a close point is y = 2.5 x side and any other point y = 0.5 x side, with mean 0, sigma 1.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from pdsa_cli.analysis import AnalysisOptions, Series, analyse, analysis_to_json
from pdsa_cli.cli.app import app
from tests.rules_support import fired, phase


def _points(close: list[int], side: list[int]) -> list[float]:
    return [(2.5 if c else 0.5) * s for c, s in zip(close, side, strict=True)]


def _flagged(vector: list[int]) -> tuple[int, ...]:
    return tuple(i + 1 for i, v in enumerate(vector) if v)


# ptd_part_of_two_in_three: (close_to_limits, relative_to_mean) -> flagged
TWO_IN_THREE = [
    ([1, 0, 1], [1, 1, 1], [1, 0, 1]),  # cv/ca
    ([0, 1, 1], [1, 1, 1], [0, 1, 1]),  # dv/da
    ([1, 1, 0], [1, 1, 1], [1, 1, 0]),  # ev/ea
    ([0, 0, 1, 0, 1, 0, 0], [1] * 7, [0, 0, 1, 0, 1, 0, 0]),  # fv/fa: not the point between
    ([0, 0, 1, 1, 0, 0, 0], [1] * 7, [0, 0, 1, 1, 0, 0, 0]),  # gv/ga
    ([1, 0, 0, 1], [1] * 4, [0, 0, 0, 0]),  # hv/ha: too far apart
    ([1, 0, 0, 1, 1], [1] * 5, [0, 0, 0, 1, 1]),  # iv/ia
    # NEWS 0.2.2 (#143): points on opposite sides of the mean never make a 2-in-3
    ([1, 0, 1], [1, -1, 1], [0, 0, 0]),
    ([0, 1, 1], [1, -1, 1], [0, 0, 0]),
    ([1, 1, 0], [1, -1, 1], [0, 0, 0]),
    ([0, 0, 1, 0, 1, 0, 0], [1, -1, 1, -1, 1, -1, 1], [0] * 7),
    ([0, 0, 1, 1, 0, 0, 0], [-1, 1, -1, 1, -1, 1, -1], [0] * 7),
]


@pytest.mark.parametrize(("close", "side", "expected"), TWO_IN_THREE)
def test_two_in_three_flags_only_the_points_beyond_two_sigma(
    close: list[int], side: list[int], expected: list[int]
) -> None:
    found = fired("mdc", phase(_points(close, side), chart="i", sigma=1.0))
    assert found.get("two_of_three", ()) == _flagged(expected)


def test_below_the_mean_too() -> None:
    close, side = [0, 0, 1, 0, 1, 0, 0], [-1] * 7
    found = fired("mdc", phase(_points(close, side), chart="i", sigma=1.0))
    assert found["two_of_three"] == (3, 5)


# ptd_seven_point_trend + ptd_part_of_seven_trend: y -> flagged
TRENDS = [
    ([1, 2, 3, 4, 5, 6], ()),
    ([1, 2, 3, 3, 4, 5, 6], ()),  # c(1:3, 3:6): a tie breaks it
    ([1, 2, 3, 4, 5, 6, 7], tuple(range(1, 8))),
    ([2, 1, 2, 3, 4, 5, 6, 7, 3], tuple(range(2, 9))),  # c(2, 1:7, 3)
    ([7, 6, 5, 4, 3, 2, 1], tuple(range(1, 8))),
    ([2, 7, 6, 5, 4, 3, 2, 1, 3], tuple(range(2, 9))),  # c(2, 7:1, 3)
]


@pytest.mark.parametrize(("y", "expected"), TRENDS)
def test_seven_point_trend(y: list[float], expected: tuple[int, ...]) -> None:
    mean = float(np.mean(y))
    found = fired("mdc", phase(y, mean, chart="i", sigma=100.0))
    assert found.get("trend", ()) == expected


# ptd_seven_point_one_side_mean + ptd_part_of_seven_trend: relative_to_mean -> flagged
SHIFTS = [
    ([1] * 6, ()),
    ([1] * 6 + [-1], ()),
    ([1] * 8 + [-1], tuple(range(1, 9))),
    ([-1] * 8 + [1], tuple(range(1, 9))),
]


@pytest.mark.parametrize(("side", "expected"), SHIFTS)
def test_seven_points_on_one_side(side: list[int], expected: tuple[int, ...]) -> None:
    y = [0.5 * s * (1 + (i % 2) * 0.1) for i, s in enumerate(side)]  # no trend among them
    found = fired("mdc", phase(y, chart="i", sigma=1.0))
    assert found.get("shift", ()) == expected


# --- classes: the first rule in 0.2.2's order decides (ptd_special_cause_type) ---------------

BASE = [50.0, 52, 49, 51, 50, 48, 51, 49, 52, 50, 49, 51]


def _mdc(y: list[float], direction: str, **options: object) -> np.ndarray:
    result = analyse(
        Series.from_values(y),
        AnalysisOptions(chart="i", rules="mdc", direction=direction, **options),  # type: ignore[arg-type]
    )
    return result.variation


def test_a_rising_trend_is_high_wherever_it_sits_against_the_mean() -> None:
    # NEWS 0.2.2 (#167, #171): a trend across the mean is coloured by its direction; the
    # points below the mean inside it (47, 48) are high, not low
    y = [*BASE, 46, 47, 48, 50.5, 53, 55, 55.5]
    up = _mdc(y, "up", freeze=12)
    assert set(up[12:19]) == {"improvement"}
    assert set(_mdc(y, "down", freeze=12)[12:19]) == {"concern"}


def test_a_point_below_the_lower_limit_that_starts_a_rising_trend_is_concern() -> None:
    # 0.2.2 asks "outside the limits?" before "part of a trend?" (case_when order), so the
    # first point (44, below the lower limit 44.6) is "Below LCL" and the rest of the trend high
    y = [*BASE, 44, 46, 48, 50.5, 53, 55, 55.5]
    up = _mdc(y, "up", freeze=12)
    assert up[12] == "concern"
    assert set(up[13:19]) == {"improvement"}
    down = _mdc(y, "down", freeze=12)
    assert down[12] == "improvement" and set(down[13:19]) == {"concern"}


def test_points_below_the_limit_in_a_rising_trend_take_their_side() -> None:
    # every point is below the lower limit: outside the limits comes first, so all are low
    y = [*BASE, 30, 31, 32, 33, 34, 35, 36]
    assert set(_mdc(y, "up", freeze=12)[12:]) == {"concern"}
    assert set(_mdc(y, "down", freeze=12)[12:]) == {"improvement"}


def test_a_constant_series_has_no_limits_and_only_common_cause() -> None:
    result = analyse(
        Series.from_values([5.0] * 15), AnalysisOptions(chart="i", rules="mdc", direction="up")
    )
    as_json = analysis_to_json(result)
    assert all(p["lcl"] is None and p["ucl"] is None for p in as_json["points"])
    assert {p["variation"] for p in as_json["points"]} == {"common_cause"}
    assert as_json["phases"][0]["rules"] == []
    assert as_json["points"][0]["cl"] == 5.0


# --- IHI: a repeated value at the end of a trend is not part of it ---------------------------


def test_ihi_trend_stops_at_the_last_point_that_moved() -> None:
    # 1 2 3 4 5 5 5: the trend is points 1-5; the repeats after it are not part of it
    assert fired("ihi", phase([1, 2, 3, 4, 5, 5, 5], 3.0))["trend"] == (1, 2, 3, 4, 5)
    # and it starts at the point it first moved from
    assert fired("ihi", phase([1, 1, 1, 2, 3, 4, 5], 3.0))["trend"] == (3, 4, 5, 6, 7)
    # repeats inside stay flagged (they count once)
    assert fired("ihi", phase([1, 2, 2, 3, 4, 5, 5], 3.0))["trend"] == (1, 2, 3, 4, 5, 6)


# --- through the CLI, in Danish and English --------------------------------------------------


@pytest.fixture
def two_in_three(tmp_path: Path) -> Path:
    y = [*BASE, 50, 50, 50]
    # points 13 and 15 just beyond 2 sigma above the baseline mean, 14 above it but inside
    mean = float(np.mean(BASE))
    amr = float(np.mean(np.abs(np.diff(BASE))))
    sigma = amr / 1.128
    y[12], y[13], y[14] = mean + 2.3 * sigma, mean + 0.5 * sigma, mean + 2.3 * sigma
    path = tmp_path / "mdc.csv"
    path.write_text("x,y\n" + "".join(f"{i + 1},{v}\n" for i, v in enumerate(y)), "utf-8")
    return path


def test_cli_json_flags_only_the_two_points(runner: CliRunner, two_in_three: Path) -> None:
    done = runner.invoke(
        app,
        [
            "analyze",
            str(two_in_three),
            "--chart",
            "i",
            "--rules",
            "mdc",
            "--freeze",
            "12",
            "--json",
        ],
    )
    assert done.exit_code == 0, done.output
    rules = json.loads(done.stdout)["phases"][0]["rules"]
    assert {"id": "two_of_three", "points": [13, 15]} in rules


@pytest.mark.parametrize(("lang", "words"), [("da", "punkt 13, 15"), ("en", "points 13, 15")])
def test_cli_text_names_the_two_points(
    runner: CliRunner, two_in_three: Path, lang: str, words: str
) -> None:
    done = runner.invoke(
        app,
        [
            "--lang",
            lang,
            "analyze",
            str(two_in_three),
            "--chart",
            "i",
            "--rules",
            "mdc",
            "--freeze",
            "12",
        ],
    )
    assert done.exit_code == 0, done.output
    assert words in done.stdout


def test_the_peak_between_a_rising_and_a_falling_trend_goes_down() -> None:
    # ptd_special_cause_type: a trend point whose next point is in a trend too takes the step
    # to it (c(sdy, tail(sdy, 1))), so the peak (53) belongs to the fall
    y = [*BASE, 47, 48, 49, 50, 51, 52, 53, 52, 51, 50, 49, 48, 47]
    up = _mdc(y, "up", freeze=12)
    assert list(up[12:18]) == ["improvement"] * 6
    assert list(up[18:25]) == ["concern"] * 7
