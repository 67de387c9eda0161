"""The summary as one self-contained HTML file: CSS and SVG charts inline, no network at all
(a Content-Security-Policy forbids any fetch), a table of contents, A4 print with a page break
before each municipality. Every piece of user text is escaped."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from html import escape
from importlib.resources import files

from pdsa_cli.i18n.glossary import term
from pdsa_cli.report.across_render import html_parts
from pdsa_cli.report.cycles import one_line
from pdsa_cli.report.drivers import initiative_label, method_label
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
from pdsa_cli.workspace.drivers import IMPROVEMENT, DriverDiagram, InitiativeNode

Html = Iterator[str]
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_PROLOGUE = re.compile(r"<\?xml.*?\?>|<!DOCTYPE.*?>|<metadata>.*?</metadata>", re.S)
# matplotlib writes each attribute after a space: a literal start lets the scan skip ahead
# (`\b` made a 28 MB national report's charts cost seconds here).
_ID = re.compile(r' id="([^"]+)"')
# An id, or a reference to one: url(#name) in attributes and styles, href="#name".
_REFERENCE = re.compile(r'( id="|url\(#|href="#)([^")]+)([")])')


def css() -> str:
    return files("pdsa_cli.report").joinpath("report.css").read_text(encoding="utf-8")


def e(text: object) -> str:
    return escape(str(text), quote=True)


def anchor(kind: str, ident: str) -> str:
    """An id attribute value that is safe whatever the folder name."""
    return f"{kind}-" + re.sub(r"[^a-z0-9-]", "-", ident.lower())


def chart_prefix(measure_id: str) -> str:
    """What a measure's chart prefixes its ids with inside the page."""
    return anchor("c", measure_id) + "-"


def inline_svg(svg: str, prefix: str) -> str:
    """An SVG document made fit to sit inside HTML beside others: no XML prologue, and its ids
    (clip paths, glyphs) and the references to them prefixed, so two charts never share one."""
    body = _PROLOGUE.sub("", svg).strip()
    ids = set(_ID.findall(body))

    def renamed(match: re.Match[str]) -> str:
        head, name, tail = match.groups()
        return f"{head}{prefix}{name}{tail}" if name in ids else match[0]

    return _REFERENCE.sub(renamed, body)


def _figures(summary: Summary, lang: str) -> Html:
    counts, decisions = summary.counts, summary.decisions
    figures = [
        (counts.started, t("summary.fig.started", lang)),
        (counts.completed, t("summary.fig.completed", lang)),
        (counts.in_progress, t("summary.fig.in_progress", lang)),
        (decisions.adopt, decision_word("adopt", lang)),
        (decisions.adapt, decision_word("adapt", lang)),
        (decisions.abandon, decision_word("abandon", lang)),
    ]
    yield '<ul class="figures">'
    for value, label in figures:
        yield f"<li><b>{value}</b>{e(label)}</li>"
    yield "</ul>"


def _header(summary: Summary, lang: str) -> Html:
    yield "<header>"
    yield f"<h1>{e(t('summary.title', lang))}</h1>"
    yield f'<p class="lead">{e(summary.programme)}</p>'
    seminar = seminar_text(summary.period, lang)
    if seminar:
        yield f"<p><strong>{e(seminar)}</strong></p>"
    yield f"<p>{e(period_text(summary.period, lang))}</p>"
    if summary.illustrative:
        yield f'<p class="note">{e(t("summary.illustrative", lang))}</p>'
    yield from _figures(summary, lang)
    yield "</header>"


def _toc(summary: Summary, lang: str) -> Html:
    yield f'<nav class="toc" aria-label="{e(t("summary.contents", lang))}">'
    yield f"<h2>{e(t('summary.contents', lang))}</h2><ol>"
    if summary.drivers is not None:
        yield f'<li><a href="#drivers">{e(t("drivers.title", lang))}</a></li>'
    for m in summary.municipalities:
        yield f'<li><a href="#{anchor("m", m.id)}">{e(m.name)}</a></li>'
    parts = (("summary.documentation", "documentation"),) if summary.documentation else ()
    for key, ident in (
        *parts,
        ("summary.spread", "spread"),
        ("spread.heading", "spread-across"),
        ("predictions.summary.heading", "predictions"),
        ("summary.data_problems", "data-problems"),
    ):
        yield f'<li><a href="#{ident}">{e(t(key, lang))}</a></li>'
    yield "</ol></nav>"


def _tag(kind: str, text: str) -> str:
    return f'<span class="tag {e(kind)}">{e(text)}</span>'


def _signal(signal: Signal, lang: str) -> str:
    label = signal_class(signal, lang)
    text = signal_text(signal, lang, with_variation=False)
    return f"<li>{_tag(signal.variation, label)}{e(text)}</li>"


