"""`pdsa schema --out DIR`: write the JSON Schema of every file kind."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pdsa_cli.cli.output import echo, guarded
from pdsa_cli.cli.root import app
from pdsa_cli.i18n import translate


@app.command()
@guarded
def schema(
    out: Annotated[
        Path, typer.Option("--out", help="Folder to write <kind>.schema.json into.")
    ] = Path("schemas"),
) -> None:
    """Write a JSON Schema for each file kind (programme, municipality, initiative, measure,
    cycle), generated from the models, for editors to check YAML files as people type."""
    from pdsa_cli.workspace.schema import render_schemas
    from pdsa_cli.writing.output import write_output

    rendered = render_schemas()
    for name, text in rendered.items():
        write_output(out / name, text)  # whole or not at all, like every output
    echo(translate("schema.written", count=len(rendered), path=out))
