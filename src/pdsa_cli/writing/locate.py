"""Finding the file a user means: a measure by id, an initiative by id, a cycle by reference.

A cycle is named by its file path, or `<initiative>#<number>` (`hoersholm-feedbackmoeder#2`),
or `<initiative>/<number>`. Everything found here lies inside the workspace: ids are checked
as slugs and paths are resolved and compared with the workspace root.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pdsa_cli.errors import PdsaError, UsageError, display_path
from pdsa_cli.workspace.index import (
    CYCLE_PREFIX,
    INITIATIVE_FILE,
    MEASURES_DIR,
    MUNICIPALITY_FILE,
    FileKind,
    classify,
)
from pdsa_cli.workspace.names import closest
from pdsa_cli.writing.inputs import check_id
from pdsa_cli.writing.writer import parse_as_loader

SCHEMAS_DIR = "schemas"
_CYCLE_REF = re.compile(r"^(?P<initiative>[^#/\\]+)[#/](?P<number>\d+)$")
_CYCLE_NUMBER = re.compile(rf"^{CYCLE_PREFIX}(\d+)")


def schemas_folder(root: Path) -> Path:
    """Where the JSON Schemas are: beside the workspace (a repository: `cycles/` next to
    `schemas/`), else inside it (what `pdsa init` makes). With neither, the repository layout
    is assumed: editors then find them once `schemas/` is put beside the workspace."""
    for candidate in (root.parent / SCHEMAS_DIR, root / SCHEMAS_DIR):
        if candidate.is_dir():
            return candidate
    return root.parent / SCHEMAS_DIR


def schema_ref(file: Path, root: Path, kind: FileKind) -> str:
    """The `$schema=` value for a new file: a relative path, so the workspace can move."""
    target = schemas_folder(root) / f"{kind.value}.schema.json"
    return Path(os.path.relpath(target, file.parent)).as_posix()


def _suggest(value: str, known: list[str]) -> str:
    close = difflib.get_close_matches(value, known, n=3, cutoff=0.5)
    return ", ".join(close or sorted(known)[:5]) or "-"


def _visible(root: Path, path: Path) -> bool:
    """Not in a hidden folder (`.git`, a killed writer's `.x.pdsa-tmp`), as the loader reads."""
    return not any(part.startswith(".") for part in path.relative_to(root).parts[:-1])


def measure_ids(root: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for pattern in ("*.yaml", "*.yml"):
        for path in root.glob(f"*/*/{MEASURES_DIR}/{pattern}"):
            if _visible(root, path):
                found.setdefault(path.stem, path)
    return found


def initiative_measures(folder: Path) -> list[str]:
    """The ids of an initiative's own measures."""
    return sorted({path.stem for path in (folder / MEASURES_DIR).glob("*.y*ml")})


def measure_file(root: Path, measure: str) -> Path:
    check_id(measure, "measure")
    known = measure_ids(root)
    if measure not in known:
        raise unknown_id("measure", measure, known)
    return known[measure]


def unknown_id(what: str, value: str, known: Iterable[str]) -> PdsaError:
    """The refusal of an unknown measure, initiative or municipality id; one close to a
    known id is answered with "did you mean"."""
    ids = sorted(known)
    close = closest(value, ids)
    fields: dict[str, Any] = {what: value, "known": _suggest(value, ids)}
    if close is not None:
        return PdsaError(f"writing.unknown_{what}_close", close=close, **fields)
    return PdsaError(f"writing.unknown_{what}", **fields)


def initiative_dirs(root: Path) -> dict[str, Path]:
    return {
        path.parent.name: path.parent
        for path in sorted(root.glob(f"*/*/{INITIATIVE_FILE}"))
        if _visible(root, path)
    }


def initiative_dir(root: Path, initiative: str) -> Path:
    check_id(initiative, "initiative")
    known = initiative_dirs(root)
    if initiative not in known:
        raise unknown_id("initiative", initiative, known)
    return known[initiative]


def municipality_ids(root: Path) -> list[str]:
    return sorted(
        path.parent.name for path in root.glob(f"*/{MUNICIPALITY_FILE}") if _visible(root, path)
    )


def cycle_files(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.iterdir()
        if path.is_file()
        and path.name.startswith(CYCLE_PREFIX)
        and path.suffix in (".yaml", ".yml")
    )


def cycle_number(path: Path) -> int | None:
    """The number a cycle file states, else the one in its name (`cycle-02-...`)."""
    try:
        data = parse_as_loader(path.read_text(encoding="utf-8"))
    except Exception:  # an unreadable file still has a name
        data = None
    if isinstance(data, dict) and isinstance(data.get("number"), int):
        return int(data["number"])
    named = _CYCLE_NUMBER.match(path.name)
    return int(named[1]) if named else None


def numbers_in_ramp(folder: Path) -> set[int]:
    """Every number taken in the ramp, from the files' content and their names."""
    taken: set[int] = set()
    for path in cycle_files(folder):
        named = _CYCLE_NUMBER.match(path.name)
        if named:
            taken.add(int(named[1]))
        stated = cycle_number(path)
        if stated is not None:
            taken.add(stated)
    return taken


def next_cycle_number(folder: Path) -> int:
    return max(numbers_in_ramp(folder), default=0) + 1


def resolve_cycle(root: Path, reference: str) -> Path:
    """The cycle file named by a path, `<initiative>#<n>` or `<initiative>/<n>`."""
    ref = _CYCLE_REF.fullmatch(reference.strip())
    if ref and not Path(reference).is_file():
        folder = initiative_dir(root, ref["initiative"])
        number = int(ref["number"])
        for path in cycle_files(folder):
            if cycle_number(path) == number:
                return path
        known = ", ".join(map(str, sorted(numbers_in_ramp(folder)))) or "-"
        raise PdsaError(
            "writing.unknown_cycle", initiative=ref["initiative"], number=number, known=known
        )
    return _cycle_by_path(root, Path(reference))


def _cycle_by_path(root: Path, path: Path) -> Path:
    if not path.is_file():
        raise UsageError("writing.bad_cycle_ref", value=str(path))
    resolved, base = path.resolve(), root.resolve()
    if not resolved.is_relative_to(base):
        raise UsageError("writing.outside_workspace", path=str(path), root=display_path(root))
    if classify(resolved, base) is not FileKind.CYCLE:
        raise UsageError("writing.not_a_cycle", path=display_path(path))
    return resolved


def inside(root: Path, path: Path) -> Path:
    """`path`, after checking that it cannot leave the workspace (defence in depth)."""
    if not path.resolve().is_relative_to(root.resolve()):
        raise UsageError("writing.outside_workspace", path=str(path), root=display_path(root))
    return path
