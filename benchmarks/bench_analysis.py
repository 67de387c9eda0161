"""The Anhøj analysis of an I chart and a run chart on 10^4, 10^5 and 10^6 points, next to
`numpy.median` of the same array in the same run (design.md section 7, issue 4).

Target: the 10^6-point run chart within 5x of numpy.median, under 300 MB peak memory.
Times are the best of a few repeats (the machine is shared); peak memory is what tracemalloc
sees numpy and Python allocate during one analysis, measured in a separate run.
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Callable
from functools import partial

import numpy as np

from pdsa_cli.analysis import AnalysisOptions, Series, analyse

SIZES = (10_000, 100_000, 1_000_000)
TARGET_RATIO = 5.0
TARGET_MB = 300.0


def best_of(work: Callable[[], object], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def peak_mb(work: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


HEADER = ("points", "chart", "median ms", "analysis ms", "ratio", "peak MB")


def measure(size: int, rng: np.random.Generator) -> list[tuple[str, float, float, float]]:
    """(chart, median seconds, analysis seconds, peak MB) for run and I charts of `size`."""
    y = rng.normal(100.0, 10.0, size)
    series = Series.from_values(y)
    repeats = 7 if size < 1_000_000 else 5
    median = best_of(partial(np.median, y), repeats)
    rows = []
    for chart in ("run", "i"):
        work = partial(analyse, series, AnalysisOptions(chart=chart, rules="anhoej"))
        rows.append((chart, median, best_of(work, repeats), peak_mb(work)))
    return rows


def main() -> int:
    rng = np.random.default_rng(2014)  # Anhøj & Olesen's year
    print("{:>9} {:>5} {:>10} {:>12} {:>6} {:>8}".format(*HEADER))
    met = True
    for size in SIZES:
        for chart, median, seconds, memory in measure(size, rng):
            ratio = seconds / median
            print(
                f"{size:>9} {chart:>5} {median * 1e3:>10.2f} {seconds * 1e3:>12.2f} "
                f"{ratio:>6.2f} {memory:>8.1f}"
            )
            if size == SIZES[-1] and chart == "run":
                met = ratio <= TARGET_RATIO and memory <= TARGET_MB
    print(
        f"target: 10^6-point run chart within {TARGET_RATIO:g}x numpy.median and under "
        f"{TARGET_MB:g} MB: {'met' if met else 'NOT met'}"
    )
    return 0 if met else 1
