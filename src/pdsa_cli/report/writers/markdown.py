"""Any document as Markdown: charts as linked images (the files are written by the caller).

The one Markdown escape lives here: what people typed reads as the same plain words and can
carry no markup of its own (no raw HTML, no link, no emphasis, no heading or list of its
own); CPR-like numbers are masked in the finished text."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Mapping

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
    Link,
    Mark,
    Paragraph,
    Quiet,
    Strong,
    Table,
    Tag,
    Text,
)
from pdsa_cli.workspace.cpr import mask_cpr

Lines = Iterator[str]
# Characters that start Markdown markup inline: emphasis, code, links and images, tables.
_MARKUP = re.compile(r"([\\`*_\[\]|~])")
# What starts a block at the beginning of a line: a heading, a quote, a list, a rule (a number
# starts a list only with a space after its dot: "5.50 minutter" does not).
_LINE_START = re.compile(r"^(#|>|[-+=]|\d+[.)](?=\s|$))")


def cell(words: object) -> str:
    """One line of plain text anywhere (a table cell, a heading, a list item): no raw HTML
    (`<script>`), no link (`[x](javascript:...)`, `<javascript:>`), no emphasis or code."""
    if words is None or words == "":
        return ""
    flat = html.escape(" ".join(str(words).split()), quote=False)
    return _MARKUP.sub(r"\\\1", flat)


def block(words: str) -> str:
    """Several lines of plain text (a learning, a plan), line breaks kept, each line as safe
    as a cell and unable to start a heading, quote or list of its own."""
    lines = (cell(line) for line in words.splitlines())
    return "  \n".join(_LINE_START.sub(r"\\\1", line) for line in lines if line)


def _inline(runs: Inlines, newline: str = " ") -> str:
    """The runs on one line; a line break as `newline` (a hard break where one can stand),
    the text after it unable to start a heading, quote or list of its own."""
    out = []
    for i, run in enumerate(runs):
        words = _run(run, newline, alone=len(runs) == 1)
        if i and isinstance(runs[i - 1], Break) and "\n" in newline:
            words = _LINE_START.sub(r"\\\1", words)
        out.append(words)
    return "".join(out)


def _run(run: object, newline: str, alone: bool = False) -> str:
    if isinstance(run, Text):
        return _spaced(run.text, cell(run.text))
    if isinstance(run, Strong):
        return f"**{_inline(run.children, newline)}**"
    if isinstance(run, Emphasis):
        return f"*{_inline(run.children, newline)}*"
    if isinstance(run, Quiet):
        return _inline(run.children, newline)
    if isinstance(run, Code):
        # A code span shows its text as it is (markup included); no backtick may end it
        # early, and a bar is escaped so that it cannot end a table's cell.
        return "`" + run.text.replace("`", "").replace("|", "\\|") + "`"
    if isinstance(run, Link):
        return _inline(run.children, newline)
    if isinstance(run, Tag):
        return cell(run.text) if alone else f"{cell(run.text)}: "
    if isinstance(run, Mark):
        return f"{run.text} "
    if isinstance(run, Fold):
        return cell(run.text)
    assert isinstance(run, Break)
    return newline


def _spaced(words: str, escaped: str) -> str:
    """The escaped words with the space around them kept (runs join into one line)."""
    if not escaped:
        return " " if words[:1].isspace() else ""
    before = " " if words[:1].isspace() else ""
    after = " " if words[-1:].isspace() else ""
    return f"{before}{escaped}{after}"


def _paragraph(runs: Inlines) -> str:
    """A paragraph's words, unable to start a heading, quote or list of their own."""
    return _LINE_START.sub(r"\\\1", _inline(runs, "  \n"))


def _list(items: BulletList, indent: str, charts: Mapping[str, str]) -> Lines:
    for item in items.items:
        hard_break = "  \n" + indent + "  "
        yield f"{indent}- {_inline(item.inlines, hard_break)}"
        for child in item.children:
            if isinstance(child, BulletList):
                yield from _list(child, indent + "  ", charts)
            else:
                yield from (f"{indent}  {line}" if line else "" for line in _block(child, charts))


def _table(table: Table) -> Lines:
    yield "| " + " | ".join(cell(h) for h in table.header) + " |"
    yield "|" + "---|" * len(table.header)
    for row in table.rows:
        yield "| " + " | ".join(_inline(c) for c in row) + " |"
    yield ""


def _figure(figure: Figure, charts: Mapping[str, str]) -> Lines:
    if figure.ref is not None and figure.ref in charts:
        yield f"![{cell(figure.label)}]({charts[figure.ref]})"
        yield ""
    elif figure.data is not None:
        yield from _block(figure.data, charts)


def _block(item: Block, charts: Mapping[str, str]) -> Lines:
    if isinstance(item, Paragraph):
        yield f"> {_inline(item.inlines)}" if item.role == "note" else _paragraph(item.inlines)
        yield ""
    elif isinstance(item, BulletList):
        yield from _list(item, "", charts)
        yield ""
    elif isinstance(item, Table):
        yield from _table(item)
    elif isinstance(item, Definitions):
        yield from (f"- **{cell(k)}:** {block(v)}" for k, v in item.pairs)
        yield ""
    elif isinstance(item, Figure):
        yield from _figure(item, charts)
    else:
        if item.heading:
            yield f"{'#' * min(item.level, 6)} {_inline(item.heading)}"
            yield ""
        for child in item.children:
            yield from _block(child, charts)


def write_markdown(document: Document, charts: Mapping[str, str] | None = None) -> str:
    """The text; `charts` maps a figure's `ref` to the relative path of its image."""
    links = charts or {}
    lines = [f"# {cell(document.title)}", ""]
    for item in (*document.lead, *document.body):
        lines.extend(_block(item, links))
    if document.footer:
        lines += ["---", cell(document.footer)]
    return mask_cpr("\n".join(lines).rstrip() + "\n")
