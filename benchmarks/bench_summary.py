"""`pdsa summary --format html` on the example workspace and on the national-scale workspace
(98 municipalities x 50 cycles, 294 initiatives' measures), with and without charts.

Wall time of the whole command (a fresh process, as a project leader runs it), peak memory of
that process, and the size of the report. Charts are drawn by every core of the machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_validate import generate

EXAMPLE = Path(__file__).resolve().parent.parent / "cycles"


def run_summary(root: Path, out: Path, *extra: str) -> tuple[float, float]:
    """(wall seconds, peak MB of the largest process) of one `pdsa summary` run."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    command = [sys.executable, "-m", "pdsa_cli", "--cycles", str(root), "summary"]
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        child = subprocess.Popen(
            [*command, "--out", str(out), *extra],
            stdout=subprocess.DEVNULL,
            stderr=errors,
            env=env,
        )
        _, status, usage = os.wait4(child.pid, 0)  # this run's own rusage, workers included
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            errors.seek(0)
            raise SystemExit(f"summary failed:\n{errors.read().decode()[-2000:]}")
    return wall, usage.ru_maxrss / 1024


def report(label: str, root: Path, out: Path, *extra: str) -> None:
    wall, peak = run_summary(root, out, *extra)
    size = out.stat().st_size / 1e6
    print(f"{label:44} {wall:7.1f} s {peak:7.0f} MB {size:7.1f} MB", flush=True)


def main() -> None:
    print(f"{'':44} {'wall':>9} {'peak':>10} {'report':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "summary.html"
        report("example workspace, charts", EXAMPLE, out)
        report("example workspace, --no-charts", EXAMPLE, out, "--no-charts")
        national = Path(tmp) / "national"
        national.mkdir()
        generate(national)
        report("national workspace, --no-charts", national, out, "--no-charts")
        if "--quick" not in sys.argv:
            report("national workspace, charts", national, out)


if __name__ == "__main__":
    main()
