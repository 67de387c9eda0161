"""What a chart needs beyond the analysis: words, units, the target and the PDSA cycles.

No matplotlib here: the summary can build contexts cheaply and hand them to worker processes.
No models at import either: a process that only draws (and unpickles contexts) never loads them
or pydantic; the functions that build contexts from a workspace import what they use.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pdsa_cli.analysis.result import Analysis
from pdsa_cli.i18n import Lang, translate
from pdsa_cli.i18n.glossary import term

if TYPE_CHECKING:
    from pdsa_cli.models import Cycle, Measure
    from pdsa_cli.models.common import DataType
    from pdsa_cli.workspace.index import Entry, Workspace

# The values of ChartType.P and ChartType.PP (a test holds them equal), written out so that
# drawing needs no models.
PERCENT_CHARTS = frozenset({"p", "pp"})


@dataclass(frozen=True)
class CycleMarker:
    """A PDSA cycle drawn on the time axis at its Do date."""

    date: dt.date
    label: str  # short, e.g. "PDSA 3: adapt"
    number: int
    adopted: bool = False


@dataclass(frozen=True)
class ChartContext:
    """Presentation context: the chart draws the analysis, these say how to name it."""

    title: str
    subtitle: str | None = None
    unit: str | None = None  # the y-axis label
    lang: Lang = "en"
    percent: bool = False  # y holds proportions (0..1, or 0..100 after --multiply 100)
    # Overrides the analysis' target when given; for a measure the analysis already carries
    # the measure's target (or the one given on the command line).
    target: float | None = None
    cycles: tuple[CycleMarker, ...] = ()
    x_label: str | None = None
    note: str | None = None  # e.g. "illustrative data"
    phase_at_adopt: bool = False  # adopted cycles start a new phase (drawn more strongly)


def target_of(analysis: Analysis, context: ChartContext) -> float | None:
    """The target line: the context's when given, else the analysis' own."""
    return context.target if context.target is not None else analysis.target


def cycle_label(cycle: Cycle, lang: Lang) -> str:
    """ "PDSA 3: adapt" once decided, else "PDSA 3"."""
    if cycle.act is None:
        return translate("charts.cycle", lang, n=cycle.number)
    decision = term("decision", cycle.act.decision.value, lang)
    return translate("charts.cycle.decided", lang, n=cycle.number, decision=decision)


def cycle_markers(cycles: list[Entry[Cycle]], lang: Lang) -> tuple[CycleMarker, ...]:
    """Markers for the cycles that have been carried out (a Do date), in date order."""
    from pdsa_cli.models.common import Decision

    markers = [
        CycleMarker(
            date=entry.model.do.start,
            label=cycle_label(entry.model, lang),
            number=entry.model.number,
            adopted=entry.model.act is not None and entry.model.act.decision is Decision.ADOPT,
        )
        for entry in cycles
        if entry.model.do is not None
    ]
    return tuple(sorted(markers, key=lambda m: (m.date, m.number)))


def is_percent(data_type: DataType | str | None, chart: str | None) -> bool:
    """Proportions get a percent axis."""
    from pdsa_cli.models.common import DataType

    return data_type == DataType.PROPORTION or chart in PERCENT_CHARTS


def subtitle_of(measure: Measure) -> str:
    """The operational definition (the unit labels the y axis)."""
    return " ".join(measure.definition.split())


def chart_context_for_measure(
    workspace: Workspace, measure_id: str, lang: Lang, phase_at_adopt: bool = False
) -> ChartContext:
    """The context for a workspace measure: its name, definition, unit, target and cycles."""
    measure = workspace.measures[measure_id].model
    illustrative = measure.illustrative or bool(
        workspace.programme and workspace.programme.model.illustrative_data
    )
    return ChartContext(
        title=measure.name,
        subtitle=subtitle_of(measure) or measure.unit,
        unit=measure.unit,
        lang=lang,
        percent=is_percent(measure.data_type, measure.chart.value),
        cycles=cycle_markers(workspace.cycles_linked_to(measure_id), lang),
        x_label=translate(f"charts.x.{measure.frequency.value}", lang),
        note=translate("charts.note.illustrative", lang) if illustrative else None,
        phase_at_adopt=phase_at_adopt,
    )
