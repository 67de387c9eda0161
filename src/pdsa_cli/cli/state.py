"""Global options shared by every command (set once by the root callback)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pdsa_cli.i18n import Lang


@dataclass
class State:
    lang: Lang | None = None  # None: the workspace's programme language, else $PDSA_LANG / English
    cycles: Path = Path("cycles")
    cycles_given: bool = False  # True when --cycles was passed explicitly
    debug: bool = False


state = State()
