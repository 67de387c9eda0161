"""Asking the user for what is missing (interactive commands), and finding the workspace.

Every question has a `--flag` twin; with `--no-input` nothing is asked and a missing required
value is a usage error (exit 2).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import typer

from pdsa_cli.cli.output import echo
from pdsa_cli.cli.state import state, use_workspace_language
from pdsa_cli.errors import UsageError
from pdsa_cli.i18n import translate


def workspace_root() -> Path:
    """The workspace, found the one way every command finds it (as git finds a repository):
    `--cycles` or else `./cycles`, or else the current folder, and from there up through the
    folders above to the first that holds programme.yaml. Its language takes effect (unless
    `--lang`). None found: one message, exit 2."""
    from pdsa_cli.errors import display_path
    from pdsa_cli.workspace.find import locate_workspace

    root = locate_workspace(state.cycles, state.cycles_given)
    if root is None:
        raise UsageError("cli.no_workspace", path=display_path(state.cycles))
    use_programme_language(root)
    return root


def use_programme_language(root: Path) -> None:
    """Without `--lang`, speak the programme's language."""
    from pdsa_cli.workspace.find import PROGRAMME_FILE  # light: no models
    from pdsa_cli.workspace.yamltree import read_yaml  # the loader's own reader: no extra imports

    if state.lang is not None:
        return
    try:
        data: Any = read_yaml((root / PROGRAMME_FILE).read_bytes()).data
        language = str(data["language"])
    except Exception:  # no or odd programme file: keep $PDSA_LANG / English
        return
    use_workspace_language(language)


def text(key: str, default: str | None = None, required: bool = True, **fields: Any) -> str | None:
    """One line of text; optional questions accept an empty answer (None). An answer that holds
    a CPR-like number is asked again at once (the write would refuse it anyway), and a default
    that holds one is not offered (the prompt would show it)."""
    from pdsa_cli.workspace.cpr import looks_like_cpr, mask_cpr

    if default is not None and looks_like_cpr(default):
        default = None
    while True:
        answer = typer.prompt(
            translate(key, **fields),
            default=default if default is not None else ("" if not required else None),
            show_default=bool(default),
        )
        answer = str(answer).strip()
        if looks_like_cpr(answer):
            echo(translate("writing.ask.cpr_again", value=mask_cpr(answer)))
            continue
        if answer or not required:
            return answer or None


def date(key: str, default: dt.date | None = None, required: bool = True) -> dt.date | None:
    from pdsa_cli.writing.inputs import parse_date

    while True:
        answer = text(key, default.isoformat() if default else None, required)
        if answer is None:
            return None
        try:
            return parse_date(answer, translate("writing.arg.date"))
        except UsageError as error:
            echo(error.message())


_YES = {"y", "yes", "j", "ja"}
_NO = {"n", "no", "nej"}


def confirm(key: str, default: bool = True, **fields: Any) -> bool:
    """A yes/no question in the user's language: [J/n] in Danish (j, ja, y, yes / n, nej, no)."""
    choices = translate("writing.ask.yes_no" if default else "writing.ask.no_yes")
    while True:
        answer = typer.prompt(
            f"{translate(key, **fields)} {choices}", default="", show_default=False
        )
        word = str(answer).strip().lower()
        if not word:
            return default
        if word in _YES or word in _NO:
            return word in _YES
        typer.echo(translate("writing.ask.answer_yes_no"), err=True)


def show_choices(choices: Sequence[tuple[str, str]]) -> None:
    for number, (ident, label) in enumerate(choices, start=1):
        echo(f"  {number}. {ident}" + (f"  ({label})" if label and label != ident else ""))


def choice(key: str, choices: Sequence[tuple[str, str]], default: str | None = None) -> str:
    """A choice by number or id; an id not in the list is returned as typed (a new one)."""
    show_choices(choices)
    ids = [ident for ident, _ in choices]
    while True:
        answer = text(key, default) or ""
        if answer.isdigit() and 1 <= int(answer) <= len(ids):
            return ids[int(answer) - 1]
        if answer:
            return answer


def many(key: str, choices: Sequence[tuple[str, str]], default: Sequence[str] = ()) -> list[str]:
    """Several choices, comma-separated numbers or ids (Enter: the default)."""
    show_choices(choices)
    ids = [ident for ident, _ in choices]
    while True:
        answer = text(key, ", ".join(default) if default else None, required=False) or ""
        picked: list[str] = []
        for part in (p.strip() for p in answer.split(",")):
            if part.isdigit() and 1 <= int(part) <= len(ids):
                picked.append(ids[int(part) - 1])
            elif part in ids:
                picked.append(part)
            elif part:
                echo(translate("writing.bad_choice", value=part))
                break
        else:
            return list(dict.fromkeys(picked))
