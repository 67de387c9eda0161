"""`pdsa import FILE --measure M`: measurements from Excel or a CSV export, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pdsa_cli.cli import ask
from pdsa_cli.cli.output import echo, guarded, stdout
from pdsa_cli.cli.root import app
from pdsa_cli.errors import PdsaError
from pdsa_cli.i18n import translate

if TYPE_CHECKING:
    from pdsa_cli.tables.reader import ImportPlan
    from pdsa_cli.writing.logbook import Reading

Opt = typer.Option
PREVIEW_ROWS = 5


@app.command("import")
@guarded
def import_measurements(
    file: Annotated[Path, typer.Argument(help="An .xlsx file or a CSV export.")],
    measure: Annotated[str, Opt("--measure", "-m", help="The measure to add the rows to.")],
    sep: Annotated[str | None, Opt("--sep", help="CSV separator (default: detected).")] = None,
    decimal: Annotated[
        str | None, Opt("--decimal", help="Decimal mark, '.' or ',' (default: detected).")
    ] = None,
    sheet: Annotated[str | None, Opt("--sheet", help="The .xlsx sheet (default: first).")] = None,
    header_row: Annotated[
        int | None,
        Opt(
            "--header-row",
            min=1,
            help="The row of the headers (default: found under any title rows).",
        ),
    ] = None,
    date_col: Annotated[
        str | None, Opt("--date-col", help="Column of the date/week/month.")
    ] = None,
    value_col: Annotated[str | None, Opt("--value-col", help="Column of the value.")] = None,
    numerator_col: Annotated[str | None, Opt("--numerator-col", help="Numerator column.")] = None,
    denominator_col: Annotated[
        str | None, Opt("--denominator-col", help="Denominator column.")
    ] = None,
    note_col: Annotated[str | None, Opt("--note-col", help="Column of notes.")] = None,
    from_measure: Annotated[
        str | None,
        Opt(
            "--from-measure",
            help="In a file of several measures (an export): whose rows to read "
            "(default: the measure's own, else the file's only one).",
        ),
    ] = None,
    replace: Annotated[
        bool, Opt("--replace", help="Replace measurements of periods already logged.")
    ] = False,
    dry_run: Annotated[bool, Opt("--dry-run", help="Show the preview, write nothing.")] = False,
    yes: Annotated[bool, Opt("--yes", "-y", help="Write without asking.")] = False,
) -> None:
    """Add the rows of a spreadsheet to a measure, after a preview; nothing is written if any
    row is bad (each bad row is named with its line and column).

    Columns are guessed from headers such as Dato, Uge, Måned, Værdi, Antal, Tæller, Nævner;
    when no header names the value, the one column of numbers left is used (the preview says
    which). Weeks (2021-W14, uge 14 2021) and months (marts 2021, 2021-03) are read as
    periods. "40 %" is read for a measure in %; a proportion needs numerator and denominator.
    """
    from pdsa_cli.cli.ask import workspace_root
    from pdsa_cli.models import Measure
    from pdsa_cli.tables.reader import plan_import, read_table
    from pdsa_cli.writing.locate import measure_file
    from pdsa_cli.writing.logbook import Reading, check_all
    from pdsa_cli.writing.writer import read_valid

    root = workspace_root()
    _, model = read_valid(measure_file(root, measure), Measure)
    given = {
        "date": date_col,
        "value": value_col,
        "numerator": numerator_col,
        "denominator": denominator_col,
        "note": note_col,
    }
    table = read_table(file, sep, sheet, header_row)
    plan = plan_import(table, model, given, decimal, measure, from_measure=from_measure)
    if table.titles:
        echo(translate("tables.titles_skipped", row=table.header_line, count=table.titles))
    if plan.problems:
        raise PdsaError("tables.import_refused", problems=plan.problems, count=len(plan.problems))
    readings = [
        Reading.of(item, table.source, row)
        for item, row in zip(plan.measurements, plan.rows, strict=True)
    ]
    check_all(readings, model, replace)  # a taken period is said before anything is asked
    _preview(plan, measure)
    if dry_run or not (yes or ask.confirm("tables.confirm", default=True)):
        echo(translate("tables.nothing_written"))
        return
    _write(root, measure, readings, replace)


def _preview(plan: ImportPlan, measure: str) -> None:
    from rich.table import Table

    from pdsa_cli.i18n import get_language
    from pdsa_cli.tables.export import number_text

    decimal = "," if get_language() == "da" else "."
    mapping = ", ".join(
        f"{translate(f'tables.col.{name}')} <- {header}" for name, header in plan.columns.items()
    )
    echo(translate("tables.preview", count=len(plan.measurements), measure=measure, map=mapping))
    if plan.value_inferred:
        echo(translate("tables.value_from", column=plan.columns["value"]))
    if plan.rows_of is not None:
        echo(translate("tables.rows_of_measure", measure=plan.rows_of))
    if plan.totals:
        echo(translate("tables.totals_left_out", rows=", ".join(map(str, plan.totals))))
    table = Table(show_edge=False)
    for column in ("date", "value", "numerator", "denominator", "note"):
        table.add_column(translate(f"tables.col.{column}"))
    items = plan.measurements
    shown = (
        items
        if len(items) <= 2 * PREVIEW_ROWS
        else (*items[:PREVIEW_ROWS], None, *items[-PREVIEW_ROWS:])
    )
    for item in shown:
        if item is None:
            table.add_row("…", "", "", "", "")
            continue
        cells = (item.value, item.numerator, item.denominator)
        table.add_row(
            item.date.isoformat(),
            *("" if c is None else number_text(c, decimal) for c in cells),
            item.note or "",
        )
    stdout.print(table)


def _write(root: Path, measure: str, readings: list[Reading], replace: bool) -> None:
    from pdsa_cli.errors import display_path
    from pdsa_cli.writing.logbook import log_measurements

    result = log_measurements(root, measure, readings, replace)
    echo(
        translate(
            "writing.done.many",
            added=len(result.added),
            replaced=len(result.replaced),
            measure=result.measure,
            path=display_path(result.path),
        )
    )