def _measure(row: MeasureRow, lang: str, charts: Mapping[str, str]) -> Html:
    yield f'<div class="measure" id="{anchor("measure", row.id)}">'
    family = term("family", row.family, lang)
    yield f"<h5>{e(row.name)} <small>({e(family)})</small></h5>"
    yield (
        f'<p class="facts">{e(t("summary.col.latest", lang))}: '
        f"<strong>{e(fmt_value(row.latest, row, lang))}</strong> "
        f"({e(fmt_date(row.last_date, lang))}) · {e(t('summary.col.centre', lang))}: "
        f"<strong>{e(fmt_value(row.centre_line, row, lang))}</strong> · "
        f"{e(t('summary.points', lang, n=row.n_points))}</p>"
    )
    yield '<ul class="signals">'
    status, note = status_text(row, lang), verdict_note(row, lang)
    if status:
        yield f"<li>{_tag('none', status)}</li>"
    if row.analysed:
        yield from (_signal(s, lang) for s in row.signals)
    if note:
        yield f"<li>{_tag('none', note)}</li>"
    yield "</ul>"
    if row.id in charts:
        label = t("summary.chart_alt", lang, name=row.name)
        yield f'<figure class="chart" role="img" aria-label="{e(label)}">'
        yield inline_svg(charts[row.id], chart_prefix(row.id))
        yield "</figure>"
    yield "</div>"


def _learning(text: str | None) -> str:
    """The whole learning; a long one folds into a <details> that opens on a click."""
    short = one_line(text)
    if not text or short == text:
        return e(text or "")
    return f"<details><summary>{e(short)}</summary>{e(text)}</details>"


def _cycles(initiative: InitiativeSummary, lang: str) -> Html:
    yield f"<h4>{e(t('summary.cycles', lang))}</h4>"
    if not initiative.cycles:
        yield f"<p>{e(t('summary.no_cycles', lang))}</p>"
        return
    yield "<table><thead><tr>"
    for key in ("cycle", "status", "decision", "learning"):
        yield f"<th>{e(t(f'summary.col.{key}', lang))}</th>"
    yield "</tr></thead><tbody>"
    for c in initiative.cycles:
        yield (
            f"<tr><td>{c.number}. {e(c.title)}</td><td>{e(status_word(c.status, lang))}</td>"
            f"<td>{e(decision_word(c.decision, lang))}</td><td>{_learning(c.learning)}</td></tr>"
        )
    yield "</tbody></table>"


def _initiative(initiative: InitiativeSummary, lang: str, charts: Mapping[str, str]) -> Html:
    yield f'<article class="initiative" id="{anchor("i", initiative.id)}">'
    yield f"<h3>{e(initiative.name)}</h3>"
    status = term("initiative_status", initiative.status, lang)
    yield (
        f'<p class="facts">{e(t("summary.track", lang, track=initiative.track))} · '
        f"{e(t('summary.method', lang, method=method_word(initiative.method, lang)))} · "
        f"{e(status)}</p>"
    )
    yield f'<div class="aim"><p><strong>{e(t("summary.aim", lang))}:</strong> '
    yield f"{e(initiative.aim.statement)}</p>"
    gap = aim_text(initiative.aim, lang)
    if gap:
        yield f"<p>{e(gap)}</p>"
    yield "</div>"
    yield (
        f"<p>{e(counts_text(initiative.counts, lang))} · "
        f"{e(decisions_text(initiative.decisions, lang))}</p>"
    )
    yield from _cycles(initiative, lang)
    yield f"<h4>{e(t('summary.measures', lang))}</h4>"
    if not initiative.measures:
        yield f"<p>{e(t('summary.no_measures', lang))}</p>"
    for row in initiative.measures:
        yield from _measure(row, lang, charts)
    yield "</article>"


def _municipality(m: MunicipalitySummary, lang: str, charts: Mapping[str, str]) -> Html:
    yield f'<section class="municipality" id="{anchor("m", m.id)}">'
    yield f"<h2>{e(m.name)}</h2>"
    yield f"<p>{e(counts_text(m.counts, lang))} · {e(decisions_text(m.decisions, lang))}</p>"
    for initiative in m.initiatives:
        yield from _initiative(initiative, lang, charts)
    yield "</section>"


