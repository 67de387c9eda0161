"""A change package as a page: self-contained HTML (CSS and SVG charts inline, no network,
A4 print) or Markdown. The words come from the `package.*` catalogue; every piece of user text
is escaped (HTML) and was masked for CPR-like numbers when the package was built."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from pdsa_cli.i18n.glossary import term
from pdsa_cli.report.html import CSP, anchor, css, e, inline_svg
from pdsa_cli.report.md_text import block, cell
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

SECTIONS = ("final", "aim", "ramp", "measures", "results", "predictions", "pitfalls", "contact")
PACKAGE_CSS = """
section.part { break-before: auto; page-break-before: auto; }
.final { border-left: 4px solid #1f6f43; padding: 0.2rem 0 0.2rem 0.8rem; }
.step { break-inside: avoid; page-break-inside: avoid; margin-bottom: 1rem; }
dl.plan dt { font-weight: 600; } dl.plan dd { margin: 0 0 0.4rem 1rem; }
@media print { section.part { break-before: auto; } figure.chart { break-inside: avoid; } }
"""


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
        (t("package.data_type", lang), m.data_type.value),
        (t("package.chart", lang), m.chart.value),
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
        f"({fmt_date(row.last_date, lang)}) · {t('summary.points', lang, n=row.n_points)}"
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


# -- HTML -----------------------------------------------------------------------------------


def _dl(pairs: list[tuple[str, str]]) -> str:
    items = "".join(f"<dt>{e(k)}</dt><dd>{e(v).replace(chr(10), '<br>')}</dd>" for k, v in pairs)
    return f'<dl class="plan">{items}</dl>'


def _section(ident: str, lang: str) -> str:
    return f'<section class="part" id="{ident}"><h2>{e(t(f"package.section.{ident}", lang))}</h2>'


def _html_body(package: ChangePackage, lang: str, charts: Mapping[str, str]) -> Iterator[str]:
    model = package.initiative_model
    yield "<header>"
    yield f"<h1>{e(t('package.title', lang))}: {e(package.name)}</h1>"
    yield f'<p class="lead">{e(package.programme)}</p>'
    facts = " · ".join(f"{e(k)}: <strong>{e(v)}</strong>" for k, v in _facts(package, lang))
    yield f"<p>{facts}</p>"
    if package.illustrative:
        yield f'<p class="note">{e(t("summary.illustrative", lang))}</p>'
    yield "</header>"
    yield f'<nav class="toc" aria-label="{e(t("summary.contents", lang))}">'
    yield f"<h2>{e(t('summary.contents', lang))}</h2><ol>"
    for ident in SECTIONS:
        yield f'<li><a href="#{ident}">{e(t(f"package.section.{ident}", lang))}</a></li>'
    yield "</ol></nav><main>"

    yield _section("final", lang)
    if package.final is None:
        yield f"<p>{e(t('package.no_final', lang))}</p>"
    else:
        final = package.final
        adopted = t(
            "package.adopted_in", lang, cycle=final.cycle, date=fmt_date(final.adopted, lang)
        )
        yield f'<div class="final"><p><strong>{e(final.title)}</strong> ({e(adopted)})</p>'
        yield _dl(_final_lines(package, lang)) + "</div>"
    yield "</section>"

    yield _section("aim", lang)
    yield f"<p><strong>{e(t('summary.aim', lang))}:</strong> {e(model.aim.statement)}</p>"
    level = aim_text(package.aim_level, lang)
    if level:
        yield f"<p>{e(level)}</p>"
    if model.description:
        yield f"<h3>{e(t('package.why', lang))}</h3><p>{e(model.description)}</p>"
    if model.change_ideas:
        yield f"<h3>{e(t('package.change_ideas', lang))}</h3><ul>"
        yield "".join(f"<li>{e(c)}</li>" for c in model.change_ideas) + "</ul>"
    yield "</section>"

    yield _section("ramp", lang)
    if not package.ramp:
        yield f"<p>{e(t('package.no_cycles', lang))}</p>"
    for step in package.ramp:
        yield f'<div class="step" id="{anchor("cycle", str(step.number))}">'
        yield f"<h3>{e(t('summary.col.cycle', lang))} {step.number}: {e(step.title)}</h3>"
        yield _dl(_step_lines(step, lang)) + "</div>"
    yield "</section>"

    yield _section("measures", lang)
    yield f"<p>{e(t('package.measures_intro', lang))}</p>"
    for d in package.measures:
        yield f"<h3>{e(d.model.name)} <small>({e(d.id)})</small></h3>"
        yield _dl(_measure_lines(d, lang))
    if not package.measures:
        yield f"<p>{e(t('summary.no_measures', lang))}</p>"
    yield "</section>"

    yield _section("results", lang)
    for d in package.measures:
        yield f'<div class="measure" id="{anchor("measure", d.id)}"><h3>{e(d.model.name)}</h3><ul>'
        yield "".join(f"<li>{e(line)}</li>" for line in _result_lines(d, lang)) + "</ul>"
        if d.id in charts:
            label = t("summary.chart_alt", lang, name=d.model.name)
            yield f'<figure class="chart" role="img" aria-label="{e(label)}">'
            yield inline_svg(charts[d.id], anchor("c", d.id) + "-") + "</figure>"
        yield "</div>"
    if not package.measures:
        yield f"<p>{e(t('summary.no_measures', lang))}</p>"
    yield "</section>"

    yield _section("predictions", lang)
    share = _prediction_share(package, lang)
    yield f"<p>{e(share or t('package.no_predictions', lang))}</p>"
    rows = [(s, p) for s in package.ramp for p in s.predictions]
    if rows:
        keys = ("cycle", "measure", "prediction", "observed", "status")
        yield "<table><thead><tr>"
        yield "".join(f"<th>{e(t(f'package.col.{k}', lang))}</th>" for k in keys)
        yield "</tr></thead><tbody>"
        for step, line in rows:
            cells = (step.number, line.measure, line.prediction, line.observed or "–", line.status)
            yield "<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>"
        yield "</tbody></table>"
    yield "</section>"

    yield _section("pitfalls", lang)
    if package.pitfalls:
        yield "<ul>"
        for pitfall in package.pitfalls:
            where = t("package.pitfall_cycle", lang, cycle=pitfall.cycle) if pitfall.cycle else ""
            yield f"<li>{e(pitfall.text)}{f' <small>({e(where)})</small>' if where else ''}</li>"
        yield "</ul>"
    else:
        yield f"<p>{e(t('package.no_pitfalls', lang))}</p>"
    yield "</section>"

    yield _section("contact", lang)
    role = package.contact_role or t("package.no_contact", lang)
    contact = t("package.contact_text", lang, role=role, municipality=package.municipality_name)
    yield f"<p>{e(contact)}</p>"
    yield f"<p>{e(t('package.adopt_hint', lang, initiative=package.initiative))}</p>"
    yield "</section></main>"
    made = t("package.made", lang, date=fmt_date(package.made, lang))
    yield f"<footer>{e(made)}</footer>"


def render_package_html(package: ChangePackage, lang: str, charts: Mapping[str, str]) -> str:
    """The package page; `charts` maps a measure id to its chart as SVG text."""
    title = f"{t('package.title', lang)}: {package.name}"
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{e(lang)}"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title><style>{css()}{PACKAGE_CSS}</style></head><body>",
    ]
    return "\n".join([*head, *_html_body(package, lang, charts), "</body></html>"]) + "\n"


# -- Markdown -------------------------------------------------------------------------------


def _md_pairs(pairs: list[tuple[str, str]]) -> list[str]:
    return [f"- **{k}:** {block(v)}" for k, v in pairs]


def render_package_markdown(
    package: ChangePackage, lang: str, links: Mapping[str, str] | None = None
) -> str:
    """The package as Markdown; `links` maps a measure id to its chart file (relative)."""
    links = links or {}
    model = package.initiative_model
    out = [f"# {t('package.title', lang)}: {cell(package.name)}", "", cell(package.programme), ""]
    out += [" · ".join(f"{k}: **{cell(v)}**" for k, v in _facts(package, lang)), ""]
    if package.illustrative:
        out += [f"> {t('summary.illustrative', lang)}", ""]

    def heading(ident: str) -> None:
        out.extend([f"## {t(f'package.section.{ident}', lang)}", ""])

    heading("final")
    if package.final is None:
        out += [t("package.no_final", lang), ""]
    else:
        final = package.final
        adopted = t(
            "package.adopted_in", lang, cycle=final.cycle, date=fmt_date(final.adopted, lang)
        )
        out += [
            f"**{cell(final.title)}** ({adopted})",
            "",
            *_md_pairs(_final_lines(package, lang)),
            "",
        ]
    heading("aim")
    out += [f"**{t('summary.aim', lang)}:** {block(model.aim.statement)}", ""]
    level = aim_text(package.aim_level, lang)
    if level:
        out += [level, ""]
    if model.description:
        out += [f"### {t('package.why', lang)}", "", block(model.description), ""]
    if model.change_ideas:
        out += [f"### {t('package.change_ideas', lang)}", ""]
        out += [f"- {block(c)}" for c in model.change_ideas] + [""]
    heading("ramp")
    if not package.ramp:
        out += [t("package.no_cycles", lang), ""]
    for step in package.ramp:
        out += [f"### {t('summary.col.cycle', lang)} {step.number}: {cell(step.title)}", ""]
        out += [*_md_pairs(_step_lines(step, lang)), ""]
    heading("measures")
    out += [t("package.measures_intro", lang), ""]
    for d in package.measures:
        out += [
            f"### {cell(d.model.name)} (`{d.id}`)",
            "",
            *_md_pairs(_measure_lines(d, lang)),
            "",
        ]
    heading("results")
    for d in package.measures:
        out += [f"### {cell(d.model.name)}", ""]
        out += [f"- {cell(line)}" for line in _result_lines(d, lang)] + [""]
        if d.id in links:
            alt = t("summary.chart_alt", lang, name=cell(d.model.name))
            out += [f"![{alt}]({links[d.id]})", ""]
    heading("predictions")
    out += [_prediction_share(package, lang) or t("package.no_predictions", lang), ""]
    rows = [(s, p) for s in package.ramp for p in s.predictions]
    if rows:
        keys = ("cycle", "measure", "prediction", "observed", "status")
        out += ["| " + " | ".join(t(f"package.col.{k}", lang) for k in keys) + " |"]
        out += ["|" + "---|" * len(keys)]
        for step, line in rows:
            cells = (
                str(step.number),
                line.measure,
                line.prediction,
                line.observed or "–",
                line.status,
            )
            out += ["| " + " | ".join(cell(c) for c in cells) + " |"]
        out += [""]
    heading("pitfalls")
    if package.pitfalls:
        for pitfall in package.pitfalls:
            where = (
                f" ({t('package.pitfall_cycle', lang, cycle=pitfall.cycle)})"
                if pitfall.cycle
                else ""
            )
            out += [f"- {block(pitfall.text)}{where}"]
        out += [""]
    else:
        out += [t("package.no_pitfalls", lang), ""]
    heading("contact")
    role = package.contact_role or t("package.no_contact", lang)
    out += [
        block(t("package.contact_text", lang, role=role, municipality=package.municipality_name)),
        "",
    ]
    out += [t("package.adopt_hint", lang, initiative=package.initiative), ""]
    out += ["---", t("package.made", lang, date=fmt_date(package.made, lang)), ""]
    return "\n".join(out)
