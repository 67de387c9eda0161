"""Rich views for `pdsa show`: one cycle (its plan, predictions beside the study results) or an
initiative (its ramp and measures). Pure: each function returns a renderable and prints nothing.

A cycle view is the list of sections in :data:`CYCLE_SECTIONS`; another area adds a section
(e.g. prediction scoring) by appending a function `(workspace, entry) -> renderable | None`, or
extends :func:`quantitative_predictions` which lays out one row per quantitative prediction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from pdsa_cli.i18n import get_language, translate
from pdsa_cli.i18n.glossary import term
from pdsa_cli.models import Cycle, DataType, Initiative, Measure
from pdsa_cli.report.wording import fmt_number, method_word
from pdsa_cli.workspace.index import Entry, Workspace

CycleSection = Callable[[Workspace, Entry[Cycle]], RenderableType | None]


LABEL_WIDTH = 18


def _t(key: str, **fields: Any) -> str:
    return translate(f"writing.show.{key}", **fields)


def _fields(pairs: list[tuple[str, Any]]) -> Table:
    """Label: value lines, leaving out what is empty."""
    grid = Table.grid(padding=(0, 1))
    # A long label ("Sammenlignet med forudsigelserne") wraps rather than squeeze its value.
    grid.add_column(style="bold", max_width=LABEL_WIDTH)
    grid.add_column()
    for key, value in pairs:
        if value not in (None, "", []):
            grid.add_row(_t(key) + ":", Text(str(value)))
    return grid


def _word(prefix: str, value: str) -> str:
    """A closed-set value (status, method, family, direction) in the user's words."""
    key = f"{prefix}.{value}"
    text = translate(key)
    return value if text == key else text


def _number(value: float) -> str:
    return fmt_number(value, get_language())


def _not_yet() -> Text:
    return Text(_t("not_yet"), style="dim italic")


def status_text(cycle: Cycle) -> str:
    return term("cycle_status", cycle.status.value)


def decision_text(cycle: Cycle) -> str | None:
    return term("decision", cycle.act.decision.value) if cycle.act else None


# -- one cycle --------------------------------------------------------------------------------


def cycle_header(workspace: Workspace, entry: Entry[Cycle]) -> RenderableType:
    cycle = entry.model
    initiative = workspace.initiatives.get(entry.initiative or "")
    municipality = workspace.municipalities.get(entry.municipality or "")
    title = f"{_t('cycle', number=cycle.number)}: {cycle.title}"
    pairs: list[tuple[str, Any]] = [
        ("initiative", initiative.model.name if initiative else entry.initiative),
        ("municipality", municipality.model.name if municipality else entry.municipality),
        ("status", status_text(cycle)),
        ("change_idea", cycle.change_idea),
        ("previous", _t("cycle", number=cycle.previous) if cycle.previous else None),
        ("measures", ", ".join(cycle.measures)),
    ]
    return Panel(_fields(pairs), title=Text(title, style="bold"), title_align="left")


def plan_and_study(workspace: Workspace, entry: Entry[Cycle]) -> RenderableType:
    """The plan's questions and predictions side by side with what the study found."""
    cycle = entry.model
    plan = cycle.plan
    questions = Table(show_header=True, header_style="bold", expand=True, show_lines=True)
    questions.add_column(_t("question"), ratio=1)
    questions.add_column(_t("prediction"), ratio=1)
    for item in plan.questions:
        questions.add_row(item.question, item.prediction or "")
    left = Group(
        _fields(
            [
                ("date", plan.date),
                ("objective", plan.objective),
                ("who", plan.who),
                ("what", plan.what),
                ("where", plan.where),
                ("when", plan.when),
                ("data_collection", plan.data_collection),
            ]
        ),
        questions if plan.questions else Text(""),
    )
    right: RenderableType = _not_yet()
    if cycle.study is not None:
        study = cycle.study
        right = _fields(
            [
                ("date", study.date),
                ("results", study.results),
                ("compared", study.compared_with_predictions),
                ("learning", study.learning),
            ]
        )
    layout = Table.grid(expand=True, padding=(0, 1))
    layout.add_column(ratio=1)
    layout.add_column(ratio=1)
    layout.add_row(Panel(left, title=_t("plan")), Panel(right, title=_t("study")))
    return layout


def quantitative_predictions(workspace: Workspace, entry: Entry[Cycle]) -> RenderableType | None:
    """One row per quantitative prediction: what was expected, and beside it what the data in
    its window show (observed value, n, met / not met / no data yet, distance)."""
    from pdsa_cli.predictions import score_cycle
    from pdsa_cli.predictions.text import prediction_lines

    predictions = entry.model.plan.predictions
    if not predictions:
        return None
    table = Table(title=_t("quantitative"), title_justify="left", header_style="bold")
    table.add_column(_t("measure"))
    table.add_column(_t("expected"))
    for key in ("observed", "n", "status", "distance"):
        table.add_column(translate(f"predictions.col.{key}"))
    table.add_column(_t("prediction"))
    measures = {id_: m.model for id_, m in workspace.measures.items()}
    lines = prediction_lines(score_cycle(entry, workspace), measures)
    for line, prediction in zip(lines, predictions, strict=True):
        measure = measures.get(line.measure)
        unit = f"\n({measure.unit})" if measure and measure.data_type.value != "proportion" else ""
        table.add_row(
            line.measure + unit,
            line.prediction,
            line.observed,
            str(line.n) if line.n else "",
            Text(line.status, style=STATUS_STYLE[line.outcome.value]),
            line.distance,
            prediction.text or "",
        )
    return table


