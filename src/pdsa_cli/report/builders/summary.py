"""The seminar overview as a document: the header with the period's figures, the driver
diagram, each municipality's initiatives (aim, cycles, measures with their signals and
charts), documentation time, ready to spread, spread across, predictions and data problems."""

from __future__ import annotations

from pdsa_cli.i18n import plural
from pdsa_cli.i18n.glossary import term
from pdsa_cli.report.builders.drivers import drivers_section
from pdsa_cli.report.builders.spread import spread_section
from pdsa_cli.report.document import (
    Blocks,
    Break,
    BulletList,
    Document,
    Emphasis,
    Figure,
    Fold,
    Inlines,
    Item,
    Link,
    Paragraph,
    Quiet,
    Section,
    Strong,
    Table,
    Tag,
    text,
    written,
)
from pdsa_cli.report.model import (
    DataProblems,
    InitiativeSummary,
    MeasureRow,
    MunicipalitySummary,
    Signal,
    SpreadItem,
    Summary,
)
from pdsa_cli.report.wording import (
    aim_text,
    change_verdict_word,
    counts_text,
    decision_word,
    decisions_text,
    documentation_intro,
    evidence_text,
    fmt_date,
    fmt_value,
    method_word,
    percent_text,
    period_text,
    prediction_miss_text,
    prediction_ramp_text,
    seminar_text,
    signal_class,
    signal_text,
    stale_text,
    status_text,
    status_word,
    stuck_text,
    t,
    verdict_note,
)


def _other(source: str, lang: str) -> str | None:
    """The language of what a team wrote, when the report is in another."""
    return source if source != lang else None


def _figures(summary: Summary, lang: str) -> BulletList:
    counts, decisions = summary.counts, summary.decisions
    figures = [
        (counts.started, t("summary.fig.started", lang)),
        (counts.completed, t("summary.fig.completed", lang)),
        (counts.in_progress, t("summary.fig.in_progress", lang)),
        (decisions.adopt, decision_word("adopt", lang)),
        (decisions.adapt, decision_word("adapt", lang)),
        (decisions.abandon, decision_word("abandon", lang)),
    ]
    items = tuple(Item((Strong(text(str(value))), *text(" ", label))) for value, label in figures)
    return BulletList(items, role="figures")


def _lead(summary: Summary, lang: str) -> Blocks:
    seminar = seminar_text(summary.period, lang)
    return (
        Paragraph((written(summary.programme, summary.language, lang),), role="lead"),
        *((Paragraph((Strong(text(seminar)),)),) if seminar else ()),
        Paragraph(text(period_text(summary.period, lang))),
        *(
            (Paragraph(text(t("summary.illustrative", lang)), role="note"),)
            if summary.illustrative
            else ()
        ),
        _figures(summary, lang),
    )


def _signal(signal: Signal, lang: str) -> Inlines:
    label = signal_class(signal, lang)
    return (Tag(signal.variation, label), *text(signal_text(signal, lang, with_variation=False)))


def _said(row: MeasureRow, lang: str) -> list[Inlines]:
    """What the data say of a measure: its status, its signals, a note on its limits."""
    status, note = status_text(row, lang), verdict_note(row, lang)
    said: list[Inlines] = [(Tag("none", status),)] if status else []
    if row.analysed:
        said += [_signal(s, lang) for s in row.signals]
    return said + ([(Tag("none", note),)] if note else [])


def _measure(row: MeasureRow, lang: str, source: str) -> Section:
    facts = (
        *text(f"{t('summary.col.latest', lang)}: "),
        Strong(text(fmt_value(row.latest, row, lang))),
        *text(f" ({fmt_date(row.last_date, lang)}) · {t('summary.col.centre', lang)}: "),
        Strong(text(fmt_value(row.centre_line, row, lang))),
        *text(f" · {plural('summary.points', row.n_points, lang)}"),
    )
    family = term("family", row.family, lang)
    chart = Figure(t("summary.chart_alt", lang, name=row.name), ref=row.id, values=row.recent)
    return Section(
        (written(row.name, source, lang), *text(" "), Quiet(text(f"({family})"))),
        (
            Paragraph(facts, role="facts"),
            BulletList(tuple(Item(s) for s in _said(row, lang)), role="signals"),
            chart,
        ),
        level=5,
        ident=f"measure-{row.id}",
        role="measure",
    )


