"""Global options shared by every command (set once by the root callback)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pdsa_cli.i18n import Lang, env_language, parse_lang, set_language


@dataclass
class State:
    lang: Lang | None = None  # None: $PDSA_LANG, else the programme's language, else English
    cycles: Path = Path("cycles")
    cycles_given: bool = False  # True when --cycles was passed explicitly
    debug: bool = False


state = State()


def use_workspace_language(programme_language: str | None) -> None:
    """The one rule for the language of messages: `--lang`, else $PDSA_LANG (a person's own
    choice), else the programme's `language` (the workspace's default), else English."""
    if state.lang is not None or programme_language is None or env_language() is not None:
        return
    try:
        set_language(parse_lang(programme_language))
    except ValueError:
        return
