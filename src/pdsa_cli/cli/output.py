"""The one place that writes to the terminal's stderr and turns failures into exit codes."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import typer
from rich.console import Console

from pdsa_cli.cli.state import state
from pdsa_cli.errors import ExitCode, PdsaError
from pdsa_cli.i18n import translate

P = ParamSpec("P")
R = TypeVar("R")

stdout = Console(highlight=False, soft_wrap=True)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def fail(error: PdsaError) -> typer.Exit:
    """Print a PdsaError as one clear line (plus its problems) and return the Exit to raise."""
    for problem in error.problems:
        stderr.print(problem.render(), markup=False)
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
            raise fail(error) from None
        except (typer.Exit, typer.Abort, KeyboardInterrupt):
            raise
        except BrokenPipeError:
            # The reader left (`pdsa list | head -1`): stop quietly, as Unix tools do. typer
            # ends with exit 1 and keeps the final flush from complaining.
            raise
        except Exception as error:  # the program's own fault: say so plainly
            if state.debug:
                raise
            stderr.print(translate("cli.unexpected", error=f"{type(error).__name__}: {error}"))
            raise typer.Exit(int(ExitCode.INVALID)) from None

    return wrapper


def echo(text: str) -> None:
    """Plain text to stdout (no markup, no highlighting): paths, JSON, reports."""
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
