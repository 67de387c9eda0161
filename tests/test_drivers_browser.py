"""The driver diagram in a real headless Chromium: `pdsa drivers --out FILE.html` and the summary's
inline diagram load offline without console errors, the SVG has a size, and its words are live
text (selectable, searchable) drawn with a font that has æ, ø and å."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from pdsa_cli.loader import load_workspace
from tests.browser import Browser, find_chromium
from tests.conftest import EXAMPLE
from tests.test_drivers import small

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

CHROMIUM = find_chromium()
needs_browser = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium found: install Debian's 'chromium' package (CI does so in .ci/run)",
)
# What the page shows of the diagram: the SVG's size, its words, and how wide the browser drew
# the words with Danish letters (zero if no font had them).
LOOK = """
(() => {
  const svg = document.querySelector('figure.drivers svg');
  const box = svg.getBoundingClientRect();
  const texts = Array.from(svg.querySelectorAll('text'));
  const danish = texts.filter(t => /[æøåÆØÅ]/.test(t.textContent));
  return {
    size: [box.width, box.height],
    words: texts.map(t => t.textContent).join(' '),
    danish: danish.length,
    narrowest: Math.min(...danish.map(t => t.getBBox().width)),
    found: window.find('Marte Meo i morgenplejen'),
  };
})()
"""


def _look(html: Path, profile: Path) -> tuple[dict[str, Any], list[str], list[str]]:
    assert CHROMIUM is not None
    with Browser(CHROMIUM, profile) as browser:
        page = browser.open(html.as_uri())
        seen = browser.evaluate(LOOK, page)
        return seen, browser.console_errors(page), browser.requests(page)


@needs_browser
def test_the_drivers_page_shows_the_diagram_as_live_text(tmp_path: Path) -> None:
    html = tmp_path / "drivers.html"
    done = CliRunner().invoke(app, ["--cycles", str(EXAMPLE), "drivers", "--out", str(html)])
    assert done.exit_code == 0, done.output
    seen, errors, requests = _look(html, tmp_path / "profile")
    assert errors == []
    assert requests == [html.as_uri()]  # the page itself and nothing else
    width, height = seen["size"]
    assert width > 600 and height > 300, seen["size"]
    ws = load_workspace(EXAMPLE).workspace
    assert ws.programme is not None
    words = " ".join(seen["words"].split())
    for driver in ws.programme.model.drivers:
        for name in (driver.name, *(s.name for s in driver.secondary)):
            assert " ".join(name.split()) in words, name
    assert seen["danish"] > 10 and seen["narrowest"] > 5  # æ, ø and å drawn, not dropped
    assert seen["found"] is True  # the browser's own search finds an initiative's name


@needs_browser
def test_the_summary_draws_the_diagram_near_the_top(tmp_path: Path) -> None:
    root = small(tmp_path)
    html = tmp_path / "summary.html"
    base = ["--cycles", str(root), "summary", "--since", "2021-01-01"]
    done = CliRunner().invoke(app, [*base, "--format", "html", "--out", str(html)])
    assert done.exit_code == 0, done.output
    seen, errors, requests = _look(html, tmp_path / "profile")
    assert errors == [] and requests == [html.as_uri()]
    assert seen["size"][0] > 300, seen
    assert "Mindre unødig dokumentation" in seen["words"]
    data = json.loads(CliRunner().invoke(app, [*base, "--format", "json"]).stdout)
    assert data["drivers"]["aim"] in " ".join(seen["words"].split())
