"""`pdsa list`: the workspace's initiatives and cycles as tables, with filters."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pdsa_cli.cli.app import app
from pdsa_cli.cli.output import guarded, stderr, stdout
from pdsa_cli.cli.state import state
from pdsa_cli.errors import Severity, UsageError
from pdsa_cli.i18n import set_language, translate

# The models (pydantic) load only when the command runs, so `pdsa --help` stays quick.
if TYPE_CHECKING:
    from pdsa_cli.listing import Selection
    from pdsa_cli.models import Decision
    from pdsa_cli.workspace import LoadResult

# Spelled out here for --help; tests check they equal the models' enums.
STATUSES = "active, adopted, abandoned, spread, planned, doing, studying, done"
DECISIONS = "adopt, adapt, abandon"


@app.command("list")
@guarded
def list_(
    municipality: Annotated[
        str | None, typer.Option("--municipality", "-m", help="Municipality id, e.g. hoersholm.")
    ] = None,
    status: Annotated[str | None, typer.Option("--status", "-s", help=STATUSES)] = None,
    decision: Annotated[str | None, typer.Option("--decision", "-d", help=DECISIONS)] = None,
) -> None:
    """List initiatives and PDSA cycles, filtered by municipality, status or decision."""
    from pdsa_cli.listing import parse_status, select
    from pdsa_cli.loader import load_workspace

    chosen = parse_status(status) if status is not None else None
    if status is not None and chosen is None:
        raise UsageError("list.bad_status", value=status, allowed=STATUSES)
    decided = _decision(decision)
    root = _workspace_root()
    result = load_workspace(root)
    _choose_language(result)
    _warn_about_problems(result)
    selection = select(result.workspace, municipality, chosen, decided)
    _print(selection, result)


def _decision(value: str | None) -> Decision | None:
    from pdsa_cli.models import Decision

    if value is None:
        return None
    try:
        return Decision(value)
    except ValueError:
        raise UsageError("list.bad_decision", value=value, allowed=DECISIONS) from None


def _workspace_root() -> Path:
    if not state.cycles.is_dir():
        raise UsageError("cli.no_workspace", path=state.cycles)
    return state.cycles


def _choose_language(result: LoadResult) -> None:
    programme = result.workspace.programme
    if state.lang is None and programme is not None:
        set_language("da" if programme.model.language == "da" else "en")


def _warn_about_problems(result: LoadResult) -> None:
    errors = sum(p.severity is Severity.ERROR for p in result.problems)
    if errors:
        stderr.print(translate("list.has_problems", errors=errors), markup=False)


def _print(selection: Selection, result: LoadResult) -> None:
    from rich.table import Table

    if not selection.initiatives and not selection.cycles:
        stdout.print(translate("list.none"), markup=False)
        return
    ws = result.workspace
    initiatives = Table(title=translate("list.initiatives"))
    for column in ("municipality", "initiative", "name", "track", "status", "cycles"):
        initiatives.add_column(translate(f"list.col.{column}"))
    for owner in selection.initiatives:
        initiative = owner.model
        municipality = ws.municipalities.get(owner.municipality or "")
        shown = municipality.model.name if municipality else str(owner.municipality)
        count = str(len(ws.cycles_of(owner.id)))
        track, status = str(int(initiative.track)), initiative.status.value
        initiatives.add_row(shown, owner.id, initiative.name, track, status, count)
    cycles = Table(title=translate("list.cycles"))
    for column in ("initiative", "number", "title", "started", "status", "decision"):
        cycles.add_column(translate(f"list.col.{column}"))
    for entry in selection.cycles:
        cycle = entry.model
        started = cycle.do.start.isoformat() if cycle.do else ""
        decision = cycle.act.decision.value if cycle.act else ""
        row = (str(entry.initiative), str(cycle.number), cycle.title, started)
        cycles.add_row(*row, cycle.status.value, decision)
    stdout.print(initiatives)
    stdout.print(cycles)
