"""The HTML report in a real headless Chromium: it loads with no console error and no network
request, every chart has a size, a screenshot is taken, and it prints to a plausible A4 PDF."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from tests import summary_support as ws
from tests.browser import Browser, find_chromium, pdf_pages, print_to_pdf

pytestmark = [pytest.mark.browser, pytest.mark.timeout(180)]

CHROMIUM = find_chromium()
needs_browser = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium found: install Debian's 'chromium' package (CI does so in .ci/run)",
)
CHART_SIZES = """
Array.from(document.querySelectorAll('figure.chart svg')).map(svg => {
  const box = svg.getBoundingClientRect();
  return [box.width, box.height];
})
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The HTML report of a small workspace made by the CLI, and how many charts it should hold."""
    folder = tmp_path_factory.mktemp("report")
    root = ws.small_workspace(folder / "cycles")
    out = folder / "out" / "summary.html"
    runner = CliRunner()
    base = ["--cycles", str(root), "summary", "--since", "2021-06-01"]
    done = runner.invoke(app, [*base, "--format", "html", "--out", str(out)])
    assert done.exit_code == 0, done.output
    data = json.loads(runner.invoke(app, [*base, "--format", "json"]).stdout)
    rows = [r for m in data["municipalities"] for i in m["initiatives"] for r in i["measures"]]
    return out, sum(1 for r in rows if r["analysed"])


@dataclass(frozen=True)
class Visit:
    errors: list[str]
    requests: list[str]
    title: str
    sizes: list[list[float]]
    screenshot: Path


@pytest.fixture(scope="module")
def visit(report: tuple[Path, int], tmp_path_factory: pytest.TempPathFactory) -> Visit:
    """The report opened once in Chromium, with what the page logged, fetched and drew."""
    assert CHROMIUM is not None
    html, _ = report
    folder = tmp_path_factory.mktemp("browser")
    with Browser(CHROMIUM, folder / "profile") as browser:
        page = browser.open(html.as_uri())
        return Visit(
            errors=browser.console_errors(page),
            requests=browser.requests(page),
            title=browser.evaluate("document.title", page),
            sizes=browser.evaluate(CHART_SIZES, page),
            screenshot=browser.screenshot(page, folder / "summary.png"),
        )


@needs_browser
def test_report_loads_offline_without_console_errors(
    report: tuple[Path, int], visit: Visit
) -> None:
    html, _ = report
    assert visit.errors == []
    assert visit.requests == [html.as_uri()]  # the page itself and nothing else
    assert "Testprogram" in visit.title
    shot = visit.screenshot.read_bytes()
    assert shot.startswith(b"\x89PNG") and len(shot) > 10_000


@needs_browser
def test_every_chart_renders_with_a_size(report: tuple[Path, int], visit: Visit) -> None:
    pytest.importorskip("pdsa_cli.charts", reason="the charts package (issue 5) is not merged")
    _, expected_charts = report
    assert expected_charts > 0 and len(visit.sizes) == expected_charts
    assert all(width > 100 and height > 50 for width, height in visit.sizes), visit.sizes


@needs_browser
def test_report_prints_to_a4_with_a_page_per_municipality(
    report: tuple[Path, int], tmp_path: Path
) -> None:
    html, _ = report
    assert CHROMIUM is not None
    pdf = print_to_pdf(CHROMIUM, tmp_path / "profile", html.as_uri(), tmp_path / "summary.pdf")
    pages = pdf_pages(pdf)
    # Title and contents, then each of the two municipalities and the three closing parts
    # start on a new page; no part is long enough to need more than a few pages (each chart's
    # numbers print open below it, as paper cannot unfold them).
    assert 6 <= pages <= 30, pages
    assert b"/MediaBox [0 0 594.9" in pdf.read_bytes()  # A4: 210 mm = 595 pt wide
