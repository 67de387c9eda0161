"""One vocabulary for problems in the user's data, and the program's exit codes.

Bad input is data: loaders and checks return :class:`Problem` values instead of raising.
Exceptions are for the few places that must stop a command (:class:`PdsaError`); the CLI turns
them into one clear line on stderr and an exit code, in one place.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import Any

from pdsa_cli.i18n import translate


class ExitCode(IntEnum):
    OK = 0
    INVALID = 1  # invalid data, or a signal with --fail-on-signal
    USAGE = 2


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One problem in one place: `file:line: path: message`.

    `code` is stable (scripts and tests match on it); the message is rendered in the user's
    language from the catalogue entry ``problem.<code>`` with `detail` as its fields.
    """

    code: str
    severity: Severity
    file: str
    line: int | None
    path: str
    detail: Mapping[str, Any] = field(default_factory=dict)

    def message(self, lang: str | None = None) -> str:
        return translate(f"problem.{self.code}", lang, **self.detail)

    def location(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.path}" if self.path else where

    def render(self, lang: str | None = None) -> str:
        return f"{self.location()}: {self.message(lang)}"

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "file": self.file,
            "line": self.line,
            "path": self.path,
            "message": self.message(lang),
        }


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.severity is Severity.ERROR for p in problems)


def display_path(path: Path, base: Path | None = None) -> str:
    """A path as the user should see it: relative to `base` (or the cwd) when inside it."""
    base = base or Path.cwd()
    # abspath first: it keeps the name of a symbolic link (the file the user sees).
    inside, folder = _absolute(path), _absolute(base)
    if not inside.is_relative_to(folder):
        inside, folder = path.resolve(), base.resolve()
    if inside.is_relative_to(folder):
        return inside.relative_to(folder).as_posix()
    return path.as_posix()


def _absolute(path: Path) -> Path:
    return Path(os.path.abspath(path))


class PdsaError(Exception):
    """Stops a command with a translated message and an exit code (never a traceback)."""

    def __init__(
        self,
        key: str,
        exit_code: ExitCode = ExitCode.INVALID,
        problems: tuple[Problem, ...] = (),
        **detail: Any,
    ) -> None:
        super().__init__(key)
        self.key = key
        self.exit_code = exit_code
        self.problems = problems
        self.detail = detail

    def message(self, lang: str | None = None) -> str:
        return translate(self.key, lang, **self.detail)


class UsageError(PdsaError):
    """The command was called wrongly (exit 2)."""

    def __init__(self, key: str, **detail: Any) -> None:
        super().__init__(key, ExitCode.USAGE, **detail)
