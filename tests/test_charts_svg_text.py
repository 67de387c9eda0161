"""Report charts keep their text as text: no glyph outlines, one font stack with æøå said once
per chart, and in a real browser the chart looks like the one with text drawn as paths."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest

from pdsa_cli.charts import ChartContext, chart_svg, render_chart
from tests.browser import Browser, find_chromium
from tests.charts_build import LONG_RUN, SHIFT_Y, make_analysis

SVG = "{http://www.w3.org/2000/svg}"
CHROMIUM = find_chromium()
TITLE = "Færre faldulykker på Åbo plejecenter"


def figure():  # type: ignore[no-untyped-def]
    analysis = make_analysis(SHIFT_Y, hits={1: [LONG_RUN]}, runs_signal=[True])
    context = ChartContext(title=TITLE, lang="da")
    return render_chart(analysis, context, size=(8.0, 4.8))


def outlined(chart) -> bytes:  # type: ignore[no-untyped-def]
    """The chart with its glyphs drawn as paths, as matplotlib writes it by default."""
    import io

    import matplotlib

    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": "pdsa-cli"}):
        chart.savefig(buffer, format="svg", facecolor="white")
    return buffer.getvalue()


def test_text_is_text_with_one_font_stack_and_no_glyph_outlines() -> None:
    svg = chart_svg(figure())
    root = ET.fromstring(svg)
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert TITLE in texts  # searchable, and read aloud by a screen reader
    assert not any(path.get("id", "").startswith("DejaVu") for path in root.iter(f"{SVG}path"))
    assert '<use xlink:href="#DejaVu' not in svg
    style = "".join("".join(s.itertext()) for s in root.iter(f"{SVG}style"))
    assert "text{font-family: 'DejaVu Sans', 'Arial', 'Helvetica', sans-serif}" in style
    assert all("font-family" not in (t.get("style") or "") for t in root.iter(f"{SVG}text"))


def test_text_svg_is_a_fraction_of_the_outlined_one() -> None:
    chart = figure()
    assert len(chart_svg(chart).encode()) * 2 < len(outlined(chart))


def test_markup_numbers_are_cut_to_two_decimals_and_text_is_left_alone() -> None:
    analysis = make_analysis(SHIFT_Y, hits={1: [LONG_RUN]}, runs_signal=[True])
    title = "Ventetid 3.14159 og 2,718281 minutter"  # as the user wrote it
    svg = chart_svg(render_chart(analysis, ChartContext(title=title, lang="da")))
    root = ET.fromstring(svg)
    assert title in ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    markup = re.sub(r">[^<]*<", "><", svg)
    assert re.search(r"\d\.\d{2}", markup), "coordinates are there"
    assert not re.search(r"\d\.\d{3}", markup)


def _shot(browser: Browser, page: Path, shot: Path) -> np.ndarray:
    import matplotlib.image

    session = browser.open(page.as_uri(), width=900, height=560)
    browser.screenshot(session, shot)
    return np.asarray(matplotlib.image.imread(shot))[..., :3]


@pytest.mark.browser
@pytest.mark.timeout(180)
@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium found: install Debian's 'chromium'")
def test_in_a_browser_text_svg_looks_like_the_outlined_one(tmp_path: Path) -> None:
    chart = figure()
    paths = outlined(chart).decode()
    pages = {"text": chart_svg(chart), "paths": paths[paths.index("<svg") :]}
    shots = {}
    assert CHROMIUM is not None
    with Browser(CHROMIUM, tmp_path / "profile") as browser:
        for name, svg in pages.items():
            page = tmp_path / f"{name}.html"
            page.write_text(
                f'<!doctype html><meta charset="utf-8"><body style="margin:0">{svg}</body>',
                encoding="utf-8",
            )
            shots[name] = _shot(browser, page, tmp_path / f"{name}.png")
    text, paths = shots["text"], shots["paths"]
    assert text.shape == paths.shape
    ink = (paths < 0.9).any(axis=-1)  # what is drawn at all
    assert ink.mean() > 0.02, "the page shows the chart"
    differs = (np.abs(text - paths) > 0.35).any(axis=-1)
    # Same lines, points and words in the same places: only anti-aliasing at glyph edges may
    # differ, a small fraction of the drawn pixels.
    assert differs.mean() < 0.003, differs.mean()
    assert differs.sum() < 0.05 * ink.sum()
