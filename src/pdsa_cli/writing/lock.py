"""The workspace lock: one lock for every write in a workspace, held on the workspace folder
itself where it can be and on `<root>/.pdsa.lock`, so concurrent writers queue instead of
racing, and deleting the lock file while writes run loses nothing."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from pdsa_cli.errors import PdsaError, display_path
from pdsa_cli.i18n import Phrase
from pdsa_cli.writing.advice import advice_key

LOCK_FILE = ".pdsa.lock"
LOCK_TIMEOUT_SECONDS = 30.0
LOCK_POLL_SECONDS = 0.005  # writes take milliseconds: waiters should not sleep much longer

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


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
