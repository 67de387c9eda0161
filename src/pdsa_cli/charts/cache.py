"""A cache of drawn charts, so a report redraws only the charts whose inputs changed.

A chart is stored under a key hashed from everything that shapes it: its data and analysis (the
result arrays, options and rule hits), its context (title, unit, language, the cycles drawn on
it), the picture's size and format, and the code that draws it (pdsa-cli's version, a hash of
the chart and message sources, matplotlib's version). Same key, same picture: a hit is the
chart that drawing would give, byte for byte.

The folder is the user's cache folder (platformdirs; `PDSA_CACHE_DIR` overrides it), never
inside a workspace: a workspace is shared through git and holds only what people wrote. Each
entry carries a hash of its key and text; an entry that does not match it (cut short, edited,
garbled, or filed under another key) is ignored and drawn again. A folder that cannot be read
or written only costs the time of drawing: the cache never raises.

The cache can only cost speed, never decide what a report says or where it goes:

- the folder is used only when it is the user's own and nobody else may write in it (as ssh
  and pip check theirs): owned by this user, not writable by group or others, its kind's
  subfolder (`charts`, `reports`) a real folder, not a link;
- an entry is read only if it is a regular file of this user, no larger than its kind allows,
  opened without following a link and without waiting (a pipe or a device is never opened);
- a chart read back must be as inert as one drawn here (`pdsa_cli.charts.inert`): no script,
  event attribute, embedded document, `<meta>` or reference out of the chart.

Anything else is a miss: the chart is drawn again.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import functools
import hashlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Self

ENV = "PDSA_CACHE_DIR"
MAX_ENTRIES = 4000  # about 160 MB of SVG; the oldest are removed beyond it
MAX_CHART_BYTES = 8 * 1024 * 1024  # a drawn chart is 20-200 kB; a larger entry is no chart
_SUFFIX = ".svg"
_OPEN = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


@functools.cache
def code_version() -> str:
    """pdsa-cli's version, a hash of the sources that draw and word a chart, matplotlib's."""
    from importlib.metadata import PackageNotFoundError, version

    import pdsa_cli

    package = Path(pdsa_cli.__file__).parent
    digest = hashlib.sha256()
    sources = [
        *sorted((package / "charts").rglob("*.py")),
        *sorted((package / "i18n").rglob("*.py")),
        package / "report" / "charts.py",  # how the summary asks for its charts
    ]
    for path in sources:
        digest.update(path.relative_to(package).as_posix().encode())
        with contextlib.suppress(OSError):
            digest.update(path.read_bytes())
    try:
        matplotlib = version("matplotlib")  # without importing it: a cache hit needs no drawing
    except PackageNotFoundError:
        matplotlib = "?"
    return f"{pdsa_cli.__version__}/{digest.hexdigest()[:16]}/mpl-{matplotlib}"


def chart_key(*parts: Any) -> str:
    """A hex key for a chart drawn from `parts` by this version of the code."""
    digest = hashlib.sha256()
    _feed(digest, code_version())
    for part in parts:
        _feed(digest, part)
    return digest.hexdigest()


def _feed(digest: Any, value: Any) -> None:
    """Hash `value` canonically: equal content gives equal bytes whatever the process (no
    pickle memo, no set order, no string-hash randomisation)."""
    # Not imported here: a value can only be a numpy array once numpy is loaded, and a report
    # served from the cache never loads it.
    np = sys.modules.get("numpy")
    if value is None or isinstance(value, (bool, int, float, str, bytes)):
        digest.update(f"{type(value).__name__}:{value!r};".encode())
    elif isinstance(value, enum.Enum):
        digest.update(f"enum:{type(value).__name__}.{value.value!r};".encode())
    elif np is not None and isinstance(value, np.ndarray):
        array = np.ascontiguousarray(value)
        digest.update(f"array:{array.dtype.str}:{array.shape};".encode())
        if array.dtype.kind == "O":
            for item in array.tolist():
                _feed(digest, item)
        else:
            digest.update(array.tobytes())
    elif np is not None and isinstance(value, np.generic):
        _feed(digest, value.item())
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        digest.update(f"dc:{type(value).__qualname__}{{".encode())
        for field in dataclasses.fields(value):
            _feed(digest, field.name)
            _feed(digest, getattr(value, field.name))
        digest.update(b"}")
    elif isinstance(value, dict):
        digest.update(b"dict{")
        for key in sorted(value, key=repr):
            _feed(digest, key)
            _feed(digest, value[key])
        digest.update(b"}")
    elif isinstance(value, (set, frozenset)):
        digest.update(b"set{")
        for item in sorted(value, key=repr):
            _feed(digest, item)
        digest.update(b"}")
    elif isinstance(value, (list, tuple)):
        digest.update(f"{type(value).__name__}[".encode())
        for item in value:
            _feed(digest, item)
        digest.update(b"]")
    else:  # dates and the like: their repr is their content
        digest.update(f"{type(value).__qualname__}:{value!r};".encode())


def default_folder() -> Path:
    """`PDSA_CACHE_DIR` when set, else the user's cache folder for pdsa-cli."""
    given = os.environ.get(ENV, "").strip()
    if given:
        return Path(given).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("pdsa-cli", appauthor=False))


