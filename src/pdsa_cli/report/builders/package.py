"""A change package as a document: the final change, the aim, the ramp of cycles, the
measures and their results, the predictions, pitfalls and whom to ask. The words come from the
`package.*` catalogue; the user's text was masked for CPR-like numbers when the package was
built."""

from __future__ import annotations

from pdsa_cli.i18n import plural
from pdsa_cli.i18n.glossary import term
from pdsa_cli.report.document import (
    Blocks,
    BulletList,
    Code,
    Definitions,
    Document,
    Figure,
    Item,
    Paragraph,
    Quiet,
    Section,
    Strong,
    Table,
    Text,
    cells,
    text,
)
from pdsa_cli.report.package import ChangePackage, MeasureDefinition, Step
from pdsa_cli.report.wording import (
    aim_text,
    decision_word,
    fmt_date,
    fmt_number,
    fmt_span,
    fmt_value,
    method_word,
    signals_text,
    t,
)


def _target(definition: MeasureDefinition, lang: str) -> str:
    target = definition.model.target
    return "–" if target is None else fmt_value(target, definition.row, lang)


def _facts(package: ChangePackage, lang: str) -> list[tuple[str, str]]:
    model = package.initiative_model
    method = model.method_description or method_word(model.method.value, lang)
    return [
        (t("package.from", lang), package.municipality_name),
        (t("package.track", lang), str(int(model.track))),
        (t("package.method", lang), method),
        (t("package.status", lang), term("initiative_status", model.status.value, lang)),
    ]


def _final_lines(package: ChangePackage, lang: str) -> list[tuple[str, str]]:
    final = package.final
    if final is None:
        return []
    pairs = [
        (t("package.final.change", lang), final.change_idea or final.title),
        (t("package.final.objective", lang), final.objective),
        (t("package.who", lang), final.who),
        (t("package.what", lang), final.what),
        (t("package.where", lang), final.where),
        (t("package.when", lang), final.when),
        (t("package.learning", lang), final.learning),
        (t("package.next_step", lang), final.next_step),
    ]
    return [(k, v) for k, v in pairs if v]


def _step_lines(step: Step, lang: str) -> list[tuple[str, str]]:
    questions = [
        f"{q} — {t('package.prediction', lang)}: {p or t('package.no_prediction', lang)}"
        for q, p in step.questions
    ]
    predictions = [
        f"{line.measure}: {line.prediction} · {line.observed or '–'} · {line.status}"
        for line in step.predictions
    ]
    decision = None
    if step.decision:
        decision = f"{decision_word(step.decision, lang)} ({fmt_date(step.act_date, lang)})"
    pairs = [
        (t("package.change_idea", lang), step.change_idea),
        (t("package.plan", lang), step.objective),
        (t("package.questions", lang), "\n".join(questions) or None),
        (t("package.predictions_quant", lang), "\n".join(predictions) or None),
        (t("package.prediction_notes", lang), "\n".join(step.prediction_texts) or None),
        (
            t("package.done", lang),
            fmt_span(step.do_start, step.do_end, lang) if step.do_start else None,
        ),
        (t("package.what_happened", lang), step.what_happened),
        (t("package.problems", lang), step.problems),
        (t("package.surprises", lang), step.surprises),
        (t("package.results", lang), step.results),
        (t("package.compared", lang), step.compared),
        (t("package.learning", lang), step.learning),
        (t("package.decision", lang), decision),
        (t("package.next_step", lang), step.next_step),
    ]
    return [(k, v) for k, v in pairs if v]


def _measure_lines(definition: MeasureDefinition, lang: str) -> list[tuple[str, str]]:
    m = definition.model
    return [
        (t("package.family", lang), term("family", m.family.value, lang)),
        (t("package.definition", lang), m.definition),
        (t("package.unit", lang), m.unit),
        (t("package.data_type", lang), term("data_type", m.data_type.value, lang)),
        (t("package.chart", lang), t(f"charts.type.{m.chart.value}", lang)),
        (t("package.direction", lang), t(f"package.direction.{m.direction.value}", lang)),
        (t("package.frequency", lang), t(f"package.frequency.{m.frequency.value}", lang)),
        (t("package.target", lang), _target(definition, lang)),
    ]


def _result_lines(definition: MeasureDefinition, lang: str) -> list[str]:
    row = definition.row
    lines = [
        f"{t('summary.col.baseline', lang)}: {fmt_value(row.baseline_level, row, lang)} · "
        f"{t('summary.col.centre', lang)}: {fmt_value(row.centre_line, row, lang)} · "
        f"{t('summary.col.latest', lang)}: {fmt_value(row.latest, row, lang)} "
        f"({fmt_date(row.last_date, lang)}) · {plural('summary.points', row.n_points, lang)}"
    ]
    return lines + signals_text(row, lang)


def _prediction_share(package: ChangePackage, lang: str) -> str | None:
    judged = [
        p for s in package.ramp for p in s.predictions if p.outcome.value in ("met", "not_met")
    ]
    if not judged:
        return None
    met = sum(1 for p in judged if p.outcome.value == "met")
    share = fmt_number(100 * met / len(judged), lang, 0)
    return t("package.predictions_share", lang, met=met, judged=len(judged), share=share)


def _part(ident: str, children: Blocks, lang: str) -> Section:
    heading = text(t(f"package.section.{ident}", lang))
    return Section(heading, children, ident=ident, role="part", contents=True)


