"""The example workspace's reports as the user gets them, for the byte comparison of
`tests/test_report_golden.py`: the seminar overview (HTML, Markdown, terminal; Danish and
English), the closing report (HTML, Markdown), the change package's page (HTML, Markdown) and
the driver diagram's page.

The reports are made through the CLI in the repository (so paths read `cycles/...`), with no
cache, and the one date that follows the calendar (the day the report is made) written as
`{today}`. When the wording changes on purpose, rewrite the stored copies with

    PDSA_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_report_golden.py

(or `make golden`) and read their diff before committing it.
"""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from pdsa_cli.report.wording import fmt_date

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO / "tests" / "fixtures" / "report_golden"
UPDATE = "PDSA_UPDATE_GOLDEN"

SEMINAR = ["summary", "--seminar", "3", "--no-cache"]
# name of the stored copy -> (language, the command's arguments before --out)
CASES: dict[str, tuple[str, list[str]]] = {
    "summary.da.html": ("da", [*SEMINAR, "--format", "html", "--no-charts"]),
    "summary.da.md": ("da", [*SEMINAR, "--format", "md"]),
    "summary.da.txt": ("da", [*SEMINAR, "--format", "terminal"]),
    "summary.en.html": ("en", [*SEMINAR, "--format", "html", "--no-charts"]),
    "summary.en.md": ("en", [*SEMINAR, "--format", "md", "--no-charts"]),
    "summary.en.txt": ("en", [*SEMINAR, "--format", "terminal"]),
    "final.da.html": (
        "da",
        ["summary", "--final", "--no-cache", "--format", "html", "--no-charts"],
    ),
    "final.da.md": ("da", ["summary", "--final", "--no-cache", "--format", "md"]),
    "final.en.md": ("en", ["summary", "--final", "--no-cache", "--format", "md", "--no-charts"]),
    "package.da.html": ("da", ["package", "hoersholm-feedbackmoeder", "--format", "html"]),
    "package.en.md": (
        "en",
        ["package", "hoersholm-feedbackmoeder", "--format", "md", "--no-charts"],
    ),
    "drivers.da.html": ("da", ["drivers"]),
}


@contextmanager
def _in_repository(cache: Path) -> Iterator[None]:
    before, cache_before = Path.cwd(), os.environ.get("PDSA_CACHE_DIR")
    os.chdir(REPO)
    os.environ["PDSA_CACHE_DIR"] = str(cache)
    try:
        yield
    finally:
        os.chdir(before)
        if cache_before is None:
            os.environ.pop("PDSA_CACHE_DIR", None)
        else:
            os.environ["PDSA_CACHE_DIR"] = cache_before


def _page(out: Path) -> bytes:
    """The report's text; of a change package, the page inside the zip."""
    if out.suffix != ".zip":
        return out.read_bytes()
    with zipfile.ZipFile(out) as archive:
        page = next(n for n in archive.namelist() if n.startswith("change."))
        return archive.read(page)


def make_report(name: str, folder: Path) -> bytes:
    """The report `name` made afresh in `folder`, today's date written as `{today}`."""
    lang, args = CASES[name]
    suffix = ".zip" if args[0] == "package" else "." + name.rsplit(".", 1)[1]
    out = folder / f"{name.replace('.', '-')}{suffix}"
    with _in_repository(folder / "cache"):
        done = CliRunner().invoke(
            app, ["--lang", lang, "--cycles", "cycles", *args, "--out", str(out)]
        )
    assert done.exit_code == 0, done.output
    today = fmt_date(dt.date.today(), lang).encode("utf-8")
    return _page(out).replace(today, b"{today}")
