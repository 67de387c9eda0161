"""The renderers on summaries built by hand from a small workspace: every view says the same
things, user text is escaped, charts are linked or inlined, both languages are complete."""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from pdsa_cli.errors import Problem, Severity
from pdsa_cli.report import build_summary
from pdsa_cli.report.json_format import render_json
from pdsa_cli.report.model import DataProblems, Summary
from pdsa_cli.report.render import render_html, render_markdown, render_terminal
from pdsa_cli.report.wording import signal_text
from pdsa_cli.report.writers.html import inline_svg
from pdsa_cli.report.writers.terminal import sparkline
from tests import summary_support as ws

SVG = (
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"\n'
    '  "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'width="200pt" height="100pt" viewBox="0 0 200 100"><defs><clipPath id="p1">'
    '<rect x="0" y="0" width="200" height="100"/></clipPath></defs>'
    '<path clip-path="url(#p1)" d="M0 50 L200 50" stroke="black"/>'
    '<use xlink:href="#p1"/></svg>'
)
HOSTILE = '<script>alert("x")</script> & Co'


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> Summary:
    root = ws.small_workspace(tmp_path_factory.mktemp("ws") / "cycles")
    problem = Problem("unknown-key", Severity.WARNING, "alpha/x.yaml", 3, "plan.foo", {})
    built = build_summary(ws.load(root), today=ws.TODAY, analyse=ws.chosen_hits, problems=[problem])
    return dataclasses.replace(built, programme=HOSTILE)


def test_html_escapes_user_text_and_forbids_network(summary: Summary) -> None:
    page = render_html(summary, "en")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co" in page
    assert "default-src 'none'" in page  # the browser refuses any fetch
    assert not re.search(r'(src|href)="(https?:)?//', page)


def test_html_contents_link_to_every_section(summary: Summary) -> None:
    page = render_html(summary, "en")
    targets = re.findall(r'<a href="#([^"]+)"', page)
    ids = set(re.findall(r'\bid="([^"]+)"', page))
    assert {"m-alpha", "m-beta", "documentation", "spread", "data-problems"} <= set(targets)
    assert set(targets) <= ids
    assert page.count('<section class="municipality"') == 2
    assert "break-before: page" in page and "size: A4" in page


def test_charts_are_inlined_with_their_own_ids(summary: Summary) -> None:
    page = render_html(summary, "en", {"tilfredshed": SVG, "dok-tid": SVG})
    assert page.count('<figure class="chart"') == 2
    assert "<?xml" not in page and "<!DOCTYPE svg" not in page
    clip_ids = re.findall(r'<clipPath id="([^"]+)"', page)
    assert len(clip_ids) == len(set(clip_ids)) == 2
    for ident in clip_ids:
        assert f"url(#{ident})" in page and f'xlink:href="#{ident}"' in page


def test_inline_svg_leaves_unrelated_text_alone() -> None:
    svg = '<svg><g id="a"><text>#a and #ab</text></g><use href="#a"/></svg>'
    assert inline_svg(svg, "x-") == (
        '<svg><g id="x-a"><text>#a and #ab</text></g><use href="#x-a"/></svg>'
    )


def test_markdown_links_charts_and_escapes_tables(summary: Summary) -> None:
    text = render_markdown(summary, "en", {"tilfredshed": "summary_charts/tilfredshed.svg"})
    assert "](summary_charts/tilfredshed.svg)" in text
    assert "## Alpha Kommune" in text and "## Ready to spread" in text
    table_rows = [line for line in text.splitlines() if line.startswith("| ")]
    assert all(line.count(" | ") == table_rows[0].count(" | ") for line in table_rows[:6])


def test_json_holds_the_model_and_rendered_problems(summary: Summary) -> None:
    data = json.loads(render_json(summary, "da"))
    assert data["format"] == "pdsa-summary" and data["lang"] == "da"
    assert data["decisions"] == {"adopt": 2, "adapt": 1, "abandon": 1}
    assert data["period"]["start"] == "2021-06-01"
    problem = data["data_problems"]["problems"][0]
    assert (problem["code"], problem["line"]) == ("unknown-key", 3)
    spread = data["ready_to_spread"][0]
    assert spread["evidence"][0]["status"] == "improvement"
    assert "analyses" not in data


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_view_is_fully_worded(summary: Summary, lang: str) -> None:
    views = [
        render_terminal(summary, lang, color=False),
        render_markdown(summary, lang),
        render_html(summary, lang),
    ]
    for view in views:
        assert "summary." not in view  # no catalogue key left untranslated
        assert "Alpha Kommune" in view and "Beta Kommune" in view
    expected = "Klar til spredning" if lang == "da" else "Ready to spread"
    assert all(expected in view for view in views)


def test_terminal_without_colour_has_no_escape_codes(summary: Summary) -> None:
    assert "\x1b[" not in render_terminal(summary, "en", color=False)
    assert "\x1b[" in render_terminal(summary, "en", color=True)


def test_signal_words_name_the_rule_and_the_adoption(summary: Summary) -> None:
    row = summary.measure("tilfredshed")
    assert row is not None
    english = signal_text(row.signals[0], "en")
    assert english.startswith("improvement: 11 points in a row above the centre line")
    assert "Anhøj, longest run" in english
    assert "after the change of cycle 2 was being tested" in english
    danish = signal_text(row.signals[0], "da")
    assert "11 punkter i træk over centerlinjen" in danish and "cyklus 2" in danish


def test_an_empty_summary_still_renders(summary: Summary) -> None:
    empty = dataclasses.replace(
        summary,
        municipalities=(),
        documentation=(),
        ready_to_spread=(),
        data_problems=DataProblems(),
    )
    for view in (render_html(empty, "en"), render_markdown(empty, "en")):
        assert "No data problems found." in view and "No change has been adopted yet." in view


def test_sparkline_spans_the_range() -> None:
    assert sparkline([1, 2, 3]) == "▁▅█"
    assert sparkline([4, 4]) == "▁▁"
    assert sparkline([]) == ""