def _cycles(initiative: InitiativeSummary, lang: str, source: str) -> Section:
    if not initiative.cycles:
        return Section(
            text(t("summary.cycles", lang)),
            (Paragraph(text(t("summary.no_cycles", lang))),),
            level=4,
        )
    header = tuple(t(f"summary.col.{k}", lang) for k in ("cycle", "status", "decision", "learning"))
    rows = tuple(
        (
            text(f"{c.number}. ", written(c.title, source, lang)),
            text(status_word(c.status, lang)),
            text(decision_word(c.decision, lang)),
            (
                Fold(
                    c.learning or "",
                    t("summary.learning_more", lang, ref=c.ref),
                    _other(source, lang),
                ),
            ),
        )
        for c in initiative.cycles
    )
    return Section(text(t("summary.cycles", lang)), (Table(header, rows),), level=4)


def _initiative(initiative: InitiativeSummary, lang: str, source: str) -> Section:
    status = term("initiative_status", initiative.status, lang)
    facts = (
        f"{t('summary.track', lang, track=initiative.track)} · "
        f"{t('summary.method', lang, method=method_word(initiative.method, lang))} · {status}"
    )
    gap = aim_text(initiative.aim, lang)
    aim = (
        Strong(text(f"{t('summary.aim', lang)}:")),
        *text(" ", written(initiative.aim.statement, source, lang)),
    )
    measures: Blocks = tuple(_measure(row, lang, source) for row in initiative.measures) or (
        Paragraph(text(t("summary.no_measures", lang))),
    )
    return Section(
        (written(initiative.name, source, lang),),
        (
            Paragraph(text(facts), role="facts"),
            Section((), (Paragraph(aim), *((Paragraph(text(gap)),) if gap else ())), role="aim"),
            Paragraph(
                text(f"{counts_text(initiative.counts, lang)} · ")
                + text(decisions_text(initiative.decisions, lang))
            ),
            _cycles(initiative, lang, source),
            Section(text(t("summary.measures", lang)), measures, level=4),
        ),
        level=3,
        ident=f"i-{initiative.id}",
        role="initiative",
    )


def _municipality(m: MunicipalitySummary, lang: str, source: str) -> Section:
    counts = Paragraph(text(f"{counts_text(m.counts, lang)} · {decisions_text(m.decisions, lang)}"))
    return Section(
        text(m.name),
        (counts, *(_initiative(i, lang, source) for i in m.initiatives)),
        ident=f"m-{m.id}",
        role="municipality",
        contents=True,
    )


def _part(key: str, ident: str, children: Blocks, lang: str) -> Section:
    return Section(text(t(key, lang)), children, ident=ident, role="part", contents=True)


def _documentation(summary: Summary, lang: str) -> Blocks:
    """Documentation time side by side; left out when no measure has the theme."""
    if not summary.documentation:
        return ()
    keys = ("municipality", "measure", "baseline", "centre", "latest", "signals")
    rows = []
    for d in summary.documentation:
        row = d.measure
        signals: Inlines = ()
        for line in _said(row, lang):
            signals += ((Break(),) if signals else ()) + line
        rows.append(
            (
                (*text(d.municipality_name), Break(), Quiet(text(d.initiative_name))),
                (Link((written(row.name, summary.language, lang),), f"measure-{row.id}"),),
                text(fmt_value(row.baseline_level, row, lang)),
                text(fmt_value(row.centre_line, row, lang)),
                text(fmt_value(row.latest, row, lang)),
                signals,
            )
        )
    table = Table(tuple(t(f"summary.col.{k}", lang) for k in keys), tuple(rows), numeric=(2, 3, 4))
    intro = Paragraph(text(documentation_intro(summary.documentation_aim, lang)))
    return (_part("summary.documentation", "documentation", (intro, table), lang),)


