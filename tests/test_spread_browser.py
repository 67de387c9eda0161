"""The change package's page and the closing report in a real headless Chromium: they load with
no console error and no request beyond the file itself, every section is there, every chart has
a size, and they print to A4."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from tests.browser import Browser, find_chromium, pdf_pages, print_to_pdf

pytestmark = [pytest.mark.browser, pytest.mark.timeout(240)]

EXAMPLE = Path(__file__).resolve().parent.parent / "cycles"
CHROMIUM = find_chromium()
needs_browser = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium found: install Debian's 'chromium' package (CI does so in .ci/run)",
)
SECTION_IDS = "Array.from(document.querySelectorAll('section.part')).map(s => s.id)"
SVG_SIZES = """
Array.from(document.querySelectorAll('figure svg')).map(svg => {
  const box = svg.getBoundingClientRect();
  return [box.width, box.height];
})
"""
PACKAGE_SECTIONS = [
    "final",
    "aim",
    "ramp",
    "measures",
    "results",
    "predictions",
    "pitfalls",
    "contact",
]
FINAL_SECTIONS = [
    "overview",
    "municipalities",
    "documentation",
    "spread-across",
    "predictions",
    "completeness",
    "packages",
]


@pytest.fixture(scope="module")
def package_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("package")
    out = folder / "feedback.zip"
    done = CliRunner().invoke(
        app, ["--cycles", str(EXAMPLE), "package", "hoersholm-feedbackmoeder", "--out", str(out)]
    )
    assert done.exit_code == 0, done.output
    with zipfile.ZipFile(out) as archive:
        archive.extract("change.html", folder)
    return folder / "change.html"


@pytest.fixture(scope="module")
def final_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("final") / "closing.html"
    done = CliRunner().invoke(
        app, ["--cycles", str(EXAMPLE), "summary", "--final", "--out", str(out)]
    )
    assert done.exit_code == 0, done.output
    return out


def _visit(
    page_file: Path, folder: Path
) -> tuple[list[str], list[str], list[str], list[list[float]]]:
    assert CHROMIUM is not None
    with Browser(CHROMIUM, folder / "profile") as browser:
        page = browser.open(page_file.as_uri())
        shot = browser.screenshot(page, folder / "page.png")
        assert shot.read_bytes().startswith(b"\x89PNG")
        return (
            browser.console_errors(page),
            browser.requests(page),
            browser.evaluate(SECTION_IDS, page),
            browser.evaluate(SVG_SIZES, page),
        )


@needs_browser
@pytest.mark.parametrize(
    ("which", "sections", "charts"),
    [("package", PACKAGE_SECTIONS, 2), ("final", FINAL_SECTIONS, 9)],
)
def test_page_loads_offline_with_every_section(
    which: str,
    sections: list[str],
    charts: int,
    package_page: Path,
    final_page: Path,
    tmp_path: Path,
) -> None:
    page = package_page if which == "package" else final_page
    errors, requests, found, sizes = _visit(page, tmp_path)
    assert errors == []
    assert requests == [page.as_uri()]  # the file itself and nothing else
    for ident in sections:
        assert ident in found, (ident, found)
    assert len(sizes) >= charts
    assert all(width > 100 and height > 50 for width, height in sizes), sizes


@needs_browser
@pytest.mark.parametrize("which", ["package", "final"])
def test_page_prints_on_a4(
    which: str, package_page: Path, final_page: Path, tmp_path: Path
) -> None:
    assert CHROMIUM is not None
    page = package_page if which == "package" else final_page
    pdf = print_to_pdf(CHROMIUM, tmp_path / "profile", page.as_uri(), tmp_path / "page.pdf")
    assert 2 <= pdf_pages(pdf) <= 60
    assert b"/MediaBox [0 0 594.9" in pdf.read_bytes()  # A4: 210 mm = 595 pt wide
