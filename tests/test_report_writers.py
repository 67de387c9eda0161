"""The writers on hand-built documents: any document, whatever report built it, is escaped,
masked, given anchors and contents, folded and laid out by the one writer of its format."""

from __future__ import annotations

import re

import pytest

from pdsa_cli.report.document import (
    Break,
    BulletList,
    Code,
    Definitions,
    Document,
    Emphasis,
    Figure,
    Fold,
    Item,
    Link,
    Mark,
    Paragraph,
    Quiet,
    Section,
    Strong,
    Table,
    Tag,
    cells,
    text,
)
from pdsa_cli.report.writers.html import write_html
from pdsa_cli.report.writers.markdown import write_markdown
from pdsa_cli.report.writers.terminal import write_terminal

HOSTILE = "<script>x</script> [klik](javascript:alert(1)) **fed** `kode` a|b"
CPR = "borger 010190-1234"
LONG = "Vi lærte meget. " * 20


def _document(words: str) -> Document:
    """Every kind of block and run, each holding `words`."""
    return Document(
        "summary",
        "da",
        words,
        words,
        (Paragraph(text(words), role="lead"), Paragraph(text(words), role="note")),
        (
            Section(
                text(words),
                (
                    Paragraph(
                        (
                            Strong(text(words)),
                            Emphasis(text(words)),
                            Quiet(text(words)),
                            Code(words),
                            Link(text(words), "m-x"),
                            Tag("improvement", words),
                            Break(),
                            *text(words),
                        )
                    ),
                    BulletList((Item(text(words), (BulletList((Item(text(words)),)),)),)),
                    Table((words, words), (cells(words, words),)),
                    Definitions(((words, f"{words}\n{words}"),)),
                    Figure(words, data=Table((words,), (cells(words),))),
                    Section(text(words), (Paragraph(text(words)),), level=3, ident="m-x"),
                ),
                ident="part",
                contents=True,
            ),
        ),
        footer=words,
        contents="Indhold",
    )


WRITERS = {
    "html": lambda d: write_html(d),
    "markdown": lambda d: write_markdown(d),
    "terminal": lambda d: write_terminal(d, 100, False),
    "terminal-colour": lambda d: write_terminal(d, 100, True),
}


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_every_writer_masks_cpr_like_numbers_everywhere(name: str) -> None:
    written = WRITERS[name](_document(CPR))
    assert "010190-1234" not in written
    assert "010190-XXXX" in written


def test_html_escapes_every_piece_of_text() -> None:
    page = write_html(_document(HOSTILE))
    assert "<script>" not in page
    assert page.count("&lt;script&gt;x&lt;/script&gt;") >= 15


def test_markdown_lets_no_text_carry_markup() -> None:
    page = write_markdown(_document(HOSTILE))
    code = "`<script>x</script> [klik](javascript:alert(1)) **fed** kode a\\|b`"
    assert code in page  # a code span shows its text as it is: no markup in it
    page = page.replace(code, "")
    assert re.search(r"<\s*script", page) is None
    assert re.search(r"(?<!\\)\]\(javascript:", page) is None
    assert "**fed**" not in page.replace("\\*\\*fed\\*\\*", "")
    bars = [line.count("|") - line.count("\\|") for line in page.splitlines() if line[:1] == "|"]
    assert bars == [3, 3, 3, 2, 2, 2]  # two tables (two columns, one): no cell split by a "|"


def test_markdown_text_after_a_line_break_starts_no_heading_or_list() -> None:
    doc = Document("x", "da", "t", "t", (), (Paragraph((*text("a"), Break(), *text("# b"))),))
    assert "\n\\# b" in write_markdown(doc)


def test_html_contents_list_the_parts_and_anchors_are_safe() -> None:
    doc = Document(
        "x",
        "da",
        "t",
        "t",
        (),
        (
            Section(text("Hørsholm"), (), ident="m-Hørsholm Kommune", contents=True),
            Section(text("Ikke med"), (), ident="aside"),
        ),
        contents="Indhold",
    )
    page = write_html(doc)
    nav = page[page.index("<nav") : page.index("</nav>")]
    assert '<a href="#m-h-rsholm-kommune">Hørsholm</a>' in nav
    assert "Ikke med" not in nav
    assert '<section id="m-h-rsholm-kommune">' in page


def test_long_text_folds_where_the_view_is_narrow() -> None:
    doc = Document("x", "da", "t", "t", (), (Paragraph((Fold(LONG, "se cyklus 3"),)),))
    terminal = write_terminal(doc, 200, False)
    assert "…" in terminal and "(se cyklus 3)" in terminal and LONG.strip() not in terminal
    assert '<details class="fold"><summary>' in write_html(doc)
    assert LONG.strip() in write_markdown(doc)  # a file keeps every word


def test_a_figure_is_drawn_where_it_can_be_else_its_data() -> None:
    table = Table(("Kommune", "Seneste"), (cells("Allerød", "7,2"),))
    figure = Figure("Diagram over tid", ref="tid", data=table, values=(1.0, 2.0, 3.0))
    doc = Document("x", "da", "t", "t", (), (figure,))
    drawn = write_html(doc, {"tid": '<svg id="a"><use href="#a"/></svg>'})
    # a figure, not an image: the chart's own words (title, description, points) stay readable
    assert '<figure class="chart" aria-label="Diagram over tid">' in drawn
    assert 'role="img"' not in drawn
    assert '<svg id="c-tid-a"><use href="#c-tid-a"/></svg>' in drawn  # its ids made its own
    assert "<td>Allerød</td>" in write_html(doc)  # not drawn: its data
    assert "![Diagram over tid](charts/tid.svg)" in write_markdown(doc, {"tid": "charts/tid.svg"})
    assert "| Allerød | 7,2 |" in write_markdown(doc)
    assert "▁▅█" in write_terminal(doc, 80, False)


def test_a_mark_is_hidden_from_screen_readers() -> None:
    doc = Document("x", "da", "t", "t", (), (Paragraph((Mark("star", "★"), *text("bedre"))),))
    assert '<span class="star" aria-hidden="true">★</span> bedre' in write_html(doc)
    assert "★ bedre" in write_markdown(doc)


def test_the_terminal_keeps_to_its_width() -> None:
    written = write_terminal(_document(LONG), 60, False)
    assert max(len(line) for line in written.splitlines()) <= 60


def test_markdown_leaves_a_plain_number_unescaped() -> None:
    doc = Document(
        "x",
        "da",
        "t",
        "t",
        (),
        (Definitions((("Mål", "5.50 minutter\n1. gang\n83,3 %"),)),),
    )
    page = write_markdown(doc)
    assert "- **Mål:** 5.50 minutter  \n\\1. gang  \n83,3 %" in page
