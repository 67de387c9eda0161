"""`pdsa analyze CSV|MEASURE`: centre line, limits and signals; `--json` is the contract."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pdsa_cli.cli.app import app
from pdsa_cli.cli.output import echo, guarded, stdout
from pdsa_cli.cli.state import state
from pdsa_cli.errors import ExitCode, PdsaError, UsageError
from pdsa_cli.i18n import parse_lang, set_language, translate

if TYPE_CHECKING:
    from pdsa_cli.analysis import Analysis, AnalysisOptions

CSV_SUFFIXES = (".csv", ".tsv", ".txt")


def _positions(option: str, value: str | None) -> tuple[int, ...]:
    if not value:
        return ()
    try:
        return tuple(int(item) for item in value.replace(";", ",").split(",") if item.strip())
    except ValueError:
        raise UsageError("analysis.bad_number_list", option=option, value=value) from None


@app.command()
@guarded
def analyze(
    source: Annotated[
        str, typer.Argument(help="A CSV file (x, y[, n, part, note]) or a measure id.")
    ],
    chart: Annotated[
        str | None, typer.Option(help="run, i, mr, p, pp, u, up, c, xbar, s, g or t.")
    ] = None,
    rules: Annotated[str | None, typer.Option(help="anhoej, ihi, mdc or weco.")] = None,
    freeze: Annotated[
        int | None, typer.Option(help="The first K points (of each phase) set the limits.")
    ] = None,
    part: Annotated[
        str | None, typer.Option(help="Phases: K1,K2,... (phase 1 is points 1..K1).")
    ] = None,
    exclude: Annotated[
        str | None, typer.Option(help="Points left out of the calculations: i,j,...")
    ] = None,
    cl: Annotated[float | None, typer.Option("--cl", help="A known centre line.")] = None,
    multiply: Annotated[float, typer.Option(help="E.g. 100 for percent.")] = 1.0,
    screen_mr: Annotated[
        bool, typer.Option("--screen-mr/--no-screen-mr", help="Screen large moving ranges.")
    ] = True,
    direction: Annotated[
        str | None, typer.Option(help="Which way is better: up, down or neutral.")
    ] = None,
    target: Annotated[float | None, typer.Option(help="The target value.")] = None,
    agg: Annotated[str, typer.Option(help="Subgroup values: mean, median or sum.")] = "mean",
    phase_at_adopt: Annotated[
        bool, typer.Option("--phase-at-adopt", help="A new phase at each adopted cycle.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="The JSON contract on stdout.")] = False,
    fail_on_signal: Annotated[
        bool, typer.Option("--fail-on-signal", help="Exit 1 when any rule fires.")
    ] = False,
) -> None:
    """Centre line, limits and signals of a CSV file or a workspace measure."""
    from pdsa_cli.analysis import AnalysisOptions
    from pdsa_cli.analysis.describe import fired

    options = AnalysisOptions(
        chart=chart,
        rules=rules,
        freeze=freeze,
        part=_positions("--part", part),
        exclude=_positions("--exclude", exclude),
        cl=cl,
        multiply=multiply,
        screen_mr=screen_mr,
        direction=direction,
        target=target,
        agg=agg,
    )
    analysis = _run(source, options, phase_at_adopt)
    if as_json:
        echo(json.dumps(analysis.to_json_dict(), ensure_ascii=False, allow_nan=False))
    else:
        _print(analysis, source)
    if fail_on_signal and fired(analysis):
        raise typer.Exit(int(ExitCode.INVALID))


def _run(source: str, options: AnalysisOptions, phase_at_adopt: bool) -> Analysis:
    from pdsa_cli.analysis import analyse, analyse_measure, read_series_csv

    path = Path(source)
    if path.is_file() or path.suffix.lower() in CSV_SUFFIXES:
        return analyse(read_series_csv(path), options)
    from pdsa_cli.loader import load_workspace

    root = state.cycles
    if not root.is_dir():
        raise PdsaError("cli.no_workspace", path=str(root))
    loaded = load_workspace(root)
    workspace = loaded.workspace
    if state.lang is None and workspace.programme is not None:
        set_language(parse_lang(workspace.programme.model.language))
    try:
        return analyse_measure(workspace, source, options, phase_at_adopt=phase_at_adopt)
    except PdsaError as error:
        if error.key == "analysis.unknown_measure":
            # The measure's file may exist but be invalid: show why it was not loaded.
            mine = tuple(p for p in loaded.problems if Path(p.file).stem == source)
            raise PdsaError(error.key, problems=mine, **error.detail) from None
        raise


def _number(value: float) -> str:
    return "" if value != value else f"{value:.4g}"  # NaN -> blank


def _x_text(analysis: Analysis, index: int) -> str:
    value = analysis.x[index]
    if analysis.x_kind == "number":
        return _number(float(value))
    return "" if value is None or str(value) == "NaT" else str(value)


def _variation_text(value: str) -> str:
    """Short words for the table: the full phrase is in the verdict line below it."""
    return "" if value == "common_cause" else translate(f"analyze.short.{value}")


def _print(analysis: Analysis, source: str) -> None:
    from rich.table import Table

    from pdsa_cli.analysis.describe import describe_phase, describe_verdict

    title = translate("analyze.title", source=source, chart=analysis.chart, rules=analysis.rules)
    table = Table(title=title, title_justify="left", pad_edge=False)
    spc = analysis.chart != "run"
    columns = ("point", "x", "y", "cl", "lcl", "ucl", "phase", "signals", "variation")
    shown = [c for c in columns if spc or c not in ("lcl", "ucl")]
    for key in shown:
        table.add_column(
            translate(f"analyze.col.{key}"),
            justify="left" if key in ("x", "signals", "variation") else "right",
            no_wrap=key not in ("signals", "variation"),
            overflow="fold",
        )
    excluded = translate("analyze.excluded")
    for i in range(len(analysis)):
        signals = ", ".join(analysis.signals_at(i + 1))
        if analysis.excluded[i]:
            signals = f"({excluded}) {signals}".strip()
        cells = {
            "point": str(i + 1),
            "x": _x_text(analysis, i),
            "y": _number(float(analysis.y[i])),
            "cl": _number(float(analysis.cl[i])),
            "lcl": _number(float(analysis.lcl[i])),
            "ucl": _number(float(analysis.ucl[i])),
            "phase": str(int(analysis.phase[i])),
            "signals": signals,
            "variation": _variation_text(str(analysis.variation[i])),
        }
        table.add_row(*(cells[key] for key in shown))
    stdout.print(table)
    for summary in analysis.phases:
        stdout.print(describe_phase(analysis, summary), markup=False)
    stdout.print(describe_verdict(analysis), markup=False)
