"""A change package (`pdsa package`): what another team needs to take up an adopted change.

This module builds the package as data (:class:`ChangePackage`) from a loaded workspace: the
final adopted version (the last adopted cycle and its Act), the aim and why, the ramp that led
there, the measures with their operational definitions and results, the predictions' record,
the pitfalls the team wrote down, and a contact role (never a person's name). Its page is the
document of :mod:`pdsa_cli.report.builders.package`; the machine-readable description is
:func:`description` (validated by :class:`pdsa_cli.models.package.ChangePackageFile`).

Text that looks like a CPR number is masked here, once, so no renderer can let it through.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from pdsa_cli.errors import PdsaError
from pdsa_cli.models import Cycle, Decision, Initiative, Measure
from pdsa_cli.models.package import PACKAGE_FORMAT, ChangePackageFile
from pdsa_cli.predictions import score_cycle
from pdsa_cli.predictions.text import PredictionLine, prediction_lines
from pdsa_cli.report.measures import measure_row
from pdsa_cli.report.model import AimRow, MeasureRow
from pdsa_cli.report.summary import FAMILY_ORDER, aim_row, analyse_measures, default_analyser
from pdsa_cli.workspace.cpr import mask_cpr
from pdsa_cli.workspace.index import Entry, Workspace

if TYPE_CHECKING:
    from pdsa_cli.analysis import Analysis
    from pdsa_cli.report.charts import ChartWords, SummaryChart


def _m(text: str | None) -> str | None:
    return None if text is None else mask_cpr(text)


@dataclass(frozen=True)
class Step:
    """One cycle of the ramp: plan, prediction, what happened, learning, decision."""

    number: int
    title: str
    change_idea: str | None
    objective: str
    questions: tuple[tuple[str, str | None], ...]
    predictions: tuple[PredictionLine, ...]
    prediction_texts: tuple[str, ...]  # what the team wrote beside a quantitative prediction
    do_start: dt.date | None
    do_end: dt.date | None
    what_happened: str | None
    problems: str | None
    surprises: str | None
    results: str | None
    compared: str | None
    learning: str | None
    decision: str | None
    act_date: dt.date | None
    next_step: str | None


@dataclass(frozen=True)
class Final:
    cycle: int
    title: str
    change_idea: str | None
    objective: str
    who: str | None
    what: str | None
    where: str | None
    when: str | None
    learning: str | None
    next_step: str | None
    adopted: dt.date


@dataclass(frozen=True)
class MeasureDefinition:
    id: str
    model: Measure  # the definition; its measurements are not copied to an adopter
    row: MeasureRow  # the results as the summary shows them (signals, levels)


@dataclass(frozen=True)
class Pitfall:
    text: str
    cycle: int | None  # None: from the initiative's own `pitfalls:` list


@dataclass(frozen=True)
class ChangePackage:
    programme: str
    language: str
    made: dt.date
    illustrative: bool
    municipality: str
    municipality_name: str
    initiative: str
    initiative_model: Initiative
    contact_role: str | None
    final: Final | None
    ramp: tuple[Step, ...]
    measures: tuple[MeasureDefinition, ...]
    pitfalls: tuple[Pitfall, ...]
    aim_level: AimRow  # the aim against the latest level
    # The analyses behind the results, for drawing charts.
    analyses: dict[str, Analysis] = field(default_factory=dict, repr=False, compare=False)

    @property
    def name(self) -> str:
        return self.initiative_model.name


def build_package(
    workspace: Workspace, initiative: str, lang: str, today: dt.date | None = None
) -> ChangePackage:
    """The change package of `initiative` (an unknown id is refused with the known ones)."""
    entry = workspace.initiatives.get(initiative)
    if entry is None:
        known = ", ".join(sorted(workspace.initiatives)) or "-"
        raise PdsaError("package.unknown_initiative", initiative=initiative, known=known)
    programme = workspace.programme.model if workspace.programme else None
    municipality_id = entry.municipality or ""
    municipality = workspace.municipalities.get(municipality_id)
    cycles = sorted(workspace.cycles_of(initiative), key=lambda c: c.model.number)
    measures = sorted(
        workspace.measures_of(initiative), key=lambda m: (FAMILY_ORDER[m.model.family], m.id)
    )
    analyses = analyse_measures(workspace, [initiative], default_analyser)
    rows = {m.id: measure_row(workspace, m, analyses.get(m.id)) for m in measures}
    model = _masked_initiative(entry.model)
    contact = entry.model.contact_role or (
        municipality.model.contact_role if municipality else None
    )
    return ChangePackage(
        programme=programme.name if programme else workspace.root.name,
        language=lang,
        made=today or dt.date.today(),
        illustrative=bool(programme and programme.illustrative_data)
        or any(m.model.illustrative for m in measures),
        municipality=municipality_id,
        municipality_name=municipality.model.name if municipality else municipality_id,
        initiative=initiative,
        initiative_model=model,
        contact_role=_m(contact),
        final=_final(cycles),
        ramp=tuple(_step(c, workspace, lang) for c in cycles),
        measures=tuple(
            MeasureDefinition(m.id, _masked_measure(m.model), rows[m.id]) for m in measures
        ),
        pitfalls=_pitfalls(model, cycles),
        aim_level=aim_row(entry.model, list(rows.values())),
        analyses=analyses,
    )


def _masked_initiative(model: Initiative) -> Initiative:
    aim = model.aim.model_copy(update={"statement": mask_cpr(model.aim.statement)})
    return model.model_copy(
        update={
            "name": mask_cpr(model.name),
            "aim": aim,
            "description": _m(model.description),
            "method_description": _m(model.method_description),
            "change_ideas": [mask_cpr(c) for c in model.change_ideas],
            "pitfalls": [mask_cpr(p) for p in model.pitfalls],
        }
    )


def _masked_measure(model: Measure) -> Measure:
    return model.model_copy(
        update={
            "name": mask_cpr(model.name),
            "definition": mask_cpr(model.definition),
            "unit": mask_cpr(model.unit),
            "measurements": [],
        }
    )


def _final(cycles: list[Entry[Cycle]]) -> Final | None:
    """The last adopted cycle: the version of the change the team settled on."""
    adopted = [c.model for c in cycles if c.model.act and c.model.act.decision is Decision.ADOPT]
    if not adopted:
        return None
    cycle = adopted[-1]
    plan, act = cycle.plan, cycle.act
    assert act is not None
    return Final(
        cycle=cycle.number,
        title=mask_cpr(cycle.title),
        change_idea=_m(cycle.change_idea),
        objective=mask_cpr(plan.objective),
        who=_m(plan.who),
        what=_m(plan.what),
        where=_m(plan.where),
        when=_m(plan.when),
        learning=_m(cycle.study.learning if cycle.study else None),
        next_step=_m(act.next_step),
        adopted=act.date,
    )


def _step(entry: Entry[Cycle], workspace: Workspace, lang: str) -> Step:
    cycle = entry.model
    measures = {k: v.model for k, v in workspace.measures.items()}
    lines = prediction_lines(score_cycle(entry, workspace), measures, lang, compact=False)
    do, study, act = cycle.do, cycle.study, cycle.act
    return Step(
        number=cycle.number,
        title=mask_cpr(cycle.title),
        change_idea=_m(cycle.change_idea),
        objective=mask_cpr(cycle.plan.objective),
        questions=tuple((mask_cpr(q.question), _m(q.prediction)) for q in cycle.plan.questions),
        predictions=tuple(
            replace(line, prediction=mask_cpr(line.prediction), status=mask_cpr(line.status))
            for line in lines
        ),
        prediction_texts=tuple(mask_cpr(p.text) for p in cycle.plan.predictions if p.text),
        do_start=do.start if do else None,
        do_end=do.end if do else None,
        what_happened=_m(do.what_happened) if do else None,
        problems=_m(do.problems) if do else None,
        surprises=_m(do.surprises) if do else None,
        results=_m(study.results) if study else None,
        compared=_m(study.compared_with_predictions) if study else None,
        learning=_m(study.learning) if study else None,
        decision=act.decision.value if act else None,
        act_date=act.date if act else None,
        next_step=_m(act.next_step) if act else None,
    )


def _pitfalls(model: Initiative, cycles: list[Entry[Cycle]]) -> tuple[Pitfall, ...]:
    """The initiative's own list, then the problems each cycle met while it was carried out."""
    found = [Pitfall(text, None) for text in model.pitfalls]
    for entry in cycles:
        do = entry.model.do
        if do is not None and do.problems:
            found.append(Pitfall(mask_cpr(do.problems), entry.model.number))
    return tuple(found)


