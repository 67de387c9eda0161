"""`pdsa summary --final`: the closing report for the grant giver (HTML or Markdown)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pdsa_cli.cli.output import echo, stderr
from pdsa_cli.errors import UsageError, has_errors
from pdsa_cli.i18n import set_language, translate

if TYPE_CHECKING:
    from pdsa_cli.cli.report_options import Format
    from pdsa_cli.report.charts import ChartWords


def closing_report(
    chosen: Format | None, out: Path | None, lang_option: str | None, charts: bool, jobs: int | None
) -> None:
    from pdsa_cli.cli.report_options import Format, output_format
    from pdsa_cli.cli.report_options import load_reported as _load
    from pdsa_cli.cli.report_options import report_language as _language
    from pdsa_cli.cli.report_options import write_report as _write
    from pdsa_cli.report.final import build_final
    from pdsa_cli.report.render import render_final_html, render_final_markdown

    workspace, problems = _load()
    language = _language(lang_option, workspace)
    set_language(language)  # before any refusal: it is said in the programme's language
    fmt = output_format(chosen or (None if out else Format.MD), out)
    if fmt not in (Format.HTML, Format.MD):
        raise UsageError("final.format", format=fmt.value)
    if has_errors(problems):
        errors = sum(1 for p in problems if p.severity.value == "error")
        stderr.print(translate("summary.load_errors", language, count=errors), markup=False)
    report = build_final(workspace, problems=problems)
    drawn, words = _documentation_charts(report, workspace, language, jobs) if charts else ({}, {})
    if fmt is Format.HTML:
        files = {out or Path("-"): render_final_html(report, language, drawn, words)}
    elif out is None:
        files = {Path("-"): render_final_markdown(report, language)}
    else:
        folder = f"{out.stem}_charts"
        links = {m: f"{folder}/{m}.svg" for m in drawn}
        files = {out: render_final_markdown(report, language, links)}
        files.update({out.parent / link: drawn[m] for m, link in links.items()})
    if out is None:
        echo(files[Path("-")])
        return
    for path, text in files.items():
        _write(path, text)
    echo(translate("final.written", language, path=out))


def _documentation_charts(
    report: object, workspace: object, language: str, jobs: int | None
) -> tuple[dict[str, str], dict[str, ChartWords]]:
    """The documentation-time measures' charts (the rest of the report is tables and text), and
    each in words."""
    from pdsa_cli.i18n import parse_lang
    from pdsa_cli.report.charts import chart_jobs, chart_words, draw_all
    from pdsa_cli.report.final import FinalReport
    from pdsa_cli.workspace.index import Workspace

    assert isinstance(report, FinalReport) and isinstance(workspace, Workspace)
    wanted = {d.measure.id for d in report.summary.documentation}
    todo = [
        j
        for j in chart_jobs(report.summary, workspace, parse_lang(language))
        if j.measure in wanted
    ]
    try:
        return dict(draw_all(todo, jobs)), {j.measure: chart_words(j) for j in todo}
    except Exception as error:  # a chart fault must not cost the grant giver the report
        problem = f"{type(error).__name__}: {error}"
        stderr.print(translate("summary.charts_unavailable", language, error=problem), markup=False)
        return {}, {}
