"""Every HTML page the tool writes, checked by axe-core in a real headless Chromium against the
WCAG 2.1 A and AA rules, at a desktop width (1280 px) and at the reflow width (320 CSS px).

axe-core comes from the npm registry (`.ci/run` installs it into `.cache/axe/`, or set
PDSA_AXE to its `axe.min.js`); without it, or without Chromium, the test is skipped and says why.
The pages are those of `make demo` (seminar report, closing report, the change package's page
inside its zip) and `pdsa drivers --out FILE.html`.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from tests.browser import Browser, find_chromium
from tests.conftest import EXAMPLE, REPO

pytestmark = [pytest.mark.browser, pytest.mark.timeout(900)]

CHROMIUM = find_chromium()
AXE = Path(os.environ.get("PDSA_AXE") or REPO / ".cache/axe/node_modules/axe-core/axe.min.js")
needs_browser = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium found: install Debian's 'chromium' package (CI does so in .ci/run)",
)
needs_axe = pytest.mark.skipif(
    not AXE.is_file(),
    reason=f"no axe-core at {AXE}: `npm install --prefix .cache/axe axe-core@4` (CI does so in"
    " .ci/run), or set PDSA_AXE to an axe.min.js",
)
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = (1280, 320)
RUN = """
axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']})
  .then(r => JSON.stringify(r.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target, summary: n.failureSummary, html: n.html}))
  }))))
"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The HTML pages of `make demo` and `pdsa drivers --out`, made by the CLI."""
    out = tmp_path_factory.mktemp("axe")
    runner = CliRunner()
    base = ["--cycles", str(EXAMPLE)]
    made = {
        "summary": out / "summary.html",
        "closing": out / "closing-report.html",
        "drivers": out / "drivers.html",
    }
    for args in (
        ["summary", "--format", "html", "--out", str(made["summary"])],
        ["summary", "--final", "--out", str(made["closing"])],
        ["drivers", "--out", str(made["drivers"])],
        ["package", "hoersholm-feedbackmoeder", "--out", str(out / "package.zip")],
    ):
        done = runner.invoke(app, [*base, *args])
        assert done.exit_code == 0, done.output
    with zipfile.ZipFile(out / "package.zip") as package:
        name = next(n for n in package.namelist() if n.endswith(".html"))
        made["package"] = out / "change.html"
        made["package"].write_bytes(package.read(name))
    return made


def axe_violations(page: Path, width: int, profile: Path) -> list[dict[str, Any]]:
    """What axe-core finds on `page` shown `width` CSS px wide."""
    assert CHROMIUM is not None
    with Browser(CHROMIUM, profile) as browser:
        session = browser.open(page.as_uri(), width=width)
        browser.evaluate(AXE.read_text(encoding="utf-8"), session)
        reply = browser.send(
            "Runtime.evaluate",
            {"expression": RUN % json.dumps(TAGS), "awaitPromise": True, "returnByValue": True},
            session,
        )
        found: list[dict[str, Any]] = json.loads(reply["result"]["value"])
        return found


def readable(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['impact']}: {v['id']} - {v['help']} ({len(v['nodes'])} elements)")
        for node in v["nodes"][:5]:
            lines.append(f"    at {' '.join(map(str, node['target']))}: {node['html'][:160]}")
            lines.append("       " + " ".join(str(node["summary"]).split())[:300])
    return "\n".join(lines)


@needs_browser
@needs_axe
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ["summary", "closing", "package", "drivers"])
def test_axe_finds_no_wcag_violation(
    pages: dict[str, Path], name: str, width: int, tmp_path: Path
) -> None:
    violations = axe_violations(pages[name], width, tmp_path / "profile")
    assert violations == [], f"{name} at {width} px:\n{readable(violations)}"


