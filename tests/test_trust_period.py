"""Issue 13, item 6: the summary's default period is the seminar's window, staleness is judged
at the period's end and not at all after the programme's end, and only measures marked
`theme: documentation-time` stand side by side as documentation time."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from pdsa_cli.loader import load_workspace
from pdsa_cli.report import build_summary
from tests.conftest import EXAMPLE

TODAY = dt.date(2026, 12, 1)
PERIOD = {"da": "Periode: 3. jun. 2021 – 25. nov. 2021", "en": "Period: 3 Jun 2021 – 25 Nov 2021"}
STALE = {"da": "ingen data i", "en": "no data for"}


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "cycles"
    shutil.copytree(EXAMPLE, root)
    return root


def test_default_period_is_the_last_seminars_window() -> None:
    summary = build_summary(load_workspace(EXAMPLE).workspace, today=TODAY)
    assert summary.period.start == dt.date(2021, 6, 3)
    assert summary.period.end == dt.date(2021, 11, 25)
    assert summary.period.seminar is not None and summary.period.seminar.number == 3
    # Sønderborg's and Ballerup's cycles (2022) are not the 2021 seminar's
    for municipality in summary.municipalities:
        if municipality.id in ("soenderborg", "ballerup"):
            assert municipality.counts.started == municipality.counts.completed == 0
    assert summary.data_problems.stale == ()


def test_a_seminar_still_ahead_ends_today() -> None:
    summary = build_summary(load_workspace(EXAMPLE).workspace, today=dt.date(2021, 10, 1))
    assert (summary.period.start, summary.period.end) == (
        dt.date(2021, 6, 3),
        dt.date(2021, 10, 1),
    )


@pytest.mark.parametrize("lang", ["da", "en"])
def test_cli_shows_the_window_and_no_years_of_missing_data(runner: CliRunner, lang: str) -> None:
    done = runner.invoke(
        app, ["--cycles", str(EXAMPLE), "summary", "--lang", lang, "--format", "md", "--no-charts"]
    )
    assert done.exit_code == 0, done.output
    assert PERIOD[lang] in done.stdout
    assert STALE[lang] not in done.stdout


@pytest.mark.parametrize("lang", ["da", "en"])
def test_after_the_programme_end_no_measure_is_stale(
    runner: CliRunner, tmp_path: Path, lang: str
) -> None:
    args = ["summary", "--since", "2021-01-01", "--lang", lang, "--format", "md", "--no-charts"]
    done = runner.invoke(app, ["--cycles", str(EXAMPLE), *args])
    assert done.exit_code == 0, done.output
    assert STALE[lang] not in done.stdout  # the programme ended 31 Dec 2021
    root = _copy(tmp_path)
    programme = root / "programme.yaml"
    text = programme.read_text(encoding="utf-8")
    assert "\nend: 2021-12-31\n" in text
    programme.write_text(text.replace("\nend: 2021-12-31\n", "\n"), encoding="utf-8")
    without_end = runner.invoke(app, ["--cycles", str(root), *args])
    assert STALE[lang] in without_end.stdout  # without an end date, years without data show


def test_programme_end_in_the_api() -> None:
    workspace = load_workspace(EXAMPLE).workspace
    assert workspace.programme is not None
    assert workspace.programme.model.end == dt.date(2021, 12, 31)
    summary = build_summary(workspace, since=dt.date(2021, 1, 1), today=TODAY)
    assert summary.data_problems.stale == ()


def test_only_marked_measures_are_documentation_time() -> None:
    workspace = load_workspace(EXAMPLE).workspace
    summary = build_summary(workspace, since=dt.date(2021, 1, 1), today=TODAY)
    shown = {row.measure.id for row in summary.documentation}
    assert "soenderborg-moedevarighed-min" not in shown  # minutes, but a meeting's length
    marked = {m for m, e in workspace.measures.items() if e.model.theme == "documentation-time"}
    assert shown == marked
    assert len(marked) == 10  # one per municipality, and the two adoptions copy theirs


@pytest.mark.parametrize(("lang", "words"), [("da", "theme"), ("en", "theme")])
def test_a_theme_is_a_slug(runner: CliRunner, tmp_path: Path, lang: str, words: str) -> None:
    root = _copy(tmp_path)
    path = next(root.rglob("soenderborg-moedevarighed-min.yaml"))
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nmeasurements:", "\ntheme: Dokumentation tid\nmeasurements:"))
    done = runner.invoke(app, ["--lang", lang, "--cycles", str(root), "validate"])
    assert done.exit_code == 1
    assert words in done.output and "soenderborg-moedevarighed-min.yaml" in done.output
