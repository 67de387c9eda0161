"""The language a command line asks for, read from its words before any command is parsed:
--lang, the language `pdsa init --language` gives a new workspace, $PDSA_LANG, the programme
file's `language`. Used by the help screens (:mod:`pdsa_cli.cli.localise`) and by the usage
errors (:mod:`pdsa_cli.cli.usage_words`); it imports neither.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from pdsa_cli.i18n import DEFAULT_LANG, Lang, env_language, parse_lang

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
