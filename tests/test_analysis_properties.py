"""Invariants of the whole engine (hypothesis): no finite numbers, NaNs and ties make it raise,
the JSON is always the contract (no NaN), and shifting or scaling the data changes no signal."""

from __future__ import annotations

import json
import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from pdsa_cli.analysis import AnalysisOptions, Series, analyse, analysis_to_frame, analysis_to_json
from pdsa_cli.errors import PdsaError

CHARTS = ("run", "i", "mr", "p", "pp", "u", "up", "c", "xbar", "s", "g", "t")
RULE_SETS = ("anhoej", "ihi", "mdc", "weco")

values = st.one_of(
    st.sampled_from([0.0, 1.0, 2.0, 5.0]),  # ties
    st.floats(min_value=0, max_value=1e6, allow_nan=False),
    st.just(math.nan),
)


@st.composite
def cases(draw: st.DrawFn) -> tuple[Series, AnalysisOptions]:
    y = draw(st.lists(values, min_size=0, max_size=40))
    size = len(y)
    n = draw(
        st.lists(
            st.one_of(st.floats(min_value=1, max_value=1e6), st.just(math.nan)),
            min_size=size,
            max_size=size,
        )
    )
    n = [max(a, b) if not math.isnan(b) else b for a, b in zip(y, n, strict=True)]  # y <= n
    groups = draw(st.lists(st.integers(1, 3), min_size=size, max_size=size))
    x = np.cumsum(groups) if draw(st.booleans()) else np.arange(1, size + 1)
    series = Series.from_rows(
        x=np.asarray(x, dtype=object), y=np.asarray(y, dtype=float), n=np.asarray(n)
    )
    points = len(series)
    exclude = draw(st.lists(st.integers(1, max(points, 1)), max_size=3)) if points else []
    part = draw(st.lists(st.integers(1, max(points - 1, 1)), max_size=2)) if points > 1 else []
    options = AnalysisOptions(
        chart=draw(st.sampled_from(CHARTS)),
        rules=draw(st.sampled_from(RULE_SETS)),
        freeze=draw(st.one_of(st.none(), st.integers(1, 30))),
        exclude=tuple(exclude),
        part=tuple(part),
        direction=draw(st.sampled_from(["up", "down", "neutral"])),
        target=draw(st.one_of(st.none(), st.floats(0, 10))),
        screen_mr=draw(st.booleans()),
    )
    return series, options


@settings(max_examples=80, deadline=None)
@given(cases())
def test_engine_never_raises_and_json_is_the_contract(case: tuple[Series, AnalysisOptions]) -> None:
    series, options = case
    try:
        result = analyse(series, options)
    except PdsaError as error:  # the one refusal by design: a T chart needs positive times
        assert error.key == "analysis.t_needs_positive"
        return
    text = json.dumps(analysis_to_json(result), allow_nan=False)
    document = json.loads(text)
    assert len(document["points"]) == len(series)
    assert sum(p["last"] - p["first"] + 1 for p in document["phases"]) == len(series)
    for phase in document["phases"]:
        for rule in phase["rules"]:
            assert rule["points"] == sorted(set(rule["points"]))
            assert all(phase["first"] <= p <= phase["last"] for p in rule["points"])
    assert analysis_to_frame(result).shape[0] == len(series)


# Whole numbers, whole shifts and power-of-two scales keep the arithmetic exact, so a point
# exactly on the centre line stays exactly on it (the property is about the rules, not rounding).
finite = st.integers(-1000, 1000).map(float)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(finite, min_size=2, max_size=60),
    st.sampled_from(["run", "i"]),
    st.sampled_from(RULE_SETS),
    st.integers(-50, 50),
    st.sampled_from([0.5, 2.0, 8.0]),
)
def test_shifting_and_scaling_change_no_signal(
    y: list[float], chart: str, rules: str, shift: int, scale: float
) -> None:
    options = AnalysisOptions(chart=chart, rules=rules, screen_mr=False)
    base = analyse(Series.from_values(y), options)
    moved = analyse(Series.from_values([v * scale + shift for v in y]), options)
    assert [p.n_useful for p in base.phases] == [p.n_useful for p in moved.phases]
    assert [p.longest_run for p in base.phases] == [p.longest_run for p in moved.phases]
    assert [p.n_crossings for p in base.phases] == [p.n_crossings for p in moved.phases]
    if chart == "run":  # limits are rounding-sensitive; the runs analysis is not
        assert list(base.runs_signal) == list(moved.runs_signal)
