"""`pdsa validate`: FIRST CUT, to be completed by the foundation work."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pdsa_cli.cli.app import app
from pdsa_cli.cli.output import echo, guarded
from pdsa_cli.cli.state import state
from pdsa_cli.errors import ExitCode, has_errors


@app.command()
@guarded
def validate(
    path: Annotated[
        Path | None, typer.Argument(help="Workspace folder (default: --cycles).")
    ] = None,
) -> None:
    """Check every file of the workspace and report every problem at once."""
    from pdsa_cli.loader import load_workspace

    result = load_workspace(path or state.cycles)
    for problem in result.problems:
        echo(problem.render())
    if has_errors(result.problems):
        raise typer.Exit(int(ExitCode.INVALID))
