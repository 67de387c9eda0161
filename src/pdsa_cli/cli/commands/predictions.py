"""`pdsa predictions`: every quantitative prediction scored against the data, with the shares
met per municipality and for the programme, the biggest misses and the ramps' trends."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated

import typer

from pdsa_cli.cli.output import echo, guarded, stderr
from pdsa_cli.cli.root import app
from pdsa_cli.cli.state import use_workspace_language
from pdsa_cli.errors import UsageError, has_errors
from pdsa_cli.i18n import translate

if TYPE_CHECKING:  # the models load when the command runs, not for `pdsa --help`
    from pdsa_cli.workspace.index import Workspace


@app.command()
@guarded
def predictions(
    municipality: Annotated[
        str | None, typer.Option("--municipality", "-m", help="Only this municipality (its id).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for other tools.")] = False,
) -> None:
    """Check the cycles' quantitative predictions against the data: met, not met, no data yet."""
    from pdsa_cli.cli.ask import workspace_root
    from pdsa_cli.cli.predictions_view import render_report
    from pdsa_cli.loader import load_workspace
    from pdsa_cli.predictions import summarise_predictions
    from pdsa_cli.predictions.text import report_to_dict

    result = load_workspace(workspace_root())
    workspace = result.workspace
    _use_programme_language(workspace)
    if municipality is not None and municipality not in workspace.municipalities:
        known = ", ".join(sorted(workspace.municipalities)) or "-"
        raise UsageError("predictions.unknown_municipality", municipality=municipality, known=known)
    if has_errors(result.problems):
        stderr.print(translate("predictions.load_problems", count=len(result.problems)))
    report = summarise_predictions(workspace, municipality)
    if as_json:
        echo(json.dumps(report_to_dict(report), ensure_ascii=False, indent=2))
    else:
        render_report(report, workspace)


def _use_programme_language(workspace: Workspace) -> None:
    programme = workspace.programme
    use_workspace_language(programme.model.language if programme else None)
