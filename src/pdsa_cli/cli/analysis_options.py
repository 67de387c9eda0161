"""What `pdsa analyze` and `pdsa chart` share: the analysis options, the source and the workspace.

One declaration of each option, so both commands take the same flags with the same meaning and
a chart always shows what `pdsa analyze` reports. Heavy imports stay inside the functions.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pdsa_cli.cli.numbers import METAVAR, number
from pdsa_cli.cli.state import use_workspace_language
from pdsa_cli.errors import PdsaError, UsageError

if TYPE_CHECKING:
    from pdsa_cli.analysis import Analysis, AnalysisOptions
    from pdsa_cli.workspace.index import LoadResult, Workspace

CSV_SUFFIXES = (".csv", ".tsv", ".txt")

ChartType = Annotated[
    str | None, typer.Option("--chart", help="run, i, mr, p, pp, u, up, c, xbar, s, g or t.")
]
Rules = Annotated[str | None, typer.Option(help="anhoej, ihi, mdc or weco.")]
Freeze = Annotated[
    int | None, typer.Option(help="The first K points (of each phase) set the limits.")
]
Part = Annotated[str | None, typer.Option(help="Phases: K1,K2,... (phase 1 is points 1..K1).")]
Exclude = Annotated[str | None, typer.Option(help="Points left out of the calculations: i,j,...")]
CentreLine = Annotated[
    float | None,
    typer.Option("--cl", parser=number, metavar=METAVAR, help="A known centre line."),
]
Multiply = Annotated[
    float, typer.Option(parser=number, metavar=METAVAR, help="E.g. 100 for percent.")
]
ScreenMR = Annotated[
    bool, typer.Option("--screen-mr/--no-screen-mr", help="Screen large moving ranges.")
]
Direction = Annotated[str | None, typer.Option(help="Which way is better: up, down or neutral.")]
Target = Annotated[
    float | None, typer.Option(parser=number, metavar=METAVAR, help="The target value.")
]
Agg = Annotated[str, typer.Option(help="Subgroup values: mean, median or sum.")]
PhaseAtAdopt = Annotated[
    bool, typer.Option("--phase-at-adopt", help="A new phase at each adopted cycle.")
]


def analysis_options(  # in the order the commands declare them
    chart: str | None,
    rules: str | None,
    freeze: int | None,
    part: str | None,
    exclude: str | None,
    cl: float | None,
    multiply: float,
    screen_mr: bool,
    direction: str | None,
    target: float | None,
    agg: str,
) -> AnalysisOptions:
    """The options as the analysis takes them (positions parsed; the rest it checks itself)."""
    from pdsa_cli.analysis import AnalysisOptions

    part_at, left_out = positions("--part", part), positions("--exclude", exclude)
    return AnalysisOptions(
        chart, rules, freeze, part_at, left_out, cl, multiply, screen_mr, direction, target, agg
    )


def positions(option: str, value: str | None) -> tuple[int, ...]:
    """'3,7' or '3;7' -> (3, 7): 1-based point positions as users count them."""
    if not value:
        return ()
    try:
        return tuple(int(item) for item in value.replace(";", ",").split(",") if item.strip())
    except ValueError:
        raise UsageError("analysis.bad_number_list", option=option, value=value) from None


def is_csv(source: str) -> bool:
    """A CSV file (it exists, or is named like one) rather than a measure id."""
    path = Path(source)
    return path.is_file() or path.suffix.lower() in CSV_SUFFIXES


def load_measures_workspace() -> LoadResult:
    """The workspace of `--cycles`, its language taking effect unless `--lang` was given.

    Files with problems are left out (their measures are then unknown); `pdsa validate` is
    where the problems are reported in full.
    """
    from pdsa_cli.cli.ask import workspace_root
    from pdsa_cli.loader import load_workspace

    root = workspace_root()
    loaded = load_workspace(root)
    programme = loaded.workspace.programme
    use_workspace_language(programme.model.language if programme else None)
    return loaded


def analyse_workspace_measure(
    measure_id: str, options: AnalysisOptions, phase_at_adopt: bool
) -> tuple[Analysis, Workspace]:
    """One measure of the `--cycles` workspace, analysed; an unknown measure whose file exists
    but did not load says why (its problems), not only that it is unknown."""
    from pdsa_cli.analysis import analyse_measure

    loaded = load_measures_workspace()
    workspace = loaded.workspace
    try:
        analysis = analyse_measure(workspace, measure_id, options, phase_at_adopt=phase_at_adopt)
    except PdsaError as error:
        mine = tuple(p for p in loaded.problems if Path(p.file).stem == measure_id)
        if error.key == "analysis.unknown_measure" and mine:
            key = "analysis.measure_not_loaded"
            raise PdsaError(key, problems=mine, measure=measure_id) from None
        raise
    return analysis, workspace
