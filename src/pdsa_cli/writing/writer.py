"""Writing workspace files without ever losing a word.

The guarantees, for every command that writes:

- **Atomic**: the new text goes to a temporary file in the same folder, is fsynced, then renamed
  over the old file (`os.replace`), so a crash or a kill leaves either the old or the new file,
  never half of one. A new file is published with `os.link`, which refuses to overwrite.
- **No lost updates**: every read-modify-write holds the workspace lock (the workspace folder
  itself where it can be locked, and `<root>/.pdsa.lock`) and re-reads the file under it, so
  concurrent writers queue instead of racing; just before the rename the file must still hold
  the bytes that were read (compare and swap), else the edit is redone. Deleting the lock file
  while writes run loses nothing.
- **Nothing a reader would refuse**: no CPR-like number is added, no file that `pdsa validate`
  rejects is edited, no link out of the workspace is followed, and a read-only file is left
  alone. New folders (a municipality, an initiative) appear in one rename, whole.
- **Comments kept, content checked**: edits go through ruamel.yaml's round-trip mode; the result
  is parsed back the way the loader reads it and validated by the model *before* it replaces the
  old file, and a write that would drop one of the user's comments is refused.
"""

from __future__ import annotations

import contextlib
import errno
import io
import itertools
import os
import re
import shutil
import stat
import sys
import tempfile
import time
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
from pdsa_cli.i18n import Phrase
from pdsa_cli.workspace.cpr import find_cpr, find_cpr_lines, mask_cpr
from pdsa_cli.workspace.index import PROGRAMME_FILE
from pdsa_cli.workspace.model_errors import findings_from
from pdsa_cli.workspace.yamltree import path_text, read_yaml

LOCK_FILE = ".pdsa.lock"
TEMP_SUFFIX = ".pdsa-tmp"
LOCK_TIMEOUT_SECONDS = 30.0
LOCK_POLL_SECONDS = 0.005  # writes take milliseconds: waiters should not sleep much longer
CHANGED_RETRIES = 20  # redoing an edit on a file that changed meanwhile (lock lost)

M = TypeVar("M", bound=BaseModel)

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

# What to do when the machine refuses a write: errno -> catalogue key of the advice.
_ADVICE = {
    errno.ENOSPC: "writing.advice.disk_full",
    getattr(errno, "EDQUOT", errno.ENOSPC): "writing.advice.disk_full",  # not on Windows
    errno.EROFS: "writing.advice.read_only",
    errno.EACCES: "writing.advice.permission",
    errno.EPERM: "writing.advice.permission",
}


def advice_key(error: OSError) -> str:
    return _ADVICE.get(error.errno or 0, "writing.advice.other")


# -- the workspace lock ------------------------------------------------------------------------


