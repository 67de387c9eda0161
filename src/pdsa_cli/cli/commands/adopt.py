"""`pdsa adopt`: take up a change from another municipality (an initiative here, or a package
zip from `pdsa package`) as a new initiative with its own ramp.

Interactive by default; with `--no-input` every required value comes as a flag. Everything is
checked before anything is written, and nothing existing is touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pdsa_cli.cli.commands.init import NoInput
from pdsa_cli.cli.output import echo, guarded
from pdsa_cli.cli.root import app
from pdsa_cli.errors import PdsaError, UsageError, display_path
from pdsa_cli.i18n import get_language, translate

if TYPE_CHECKING:
    from pdsa_cli.models.package import ChangePackageFile

Opt = typer.Option


@app.command()
@guarded
def adopt(
    source: Annotated[
        str, typer.Argument(help="An initiative id in this workspace, or a package file (.zip).")
    ],
    municipality: Annotated[
        str | None, Opt("--municipality", "-m", help="The municipality taking the change up.")
    ] = None,
    initiative_id: Annotated[
        str | None, Opt("--id", help="The new initiative's id (default: <municipality>-<name>).")
    ] = None,
    name: Annotated[
        str | None, Opt("--name", help="The new initiative's name (default: the source's).")
    ] = None,
    municipality_name: Annotated[
        str | None, Opt("--municipality-name", help="A new municipality's name.")
    ] = None,
    contact_role: Annotated[
        str | None,
        Opt("--contact-role", help="A new municipality's contact (a role, not a name)."),
    ] = None,
    date: Annotated[
        str | None,
        Opt(
            "--date",
            help="Plan date of cycle 1 (default: the day the source adopted it, else today).",
        ),
    ] = None,
    target_date: Annotated[
        str | None,
        Opt(
            "--target-date", help="The aim's target date (default: the source's, as a suggestion)."
        ),
    ] = None,
    driver: Annotated[
        str | None,
        Opt(
            "--driver", help="The secondary driver (default: the source's, if your diagram has it)."
        ),
    ] = None,
    no_input: NoInput = False,
) -> None:
    """Take up another municipality's change: a new initiative naming its source
    (adapted_from), the same measures with no data, and cycle 1 testing the final version."""
    from pdsa_cli.cli import ask
    from pdsa_cli.writing.adoption import (
        AdoptionDraft,
        default_initiative_id,
        default_plan_date,
        is_new_municipality,
    )
    from pdsa_cli.writing.adoption import (
        adopt as write_adoption,
    )
    from pdsa_cli.writing.inputs import parse_date
    from pdsa_cli.writing.locate import initiative_dirs, municipality_ids

    root = ask.workspace_root()
    package, package_name = _source(root, source)
    interactive = not no_input
    if municipality is None and interactive:
        known = [(m, m) for m in municipality_ids(root) if m != package.source.municipality]
        municipality = ask.choice("adopt.ask.municipality", known)
    if municipality is None:
        raise UsageError("adopt.missing", names="--municipality")
    from pdsa_cli.writing.inputs import check_id

    check_id(municipality, "municipality")
    if is_new_municipality(root, municipality):
        if interactive:
            municipality_name = municipality_name or ask.text("adopt.ask.municipality_name")
            contact_role = contact_role or ask.text("adopt.ask.contact_role")
        missing = [
            flag
            for flag, value in (
                ("--municipality-name", municipality_name),
                ("--contact-role", contact_role),
            )
            if not value
        ]
        if missing:
            raise UsageError("adopt.missing", names=", ".join(missing))
    if interactive:
        default_id = default_initiative_id(package, municipality, initiative_dirs(root))
        initiative_id = initiative_id or ask.text("adopt.ask.id", default_id)
        name = name or ask.text("adopt.ask.name", package.initiative.name)
    plan_date = parse_date(date, "--date") if date else None
    if plan_date is None and interactive:
        plan_date = ask.date("adopt.ask.plan_date", default_plan_date(package))
    suggested = package.initiative.aim.target_date
    target = parse_date(target_date, "--target-date") if target_date else None
    if target is None and interactive:  # the source's date is offered, the team confirms it
        target = ask.date("adopt.ask.target_date", suggested, required=False)
    driver = driver or _driver(root, package, interactive)
    draft = AdoptionDraft(
        municipality=municipality,
        initiative=initiative_id,
        name=name,
        municipality_name=municipality_name,
        contact_role=contact_role,
        plan_date=plan_date,
        target_date=target,
        driver=driver,
    )
    created = write_adoption(root, package, draft, package_name, get_language())
    echo(translate("adopt.written", municipality=municipality, path=display_path(created.path)))
    for path in created.also:
        echo(translate("adopt.also", path=display_path(path)))
    if target is None and suggested is not None:
        initiative = created.path.parent.name
        echo(
            translate(
                "adopt.target_date_suggested", date=suggested.isoformat(), initiative=initiative
            )
        )
    echo(translate("adopt.next"))


def _driver(root: Path, package: ChangePackageFile, interactive: bool) -> str | None:
    """The source's driver when this diagram has it; else, asked, one of this diagram's (the
    source's is named: another programme's driver id means nothing here)."""
    from pdsa_cli.cli.new_flow import choose_driver
    from pdsa_cli.writing.adoption import secondary_drivers

    source = package.initiative.driver
    drivers = secondary_drivers(root)
    if source is None or source in drivers or not drivers:
        return None  # the source's is carried (or there is nothing to choose from)
    echo(translate("adopt.driver_not_here", driver=source))
    return choose_driver(None, interactive)


def _source(root: Path, source: str) -> tuple[ChangePackageFile, str | None]:
    """The package's description: read from a zip, or built from an initiative here."""
    from pdsa_cli.writing.locate import initiative_dirs

    path = Path(source)
    if path.suffix.lower() == ".zip" or (path.is_file() and source not in initiative_dirs(root)):
        if not path.is_file():
            known = ", ".join(sorted(initiative_dirs(root))) or "-"
            raise PdsaError("adopt.unknown_source", source=source, known=known)
        from pdsa_cli.writing.package_file import read_package

        return read_package(path), path.name
    if source not in initiative_dirs(root):
        known = ", ".join(sorted(initiative_dirs(root))) or "-"
        raise PdsaError("adopt.unknown_source", source=source, known=known)
    return _from_workspace(root, source), None


def _from_workspace(root: Path, initiative: str) -> ChangePackageFile:
    """The description `pdsa package` would write for `initiative`, without drawing charts."""
    from pdsa_cli.loader import load_workspace
    from pdsa_cli.models.package import ChangePackageFile
    from pdsa_cli.report.package import build_package, description

    workspace = load_workspace(root).workspace
    built = build_package(workspace, initiative, get_language())
    return ChangePackageFile.model_validate(description(built))
