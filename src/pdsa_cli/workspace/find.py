"""Find the workspace as git finds a repository: the one lookup every command (and the help
screen's language) uses. Light on purpose: no models, so `pdsa --help` stays fast."""

from __future__ import annotations

import os
from pathlib import Path

PROGRAMME_FILE = "programme.yaml"
YAML_SUFFIXES = (".yaml", ".yml")


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


def yaml_files(root: Path) -> list[Path]:
    """Every YAML file below `root`, sorted.

    Hidden folders (`.git`, `.venv`) are skipped. Links are never followed out of the
    workspace: a link (to a file or a folder) whose target lies outside is listed itself, so
    the loader reports it without reading what it points to; a link to a folder inside is not
    followed either (its files are listed where they are). os.scandir, because a national
    workspace has thousands of files and a stat call each would cost.
    """
    found: list[Path] = []
    real_root = os.path.realpath(root)
    folders = [str(root)]
    while folders:
        folder = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_symlink():
                    outside = _leads_out(real_root, entry.path)
                    if outside or entry.name.endswith(YAML_SUFFIXES):
                        found.append(Path(entry.path))
                elif entry.is_dir(follow_symlinks=False):
                    if not entry.name.startswith("."):
                        folders.append(entry.path)
                elif entry.name.endswith(YAML_SUFFIXES):
                    found.append(Path(entry.path))
    return sorted(found)


def leaves_workspace(path: Path, root: Path) -> bool:
    """True if `path` is a link whose target lies outside `root` (never read or written)."""
    return path.is_symlink() and _leads_out(os.path.realpath(root), path)


def _leads_out(real_root: str, path: Path | str) -> bool:
    return os.path.commonpath([real_root, os.path.realpath(path)]) != real_root