@contextlib.contextmanager
def workspace_lock(root: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the workspace's write lock (one lock for all files: writes take milliseconds).

    A lock file can be deleted while it is held (`git clean -X` does, as it is ignored), and a
    second writer would then lock a new file of the same name. So, where the system allows,
    the lock is also taken on the workspace folder itself, which no clean-up removes; and a
    lock on a file that was deleted or replaced while waiting is let go and taken again.
    :func:`edit_file` also checks that the file did not change before it replaces it.
    """
    path = root / LOCK_FILE
    wait = LOCK_TIMEOUT_SECONDS if timeout is None else timeout
    with _lock_errors(path):
        release = _acquire(root, path, time.monotonic() + wait)
    try:
        yield
    finally:
        release()


@contextlib.contextmanager
def _lock_errors(path: Path) -> Iterator[None]:
    """The lock cannot be taken: say why and what to do, in one line."""
    try:
        yield
    except Timeout:
        raise PdsaError("writing.lock_timeout", path=display_path(path)) from None
    except IsADirectoryError:
        raise PdsaError("writing.lock_is_folder", path=display_path(path)) from None
    except OSError as error:
        raise PdsaError(
            "writing.lock_failed",
            path=display_path(path),
            error=error.strerror or str(error),
            advice=Phrase(advice_key(error)),
        ) from None


def _acquire(root: Path, path: Path, deadline: float) -> Callable[[], None]:
    if fcntl is None:  # pragma: no cover - Windows: an open lock file cannot be deleted there
        lock = FileLock(str(path), timeout=max(0.0, deadline - time.monotonic()))
        lock.acquire(poll_interval=LOCK_POLL_SECONDS)
        return lambda: lock.release()
    folder = _flock_folder(root, deadline)
    try:
        handle = _flock_file(path, deadline)
    except BaseException:
        if folder is not None:
            os.close(folder)  # closing lets the lock go
        raise

    def release() -> None:
        os.close(handle)
        if folder is not None:
            os.close(folder)

    return release


def _flock_wait(fd: int, deadline: float) -> None:
    """flock(fd) exclusively, polling until `deadline` (Timeout then)."""
    assert fcntl is not None
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise Timeout(str(fd)) from None
            time.sleep(LOCK_POLL_SECONDS)


def _flock_folder(root: Path, deadline: float) -> int | None:
    """The workspace folder locked (a stable object), or None where folders cannot be locked
    (some network file systems): the lock file and the content check then keep writes safe."""
    try:
        fd = os.open(root, os.O_RDONLY)
    except OSError:
        return None
    try:
        _flock_wait(fd, deadline)
    except Timeout:
        os.close(fd)
        raise
    except OSError:
        os.close(fd)
        return None
    return fd


def _flock_file(path: Path, deadline: float) -> int:
    """The lock file locked, and still the file of that name once locked (else again)."""
    while True:
        fd = _open_lock(path)
        try:
            _flock_wait(fd, deadline)
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(path))
            except FileNotFoundError:
                same = False
        except BaseException:
            os.close(fd)
            raise
        if same:
            return fd
        os.close(fd)  # deleted or replaced while we waited: lock the one there now


def _open_lock(path: Path) -> int:
    """The lock file opened (made if missing), never through a link (which could make a file
    anywhere the link points) and never waiting (a pipe in its place)."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    if path.is_symlink():
        raise PdsaError("writing.lock_is_link", path=display_path(path))
    try:
        fd = os.open(path, flags, 0o666)
    except OSError as error:
        if error.errno == errno.ELOOP:  # made a link since the check above
            raise PdsaError("writing.lock_is_link", path=display_path(path)) from None
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise PdsaError("writing.lock_not_file", path=display_path(path))
    return fd


# -- atomic file operations --------------------------------------------------------------------


def _new_file_mode() -> int:
    """The mode a plain new file gets here (mkstemp's own 0600 would hide files from the team)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _write_temp(
    folder: Path, name: str, text: str, mode: int | None = None, newline: str = "\n"
) -> Path:
    """The text in a fsynced temporary file beside its target (same file system: rename works)."""
    handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=TEMP_SUFFIX)
    temp = Path(temp_name)
    try:
        with contextlib.suppress(OSError):  # not every file system has modes
            os.chmod(temp, _new_file_mode() if mode is None else mode)
        with os.fdopen(handle, "w", encoding="utf-8", newline=newline) as stream:
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
    """Temporary files (and folders) of `path` left by a killed writer; safe under the lock."""
    for stale in path.parent.glob(f".{path.name}.*{TEMP_SUFFIX}"):
        if stale.is_dir() and not stale.is_symlink():
            shutil.rmtree(stale, ignore_errors=True)
        else:
            stale.unlink(missing_ok=True)


class _ChangedMeanwhile(Exception):
    """The file is not what was read: another writer got in (the lock was lost). Redo."""


@contextlib.contextmanager
def _disk_errors(path: Path) -> Iterator[None]:
    """A full disk or a read-only share is the machine's fault, not a bug: say so in one line."""
    try:
        yield
    except OSError as error:
        reason = error.strerror or str(error)
        raise PdsaError(
            "writing.write_refused",
            path=display_path(path),
            error=reason,
            advice=Phrase(advice_key(error)),
        ) from None


def replace_file(path: Path, text: str, expected: bytes | None = None, newline: str = "\n") -> None:
    """Atomically replace `path` with `text` (call under the workspace lock).

    With `expected`, the file must still hold exactly those bytes just before the rename
    (compare and swap): if it changed, :class:`_ChangedMeanwhile` is raised and nothing is
    written, so an update made meanwhile is never overwritten.
    """
    with _disk_errors(path):
        remove_stale_temps(path)
        mode = stat.S_IMODE(path.stat().st_mode)
        temp = _write_temp(path.parent, path.name, text, mode, newline)
        try:
            if expected is not None and path.read_bytes() != expected:
                raise _ChangedMeanwhile(str(path))
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
    """Create several files (and their folders) as one change: all of them or none.

    Files that go into a folder that does not exist yet (a new municipality or initiative) are
    first written into a hidden temporary folder beside it, which is then renamed into place in
    one step: a kill at any moment leaves either no new folder or the complete one. On any
    failure, what was made is removed.
    """
    for new in files:  # every file checked before the first is made
        check_no_new_cpr("", new.text, new.path)
        refuse_outside(new.path.parent)
    units: dict[Path, list[NewFile]] = {}
    singles: list[NewFile] = []
    for new in files:
        top = _new_top_folder(new.path)
        if top is None:
            singles.append(new)
        else:
            units.setdefault(top, []).append(new)
    made: list[Path] = []
    try:
        for top, members in units.items():
            with _disk_errors(top):
                _create_folder_at_once(top, members)
            made.append(top)
        for new in singles:
            with _disk_errors(new.path):
                remove_stale_temps(new.path)  # a killed writer's, under the lock
                create_file(new.path, new.text)
            made.append(new.path)
    except BaseException:
        for path in reversed(made):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
        raise


def _new_top_folder(path: Path) -> Path | None:
    """The outermost folder of `path` that does not exist yet (None: its folder exists)."""
    top: Path | None = None
    for folder in path.parents:
        if folder.exists():
            break
        top = folder
    return top


def _create_folder_at_once(top: Path, members: Sequence[NewFile]) -> None:
    """`top` with all of `members` in it, made in a temporary folder and renamed into place."""
    if not top.parent.exists():
        top.parent.mkdir(parents=True)
    remove_stale_temps(top)
    temp = Path(tempfile.mkdtemp(dir=top.parent, prefix=f".{top.name}.", suffix=TEMP_SUFFIX))
    try:
        with contextlib.suppress(OSError):
            os.chmod(temp, 0o777 & ~_umask())
        for new in members:
            target = temp / new.path.relative_to(top)
            target.parent.mkdir(parents=True, exist_ok=True)
            written = _write_temp(target.parent, target.name, new.text)
            os.replace(written, target)
        if top.exists():
            raise PdsaError("writing.file_exists", path=display_path(top))
        os.rename(temp, top)  # one step: the whole folder, or none of it
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    _sync_folder(top.parent)


def _umask() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


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
    if value[:1] in _INDICATORS:  # ":-) god uge" unquoted in `{...}` is no YAML 1.1 at all
        return DoubleQuotedScalarString(value)
    return value


# Characters a YAML 1.1 plain scalar may not start with inside a flow mapping (PyYAML's
# `check_plain`); ruamel writes some of them bare, which the loader then cannot read.
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")


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
    handler.width = sys.maxsize  # never fold a line: a fold inside a number hides it
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


@dataclass(frozen=True)
class Original:
    """A file as it was read: its bytes (for the check before the rename), its text with `\\n`
    line ends, and the line end to write back (a CRLF file stays CRLF)."""

    raw: bytes
    text: str
    newline: str


def read_original(path: Path) -> Original:
    """A workspace file's bytes and text; unreadable or non-UTF-8 files get a clear message."""
    shown = display_path(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a pipe would be waited on, lock held
            raise PdsaError("writing.not_a_file", path=shown)
        raw = path.read_bytes()
    except OSError as error:
        raise PdsaError(
            "writing.read_failed",
            path=shown,
            error=error.strerror or str(error),
            advice=Phrase(advice_key(error)),
        ) from None
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise PdsaError("writing.not_utf8", path=shown, line=line) from None
    if "\r" not in decoded:
        return Original(raw, decoded, "\n")
    crlf = decoded.count("\r\n")
    newline = "\r\n" if crlf and crlf == decoded.count("\n") == decoded.count("\r") else "\n"
    return Original(raw, decoded.replace("\r\n", "\n").replace("\r", "\n"), newline)


def loader_problems(raw: bytes, model: type[BaseModel], path: Path) -> tuple[Problem, ...]:
    """The problems `pdsa validate` finds in this file on its own (duplicate keys, refused
    tags, wrong types, ...): a file it rejects is never edited."""
    tree = read_yaml(raw)
    findings = list(tree.findings)
    if tree.data is not None and not findings:
        try:
            model.model_validate(tree.data)
        except ValidationError as error:
            findings.extend(findings_from(error.errors(include_url=False), model))
    shown = display_path(path)
    return tuple(
        Problem(
            finding.code,
            Severity.ERROR,
            shown,
            finding.line if finding.line is not None else _line_of(tree.lines, finding.path),
            path_text(finding.path),
            finding.detail,
        )
        for finding in findings
    )


def _line_of(lines: Any, path: tuple[Any, ...]) -> int | None:
    for depth in range(len(path), -1, -1):
        found = lines.get(path[:depth])
        if found is not None:
            return int(found)
    return None


def _valid(original: Original, path: Path, model: type[M], parse: Parse) -> M:
    _refuse_unbounded(original, path, model)
    shown = display_path(path)
    problems = loader_problems(original.raw, model, path)
    if problems:
        raise PdsaError("writing.invalid_before", path=shown, problems=problems)
    try:
        data = parse(original.text)
    except yaml.YAMLError as error:
        raise PdsaError("writing.unreadable_before", path=shown, error=str(error)) from None
    try:
        return model.model_validate(data)
    except ValidationError as error:
        problems = _problems(shown, error, model)
        raise PdsaError("writing.invalid_before", path=shown, problems=problems) from None


def read_valid(path: Path, model: type[M], parse: Parse = parse_as_loader) -> tuple[str, M]:
    """A file's text and model; a file that is already invalid is not edited (fix it first)."""
    original = read_original(path)
    return original.text, _valid(original, path, model, parse)


def _refuse_unbounded(original: Original, path: Path, model: type[BaseModel]) -> None:
    """A file `pdsa validate` refuses for its size is refused here before it is parsed: 10^6
    measurements took `pdsa log` minutes and gigabytes, with the lock held."""
    from pdsa_cli.models import Measure
    from pdsa_cli.workspace.loader import MAX_FILE_BYTES, MAX_MEASUREMENTS, list_items

    shown = display_path(path)
    if len(original.raw) > MAX_FILE_BYTES:
        detail: dict[str, Any] = {"limit": MAX_FILE_BYTES // 1_000_000}
        problem = Problem("file-too-large", Severity.ERROR, shown, None, "", detail)
    elif model is Measure and (count := list_items(original.raw)) > MAX_MEASUREMENTS:
        detail = {"count": count, "limit": MAX_MEASUREMENTS}
        problem = Problem("too-many-measurements", Severity.ERROR, shown, None, "", detail)
    else:
        return
    raise PdsaError("writing.invalid_before", path=shown, problems=(problem,))


# -- staying inside the workspace ---------------------------------------------------------------


def workspace_of(path: Path) -> Path | None:
    """The workspace that holds `path` as the user named it (links not followed)."""
    for folder in Path(os.path.abspath(path)).parents:
        if (folder / PROGRAMME_FILE).is_file():
            return folder
    return None


def refuse_outside(path: Path, root: Path | None = None) -> None:
    """Refuse to write `path` if it, or a folder on the way, is a link that leaves the
    workspace (a municipality folder linked to a folder elsewhere, say)."""
    root = root or workspace_of(path)
    if root is None:
        return
    real = Path(os.path.realpath(path))
    if not real.is_relative_to(Path(os.path.realpath(root))):
        raise PdsaError("writing.link_outside", path=display_path(path), root=display_path(root))


def refuse_read_only(path: Path) -> None:
    """A file whose owner made it read-only (no write bit at all) is not rewritten behind their
    back, even by a user (root) the system would let write it."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # reading it says why
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise PdsaError("writing.read_only_file", path=display_path(path))


# -- no CPR numbers in the shared files ----------------------------------------------------------


def cpr_is_error(root: Path | None) -> bool:
    """Whether `pdsa validate` rejects a CPR-like number here (the programme may downgrade it
    to a warning with `personal_data: {cpr_numbers: warning}`)."""
    if root is None:
        return True
    try:
        data = read_yaml((root / PROGRAMME_FILE).read_bytes()).data
    except OSError:
        return True
    personal = data.get("personal_data") if isinstance(data, dict) else None
    setting = personal.get("cpr_numbers") if isinstance(personal, dict) else None
    return setting != Severity.WARNING.value


def refuse_held_cpr(original: Original, path: Path) -> None:
    """A file that already holds a CPR-like number is rejected by `pdsa validate`, so it is not
    edited either (unless the programme made that a warning): remove the number first."""
    if next(find_cpr(original.text), None) is None or not cpr_is_error(workspace_of(path)):
        return
    shown = display_path(path)
    problems = tuple(
        Problem("cpr-number", Severity.ERROR, shown, line, "")
        for line in find_cpr_lines(original.raw)
    )
    raise PdsaError("writing.invalid_before", path=shown, problems=problems)


def _cpr_numbers(text: str) -> Counter[str]:
    return Counter(text[found.start : found.end] for found in find_cpr(text))


def check_no_new_cpr(before: str, after: str, path: Path, parse: Parse = parse_as_loader) -> None:
    """Refuse a write that would add a CPR-like number to a file (or to its name).

    The one gate every write passes (edits and new files alike, whichever command or field the
    text came from): the message names the field and shows the number masked. A number counts
    both in the bytes and in the texts as a reader's parser reads them (a fold or an escape can
    join what the bytes keep apart).
    """
    if next(find_cpr(path.name), None) is not None:
        raise PdsaError("writing.cpr_refused", field=path.name, value=mask_cpr(path.name))
    parsed: Any = None
    with contextlib.suppress(yaml.YAMLError):
        parsed = parse(after)
    _refuse_new_controls(parsed, before, parse)
    added = _cpr_numbers(after) - _cpr_numbers(before)
    now = _parsed_cpr_numbers(parsed) if not added else Counter()
    if now:
        earlier: Any = None
        with contextlib.suppress(yaml.YAMLError):
            earlier = parse(before) if before else None
        added = now - _parsed_cpr_numbers(earlier)
    if not added:
        return
    field, value = "?", next(iter(added))
    found = _field_holding(parsed, set(added), ()) if parsed is not None else None
    if found is not None:
        field, value = found
    raise PdsaError("writing.cpr_refused", field=field, value=mask_cpr(value))


def _refuse_new_controls(parsed: Any, before: str, parse: Parse) -> None:
    """Refuse a write that would add a text holding a control character (a BEL or an escape
    sequence, typed, pasted or imported): it would disturb a terminal and no spreadsheet
    takes it. The message shows it visibly."""
    from pdsa_cli.workspace.texts import CONTROL, visible

    now = Counter(text for text in _texts(parsed) if CONTROL.search(text))
    if not now:
        return
    earlier: Any = None
    with contextlib.suppress(yaml.YAMLError):
        earlier = parse(before) if before else None
    added = now - Counter(text for text in _texts(earlier) if CONTROL.search(text))
    if not added:
        return
    field, value = "?", next(iter(added))
    found = _field_holding(parsed, set(added), ())
    if found is not None:
        field, value = found
    raise PdsaError("writing.control_refused", field=field, value=visible(value))


def _parsed_cpr_numbers(data: Any) -> Counter[str]:
    """The CPR-like numbers in the texts (keys too) of parsed YAML."""
    return Counter(number for text in _texts(data) for number in _cpr_numbers(text))


def _texts(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _texts(key)
            yield from _texts(value)
    elif isinstance(data, list):
        for item in data:
            yield from _texts(item)


def _field_holding(data: Any, numbers: set[str], where: tuple[str, ...]) -> tuple[str, str] | None:
    """(dotted key path, text) of the first text in `data` that holds one of `numbers`."""
    if isinstance(data, str):
        return (".".join(where) or "?", data) if any(n in data for n in numbers) else None
    items: Any = ()
    if isinstance(data, dict):
        items = ((str(key), value) for key, value in data.items())
    elif isinstance(data, list):
        items = ((str(index + 1), value) for index, value in enumerate(data))
    for key, value in items:
        if any(n in key for n in numbers):
            return ".".join((*where, key)), key
        found = _field_holding(value, numbers, (*where, key))
        if found is not None:
            return found
    return None


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
    atomically replaces the file, if the file still holds what was read; if not, the edit is
    redone on what is there now (`change` may be called more than once).
    Call inside :func:`workspace_lock`.
    """
    refuse_outside(path)
    refuse_read_only(path)
    for _ in range(CHANGED_RETRIES):
        original = read_original(path)
        current = _valid(original, path, model, parse)
        refuse_held_cpr(original, path)
        new_text = change(original.text, current)
        check_no_new_cpr(original.text, new_text, path, parse)
        updated = validate_text(new_text, model, path, parse)
        if check is not None:
            check(updated)
        check_comments_kept(original.text, new_text, path)
        try:
            replace_file(path, new_text, expected=original.raw, newline=original.newline)
        except _ChangedMeanwhile:
            continue  # another writer got in: read again and redo the edit on its result
        return updated
    raise PdsaError("writing.changed_meanwhile", path=display_path(path))
