"""Dates, numbers and percents from Babel's CLDR data (issue 14, item 9), loaded only when used."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from pdsa_cli.i18n.formats import date_text, month_text, number_text, percent_text
from pdsa_cli.report.wording import fmt_date, fmt_number
from pdsa_cli.report.wording import percent_text as report_percent
from tests.conftest import EXAMPLE
from tests.test_startup import PROBE


@pytest.mark.parametrize(
    ("lang", "date", "month", "number", "percent"),
    [
        ("da", "1. jun. 2021", "maj", "1.234,5", "12,5\u00a0%"),
        ("en", "1 Jun 2021", "May", "1,234.5", "12.5%"),
    ],
)
def test_the_languages_own_way(lang: str, date: str, month: str, number: str, percent: str) -> None:
    assert date_text(dt.date(2021, 6, 1), lang) == date
    assert month_text(dt.date(2021, 5, 1), lang).rstrip(".") == month
    assert number_text(1234.5, lang, 1) == number
    assert percent_text(0.125, lang, 1) == percent


def test_reports_and_charts_write_dates_one_way() -> None:
    from pdsa_cli.charts.formats import format_date

    day = dt.date(2021, 3, 3)
    assert fmt_date(day, "da") == format_date(day, "da") == "3. mar. 2021"
    assert fmt_number(7.25, "da") == "7,25" and fmt_number(1500, "da") == "1.500"
    assert report_percent(0.4, "da") == "40\u00a0%"


@pytest.mark.parametrize("args", [["--help"], ["--cycles", str(EXAMPLE), "validate"]])
def test_light_commands_do_not_load_babel(args: list[str]) -> None:
    probe = PROBE.replace('("pandas", "matplotlib", "numpy", "scipy")', '("babel",)')
    done = subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, text=True, check=False
    )
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout


@pytest.mark.parametrize(("lang", "since"), [("da", "1. mar. 2021"), ("en", "1 Mar 2021")])
def test_the_summary_writes_dates_the_languages_way(tmp_path: Path, lang: str, since: str) -> None:
    from typer.testing import CliRunner

    from pdsa_cli.cli.app import app
    from tests.writing_support import make_workspace

    root = make_workspace(tmp_path)
    args = ["--lang", lang, "--cycles", str(root), "summary", "--since", "01.03.2021"]
    done = CliRunner().invoke(app, [*args, "--no-charts"])
    assert done.exit_code == 0, done.output
    assert since in done.stdout
