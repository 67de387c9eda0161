"""Any document as one self-contained HTML page: CSS and SVG charts inline, no network at all
(a Content-Security-Policy forbids any fetch), a table of contents, A4 print. Every piece of
text is escaped here, and CPR-like numbers masked in the finished page."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from html import escape
from importlib.resources import files

from pdsa_cli.report.document import (
    Block,
    Break,
    BulletList,
    Code,
    Definitions,
    Document,
    Emphasis,
    Figure,
    Fold,
    Inlines,
    Item,
    Link,
    Mark,
    Paragraph,
    Quiet,
    Section,
    Strong,
    Table,
    Tag,
    Text,
    one_line,
)
from pdsa_cli.workspace.cpr import mask_cpr

Html = Iterator[str]
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
_PROLOGUE = re.compile(r"<\?xml.*?\?>|<!DOCTYPE.*?>|<metadata>.*?</metadata>", re.S)
# matplotlib writes each attribute after a space: a literal start lets the scan skip ahead
# (`\b` made a 28 MB national report's charts cost seconds here).
_ID = re.compile(r' id="([^"]+)"')
# An id, or a reference to one: url(#name) in attributes and styles, href="#name".
_REFERENCE = re.compile(r'( id="|url\(#|href="#)([^")]+)([")])')
# The element a section of a role is written as (else <section>).
ELEMENTS = {
    "initiative": "article",
    "measure": "div",
    "step": "div",
    "final": "div",
    "aim": "div",
}
EXTRA_CSS = {
    "final": """
