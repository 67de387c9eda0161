"""Invariants of scoring, whatever the data: met exactly when the observed value lies within the
prediction's bounds, the distance points at the missed bound, and no data is never met."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from pdsa_cli.predictions import Status, score_cycle
from tests.predictions_support import cycle, in_memory, measure, weekly

values = st.lists(st.floats(-1000, 1000, allow_nan=False), min_size=0, max_size=8)
numbers = st.floats(-1000, 1000, allow_nan=False)


@st.composite
def predictions(draw: st.DrawFn) -> dict[str, object]:
    comparator = draw(st.sampled_from(["at_least", "at_most", "between", "about"]))
    window = draw(
        st.one_of(
            st.just({"kind": "do_period"}),
            st.builds(lambda n: {"kind": "after_do", "points": n}, st.integers(1, 10)),
        )
    )
    base: dict[str, object] = {"measure": "m", "comparator": comparator, "window": window}
    if comparator == "between":
        low, high = sorted((draw(numbers), draw(numbers)))
        return base | {"low": low, "high": high}
    if comparator == "about":
        return base | {"value": draw(numbers), "tolerance": draw(st.floats(0, 100))}
    return base | {"value": draw(numbers)}


@settings(max_examples=150, deadline=None)
@given(values, predictions(), st.integers(0, 60))
def test_met_exactly_within_bounds_and_never_without_data(
    points: list[float], prediction: dict[str, object], do_days: int
) -> None:
    do = {"start": "2021-03-01", "end": (dt.date(2021, 3, 1) + dt.timedelta(do_days)).isoformat()}
    study = {"date": "2021-06-01", "results": "Se forudsigelserne."}
    workspace = in_memory(
        {"m": measure("value", weekly("2021-03-01", points))}, [cycle(1, [prediction], do, study)]
    )
    [score] = score_cycle(workspace.cycles[0], workspace, dt.date(2021, 6, 1))
    bounds = score.judgement.bounds
    assert bounds is not None
    if score.status is Status.NO_DATA:
        assert score.distance is None and score.relative_miss is None
        return
    observed = score.observed
    assert observed is not None and score.n >= 1
    inside = (bounds.low is None or observed >= bounds.low - 1e-6) and (
        bounds.high is None or observed <= bounds.high + 1e-6
    )
    assert (score.status is Status.MET) == inside or abs(score.distance or 0) < 1e-6
    if score.status is Status.MET:
        assert score.distance == 0 and score.relative_miss == 0
    else:
        assert score.distance is not None and score.distance != 0
        assert score.relative_miss is not None and score.relative_miss > 0
        missed = bounds.low if score.distance < 0 else bounds.high
        assert missed is not None
        assert abs(observed - score.distance - missed) < 1e-6
    if prediction["window"] != {"kind": "do_period"}:
        assert score.n == prediction["window"]["points"]  # type: ignore[index]
