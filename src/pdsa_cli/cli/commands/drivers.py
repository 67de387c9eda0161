"""`pdsa drivers`: the programme's driver diagram, a tree on the screen or a picture in a file."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pdsa_cli.cli.output import echo, guarded, stderr
from pdsa_cli.cli.root import app
from pdsa_cli.cli.state import use_workspace_language
from pdsa_cli.errors import PdsaError, UsageError, display_path, has_errors
from pdsa_cli.i18n import get_language, translate

if TYPE_CHECKING:  # the models load when the command runs, not for `pdsa --help`
    from pdsa_cli.workspace.drivers import DriverDiagram

PICTURES = (".svg", ".png", ".pdf")
PAGES = (".html", ".htm")


@app.command()
@guarded
def drivers(
    municipality: Annotated[
        str | None,
        typer.Option("--municipality", "-m", help="Only this municipality's initiatives (its id)."),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", help="Draw the diagram in this file: .svg, .png, .pdf or .html."
        ),
    ] = None,
) -> None:
    """The driver diagram: the programme's aim, drivers, change ideas and the initiatives that
    test them in each municipality.

    On the screen as a tree; --out draws it as SVG, PNG, PDF or an HTML page."""
    from pdsa_cli.cli.ask import workspace_root
    from pdsa_cli.loader import load_workspace
    from pdsa_cli.report.summary import build_driver_diagram
    from pdsa_cli.workspace.index import PROGRAMME_FILE

    root = workspace_root()
    result = load_workspace(root)
    programme = result.workspace.programme
    if programme is None:  # its problems say why; a diagram without it would mislead
        raise PdsaError("drivers.programme_unreadable", path=display_path(root / PROGRAMME_FILE))
    use_workspace_language(programme.model.language if programme else None)
    lang = get_language()
    suffix = out.suffix.lower() if out is not None else ""
    if out is not None and suffix not in PICTURES + PAGES:  # said in the programme's language
        raise UsageError("drivers.out_suffix", path=str(out))
    if has_errors(result.problems):
        errors = sum(1 for p in result.problems if p.severity.value == "error")
        stderr.print(translate("drivers.load_problems", count=errors), markup=False)
    diagram = build_driver_diagram(result.workspace, municipality)
    if diagram.empty:
        path = display_path(root / PROGRAMME_FILE)
        if out is not None:
            raise PdsaError("drivers.no_diagram", path=path)
        echo(translate("drivers.no_diagram", path=path))
        return
    if out is None:
        from pdsa_cli.report.render import render_drivers_terminal

        color = sys.stdout.isatty()
        width = shutil.get_terminal_size((110, 24)).columns
        echo(render_drivers_terminal(diagram, lang, width=width, color=color))
        return
    _write(out, _picture(diagram, lang, suffix))
    echo(translate("drivers.written", path=display_path(out)))


def _picture(diagram: DriverDiagram, lang: str, suffix: str) -> bytes:
    from pdsa_cli.charts.drivers import drivers_bytes, drivers_svg, render_drivers

    if suffix in PAGES:
        from pdsa_cli.report.render import render_drivers_page

        return render_drivers_page(diagram, lang, drivers_svg(diagram, lang)).encode("utf-8")
    return drivers_bytes(render_drivers(diagram, lang), suffix.lstrip("."))


def _write(path: Path, data: bytes) -> None:
    """Atomically, through a unique temporary file beside the target: a reader never sees half
    a picture, and two runs at once never write into one temporary file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)  # mkstemp's 0600 would hide it from colleagues
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
