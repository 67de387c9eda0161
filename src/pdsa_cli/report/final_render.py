"""The closing report as a self-contained, printable HTML page or as Markdown.

Sections: overview, the municipalities (each SMART aim against its result, with the evidence),
documentation time across municipalities, spread, what the predictions taught, data
completeness and the change packages. Every piece of user text is escaped."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from pdsa_cli.i18n.glossary import term
from pdsa_cli.report.across_render import html_parts, markdown_lines, panel_svg
from pdsa_cli.report.final import FinalReport
from pdsa_cli.report.html import CSP, anchor, css, e, inline_svg
from pdsa_cli.report.md_text import cell
from pdsa_cli.report.model import MeasureRow
from pdsa_cli.report.wording import (
    aim_text,
    decision_word,
    documentation_intro,
    fmt_date,
    fmt_number,
    fmt_value,
    percent_text,
    prediction_miss_text,
    prediction_ramp_text,
    signals_text,
    t,
)

SECTIONS = (
    ("overview", "final.section.overview"),
    ("municipalities", "final.section.municipalities"),
    ("documentation", "final.section.documentation"),
    ("spread-across", "final.section.spread"),
    ("predictions", "final.section.predictions"),
    ("completeness", "final.section.completeness"),
    ("packages", "final.section.packages"),
)


def _sections(report: FinalReport) -> tuple[tuple[str, str], ...]:
    """The report's sections: documentation time only when some measure has the theme."""
    shown = bool(report.summary.documentation)
    return tuple(s for s in SECTIONS if shown or s[0] != "documentation")


FINAL_CSS = """
section.part { break-before: auto; page-break-before: auto; }
@media print { section#municipalities, section#spread-across { break-before: page; } }
figure.small-multiples { display: flex; flex-wrap: wrap; gap: 0.5rem; }
"""


def overview_text(report: FinalReport, lang: str) -> str:
    decisions = report.summary.decisions
    return t(
        "final.overview",
        lang,
        municipalities=report.municipalities,
        initiatives=report.initiatives,
        cycles=report.cycles,
        adopted=decisions.adopt,
        adapted=decisions.adapt,
        abandoned=decisions.abandon,
        measurements=report.measurements,
    )


def _result(aim_row: object, lang: str) -> str:
    from pdsa_cli.report.model import AimRow

    assert isinstance(aim_row, AimRow)
    return aim_text(aim_row, lang) or t("final.no_result", lang)


def _evidence(row: MeasureRow | None, lang: str) -> list[str]:
    """The aim measure's verdict, the same lines as the seminar summary's."""
    return signals_text(row, lang) if row is not None else [t("final.no_aim_measure", lang)]


def _lead(report: FinalReport, lang: str) -> str:
    return t("final.lead", lang, start=fmt_date(report.start, lang), end=fmt_date(report.end, lang))


def _share(value: float | None, lang: str) -> str:
    return "–" if value is None else fmt_number(100 * value, lang, 0)


# -- HTML -----------------------------------------------------------------------------------


def _h2(ident: str, key: str, lang: str) -> str:
    return f'<section class="part" id="{ident}"><h2>{e(t(key, lang))}</h2>'


def _html_documentation(report: FinalReport, lang: str, charts: Mapping[str, str]) -> Iterator[str]:
    """Documentation time side by side: only measures with the theme, under the programme's own
    aim if it states one; left out when no measure has the theme."""
    summary = report.summary
    if not summary.documentation:
        return
    yield _h2("documentation", "final.section.documentation", lang)
    yield f"<p>{e(documentation_intro(summary.documentation_aim, lang))}</p>"
    if summary.documentation:
        keys = ("municipality", "measure", "baseline", "centre", "latest")
        yield "<table><thead><tr>"
        yield "".join(f"<th>{e(t(f'summary.col.{k}', lang))}</th>" for k in keys)
        yield "</tr></thead><tbody>"
        for d in summary.documentation:
            row = d.measure
            cells = (
                d.municipality_name,
                row.name,
                fmt_value(row.baseline_level, row, lang),
                fmt_value(row.centre_line, row, lang),
                fmt_value(row.latest, row, lang),
            )
            yield "<tr>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>"
        yield "</tbody></table>"
        for d in summary.documentation:
            if d.measure.id in charts:
                label = t(
                    "summary.chart_alt", lang, name=f"{d.municipality_name}: {d.measure.name}"
                )
                yield f'<figure class="chart" role="img" aria-label="{e(label)}">'
                yield inline_svg(charts[d.measure.id], anchor("c", d.measure.id) + "-")
                yield "</figure>"
    shared = summary.spread.shared if summary.spread else ()
    for group in (s for s in shared if s.documentation):
        label = t("spread.shared_chart_alt", lang, name=group.name)
        yield f'<figure class="small-multiples" aria-label="{e(label)}">'
        yield "".join(panel_svg(group, i, lang) for i in range(len(group.panels)))
        yield "</figure>"
    yield "</section>"