WIDEST = """
(() => {
  const page = document.documentElement;
  const wider = Array.from(document.querySelectorAll('body *'))
    .filter(el => !el.closest('.scroll') && el.getBoundingClientRect().right > page.clientWidth + 1)
    .slice(0, 5).map(el => el.outerHTML.slice(0, 120));
  return {scroll: page.scrollWidth, width: page.clientWidth, wider: wider};
})()
"""


@needs_browser
@pytest.mark.parametrize("name", ["summary", "closing", "package", "drivers"])
def test_no_page_scrolls_sideways_at_320_px(
    pages: dict[str, Path], name: str, tmp_path: Path
) -> None:
    """WCAG 1.4.10: at 320 CSS px only a wide table or diagram scrolls, inside its own region."""
    assert CHROMIUM is not None
    with Browser(CHROMIUM, tmp_path / "profile") as browser:
        session = browser.open(pages[name].as_uri(), width=320)
        seen = browser.evaluate(WIDEST, session)
    assert seen["scroll"] <= seen["width"], seen


def test_every_table_has_header_cells_and_scrolls_in_a_named_region(
    pages: dict[str, Path],
) -> None:
    """Each data table's cells are headed (th with a scope), and it sits in a focusable,
    named region that scrolls on its own."""
    import re

    seen = 0
    for name, page in pages.items():
        html = page.read_text(encoding="utf-8")
        starts = [m.start() for m in re.finditer(r"<table\b", html)]
        seen += len(starts)
        for start in starts:
            table = html[start : html.index("</table>", start)]
            before = html[:start].rsplit("<", 1)[-1]
            assert re.fullmatch(
                r'div class="scroll" tabindex="0" role="region" aria-label="[^"]+">', before
            ), (name, before)
            assert '<th scope="' in table, (name, table[:200])
            assert "<th>" not in table, name
    assert seen > 10  # the closing report alone has many


PRINTED = """
(() => {
  const folds = Array.from(document.querySelectorAll('details.fold'));
  return folds.map(d => {
    const copy = d.nextElementSibling;
    const whole = d.textContent.slice(d.querySelector('summary').textContent.length);
    return {
      whole: whole,
      fold_shown: d.getClientRects().length > 0,
      printed: copy !== null && copy.getClientRects().length > 0 ? copy.innerText : '',
    };
  });
})()
"""


@needs_browser
def test_printed_learnings_are_whole(pages: dict[str, Path], tmp_path: Path) -> None:
    """On paper nothing unfolds: a learning folded on screen prints in full, once."""
    assert CHROMIUM is not None
    with Browser(CHROMIUM, tmp_path / "profile") as browser:
        session = browser.open(pages["summary"].as_uri())
        on_screen = browser.evaluate(PRINTED, session)
        browser.send("Emulation.setEmulatedMedia", {"media": "print"}, session)
        printed = browser.evaluate(PRINTED, session)
    assert printed, "the example has long learnings"
    assert all(f["fold_shown"] and not f["printed"] for f in on_screen)
    for fold in printed:
        assert not fold["fold_shown"]
        assert " ".join(fold["printed"].split()) == " ".join(fold["whole"].split())


WIDTHS_NOW = """
Array.from(document.querySelectorAll('figure.chart svg, figure.small-multiples > svg'))
  .map(svg => svg.getBoundingClientRect().width)
"""


@needs_browser
def test_charts_grow_with_the_text(pages: dict[str, Path], tmp_path: Path) -> None:
    """WCAG 1.4.4: text enlarged to 200 % (a reader's larger default font) enlarges the charts
    and the small multiples too: their sizes are in rem, not fixed pixels."""
    assert CHROMIUM is not None
    with Browser(CHROMIUM, tmp_path / "profile") as browser:
        session = browser.open(pages["closing"].as_uri(), width=1600)
        before = browser.evaluate(WIDTHS_NOW, session)
        browser.evaluate("document.documentElement.style.fontSize = '36px'", session)
        after = browser.evaluate(WIDTHS_NOW, session)
    assert len(before) == len(after) > 10
    for small, large in zip(before, after, strict=True):
        assert large >= 1.4 * small, (small, large)
