"""A report as a document: a small tree of plain blocks that a builder fills and a writer
(:mod:`pdsa_cli.report.writers`) turns into terminal text, Markdown or HTML.

As in pandoc and docutils, the content knows nothing of formats: a builder decides what is
said, in which order and in which words (from the i18n catalogue); a writer decides how it
looks, and alone escapes, masks CPR-like numbers, makes anchors and a table of contents, folds
long text and keeps to a width. Blocks carry a `role` (like a pandoc Div's class: "note",
"facts", "measure") that a writer may style; it never changes what is said.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeAlias

# -- inline runs --------------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """Words; `lang` when they are in another language than the report's (what a team wrote in
    its Danish workspace, shown in an English report), so a screen reader says them right."""

    text: str
    lang: str | None = None


@dataclass(frozen=True)
class Strong:
    children: Inlines


@dataclass(frozen=True)
class Emphasis:
    children: Inlines


@dataclass(frozen=True)
class Quiet:
    """Secondary words beside the main ones (a family, a file): small or dim."""

    children: Inlines


@dataclass(frozen=True)
class Code:
    text: str


@dataclass(frozen=True)
class Link:
    """A link to a part of the same document (`target` is a section's or block's id)."""

    children: Inlines
    target: str


@dataclass(frozen=True)
class Tag:
    """A label of a kind (a signal's class: improvement, concern; supported, new)."""

    kind: str
    text: str


@dataclass(frozen=True)
class Mark:
    """A symbol that repeats what the words beside it say (★ for an improvement): a screen
    reader skips it."""

    kind: str
    text: str


@dataclass(frozen=True)
class Fold:
    """Long text that a narrow view shortens to one line, saying where the rest is (`more`)."""

    text: str
    more: str
    lang: str | None = None  # as for Text


@dataclass(frozen=True)
class Break:
    """A line break inside a paragraph or cell."""


Inline: TypeAlias = Text | Strong | Emphasis | Quiet | Code | Link | Tag | Mark | Fold | Break
Inlines: TypeAlias = tuple[Inline, ...]


def text(*parts: str | Inline) -> Inlines:
    """Inline runs from plain strings and runs (a string is a :class:`Text`)."""
    return tuple(Text(p) if isinstance(p, str) else p for p in parts)


def written(words: str, source: str, lang: str) -> Text:
    """What a team wrote (a name, an aim, a learning), in its workspace's language `source`,
    shown in a report in `lang`: marked with its language when the two differ."""
    return Text(words, source if source != lang else None)


def cells(*parts: str) -> tuple[Inlines, ...]:
    """A table row of plain cells."""
    return tuple(text(p) for p in parts)


# -- blocks -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Paragraph:
    inlines: Inlines
    role: str | None = None


@dataclass(frozen=True)
class Item:
    inlines: Inlines
    children: Blocks = ()
    role: str | None = None


@dataclass(frozen=True)
class BulletList:
    items: tuple[Item, ...]
    role: str | None = None


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[Inlines, ...], ...]
    numeric: tuple[int, ...] = ()  # the columns of numbers (aligned right)
    label: str | None = None  # what the table is about (else its header names it)


@dataclass(frozen=True)
class Definitions:
    """Terms and what each is (a plan's who, what, where); a description may hold lines."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Figure:
    """A chart: drawn (`svg`, or the chart the writer is given for `ref`), else its data.

    `label` is its name; `description` what it shows in words (type, measure, period, centre
    line, signals, verdict); `data` the same content as a table, which a drawn chart keeps for
    the reader to open; `values` the latest values, which a text view draws as a line of block
    characters."""

    label: str
    ref: str | None = None
    svg: str | None = None
    data: Block | None = None
    values: tuple[float, ...] = ()
    role: str = "chart"
    description: str | None = None
    data_label: str | None = None  # what opens the data of a drawn chart


@dataclass(frozen=True)
class Section:
    """A heading and what belongs under it; `ident` is its anchor, `level` 1 is the title."""

    heading: Inlines  # () for a group of blocks without a heading of its own
    children: Blocks
    level: int = 2
    ident: str | None = None
    role: str | None = None
    contents: bool = False  # listed in the table of contents


Block: TypeAlias = Paragraph | BulletList | Table | Definitions | Figure | Section
Blocks: TypeAlias = tuple[Block, ...]


@dataclass(frozen=True)
class Document:
    """A whole report: its title, the lines under the title, the body and a closing line.

    `kind` names the report (summary, final, package, drivers) for the writers' styles."""

    kind: str
    lang: str
    title: str
    page_title: str  # what a browser's tab shows
    lead: Blocks
    body: Blocks
    footer: str | None = None
    contents: str | None = None  # the heading of a table of contents (None: no contents)


def map_figures(blocks: Blocks, change: Callable[[Figure], Figure]) -> Blocks:
    """The blocks with every figure, however deep, replaced by `change(figure)`."""

    def block(b: Block) -> Block:
        if isinstance(b, Figure):
            return change(b)
        if isinstance(b, Section):
            return replace(b, children=map_figures(b.children, change))
        if isinstance(b, BulletList):
            return replace(b, items=tuple(item(i) for i in b.items))
        return b

    def item(i: Item) -> Item:
        return replace(i, children=map_figures(i.children, change)) if i.children else i

    return tuple(block(b) for b in blocks)


LEARNING_CHARS = 160  # how much of a long text a narrow view shows on one line


def one_line(words: str | None, limit: int = LEARNING_CHARS) -> str | None:
    """Text folded onto one line and cut at a word boundary with an ellipsis."""
    if not words:
        return None
    line = " ".join(words.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + "…"
