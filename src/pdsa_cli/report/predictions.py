"""The summary's predictions section: shares met, the biggest misses and the ramps' trends,
as the cycles and measurements stood at the end of the period (pure data, no wording)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from pdsa_cli.models import Cycle, DataType
from pdsa_cli.predictions import CycleMiss, RampTrend, ShareMet, Trend, summarise_predictions
from pdsa_cli.report.model import (
    PredictionMiss,
    PredictionRamp,
    PredictionShare,
    PredictionsSummary,
)
from pdsa_cli.workspace.index import Workspace


def cycle_as_of(cycle: Cycle, day: dt.date) -> Cycle:
    """The cycle as it stood on `day`: phases dated later are not filled in yet."""
    update: dict[str, Any] = {}
    if cycle.do is not None and cycle.do.start > day:
        update = {"do": None, "study": None, "act": None}
    elif cycle.study is not None and cycle.study.date > day:
        update = {"study": None, "act": None}
    elif cycle.act is not None and cycle.act.date > day:
        update = {"act": None}
    return cycle.model_copy(update=update) if update else cycle


def _as_of(workspace: Workspace, day: dt.date) -> Workspace:
    cycles = [
        dataclasses.replace(entry, model=cycle_as_of(entry.model, day))
        for entry in workspace.cycles
    ]
    return dataclasses.replace(workspace, cycles=cycles)


def predictions_summary(
    workspace: Workspace, municipality: str | None, end: dt.date
) -> PredictionsSummary:
    """Predictions judged on the data up to `end` (the workspace's measurements should already
    stop there, as the summary's `as_of` workspace does)."""
    data = _as_of(workspace, end)
    report = summarise_predictions(data, municipality, today=end, top=5)
    shares = tuple(
        _share(data, m, share)
        for m, share in report.municipalities.items()
        if share.judged or share.pending
    )
    ramps = [r for r in report.ramps if r.trend is not Trend.TOO_FEW]
    ramps.sort(key=lambda r: (r.trend is not Trend.IMPROVING, r.municipality or "", r.initiative))
    return PredictionsSummary(
        programme=_share(data, "", report.programme),
        municipalities=shares,
        biggest_misses=tuple(_miss(data, m) for m in report.biggest_misses),
        ramps=tuple(_ramp(data, r) for r in ramps),
    )


def _name(workspace: Workspace, municipality: str) -> str:
    entry = workspace.municipalities.get(municipality)
    return entry.model.name if entry else municipality


def _initiative_name(workspace: Workspace, initiative: str) -> str:
    entry = workspace.initiatives.get(initiative)
    return entry.model.name if entry else initiative


def _share(workspace: Workspace, municipality: str, share: ShareMet) -> PredictionShare:
    name = _name(workspace, municipality) if municipality else ""
    return PredictionShare(municipality, name, share.met, share.judged, share.pending, share.share)


def _miss(workspace: Workspace, miss: CycleMiss) -> PredictionMiss:
    score = miss.worst
    entry = workspace.measures.get(score.prediction.measure)
    measure = entry.model if entry else None
    bounds = score.judgement.bounds
    cycle = next(
        (c.model for c in workspace.cycles_of(miss.initiative or "") if c.id == miss.cycle), None
    )
    return PredictionMiss(
        municipality=miss.municipality or "",
        municipality_name=_name(workspace, miss.municipality or ""),
        initiative=miss.initiative or "",
        initiative_name=_initiative_name(workspace, miss.initiative or ""),
        cycle=miss.number,
        title=cycle.title if cycle else miss.cycle,
        measure=score.prediction.measure,
        measure_name=measure.name if measure else score.prediction.measure,
        low=bounds.low if bounds else None,
        high=bounds.high if bounds else None,
        observed=_observed(score.observed),
        relative_miss=miss.relative_miss,
        percent=bool(measure and measure.data_type is DataType.PROPORTION),
        unit=measure.unit if measure else "",
    )


def _observed(value: float | None) -> float:
    assert value is not None  # a cycle is among the misses only when a value was observed
    return value


def _ramp(workspace: Workspace, ramp: RampTrend) -> PredictionRamp:
    municipality = ramp.municipality or ""
    return PredictionRamp(
        municipality=municipality,
        municipality_name=_name(workspace, municipality),
        initiative=ramp.initiative,
        initiative_name=_initiative_name(workspace, ramp.initiative),
        misses=ramp.misses,
        trend=ramp.trend.value,
    )
