"""Find the workspace as git finds a repository: the one lookup every command (and the help
screen's language) uses. Light on purpose: no models, so `pdsa --help` stays fast."""

from __future__ import annotations

from pathlib import Path

PROGRAMME_FILE = "programme.yaml"


def find_root(start: Path) -> Path | None:
    """The workspace root at or above `start` (a folder holding programme.yaml)."""
    start = start.resolve()
    if start.is_file():
        start = start.parent
    for folder in (start, *start.parents):
        if (folder / PROGRAMME_FILE).is_file():
            return folder
    return None


def locate_workspace(cycles: Path, given: bool, here: Path | None = None) -> Path | None:
    """`cycles` when it is a workspace; else (unless --cycles was given) the current folder;
    from there up to the first folder holding programme.yaml. The folder is kept as the user
    wrote it when it is the workspace itself, so paths in messages stay short."""
    start = cycles
    if not given and not (start / PROGRAMME_FILE).is_file():
        start = here if here is not None else Path.cwd()
    if (start / PROGRAMME_FILE).is_file():
        return start
    return find_root(start) if start.exists() else None