section.part { break-before: auto; page-break-before: auto; }
@media print { section#municipalities, section#spread-across { break-before: page; } }
figure.small-multiples { display: flex; flex-wrap: wrap; gap: 0.5rem; }
figure.small-multiples > svg { width: 12.25rem; max-width: 100%; height: auto; }
figure.small-multiples > figcaption { flex-basis: 100%; }
""",
    "package": """
section.part { break-before: auto; page-break-before: auto; }
.final { border-left: 4px solid #1f6f43; padding: 0.2rem 0 0.2rem 0.8rem; }
.step { break-inside: avoid; page-break-inside: avoid; margin-bottom: 1rem; }
dl.plan dt { font-weight: 600; } dl.plan dd { margin: 0 0 0.4rem 1rem; }
@media print { section.part { break-before: auto; } figure.chart { break-inside: avoid; } }
""",
}


def css() -> str:
    return files("pdsa_cli.report").joinpath("report.css").read_text(encoding="utf-8")


def e(words: object) -> str:
    return escape(str(words), quote=True)


def anchor(ident: str) -> str:
    """An id attribute value that is safe whatever the folder name."""
    return re.sub(r"[^a-z0-9-]", "-", ident.lower())


def chart_prefix(ref: str) -> str:
    """What a chart prefixes its ids with inside the page."""
    return anchor(f"c-{ref}") + "-"


def inline_svg(svg: str, prefix: str) -> str:
    """An SVG document made fit to sit inside HTML beside others: no XML prologue, and its ids
    (clip paths, glyphs) and the references to them prefixed, so two charts never share one."""
    body = _PROLOGUE.sub("", svg).strip()
    ids = set(_ID.findall(body))

    def renamed(match: re.Match[str]) -> str:
        head, name, tail = match.groups()
        return f"{head}{prefix}{name}{tail}" if name in ids else match[0]

    return _REFERENCE.sub(renamed, body)


def _inline(runs: Inlines) -> str:
    return "".join(_run(run) for run in runs)


def _run(run: object) -> str:
    if isinstance(run, Text):
        return f'<span lang="{e(run.lang)}">{e(run.text)}</span>' if run.lang else e(run.text)
    if isinstance(run, Strong):
        return f"<strong>{_inline(run.children)}</strong>"
    if isinstance(run, Emphasis):
        return f"<em>{_inline(run.children)}</em>"
    if isinstance(run, Quiet):
        return f"<small>{_inline(run.children)}</small>"
    if isinstance(run, Code):
        return f"<code>{e(run.text)}</code>"
    if isinstance(run, Link):
        return f'<a href="#{anchor(run.target)}">{_inline(run.children)}</a>'
    if isinstance(run, Tag):
        return f'<span class="tag {e(run.kind)}">{e(run.text)}</span>'
    if isinstance(run, Mark):
        return f'<span class="{e(run.kind)}" aria-hidden="true">{e(run.text)}</span> '
    if isinstance(run, Fold):
        short = one_line(run.text)
        lang = f' lang="{e(run.lang)}"' if run.lang else ""
        if not run.text or short == run.text:
            return f"<span{lang}>{e(run.text)}</span>" if lang else e(run.text)
        # paper cannot unfold: print shows the whole text instead (CSS), a screen the fold
        return (
            f'<details class="fold"{lang}><summary>{e(short)}</summary>{e(run.text)}</details>'
            f'<span class="print-only"{lang}>{e(run.text)}</span>'
        )
    assert isinstance(run, Break)
    return "<br>"


def _class(role: str | None) -> str:
    return f' class="{e(role)}"' if role else ""


def _item(item: Item, charts: Mapping[str, str]) -> Html:
    if not item.children:
        yield f"<li{_class(item.role)}>{_inline(item.inlines)}</li>"
        return
    yield f"<li{_class(item.role)}>"
    yield _inline(item.inlines)
    for block in item.children:
        yield from _block(block, charts)
    yield "</li>"


def _table(table: Table) -> Html:
    """A table in its own scroll box (a focusable, named region: a wide table scrolls there, not
    the page); header cells say what they head (a table without a header row heads each row
    with its first cell)."""
    name = table.label or ", ".join(h for h in table.header if h)
    yield f'<div class="scroll" tabindex="0" role="region" aria-label="{e(name)}"><table>'
    headed = any(table.header)
    if headed:
        heads = "".join(f'<th scope="col">{e(h)}</th>' for h in table.header)
        yield f"<thead><tr>{heads}</tr></thead>"
    yield "<tbody>"
    for row in table.rows:
        cells = []
        for i, c in enumerate(row):
            if i == 0 and not headed:
                cells.append(f'<th scope="row">{_inline(c)}</th>')
            elif i in table.numeric:
                cells.append(f'<td class="num">{_inline(c)}</td>')
            else:
                cells.append(f"<td>{_inline(c)}</td>")
        yield "<tr>" + "".join(cells) + "</tr>"
    yield "</tbody></table></div>"


def _figure(figure: Figure, charts: Mapping[str, str]) -> Html:
    if figure.svg is not None:
        picture = figure.svg
    elif figure.ref is not None and figure.ref in charts:
        picture = inline_svg(charts[figure.ref], chart_prefix(figure.ref))
    else:
        if figure.description:
            yield f'<p class="chart-desc">{e(figure.description)}</p>'
        if figure.data is not None:
            yield from _block(figure.data, charts)
        return
    label = e(figure.label)
    if figure.role == "drivers":  # drawn wider than a phone: it scrolls in its own region
        yield f'<figure class="drivers" aria-label="{label}">'
        yield f'<div class="scroll" tabindex="0" role="region" aria-label="{label}">'
        yield picture
        yield "</div></figure>"
        return
    # a figure, not an image: the chart's own words stay readable, and it is described in
    # words beside it, with its numbers in a table the reader can open (printed open)
    ident = anchor(f"d-{figure.ref or figure.label}")
    described = f' aria-describedby="{ident}"' if figure.description else ""
    yield f'<figure class="{e(figure.role)}" aria-label="{label}"{described}>'
    yield picture
    if figure.description or (figure.data is not None and figure.data_label):
        yield "<figcaption>"
        if figure.description:
            yield f'<p class="chart-desc" id="{ident}">{e(figure.description)}</p>'
        if figure.data is not None and figure.data_label:
            yield f'<details class="chart-data"><summary>{e(figure.data_label)}</summary>'
            yield from _block(figure.data, charts)
            yield "</details>"
        yield "</figcaption>"
    yield "</figure>"


def _section(section: Section, charts: Mapping[str, str]) -> Html:
    level = min(section.level, 6)
    ident = f' id="{anchor(section.ident)}"' if section.ident else ""
    heading = f"<h{level}>{_inline(section.heading)}</h{level}>" if section.heading else ""
    if section.role is None and level > 2:  # a heading within a part, not a part of its own
        yield f"<h{level}{ident}>{_inline(section.heading)}</h{level}>"
        for block in section.children:
            yield from _block(block, charts)
        return
    element = ELEMENTS.get(section.role or "", "section")
    yield f"<{element}{_class(section.role)}{ident}>{heading}"
    for block in section.children:
        yield from _block(block, charts)
    yield f"</{element}>"


def _block(block: Block, charts: Mapping[str, str]) -> Html:
    if isinstance(block, Paragraph):
        yield f"<p{_class(block.role)}>{_inline(block.inlines)}</p>"
    elif isinstance(block, BulletList):
        yield f"<ul{_class(block.role)}>"
        for item in block.items:
            yield from _item(item, charts)
        yield "</ul>"
    elif isinstance(block, Table):
        yield from _table(block)
    elif isinstance(block, Definitions):
        pairs = "".join(
            f"<dt>{e(k)}</dt><dd>{e(v).replace(chr(10), '<br>')}</dd>" for k, v in block.pairs
        )
        yield f'<dl class="plan">{pairs}</dl>'
    elif isinstance(block, Figure):
        yield from _figure(block, charts)
    else:
        yield from _section(block, charts)


def _contents(document: Document) -> Html:
    if document.contents is None:
        return
    yield f'<nav class="toc" aria-label="{e(document.contents)}">'
    yield f"<h2>{e(document.contents)}</h2><ol>"
    for block in document.body:
        if isinstance(block, Section) and block.contents and block.ident:
            yield f'<li><a href="#{anchor(block.ident)}">{_inline(block.heading)}</a></li>'
    yield "</ol></nav>"


def write_html(document: Document, charts: Mapping[str, str] | None = None) -> str:
    """The page; `charts` maps a figure's `ref` to its chart as SVG text."""
    drawn = charts or {}
    lang = document.lang
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(lang)}"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(document.page_title)}</title>"
        f"<style>{css()}{EXTRA_CSS.get(document.kind, '')}</style></head><body>",
        "<header>",
        f"<h1>{e(document.title)}</h1>",
    ]
    for block in document.lead:
        parts.extend(_block(block, drawn))
    parts.append("</header>")
    parts.extend(_contents(document))
    parts.append("<main>")
    for block in document.body:
        parts.extend(_block(block, drawn))
    parts.append("</main>")
    if document.footer:
        parts.append(f"<footer>{e(document.footer)}</footer>")
    parts.append("</body></html>")
    return mask_cpr("\n".join(parts) + "\n")
