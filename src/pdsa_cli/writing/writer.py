"""Writing workspace files without ever losing a word.

Three guarantees, for every command that writes:

- **Atomic**: the new text goes to a temporary file in the same folder, is fsynced, then renamed
  over the old file (`os.replace`), so a crash or a kill leaves either the old or the new file,
  never half of one. A new file is published with `os.link`, which refuses to overwrite.
- **No lost updates**: every read-modify-write holds the workspace lock (`<root>/.pdsa.lock`, via
  `filelock`) and re-reads the file under it, so concurrent writers queue instead of racing.
- **Comments kept, content checked**: edits go through ruamel.yaml's round-trip mode; the result
  is parsed back the way the loader reads it and validated by the model *before* it replaces the
  old file, and a write that would drop one of the user's comments is refused.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import os
import re
import stat
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import yaml
from filelock import FileLock, Timeout
from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from pdsa_cli.errors import PdsaError, Problem, Severity, display_path

LOCK_FILE = ".pdsa.lock"
TEMP_SUFFIX = ".pdsa-tmp"
LOCK_TIMEOUT_SECONDS = 30.0
LOCK_POLL_SECONDS = 0.005  # writes take milliseconds: waiters should not sleep much longer

M = TypeVar("M", bound=BaseModel)


# -- the workspace lock ------------------------------------------------------------------------


@contextlib.contextmanager
def workspace_lock(root: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the workspace's write lock (one lock for all files: writes take milliseconds)."""
    lock = FileLock(
        str(root / LOCK_FILE), timeout=LOCK_TIMEOUT_SECONDS if timeout is None else timeout
    )
    try:
        lock.acquire(poll_interval=LOCK_POLL_SECONDS)
    except Timeout:
        raise PdsaError("writing.lock_timeout", path=display_path(root / LOCK_FILE)) from None
    try:
        yield
    finally:
        lock.release()


# -- atomic file operations --------------------------------------------------------------------


def _new_file_mode() -> int:
    """The mode a plain new file gets here (mkstemp's own 0600 would hide files from the team)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _write_temp(folder: Path, name: str, text: str, mode: int | None = None) -> Path:
    """The text in a fsynced temporary file beside its target (same file system: rename works)."""
    handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=TEMP_SUFFIX)
    temp = Path(temp_name)
    try:
        with contextlib.suppress(OSError):  # not every file system has modes
            os.chmod(temp, _new_file_mode() if mode is None else mode)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); folders cannot be opened on Windows."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_stale_temps(path: Path) -> None:
    """Temporary files of `path` left by a killed writer; safe to remove under the lock."""
    for stale in path.parent.glob(f".{path.name}.*{TEMP_SUFFIX}"):
        stale.unlink(missing_ok=True)


@contextlib.contextmanager
def _disk_errors(path: Path) -> Iterator[None]:
    """A full disk or a read-only share is the machine's fault, not a bug: say so in one line."""
    try:
        yield
    except OSError as error:
        reason = error.strerror or str(error)
        raise PdsaError("writing.write_failed", path=display_path(path), error=reason) from None


def replace_file(path: Path, text: str) -> None:
    """Atomically replace `path` with `text` (call under the workspace lock)."""
    with _disk_errors(path):
        remove_stale_temps(path)
        temp = _write_temp(path.parent, path.name, text, stat.S_IMODE(path.stat().st_mode))
        try:
            os.replace(temp, path)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        _sync_folder(path.parent)


def create_file(path: Path, text: str) -> None:
    """Atomically create `path`; an existing file is never overwritten."""
    if path.exists():
        raise PdsaError("writing.file_exists", path=display_path(path))
    temp = _write_temp(path.parent, path.name, text)
    try:
        try:
            os.link(temp, path)  # fails if `path` exists, even if it appeared a moment ago
        except FileExistsError:
            raise PdsaError("writing.file_exists", path=display_path(path)) from None
        except OSError:
            # No hard links on this file system (FAT, some shares): the lock keeps this safe.
            if path.exists():
                raise PdsaError("writing.file_exists", path=display_path(path)) from None
            os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    _sync_folder(path.parent)


