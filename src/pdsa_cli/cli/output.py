"""The one place that writes to the terminal's stderr and turns failures into exit codes."""

from __future__ import annotations

import functools
import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, Literal, ParamSpec, TypeVar, cast

import typer
from rich.console import Console
from typer import TyperException

from pdsa_cli.cli.state import state
from pdsa_cli.errors import ExitCode, PdsaError
from pdsa_cli.i18n import chosen_language, set_language, translate
from pdsa_cli.workspace.cpr import mask_cpr

P = ParamSpec("P")
R = TypeVar("R")

MAX_PROBLEMS_SHOWN = 20  # a screenful; the rest is counted


class MaskedStream(io.TextIOBase):
    """sys.stdout or sys.stderr (looked up on each write, as tests swap them) with every
    CPR-like number masked: whatever the files hold, the terminal never shows one."""

    def __init__(self, name: Literal["stdout", "stderr"]) -> None:
        super().__init__()
        self._name = name

    @property
    def _stream(self) -> io.TextIOBase:
        stream: io.TextIOBase = getattr(sys, self._name)
        return stream

    def write(self, text: str) -> int:
        self._stream.write(mask_cpr(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", None) or "utf-8"


stdout = Console(file=cast(IO[str], MaskedStream("stdout")), highlight=False, soft_wrap=True)
stderr = Console(file=cast(IO[str], MaskedStream("stderr")), highlight=False, soft_wrap=True)


def fail(error: PdsaError) -> typer.Exit:
    """Print a PdsaError as one clear line (plus its problems) and return the Exit to raise."""
    for problem in error.problems[:MAX_PROBLEMS_SHOWN]:
        stderr.print(problem.render(), markup=False)
    rest = len(error.problems) - MAX_PROBLEMS_SHOWN
    if rest > 0:
        stderr.print(
            translate("tables.more_problems", count=rest, shown=MAX_PROBLEMS_SHOWN), markup=False
        )
    prefix = translate("cli.error_prefix")
    stderr.print(f"[bold red]{prefix}:[/] ", end="")
    stderr.print(error.message(), markup=False)
    return typer.Exit(int(error.exit_code))


def guarded(func: Callable[P, R]) -> Callable[P, R]:
    """Wrap a command: PdsaError -> message + exit code; any other fault -> one line, no
    traceback (unless --debug)."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except PdsaError as error:
            _speak_run_language()
            raise fail(error) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except TyperException:  # a refused option value (`--lang xx`): typer words it, exit 2
            raise
        except BrokenPipeError:
            # The reader left (`pdsa list | head -1`): stop quietly, as Unix tools do. typer
            # ends with exit 1 and keeps the final flush from complaining.
            raise
        except OSError as error:  # the machine refused (full disk, read-only share, rights)
            if state.debug:
                raise
            raise fail(_machine_error(error)) from None
        except Exception as error:  # the program's own fault: say so plainly
            if state.debug:
                raise
            stderr.print(translate("cli.unexpected", error=f"{type(error).__name__}: {error}"))
            raise typer.Exit(int(ExitCode.INVALID)) from None

    return wrapper


def _speak_run_language() -> None:
    """A command may refuse its options before it looks at the workspace (`pdsa summary --out
    x.yaml`); the refusal is still said in the language the rest of the run would use."""
    if chosen_language() is None:  # neither --lang nor the command chose one
        from pdsa_cli.cli.usage_words import command_line_language

        set_language(command_line_language())


def _machine_error(error: OSError) -> PdsaError:
    from pdsa_cli.errors import display_path
    from pdsa_cli.i18n import Phrase
    from pdsa_cli.writing.writer import advice_key

    where = display_path(Path(error.filename)) if error.filename else "-"
    return PdsaError(
        "cli.os_error",
        path=where,
        error=error.strerror or str(error),
        advice=Phrase(advice_key(error)),
    )


def echo(text: str) -> None:
    """Plain text to stdout (no markup, no highlighting): paths, JSON, reports."""
    text = mask_cpr(text)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
