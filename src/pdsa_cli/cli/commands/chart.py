"""`pdsa chart MEASURE|CSV` and `pdsa chart --all`: run charts and SPC charts as PNG/SVG/PDF.

Thin: options -> analysis -> `pdsa_cli.charts` -> file. The analysis options are the same as
`pdsa analyze`'s.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pdsa_cli.cli import analysis_options as opt
from pdsa_cli.cli.numbers import METAVAR, number
from pdsa_cli.cli.output import echo, guarded, stderr
from pdsa_cli.cli.root import app
from pdsa_cli.cli.state import state
from pdsa_cli.errors import ExitCode, PdsaError, UsageError, display_path
from pdsa_cli.i18n import Lang, get_language, translate
from pdsa_cli.workspace.texts import shown

if TYPE_CHECKING:
    from pdsa_cli.analysis import Analysis, AnalysisOptions
    from pdsa_cli.charts import ChartContext
    from pdsa_cli.charts.batch import ChartJob
    from pdsa_cli.workspace.index import Workspace

DEFAULT_SIZE = "10x6"


def parse_size(value: str) -> tuple[float, float]:
    """'10x5.6' (inches) -> (10.0, 5.6)."""
    try:
        width, height = (float(part) for part in value.lower().replace("×", "x").split("x"))
    except ValueError:
        raise UsageError("charts.cli.bad_size", value=value) from None
    if not (0 < width <= 100 and 0 < height <= 100):
        raise UsageError("charts.cli.bad_size", value=value)
    return width, height


def _format_for(path: Path) -> str:
    from pdsa_cli.charts import format_of

    fmt = format_of(path)
    if fmt is None:
        raise UsageError("charts.cli.bad_format", suffix=path.suffix or "-", path=str(path))
    return fmt


@app.command()
@guarded
def chart(
    source: Annotated[
        str | None, typer.Argument(help="A measure id, or a CSV file (x, y[, n, part, note]).")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="The file: .png, .svg or .pdf.")
    ] = None,
    all_measures: Annotated[
        bool, typer.Option("--all", help="One chart per measure of the workspace.")
    ] = False,
    municipality: Annotated[
        str | None, typer.Option(help="With --all: only this municipality's measures.")
    ] = None,
    out_dir: Annotated[
        Path, typer.Option("--out-dir", help="With --all: the folder for the charts.")
    ] = Path("charts"),
    fmt: Annotated[str, typer.Option("--format", help="With --all: png, svg or pdf.")] = "png",
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", help="With --all: processes (default: cores).")
    ] = None,
    dpi: Annotated[
        float, typer.Option(parser=number, metavar=METAVAR, help="Resolution of PNG files.")
    ] = 150,
    size: Annotated[str, typer.Option(help="Width x height in inches.")] = DEFAULT_SIZE,
    title: Annotated[
        str | None, typer.Option(help="The title (default: the measure's name).")
    ] = None,
    subtitle: Annotated[str | None, typer.Option(help="The line under the title.")] = None,
    chart_type: opt.ChartType = None,
    rules: opt.Rules = None,
    freeze: opt.Freeze = None,
    part: opt.Part = None,
    exclude: opt.Exclude = None,
    cl: opt.CentreLine = None,
    multiply: opt.Multiply = 1.0,
    screen_mr: opt.ScreenMR = True,
    direction: opt.Direction = None,
    target: opt.Target = None,
    agg: opt.Agg = "mean",
    phase_at_adopt: opt.PhaseAtAdopt = False,
) -> None:
    """Draw a run chart or SPC chart, with the PDSA cycles linked to the measure."""
    options = opt.analysis_options(
        chart_type, rules, freeze, part, exclude, cl, multiply, screen_mr, direction, target, agg
    )
    dimensions = parse_size(size)
    if all_measures:
        if source is not None:
            raise UsageError("charts.cli.all_with_target", target=source)
        _chart_all(options, municipality, out_dir, fmt, jobs, dpi, dimensions, phase_at_adopt)
        return
    if source is None:
        raise UsageError("charts.cli.need_target")
    _chart_one(source, options, out, dpi, dimensions, phase_at_adopt, title, subtitle)


def _load() -> Workspace:
    return opt.load_measures_workspace().workspace


def _chart_one(
    source: str,
    options: AnalysisOptions,
    out: Path | None,
    dpi: float,
    size: tuple[float, float],
    phase_at_adopt: bool,
    title: str | None,
    subtitle: str | None,
) -> None:
    from dataclasses import replace

    from pdsa_cli.charts import render_chart, save_chart

    path = out or Path(f"{Path(source).stem}.png")
    _format_for(path)
    if opt.is_csv(source):
        analysis, context = _csv_chart(Path(source), options, get_language())
    else:
        analysis, context = _measure_chart(source, options, phase_at_adopt)
    # Typed on the command line or taken from a file name: masked like the files' texts, so no
    # CPR-like number reaches the picture, its SVG comments or its PNG metadata.
    context = replace(
        context,
        title=shown(title or context.title),
        subtitle=shown(subtitle) if subtitle else context.subtitle,
    )
    save_chart(render_chart(analysis, context, size=size), path, dpi)
    echo(display_path(path))


def _csv_chart(path: Path, options: AnalysisOptions, lang: Lang) -> tuple[Analysis, ChartContext]:
    from pdsa_cli.analysis import analyse, read_series_csv
    from pdsa_cli.charts import ChartContext

    if not path.is_file():
        raise PdsaError("cli.file_not_found", path=str(path))
    analysis = analyse(read_series_csv(path), options)
    return analysis, ChartContext(title=shown(path.stem), lang=lang)


def _measure_chart(
    source: str, options: AnalysisOptions, phase_at_adopt: bool
) -> tuple[Analysis, ChartContext]:
    from pdsa_cli.charts import chart_context_for_measure

    analysis, workspace = opt.analyse_workspace_measure(source, options, phase_at_adopt)
    return analysis, chart_context_for_measure(workspace, source, get_language(), phase_at_adopt)


def _measure_ids(workspace: Workspace, municipality: str | None) -> list[str]:
    if municipality is not None and municipality not in workspace.municipalities:
        known = ", ".join(sorted(workspace.municipalities)) or "-"
        raise UsageError("charts.cli.unknown_municipality", municipality=municipality, known=known)
    return sorted(
        measure_id
        for measure_id, entry in workspace.measures.items()
        if municipality in (None, entry.municipality)
    )


def _chart_all(
    options: AnalysisOptions,
    municipality: str | None,
    out_dir: Path,
    fmt: str,
    jobs: int | None,
    dpi: float,
    size: tuple[float, float],
    phase_at_adopt: bool,
) -> None:
    from pdsa_cli.charts.batch import ChartJob

    fmt = _format_for(Path(f"chart.{fmt.lower().lstrip('.')}"))
    workspace = _load()
    measures = _measure_ids(workspace, municipality)
    if not measures:
        raise PdsaError("charts.cli.no_measures", path=str(state.cycles))
    lang = get_language()
    todo = [
        ChartJob(m, out_dir / f"{m}.{fmt}", lang, options, phase_at_adopt, dpi, size)
        for m in measures
    ]
    started = time.perf_counter()
    written, failed = _run_with_progress(workspace, todo, jobs)
    for path in sorted(written):
        echo(display_path(path))
    seconds = time.perf_counter() - started
    stderr.print(
        translate(
            "charts.cli.summary",
            written=len(written),
            folder=display_path(out_dir),
            seconds=seconds,
        ),
        markup=False,
    )
    if failed:
        stderr.print(
            translate("charts.cli.some_failed", failed=failed, total=len(todo)), markup=False
        )
        raise typer.Exit(int(ExitCode.INVALID))


def _run_with_progress(
    workspace: Workspace, todo: list[ChartJob], jobs: int | None
) -> tuple[list[Path], int]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from pdsa_cli.charts.batch import render_measures

    written: list[Path] = []
    failed = 0
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn())
    outcomes = render_measures(workspace, todo, jobs)  # workers start before the bar's thread
    with Progress(*columns, console=stderr, transient=True) as progress:
        task = progress.add_task(translate("charts.cli.progress"), total=len(todo))
        for outcome in outcomes:
            progress.advance(task)
            if outcome.path is not None:
                written.append(outcome.path)
            else:
                failed += 1
                progress.console.print(
                    translate(
                        "charts.cli.failed", measure=outcome.job.measure_id, error=outcome.error
                    ),
                    markup=False,
                )
    return written, failed