def _spread_item(item: SpreadItem, lang: str, source: str) -> Item:
    verdict = change_verdict_word(item.evidence, lang)
    runs: Inlines = (Tag("supported" if item.supported else "none", verdict),)
    if item.adopted_in_period:
        runs += (Tag("new", t("summary.new_in_period", lang)),)
    runs += (
        Strong(
            text(
                f"{item.municipality_name}, {item.initiative_name}: "
                f"{t('summary.col.cycle', lang)} {item.cycle} {item.title}"
            )
        ),
        *text(f" ({fmt_date(item.act_date, lang)})"),
    )
    if item.change_idea:
        runs += (Break(), written(item.change_idea, source, lang))
    said = [evidence_text(evidence, lang) for evidence in item.evidence] or [
        t("summary.evidence.none", lang)
    ]
    return Item(runs, (BulletList(tuple(Item(text(s)) for s in said)),))


def _spread(summary: Summary, lang: str) -> Section:
    if not summary.ready_to_spread:
        return _part(
            "summary.spread", "spread", (Paragraph(text(t("summary.no_spread", lang))),), lang
        )
    items = BulletList(
        tuple(_spread_item(item, lang, summary.language) for item in summary.ready_to_spread)
    )
    intro = Paragraph(text(t("summary.spread_intro", lang)))
    return _part("summary.spread", "spread", (intro, items), lang)


def _predictions(summary: Summary, lang: str) -> Blocks:
    section = summary.predictions
    if section is None:
        return ()
    if not section.programme.judged and not section.programme.pending:
        none = (Paragraph(text(t("predictions.summary.none", lang))),)
        return (_part("predictions.summary.heading", "predictions", none, lang),)
    keys = ("municipality", "met", "judged", "share", "pending")
    rows = tuple(
        (
            text(share.name or t("predictions.programme", lang)),
            text(str(share.met)),
            text(str(share.judged)),
            text(percent_text(share.share, lang)),
            text(str(share.pending)),
        )
        for share in (*section.municipalities, section.programme)
    )
    children: Blocks = (
        Paragraph(text(t("predictions.summary.intro", lang))),
        Table(tuple(t(f"predictions.col.{k}", lang) for k in keys), rows, numeric=(1, 2, 3, 4)),
    )
    if section.biggest_misses:
        misses = BulletList(
            tuple(Item(text(prediction_miss_text(m, lang))) for m in section.biggest_misses)
        )
        note = Paragraph((Emphasis(text(t("predictions.summary.miss_note", lang))),), role="note")
        children += (Section(text(t("predictions.misses_title", lang)), (misses, note), level=3),)
    if section.ramps:
        ramps = BulletList(tuple(Item(text(prediction_ramp_text(r, lang))) for r in section.ramps))
        children += (Section(text(t("predictions.ramps_title", lang)), (ramps,), level=3),)
    return (_part("predictions.summary.heading", "predictions", children, lang),)


def _data_problems(problems: DataProblems, lang: str) -> Section:
    children: Blocks = ()
    if not problems.count:
        children = (Paragraph(text(t("summary.no_data_problems", lang))),)
    groups = [
        ("summary.stale_heading", [(s.file, stale_text(s, lang)) for s in problems.stale]),
        ("summary.stuck_heading", [(s.file, stuck_text(s, lang)) for s in problems.stuck]),
        (
            "summary.problems_heading",
            [(p.location(), f"{p.severity.value}: {p.message(lang)}") for p in problems.problems],
        ),
    ]
    for heading, found in groups:
        if found:
            items = tuple(Item((*text(said), Break(), Quiet(text(where)))) for where, said in found)
            children += (Section(text(t(heading, lang)), (BulletList(items),), level=3),)
    return _part("summary.data_problems", "data-problems", children, lang)


def summary_document(summary: Summary, lang: str) -> Document:
    """The seminar overview; each measure's chart is the figure `ref` = the measure's id, the
    driver diagram's is `drivers`."""
    body: Blocks = (
        *drivers_section(summary.drivers, lang),
        *(_municipality(m, lang, summary.language) for m in summary.municipalities),
        *_documentation(summary, lang),
        _spread(summary, lang),
        *spread_section(summary.spread, lang),
        *_predictions(summary, lang),
        _data_problems(summary.data_problems, lang),
    )
    return Document(
        "summary",
        lang,
        t("summary.title", lang),
        f"{t('summary.title', lang)}: {summary.programme}",
        _lead(summary, lang),
        body,
        footer=t("summary.generated", lang, date=fmt_date(summary.today, lang)),
        contents=t("summary.contents", lang),
    )
