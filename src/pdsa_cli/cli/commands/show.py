"""`pdsa show CYCLE|INITIATIVE`: a readable view of one cycle or one initiative."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pdsa_cli.cli.output import guarded, stdout
from pdsa_cli.cli.root import app
from pdsa_cli.errors import PdsaError, display_path


@app.command()
@guarded
def show(
    what: Annotated[
        str,
        typer.Argument(
            help="A cycle (its file, <initiative>#<number> or <initiative>/<number>) "
            "or an initiative id.",
            metavar="CYCLE|INITIATIVE",
        ),
    ],
) -> None:
    """Show one cycle or one initiative, readably.

    A cycle: its plan with the predictions beside the study results, then do and act.
    An initiative: its aim, its ramp of cycles and its measures.
    """
    from pdsa_cli.cli.ask import workspace_root
    from pdsa_cli.cli.show_view import render_cycle, render_initiative
    from pdsa_cli.loader import load_workspace

    root = workspace_root()
    workspace = load_workspace(root).workspace
    cycle_path = _cycle_path(root, what)
    if cycle_path is not None:
        entry = next((c for c in workspace.cycles if _same(c.file, cycle_path)), None)
        if entry is None:
            raise PdsaError("writing.not_loaded", path=display_path(cycle_path))
        stdout.print(render_cycle(workspace, entry))
        return
    initiative = workspace.initiatives.get(what)
    if initiative is None:
        known = ", ".join(sorted(workspace.initiatives)) or "-"
        raise PdsaError("writing.unknown_reference", value=what, known=known)
    stdout.print(render_initiative(workspace, initiative))


def _cycle_path(root: Path, what: str) -> Path | None:
    """The cycle file `what` names, or None when it names no cycle (maybe an initiative)."""
    from pdsa_cli.writing.locate import resolve_cycle

    if "#" in what or "/" in what or "\\" in what or Path(what).is_file():
        return resolve_cycle(root, what)
    return None


def _same(first: Path, second: Path) -> bool:
    return first.resolve() == second.resolve()
