"""`pdsa export`: measurements and cycles as tidy CSV or .xlsx, for Excel and Power BI."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from pdsa_cli.cli.output import echo, guarded
from pdsa_cli.cli.root import app
from pdsa_cli.errors import PdsaError, UsageError, display_path, has_errors


class What(StrEnum):
    MEASUREMENTS = "measurements"
    CYCLES = "cycles"


@app.command()
@guarded
def export(
    what: Annotated[What, typer.Argument(help="What to export.")] = What.MEASUREMENTS,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="The file: .csv or .xlsx (default: CSV on screen)."),
    ] = None,
    excel: Annotated[
        bool,
        typer.Option(
            "--excel",
            help="For Excel in the workspace's language: in Danish ';' between fields, decimal "
            "commas, Danish headers and ja/nej; a byte-order mark (æøå shown right) and CRLF.",
        ),
    ] = False,
    sep: Annotated[
        str | None,
        typer.Option("--sep", help="CSV separator (default ','; with --excel: the language's)."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite the file if it exists.")
    ] = False,
) -> None:
    """Export every measurement, or every cycle, as one tidy table.

    The default CSV is for tools (',', decimal points, English column names). For Excel use
    --excel. An .xlsx file gets both tables, one sheet each, with real dates and numbers and
    the workspace's language in headers and words.
    """
    from pdsa_cli.cli.ask import workspace_root
    from pdsa_cli.i18n import get_language
    from pdsa_cli.loader import load_workspace
    from pdsa_cli.tables import export as exporting
    from pdsa_cli.writing.output import output_errors, write_output

    result = load_workspace(workspace_root())  # also takes the programme's language
    if has_errors(result.problems):
        raise PdsaError("tables.invalid_workspace", problems=tuple(result.problems))
    tables = exporting.tables(result.workspace)
    suffix = out.suffix.lower() if out is not None else ".csv"
    if suffix not in (".csv", ".xlsx"):
        raise UsageError("tables.bad_suffix", path=str(out))
    style = exporting.excel_style(get_language(), sep) if excel else exporting.Style(sep or ",")
    if suffix == ".xlsx":  # a workbook is for people: their language's headers and words
        style = exporting.Style(lang=get_language())
    if out is None:
        echo(exporting.render_csv(*tables[what.value], style))  # masked, as every output
        return
    if out.exists() and not force:
        raise UsageError("tables.exists", path=display_path(out))
    if suffix == ".xlsx":
        with output_errors(out):  # openpyxl needs the temporary folder
            data: bytes | str = exporting.xlsx_bytes(tables, style)
    else:
        data = exporting.render_csv(*tables[what.value], style)
    write_output(out, data, overwrite=force)
    echo(display_path(out))