def _documentation(summary: Summary, lang: str) -> Html:
    if not summary.documentation:
        return  # no measure has the theme: the section is left out
    yield '<section class="part" id="documentation">'
    yield f"<h2>{e(t('summary.documentation', lang))}</h2>"
    yield f"<p>{e(documentation_intro(summary.documentation_aim, lang))}</p>"
    keys = ("municipality", "measure", "baseline", "centre", "latest", "signals")
    yield "<table><thead><tr>"
    yield "".join(f"<th>{e(t(f'summary.col.{k}', lang))}</th>" for k in keys)
    yield "</tr></thead><tbody>"
    for d in summary.documentation:
        row = d.measure
        signals = "<br>".join(
            _tag(s.variation, signal_class(s, lang)) + e(signal_text(s, lang, with_variation=False))
            for s in row.signals
        )
        status, note = status_text(row, lang), verdict_note(row, lang)
        said = (e(status) if status else "", signals, e(note) if note else "")
        signals = "<br>".join(text for text in said if text)
        yield (
            f"<tr><td>{e(d.municipality_name)}<br><small>{e(d.initiative_name)}</small></td>"
            f'<td><a href="#{anchor("measure", row.id)}">{e(row.name)}</a></td>'
            f'<td class="num">{e(fmt_value(row.baseline_level, row, lang))}</td>'
            f'<td class="num">{e(fmt_value(row.centre_line, row, lang))}</td>'
            f'<td class="num">{e(fmt_value(row.latest, row, lang))}</td><td>{signals}</td></tr>'
        )
    yield "</tbody></table></section>"


def _spread_item(item: SpreadItem, lang: str) -> Html:
    yield "<li>"
    yield _tag("supported" if item.supported else "none", change_verdict_word(item.evidence, lang))
    if item.adopted_in_period:
        yield _tag("new", t("summary.new_in_period", lang))
    yield (
        f"<strong>{e(item.municipality_name)}, {e(item.initiative_name)}: "
        f"{e(t('summary.col.cycle', lang))} {item.cycle} {e(item.title)}</strong> "
        f"({e(fmt_date(item.act_date, lang))})"
    )
    if item.change_idea:
        yield f"<br>{e(item.change_idea)}"
    yield "<ul>"
    for evidence in item.evidence:
        yield f"<li>{e(evidence_text(evidence, lang))}</li>"
    if not item.evidence:
        yield f"<li>{e(t('summary.evidence.none', lang))}</li>"
    yield "</ul></li>"


def _spread(summary: Summary, lang: str) -> Html:
    yield '<section class="part" id="spread">'
    yield f"<h2>{e(t('summary.spread', lang))}</h2>"
    if not summary.ready_to_spread:
        yield f"<p>{e(t('summary.no_spread', lang))}</p></section>"
        return
    yield f"<p>{e(t('summary.spread_intro', lang))}</p><ul>"
    for item in summary.ready_to_spread:
        yield from _spread_item(item, lang)
    yield "</ul></section>"


def _predictions(summary: Summary, lang: str) -> Html:
    section = summary.predictions
    if section is None:
        return
    yield '<section class="part" id="predictions">'
    yield f"<h2>{e(t('predictions.summary.heading', lang))}</h2>"
    if not section.programme.judged and not section.programme.pending:
        yield f"<p>{e(t('predictions.summary.none', lang))}</p></section>"
        return
    yield f"<p>{e(t('predictions.summary.intro', lang))}</p>"
    keys = ("municipality", "met", "judged", "share", "pending")
    yield "<table><thead><tr>"
    yield "".join(f"<th>{e(t(f'predictions.col.{k}', lang))}</th>" for k in keys)
    yield "</tr></thead><tbody>"
    for share in (*section.municipalities, section.programme):
        name = share.name or t("predictions.programme", lang)
        cells = (share.met, share.judged, percent_text(share.share, lang), share.pending)
        yield f"<tr><td>{e(name)}</td>" + "".join(f'<td class="num">{e(c)}</td>' for c in cells)
        yield "</tr>"
    yield "</tbody></table>"
    if section.biggest_misses:
        yield f"<h3>{e(t('predictions.misses_title', lang))}</h3><ul>"
        yield from (f"<li>{e(prediction_miss_text(m, lang))}</li>" for m in section.biggest_misses)
        yield f'</ul><p class="note">{e(t("predictions.summary.miss_note", lang))}</p>'
    if section.ramps:
        yield f"<h3>{e(t('predictions.ramps_title', lang))}</h3><ul>"
        yield from (f"<li>{e(prediction_ramp_text(r, lang))}</li>" for r in section.ramps)
        yield "</ul>"
    yield "</section>"


def _data_problems(problems: DataProblems, lang: str) -> Html:
    yield '<section class="part" id="data-problems">'
    yield f"<h2>{e(t('summary.data_problems', lang))}</h2>"
    if not problems.count:
        yield f"<p>{e(t('summary.no_data_problems', lang))}</p>"
    groups = [
        ("summary.stale_heading", [(s.file, stale_text(s, lang)) for s in problems.stale]),
        ("summary.stuck_heading", [(s.file, stuck_text(s, lang)) for s in problems.stuck]),
        (
            "summary.problems_heading",
            [(p.location(), f"{p.severity.value}: {p.message(lang)}") for p in problems.problems],
        ),
    ]
    for heading, items in groups:
        if not items:
            continue
        yield f"<h3>{e(t(heading, lang))}</h3><ul>"
        for where, text in items:
            yield f'<li>{e(text)}<br><span class="file">{e(where)}</span></li>'
        yield "</ul>"
    yield "</section>"


