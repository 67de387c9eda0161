"""`pdsa validate [PATH]`: every problem in every file at once, `file:line: path: message`."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from pdsa_cli.cli.output import echo, guarded, stderr
from pdsa_cli.cli.root import app
from pdsa_cli.cli.state import use_workspace_language
from pdsa_cli.errors import ExitCode, Problem, Severity, UsageError
from pdsa_cli.i18n import get_language, translate

if TYPE_CHECKING:  # the loader (pydantic, yaml) loads only when the command runs
    from pdsa_cli.workspace.index import LoadResult
    from pdsa_cli.workspace.loader import Progress

# Below this many files a bar would only flicker.
PROGRESS_MIN_FILES = 200


class Format(StrEnum):
    TEXT = "text"
    JSON = "json"
    GITHUB = "github"


@app.command()
@guarded
def validate(
    path: Annotated[
        Path | None,
        typer.Argument(help="Workspace folder, a subfolder or one file (default: --cycles)."),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the problems as a JSON list.")
    ] = False,
    output_format: Annotated[
        Format,
        typer.Option(
            "--format",
            help="text (file:line: path: message), json (as --json) or github "
            "(GitHub Actions annotations on the changed lines).",
        ),
    ] = Format.TEXT,
    strict: Annotated[bool, typer.Option("--strict", help="Warnings fail too (exit 1).")] = False,
) -> None:
    """Check every file of the workspace and report every problem at once."""
    from pdsa_cli.cli.ask import workspace_root
    from pdsa_cli.loader import validate_path

    if path is not None and not path.exists():
        raise UsageError("validate.no_such_path", path=path)
    target = path if path is not None else workspace_root()
    with _progress_bar() as progress:
        result = validate_path(target, progress)
    _choose_language(result)
    if as_json or output_format is Format.JSON:
        echo(json.dumps([p.to_dict() for p in result.problems], ensure_ascii=False, indent=2))
    elif output_format is Format.GITHUB:
        for problem in result.problems:
            echo(github_annotation(problem, get_language()))
        _print_counts(result)
    else:
        _print_report(result)
    if _fails(result.problems, strict):
        raise typer.Exit(int(ExitCode.INVALID))


def _choose_language(result: LoadResult) -> None:
    programme = result.workspace.programme
    use_workspace_language(programme.model.language if programme else None)


def _print_report(result: LoadResult) -> None:
    lang = get_language()
    warning = translate("cli.warning_prefix", lang)
    for problem in result.problems:
        text = problem.message(lang)
        if problem.severity is Severity.WARNING:
            text = f"{warning}: {text}"
        echo(f"{problem.location()}: {text}")
    _print_counts(result)


def _print_counts(result: LoadResult) -> None:
    lang = get_language()
    errors = sum(p.severity is Severity.ERROR for p in result.problems)
    warnings = len(result.problems) - errors
    files = len(result.files)
    if result.problems:
        echo(translate("validate.summary", lang, errors=errors, warnings=warnings, files=files))
    else:
        echo(translate("validate.clean", lang, files=files))


def github_annotation(problem: Problem, lang: str) -> str:
    """A GitHub Actions workflow command: the problem shows on its line of the pull request.

    Escaping follows the Actions toolkit: `%`, CR and LF everywhere, plus `:` and `,` in
    properties, so a message or a file name can never end the command early.
    """
    level = "error" if problem.severity is Severity.ERROR else "warning"
    props = [f"file={_escape_property(problem.file)}"]
    if problem.line is not None:
        props.append(f"line={problem.line}")
    props.append(f"title={_escape_property(problem.code)}")
    text = f"{problem.path}: {problem.message(lang)}" if problem.path else problem.message(lang)
    return f"::{level} {','.join(props)}::{_escape_data(text)}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _fails(problems: list[Problem], strict: bool) -> bool:
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    return any(p.severity in failing for p in problems)


@contextmanager
def _progress_bar() -> Iterator[Progress]:
    """A progress callback that shows a bar on stderr for large workspaces in a terminal."""
    from rich.progress import Progress as Bar

    bar: Bar | None = None
    task = None

    def advance(done: int, total: int) -> None:
        nonlocal bar, task
        if total < PROGRESS_MIN_FILES or not stderr.is_terminal:
            return
        if bar is None:
            bar = Bar(console=stderr, transient=True)
            bar.start()
            task = bar.add_task(translate("validate.progress"), total=total)
        if task is not None:
            bar.update(task, completed=done)

    try:
        yield advance
    finally:
        if bar is not None:
            bar.stop()
