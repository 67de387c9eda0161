"""Read a whole workspace into validated models, collecting every problem in every file.

Files flow one way: bytes -> (data, line map) from the YAML node tree -> a pydantic model ->
an `Entry` in the `Workspace`; then the cross-file checks (:mod:`pdsa_cli.workspace.checks`)
run on the whole. Nothing raises for bad input: each problem becomes a `Problem` with its file
and line, and loading always goes on to the next file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from pdsa_cli.errors import Problem, Severity, display_path
from pdsa_cli.i18n import Phrase
from pdsa_cli.models import Programme
from pdsa_cli.workspace.checks import CHECKS, Check, run_checks
from pdsa_cli.workspace.cpr import find_cpr_lines
from pdsa_cli.workspace.index import (
    MODEL_OF_KIND,
    PROGRAMME_FILE,
    Entry,
    FileKind,
    LoadResult,
    Workspace,
    find_root,
    ids_for,
    is_reserved_path,
    iter_workspace_files,
    leaves_workspace,
)
from pdsa_cli.workspace.model_errors import findings_from
from pdsa_cli.workspace.texts import shown_data, text_findings, visible_name
from pdsa_cli.workspace.yamltree import Finding, KeyPath, path_text, read_yaml

# Called after each file with (files done, files in all), e.g. to drive a progress bar.
Progress = Callable[[int, int], None]

# Problems that are warnings by nature; every other code is an error.
WARNINGS = frozenset({"unknown-file"})
# Reading problems that leave the value at their path empty.
DROPS_VALUE = frozenset({"unsafe-tag", "complex-key", "text-too-long"})
# A workspace file larger than this is not read (a file of 10^6 measurements is 33 MB).
MAX_FILE_BYTES = 50_000_000
# One list item per line (`  - {date: ..., value: ...}`), as pdsa writes measurements.
_LIST_ITEM = re.compile(rb"\n[ \t]*- ")
# Measurements one measure may hold: daily values for 270 years. More make the analysis and its
# chart meaningless and the tools slow; such data belongs split into several measures.
MAX_MEASUREMENTS = 100_000


def list_items(raw: bytes) -> int:
    """How many list items a YAML file's bytes hold, one per line as pdsa writes them: the
    measurements of a measure file, counted without parsing it."""
    return len(_LIST_ITEM.findall(raw))


def load_workspace(
    root: Path, progress: Progress | None = None, checks: Sequence[Check] = CHECKS
) -> LoadResult:
    """Load every file under `root` and run the cross-file `checks`; never stops at a problem.

    The default runs the workspace's own checks; :func:`pdsa_cli.loader.load_workspace` adds
    those of the higher layers (predictions)."""
    root = Path(root)
    files = list(iter_workspace_files(root))
    # The programme first: it decides whether a CPR-like number is an error or a warning.
    files.sort(key=lambda item: item[1] is not FileKind.PROGRAMME)
    reader = _WorkspaceReader(root)
    for done, (path, kind) in enumerate(files, start=1):
        reader.read(path, kind)
        if progress is not None:
            progress(done, len(files))
    if reader.workspace.programme is None and not (root / PROGRAMME_FILE).is_file():
        where = display_path(root / PROGRAMME_FILE)
        reader.problems.append(Problem("missing-programme", Severity.ERROR, where, None, ""))
    reader.problems.extend(run_checks(reader.workspace, checks))
    return LoadResult(reader.workspace, sort_problems(reader.problems), [f for f, _ in files])


def validate_path(
    target: Path, progress: Progress | None = None, checks: Sequence[Check] = CHECKS
) -> LoadResult:
    """Validate the workspace that holds `target` (its root, a subfolder or one file), keeping
    the problems and files inside `target`: a file is still checked against its workspace."""
    target = Path(target)
    root = find_root(target) or (target if target.is_dir() else target.parent)
    result = load_workspace(root, progress, checks)
    if target.resolve() == root.resolve():
        return result
    inside = target.resolve()
    result.problems = [p for p in result.problems if _within(Path(p.file), inside)]
    result.files = [f for f in result.files if _within(f, inside)]
    return result


def _within(path: Path, folder: Path) -> bool:
    resolved = path.resolve()
    return resolved == folder or folder in resolved.parents


def sort_problems(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.file, p.line or 0, p.path, p.code))


class _WorkspaceReader:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.workspace = Workspace(root=root)
        self.problems: list[Problem] = []
        self.cpr_severity = Severity.ERROR
        # Shown paths are the root's shown path plus the file's place in the workspace: one
        # path resolution per workspace rather than one per file.
        shown_root = display_path(root)
        self.prefix = "" if shown_root == "." else shown_root.rstrip("/") + "/"

    def shown(self, path: Path) -> str:
        # A name may hold a line break or an escape sequence: shown, never obeyed.
        return visible_name(self.prefix + path.relative_to(self.root).as_posix())

    def read(self, path: Path, kind: FileKind | None) -> None:
        shown = self.shown(path)
        if leaves_workspace(path, self.root):  # reported, never read: not even its first line
            self.problems.append(Problem("link-outside", Severity.ERROR, shown, None, ""))
            if kind is not None:
                self.workspace.broken.add(ids_for(path, self.root, kind)[0])
            return
        if path.exists() and not path.is_file():  # a pipe or a device: reading could wait
            self.problems.append(Problem("not-a-file", Severity.ERROR, shown, None, ""))
            if kind is not None:
                self.workspace.broken.add(ids_for(path, self.root, kind)[0])
            return
        if is_reserved_path(path.relative_to(self.root)):
            self.problems.append(Problem("reserved-name", Severity.ERROR, shown, None, ""))
        if kind is None:
            self.problems.append(Problem("unknown-file", Severity.WARNING, shown, None, ""))
            return
        own, municipality, initiative = ids_for(path, self.root, kind)
        model = self._model(path, shown, kind)
        if model is None:
            self.workspace.broken.add(own)
            return
        model_, lines = model
        entry: Entry[Any] = Entry(own, model_, path, municipality, initiative, lines)
        self._add(kind, entry, shown)

    def _model(
        self, path: Path, shown: str, kind: FileKind
    ) -> tuple[BaseModel, dict[KeyPath, int]] | None:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:  # never read whole: it could fill memory
                limit = MAX_FILE_BYTES // 1_000_000
                self._report(shown, {}, Finding("file-too-large", None, (), {"limit": limit}))
                return None
            raw = path.read_bytes()
        except OSError as exc:
            self._report(shown, {}, Finding("unreadable", None, (), {"error": exc.strerror}))
            return None
        if kind is FileKind.MEASURE and not self._measurements_fit(raw, shown):
            return None
        tree = read_yaml(raw)
        for finding in tree.findings:
            self._report(shown, tree.lines, finding)
        if kind is FileKind.MEASURE and isinstance(tree.data, dict):
            listed = tree.data.get("measurements")  # written as one [...] line, say
            if isinstance(listed, list) and not self._few_enough(len(listed), shown):
                return None
        found = self._unshowable(raw, tree.data, tree.lines, shown)
        # Whatever reads the models (summary, show, list, chart, export) sees the number masked
        # and control characters made visible.
        data = shown_data(tree.data) if found else tree.data
        if data is None:
            return None
        model_class = MODEL_OF_KIND[kind]
        try:
            model = model_class.model_validate(data)
        except ValidationError as exc:
            # A refused tag or key already has its problem; its None value needs no second one.
            dropped = {f.path for f in tree.findings if f.code in DROPS_VALUE}
            for finding in findings_from(exc.errors(include_url=False), model_class):
                if finding.path not in dropped:
                    self._report(shown, tree.lines, finding)
            return None
        if isinstance(model, Programme):
            self.cpr_severity = model.personal_data.cpr_numbers
        return model, tree.lines

    def _measurements_fit(self, raw: bytes, shown: str) -> bool:
        """False (and said) when a measure file holds more measurements than one measure may:
        counted as list items before the file is parsed, which would take minutes and
        gigabytes (a list written on one line is counted after parsing, by the model)."""
        return self._few_enough(list_items(raw), shown)

    def _few_enough(self, count: int, shown: str) -> bool:
        if count <= MAX_MEASUREMENTS:
            return True
        detail = {"count": count, "limit": MAX_MEASUREMENTS}
        finding = Finding("too-many-measurements", None, ("measurements",), detail)
        self._report(shown, {}, finding)
        return False

    def _unshowable(
        self, raw: bytes, data: object, lines: Mapping[KeyPath, int], shown: str
    ) -> bool:
        """Report each CPR-like number in the file's bytes (at its line) and in its parsed
        texts (folded, escaped or joined: at its field's line); True when a text must be
        changed before it is shown (a CPR-like number, a control character)."""
        seen: set[KeyPath] = set()
        for line in find_cpr_lines(raw):
            where = _path_at_line(lines, line)
            seen.add(where)
            self._report(shown, lines, Finding("cpr-number", line, where), self.cpr_severity)
        controls = False
        for path, kind in text_findings(data):
            if kind == "control-character":
                controls = True
            elif path not in seen:
                seen.add(path)
                finding = Finding("cpr-number", _line_of(lines, path), path)
                self._report(shown, lines, finding, self.cpr_severity)
        return bool(seen) or controls

    def _report(
        self,
        shown: str,
        lines: Mapping[KeyPath, int],
        finding: Finding,
        severity: Severity | None = None,
    ) -> None:
        line = finding.line if finding.line is not None else _line_of(lines, finding.path)
        if severity is None:
            severity = Severity.WARNING if finding.code in WARNINGS else Severity.ERROR
        path = path_text(finding.path)
        self.problems.append(Problem(finding.code, severity, shown, line, path, finding.detail))

    def _add(self, kind: FileKind, entry: Entry[Any], shown: str) -> None:
        ws = self.workspace
        if kind is FileKind.PROGRAMME:
            ws.programme = entry
        elif kind is FileKind.MUNICIPALITY:
            ws.municipalities[entry.id] = entry
        elif kind is FileKind.CYCLE:
            ws.cycles.append(entry)
        else:
            table = ws.initiatives if kind is FileKind.INITIATIVE else ws.measures
            first = table.get(entry.id)
            if first is None:
                table[entry.id] = entry
                return
            kind_name = Phrase(f"kind.{kind.value}")
            detail = {"id": entry.id, "kind": kind_name, "first": self.shown(first.file)}
            self.problems.append(Problem("duplicate-id", Severity.ERROR, shown, None, "", detail))


def _line_of(lines: Mapping[KeyPath, int], path: KeyPath) -> int | None:
    """The line of `path`, else of its nearest parent (a missing key points at its mapping)."""
    for depth in range(len(path), -1, -1):
        found = lines.get(path[:depth])
        if found is not None:
            return found
    return None


def _path_at_line(lines: Mapping[KeyPath, int], line: int) -> KeyPath:
    """The deepest key path that starts on `line`, else the last one that starts before it."""
    best: KeyPath = ()
    best_line = 0
    for path, start in lines.items():
        if start <= line and (start, len(path)) >= (best_line, len(best)):
            best, best_line = path, start
    return best
