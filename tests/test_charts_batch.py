"""Charts for workspace measures through the library: SVG text for the summary, phases at
adopted changes."""

from __future__ import annotations

from pathlib import Path

from matplotlib.lines import Line2D

from pdsa_cli.charts.batch import ChartJob, render_measure, render_measures
from pdsa_cli.loader import load_workspace

FIXTURE = Path(__file__).parent / "fixtures" / "charts" / "workspace"
MEASURE = "testby-rolige-besoeg"


def test_jobs_without_a_file_return_svg_text_and_errors_as_outcomes() -> None:
    workspace = load_workspace(FIXTURE).workspace
    jobs = [ChartJob(MEASURE, None, "da", size=(6.0, 4.0)), ChartJob("nope", None, "da")]
    outcomes = {o.job.measure_id: o for o in render_measures(workspace, jobs, workers=1)}
    assert outcomes[MEASURE].ok and (outcomes[MEASURE].svg or "").startswith("<svg")
    assert not outcomes["nope"].ok and "nope" in (outcomes["nope"].error or "")


def test_adopted_cycle_starts_a_phase_drawn_with_a_solid_line() -> None:
    workspace = load_workspace(FIXTURE).workspace
    plain = render_measure(workspace, MEASURE, "en")
    phased = render_measure(workspace, MEASURE, "en", phase_at_adopt=True)
    assert not plain.findobj(lambda a: a.get_gid() == "phase-2")
    assert phased.findobj(lambda a: a.get_gid() == "centre-line-2")
    (adopted,) = phased.findobj(lambda a: a.get_gid() == "cycle-lines-adopted")
    (tried,) = phased.findobj(lambda a: a.get_gid() == "cycle-lines-tested")
    assert isinstance(adopted, Line2D) and isinstance(tried, Line2D)
    assert (adopted.get_linestyle(), tried.get_linestyle()) == ("-.", "--")
