"""The closing report as a document. Sections: overview, the municipalities (each SMART aim
against its result, with the evidence), documentation time across municipalities, spread,
what the predictions taught, data completeness and the change packages."""

from __future__ import annotations

from pdsa_cli.i18n.glossary import term
from pdsa_cli.report.builders.spread import small_multiples, spread_section
from pdsa_cli.report.document import (
    Blocks,
    Break,
    BulletList,
    Code,
    Document,
    Figure,
    Inlines,
    Item,
    Paragraph,
    Quiet,
    Section,
    Strong,
    Table,
    cells,
    text,
    written,
)
from pdsa_cli.report.final import AimResult, FinalReport
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


def _share(value: float | None, lang: str) -> str:
    return "–" if value is None else fmt_number(100 * value, lang, 0)


def _part(ident: str, children: Blocks, lang: str, key: str | None = None) -> Section:
    heading = text(t(key or f"final.section.{ident}", lang))
    return Section(heading, children, ident=ident, role="part", contents=True)


def _lines(lines: list[str]) -> Inlines:
    runs: Inlines = ()
    for line in lines:
        runs += ((Break(),) if runs else ()) + text(line)
    return runs


def _aim_row(aim: AimResult, lang: str, source: str) -> tuple[Inlines, ...]:
    status = term("initiative_status", aim.status, lang)
    adapted = (Break(), Quiet(text(f"← {aim.adapted_from}"))) if aim.adapted_from else ()
    # the aim measure's verdict, in the seminar summary's own words
    row = aim.evidence
    evidence = signals_text(row, lang) if row is not None else [t("final.no_aim_measure", lang)]
    return (
        (written(aim.initiative_name, source, lang), Break(), Quiet(text(status)), *adapted),
        (written(aim.aim.statement, source, lang),),
        text(aim_text(aim.aim, lang) or t("final.no_result", lang)),
        _lines(evidence),
    )


def _municipalities(report: FinalReport, lang: str) -> Section:
    header = tuple(t(f"final.col.{k}", lang) for k in ("initiative", "aim", "result", "evidence"))
    order = list(dict.fromkeys(aim.municipality for aim in report.aims))
    parts = tuple(
        Section(
            text(next(a.municipality_name for a in report.aims if a.municipality == m)),
            (
                Table(
                    header,
                    tuple(
                        _aim_row(a, lang, report.summary.language)
                        for a in report.aims
                        if a.municipality == m
                    ),
                ),
            ),
            level=3,
            ident=f"m-{m}",
        )
        for m in order
    )
    return _part("municipalities", parts, lang)


def _documentation(report: FinalReport, lang: str) -> Blocks:
    """Documentation time side by side: only measures with the theme, under the programme's own
    aim if it states one; left out when no measure has the theme."""
    summary = report.summary
    if not summary.documentation:
        return ()
    intro = documentation_intro(summary.documentation_aim, lang)
    children: Blocks = (Paragraph(text(intro)),)
    if summary.documentation:
        keys = ("municipality", "measure", "baseline", "centre", "latest")
        rows = tuple(
            (
                text(d.municipality_name),
                (written(d.measure.name, summary.language, lang),),
                text(fmt_value(d.measure.baseline_level, d.measure, lang)),
                text(fmt_value(d.measure.centre_line, d.measure, lang)),
                text(fmt_value(d.measure.latest, d.measure, lang)),
            )
            for d in summary.documentation
        )
        children += (Table(tuple(t(f"summary.col.{k}", lang) for k in keys), rows),)
        children += tuple(
            Figure(
                t("summary.chart_alt", lang, name=f"{d.municipality_name}: {d.measure.name}"),
                ref=d.measure.id,
            )
            for d in summary.documentation
        )
    shared = summary.spread.shared if summary.spread else ()
    children += tuple(small_multiples(s, lang) for s in shared if s.documentation)
    return (_part("documentation", children, lang),)


