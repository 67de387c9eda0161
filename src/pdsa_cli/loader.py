"""Face: load a workspace with every check of every layer (files, cross-file, predictions).

The composition root of the checks: :mod:`pdsa_cli.workspace` cannot know the prediction checks
(they sit a layer above it), so this module hands the loader the whole list. Commands and
library users (`from pdsa_cli.loader import load_workspace`) load through here.
"""

from __future__ import annotations

from pathlib import Path

from pdsa_cli.predictions.checks import CHECKS as PREDICTION_CHECKS
from pdsa_cli.workspace import loader as _loader
from pdsa_cli.workspace.checks import CHECKS as WORKSPACE_CHECKS
from pdsa_cli.workspace.index import LoadResult
from pdsa_cli.workspace.loader import Progress

ALL_CHECKS = (*WORKSPACE_CHECKS, *PREDICTION_CHECKS)

__all__ = ["ALL_CHECKS", "LoadResult", "load_workspace", "validate_path"]


def load_workspace(root: Path | str, progress: Progress | None = None) -> LoadResult:
    """Every file under `root` read and checked; every problem collected, nothing raised."""
    return _loader.load_workspace(Path(root), progress, ALL_CHECKS)


def validate_path(target: Path | str, progress: Progress | None = None) -> LoadResult:
    """The problems of `target` (a workspace, a folder in it or one file), checked fully."""
    return _loader.validate_path(Path(target), progress, ALL_CHECKS)
