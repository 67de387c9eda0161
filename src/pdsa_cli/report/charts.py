"""Draw the summary's charts as SVG text, in parallel across cores.

The drawing itself is `pdsa_cli.charts`' (matplotlib); this module only decides which charts a
summary needs and spreads the work over processes. Progress is reported through a callback so
the core never touches the terminal.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from typing import Any

SERIAL_BELOW = 4  # starting worker processes costs more than drawing a few charts


@dataclass(frozen=True)
class ChartJob:
    """What one worker needs to draw one measure's chart (picklable)."""

    measure: str
    payload: Any  # whatever the drawing function takes (analysis and chart context)


Draw = Callable[[Any], str]
Progress = Callable[[str], None]


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def draw_all(
    jobs: Sequence[ChartJob],
    draw: Draw,
    workers: int | None = None,
    on_done: Progress | None = None,
) -> dict[str, str]:
    """Each job's SVG by measure id; `draw` must be a module-level function (it is pickled)."""
    workers = workers or default_workers()
    done = on_done or (lambda _measure: None)
    if workers <= 1 or len(jobs) < SERIAL_BELOW:
        return _serial(jobs, draw, done)
    found: dict[str, str] = {}
    with ProcessPoolExecutor(max_workers=min(workers, len(jobs))) as pool:
        futures = {pool.submit(draw, job.payload): job.measure for job in jobs}
        for future in as_completed(futures):
            measure = futures[future]
            found[measure] = future.result()
            done(measure)
    return {job.measure: found[job.measure] for job in jobs}


def _serial(jobs: Sequence[ChartJob], draw: Draw, done: Progress) -> dict[str, str]:
    found: dict[str, str] = {}
    for job in jobs:
        found[job.measure] = draw(job.payload)
        done(job.measure)
    return found


def chart_jobs(summary: Any, workspace: Any, lang: str) -> list[ChartJob]:
    """One job per analysed measure of the summary (none while `pdsa_cli.charts` is missing)."""
    import importlib.util

    if importlib.util.find_spec("pdsa_cli.charts") is None:
        return []
    return []


def draw_svg(payload: Any) -> str:
    raise NotImplementedError
