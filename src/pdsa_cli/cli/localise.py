"""Help text in the user's language.

English help is written beside each command (the source of truth for the code); the Danish
text lives in the catalogue under `help.<command>` and `help.<command>.<parameter>` (the root
is `pdsa`). `localise` swaps it in on the command tree before it runs, so `pdsa --lang da --help`
and `PDSA_LANG=da pdsa log --help` read in Danish.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import typer.core

from pdsa_cli.cli.import_hooks import when_imported
from pdsa_cli.i18n import DEFAULT_LANG, Lang, catalogue, env_language, parse_lang


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


_LANG_ARG = re.compile(r"^--lang(?:=(.+))?$")
_LANGUAGE_KEY = re.compile(r"^language:\s*['\"]?(da|en)\b", re.MULTILINE)


def language_from_argv(argv: Sequence[str]) -> Lang | None:
    for i, arg in enumerate(argv):
        match = _LANG_ARG.match(arg)
        if match:
            value = match[1] or (argv[i + 1] if i + 1 < len(argv) else "")
            try:
                return parse_lang(value)
            except ValueError:
                return None
    return None


def _new_workspace_language(argv: Sequence[str]) -> Lang | None:
    """`pdsa init --language da`: the workspace being made speaks Danish, so does its init."""
    if "init" not in argv:
        return None
    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--language=") else None
        if arg == "--language" and i + 1 < len(argv):
            value = argv[i + 1]
        if value is not None:
            try:
                return parse_lang(value)
            except ValueError:
                return None
    return None


def _workspace_folder(argv: Sequence[str]) -> tuple[Path, bool]:
    """The --cycles folder of the command line, and whether it was given."""
    for i, arg in enumerate(argv):
        if arg == "--cycles" and i + 1 < len(argv):
            return Path(argv[i + 1]), True
        if arg.startswith("--cycles="):
            return Path(arg.split("=", 1)[1]), True
    return Path("cycles"), False


def language_for_help(argv: Sequence[str]) -> Lang:
    """--lang, else the language `pdsa init --language` gives the new workspace, else
    $PDSA_LANG, else the programme file's `language`, else English."""
    chosen = language_from_argv(argv) or _new_workspace_language(argv) or env_language()
    if chosen is not None:
        return chosen
    from pdsa_cli.workspace.find import PROGRAMME_FILE, locate_workspace

    folder, given = _workspace_folder(argv)
    root = locate_workspace(folder, given)
    if root is None:
        return DEFAULT_LANG
    programme = root / PROGRAMME_FILE
    try:
        match = _LANGUAGE_KEY.search(programme.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        match = None
    return parse_lang(match[1]) if match else DEFAULT_LANG
