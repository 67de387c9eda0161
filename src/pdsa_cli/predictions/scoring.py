"""Score each quantitative prediction of a cycle against its measure's data.

A prediction is `met` when the observed value lies within its bounds, `not_met` when outside
(with the signed distance to the nearest bound: negative below, positive above), and `no_data`
when it cannot be judged yet (no Do, no measure, no point in the window, an ``after_do`` window
not yet full, numbers out of range). Missing data is never a crash and never a `met`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum

from pdsa_cli.models import Cycle, Measure
from pdsa_cli.models.cycle import Prediction
from pdsa_cli.predictions.bounds import Bounds, bounds_of
from pdsa_cli.predictions.window import observe, point_value, window_for
from pdsa_cli.workspace.index import Entry, Workspace

# Float noise must not turn 8/10 against "at least 0.8" into a miss.
EPSILON = 1e-9


class Status(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    NO_DATA = "no_data"


class NoDataReason(StrEnum):
    NOT_STARTED = "not_started"  # the cycle has no Do yet
    UNKNOWN_MEASURE = "unknown_measure"
    OUT_OF_RANGE = "out_of_range"  # the predicted numbers do not fit the measure's unit
    NO_POINTS = "no_points"  # no measurement in the window yet
    TOO_FEW_POINTS = "too_few_points"  # an after_do window that is not full yet


@dataclass(frozen=True)
class Judgement:
    """What the data says about one prediction."""

    status: Status
    reason: NoDataReason | None = None  # why there is no data
    bounds: Bounds | None = None  # the accepted range on the measure's scale
    observed: float | None = None
    distance: float | None = None  # 0 when met; observed minus the nearest bound otherwise
    relative_miss: float | None = None  # |distance| as a share of the missed bound; 0 when met
    n: int = 0  # measurements used
    window_start: dt.date | None = None
    window_end: dt.date | None = None  # the last date covered (after_do: the last point's)


@dataclass(frozen=True)
class PredictionScore:
    """One quantitative prediction of one cycle, judged against the data."""

    cycle: str  # the cycle's id (file stem)
    municipality: str | None
    initiative: str | None
    number: int  # the cycle's number in its ramp
    index: int  # the prediction's position in plan.predictions
    prediction: Prediction
    judgement: Judgement
    provisional: bool  # the cycle has not reached Study, so the result may still change

    @property
    def status(self) -> Status:
        return self.judgement.status

    @property
    def observed(self) -> float | None:
        return self.judgement.observed

    @property
    def distance(self) -> float | None:
        return self.judgement.distance

    @property
    def relative_miss(self) -> float | None:
        return self.judgement.relative_miss

    @property
    def n(self) -> int:
        return self.judgement.n

    @property
    def judged(self) -> bool:
        """Counted in the shares: met or not met, on a cycle that has reached Study."""
        return self.status is not Status.NO_DATA and not self.provisional


def judge(observed: float, bounds: Bounds) -> float:
    """The signed distance from `observed` to the accepted range (0 inside it)."""
    if bounds.low is not None and observed < bounds.low - EPSILON * max(1.0, abs(bounds.low)):
        return observed - bounds.low
    if bounds.high is not None and observed > bounds.high + EPSILON * max(1.0, abs(bounds.high)):
        return observed - bounds.high
    return 0.0


def miss_scale(bound: float, measure: Measure) -> float:
    """What a miss is measured against: the missed bound, or (a bound of 0) the typical size
    of the measure's values, so that misses on different units compare."""
    if bound != 0:
        return abs(bound)
    used = (point_value(m) for m in measure.measurements if not m.exclude)
    sizes = [abs(v) for v in used if v is not None]
    typical = sum(sizes) / len(sizes) if sizes else 0.0
    return typical if typical > 0 else 1.0


def _missed_bound(distance: float, bounds: Bounds) -> float:
    bound = bounds.low if distance < 0 else bounds.high
    assert bound is not None  # a distance exists only past a bound
    return bound


def judge_prediction(
    prediction: Prediction, cycle: Cycle, measure: Measure | None, today: dt.date
) -> Judgement:
    """Judge one prediction of `cycle` against `measure`'s data (None: the measure is unknown)."""
    if measure is None:
        return Judgement(Status.NO_DATA, NoDataReason.UNKNOWN_MEASURE)
    bounds = bounds_of(prediction, measure.data_type)
    if bounds is None:
        return Judgement(Status.NO_DATA, NoDataReason.OUT_OF_RANGE)
    window = window_for(prediction, cycle, measure, today)
    if window is None:
        return Judgement(Status.NO_DATA, NoDataReason.NOT_STARTED, bounds)
    observed = observe(window.points, measure.data_type)
    last = window.points[-1].date if window.points else None
    seen = Judgement(
        Status.NO_DATA,
        NoDataReason.NO_POINTS,
        bounds,
        observed,
        n=len(window.points),
        window_start=window.start,
        window_end=window.end if window.end is not None else last,
    )
    if observed is None:
        return seen
    if not window.complete:
        # Shown for information, never judged: a half-full window must not count as met.
        return replace(seen, reason=NoDataReason.TOO_FEW_POINTS)
    distance = judge(observed, bounds)
    if distance == 0:
        return replace(seen, status=Status.MET, reason=None, distance=0.0, relative_miss=0.0)
    relative = abs(distance) / miss_scale(_missed_bound(distance, bounds), measure)
    return replace(
        seen, status=Status.NOT_MET, reason=None, distance=distance, relative_miss=relative
    )


def score_cycle(
    cycle_entry: Entry[Cycle], workspace: Workspace, today: dt.date | None = None
) -> list[PredictionScore]:
    """Every quantitative prediction of one cycle, scored (`today` closes an open Do period)."""
    cycle = cycle_entry.model
    day = today or dt.date.today()
    scores = []
    for index, prediction in enumerate(cycle.plan.predictions):
        measure = workspace.measures.get(prediction.measure)
        judgement = judge_prediction(prediction, cycle, measure.model if measure else None, day)
        scores.append(
            PredictionScore(
                cycle=cycle_entry.id,
                municipality=cycle_entry.municipality,
                initiative=cycle_entry.initiative,
                number=cycle.number,
                index=index,
                prediction=prediction,
                judgement=judgement,
                provisional=cycle.study is None,
            )
        )
    return scores


def score_workspace(workspace: Workspace, today: dt.date | None = None) -> list[PredictionScore]:
    """Every quantitative prediction in the workspace, in a stable order."""
    cycles = sorted(
        workspace.cycles, key=lambda c: (c.municipality or "", c.initiative or "", c.model.number)
    )
    return [score for cycle in cycles for score in score_cycle(cycle, workspace, today)]