STATUS_STYLE = {"met": "green", "not_met": "red", "no_data": "dim"}


def do_and_act(workspace: Workspace, entry: Entry[Cycle]) -> RenderableType:
    cycle = entry.model
    do: RenderableType = _not_yet()
    if cycle.do is not None:
        period = f"{cycle.do.start}" + (f" – {cycle.do.end}" if cycle.do.end else "")
        do = _fields(
            [
                ("period", period),
                ("what_happened", cycle.do.what_happened),
                ("problems", cycle.do.problems),
                ("surprises", cycle.do.surprises),
            ]
        )
    act: RenderableType = _not_yet()
    if cycle.act is not None:
        act = _fields(
            [
                ("date", cycle.act.date),
                ("decision", decision_text(cycle)),
                ("next_step", cycle.act.next_step),
            ]
        )
    layout = Table.grid(expand=True, padding=(0, 1))
    layout.add_column(ratio=1)
    layout.add_column(ratio=1)
    layout.add_row(Panel(do, title=_t("do")), Panel(act, title=_t("act")))
    return layout


CYCLE_SECTIONS: list[CycleSection] = [
    cycle_header,
    plan_and_study,
    quantitative_predictions,
    do_and_act,
]


def render_cycle(workspace: Workspace, entry: Entry[Cycle]) -> RenderableType:
    parts = [section(workspace, entry) for section in CYCLE_SECTIONS]
    return Group(*(part for part in parts if part is not None))


# -- one initiative ---------------------------------------------------------------------------


def initiative_header(workspace: Workspace, entry: Entry[Initiative]) -> RenderableType:
    initiative = entry.model
    municipality = workspace.municipalities.get(entry.municipality or "")
    aim = initiative.aim
    target = None
    if aim.target is not None:
        measure = workspace.measures.get(aim.measure or "")
        target = _target_text(aim.target, measure.model if measure else None)
        target += f" ({aim.measure})" if aim.measure else ""
        target += f", {aim.target_date}" if aim.target_date else ""
    method = initiative.method_description or method_word(initiative.method.value, get_language())
    pairs: list[tuple[str, Any]] = [
        ("municipality", municipality.model.name if municipality else entry.municipality),
        ("track", int(initiative.track)),
        ("method", method),
        ("status", term("initiative_status", initiative.status.value)),
        ("aim", aim.statement),
        ("target", target),
    ]
    return Panel(_fields(pairs), title=Text(initiative.name, style="bold"), title_align="left")


def _target_text(target: float, measure: Measure | None) -> str:
    """A proportion's target as a percent (0.8 -> 80 %), others as written."""
    if measure is not None and measure.data_type is DataType.PROPORTION and 0 <= target <= 1:
        return f"{_number(target * 100)}\u00a0%"
    return _number(target)


def ramp_table(workspace: Workspace, entry: Entry[Initiative]) -> RenderableType:
    ramp = workspace.cycles_of(entry.id)
    if not ramp:
        return Text(_t("no_cycles"), style="dim")
    table = Table(title=_t("ramp"), title_justify="left", header_style="bold")
    for key in ("number", "title", "status", "date", "decision", "next_step"):
        table.add_column(_t(key))
    for cycle_entry in ramp:
        cycle = cycle_entry.model
        table.add_row(
            str(cycle.number),
            cycle.title,
            status_text(cycle),
            str(cycle.plan.date or ""),
            decision_text(cycle) or "",
            (cycle.act.next_step or "") if cycle.act else "",
        )
    return table


def _latest(measure: Measure) -> str:
    if not measure.measurements:
        return ""
    last = max(measure.measurements, key=lambda m: m.date)
    if last.value is not None:
        value = _number(last.value)
    else:
        value = f"{_number(last.numerator or 0)}/{_number(last.denominator or 0)}"
    return f"{value} ({last.date})"


def measures_table(workspace: Workspace, entry: Entry[Initiative]) -> RenderableType:
    measures = sorted(workspace.measures_of(entry.id), key=lambda m: m.id)
    if not measures:
        return Text(_t("no_measures"), style="dim")
    table = Table(title=_t("measures"), title_justify="left", header_style="bold")
    for key in ("measure", "family", "unit", "points", "latest", "target", "direction"):
        table.add_column(_t(key))
    for measure_entry in measures:
        measure = measure_entry.model
        table.add_row(
            f"{measure_entry.id}\n{measure.name}",
            term("family", measure.family.value),
            measure.unit,
            str(len(measure.measurements)),
            _latest(measure),
            "" if measure.target is None else _target_text(measure.target, measure),
            _word("writing.show.direction", measure.direction.value),
        )
    return table


INITIATIVE_SECTIONS: list[Callable[[Workspace, Entry[Initiative]], RenderableType | None]] = [
    initiative_header,
    ramp_table,
    measures_table,
]


def render_initiative(workspace: Workspace, entry: Entry[Initiative]) -> RenderableType:
    parts = [section(workspace, entry) for section in INITIATIVE_SECTIONS]
    return Group(*(part for part in parts if part is not None))
