"""The seminar summary's predictions section: shares met per municipality and for the programme,
the cycles that missed by the most, and the ramps whose predictions got closer."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from pdsa_cli.report.json_format import render_json
from pdsa_cli.report.model import Summary
from pdsa_cli.report.predictions import cycle_as_of
from pdsa_cli.report.render import render_html, render_markdown, render_terminal
from pdsa_cli.report.summary import build_summary
from tests.test_predictions_aggregate import learning_ramp

AFTER = dt.date(2021, 12, 1)


def summary_of(root: Path, today: dt.date = AFTER) -> Summary:
    return build_summary(learning_ramp(root), today=today)


def test_the_summary_counts_predictions_met(tmp_path: Path) -> None:
    section = summary_of(tmp_path).predictions
    assert section is not None
    assert (section.programme.met, section.programme.judged) == (2, 5)
    assert section.programme.share == pytest.approx(0.4)
    shares = {s.municipality: (s.met, s.judged) for s in section.municipalities}
    assert shares == {"hoersholm": (1, 3), "fredensborg": (1, 1 + 1)}
    assert (section.biggest_misses[0].initiative, section.biggest_misses[0].cycle) == ("fald", 2)


def test_the_summary_says_which_ramp_got_closer(tmp_path: Path) -> None:
    section = summary_of(tmp_path).predictions
    assert section is not None
    assert [(r.initiative, r.trend) for r in section.ramps] == [
        ("feedback", "improving"),
        ("fald", "not_improving"),
    ]
    summary = summary_of(tmp_path / "again")
    markdown = render_markdown(summary, "en")
    assert "## Predictions against the data" in markdown
    closer = "#1 44 % → #2 22 % → #3 0 % – predictions got closer"  # cells use plain spaces
    assert f"- Hoersholm Kommune, Feedbackmøder: {closer}" in markdown
    danish = render_markdown(summary, "da")
    assert "forudsigelserne kom tættere på" in danish
    assert "| Hele programmet | 2 | 5 | 40 % | 0 |" in danish


def test_every_view_has_the_section(tmp_path: Path) -> None:
    summary = summary_of(tmp_path)
    html = render_html(summary, "en")
    assert 'id="predictions"' in html and 'href="#predictions"' in html
    assert "predicted ≥ 90\u00a0%, observed 50\u00a0% (missed by 44\u00a0%)" in html
    terminal = render_terminal(summary, "en", color=False)
    assert "Did predictions get closer over the ramp?" in terminal
    data = json.loads(render_json(summary, "en"))
    assert data["predictions"]["programme"]["share"] == pytest.approx(0.4)
    assert data["predictions"]["ramps"][0]["trend"] == "improving"


def test_the_summary_judges_cycles_as_they_stood_at_the_period_end(tmp_path: Path) -> None:
    # On 15 March 2021 cycle 3 of the ramp (Do from 1 March) had not reached Study yet, and
    # Fredensborg's second cycle (Study on 28 February) had.
    section = summary_of(tmp_path, dt.date(2021, 3, 15)).predictions
    assert section is not None
    hoersholm = next(s for s in section.municipalities if s.municipality == "hoersholm")
    assert (hoersholm.met, hoersholm.judged, hoersholm.pending) == (0, 2, 1)


def test_cycle_as_of_drops_later_phases(tmp_path: Path) -> None:
    workspace = learning_ramp(tmp_path)
    cycle = workspace.cycles_of("feedback")[0].model  # Do 4 Jan, Study and Act 31 Jan 2021
    assert cycle_as_of(cycle, dt.date(2021, 1, 1)).do is None
    assert cycle_as_of(cycle, dt.date(2021, 1, 10)).study is None
    assert cycle_as_of(cycle, dt.date(2021, 2, 1)) is cycle


def test_pdsa_summary_markdown_shows_the_section(tmp_path: Path, runner: CliRunner) -> None:
    learning_ramp(tmp_path)
    args = ["--cycles", str(tmp_path), "--lang", "en", "summary", "--format", "md", "--no-charts"]
    done = runner.invoke(app, args)
    assert done.exit_code == 0, done.output
    assert "Cycles whose predictions missed by the most" in done.stdout
