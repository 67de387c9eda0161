"""`pdsa init DIR`: a new workspace with a programme file, ready for `pdsa new`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pdsa_cli.cli import ask
from pdsa_cli.cli.output import echo, guarded
from pdsa_cli.cli.root import app
from pdsa_cli.cli.state import state
from pdsa_cli.errors import UsageError, display_path
from pdsa_cli.i18n import get_language, parse_lang, set_language, translate

NoInput = Annotated[
    bool, typer.Option("--no-input", help="Ask nothing; a missing required value is an error.")
]


@app.command()
@guarded
def init(
    directory: Annotated[
        Path | None,
        typer.Argument(help="Folder of the new workspace (default: --cycles, i.e. ./cycles)."),
    ] = None,
    name: Annotated[str | None, typer.Option("--name", help="The programme's name.")] = None,
    language: Annotated[
        str | None, typer.Option("--language", help="The programme's language: da or en.")
    ] = None,
    tracks: Annotated[
        list[str] | None,
        typer.Option("--track", help="A track's name; give it once per track (1, 2, 3, ...)."),
    ] = None,
    no_schemas: Annotated[
        bool,
        typer.Option("--no-schemas", help="Do not copy the JSON Schemas into the workspace."),
    ] = False,
    no_input: NoInput = False,
) -> None:
    """Create a new workspace: programme.yaml, the JSON Schemas for editors, a .gitignore.

    The schemas go to DIR/schemas/ (files point at them with a relative
    `# yaml-language-server: $schema=` line), unless DIR sits beside a schemas/ folder already.
    """
    from pdsa_cli.writing.authoring import DEFAULT_TRACKS, ProgrammeDraft, init_workspace

    root = directory or state.cycles
    lang = _language(language, no_input)
    if not name:
        if no_input:
            raise UsageError("writing.missing_values", names="--name")
        name = ask.text("writing.ask.programme_name")
    if not tracks and not no_input:
        tracks = [
            ask.text("writing.ask.track", default, number=number) or default
            for number, default in enumerate(DEFAULT_TRACKS[lang], start=1)
        ]
    assert name
    created = init_workspace(root, ProgrammeDraft(name, lang, tracks or []), not no_schemas)
    echo(translate("writing.done.init", path=display_path(created.path), root=display_path(root)))


def _language(language: str | None, no_input: bool) -> str:
    """The programme's language: given, or asked until it is one we speak (`dansk` and
    `English` are taken as da and en)."""
    while True:
        typed = language is None and not no_input
        if typed:
            language = ask.text("writing.ask.language", state.lang or get_language())
        try:
            lang = parse_lang(language or state.lang or get_language())
            break
        except ValueError:
            error = UsageError("writing.bad_language", value=language)
            if not typed:
                raise error from None
            echo(error.message())
            language = None
    if state.lang is None:
        set_language(lang)
    return lang
