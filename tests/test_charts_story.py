"""A point's story and the chart in words (issue 25, items 4 and 6): every point of an SVG chart
carries a <title> with its date, value, note and the cycle then being tested, and can take the
keyboard's focus; the chart has a <title> and a <desc>; `pdsa chart x.svg` keeps its text as
text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.charts import ChartContext, CycleMarker, chart_bytes, chart_svg, render_chart
from pdsa_cli.cli.app import app
from tests.browser import Browser, find_chromium
from tests.charts_build import LONG_RUN, SHIFT_Y, make_analysis

SVG = "{http://www.w3.org/2000/svg}"
CHROMIUM = find_chromium()
FIXTURE = Path(__file__).parent / "fixtures" / "charts" / "workspace"
CYCLES = (
    # PDSA 1 tested from 1 Feb and adopted on 1 Mar; PDSA 2 tested from 15 Mar, not decided.
    CycleMarker(
        dt.date(2021, 2, 1),
        "PDSA 1",
        1,
        adopted=True,
        decided=dt.date(2021, 3, 1),
        decision="PDSA 1: indfør",
    ),
    CycleMarker(dt.date(2021, 3, 15), "PDSA 2", 2),
)


def chart() -> str:
    """Weekly from 4 Jan 2021; point 6 (8 Feb) has a note with a CPR-like number in it."""
    analysis = make_analysis(
        SHIFT_Y,
        hits={1: [LONG_RUN]},
        runs_signal=[True],
        variation=["common_cause"] * 10 + ["improvement"] * 12,
    )
    notes = [None] * len(SHIFT_Y)
    notes[5] = "Ny   vikar; borger 010203-1234 indlagt"
    notes[0] = "Første uge"
    analysis = dataclasses.replace(analysis, notes=tuple(notes))
    context = ChartContext(
        title="Dokumentationstid pr. besøg", unit="minutter", lang="da", cycles=CYCLES
    )
    return chart_svg(render_chart(analysis, context))


def points(svg: str) -> list[ET.Element]:
    root = ET.fromstring(svg)
    return [g for g in root.iter(f"{SVG}g") if g.get("class") == "point"]


def story(point: ET.Element) -> str:
    title = point.find(f"{SVG}title")
    assert title is not None and title.text
    return title.text


def test_every_point_has_a_focusable_story_with_date_value_note_and_cycle() -> None:
    found = points(chart())
    assert len(found) == len(SHIFT_Y)
    assert all(p.get("tabindex") == "0" for p in found)
    stories = [story(p) for p in found]
    assert stories[0].splitlines() == ["4. jan. 2021: 12 minutter", "Note: Første uge"]
    # 8 Feb: PDSA 1 under test (1 Feb to its adoption on 1 Mar); the note as typed, its
    # spaces tidied and the CPR-like number masked.
    sixth = stories[5].splitlines()
    assert sixth[0] == "8. feb. 2021: 12 minutter"
    assert sixth[1].startswith("Note: Ny vikar; borger ") and "010203-1234" not in sixth[1]
    assert sixth[2] == "Under afprøvning: PDSA 1"
    # 8 Mar: PDSA 1 decided a week before, PDSA 2 not begun: nothing under test.
    assert not any("afprøvning" in line for line in stories[9].splitlines())
    # 22 Mar, flagged by the long run: what it means, and the cycle then being tested.
    assert stories[11].splitlines()[1:] == [
        "Under afprøvning: PDSA 2",
        "Signal: Forbedring (Usædvanligt langt forløb på én side)",
    ]


def test_the_chart_svg_has_its_title_and_a_description_in_words() -> None:
    root = ET.fromstring(chart())
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and title.text == "Dokumentationstid pr. besøg"
    assert desc is not None and desc.text
    assert desc.text.startswith(
        "Seriediagram over Dokumentationstid pr. besøg (minutter), 4. jan. 2021 til "
        "31. maj 2021, 22 punkter. Median 17,5 minutter."
    )
    assert "12 punkter i træk over centerlinjen" in desc.text  # as the caption says them


def test_a_long_series_has_no_story_per_point_but_keeps_its_title() -> None:
    analysis = make_analysis([float(k % 7) for k in range(1000)])
    svg = chart_svg(render_chart(analysis, ChartContext(title="Lang", lang="en")))
    assert not points(svg)
    assert ET.fromstring(svg).find(f"{SVG}title") is not None


def test_a_pdf_carries_no_links_from_the_stories() -> None:
    analysis = make_analysis(SHIFT_Y)
    pdf = chart_bytes(render_chart(analysis, ChartContext(title="t", lang="en")), "pdf")
    assert b"/URI" not in pdf and b"pdsa-point" not in pdf


def test_pdsa_chart_svg_keeps_text_as_text_with_title_and_desc(tmp_path: Path) -> None:
    out = tmp_path / "chart.svg"
    result = CliRunner().invoke(
        app, ["--cycles", str(FIXTURE), "chart", "testby-rolige-besoeg", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    svg = out.read_text(encoding="utf-8")
    root = ET.fromstring(svg)
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert "Testby Kommune: Andel rolige besøg" in texts  # text, not glyph outlines
    assert '<use xlink:href="#DejaVu' not in svg
    title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
    assert title is not None and title.text == "Testby Kommune: Andel rolige besøg"
    assert desc is not None and desc.text
    assert desc.text.startswith("P-kontroldiagram over Andel rolige besøg i Testby Kommune (andel)")
    assert len(points(svg)) == 24


@pytest.mark.browser
@pytest.mark.timeout(180)
@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium found: install Debian's 'chromium'")
def test_in_a_browser_hovering_or_tabbing_to_a_point_gives_its_story(tmp_path: Path) -> None:
    page = tmp_path / "chart.html"
    page.write_text(
        f'<!doctype html><meta charset="utf-8"><body style="margin:0">{chart()}</body>',
        encoding="utf-8",
    )
    assert CHROMIUM is not None
    with Browser(CHROMIUM, tmp_path / "profile") as browser:
        session = browser.open(page.as_uri(), width=1000, height=700)
        # Hover: the mouse over the sixth point's centre.
        box = browser.evaluate(
            "(() => { const r = document.querySelectorAll('g.point')[5].getBoundingClientRect();"
            " return [r.x + r.width / 2, r.y + r.height / 2]; })()",
            session,
        )
        browser.send(
            "Input.dispatchMouseEvent",
            {"type": "mouseMoved", "x": box[0], "y": box[1]},
            session,
        )
        hovered = browser.evaluate(
            "(() => { const h = [...document.querySelectorAll(':hover')].pop();"
            " const p = h && h.closest('g.point');"
            " return p ? p.querySelector('title').textContent : null; })()",
            session,
        )
        assert hovered is not None
        assert hovered.startswith("8. feb. 2021: 12 minutter\nNote: Ny vikar")
        # Keyboard: the first Tab reaches the first point.
        for kind in ("keyDown", "keyUp"):
            browser.send(
                "Input.dispatchKeyEvent",
                {"type": kind, "key": "Tab", "code": "Tab", "windowsVirtualKeyCode": 9},
                session,
            )
        focused = browser.evaluate(
            "(() => { const a = document.activeElement;"
            " return a && a.matches('g.point') ? a.querySelector('title').textContent : null;"
            " })()",
            session,
        )
        assert focused == "4. jan. 2021: 12 minutter\nNote: Første uge"
        assert not browser.console_errors(session)
