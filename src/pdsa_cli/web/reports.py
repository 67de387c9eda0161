"""The seminar summary and the closing report as pages: the very HTML `pdsa summary` writes.

The one place the web app asks for a report's HTML: the report document written by its HTML
writer (:mod:`pdsa_cli.report.render`), as the CLI writes it; no report is rendered here.
"""

from __future__ import annotations

from typing import Literal

from pdsa_cli.errors import Problem
from pdsa_cli.i18n import Lang
from pdsa_cli.workspace.cpr import mask_cpr
from pdsa_cli.workspace.index import Workspace

ReportKind = Literal["summary", "final"]


def report_html(kind: ReportKind, workspace: Workspace, problems: list[Problem], lang: Lang) -> str:
    """The whole HTML page of the report, charts inline, CPR-like numbers masked."""
    from pdsa_cli.charts.cache import ChartCache
    from pdsa_cli.report import build_summary
    from pdsa_cli.report.charts import chart_jobs, draw_all
    from pdsa_cli.report.render import render_final_html, render_html

    store = ChartCache.for_workspace(workspace.root)
    if kind == "final":
        from pdsa_cli.report.final import build_final

        report = build_final(workspace, problems=problems)
        wanted = {d.measure.id for d in report.summary.documentation}
        todo = [j for j in chart_jobs(report.summary, workspace, lang) if j.measure in wanted]
        return mask_cpr(render_final_html(report, lang, dict(draw_all(todo, 1, store))))
    summary = build_summary(workspace, problems=problems)
    drawn = draw_all(chart_jobs(summary, workspace, lang), 1, store)
    return mask_cpr(render_html(summary, lang, dict(drawn)))
