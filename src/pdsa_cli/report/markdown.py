"""The summary as Markdown, charts as linked images (the files are written by the caller)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from pdsa_cli.i18n.glossary import term
from pdsa_cli.report.across_render import markdown_lines
from pdsa_cli.report.drivers import initiative_label, method_label
from pdsa_cli.report.md_text import cell
from pdsa_cli.report.model import (
    DataProblems,
    InitiativeSummary,
    MeasureRow,
    MunicipalitySummary,
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
    signals_text,
    stale_text,
    status_word,
    stuck_text,
    t,
)
from pdsa_cli.workspace.drivers import IMPROVEMENT, DriverDiagram, InitiativeNode

Lines = Iterator[str]


def _table(header: list[str], rows: list[list[str]]) -> Lines:
    yield "| " + " | ".join(header) + " |"
    yield "|" + "---|" * len(header)
    for row in rows:
        yield "| " + " | ".join(cell(c) for c in row) + " |"
    yield ""


def _header(summary: Summary, lang: str) -> Lines:
    yield f"# {t('summary.title', lang)}: {cell(summary.programme)}"
    yield ""
    seminar = seminar_text(summary.period, lang)
    if seminar:
        yield f"**{seminar}**  "
    yield period_text(summary.period, lang)
    yield ""
    if summary.illustrative:
        yield f"> {t('summary.illustrative', lang)}"
        yield ""
    yield f"- {counts_text(summary.counts, lang)}"
    yield f"- {decisions_text(summary.decisions, lang)}"
    yield ""


def _cycles(initiative: InitiativeSummary, lang: str) -> Lines:
    yield f"#### {t('summary.cycles', lang)}"
    yield ""
    if not initiative.cycles:
        yield t("summary.no_cycles", lang)
        yield ""
        return
    header = [t(f"summary.col.{c}", lang) for c in ("cycle", "status", "decision", "learning")]
    rows = [
        [
            f"{c.number}. {c.title}",
            status_word(c.status, lang),
            decision_word(c.decision, lang),
            c.learning or "",
        ]
        for c in initiative.cycles
    ]
    yield from _table(header, rows)


def _measure(row: MeasureRow, lang: str, charts: Mapping[str, str]) -> Lines:
    family = term("family", row.family, lang)
    yield f"- **{cell(row.name)}** ({family}): {t('summary.col.latest', lang).lower()} "
    yield (
        f"  {cell(fmt_value(row.latest, row, lang))} ({fmt_date(row.last_date, lang)}), "
        f"{t('summary.col.centre', lang).lower()} {cell(fmt_value(row.centre_line, row, lang))}"
    )
    for text in signals_text(row, lang):
        yield f"  - {cell(text)}"
    if row.id in charts:
        alt = t("summary.chart_alt", lang, name=cell(row.name))
        yield ""
        yield f"  ![{alt}]({charts[row.id]})"
        yield ""


def _initiative(initiative: InitiativeSummary, lang: str, charts: Mapping[str, str]) -> Lines:
    yield f"### {cell(initiative.name)}"
    yield ""
    yield (
        f"{t('summary.track', lang, track=initiative.track)} · "
        f"{t('summary.method', lang, method=cell(method_word(initiative.method, lang)))} · "
        f"{term('initiative_status', initiative.status, lang)}"
    )
    yield ""
    yield f"**{t('summary.aim', lang)}:** {cell(initiative.aim.statement)}"
    yield ""
    gap = aim_text(initiative.aim, lang)
    if gap:
        yield cell(gap)
        yield ""
    yield f"{counts_text(initiative.counts, lang)} · {decisions_text(initiative.decisions, lang)}"
    yield ""
    yield from _cycles(initiative, lang)
    yield f"#### {t('summary.measures', lang)}"
    yield ""
    if not initiative.measures:
        yield t("summary.no_measures", lang)
    for row in initiative.measures:
        yield from _measure(row, lang, charts)
    yield ""


def _municipality(municipality: MunicipalitySummary, lang: str, charts: Mapping[str, str]) -> Lines:
    yield f"## {cell(municipality.name)}"
    yield ""
    yield f"{counts_text(municipality.counts, lang)} · " + decisions_text(
        municipality.decisions, lang
    )
    yield ""
    for initiative in municipality.initiatives:
        yield from _initiative(initiative, lang, charts)


def _documentation(summary: Summary, lang: str) -> Lines:
    if not summary.documentation:
        return  # no measure has the theme: the section is left out
    yield f"## {t('summary.documentation', lang)}"
    yield ""
    yield documentation_intro(summary.documentation_aim, lang)
    yield ""
    keys = ("municipality", "measure", "baseline", "centre", "latest", "signals")
    rows = [
        [
            d.municipality_name,
            d.measure.name,
            fmt_value(d.measure.baseline_level, d.measure, lang),
            fmt_value(d.measure.centre_line, d.measure, lang),
            fmt_value(d.measure.latest, d.measure, lang),
            "; ".join(signals_text(d.measure, lang)),
        ]
        for d in summary.documentation
    ]
    yield from _table([t(f"summary.col.{k}", lang) for k in keys], rows)


def _spread(summary: Summary, lang: str) -> Lines:
    yield f"## {t('summary.spread', lang)}"
    yield ""
    if not summary.ready_to_spread:
        yield t("summary.no_spread", lang)
        yield ""
        return
    yield t("summary.spread_intro", lang)
    yield ""
    for item in summary.ready_to_spread:
        verdict = change_verdict_word(item.evidence, lang)
        new = f" · _{t('summary.new_in_period', lang)}_" if item.adopted_in_period else ""
        yield (
            f"- **{cell(item.municipality_name)}, {cell(item.initiative_name)}: "
            f"{t('summary.col.cycle', lang).lower()} {item.cycle} {cell(item.title)}** "
            f"({fmt_date(item.act_date, lang)}) – {verdict}{new}"
        )
        for evidence in item.evidence:
            yield f"  - {cell(evidence_text(evidence, lang))}"
        if not item.evidence:
            yield f"  - {t('summary.evidence.none', lang)}"
    yield ""


def _predictions(summary: Summary, lang: str) -> Lines:
    section = summary.predictions
    if section is None:
        return
    yield f"## {t('predictions.summary.heading', lang)}"
    yield ""
    if not section.programme.judged and not section.programme.pending:
        yield t("predictions.summary.none", lang)
        yield ""
        return
    yield t("predictions.summary.intro", lang)
    yield ""
    keys = ("municipality", "met", "judged", "share", "pending")
    rows = [
        [
            share.name or t("predictions.programme", lang),
            str(share.met),
            str(share.judged),
            percent_text(share.share, lang),
            str(share.pending),
        ]
        for share in (*section.municipalities, section.programme)
    ]
    yield from _table([t(f"predictions.col.{k}", lang) for k in keys], rows)
    if section.biggest_misses:
        yield f"### {t('predictions.misses_title', lang)}"
        yield ""
        yield from (f"- {cell(prediction_miss_text(m, lang))}" for m in section.biggest_misses)
        yield ""
        yield f"_{t('predictions.summary.miss_note', lang)}_"
        yield ""
    if section.ramps:
        yield f"### {t('predictions.ramps_title', lang)}"
        yield ""
        yield from (f"- {cell(prediction_ramp_text(r, lang))}" for r in section.ramps)
        yield ""


def _data_problems(problems: DataProblems, lang: str) -> Lines:
    yield f"## {t('summary.data_problems', lang)}"
    yield ""
    if not problems.count:
        yield t("summary.no_data_problems", lang)
        yield ""
        return
    groups: list[tuple[str, list[str]]] = [
        (
            "summary.stale_heading",
            [cell(f"{s.file}: {stale_text(s, lang)}") for s in problems.stale],
        ),
        (
            "summary.stuck_heading",
            [cell(f"{s.file}: {stuck_text(s, lang)}") for s in problems.stuck],
        ),
        ("summary.problems_heading", [cell(p.render(lang)) for p in problems.problems]),
    ]
    for heading, items in groups:
        if items:
            yield f"### {t(heading, lang)}"
            yield ""
            yield from (f"- {item}" for item in items)
            yield ""


def _driver_leaf(node: InitiativeNode, lang: str, indent: str) -> str:
    star = "★ " if node.evidence.status == IMPROVEMENT else ""
    return f"{indent}- {star}{cell(initiative_label(node, lang))}"


def drivers_list(diagram: DriverDiagram, lang: str) -> Lines:
    """The diagram as a nested list: aim -> primary -> secondary -> change ideas -> initiatives."""
    aim = diagram.aim or t("drivers.no_aim", lang)
    yield f"- **{t('drivers.aim', lang)}:** {cell(aim)}"
    for primary in diagram.primary:
        yield f"  - **{cell(primary.name)}**"
        for secondary in primary.secondary:
            yield f"    - {cell(secondary.name)}"
            for idea in secondary.change_ideas:
                yield f"      - *{cell(method_label(idea.method, lang))}*"
                yield from (_driver_leaf(node, lang, " " * 8) for node in idea.initiatives)
                if not idea.initiatives:
                    yield f"        - {t('drivers.no_initiative', lang)}"
    yield ""
    if diagram.unlinked:
        yield f"**{t('drivers.unlinked', lang)}**"
        yield ""
        yield from (_driver_leaf(node, lang, "") for node in diagram.unlinked)
        yield ""


def _drivers(summary: Summary, lang: str) -> Lines:
    if summary.drivers is None:
        return
    yield f"## {t('drivers.title', lang)}"
    yield ""
    yield from drivers_list(summary.drivers, lang)
    yield f"*{t('drivers.evidence_note.summary', lang)}*"
    yield ""


def render_markdown(summary: Summary, lang: str, charts: Mapping[str, str] | None = None) -> str:
    """The report; `charts` maps a measure id to the relative path of its image."""
    links = charts or {}
    lines = [*_header(summary, lang), *_drivers(summary, lang)]
    for municipality in summary.municipalities:
        lines.extend(_municipality(municipality, lang, links))
    lines.extend(_documentation(summary, lang))
    lines.extend(_spread(summary, lang))
    lines.extend(markdown_lines(summary.spread, lang))
    lines.extend(_predictions(summary, lang))
    lines.extend(_data_problems(summary.data_problems, lang))
    return "\n".join(lines).rstrip() + "\n"
