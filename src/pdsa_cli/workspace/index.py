"""Find and index a workspace: which file is which kind, and the validated models by id.

Layout (ids are folder and file names, so they cannot disagree with the file system):

    cycles/programme.yaml                                  the programme
    cycles/<municipality>/municipality.yaml                a municipality
    cycles/<municipality>/<initiative>/initiative.yaml     an initiative
    cycles/<municipality>/<initiative>/measures/<id>.yaml  a measure and its measurements
    cycles/<municipality>/<initiative>/cycle-NN-<slug>.yaml  one PDSA cycle

Initiative and measure ids are unique across the workspace (`pdsa log MEASURE` names a measure
by its id alone).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel

from pdsa_cli.errors import Problem, Severity
from pdsa_cli.models import Cycle, Initiative, Measure, Municipality, Programme
from pdsa_cli.workspace.find import PROGRAMME_FILE as PROGRAMME_FILE
from pdsa_cli.workspace.find import YAML_SUFFIXES as YAML_SUFFIXES
from pdsa_cli.workspace.find import find_root as find_root
from pdsa_cli.workspace.find import leaves_workspace as leaves_workspace
from pdsa_cli.workspace.find import yaml_files

MUNICIPALITY_FILE = "municipality.yaml"
INITIATIVE_FILE = "initiative.yaml"
MEASURES_DIR = "measures"
CYCLE_PREFIX = "cycle-"


class FileKind(StrEnum):
    PROGRAMME = "programme"
    MUNICIPALITY = "municipality"
    INITIATIVE = "initiative"
    MEASURE = "measure"
    CYCLE = "cycle"


MODEL_OF_KIND: dict[FileKind, type[BaseModel]] = {
    FileKind.PROGRAMME: Programme,
    FileKind.MUNICIPALITY: Municipality,
    FileKind.INITIATIVE: Initiative,
    FileKind.MEASURE: Measure,
    FileKind.CYCLE: Cycle,
}

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Entry(Generic[M]):
    """A validated model and where it came from."""

    id: str
    model: M
    file: Path
    municipality: str | None = None  # the owning municipality's id (initiatives, measures, cycles)
    initiative: str | None = None  # the owning initiative's id (measures, cycles)
    # Line of each key path in the file, e.g. ("do", "start") -> 14, ("measurements", 3) -> 40.
    lines: Mapping[tuple[str | int, ...], int] = field(default_factory=dict)

    def line(self, *path: str | int) -> int | None:
        """The line of `path`, or of its nearest parent that has one (1 for the file itself)."""
        for depth in range(len(path), 0, -1):
            found = self.lines.get(tuple(path[:depth]))
            if found is not None:
                return found
        return self.lines.get((), None)


@dataclass
class Workspace:
    root: Path
    programme: Entry[Programme] | None = None
    municipalities: dict[str, Entry[Municipality]] = field(default_factory=dict)
    initiatives: dict[str, Entry[Initiative]] = field(default_factory=dict)
    measures: dict[str, Entry[Measure]] = field(default_factory=dict)
    cycles: list[Entry[Cycle]] = field(default_factory=list)
    # Ids whose file exists but could not be read or validated (its own problems say why), so
    # cross-file checks do not pile knock-on problems onto the files that name them.
    broken: set[str] = field(default_factory=set)

    def cycles_of(self, initiative: str) -> list[Entry[Cycle]]:
        """The ramp of one initiative, in cycle-number order."""
        ramp = [c for c in self.cycles if c.initiative == initiative]
        return sorted(ramp, key=lambda c: c.model.number)

    def measures_of(self, initiative: str) -> list[Entry[Measure]]:
        return [m for m in self.measures.values() if m.initiative == initiative]

    def initiatives_of(self, municipality: str) -> list[Entry[Initiative]]:
        return [i for i in self.initiatives.values() if i.municipality == municipality]

    def tests(self, cycle: Entry[Cycle], measure: str) -> bool:
        """The one rule linking cycles to measures, for charts, phases and the summary alike:
        a cycle tests the measures it lists, or, listing none, every measure of its own
        initiative."""
        if cycle.model.measures:
            return measure in cycle.model.measures
        owner = self.measures.get(measure)
        return (
            owner is not None
            and owner.initiative is not None
            and (owner.initiative == cycle.initiative)
        )

    def cycles_linked_to(self, measure: str) -> list[Entry[Cycle]]:
        """The cycles that test `measure` (see :meth:`tests`)."""
        return [c for c in self.cycles if self.tests(c, measure)]

    def tested_from(self, cycle: Entry[Cycle]) -> dt.date | None:
        """When the change of `cycle` began to be tested: the Do start of the first cycle of
        its ramp (followed back through `previous`), else its own; None without any Do. A
        signal from that day on may come from the change (issue 13: a change often works
        during its Do, before it is adopted)."""
        numbers = {c.model.number: c for c in self.cycles_of(cycle.initiative or "")}
        chain, seen = [cycle], {cycle.model.number}
        while (earlier := chain[-1].model.previous) is not None and earlier not in seen:
            if earlier not in numbers:
                break
            seen.add(earlier)
            chain.append(numbers[earlier])
        starts = [c.model.do.start for c in chain if c.model.do is not None]
        return min(starts) if starts else None


@dataclass
class LoadResult:
    workspace: Workspace
    problems: list[Problem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)  # every YAML file that was looked at

    @property
    def ok(self) -> bool:
        return not any(p.severity is Severity.ERROR for p in self.problems)


# Names Windows keeps for devices, with or without an extension (`con.yaml` cannot be made).
WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{n}" for n in "123456789\u00b9\u00b2\u00b3"}
    | {f"lpt{n}" for n in "123456789\u00b9\u00b2\u00b3"}
)


# Characters Windows refuses in a name: `<>:"/\\|?*` and the control characters (a line break).
_WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def is_reserved_name(name: str) -> bool:
    """True if Windows cannot hold a file or folder of this name (the repository is opened
    there too): a device name (`con`, `aux`, `com1`, also as `con.yaml`), a name that
    ends in a dot or a space, or one with a character Windows refuses (`bad:name|x`)."""
    if name.endswith((".", " ")) or _WINDOWS_FORBIDDEN.search(name):
        return True
    return name.split(".", 1)[0].strip().lower() in WINDOWS_RESERVED


def is_reserved_path(relative: Path) -> bool:
    """True if a part of a workspace path is a name Windows cannot hold."""
    return any(is_reserved_name(part) for part in relative.parts)


def classify(path: Path, root: Path) -> FileKind | None:
    """The kind of a YAML file from where it lies in the workspace, or None if it is none."""
    if path.suffix not in YAML_SUFFIXES:
        return None
    parts = path.relative_to(root).parts
    name = parts[-1]
    depth = len(parts)
    if depth == 1 and name == PROGRAMME_FILE:
        return FileKind.PROGRAMME
    if depth == 2 and name == MUNICIPALITY_FILE:
        return FileKind.MUNICIPALITY
    if depth == 3 and name == INITIATIVE_FILE:
        return FileKind.INITIATIVE
    if depth == 3 and name.startswith(CYCLE_PREFIX):
        return FileKind.CYCLE
    if depth == 4 and parts[2] == MEASURES_DIR:
        return FileKind.MEASURE
    return None


def iter_workspace_files(root: Path) -> Iterator[tuple[Path, FileKind | None]]:
    """Every YAML file below `root` in a stable order (:func:`yaml_files`), with its kind
    (None: not a known kind)."""
    for path in yaml_files(root):
        yield path, classify(path, root)


def ids_for(path: Path, root: Path, kind: FileKind) -> tuple[str, str | None, str | None]:
    """(own id, municipality id, initiative id) of a file from its place in the tree."""
    parts = path.relative_to(root).parts
    if kind is FileKind.PROGRAMME:
        return "programme", None, None
    if kind is FileKind.MUNICIPALITY:
        return parts[0], parts[0], None
    if kind is FileKind.INITIATIVE:
        return parts[1], parts[0], parts[1]
    if kind is FileKind.MEASURE:
        return path.stem, parts[0], parts[1]
    return path.stem, parts[0], parts[1]
