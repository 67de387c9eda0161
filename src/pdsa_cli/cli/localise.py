"""Help text in the user's language.

English help is written beside each command (the source of truth for the code); the Danish
text lives in the catalogue under `help.<command>` and `help.<command>.<parameter>` (the root
is `pdsa`). `localise` swaps it in on the command tree before it runs, so `pdsa --lang da --help`
and `PDSA_LANG=da pdsa log --help` read in Danish.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import typer.core

from pdsa_cli.cli.import_hooks import when_imported
from pdsa_cli.i18n import Lang, catalogue


def _swap(key: str, lang: Lang) -> str | None:
    entry = catalogue().get(key)
    return None if entry is None else entry.get(lang)


def _localise_command(command: Any, key: str, lang: Lang) -> None:
    text = _swap(f"help.{key}", lang)
    if text is not None:
        command.help = text
        command.short_help = None
    _localise_help_option(command, lang)
    _localise_usage(command, lang)
    for param in command.params:
        translated = _swap(f"help.{key}.{param.name}", lang)
        if translated is not None and isinstance(
            param, typer.core.TyperOption | typer.core.TyperArgument
        ):
            param.help = translated


def _localise_usage(command: Any, lang: Lang) -> None:
    """The help screen's first line: "Brug: pdsa log [TILVALG] ..." in Danish."""
    from pdsa_cli.cli.usage_words import usage_line

    make = command.get_usage
    command.get_usage = lambda ctx: usage_line(make(ctx), lang)


def _localise_help_option(command: Any, lang: Lang) -> None:
    """The --help option is made on first use (with the context's option names): word it then."""
    text = _swap("help.ui.help_option", lang)
    make = command.get_help_option

    def get_help_option(ctx: Any) -> Any:
        option = make(ctx)
        if option is not None and text is not None:
            option.help = text
        return option

    command.get_help_option = get_help_option


# typer's help screen words (module settings it reads each time it draws a help screen).
_PANEL_WORDS = {
    "ARGUMENTS_PANEL_TITLE": "arguments",
    "OPTIONS_PANEL_TITLE": "options",
    "COMMANDS_PANEL_TITLE": "commands",
    "ERRORS_PANEL_TITLE": "errors",
    "REQUIRED_LONG_STRING": "required",
    "DEFAULT_STRING": "default",
    "ABORTED_TEXT": "aborted",
}


def localise_help_screen(lang: Lang) -> None:
    """typer's own words on the help screen (panel titles, [required]) in `lang`.

    Process-wide settings in `typer.rich_utils`, which typer imports only to draw a help screen
    or an error (it costs a tenth of a second): they are set when it is imported.
    """
    if lang != "en":
        when_imported("typer.rich_utils", lambda module: _panel_words(module, lang))


def _panel_words(rich_utils: ModuleType, lang: Lang) -> None:
    for setting, word in _PANEL_WORDS.items():
        text = _swap(f"help.ui.{word}", lang)
        if text is not None:
            setattr(rich_utils, setting, text)


def localise(root: Any, lang: Lang) -> Any:
    """The command tree with its help in `lang` (English is already in place)."""
    if lang == "en":
        return root
    _localise_command(root, "pdsa", lang)
    commands = getattr(root, "commands", {})
    for name, command in commands.items():
        _localise_command(command, name, lang)
    return root
