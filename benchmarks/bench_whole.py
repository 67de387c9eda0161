"""Whole process, as users run it: `pdsa analyze big.csv --chart i` on 10^6 points, from a
fresh process reading the CSV to the last byte of output, next to the peer and the floor
measured in the same run on the same file:

  - peer:  clinical-qikit's `qic` (the fastest Python peer): read the CSV with pandas, qic(),
           its per-point table as JSON (`pip install -e .[bench]`; skipped when absent),
  - floor: `pandas.read_csv` + `numpy.median` (merely reading the file and one statistic).

Targets (design.md section 7): `--json` within 0.5x the peer and 5x the floor, under 600 MB;
the terminal view never slower than `--json`. Wall time is the best of REPEAT runs; CPU time
(user + system) and peak memory (the process' maximum resident set) are of that run. On a
shared machine wall time also measures waiting for a core: compare CPU times when in doubt.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from benchmarks import user_env

POINTS = 1_000_000
REPEAT = 2
PEER = """
import sys
import pandas as pd
import qikit
frame = pd.read_csv(sys.argv[1])
result = qikit.qic(x="x", y="y", data=frame, chart="i")
sys.stdout.write(result.data.to_json(orient="records"))
"""
FLOOR = """
import sys
import numpy as np
import pandas as pd
frame = pd.read_csv(sys.argv[1])
print(np.median(frame["y"].to_numpy()))
"""


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    peak_mb: float


def write_csv(path: Path, points: int = POINTS) -> None:
    """x = 1..N, y ~ N(100, 10) to three decimals: what an export of a long series looks like."""
    rng = np.random.default_rng(2014)
    y = rng.normal(100.0, 10.0, points)
    with path.open("w", encoding="utf-8") as handle:
        handle.write("x,y\n")
        for start in range(0, points, 100_000):
            stop = min(points, start + 100_000)
            rows = (f"{i + 1},{y[i]:.3f}" for i in range(start, stop))
            handle.write("\n".join(rows) + "\n")


def run(command: list[str], env: dict[str, str] | None = None) -> Run:
    """One fresh process; its output goes to /dev/null (as if piped on)."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            errors.seek(0)
            raise SystemExit(f"{command[:4]} failed:\n{errors.read().decode()[-2000:]}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def best(command: list[str], env: dict[str, str] | None = None) -> Run:
    runs = [run(command, env) for _ in range(REPEAT)]
    return min(runs, key=lambda r: r.wall)


def main() -> int:
    env = user_env()
    pdsa = [sys.executable, "-m", "pdsa_cli", "analyze"]
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.csv"
        write_csv(big)
        size = big.stat().st_size / 1e6
        print(f"{POINTS} points, {size:.1f} MB of CSV, best of {REPEAT}")
        rows: dict[str, Run] = {}
        rows["floor: read_csv + numpy.median"] = best([sys.executable, "-c", FLOOR, str(big)])
        if importlib.util.find_spec("qikit") is not None:
            rows["peer: clinical-qikit qic"] = best([sys.executable, "-c", PEER, str(big)])
        else:
            print("peer: clinical-qikit not installed (pip install -e '.[bench]'): skipped")
        rows["pdsa analyze --chart i --json"] = best(
            [*pdsa, str(big), "--chart", "i", "--json"], env
        )
        rows["pdsa analyze --chart i (terminal)"] = best([*pdsa, str(big), "--chart", "i"], env)
        rows["pdsa analyze --chart i --csv"] = best([*pdsa, str(big), "--chart", "i", "--csv"], env)
        rows["pdsa analyze --chart run --json"] = best([*pdsa, str(big), "--json"], env)
    print(f"{'':36} {'wall s':>8} {'cpu s':>8} {'peak MB':>8}")
    for label, result in rows.items():
        print(f"{label:36} {result.wall:8.2f} {result.cpu:8.2f} {result.peak_mb:8.0f}")
    ours = rows["pdsa analyze --chart i --json"]
    floor = rows["floor: read_csv + numpy.median"]
    terminal = rows["pdsa analyze --chart i (terminal)"]
    checks = {
        f"within 5x the floor ({ours.wall / floor.wall:.2f}x)": ours.wall <= 5 * floor.wall,
        f"under 600 MB ({ours.peak_mb:.0f} MB)": ours.peak_mb <= 600,
        f"terminal view not slower than --json ({terminal.wall:.2f} s vs {ours.wall:.2f} s)": (
            terminal.wall <= ours.wall * 1.1
        ),
    }
    peer = rows.get("peer: clinical-qikit qic")
    if peer is not None:
        checks[f"within 0.5x the peer ({ours.wall / peer.wall:.2f}x)"] = (
            ours.wall <= 0.5 * peer.wall
        )
    for label, met in checks.items():
        print(f"target {label}: {'met' if met else 'NOT met'}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
