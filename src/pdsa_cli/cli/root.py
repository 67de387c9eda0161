"""The `pdsa` command itself: the typer app and its global options (--lang, --cycles, --debug,
--version). Each command module adds its commands to `app`; :mod:`pdsa_cli.cli.app` imports
them all and runs the tree, so no command module imports the module that imports it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pdsa_cli import __version__
from pdsa_cli.cli.state import state
from pdsa_cli.cli.usage_words import PdsaGroup, parsed_lang
from pdsa_cli.i18n import parse_lang, set_language

app = typer.Typer(
    name="pdsa",
    cls=PdsaGroup,
    help="Log PDSA cycles and analyse improvement data with run charts and SPC charts.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"pdsa {__version__}")
        raise typer.Exit()


def _lang(value: str | None) -> str | None:
    return None if value is None else parsed_lang(value)


@app.callback()
def root(
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang", callback=_lang, help="Language: da or en (default: the programme's)."
        ),
    ] = None,
    cycles: Annotated[
        Path | None,
        typer.Option("--cycles", help="The workspace folder (default: ./cycles)."),
    ] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on faults.")] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Log PDSA cycles and analyse improvement data with run charts and SPC charts."""
    state.lang = parse_lang(lang) if lang else None
    set_language(state.lang)
    state.cycles = cycles if cycles is not None else Path("cycles")
    state.cycles_given = cycles is not None
    state.debug = debug