def _html(report: FinalReport, lang: str, charts: Mapping[str, str]) -> Iterator[str]:
    summary = report.summary
    yield "<header>"
    yield f"<h1>{e(t('final.title', lang))}</h1>"
    yield f'<p class="lead">{e(summary.programme)}</p><p>{e(_lead(report, lang))}</p>'
    if summary.illustrative:
        yield f'<p class="note">{e(t("summary.illustrative", lang))}</p>'
    yield "</header>"
    yield f'<nav class="toc" aria-label="{e(t("summary.contents", lang))}">'
    yield f"<h2>{e(t('summary.contents', lang))}</h2><ol>"
    for ident, key in _sections(report):
        yield f'<li><a href="#{ident}">{e(t(key, lang))}</a></li>'
    yield "</ol></nav><main>"

    yield _h2("overview", "final.section.overview", lang)
    yield f"<p>{e(overview_text(report, lang))}</p>"
    yield f"<p>{e(t('final.aims_met', lang, met=report.aims_met, judged=report.aims_judged))}</p>"
    yield "</section>"

    yield _h2("municipalities", "final.section.municipalities", lang)
    current = None
    for aim in report.aims:
        if aim.municipality != current:
            if current is not None:
                yield "</tbody></table>"
            current = aim.municipality
            yield f'<h3 id="{anchor("m", aim.municipality)}">{e(aim.municipality_name)}</h3>'
            yield "<table><thead><tr>"
            for key in ("initiative", "aim", "result", "evidence"):
                yield f"<th>{e(t(f'final.col.{key}', lang))}</th>"
            yield "</tr></thead><tbody>"
        status = term("initiative_status", aim.status, lang)
        source = f"<br><small>← {e(aim.adapted_from)}</small>" if aim.adapted_from else ""
        evidence = "<br>".join(e(line) for line in _evidence(aim.evidence, lang))
        yield (
            f"<tr><td>{e(aim.initiative_name)}<br><small>{e(status)}</small>{source}</td>"
            f"<td>{e(aim.aim.statement)}</td><td>{e(_result(aim.aim, lang))}</td>"
            f"<td>{evidence}</td></tr>"
        )
    if current is not None:
        yield "</tbody></table>"
    yield "</section>"

    yield from _html_documentation(report, lang, charts)

    yield from html_parts(summary.spread, lang)

    yield _h2("predictions", "final.section.predictions", lang)
    section = summary.predictions
    if section is None or (not section.programme.judged and not section.programme.pending):
        yield f"<p>{e(t('predictions.summary.none', lang))}</p>"
    else:
        share = section.programme
        yield (
            f"<p>{e(t('predictions.col.share', lang))}: "
            f"<strong>{e(percent_text(share.share, lang))}</strong> "
            f"({share.met}/{share.judged})</p>"
        )
        yield "<table><thead><tr>"
        for key in ("municipality", "met", "judged", "share"):
            yield f"<th>{e(t(f'predictions.col.{key}', lang))}</th>"
        yield "</tr></thead><tbody>"
        for s in section.municipalities:
            share_cells = (s.name, s.met, s.judged, percent_text(s.share, lang))
            yield "<tr>" + "".join(f"<td>{e(c)}</td>" for c in share_cells) + "</tr>"
        yield "</tbody></table>"
        if section.ramps:
            yield f"<h3>{e(t('final.predictions_ramps', lang))}</h3><ul>"
            yield "".join(f"<li>{e(prediction_ramp_text(r, lang))}</li>" for r in section.ramps)
            yield "</ul>"
        if section.biggest_misses:
            yield f"<h3>{e(t('predictions.misses_title', lang))}</h3><ul>"
            yield "".join(
                f"<li>{e(prediction_miss_text(m, lang))}</li>" for m in section.biggest_misses
            )
            yield "</ul>"
    yield "</section>"

    yield _h2("completeness", "final.section.completeness", lang)
    yield f"<p>{e(t('final.completeness_intro', lang))}</p>"
    total = _share(report.completeness_share, lang)
    yield f"<p><strong>{e(t('final.completeness_total', lang, share=total))}</strong></p>"
    yield "<table><thead><tr>"
    for key in ("municipality", "measure", "points", "expected", "complete"):
        label_key = "summary.col.municipality" if key == "municipality" else f"final.col.{key}"
        yield f"<th>{e(t(label_key, lang))}</th>"
    yield "</tr></thead><tbody>"
    for c in report.completeness:
        complete = f"{_share(c.share, lang)} %"
        row_cells = (c.municipality_name, c.name, c.present, c.expected, complete)
        yield "<tr>" + "".join(f"<td>{e(x)}</td>" for x in row_cells) + "</tr>"
    yield "</tbody></table></section>"

    yield _h2("packages", "final.section.packages", lang)
    if report.packages:
        yield f"<p>{e(t('final.packages_intro', lang))}</p><table><thead><tr>"
        for key in ("municipality", "package", "command"):
            label = t(
                "summary.col.municipality" if key == "municipality" else f"final.col.{key}", lang
            )
            yield f"<th>{e(label)}</th>"
        yield "</tr></thead><tbody>"
        for p in report.packages:
            adopted = f"{decision_word('adopt', lang)} {fmt_date(p.adopted, lang)}"
            yield (
                f"<tr><td>{e(p.municipality_name)}</td><td>{e(p.name)}<br><small>"
                f"{e(t('summary.col.cycle', lang))} {p.cycle}: {e(p.title)} ({e(adopted)})"
                f"</small></td><td><code>pdsa package {e(p.initiative)} --out "
                f"{e(p.initiative)}.zip</code></td></tr>"
            )
        yield "</tbody></table>"
    else:
        yield f"<p>{e(t('final.packages_none', lang))}</p>"
    yield "</section></main>"
    yield f"<footer>{e(t('summary.generated', lang, date=fmt_date(summary.today, lang)))}</footer>"


