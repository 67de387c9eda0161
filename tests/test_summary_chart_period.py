"""A seminar report's charts show the cycles as they stood at the period's end: a test begun in
the period is drawn at its Do start, a decision made after the period is not drawn (issue 23,
item 6: "PDSA 2: indfør" is never drawn before the adoption)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pdsa_cli.loader import load_workspace
from pdsa_cli.report import build_summary
from pdsa_cli.report.charts import chart_jobs
from tests.test_trust_evidence import FALLS, FALLS_ADOPTED, FALLS_DO, _workspace


def _markers(root: Path, end: dt.date) -> dict[int, tuple[dt.date, dt.date | None]]:
    workspace = load_workspace(root).workspace
    summary = build_summary(workspace, since=dt.date(2022, 8, 1), today=end)
    (job,) = chart_jobs(summary, workspace, "da")
    return {m.number: (m.date, m.decided) for m in job.context.cycles}


def test_a_decision_after_the_period_is_not_drawn(tmp_path: Path) -> None:
    root = _workspace(tmp_path / "cycles", FALLS)
    before_adoption = FALLS_ADOPTED - dt.timedelta(days=2)
    markers = _markers(root, before_adoption)
    assert markers[1][0] == FALLS_DO  # the test, at its Do start
    assert markers[2][1] is None  # cycle 2's adoption comes after the period: not drawn
    after = _markers(root, FALLS_ADOPTED + dt.timedelta(days=30))
    assert after[2][1] == FALLS_ADOPTED  # drawn at its Act date once made
