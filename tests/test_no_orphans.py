"""No drawing process outlives its command (issue 28, item 5), whether the command is ended by
Ctrl-C (SIGINT to the whole process group, as a terminal sends it), SIGTERM or SIGKILL (to the
command alone: it gets no chance to end its workers). Every wait is bounded."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/task").is_dir(), reason="reads the process table from /proc (Linux)"
)

COMMANDS = {
    "summary": ["summary", "--out", "{tmp}/r.html", "--jobs", "2", "--no-cache"],
    "chart --all": ["chart", "--all", "--out-dir", "{tmp}/charts", "--jobs", "2"],
}


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(n) for n in (task / "children").read_text().split()}
        except OSError:
            continue
    return found


def _alive(pid: int) -> bool:
    """Running, not merely a zombie waiting for a parent (PID 1 in a container may not reap)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def _wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize(
    "sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL], ids=lambda s: s.name
)
def test_drawing_workers_end_with_their_command(
    tmp_path: Path, command: str, sig: signal.Signals
) -> None:
    root = tmp_path / "cycles"
    shutil.copytree(REPO / "cycles", root)
    args = [a.format(tmp=tmp_path) for a in COMMANDS[command]]
    env = {**os.environ, "PDSA_CACHE_DIR": str(tmp_path / "cache")}
    parent = subprocess.Popen(
        [sys.executable, "-m", "pdsa_cli", "--cycles", str(root), *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, as a command in a terminal has
    )
    workers: set[int] = set()
    try:

        def drawing() -> bool:
            workers.update(_children(parent.pid))
            return len({w for w in workers if _alive(w)}) >= 2

        assert _wait_for(drawing, 120), "the command never started two drawing workers"
        if sig == signal.SIGINT:
            os.killpg(parent.pid, sig)  # Ctrl-C reaches the whole foreground group
        else:
            os.kill(parent.pid, sig)
        parent.wait(timeout=120)  # bounded; generous, as CI may share its cores with others
        gone = _wait_for(lambda: not any(_alive(w) for w in workers), 15)
        assert gone, f"workers {sorted(w for w in workers if _alive(w))} outlived the command"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait(timeout=30)
        for worker in workers:  # never leave one behind, even when the test fails
            if _alive(worker):
                os.kill(worker, signal.SIGKILL)
