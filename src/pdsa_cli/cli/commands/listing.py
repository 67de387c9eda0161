"""`pdsa list`: the workspace's initiatives and cycles as tables, with filters."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from pdsa_cli.cli.output import guarded, stderr, stdout
from pdsa_cli.cli.root import app
from pdsa_cli.cli.state import use_workspace_language
from pdsa_cli.errors import Severity, UsageError
from pdsa_cli.i18n import translate
from pdsa_cli.i18n.glossary import accepted, parse, term

# The models (pydantic) load only when the command runs, so `pdsa --help` stays quick.
if TYPE_CHECKING:
    from rich.table import Table

    from pdsa_cli.models import Decision
    from pdsa_cli.workspace.index import LoadResult
    from pdsa_cli.workspace.listing import Selection

# Spelled out here for --help (the Danish help has its own in the catalogue); tests check they
# equal the glossary's words.
STATUSES = "active, adopted, abandoned, spread, planned, doing, studying, done"
DECISIONS = "adopt, adapt, abandon"
IDS = frozenset({"municipality", "number", "started", "status", "decision", "track"})


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
    from pdsa_cli.cli.ask import workspace_root
    from pdsa_cli.loader import load_workspace
    from pdsa_cli.workspace.listing import parse_status, select

    chosen = parse_status(status) if status is not None else None
    if status is not None and chosen is None:
        raise UsageError("list.bad_status", value=status, allowed=_statuses())
    decided = _decision(decision)
    root = workspace_root()
    result = load_workspace(root)
    _choose_language(result)
    _warn_about_problems(result)
    selection = select(result.workspace, municipality, chosen, decided)
    _print(selection, result)


def _statuses() -> str:
    return f"{accepted('initiative_status')}, {accepted('cycle_status')}"


def _decision(value: str | None) -> Decision | None:
    from pdsa_cli.models import Decision

    if value is None:
        return None
    chosen = parse("decision", value)
    if chosen is None:
        raise UsageError("list.bad_decision", value=value, allowed=accepted("decision"))
    return Decision(chosen)


def _choose_language(result: LoadResult) -> None:
    programme = result.workspace.programme
    use_workspace_language(programme.model.language if programme else None)


def _warn_about_problems(result: LoadResult) -> None:
    errors = sum(p.severity is Severity.ERROR for p in result.problems)
    if errors:
        stderr.print(translate("list.has_problems", errors=errors), markup=False)


def _print(selection: Selection, result: LoadResult) -> None:
    if not selection.initiatives and not selection.cycles:
        stdout.print(translate("list.none"), markup=False)
        return
    if selection.initiatives:
        stdout.print(_initiative_table(selection, result))
    if selection.cycles:
        stdout.print(_cycle_table(selection))


def _initiative_table(selection: Selection, result: LoadResult) -> Table:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=translate("list.initiatives"))
    for column in ("municipality", "initiative", "track", "status", "cycles"):
        table.add_column(translate(f"list.col.{column}"), **_fit(column))
    for owner in selection.initiatives:
        initiative = owner.model
        # The id (what users type) on the first line, the name wrapped beneath it.
        named = Text(owner.id)
        named.append(f"\n{initiative.name}", style="dim")
        count = str(len(result.workspace.cycles_of(owner.id)))
        track = str(int(initiative.track))
        status = term("initiative_status", initiative.status.value)
        table.add_row(str(owner.municipality), named, track, status, count)
    return table


def _fit(column: str) -> dict[str, Any]:
    """Short codes never wrap; ids (what users type) fold whole rather than lose their end."""
    if column == "initiative":
        return {"overflow": "fold", "min_width": 16}
    return {"no_wrap": column in IDS}


def _cycle_table(selection: Selection) -> Table:
    from rich.table import Table

    table = Table(title=translate("list.cycles"))
    for column in ("initiative", "number", "title", "started", "status", "decision"):
        table.add_column(translate(f"list.col.{column}"), **_fit(column))
    for entry in selection.cycles:
        cycle = entry.model
        started = cycle.do.start.isoformat() if cycle.do else ""
        decision = term("decision", cycle.act.decision.value) if cycle.act else ""
        row = (str(entry.initiative), str(cycle.number), cycle.title, started)
        table.add_row(*row, term("cycle_status", cycle.status.value), decision)
    return table
