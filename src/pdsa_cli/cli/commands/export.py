"""`pdsa export`: measurements and cycles as tidy CSV or .xlsx, for Excel and Power BI."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from pdsa_cli.cli.app import app
from pdsa_cli.cli.output import echo, guarded
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
    sep: Annotated[str, typer.Option("--sep", help="CSV separator; ';' for Danish Excel.")] = ",",
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite the file if it exists.")
    ] = False,
) -> None:
    """Export every measurement, or every cycle, as one tidy table.

    An .xlsx file gets both tables, one sheet each.
    """
    from pdsa_cli.cli.ask import workspace_root
    from pdsa_cli.loader import load_workspace
    from pdsa_cli.tables import export as exporting
    from pdsa_cli.writing.writer import create_file, replace_file

    result = load_workspace(workspace_root())
    if has_errors(result.problems):
        raise PdsaError("tables.invalid_workspace", problems=tuple(result.problems))
    tables = exporting.tables(result.workspace)
    suffix = out.suffix.lower() if out is not None else ".csv"
    if suffix not in (".csv", ".xlsx"):
        raise UsageError("tables.bad_suffix", path=str(out))
    if out is None:
        typer.echo(exporting.render_csv(*tables[what.value], sep=sep), nl=False)
        return
    if out.exists() and not force:
        raise UsageError("tables.exists", path=display_path(out))
    if suffix == ".xlsx":
        exporting.write_xlsx(tables, out)
    elif out.exists():
        replace_file(out, exporting.render_csv(*tables[what.value], sep=sep))
    else:
        create_file(out, exporting.render_csv(*tables[what.value], sep=sep))
    echo(display_path(out))