def _driver_leaf(node: InitiativeNode, lang: str) -> str:
    star = (
        '<span class="star" aria-hidden="true">★</span> '
        if node.evidence.status == IMPROVEMENT
        else ""
    )
    return f'<li class="initiative {e(node.status)}">{star}{e(initiative_label(node, lang))}</li>'


def drivers_list(diagram: DriverDiagram, lang: str) -> Html:
    """The diagram as nested lists: aim -> primary -> secondary -> change ideas -> initiatives."""
    aim = diagram.aim or t("drivers.no_aim", lang)
    yield f'<ul class="drivers"><li><strong>{e(t("drivers.aim", lang))}:</strong> {e(aim)}<ul>'
    for primary in diagram.primary:
        yield f"<li><strong>{e(primary.name)}</strong><ul>"
        for secondary in primary.secondary:
            yield f"<li>{e(secondary.name)}<ul>"
            for idea in secondary.change_ideas:
                yield f"<li><em>{e(method_label(idea.method, lang))}</em><ul>"
                yield from (_driver_leaf(node, lang) for node in idea.initiatives)
                if not idea.initiatives:
                    yield f'<li class="none">{e(t("drivers.no_initiative", lang))}</li>'
                yield "</ul></li>"
            yield "</ul></li>"
        yield "</ul></li>"
    yield "</ul></li></ul>"
    if diagram.unlinked:
        yield f"<p><strong>{e(t('drivers.unlinked', lang))}</strong></p><ul>"
        yield from (_driver_leaf(node, lang) for node in diagram.unlinked)
        yield "</ul>"


def _drivers_figure(
    diagram: DriverDiagram, lang: str, svg: str | None, note: str = "drivers.evidence_note"
) -> Html:
    """The diagram as inline SVG (its words stay text), or as nested lists without a picture."""
    if svg is None:
        yield from drivers_list(diagram, lang)
        return
    label = f"{t('drivers.title', lang)}: {diagram.programme}"
    yield f'<figure class="drivers" role="group" aria-label="{e(label)}">'
    yield inline_svg(svg, "drivers-")
    yield f"<figcaption>{e(t(note, lang))}</figcaption></figure>"


def _drivers(summary: Summary, lang: str, svg: str | None) -> Html:
    if summary.drivers is None:
        return
    yield f'<section id="drivers"><h2>{e(t("drivers.title", lang))}</h2>'
    yield from _drivers_figure(summary.drivers, lang, svg, "drivers.evidence_note.summary")
    yield "</section>"


def render_drivers_page(diagram: DriverDiagram, lang: str, svg: str) -> str:
    """`pdsa drivers --out FILE.html`: one self-contained page with the diagram as inline SVG
    and, below it, the same tree as lists."""
    title = f"{t('drivers.title', lang)}: {diagram.programme}"
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(lang)}"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title><style>{css()}</style></head><body>",
        f"<header><h1>{e(title)}</h1></header><main>",
        *_drivers_figure(diagram, lang, svg),
        *drivers_list(diagram, lang),
        "</main></body></html>",
    ]
    return "\n".join(parts) + "\n"


def render_html(
    summary: Summary,
    lang: str,
    charts: Mapping[str, str] | None = None,
    drivers_svg: str | None = None,
) -> str:
    """The report; `charts` maps a measure id to its chart as SVG text, `drivers_svg` is the
    driver diagram drawn (else it is shown as lists)."""
    svgs = charts or {}
    title = f"{t('summary.title', lang)}: {summary.programme}"
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(lang)}"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title><style>{css()}</style></head><body>",
        *_header(summary, lang),
        *_toc(summary, lang),
        "<main>",
        *_drivers(summary, lang, drivers_svg),
    ]
    for municipality in summary.municipalities:
        parts.extend(_municipality(municipality, lang, svgs))
    parts.extend(_documentation(summary, lang))
    parts.extend(_spread(summary, lang))
    parts.extend(html_parts(summary.spread, lang))
    parts.extend(_predictions(summary, lang))
    parts.extend(_data_problems(summary.data_problems, lang))
    generated = t("summary.generated", lang, date=fmt_date(summary.today, lang))
    parts += ["</main>", f"<footer>{e(generated)}</footer>", "</body></html>"]
    return "\n".join(parts) + "\n"