@dataclass(frozen=True)
class NewFile:
    path: Path
    text: str


def create_files(files: Sequence[NewFile]) -> None:
    """Create several files (and their folders) as one change: on failure, remove what was made."""
    made_files: list[Path] = []
    made_dirs: list[Path] = []
    try:
        for new in files:
            with _disk_errors(new.path):
                for folder in reversed(new.path.parents):
                    if not folder.exists():
                        folder.mkdir()
                        made_dirs.append(folder)
                create_file(new.path, new.text)
            made_files.append(new.path)
    except BaseException:
        for path in reversed(made_files):
            path.unlink(missing_ok=True)
        for folder in reversed(made_dirs):
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise


# -- YAML text ----------------------------------------------------------------------------------


class _Representer(RoundTripRepresenter):
    """Floats as plain decimals: PyYAML (YAML 1.1) reads `1e+20` as text, not as a number."""


def _represent_float(representer: _Representer, value: float) -> Any:
    text = repr(value)
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    if "." not in text:
        text += ".0"
    return representer.represent_scalar("tag:yaml.org,2002:float", text)


_Representer.add_representer(float, _represent_float)

_YAML_11 = VersionedResolver(version=(1, 1))


def text_scalar(value: str, flow: bool = False) -> Any:
    """A string as YAML that every reader reads back as the same text.

    Multi-line text becomes a literal block (escaped and quoted inside a flow mapping); text
    that a YAML 1.1 reader would take for something else (`no`, `on`, `12:30`, `0123`,
    `2021-03-01`) is quoted.
    """
    if len(value.splitlines()) > 1 or value != value.rstrip("\n\r\x85\u2028\u2029"):
        if flow:
            return DoubleQuotedScalarString(value)
        return LiteralScalarString(value.rstrip() + "\n")
    if _YAML_11.resolve(ScalarNode, value, (True, False)) != "tag:yaml.org,2002:str":
        return DoubleQuotedScalarString(value)
    return value


@dataclass(frozen=True)
class Indent:
    mapping: int = 2
    sequence: int = 4
    offset: int = 2


_KEY_LINE = re.compile(r"^(\s*)(?:- )?[^#\s][^:#]*:\s*(?:#.*)?$")


