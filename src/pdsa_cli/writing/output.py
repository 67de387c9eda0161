"""Files the user asks for, outside the workspace's YAML: exports, charts, reports.

One way to write them all (`write_output`): the bytes go to a temporary file with a unique name
in the target's folder, are fsynced, and the temporary file is renamed over the target
(`os.replace`). So:

- several processes writing the same file at once each publish a whole file (the last one
  wins); none can publish another's half-written bytes, since no two share a temporary name;
- a failure on the way (disk full, no permission, a read-only share, Ctrl-C) leaves the old file
  as it was, removes the temporary file, and becomes one clear message (exit 1), never a
  traceback and never a partial file.

A file that must not be overwritten is published with `os.link`, which refuses an existing
target even if it appeared a moment ago.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from pdsa_cli.errors import PdsaError, UsageError, display_path
from pdsa_cli.i18n import Phrase

OUTPUT_TEMP_SUFFIX = ".pdsa-out"

# errno -> the catalogue's words for it (the system's own strerror is English only)
_REASONS = {
    errno.ENOSPC: "output.reason.no_space",
    errno.EDQUOT: "output.reason.no_space",
    errno.EFBIG: "output.reason.too_large",
    errno.EACCES: "output.reason.no_permission",
    errno.EPERM: "output.reason.no_permission",
    errno.EROFS: "output.reason.read_only",
    errno.EISDIR: "output.reason.is_folder",
    errno.ENOTDIR: "output.reason.not_folder",
    errno.ENOENT: "output.reason.not_folder",
}


def _file_mode() -> int:
    """The mode a plain new file gets here (mkstemp's own 0600 would hide it from colleagues)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _reason(error: OSError) -> Phrase | str:
    key = _REASONS.get(error.errno or 0)
    return Phrase(key) if key else (error.strerror or type(error).__name__)


@contextlib.contextmanager
def output_errors(path: Path) -> Iterator[None]:
    """An OSError while writing `path` as one clear message that names the file."""
    try:
        yield
    except OSError as error:
        raise PdsaError(
            "output.write_failed", path=display_path(path), reason=_reason(error)
        ) from None


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # folders cannot be opened on Windows
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_output(path: Path, data: bytes | str, *, overwrite: bool = True) -> Path:
    """Write `data` (text is written as UTF-8, line ends as given) to `path`, atomically.

    Missing folders are made. With `overwrite=False` an existing file is never replaced
    (PdsaError `output.exists`, exit 2). Any OSError becomes PdsaError `output.write_failed`
    and leaves no temporary file behind.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if path.is_dir():
        reason = Phrase(_REASONS[errno.EISDIR])
        raise PdsaError("output.write_failed", path=display_path(path), reason=reason)
    with output_errors(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=OUTPUT_TEMP_SUFFIX
        )
        temp = Path(name)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(payload)
                stream.flush()
                os.fsync(stream.fileno())
            with contextlib.suppress(OSError):  # not every file system has modes
                os.chmod(temp, _file_mode())
            _publish(temp, path, overwrite)
        finally:
            temp.unlink(missing_ok=True)
        _sync_folder(path.parent)
    return path


def _publish(temp: Path, path: Path, overwrite: bool) -> None:
    if overwrite:
        os.replace(temp, path)
        return
    try:
        os.link(temp, path)  # refuses an existing target, even one made a moment ago
    except FileExistsError:
        raise _exists(path) from None
    except OSError:
        # No hard links on this file system (FAT, some shares): check, then rename.
        if path.exists():
            raise _exists(path) from None
        os.replace(temp, path)


def _exists(path: Path) -> PdsaError:
    return UsageError("output.exists", path=display_path(path))
