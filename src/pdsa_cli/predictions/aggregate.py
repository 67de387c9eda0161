"""What a learning seminar discusses: how often predictions were met, which cycles missed by
the most, and whether a ramp's predictions got closer to what happened.

Only judged predictions count (met or not met, on cycles that have reached Study); predictions
without data, or on cycles still being carried out, are counted apart.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from pdsa_cli.predictions.scoring import PredictionScore, Status, score_workspace
from pdsa_cli.workspace.index import Workspace

# Cycles listed as the biggest misses by default.
TOP_MISSES = 5
# Two scored cycles already tell whether the second came closer; the slope generalises that.
MIN_RAMP_CYCLES = 2
SLOPE_EPSILON = 1e-9


class Trend(StrEnum):
    IMPROVING = "improving"  # relative misses fall over the ramp's cycles
    NOT_IMPROVING = "not_improving"
    ON_TARGET = "on_target"  # every judged prediction of the ramp was met
    TOO_FEW = "too_few"  # fewer than MIN_RAMP_CYCLES cycles with judged predictions


@dataclass(frozen=True)
class ShareMet:
    met: int
    not_met: int
    pending: int  # no data yet, or the cycle has not reached Study

    @property
    def judged(self) -> int:
        return self.met + self.not_met

    @property
    def share(self) -> float | None:
        """Met among judged predictions; None when none is judged."""
        return self.met / self.judged if self.judged else None


@dataclass(frozen=True)
class CycleMiss:
    """A cycle and its worst judged miss (the relative miss of its furthest prediction)."""

    cycle: str
    municipality: str | None
    initiative: str | None
    number: int
    relative_miss: float
    worst: PredictionScore


@dataclass(frozen=True)
class RampTrend:
    """Over one initiative's ramp: each judged cycle's mean relative miss, and where it goes."""

    initiative: str
    municipality: str | None
    misses: tuple[tuple[int, float], ...]  # (cycle number, mean relative miss), in order
    slope: float | None  # least-squares change in relative miss per cycle
    trend: Trend


@dataclass(frozen=True)
class PredictionReport:
    scores: tuple[PredictionScore, ...]
    programme: ShareMet
    municipalities: dict[str, ShareMet]
    biggest_misses: tuple[CycleMiss, ...]
    ramps: tuple[RampTrend, ...]


def share_met(scores: Iterable[PredictionScore]) -> ShareMet:
    met = not_met = pending = 0
    for score in scores:
        if not score.judged:
            pending += 1
        elif score.status is Status.MET:
            met += 1
        else:
            not_met += 1
    return ShareMet(met, not_met, pending)


def _by_cycle(
    scores: Iterable[PredictionScore],
) -> dict[tuple[str | None, str], list[PredictionScore]]:
    cycles: dict[tuple[str | None, str], list[PredictionScore]] = {}
    for score in scores:
        if score.judged:
            cycles.setdefault((score.initiative, score.cycle), []).append(score)
    return cycles


def biggest_misses(scores: Iterable[PredictionScore], top: int = TOP_MISSES) -> list[CycleMiss]:
    """The cycles whose judged predictions missed by the most (relative miss, largest first)."""
    misses = []
    for judged in _by_cycle(scores).values():
        worst = max(judged, key=lambda s: s.relative_miss or 0.0)
        if worst.status is Status.NOT_MET and worst.relative_miss:
            misses.append(
                CycleMiss(
                    worst.cycle,
                    worst.municipality,
                    worst.initiative,
                    worst.number,
                    worst.relative_miss,
                    worst,
                )
            )
    misses.sort(key=lambda m: (-m.relative_miss, m.cycle))
    return misses[:top]


def slope(points: Sequence[tuple[int, float]]) -> float:
    """Least-squares slope of y over x (the points have at least two distinct x)."""
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    covariance = sum((x - mean_x) * (y - mean_y) for x, y in points)
    variance = sum((x - mean_x) ** 2 for x, _ in points)
    return covariance / variance


def ramp_trend(
    initiative: str, municipality: str | None, scores: Iterable[PredictionScore]
) -> RampTrend:
    """Did the ramp's predictions get closer to what happened, cycle after cycle?"""
    per_cycle: dict[int, list[float]] = {}
    for score in scores:
        if score.judged and score.relative_miss is not None:
            per_cycle.setdefault(score.number, []).append(score.relative_miss)
    misses = tuple((n, sum(v) / len(v)) for n, v in sorted(per_cycle.items()))
    if len(misses) < MIN_RAMP_CYCLES:
        return RampTrend(initiative, municipality, misses, None, Trend.TOO_FEW)
    change = slope(misses)
    if all(miss == 0 for _, miss in misses):
        trend = Trend.ON_TARGET
    elif change < -SLOPE_EPSILON:
        trend = Trend.IMPROVING
    else:
        trend = Trend.NOT_IMPROVING
    return RampTrend(initiative, municipality, misses, change, trend)


def ramp_trends(scores: Sequence[PredictionScore]) -> list[RampTrend]:
    ramps: dict[str, list[PredictionScore]] = {}
    for score in scores:
        if score.initiative is not None:
            ramps.setdefault(score.initiative, []).append(score)
    return [
        ramp_trend(initiative, judged[0].municipality, judged)
        for initiative, judged in sorted(ramps.items())
    ]


def summarise_predictions(
    workspace: Workspace,
    municipality: str | None = None,
    today: dt.date | None = None,
    top: int = TOP_MISSES,
) -> PredictionReport:
    """Every prediction scored, with the shares, the biggest misses and the ramps' trends
    (for one municipality when given; the programme share is then that municipality's)."""
    scores = score_workspace(workspace, today)
    if municipality is not None:
        scores = [s for s in scores if s.municipality == municipality]
    per_municipality: dict[str, list[PredictionScore]] = {}
    for score in scores:
        per_municipality.setdefault(score.municipality or "", []).append(score)
    return PredictionReport(
        scores=tuple(scores),
        programme=share_met(scores),
        municipalities={m: share_met(s) for m, s in sorted(per_municipality.items())},
        biggest_misses=tuple(biggest_misses(scores, top)),
        ramps=tuple(ramp_trends(scores)),
    )