def render_final_html(
    report: FinalReport, lang: str, charts: Mapping[str, str] | None = None
) -> str:
    title = f"{t('final.title', lang)}: {report.summary.programme}"
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{e(lang)}"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title><style>{css()}{FINAL_CSS}</style></head><body>",
    ]
    return "\n".join([*head, *_html(report, lang, charts or {}), "</body></html>"]) + "\n"


# -- Markdown -------------------------------------------------------------------------------


def _markdown_documentation(report: FinalReport, lang: str, links: Mapping[str, str]) -> list[str]:
    summary = report.summary
    if not summary.documentation:
        return []  # no measure has the theme: the section is left out
    out: list[str] = []
    out += [f"## {t('final.section.documentation', lang)}", ""]
    out += [documentation_intro(summary.documentation_aim, lang), ""]
    keys = ("municipality", "measure", "baseline", "centre", "latest")
    out += ["| " + " | ".join(t(f"summary.col.{k}", lang) for k in keys) + " |"]
    out += ["|" + "---|" * len(keys)]
    for d in summary.documentation:
        row = d.measure
        cells = (
            d.municipality_name,
            row.name,
            fmt_value(row.baseline_level, row, lang),
            fmt_value(row.centre_line, row, lang),
            fmt_value(row.latest, row, lang),
        )
        out += ["| " + " | ".join(cell(c) for c in cells) + " |"]
    out += [""]
    for d in summary.documentation:
        if d.measure.id in links:
            name = cell(f"{d.municipality_name}: {d.measure.name}")
            out += [f"![{t('summary.chart_alt', lang, name=name)}]({links[d.measure.id]})", ""]
    return out


