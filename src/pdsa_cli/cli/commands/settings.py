"""`pdsa aim`, `pdsa seminar` and `pdsa programme`: what only YAML editing could set before."""

from __future__ import annotations

from typing import Annotated

import typer

from pdsa_cli.cli.numbers import METAVAR, number
from pdsa_cli.cli.output import echo, guarded
from pdsa_cli.cli.root import app
from pdsa_cli.errors import UsageError, display_path
from pdsa_cli.i18n import translate

Opt = typer.Option


@app.command()
@guarded
def aim(
    initiative: Annotated[str, typer.Argument(help="The initiative whose aim is set.")],
    statement: Annotated[
        str | None, Opt("--statement", help="The SMART aim in words: what, how much, by when.")
    ] = None,
    measure: Annotated[
        str | None, Opt("--measure", help="The measure the target is stated on.")
    ] = None,
    target: Annotated[
        float | None,
        Opt("--target", parser=number, metavar=METAVAR, help="The target value (0,8 or 0.8)."),
    ] = None,
    target_date: Annotated[
        str | None, Opt("--target-date", help="When the target should be reached.")
    ] = None,
) -> None:
    """Set an initiative's aim: its statement, measure, target and target date."""
    from pdsa_cli.cli.ask import workspace_root
    from pdsa_cli.writing.inputs import parse_date
    from pdsa_cli.writing.locate import initiative_dir
    from pdsa_cli.writing.settings import AimInput, set_aim

    root = workspace_root()
    day = parse_date(target_date, "--target-date") if target_date else None
    set_aim(root, initiative, AimInput(statement, measure, target, day))
    path = initiative_dir(root, initiative) / "initiative.yaml"
    echo(translate("settings.done.aim", initiative=initiative, path=display_path(path)))


@app.command()
@guarded
def seminar(
    number_: Annotated[int, typer.Argument(min=1, metavar="NUMBER", help="The seminar's number.")],
    date: Annotated[str, typer.Argument(help="The seminar's date (2022-09-05, 05.09.22, ...).")],
    title: Annotated[str | None, Opt("--title", help="The seminar's title.")] = None,
    place: Annotated[str | None, Opt("--place", help="Where it is held.")] = None,
) -> None:
    """Add a learning seminar to the programme, or change the one with that number."""
    from pdsa_cli.cli.ask import workspace_root
    from pdsa_cli.writing.inputs import parse_date
    from pdsa_cli.writing.settings import set_seminar

    root = workspace_root()
    day = parse_date(date, translate("writing.arg.date"))
    set_seminar(root, number_, day, title, place)
    echo(translate("settings.done.seminar", number=number_, date=day.isoformat()))


@app.command()
@guarded
def programme(
    end: Annotated[
        str | None, Opt("--end", help="The programme's last day (2023-06-30, 30.06.23, ...).")
    ] = None,
) -> None:
    """Set the programme's end date (measures are not reported stale after it)."""
    from pdsa_cli.cli.ask import workspace_root
    from pdsa_cli.writing.inputs import parse_date
    from pdsa_cli.writing.settings import set_programme_end

    root = workspace_root()
    if end is None:
        raise UsageError("settings.nothing_given", options="--end")
    day = parse_date(end, "--end")
    set_programme_end(root, day)
    echo(translate("settings.done.end", date=day.isoformat()))
