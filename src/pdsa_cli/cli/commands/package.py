"""`pdsa package`: a change package (zip) another municipality can take up with `pdsa adopt`."""

from __future__ import annotations

import os
import tempfile
import zipfile
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pdsa_cli.cli.output import echo, guarded
from pdsa_cli.cli.root import app
from pdsa_cli.errors import PdsaError, Problem, UsageError, display_path, has_errors
from pdsa_cli.i18n import translate

if TYPE_CHECKING:
    from pdsa_cli.workspace.index import Workspace


class PageFormat(StrEnum):
    HTML = "html"
    MD = "md"


@app.command()
@guarded
def package(
    initiative: Annotated[str, typer.Argument(help="The initiative whose change is packaged.")],
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="The zip file to write (default: <initiative>.zip)."),
    ] = None,
    format: Annotated[
        PageFormat, typer.Option("--format", "-f", help="The page inside: html or md.")
    ] = PageFormat.HTML,
    charts: Annotated[bool, typer.Option("--charts/--no-charts", help="Draw the charts.")] = True,
) -> None:
    """A change package: a printable page (the final version, the ramp, measures, results,
    predictions, pitfalls, a contact role) and change.yaml for `pdsa adopt`, in one zip."""
    from pdsa_cli.cli.report_options import load_reported as _load
    from pdsa_cli.cli.report_options import report_language as _language
    from pdsa_cli.report.package import build_package, package_chart_words, package_charts
    from pdsa_cli.report.render import package_files

    target = out if out is not None else Path(f"{initiative}.zip")
    if target.suffix.lower() != ".zip":
        raise UsageError("package.out_suffix", path=str(target))
    workspace, problems = _load()
    lang = _language(None, workspace)
    # Errors in this initiative's own files would leave cycles or data out of the package;
    # errors elsewhere in the workspace do not concern it.
    own = _own_errors(workspace, initiative, problems)
    if own:
        raise PdsaError("package.load_errors", count=len(own), problems=tuple(own))
    built = build_package(workspace, initiative, lang)
    drawn = package_charts(built, workspace, lang) if charts else {}
    words = package_chart_words(built, workspace, lang) if charts else {}
    files = package_files(built, lang, drawn, markdown=format is PageFormat.MD, words=words)
    write_zip(target, files)
    echo(translate("package.written", lang, path=display_path(target)))


def _own_errors(workspace: Workspace, initiative: str, problems: list[Problem]) -> list[Problem]:
    from pdsa_cli.workspace.index import INITIATIVE_FILE

    candidates = list(workspace.root.glob(f"*/{initiative}/{INITIATIVE_FILE}"))
    if not has_errors(problems) or not candidates:
        return []
    folder = candidates[0].parent.resolve().as_posix()
    return [
        p
        for p in problems
        if p.severity.value == "error"
        and Path(p.file).resolve().as_posix().startswith(folder + "/")
    ]


def write_zip(path: Path, files: dict[str, str]) -> None:
    """Atomically: a unique temporary file in the target folder, then one rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with (
            os.fdopen(handle, "wb") as stream,
            zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        ):
            for name, text in files.items():
                archive.writestr(name, text.encode("utf-8"))
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
