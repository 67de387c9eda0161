"""The CLI reference in Markdown, generated from the same command tree that `--help` shows.

`python -m pdsa_cli.cli.reference [en|da]` prints it; docs/cli.md (English) and docs/cli.da.md
(Danish) are its output, and a test fails when they are stale.
"""

from __future__ import annotations

import enum
import re
import sys
from typing import Any

import typer
import typer.core
import typer.main

from pdsa_cli.cli.app import app
from pdsa_cli.cli.localise import localise
from pdsa_cli.i18n import Lang, chosen_language, parse_lang, set_language, translate


def _param_name(param: Any) -> str:
    if isinstance(param, typer.core.TyperOption):
        return ", ".join(f"`{n}`" for n in [*param.opts, *param.secondary_opts])
    return f"`{str(param.name).upper()}`"


def _choices(param: Any) -> list[str]:
    """The values of an enum-typed parameter (typer keeps the annotation it was declared with)."""
    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return [str(member.value) for member in annotation]
    return []


_PLACEHOLDER = re.compile(r"(?<![`\w])([^\s`(),]*<[^\s`()]+>[^\s`(),]*?)(?=[.,;:)]?(?:\s|$))")


def _markdown_safe(text: str) -> str:
    """`<initiative>` would vanish as an HTML tag on GitHub: set such words as code."""
    return _PLACEHOLDER.sub(r"`\1`", text)


def _param_help(param: Any) -> str:
    text = str(getattr(param, "help", None) or "")
    choices = _choices(param)
    if choices:
        text += f" [{'|'.join(choices)}]"
    default = param.default
    is_flag = bool(getattr(param, "is_flag", False))
    if default not in (None, (), "") and not callable(default) and not is_flag:
        shown = getattr(default, "value", default)
        text += f" ({translate('reference.default')}: `{shown}`)"
    return _markdown_safe(text).replace("|", "\\|").replace("\n", " ").strip()


def _param_rows(params: list[Any]) -> list[str]:
    shown = [p for p in params if p.name not in ("help",)]
    if not shown:
        return []
    rows = [f"| {translate('reference.name')} | {translate('reference.meaning')} |", "|---|---|"]
    return [*rows, *(f"| {_param_name(p)} | {_param_help(p)} |" for p in shown), ""]


def _command_section(name: str, command: Any, parent: typer.Context) -> list[str]:
    ctx = typer.Context(command, info_name=name, parent=parent)
    usage = " ".join(command.collect_usage_pieces(ctx))
    help_text = _markdown_safe((command.help or "").strip())
    lines = [f"## `pdsa {name}`", "", help_text, "", "```", f"pdsa {name} {usage}", "```", ""]
    return lines + _param_rows(list(command.params))


def render_reference(lang: Lang) -> str:
    """The reference in `lang` (the chosen language is restored afterwards)."""
    previous = chosen_language()
    set_language(lang)
    try:
        return _render(lang)
    finally:
        set_language(previous)


def _render(lang: Lang) -> str:
    root: Any = localise(typer.main.get_command(app), lang)
    ctx = typer.Context(root, info_name="pdsa")
    lines = [f"# {translate('reference.title')}", "", translate("reference.intro"), ""]
    lines += [f"## `pdsa` ({translate('reference.global')})", ""]
    lines += _param_rows(list(root.params))
    for name in sorted(root.list_commands(ctx)):
        command = root.get_command(ctx, name)
        if command is not None and not command.hidden:
            lines += _command_section(name, command, ctx)
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    sys.stdout.write(render_reference(parse_lang(sys.argv[1] if len(sys.argv) > 1 else "en")))