def _predictions(report: FinalReport, lang: str) -> Section:
    section = report.summary.predictions
    if section is None or (not section.programme.judged and not section.programme.pending):
        return _part("predictions", (Paragraph(text(t("predictions.summary.none", lang))),), lang)
    share = section.programme
    children: Blocks = (
        Paragraph(
            (
                *text(f"{t('predictions.col.share', lang)}: "),
                Strong(text(percent_text(share.share, lang))),
                *text(f" ({share.met}/{share.judged})"),
            )
        ),
        Table(
            tuple(
                t(f"predictions.col.{k}", lang) for k in ("municipality", "met", "judged", "share")
            ),
            tuple(
                cells(s.name, str(s.met), str(s.judged), percent_text(s.share, lang))
                for s in section.municipalities
            ),
        ),
    )
    if section.ramps:
        ramps = BulletList(tuple(Item(text(prediction_ramp_text(r, lang))) for r in section.ramps))
        children += (Section(text(t("final.predictions_ramps", lang)), (ramps,), level=3),)
    if section.biggest_misses:
        misses = tuple(Item(text(prediction_miss_text(m, lang))) for m in section.biggest_misses)
        children += (
            Section(text(t("predictions.misses_title", lang)), (BulletList(misses),), level=3),
        )
    return _part("predictions", children, lang)


def _completeness(report: FinalReport, lang: str) -> Section:
    header = (
        t("summary.col.municipality", lang),
        *(t(f"final.col.{k}", lang) for k in ("measure", "points", "expected", "complete")),
    )
    rows = tuple(
        cells(
            c.municipality_name,
            c.name,
            str(c.present),
            str(c.expected),
            f"{_share(c.share, lang)} %",
        )
        for c in report.completeness
    )
    total = _share(report.completeness_share, lang)
    children = (
        Paragraph(text(t("final.completeness_intro", lang))),
        Paragraph((Strong(text(t("final.completeness_total", lang, share=total))),)),
        Table(header, rows),
    )
    return _part("completeness", children, lang)


def _packages(report: FinalReport, lang: str) -> Section:
    if not report.packages:
        return _part("packages", (Paragraph(text(t("final.packages_none", lang))),), lang)
    header = (
        t("summary.col.municipality", lang),
        t("final.col.package", lang),
        t("final.col.command", lang),
    )
    rows = tuple(
        (
            text(p.municipality_name),
            (
                written(p.name, report.summary.language, lang),
                Break(),
                Quiet(
                    text(
                        f"{t('summary.col.cycle', lang)} {p.cycle}: {p.title} "
                        f"({decision_word('adopt', lang)} {fmt_date(p.adopted, lang)})"
                    )
                ),
            ),
            (Code(f"pdsa package {p.initiative} --out {p.initiative}.zip"),),
        )
        for p in report.packages
    )
    children = (Paragraph(text(t("final.packages_intro", lang))), Table(header, rows))
    return _part("packages", children, lang)


def final_document(report: FinalReport, lang: str) -> Document:
    """The closing report; each documentation-time measure's chart is the figure `ref` = the
    measure's id."""
    summary = report.summary
    lead: Blocks = (
        Paragraph(text(summary.programme), role="lead"),
        Paragraph(
            text(
                t(
                    "final.lead",
                    lang,
                    start=fmt_date(report.start, lang),
                    end=fmt_date(report.end, lang),
                )
            )
        ),
    )
    if summary.illustrative:
        lead += (Paragraph(text(t("summary.illustrative", lang)), role="note"),)
    aims = t("final.aims_met", lang, met=report.aims_met, judged=report.aims_judged)
    overview = (Paragraph(text(overview_text(report, lang))), Paragraph(text(aims)))
    body: Blocks = (
        _part("overview", overview, lang),
        _municipalities(report, lang),
        *_documentation(report, lang),
        *spread_section(summary.spread, lang),
        _predictions(report, lang),
        _completeness(report, lang),
        _packages(report, lang),
    )
    return Document(
        "final",
        lang,
        t("final.title", lang),
        f"{t('final.title', lang)}: {summary.programme}",
        lead,
        body,
        footer=t("summary.generated", lang, date=fmt_date(summary.today, lang)),
        contents=t("summary.contents", lang),
    )
