"""Any document as terminal text (rich), at a given width, with or without colours: the only
report module that imports rich. Long text folds to one line; charts become a line of block
characters; CPR-like numbers are masked in the finished text."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.console import Console, RenderableType
from rich.rule import Rule
from rich.table import Table as RichTable
from rich.text import Text as RichText
from rich.tree import Tree

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

BARS = "▁▂▃▄▅▆▇█"
SPARK_POINTS = 16
TAG_STYLE = {
    "improvement": "bold blue",
    "concern": "bold dark_orange",
    "neutral": "bold magenta",
    "supported": "bold blue",
    "new": "magenta",
}
PARAGRAPH_STYLE = {"note": "italic yellow", "facts": "dim", "quiet": "dim"}


def sparkline(values: Sequence[float]) -> str:
    """The course of the latest values in one line of block characters."""
    if not values:
        return ""
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    return "".join(BARS[round((v - low) / span * (len(BARS) - 1))] for v in values)


def _inline(runs: Inlines, style: str = "") -> RichText:
    line = RichText(style=style)
    for run in runs:
        if isinstance(run, Tag) and len(runs) == 1:  # a label on its own: no colon after it
            line.append(run.text, style=TAG_STYLE.get(run.kind, "dim"))
        else:
            _append(line, run, style)
    return line


def _append(line: RichText, run: object, style: str) -> None:
    if isinstance(run, Text):
        line.append(run.text, style=style or None)
    elif isinstance(run, Strong):
        line.append_text(_inline(run.children, f"{style} bold".strip()))
    elif isinstance(run, Emphasis):
        line.append_text(_inline(run.children, f"{style} italic".strip()))
    elif isinstance(run, Quiet):
        line.append_text(_inline(run.children, "dim"))
    elif isinstance(run, Code):
        line.append(run.text, style="cyan")
    elif isinstance(run, Link):
        line.append_text(_inline(run.children, style))
    elif isinstance(run, Tag):
        line.append(f"{run.text}: ", style=TAG_STYLE.get(run.kind, "bold"))
    elif isinstance(run, Mark):
        line.append(f"{run.text} ", style="bold blue")
    elif isinstance(run, Fold):
        short = one_line(run.text) or ""
        line.append(short if short == run.text else f"{short} ({run.more})", style=style or None)
    else:
        assert isinstance(run, Break)
        line.append("\n")


def _hanging(bullet: str, words: RichText) -> RichTable:
    """A list item whose wrapped lines stay under its first word, not under the bullet."""
    grid = RichTable.grid()
    grid.add_column(width=len(bullet), no_wrap=True)
    grid.add_column()
    grid.add_row(bullet, words)
    return grid


def _items(items: Sequence[Item], indent: str) -> list[RenderableType]:
    parts: list[RenderableType] = []
    for item in items:
        parts.append(_hanging(f"{indent}• ", _inline(item.inlines)))
        for child in item.children:
            if isinstance(child, BulletList):
                parts += _items(child.items, indent + "  ")
            else:
                parts += _block(child)
    return parts


def _tree(items: Sequence[Item], into: Tree) -> Tree:
    for item in items:
        branch = into.add(_inline(item.inlines))
        for child in item.children:
            if isinstance(child, BulletList):
                _tree(child.items, branch)
    return into


def _table(table: Table, lined: bool = True) -> RichTable:
    """A table; a figure's data (`lined` False) as plain columns, like a legend."""
    if not lined:
        grid = RichTable(box=None, show_header=False, padding=(0, 2, 0, 4))
        for i in range(len(table.header)):
            grid.add_column(justify="right" if i in table.numeric else "left")
        for row in table.rows:
            grid.add_row(*(_inline(c) for c in row))
        return grid
    grid = RichTable(expand=True, show_header=any(table.header))
    for i, heading in enumerate(table.header):
        grid.add_column(heading, justify="right" if i in table.numeric else "left")
    for row in table.rows:
        grid.add_row(*(_inline(c) for c in row))
    return grid


def _figure(figure: Figure) -> list[RenderableType]:
    if figure.values:
        return [RichText(sparkline(figure.values[-SPARK_POINTS:]))]
    if isinstance(figure.data, Table):
        return [_table(figure.data, lined=False)]
    return _block(figure.data) if figure.data is not None else []


def _section(section: Section) -> list[RenderableType]:
    if not section.heading:
        return [part for child in section.children for part in _block(child)]
    heading = _inline(section.heading)
    if section.level <= 2:
        heading.stylize("bold")
        parts: list[RenderableType] = [Rule(heading, align="left")]
    else:
        heading.stylize("bold underline" if section.level == 3 else "bold")
        parts = [RichText("\n").append_text(heading) if section.level == 3 else heading]
    for child in section.children:
        parts += _block(child)
    return parts


def _block(block: Block) -> list[RenderableType]:
    if isinstance(block, Paragraph):
        return [_inline(block.inlines, PARAGRAPH_STYLE.get(block.role or "", ""))]
    if isinstance(block, BulletList):
        if block.role == "drivers" and len(block.items) == 1:
            root = block.items[0]
            return [_tree(_children(root), Tree(_inline(root.inlines)))]
        return _items(block.items, "  ")
    if isinstance(block, Table):
        return [_table(block)]
    if isinstance(block, Definitions):
        return [RichText(f"{k}: ", style="bold").append(v) for k, v in block.pairs]
    if isinstance(block, Figure):
        return _figure(block)
    return _section(block)


def _children(item: Item) -> list[Item]:
    return [i for child in item.children if isinstance(child, BulletList) for i in child.items]


def write_terminal(document: Document, width: int = 110, color: bool = True) -> str:
    """The text for a terminal `width` columns wide (ANSI colours when `color`)."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
    )
    console.print(RichText(document.title, style="bold"))
    for block in (*document.lead, *document.body):
        for part in _block(block):
            console.print(part)
    if document.footer:
        console.print(RichText(document.footer, style="dim"))
    lines = buffer.getvalue().splitlines()  # no padding left at the ends of lines
    return mask_cpr("".join(f"{line.rstrip()}\n" for line in lines))
