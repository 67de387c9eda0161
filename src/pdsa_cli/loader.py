"""Read a whole workspace into validated models, collecting every problem in every file.

FIRST CUT (to be replaced by the foundation work): plain safe loading, no line numbers yet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from pdsa_cli.errors import Problem, Severity, display_path
from pdsa_cli.workspace import (
    MODEL_OF_KIND,
    Entry,
    FileKind,
    LoadResult,
    Workspace,
    ids_for,
    iter_workspace_files,
)


def load_workspace(root: Path) -> LoadResult:
    workspace = Workspace(root=root)
    problems: list[Problem] = []
    for path, kind in iter_workspace_files(root):
        if kind is None:
            continue
        shown = display_path(path)
        try:
            data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            problems.append(Problem("yaml-syntax", Severity.ERROR, shown, None, "", {"error": exc}))
            continue
        try:
            model = MODEL_OF_KIND[kind].model_validate(data)
        except ValidationError as exc:
            for err in exc.errors():
                where = ".".join(str(p) for p in err["loc"])
                detail = {"error": err["msg"]}
                problems.append(Problem("wrong-type", Severity.ERROR, shown, None, where, detail))
            continue
        own, municipality, initiative = ids_for(path, root, kind)
        entry: Any = Entry(own, model, path, municipality, initiative)
        if kind is FileKind.PROGRAMME:
            workspace.programme = entry
        elif kind is FileKind.MUNICIPALITY:
            workspace.municipalities[own] = entry
        elif kind is FileKind.INITIATIVE:
            workspace.initiatives[own] = entry
        elif kind is FileKind.MEASURE:
            workspace.measures[own] = entry
        else:
            workspace.cycles.append(entry)
    return LoadResult(workspace, problems)