def _final(package: ChangePackage, lang: str) -> Section:
    final = package.final
    if final is None:
        return _part("final", (Paragraph(text(t("package.no_final", lang))),), lang)
    adopted = t("package.adopted_in", lang, cycle=final.cycle, date=fmt_date(final.adopted, lang))
    title = Paragraph((Strong(text(final.title)), *text(f" ({adopted})")))
    chosen = Section(
        (), (title, Definitions(tuple(_final_lines(package, lang)))), level=3, role="final"
    )
    return _part("final", (chosen,), lang)


def _aim(package: ChangePackage, lang: str) -> Section:
    model = package.initiative_model
    children: Blocks = (
        Paragraph((Strong(text(f"{t('summary.aim', lang)}:")), *text(" ", model.aim.statement))),
    )
    level = aim_text(package.aim_level, lang)
    if level:
        children += (Paragraph(text(level)),)
    if model.description:
        why = (Paragraph(text(model.description)),)
        children += (Section(text(t("package.why", lang)), why, level=3),)
    if model.change_ideas:
        ideas = BulletList(tuple(Item(text(c)) for c in model.change_ideas))
        children += (Section(text(t("package.change_ideas", lang)), (ideas,), level=3),)
    return _part("aim", children, lang)


def _ramp(package: ChangePackage, lang: str) -> Section:
    steps = tuple(
        Section(
            text(f"{t('summary.col.cycle', lang)} {step.number}: {step.title}"),
            (Definitions(tuple(_step_lines(step, lang))),),
            level=3,
            ident=f"cycle-{step.number}",
            role="step",
        )
        for step in package.ramp
    )
    return _part("ramp", steps or (Paragraph(text(t("package.no_cycles", lang))),), lang)


def _measures(package: ChangePackage, lang: str) -> Section:
    defined = tuple(
        Section(
            (*text(f"{d.model.name} "), Quiet((*text("("), Code(d.id), *text(")")))),
            (Definitions(tuple(_measure_lines(d, lang))),),
            level=3,
        )
        for d in package.measures
    )
    none = () if package.measures else (Paragraph(text(t("summary.no_measures", lang))),)
    intro = Paragraph(text(t("package.measures_intro", lang)))
    return _part("measures", (intro, *defined, *none), lang)


def _results(package: ChangePackage, lang: str) -> Section:
    results = tuple(
        Section(
            text(d.model.name),
            (
                BulletList(tuple(Item(text(line)) for line in _result_lines(d, lang))),
                Figure(t("summary.chart_alt", lang, name=d.model.name), ref=d.id),
            ),
            level=3,
            ident=f"measure-{d.id}",
            role="measure",
        )
        for d in package.measures
    )
    return _part("results", results or (Paragraph(text(t("summary.no_measures", lang))),), lang)


def _predictions(package: ChangePackage, lang: str) -> Section:
    share = _prediction_share(package, lang)
    children: Blocks = (Paragraph(text(share or t("package.no_predictions", lang))),)
    rows = tuple(
        cells(str(step.number), line.measure, line.prediction, line.observed or "–", line.status)
        for step in package.ramp
        for line in step.predictions
    )
    if rows:
        keys = ("cycle", "measure", "prediction", "observed", "status")
        children += (Table(tuple(t(f"package.col.{k}", lang) for k in keys), rows),)
    return _part("predictions", children, lang)


def _pitfalls(package: ChangePackage, lang: str) -> Section:
    items = tuple(
        Item(
            (
                *text(pitfall.text),
                *(
                    (
                        Text(" "),
                        Quiet(text(f"({t('package.pitfall_cycle', lang, cycle=pitfall.cycle)})")),
                    )
                    if pitfall.cycle
                    else ()
                ),
            )
        )
        for pitfall in package.pitfalls
    )
    none = (Paragraph(text(t("package.no_pitfalls", lang))),)
    return _part("pitfalls", (BulletList(items),) if items else none, lang)


def _contact(package: ChangePackage, lang: str) -> Section:
    role = package.contact_role or t("package.no_contact", lang)
    contact = t("package.contact_text", lang, role=role, municipality=package.municipality_name)
    hint = t("package.adopt_hint", lang, initiative=package.initiative)
    return _part("contact", (Paragraph(text(contact)), Paragraph(text(hint))), lang)


def package_document(package: ChangePackage, lang: str) -> Document:
    """The package page; each measure's chart is the figure `ref` = the measure's id."""
    facts: tuple[Strong | object, ...] = ()
    runs = []
    for i, (key, value) in enumerate(_facts(package, lang)):
        runs += [*text(f"{' · ' if i else ''}{key}: "), Strong(text(value))]
    del facts
    lead: Blocks = (Paragraph(text(package.programme), role="lead"), Paragraph(tuple(runs)))
    if package.illustrative:
        lead += (Paragraph(text(t("summary.illustrative", lang)), role="note"),)
    title = f"{t('package.title', lang)}: {package.name}"
    body = (
        _final(package, lang),
        _aim(package, lang),
        _ramp(package, lang),
        _measures(package, lang),
        _results(package, lang),
        _predictions(package, lang),
        _pitfalls(package, lang),
        _contact(package, lang),
    )
    made = t("package.made", lang, date=fmt_date(package.made, lang))
    contents = t("summary.contents", lang)
    return Document("package", lang, title, title, lead, body, footer=made, contents=contents)