class ChartCache:
    """Charts as SVG text by key, in `folder`/charts. Every failure is a miss, never an error."""

    KIND, SUFFIX, KEEP, LIMIT = "charts", _SUFFIX, MAX_ENTRIES, MAX_CHART_BYTES

    def __init__(self, folder: Path) -> None:
        self.root = folder
        self.folder = folder / self.KIND
        self.hits = 0
        self.misses = 0
        self._trusted = False

    @classmethod
    def for_workspace(cls, root: Path | None) -> Self | None:
        """The default cache, or None when that folder lies inside the workspace `root`."""
        folder = default_folder()
        if root is not None and _inside(folder, root):
            return None
        return cls(folder)

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}{self.SUFFIX}"

    def trusted(self, create: bool = False) -> bool:
        """True when the folder is the user's own and no one else may write in it (made,
        for the user alone, when `create` and it does not exist yet)."""
        if self._trusted:
            return True
        try:
            if create:
                self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not _own_folder(os.stat(self.root)):
                return False  # nothing made in a folder others may write in
            if create and not os.path.lexists(self.folder):
                self.folder.mkdir(mode=0o700)
            self._trusted = _own_folder(os.lstat(self.folder))
        except (OSError, ValueError):
            return False
        return self._trusted

    def get(self, key: str) -> str | None:
        text = self._read(key) if self.trusted() else None
        if text is None or not self.acceptable(text):
            self.misses += 1  # absent, cut short, garbled, another key's or live: draw again
            return None
        self.hits += 1
        with contextlib.suppress(OSError):
            os.utime(self._path(key))  # recently used: kept longest
        return text

    def acceptable(self, text: str) -> bool:
        """A chart read back is used only when it is as inert as one drawn here."""
        from pdsa_cli.charts.inert import is_inert

        return is_inert(text)

    def _read(self, key: str) -> str | None:
        """The entry's text, if it is a regular file of this user within the size limit, is
        whole and is filed under `key` (a pipe, a device or a link is never opened)."""
        path = self._path(key)
        try:
            if not _own_file(os.lstat(path), self.LIMIT):
                return None
            handle = os.open(path, _OPEN)
            with os.fdopen(handle, "rb") as file:
                if not _own_file(os.fstat(file.fileno()), self.LIMIT):
                    return None
                data = file.read(self.LIMIT + 1)
        except (OSError, ValueError):
            return None
        check, _, body = data.partition(b"\n")
        if check.decode("ascii", "replace") != _check(key, body):
            return None
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            return None

    def put(self, key: str, svg: str) -> None:
        body = svg.encode("utf-8")
        data = _check(key, body).encode("ascii") + b"\n" + body
        if len(data) > self.LIMIT or not self.trusted(create=True):
            return
        with contextlib.suppress(OSError):
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as file:
                    file.write(data)
                os.replace(temporary, self._path(key))
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise

    def prune(self, keep: int | None = None) -> None:
        """Remove the least recently used entries beyond `keep` (default: the kind's own)."""
        keep = self.KEEP if keep is None else keep
        if not self.trusted():
            return
        with contextlib.suppress(OSError):
            entries = _entries(self.folder.iterdir(), self.SUFFIX)
            if len(entries) <= keep:
                return
            entries.sort(key=lambda item: item[0])
            for _, path in entries[: len(entries) - keep]:
                with contextlib.suppress(OSError):
                    path.unlink()


class ReportCache(ChartCache):
    """Whole reports (every file one summary writes, as JSON) by key, in `folder`/reports:
    see `pdsa_cli.report.report_cache`."""

    KIND, SUFFIX, KEEP = "reports", ".json", 12  # a national report is about 20 MB
    LIMIT = 256 * 1024 * 1024

    def acceptable(self, text: str) -> bool:
        return True  # its parts are checked as they are taken (`pdsa_cli.report.report_cache`)


def _check(key: str, body: bytes) -> str:
    """The first line of an entry: ties its text to its key, so a garbled entry, or one
    copied under another key, is never taken for a chart."""
    return hashlib.sha256(key.encode("ascii") + b"\n" + body).hexdigest()


def _own_folder(info: os.stat_result) -> bool:
    """A real folder of this user that neither group nor others may write in."""
    return stat.S_ISDIR(info.st_mode) and _own(info)


def _own_file(info: os.stat_result, limit: int) -> bool:
    """A regular file of this user, not writable by others, of at most `limit` bytes."""
    return stat.S_ISREG(info.st_mode) and info.st_size <= limit and _own(info)


def _own(info: os.stat_result) -> bool:
    if not hasattr(os, "getuid"):  # Windows: folders under the profile are the user's own
        return True
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _entries(paths: Iterable[Path], suffix: str) -> list[tuple[float, Path]]:
    found = []
    for path in paths:
        if path.suffix == suffix:
            with contextlib.suppress(OSError):
                found.append((path.stat().st_mtime, path))
    return found


def _inside(folder: Path, root: Path) -> bool:
    try:
        folder.resolve().relative_to(root.resolve())
    except (OSError, ValueError):
        return False
    return True
