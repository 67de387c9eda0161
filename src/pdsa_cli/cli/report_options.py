"""What `pdsa summary` and its closing report (`--final`) share: the formats and the suffixes
of --out, the workspace with its problems, the report's language, the atomic write."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from pdsa_cli.cli.state import use_workspace_language
from pdsa_cli.cli.usage_words import parsed_lang
from pdsa_cli.errors import Problem, UsageError
from pdsa_cli.i18n import Lang, get_language

if TYPE_CHECKING:
    from pdsa_cli.workspace.index import Workspace


class Format(StrEnum):
    TERMINAL = "terminal"
    MD = "md"
    HTML = "html"
    JSON = "json"


SUFFIXES = {
    Format.HTML: (".html", ".htm"),
    Format.MD: (".md", ".markdown"),
    Format.JSON: (".json",),
    Format.TERMINAL: (".txt",),
}


def output_format(chosen: Format | None, out: Path | None) -> Format:
    """The format asked for, or the one `--out` names; a file whose suffix does not fit the
    format is refused, so a report never lands in (and replaces) a file of another kind, such
    as a workspace's YAML."""
    if out is None:
        return chosen or Format.TERMINAL
    suffix = out.suffix.lower()
    named = next((f for f, endings in SUFFIXES.items() if suffix in endings), None)
    fmt = chosen or named
    if fmt is None or suffix not in SUFFIXES[fmt]:
        fmt = fmt or Format.TERMINAL
        endings = ", ".join(SUFFIXES[fmt])
        raise UsageError("summary.out_suffix", path=str(out), format=fmt.value, endings=endings)
    return fmt


def load_reported() -> tuple[Workspace, list[Problem]]:
    from pdsa_cli.cli.ask import workspace_root
    from pdsa_cli.loader import load_workspace

    result = load_workspace(workspace_root())
    return result.workspace, list(result.problems)


def report_language(option: str | None, workspace: Workspace) -> Lang:
    """--lang here, else the global --lang, else the programme's language, else the default."""
    if option is not None:
        return parsed_lang(option)
    programme = workspace.programme
    use_workspace_language(programme.model.language if programme else None)
    return get_language()


def write_report(path: Path, text: str) -> None:
    """Atomically: a reader never sees half a report, a failure leaves none."""
    from pdsa_cli.writing.output import write_output

    write_output(path, text)
