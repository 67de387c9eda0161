"""What a chart needs beyond the analysis: words, units, the target and the PDSA cycles.

No matplotlib here: the summary can build contexts cheaply and hand them to worker processes.
No models at import either: a process that only draws (and unpickles contexts) never loads them
or pydantic; the functions that build contexts from a workspace import what they use.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
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
    """A PDSA cycle on the time axis: a line where its test began (the Do start) and, once
    decided, its decision where it was made (the Act date). A decision is never drawn at the
    Do start: "PDSA 2: adopt" a month before the adoption would date the change wrongly."""

    date: dt.date  # the Do start
    label: str  # the test, e.g. "PDSA 3"
    number: int
    adopted: bool = False
    decided: dt.date | None = None  # the Act date
    decision: str | None = None  # the decision as drawn at `decided`, e.g. "PDSA 3: adapt"
    decision_word: str | None = None  # the decision alone ("adapt"), for crowded charts

    def as_of(self, end: dt.date) -> CycleMarker | None:
        """The marker as known on `end`: None before its test began, without its decision
        before that was made."""
        if self.date > end:
            return None
        if self.decided is not None and self.decided > end:
            return replace(self, adopted=False, decided=None, decision=None, decision_word=None)
        return self


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
    # Whose measure it is: named in the drawn title, so that charts of one measure in several
    # municipalities (the closing report's series, small multiples) are told apart.
    municipality: str | None = None

    @property
    def shown_title(self) -> str:
        """The title as drawn: "Ballerup Kommune: Dokumentationstid pr. besøg"."""
        if not self.municipality:
            return self.title
        return translate(
            "charts.title.municipality", self.lang, municipality=self.municipality, title=self.title
        )

    def as_of(self, end: dt.date) -> ChartContext:
        """The context with the cycles as they stood on `end` (a report for a period)."""
        known = (marker.as_of(end) for marker in self.cycles)
        return replace(self, cycles=tuple(m for m in known if m is not None))


def percent_scale(analysis: Analysis, context: ChartContext) -> float | None:
    """1 when y holds proportions, 100 when they were multiplied to percentages."""
    if not (context.percent or analysis.chart in PERCENT_CHARTS):
        return None
    return 100.0 if analysis.multiply == 100 else 1.0


def target_of(analysis: Analysis, context: ChartContext) -> float | None:
    """The target line: the context's when given, else the analysis' own."""
    return context.target if context.target is not None else analysis.target


def decision_label(cycle: Cycle, lang: Lang) -> str | None:
    """ "PDSA 3: adapt" once decided, else None."""
    word = decision_word(cycle, lang)
    if word is None:
        return None
    return translate("charts.cycle.decided", lang, n=cycle.number, decision=word)


def decision_word(cycle: Cycle, lang: Lang) -> str | None:
    """ "adapt" once decided, else None."""
    return None if cycle.act is None else term("decision", cycle.act.decision.value, lang)


def cycle_marker(cycle: Cycle, lang: Lang) -> CycleMarker | None:
    """The marker of a cycle that has been carried out (a Do start), else None."""
    from pdsa_cli.models.common import Decision

    if cycle.do is None:
        return None
    act = cycle.act
    return CycleMarker(
        date=cycle.do.start,
        label=translate("charts.cycle", lang, n=cycle.number),
        number=cycle.number,
        adopted=act is not None and act.decision is Decision.ADOPT,
        decided=None if act is None else act.date,
        decision=decision_label(cycle, lang),
        decision_word=decision_word(cycle, lang),
    )


def cycle_markers(cycles: list[Entry[Cycle]], lang: Lang) -> tuple[CycleMarker, ...]:
    """Markers for the cycles that have been carried out (a Do start), in date order."""
    found = (cycle_marker(entry.model, lang) for entry in cycles)
    markers = [marker for marker in found if marker is not None]
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
    entry = workspace.measures[measure_id]
    measure = entry.model
    owner = workspace.municipalities.get(entry.municipality or "")
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
        municipality=owner.model.name if owner is not None else None,
    )
