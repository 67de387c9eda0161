"""The `pdsa` command run: every command module registered on the app of
:mod:`pdsa_cli.cli.root` (which holds the global options), then the command tree in the user's
language.

Heavy libraries (pandas, matplotlib) are imported inside the commands that need them, so
`pdsa --help` and `pdsa validate` start fast.
"""

from __future__ import annotations

from typing import Any

import typer

from pdsa_cli.cli.root import app

__all__ = ["app", "command_tree", "main"]


def _register() -> None:
    """Import the command modules; each adds its commands to `app`."""
    from pdsa_cli.cli import commands  # noqa: F401


def main() -> None:
    """The console script: the command tree with help in the user's language, then run it."""
    import gc
    import sys

    from pdsa_cli.cli.argv_language import language_for_help
    from pdsa_cli.cli.localise import localise, localise_help_screen

    # A command lives a second or a minute and keeps what it loads to the end: collecting
    # young objects every 700 allocations cost a seventh of loading the national workspace.
    gc.set_threshold(100_000, 50, 100)
    _start_drawing(sys.argv[1:])
    lang = language_for_help(sys.argv[1:])
    localise_help_screen(lang)
    command = localise(command_tree(sys.argv[1:]), lang)
    try:
        command(prog_name="pdsa")
    finally:
        # Python's last act is a garbage collection over every object still alive: a tenth of
        # a second or more once matplotlib and a workspace are loaded, for nothing. Frozen
        # objects are left out of it (files are closed and exit handlers run as before).
        gc.freeze()


def _start_drawing(argv: list[str]) -> None:
    """`pdsa summary` may draw charts: the process that draws them starts importing matplotlib
    now, while typer parses the command line and the workspace loads."""
    if _command_word(argv) == "summary" and not {"--no-charts", "--help", "-h"} & set(argv):
        from pdsa_cli.charts.processes import start_early

        start_early()


# The global options that take a value (`root` above): the word after one is not a command.
_ROOT_VALUED = ("--lang", "--cycles")


def command_tree(argv: list[str]) -> Any:
    """The click command tree, holding only the command `argv` runs when it names one.

    typer builds every command's parameters from its signature; for all twenty that costs as
    much as loading a small workspace. Help for `pdsa` itself, and a word that names no command
    (a typo, answered with the commands it may mean), get the whole tree.
    """
    import typer.main

    name = _command_word(argv)
    every = app.registered_commands
    chosen = [c for c in every if name is not None and _name_of(c) == name]
    if not chosen:
        return typer.main.get_command(app)
    app.registered_commands = chosen
    try:
        return typer.main.get_command(app)  # a group still: `root` is its callback
    finally:
        app.registered_commands = every


def _command_word(argv: list[str]) -> str | None:
    """The first word of `argv` that is not a global option or its value (None: help or
    version is asked for first, or there is no such word)."""
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help", "--version"):
            return None
        if word in _ROOT_VALUED:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def _name_of(command: typer.models.CommandInfo) -> str:
    import typer.main

    return command.name or typer.main.get_command_name(command.callback.__name__)  # type: ignore[union-attr]


_register()
