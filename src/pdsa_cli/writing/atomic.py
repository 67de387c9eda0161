"""The atomic write: the new text goes to a fsynced temporary file beside its target and is
renamed over it (a crash leaves the old file or the new one, never half of one); a new file is
published with `os.link`, which refuses to overwrite; new folders appear in one rename, whole."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from pdsa_cli.errors import PdsaError, display_path
from pdsa_cli.i18n import Phrase
from pdsa_cli.writing.advice import advice_key
from pdsa_cli.writing.checks import check_no_new_cpr, refuse_outside

TEMP_SUFFIX = ".pdsa-tmp"


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
