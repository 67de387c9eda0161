"""The processes that draw charts: a pool for many, a warm one started early for a few.

Nothing here imports matplotlib, so a command decides how to draw before paying for it.

After one new measurement, `pdsa summary` draws one chart. Importing matplotlib and the drawing
code takes longer than that chart: about as long as loading and analysing the example workspace.
A `WarmDrawer` is started as soon as a command knows it may draw. It does that import on another
core while the command loads, then draws the charts it is sent. Where there is no second core or
no fork, none is started and charts are drawn as before.
"""

from __future__ import annotations

import atexit
import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib import import_module
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

T = TypeVar("T")
R = TypeVar("R")

# What drawing a chart imports: matplotlib, through our drawing code.
PRELOAD = ("pdsa_cli.charts.render", "pdsa_cli.charts.output")


# prctl(2): the signal a process gets when the thread that made it ends (Linux).
_PR_SET_PDEATHSIG = 1
_WATCH_SECONDS = 0.5


def die_with_parent(parent: int) -> None:
    """Make this drawing process end when `parent`, the command that started it, ends however
    it ends: Ctrl-C, SIGTERM, or SIGKILL, which gives the command no chance to end its
    workers (they were left re-parented to PID 1, 80 MB each, for minutes).

    On Linux the kernel sends SIGKILL the moment the parent dies (`PR_SET_PDEATHSIG`, through
    ctypes); elsewhere, or when that is not available, a thread checks every half second
    whether the process was re-parented. Either way a parent already gone is noticed at once.
    """
    if not _kernel_watches(parent):
        watcher = threading.Thread(target=_watch, args=(parent,), name="pdsa-parent", daemon=True)
        watcher.start()
    if os.getppid() != parent:  # ended before we could watch it
        os._exit(1)


def _kernel_watches(parent: int) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(_WATCH_SECONDS)
    os._exit(1)


def default_workers(jobs: int) -> int:
    return max(1, min(jobs, os.cpu_count() or 1))


def pool_context() -> BaseContext:
    """Fork where the platform can (workers inherit the imported libraries: fast start), else
    spawn (Windows, macOS)."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Workers forked inside never scan the parent's objects (a loaded national workspace is
    millions) in their garbage collections, nor copy the pages those scans would touch
    (Python's advice for forking: `gc.freeze`). A forking pool starts its workers at the
    first submit."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class WarmDrawer:
    """One process that has imported the drawing code, running functions sent to it."""

    def __init__(self, process: BaseProcess, connection: Connection) -> None:
        self._process, self._connection = process, connection

    @classmethod
    def start(cls) -> WarmDrawer | None:
        """The process, importing as this one goes on (None: one core, or no fork here)."""
        if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
            return None
        context = multiprocessing.get_context("fork")
        ours, theirs = context.Pipe()
        process = context.Process(target=_serve, args=(theirs, ours, os.getpid()), daemon=True)
        process.start()
        theirs.close()
        drawer = cls(process, ours)
        # However the command ends (Ctrl-C while it still loads, say), the drawer is killed,
        # not waited for: multiprocessing's own exit handler would wait out its import.
        atexit.register(drawer.stop)
        return drawer

    @property
    def running(self) -> bool:
        return not self._connection.closed

    def map(self, function: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        """`function(item)` for each item, run in the drawing process, in order. The function
        and items go by pickle, at once (the caller may do other work meanwhile); an exception
        raised there is raised here."""
        self._connection.send((function, list(items)))
        return self._results(len(items))

    def _results(self, count: int) -> Iterator[Any]:
        for _ in range(count):
            ok, value = self._connection.recv()
            if not ok:
                self.stop()  # the rest of this batch's results must never answer a later one
                raise value
            yield value

    def stop(self) -> None:
        """End the process at once (its import may still be running): a pool that draws many
        charts forks its own workers, and an idle one must not outlive the command."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._connection.close()


_early: WarmDrawer | None = None


def start_early() -> None:
    """Start the drawing process before the command line is even parsed (the CLI does, for a
    command that draws), so its import overlaps the parsing too."""
    global _early
    _early = _early or WarmDrawer.start()


def warm_drawer(wanted: bool) -> WarmDrawer | None:
    """The drawing process started early, else a new one, when `wanted`; an early one that is
    not wanted (a report without charts, say) is ended."""
    global _early
    drawer, _early = _early, None
    if not wanted:
        if drawer is not None:
            drawer.stop()
        return None
    return drawer or WarmDrawer.start()


def _serve(connection: Connection, parent_end: Connection, parent: int) -> None:
    parent_end.close()
    die_with_parent(parent)  # its pipe tells it too, but only once the import is done
    # Ctrl-C is the command's to answer: this process is ended by it, never shows a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for module in PRELOAD:
        import_module(module)
    from pdsa_cli.charts.render import warm_up

    warm_up()
    while True:
        try:
            function, items = connection.recv()
        except EOFError:  # the command is done
            return
        for item in items:
            connection.send(_call(function, item))


def _call(function: Callable[[Any], Any], item: Any) -> tuple[bool, Any]:
    try:
        return True, function(item)
    except Exception as error:  # raised again in the command, as a pool's worker would
        return False, _picklable(error)


def _picklable(error: Exception) -> Exception:
    import pickle

    try:
        pickle.dumps(error)
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error
