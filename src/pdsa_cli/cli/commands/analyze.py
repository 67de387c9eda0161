"""`pdsa analyze CSV|MEASURE`: centre line, limits and signals; `--json` is the contract."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, BinaryIO

import typer

from pdsa_cli.cli import analysis_options as opt
from pdsa_cli.cli.output import guarded, stdout
from pdsa_cli.cli.root import app
from pdsa_cli.errors import ExitCode
from pdsa_cli.i18n import get_language, translate
from pdsa_cli.i18n.glossary import term

if TYPE_CHECKING:
    from pdsa_cli.analysis import Analysis, AnalysisOptions


@app.command()
@guarded
def analyze(
    source: Annotated[
        str, typer.Argument(help="A CSV file (x, y[, n, part, note]) or a measure id.")
    ],
    chart: opt.ChartType = None,
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
    as_json: Annotated[bool, typer.Option("--json", help="The JSON contract on stdout.")] = False,
    as_csv: Annotated[
        bool, typer.Option("--csv", help="The per-point table as CSV on stdout (for spreadsheets).")
    ] = False,
    fail_on_signal: Annotated[
        bool, typer.Option("--fail-on-signal", help="Exit 1 when any rule fires.")
    ] = False,
) -> None:
    """Centre line, limits and signals of a CSV file or a workspace measure."""
    from pdsa_cli.analysis.describe import fired

    options = opt.analysis_options(
        chart, rules, freeze, part, exclude, cl, multiply, screen_mr, direction, target, agg
    )
    analysis = _run(source, options, phase_at_adopt)
    if as_json:
        _write_json(analysis)
    elif as_csv:
        _write_csv(analysis)
    else:
        _print(analysis, source)
    if fail_on_signal and fired(analysis):
        raise typer.Exit(int(ExitCode.INVALID))


def _run(source: str, options: AnalysisOptions, phase_at_adopt: bool) -> Analysis:
    from pdsa_cli.analysis import analyse, read_series_csv

    if opt.is_csv(source):
        return analyse(read_series_csv(Path(source)), options)
    return opt.analyse_workspace_measure(source, options, phase_at_adopt)[0]


def _write_json(analysis: Analysis) -> None:
    """The contract streamed to stdout in pieces (a million points never sit in memory as
    one string)."""
    from pdsa_cli.analysis.contract import write_analysis_json

    _stream(write_analysis_json, analysis)


def _write_csv(analysis: Analysis) -> None:
    from pdsa_cli.analysis.contract import write_analysis_csv

    _stream(write_analysis_csv, analysis)


def _stream(write: Callable[[Analysis, BinaryIO], None], analysis: Analysis) -> None:
    """Write to stdout's bytes. A reader that stops early (`| head`) ends the output quietly,
    as Unix tools do, not with an error."""
    sys.stdout.flush()
    try:
        write(analysis, sys.stdout.buffer)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # nothing left to flush into the closed pipe
        raise typer.Exit(0) from None


# The table's columns named by the glossary's line names (CL, ØKG/UCL, NKG/LCL).
LINES = ("cl", "lcl", "ucl")


def _number(value: float) -> str:
    """Four significant digits, a decimal comma in Danish; NaN -> blank."""
    if value != value:
        return ""
    text = f"{value:.4g}"
    return text.replace(".", ",") if get_language() == "da" else text


def _x_text(analysis: Analysis, index: int) -> str:
    value = analysis.x[index]
    if analysis.x_kind == "number":
        number = float(value)
        return str(int(number)) if number.is_integer() and abs(number) < 1e15 else _number(number)
    return "" if value is None or str(value) == "NaT" else str(value)


def _variation_text(value: str) -> str:
    """Short words for the table: the full phrase is in the verdict line below it."""
    return "" if value == "common_cause" else translate(f"analyze.short.{value}")


LONG = 60  # more points than this: the terminal shows the first and last rows only
HEAD = TAIL = 10
RANGES = 12  # ranges of points named per signal in the summarised view


def _print(analysis: Analysis, source: str) -> None:
    """The table and what it means. A long series is summarised (its first and last rows, the
    phases and each signal with its points) and says how to get every point, so the terminal
    view never costs more than the JSON."""
    from rich.table import Table

    from pdsa_cli.analysis.describe import describe_phase, describe_verdict

    # The chart's and rule set's names as the chart's caption has them (one word per concept).
    chart = translate(f"charts.type.{analysis.chart}")
    rules = translate(f"charts.rules.{analysis.rules}")
    title = translate("analyze.title", source=source, chart=chart, rules=rules)
    table = Table(title=title, title_justify="left", pad_edge=False)
    spc = analysis.chart != "run"
    columns = ("point", "x", "y", "cl", "lcl", "ucl", "phase", "signals", "variation")
    shown = [c for c in columns if spc or c not in ("lcl", "ucl")]
    for key in shown:
        table.add_column(
            term("line", key) if key in LINES else translate(f"analyze.col.{key}"),
            justify="left" if key in ("x", "signals", "variation") else "right",
            no_wrap=key not in ("signals", "variation"),
            overflow="fold",
        )
    size = len(analysis)
    long = size > LONG
    rows = [*range(HEAD), None, *range(size - TAIL, size)] if long else list(range(size))
    signals = _signals_of(analysis, [i for i in rows if i is not None])
    for i in rows:
        if i is None:  # the rows left out; the line under the table says how many
            table.add_row(*("…" for _ in shown))
            continue
        table.add_row(*_cells(analysis, i, signals.get(i, ()), shown))
    stdout.print(table)
    limit = RANGES if long else None
    for summary in analysis.phases:
        stdout.print(describe_phase(analysis, summary, limit=limit), markup=False)
    stdout.print(describe_verdict(analysis), markup=False)
    if long:
        hidden = size - HEAD - TAIL
        more = translate("analyze.long.more", hidden=hidden, total=size, source=source)
        stdout.print(more, markup=False)


def _signals_of(analysis: Analysis, rows: list[int]) -> dict[int, tuple[str, ...]]:
    """The rule ids at each of `rows` (0-based), looked up once per hit, not once per row."""
    wanted = set(rows)
    found: dict[int, list[str]] = {}
    for position, summary in enumerate(analysis.phases, start=1):
        for hit in summary.rules:
            for point in sorted(set(hit.points) & {i + 1 for i in wanted}):
                if int(analysis.phase[point - 1]) == position:
                    found.setdefault(point - 1, []).append(hit.id)
    return {index: tuple(ids) for index, ids in found.items()}


def _cells(analysis: Analysis, i: int, fired: tuple[str, ...], shown: list[str]) -> list[str]:
    signals = ", ".join(term("rule", rule) for rule in fired)
    if analysis.excluded[i]:
        signals = f"({translate('analyze.excluded')}) {signals}".strip()
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
    return [cells[key] for key in shown]
