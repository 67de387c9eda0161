"""`pdsa summary`: the learning-seminar overview (terminal, Markdown, HTML or JSON)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pdsa_cli.cli.output import echo, guarded, stderr
from pdsa_cli.cli.report_options import Format, output_format
from pdsa_cli.cli.report_options import load_reported as _load
from pdsa_cli.cli.report_options import report_language as _language
from pdsa_cli.cli.report_options import write_report as _write
from pdsa_cli.cli.root import app
from pdsa_cli.cli.state import state
from pdsa_cli.cli.usage_words import parsed_lang
from pdsa_cli.errors import ExitCode, Problem, has_errors
from pdsa_cli.i18n import Lang, get_language, set_language, translate
from pdsa_cli.workspace.cpr import mask_cpr

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Mapping

    from pdsa_cli.charts.processes import WarmDrawer
    from pdsa_cli.report.charts import ChartWords, SummaryChart
    from pdsa_cli.report.model import Summary
    from pdsa_cli.workspace.index import Workspace


@app.command()
@guarded
def summary(
    format: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            help="terminal, md, html or json (default: from --out's suffix, else terminal).",
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", help="Write to this file: .html, .md, .json or .txt (default: screen)."
        ),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            "--since", help="Cover from this date to today: 2021-06-01, 01-06-2021 or 01.06.2021."
        ),
    ] = None,
    seminar: Annotated[
        int | None, typer.Option("--seminar", help="Cover what led up to seminar number N.")
    ] = None,
    municipality: Annotated[
        str | None, typer.Option("--municipality", "-m", help="Only this municipality (its id).")
    ] = None,
    lang: Annotated[
        str | None, typer.Option("--lang", help="Language: da or en (default: the programme's).")
    ] = None,
    charts: Annotated[
        bool, typer.Option("--charts/--no-charts", help="Draw charts (md and html).")
    ] = True,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Processes drawing charts.")
    ] = None,
    final: Annotated[
        bool,
        typer.Option("--final", help="The closing report over the whole programme (html or md)."),
    ] = False,
    cache: Annotated[
        bool,
        typer.Option(
            "--cache/--no-cache",
            help="Reuse charts whose data, cycles and options are unchanged since the last run, "
            "and the whole report when nothing in the workspace changed (kept in your cache "
            "folder, or PDSA_CACHE_DIR; never in the workspace).",
        ),
    ] = True,
) -> None:
    """The overview for a learning seminar (default: the latest seminar period)."""
    from pdsa_cli.charts.processes import warm_drawer

    if lang is not None:  # the command's own --lang counts for its refusals too
        set_language(parsed_lang(lang))
    if final:
        warm_drawer(False)  # the closing report draws with a pool of its own
        from pdsa_cli.cli.final_report import closing_report

        closing_report(format, out, lang, charts, jobs)
        return
    format = output_format(format, out)
    # Started first (unless it was before the command line was parsed), so importing the
    # drawing code overlaps all that follows; ended at once when the report is served whole.
    # `--jobs 1` asks for no process but this one.
    drawer = warm_drawer(charts and format in _CHARTED and jobs != 1)
    try:
        options = (since, seminar, municipality, lang)
        key = _report_key(format, out, *options, charts) if cache else None
        if key is not None and _serve_stored(*key, out):
            return
        _report(format, out, options, charts, jobs, cache, key, drawer)
    finally:
        if drawer is not None:
            drawer.stop()


def _report(
    format: Format,
    out: Path | None,
    options: tuple[str | None, int | None, str | None, str | None],
    charts: bool,
    jobs: int | None,
    cache: bool,
    key: tuple[Path, str] | None,
    drawer: WarmDrawer | None,
) -> None:
    """The report built from the workspace, written (or shown) and kept under `key`.
    `options` are --since, --seminar, --municipality and --lang."""
    from pdsa_cli.report import build_summary
    from pdsa_cli.writing.inputs import parse_date

    since, seminar, municipality, lang = options
    workspace, problems = _load()
    language = _language(lang, workspace)
    set_language(language)
    result = build_summary(
        workspace,
        since=parse_date(since, "--since") if since is not None else None,
        seminar=seminar,
        municipality=municipality,
        problems=problems,
    )
    errors = sum(1 for p in problems if p.severity.value == "error")
    if has_errors(problems):
        stderr.print(translate("summary.load_errors", language, count=errors), markup=False)
    with_diagram = charts and format is Format.HTML
    diagram = _drivers_svg(result, language, workspace, cache, drawer) if with_diagram else None
    charted = charts and format in _CHARTED
    drawing = _start_charts(result, workspace, language, jobs, cache, drawer) if charted else None
    # The page is written while the charts are drawn, with a mark where each goes.
    marks = {job.measure: _MARK.format(n) for n, job in enumerate(drawing[0])} if drawing else {}
    # Whatever the files hold, the report shows no CPR number (its file names included).
    words = _words(drawing[0]) if drawing and format is Format.HTML else {}
    files = _masked(_render(result, format, language, marks, out, diagram, words))
    placed = _finish_charts(*drawing, language, _placing(format)) if drawing else {}
    if marks and placed is None:  # no charts after all: the page without their places
        files = _masked(_render(result, format, language, {}, out, diagram))
    files = _with_charts(files, marks, placed or {})
    if out is None:
        echo(files.pop(Path("-")))
        _refuse_duplicates(problems, language)
        return
    for path, text in files.items():
        _write(path, text)
    echo(translate("summary.written", language, path=out))
    if key is not None and _served_whole(problems):
        from pdsa_cli.report.report_cache import StoredReport, store_report

        kept = placed if format is Format.MD and placed else {}
        store_report(workspace.root, key[1], StoredReport(files[out], kept, language))
    _refuse_duplicates(problems, language)


def _served_whole(problems: list[Problem]) -> bool:
    """True when the report is all this run showed: no error to report, no measure refused
    (warnings are `pdsa validate`'s to show), so serving it again shows the same."""
    return not has_errors(problems) and not any(p.code == "duplicate-period" for p in problems)


def _report_key(
    format: Format,
    out: Path | None,
    since: str | None,
    seminar: int | None,
    municipality: str | None,
    lang: str | None,
    charts: bool,
) -> tuple[Path, str] | None:
    """The workspace and the key a report written to `out` is kept under (None: printed
    reports are not, nor those of a workspace with a file that cannot be read)."""
    if out is None:
        return None
    from pdsa_cli.cli.ask import workspace_root
    from pdsa_cli.report.report_cache import report_key

    options = {
        "command": "summary",
        "format": format.value,
        "out": str(out.absolute()),
        "since": since,
        "seminar": seminar,
        "municipality": municipality,
        "lang": lang,
        "language_now": get_language(),  # --lang before the command, or the environment's
        "charts": charts,
    }
    root = workspace_root()
    key = report_key(root, options)
    return None if key is None else (root, key)


def _serve_stored(root: Path, key: str, out: Path | None) -> bool:
    """Write the report kept under `key`, if there is one: nothing it is made of changed.
    It goes where `--out` says, as a fresh one would (the entry names no path)."""
    from pdsa_cli.report.report_cache import stored_report

    stored = stored_report(root, key)
    if stored is None or out is None:
        return False
    files = {out: stored.text, **_chart_files(out, stored.charts)}
    for path, text in files.items():
        _write(path, text)
    echo(translate("summary.written", stored.language, path=out))
    return True


def _refuse_duplicates(problems: list[Problem], language: Lang) -> None:
    """Measures with two values for one period were left out of the analysis (never
    averaged): say where, and end with exit 1 as analyze and chart do (design.md section 9)."""
    refused = [p for p in problems if p.code == "duplicate-period"]
    if not refused:
        return
    for problem in refused:
        stderr.print(problem.render(language), markup=False)
    measures = {p.file for p in refused}
    stderr.print(
        translate("summary.duplicate_refused", language, count=len(measures)), markup=False
    )
    raise typer.Exit(int(ExitCode.INVALID))


_CHARTED = (Format.MD, Format.HTML)
# Where a chart goes in a page written before the chart is drawn (private-use characters: no
# text of the report holds them, and masking leaves them alone).
_MARK = "\ue000pdsa-chart-{}\ue001"


def _start_charts(
    result: Summary,
    workspace: Workspace,
    lang: Lang,
    jobs: int | None,
    cache: bool,
    drawer: WarmDrawer | None = None,
) -> tuple[list[SummaryChart], Iterator[tuple[str, str]]] | None:
    """Every analysed measure's chart job, and their SVGs as they come from the cache or are
    drawn in parallel (None: no chart to show, or charts cannot be drawn, said on stderr)."""
    from pdsa_cli.charts.cache import ChartCache
    from pdsa_cli.report.charts import chart_jobs, draw_all

    todo = chart_jobs(result, workspace, lang)
    if not todo:
        return None
    try:
        store = ChartCache.for_workspace(workspace.root) if cache else None
        return todo, draw_all(todo, jobs, store, drawer)  # workers start before the bar's thread
    except Exception as error:  # a chart fault must not cost the seminar its overview
        _charts_unavailable(error, lang)
        return None


def _words(todo: list[SummaryChart]) -> dict[str, ChartWords]:
    """Each chart in words (its description and data table), from the jobs that draw it."""
    from pdsa_cli.report.charts import chart_words

    return {job.measure: chart_words(job) for job in todo}


def _finish_charts(
    todo: list[SummaryChart],
    drawn: Iterator[tuple[str, str]],
    lang: Lang,
    place: Callable[[str, str], str],
) -> dict[str, str] | None:
    """Each chart made ready for its place (`place`) as it comes, those from the cache while
    the others are still drawn, under a progress bar (None: they could not be drawn)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    try:
        found: dict[str, str] = {}
        with Progress(*columns, console=stderr, transient=True) as progress:
            task = progress.add_task(translate("summary.rendering_charts", lang), total=len(todo))
            for measure, svg in drawn:
                found[measure] = place(measure, svg)
                progress.advance(task)
        return {job.measure: found[job.measure] for job in todo}
    except Exception as error:  # a chart fault must not cost the seminar its overview
        _charts_unavailable(error, lang)
        return None


def _charts_unavailable(error: Exception, lang: Lang) -> None:
    if state.debug:
        raise error
    problem = f"{type(error).__name__}: {error}"
    stderr.print(translate("summary.charts_unavailable", lang, error=problem), markup=False)


def _masked(files: dict[Path, str]) -> dict[Path, str]:
    return {path: mask_cpr(text) for path, text in files.items()}


def _placing(format: Format) -> Callable[[str, str], str]:
    """How a chart sits in the report: inline in an HTML page (its ids made its own), as the
    whole text of a Markdown report's chart file; masked as the page is."""
    from pdsa_cli.report.writers.html import chart_prefix, inline_svg

    def place(measure: str, svg: str) -> str:
        inline = format is Format.HTML
        return mask_cpr(inline_svg(svg, chart_prefix(measure)) if inline else svg)

    return place


def _with_charts(
    files: dict[Path, str], marks: dict[str, str], charts: dict[str, str]
) -> dict[Path, str]:
    """The files with each chart where its mark is (one pass over each file)."""
    if not marks:
        return files
    import re

    by_mark = {mark: charts.get(measure, "") for measure, mark in marks.items()}
    pattern = re.compile("|".join(map(re.escape, by_mark)))
    return {path: pattern.sub(lambda m: by_mark[m[0]], text) for path, text in files.items()}


def _render(
    result: Summary,
    format: Format,
    lang: Lang,
    charts: dict[str, str],
    out: Path | None,
    diagram: str | None = None,
    words: Mapping[str, ChartWords] | None = None,
) -> dict[Path, str]:
    """The text of every file to write (`-` for stdout), rendered before anything is written."""
    target = out or Path("-")
    if format is Format.TERMINAL:
        from pdsa_cli.report.render import render_terminal

        color = out is None and sys.stdout.isatty()
        width = shutil.get_terminal_size((110, 24)).columns if out is None else 110
        return {target: render_terminal(result, lang, width=width, color=color)}
    if format is Format.JSON:
        from pdsa_cli.report.json_format import render_json

        return {target: render_json(result, lang)}
    if format is Format.HTML:
        from pdsa_cli.report.render import render_html

        return {target: render_html(result, lang, charts, diagram, words)}
    return _markdown(result, lang, charts, out)


def _drivers_svg(
    result: Summary,
    lang: Lang,
    workspace: Workspace,
    cache: bool,
    drawer: WarmDrawer | None = None,
) -> str | None:
    """The driver diagram drawn for the HTML report (None: the programme has none); from the
    chart cache when the diagram, its evidence and the language are unchanged."""
    if result.drivers is None:
        return None
    from pdsa_cli.charts.cache import ChartCache, chart_key

    store = ChartCache.for_workspace(workspace.root) if cache else None
    key = chart_key("drivers-svg", result.drivers, lang)
    cached = store.get(key) if store is not None else None
    if cached is not None:
        return cached
    from pdsa_cli.report.charts import draw_drivers

    try:
        svg = draw_drivers(result.drivers, lang, drawer)
    except Exception as error:  # a drawing fault must not cost the seminar its overview
        _charts_unavailable(error, lang)
        return None
    if store is not None:
        store.put(key, svg)
    return svg


def _markdown(
    result: Summary, lang: Lang, charts: dict[str, str], out: Path | None
) -> dict[Path, str]:
    """The Markdown report, and its charts as SVG files in a folder beside it."""
    from pdsa_cli.report.render import render_markdown

    if out is None:  # images cannot be linked from stdout
        return {Path("-"): render_markdown(result, lang)}
    links = {m: _chart_link(out, m) for m in charts}
    return {out: render_markdown(result, lang, links), **_chart_files(out, charts)}


def _chart_link(out: Path, measure: str) -> str:
    """Where a Markdown report links a measure's chart: a folder beside the report."""
    return f"{out.stem}_charts/{measure}.svg"


def _chart_files(out: Path, charts: Mapping[str, str]) -> dict[Path, str]:
    """A Markdown report's chart files by path, from their text by measure id."""
    return {out.parent / _chart_link(out, m): svg for m, svg in charts.items()}
