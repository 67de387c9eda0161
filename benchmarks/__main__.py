"""`python -m benchmarks` (`make bench`): run the `main()` of every `benchmarks/bench_*.py`.

A new benchmark is a new `bench_<area>.py` module with a `main()`; nothing to register.
`python -m benchmarks analysis` runs only the modules whose name contains "analysis".
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path


def discover(only: list[str]) -> list[str]:
    names = sorted(path.stem for path in Path(__file__).parent.glob("bench_*.py"))
    return [name for name in names if not only or any(word in name for word in only)]


def main(argv: list[str]) -> int:
    src = Path(__file__).resolve().parent.parent / "src"
    if src.is_dir() and str(src) not in sys.path:
        sys.path.insert(0, str(src))  # runs from a checkout without installing
    failed = 0
    for name in discover(argv):
        print(f"== {name} ==", flush=True)
        started = time.perf_counter()
        failed += 0 if run_alone(name) == 0 else 1
        print(f"== {name}: {time.perf_counter() - started:.1f} s ==\n", flush=True)
    return 1 if failed else 0


def run_alone(name: str) -> int:
    """One benchmark module's `main()` in a process of its own. Linux counts a command's peak
    memory from the size of the process that started it (the peak survives fork and exec), so
    one benchmark's arrays must not be counted in the next one's commands."""
    from benchmarks import user_env

    code = f"from benchmarks.{name} import main; raise SystemExit(main() or 0)"
    return subprocess.run([sys.executable, "-c", code], env=user_env(), check=False).returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
