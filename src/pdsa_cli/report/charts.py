"""Draw the summary's charts as SVG text, in parallel across cores.

The drawing itself is `pdsa_cli.charts`' (matplotlib); this module only decides which charts a
summary needs and spreads the work over processes. Progress is reported through a callback so
the core never touches the terminal.
"""

from __future__ import annotations

import dataclasses
import importlib
import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pdsa_cli.analysis.result import Analysis
    from pdsa_cli.i18n import Lang
    from pdsa_cli.report.model import Summary
    from pdsa_cli.workspace import Workspace

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
    pool = ProcessPoolExecutor(max_workers=min(workers, len(jobs)), mp_context=_context())
    with pool:
        futures = {pool.submit(draw, job.payload): job.measure for job in jobs}
        for future in as_completed(futures):
            measure = futures[future]
            found[measure] = future.result()
            done(measure)
    return {job.measure: found[job.measure] for job in jobs}


def _context() -> multiprocessing.context.BaseContext:
    """Workers forked from a server that has matplotlib loaded: quick to start, and safe beside
    the threads of a progress bar (plain fork is not)."""
    if sys.platform.startswith("linux"):
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["pdsa_cli.charts"])
        return context
    return multiprocessing.get_context("spawn")


def _serial(jobs: Sequence[ChartJob], draw: Draw, done: Progress) -> dict[str, str]:
    found: dict[str, str] = {}
    for job in jobs:
        found[job.measure] = draw(job.payload)
        done(job.measure)
    return found


def chart_jobs(summary: Summary, workspace: Workspace, lang: Lang) -> list[ChartJob]:
    """One job per analysed measure, in report order, drawn from the very analysis the summary
    shows (as of the period's end), with the cycles up to that day marked."""
    charts = _charts_package()
    if charts is None:
        return []
    end = summary.period.end
    jobs = []
    for municipality in summary.municipalities:
        for initiative in municipality.initiatives:
            for row in initiative.measures:
                analysis = summary.analyses.get(row.id)
                if analysis is None:
                    continue
                context = charts.chart_context_for_measure(workspace, row.id, lang)
                cycles = tuple(m for m in context.cycles if m.date <= end)
                context = dataclasses.replace(context, cycles=cycles)
                jobs.append(ChartJob(row.id, (analysis, context)))
    return jobs


def draw_svg(payload: tuple[Analysis, Any]) -> str:
    """One chart as SVG text (runs in a worker process)."""
    charts = _charts_package()
    assert charts is not None  # jobs exist only when it does
    analysis, context = payload
    svg: str = charts.chart_svg(charts.render_chart(analysis, context))
    return svg


def _charts_package() -> Any:
    """`pdsa_cli.charts`, or None in a build without it (the report then has no charts)."""
    try:
        return importlib.import_module("pdsa_cli.charts")
    except ModuleNotFoundError:
        return None