def description(package: ChangePackage) -> dict[str, Any]:
    """The machine-readable description (`change.yaml`), checked against its model."""
    model = package.initiative_model
    final = package.final
    data: dict[str, Any] = {
        "format": PACKAGE_FORMAT,
        "language": package.language,
        "made": package.made.isoformat(),
        "source": _plain(
            {
                "programme": package.programme,
                "municipality": package.municipality,
                "municipality_name": package.municipality_name,
                "initiative": package.initiative,
                "contact_role": package.contact_role,
            }
        ),
        "initiative": _plain(
            {
                "name": model.name,
                "track": int(model.track),
                "method": model.method.value,
                "method_description": model.method_description,
                "aim": _plain(
                    {
                        "statement": model.aim.statement,
                        "measure": model.aim.measure,
                        "target": model.aim.target,
                        "target_date": model.aim.target_date.isoformat()
                        if model.aim.target_date
                        else None,
                    }
                ),
                "why": model.description,
                "change_ideas": list(model.change_ideas),
                "pitfalls": [p.text for p in package.pitfalls],
                "driver": model.driver,
            }
        ),
        "measures": [
            _plain(
                {
                    "id": m.id,
                    "name": m.model.name,
                    "family": m.model.family.value,
                    "definition": m.model.definition,
                    "unit": m.model.unit,
                    "data_type": m.model.data_type.value,
                    "chart": m.model.chart.value,
                    "direction": m.model.direction.value,
                    "target": m.model.target,
                    "frequency": m.model.frequency.value,
                    "theme": m.model.theme,
                    "allow_negative": m.model.allow_negative or None,
                }
            )
            for m in package.measures
        ],
        "ramp": [
            _plain(
                {
                    "number": s.number,
                    "title": s.title,
                    "decision": s.decision,
                    "learning": s.learning,
                }
            )
            for s in package.ramp
        ],
    }
    if final is not None:
        data["final_version"] = _plain(
            {
                "cycle": final.cycle,
                "title": final.title,
                "change_idea": final.change_idea,
                "objective": final.objective,
                "who": final.who,
                "what": final.what,
                "where": final.where,
                "when": final.when,
                "learning": final.learning,
                "next_step": final.next_step,
                "adopted": final.adopted.isoformat(),
            }
        )
    ChangePackageFile.model_validate(data)
    return data