def guess_indent(text: str) -> Indent:
    """The file's own indentation, so an edit does not re-indent untouched parts."""
    mapping: int | None = None
    offset: int | None = None
    lines = [
        line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
    for line, following in itertools.pairwise(lines):
        found = _KEY_LINE.match(line)
        if not found:
            continue
        own = len(found.group(1)) + (2 if line.lstrip().startswith("- ") else 0)
        inner = len(following) - len(following.lstrip())
        if following.lstrip().startswith("- ") and offset is None and inner >= own:
            offset = inner - own
        elif mapping is None and inner > own:
            mapping = inner - own
    mapping = mapping or 2
    offset = 2 if offset is None else offset
    return Indent(mapping, offset + 2, offset)


def round_trip(indent: Indent = Indent()) -> YAML:
    """A ruamel.yaml instance that keeps comments, key order and quotes."""
    handler = YAML(typ="rt")
    handler.Representer = _Representer
    handler.indent(mapping=indent.mapping, sequence=indent.sequence, offset=indent.offset)
    handler.width = 4096  # never fold the user's long lines
    handler.preserve_quotes = True
    return handler


def load_round_trip(text: str) -> tuple[Any, YAML]:
    handler = round_trip(guess_indent(text))
    return handler.load(text), handler


def dump_text(document: Any, handler: YAML | None = None) -> str:
    stream = io.StringIO()
    (handler or round_trip()).dump(document, stream)
    return stream.getvalue()


def schema_header(relative: str) -> str:
    return f"# yaml-language-server: $schema={relative}\n"


# -- checking a text before it is written ---------------------------------------------------------


_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_as_loader(text: str) -> Any:
    """Parse `text` the way the loader does (PyYAML, safe, YAML 1.1)."""
    return yaml.load(text, Loader=_Loader)  # a safe loader: no tags executed


Parse = Callable[[str], Any]


def validate_text(text: str, model: type[M], path: Path, parse: Parse = parse_as_loader) -> M:
    """The model of `text`, or a PdsaError naming the file and fields: nothing gets written."""
    shown = display_path(path)
    try:
        data = parse(text)
    except yaml.YAMLError as error:
        raise PdsaError("writing.would_be_unreadable", path=shown, error=str(error)) from None
    try:
        return model.model_validate(data)
    except ValidationError as error:
        problems = _problems(shown, error, model)
        raise PdsaError(
            "writing.would_be_invalid", path=shown, field=problems[0].path, problems=problems
        ) from None


def _problems(shown: str, error: ValidationError, model: type[BaseModel]) -> tuple[Problem, ...]:
    """The model's complaints in the loader's own words and codes (as `pdsa validate` says)."""
    from pdsa_cli.workspace.model_errors import findings_from
    from pdsa_cli.workspace.yamltree import path_text

    findings = findings_from(error.errors(include_url=False), model)
    return tuple(
        Problem(f.code, Severity.ERROR, shown, None, path_text(f.path), f.detail) for f in findings
    )


def read_valid(path: Path, model: type[M], parse: Parse = parse_as_loader) -> tuple[str, M]:
    """A file's text and model; a file that is already invalid is not edited (fix it first)."""
    text = path.read_text(encoding="utf-8")
    shown = display_path(path)
    try:
        data = parse(text)
    except yaml.YAMLError as error:
        raise PdsaError("writing.unreadable_before", path=shown, error=str(error)) from None
    try:
        return text, model.model_validate(data)
    except ValidationError as error:
        problems = _problems(shown, error, model)
        raise PdsaError("writing.invalid_before", path=shown, problems=problems) from None


# -- keeping comments ---------------------------------------------------------------------------

_BLOCK_SCALAR = re.compile(r":\s*[|>][-+0-9]*\s*(?:#.*)?$")


def comments_in(text: str) -> Counter[str]:
    """The comments of a YAML text (outside quoted strings and block scalars), as a multiset."""
    found: Counter[str] = Counter()
    block_indent: int | None = None
    for line in text.splitlines():
        indent = len(line) - len(line.lstrip())
        if block_indent is not None:
            if not line.strip() or indent > block_indent:
                continue  # the content of a literal or folded block
            block_indent = None
        comment = _comment_of(line)
        if comment:
            found[comment] += 1
        start = comment_start(line)
        if _BLOCK_SCALAR.search(line if start is None else line[:start]):
            block_indent = indent
    return found


def comment_start(line: str) -> int | None:
    """Where the comment of one line starts (a `#` after a blank, outside quotes), or None."""
    if "#" not in line:
        return None
    quote: str | None = None
    previous = " "
    for index, char in enumerate(line):
        if quote:
            if char == quote:
                quote = None
        elif char in "'\"" and previous in " [{,:":
            quote = char
        elif char == "#" and previous in " \t":
            return index
        previous = char
    return None


def _comment_of(line: str) -> str | None:
    start = comment_start(line)
    return None if start is None else line[start:].strip()


def check_comments_kept(before: str, after: str, path: Path) -> None:
    lost = comments_in(before) - comments_in(after)
    if lost:
        raise PdsaError(
            "writing.would_lose_comment", path=display_path(path), comment=next(iter(lost))
        )


def edit_file(
    path: Path,
    model: type[M],
    change: Callable[[str, M], str],
    check: Callable[[M], None] | None = None,
    parse: Parse = parse_as_loader,
) -> M:
    """Read-modify-write one file under the lock: `change(text, model) -> new text`.

    The new text is validated (and passed to `check`) and its comments checked before it
    atomically replaces the file.
    Call inside :func:`workspace_lock`.
    """
    text, current = read_valid(path, model, parse)
    new_text = change(text, current)
    updated = validate_text(new_text, model, path, parse)
    if check is not None:
        check(updated)
    check_comments_kept(text, new_text, path)
    replace_file(path, new_text)
    return updated