def render_final_markdown(
    report: FinalReport, lang: str, links: Mapping[str, str] | None = None
) -> str:
    links = links or {}
    summary = report.summary
    out = [f"# {t('final.title', lang)}", "", cell(summary.programme), "", _lead(report, lang), ""]
    if summary.illustrative:
        out += [f"> {t('summary.illustrative', lang)}", ""]
    out += [f"## {t('final.section.overview', lang)}", "", overview_text(report, lang), ""]
    out += [t("final.aims_met", lang, met=report.aims_met, judged=report.aims_judged), ""]
    out += [f"## {t('final.section.municipalities', lang)}", ""]
    current = None
    for aim in report.aims:
        if aim.municipality != current:
            current = aim.municipality
            out += [f"### {cell(aim.municipality_name)}", ""]
            header = [
                t(f"final.col.{k}", lang) for k in ("initiative", "aim", "result", "evidence")
            ]
            out += ["| " + " | ".join(header) + " |", "|---|---|---|---|"]
        source = f" (← {aim.adapted_from})" if aim.adapted_from else ""
        aim_cells = (
            f"{aim.initiative_name}{source}",
            aim.aim.statement,
            _result(aim.aim, lang),
            "; ".join(_evidence(aim.evidence, lang)),
        )
        out += ["| " + " | ".join(cell(c) for c in aim_cells) + " |"]
        nxt = report.aims.index(aim) + 1
        if nxt == len(report.aims) or report.aims[nxt].municipality != current:
            out += [""]
    out += _markdown_documentation(report, lang, links)
    out += list(markdown_lines(summary.spread, lang))
    out += [f"## {t('final.section.predictions', lang)}", ""]
    section = summary.predictions
    if section is None or not section.programme.judged:
        out += [t("predictions.summary.none", lang), ""]
    else:
        share = section.programme
        out += [
            f"{t('predictions.col.share', lang)}: **{percent_text(share.share, lang)}** "
            f"({share.met}/{share.judged})",
            "",
        ]
        if section.ramps:
            out += [t("final.predictions_ramps", lang), ""]
            out += [f"- {cell(prediction_ramp_text(r, lang))}" for r in section.ramps] + [""]
        if section.biggest_misses:
            out += [f"### {t('predictions.misses_title', lang)}", ""]
            out += [f"- {cell(prediction_miss_text(m, lang))}" for m in section.biggest_misses]
            out += [""]
    out += [f"## {t('final.section.completeness', lang)}", "", t("final.completeness_intro", lang)]
    total = _share(report.completeness_share, lang)
    out += ["", f"**{t('final.completeness_total', lang, share=total)}**", ""]
    header = [
        t("summary.col.municipality", lang),
        *(t(f"final.col.{k}", lang) for k in ("measure", "points", "expected", "complete")),
    ]
    out += ["| " + " | ".join(header) + " |", "|---|---|---|---|---|"]
    for c in report.completeness:
        done = (c.municipality_name, c.name, c.present, c.expected, f"{_share(c.share, lang)} %")
        out += ["| " + " | ".join(cell(x) for x in done) + " |"]
    out += ["", f"## {t('final.section.packages', lang)}", ""]
    if report.packages:
        out += [t("final.packages_intro", lang), ""]
        for p in report.packages:
            out += [
                f"- **{cell(p.municipality_name)}, {cell(p.name)}** "
                f"({t('summary.col.cycle', lang).lower()} {p.cycle}: {cell(p.title)}, "
                f"{fmt_date(p.adopted, lang)}): `pdsa package {p.initiative} --out "
                f"{p.initiative}.zip`"
            ]
        out += [""]
    else:
        out += [t("final.packages_none", lang), ""]
    out += ["---", t("summary.generated", lang, date=fmt_date(summary.today, lang)), ""]
    return "\n".join(out)