def _plain(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None and v != []}


DESCRIPTION_FILE = "change.yaml"
CHARTS_DIR = "charts"


def description_yaml(package: ChangePackage) -> str:
    import yaml

    header = f"# {PACKAGE_FORMAT}: pdsa adopt reads this file.\n"
    return header + yaml.safe_dump(
        description(package), allow_unicode=True, sort_keys=False, width=100
    )


def package_chart_jobs(
    package: ChangePackage, workspace: Workspace, lang: str
) -> list[SummaryChart]:
    """Each analysed measure's chart job, with the ramp's cycles on it."""
    from pdsa_cli.charts import chart_context_for_measure
    from pdsa_cli.i18n import parse_lang
    from pdsa_cli.report.charts import SummaryChart

    jobs = []
    for definition in package.measures:
        analysis = package.analyses.get(definition.id)
        if analysis is None:
            continue
        context = chart_context_for_measure(workspace, definition.id, parse_lang(lang))
        context = replace(
            context,
            title=mask_cpr(context.title),
            subtitle=_m(context.subtitle),
            unit=_m(context.unit),
            note=_m(context.note),
        )
        jobs.append(SummaryChart(definition.id, analysis, context))
    return jobs


def package_charts(package: ChangePackage, workspace: Workspace, lang: str) -> dict[str, str]:
    """Each analysed measure's chart as SVG, with the ramp's cycles on it (drawn here, serially:
    one initiative has a handful of measures)."""
    from pdsa_cli.report.charts import draw_svg

    return dict(draw_svg(job) for job in package_chart_jobs(package, workspace, lang))


def package_chart_words(
    package: ChangePackage, workspace: Workspace, lang: str
) -> dict[str, ChartWords]:
    """Each chart of the package in words (its description and data table)."""
    from pdsa_cli.report.charts import chart_words

    return {j.measure: chart_words(j) for j in package_chart_jobs(package, workspace, lang)}
