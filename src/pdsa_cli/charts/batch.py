"""Charts for many measures at once, in parallel across cores.

Each worker process receives the loaded workspace once (at start-up, so no file is read twice),
then analyses and draws the measures it is given. Results come back as they finish, so a
caller can show progress. A measure that cannot be charted (too few points, say) is reported in
its outcome, not raised, so one bad measure never costs the others their charts.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from matplotlib.figure import Figure

from pdsa_cli.charts.context import chart_context_for_measure
from pdsa_cli.charts.output import chart_svg, save_chart
from pdsa_cli.charts.processes import default_workers, die_with_parent, frozen_heap, pool_context
from pdsa_cli.charts.render import render_chart
from pdsa_cli.charts.style import DEFAULT_DPI, DEFAULT_SIZE
from pdsa_cli.errors import PdsaError
from pdsa_cli.i18n import Lang, set_language
from pdsa_cli.workspace.index import Workspace

if TYPE_CHECKING:
    from pdsa_cli.analysis import AnalysisOptions


@dataclass(frozen=True)
class ChartJob:
    """One chart to draw: a measure, and a file to write (None: return SVG text)."""

    measure_id: str
    out: Path | None
    lang: Lang
    options: AnalysisOptions | None = None
    phase_at_adopt: bool = False
    dpi: float = DEFAULT_DPI
    size: tuple[float, float] = DEFAULT_SIZE


@dataclass(frozen=True)
class ChartOutcome:
    job: ChartJob
    path: Path | None = None
    svg: str | None = None
    error: str | None = None  # why there is no chart, in the job's language

    @property
    def ok(self) -> bool:
        return self.error is None


def render_measure(
    workspace: Workspace,
    measure_id: str,
    lang: Lang,
    options: AnalysisOptions | None = None,
    phase_at_adopt: bool = False,
    size: tuple[float, float] = DEFAULT_SIZE,
) -> Figure:
    """Analyse a workspace measure and draw it with its cycles (PdsaError when it cannot be)."""
    from pdsa_cli.analysis import analyse_measure

    analysis = analyse_measure(workspace, measure_id, options, phase_at_adopt=phase_at_adopt)
    context = chart_context_for_measure(workspace, measure_id, lang, phase_at_adopt)
    return render_chart(analysis, context, size=size)


def run_job(workspace: Workspace, job: ChartJob) -> ChartOutcome:
    set_language(job.lang)
    try:
        figure = render_measure(
            workspace, job.measure_id, job.lang, job.options, job.phase_at_adopt, job.size
        )
    except PdsaError as error:
        where = "; ".join(problem.render(job.lang) for problem in error.problems)
        said = error.message(job.lang)
        return ChartOutcome(job, error=f"{where}; {said}" if where else said)
    if job.out is None:
        return ChartOutcome(job, svg=chart_svg(figure))
    try:
        return ChartOutcome(job, path=save_chart(figure, job.out, job.dpi))
    except PdsaError as error:  # disk full, no permission: said per chart, never a traceback
        return ChartOutcome(job, error=error.message(job.lang))


_worker_workspace: Workspace | None = None


def _start_worker(workspace: Workspace, parent: int) -> None:
    global _worker_workspace
    die_with_parent(parent)
    _worker_workspace = workspace


def _run_in_worker(job: ChartJob) -> ChartOutcome:
    assert _worker_workspace is not None, "worker started without a workspace"
    return run_job(_worker_workspace, job)


def render_measures(
    workspace: Workspace, jobs: Sequence[ChartJob], workers: int | None = None
) -> Iterator[ChartOutcome]:
    """Run `jobs`, yielding each outcome as it finishes (in the caller's process when
    `workers` is 1 or there is one job; otherwise in a pool of `workers` processes).

    The pool's processes start here, before the caller iterates, so a caller may start
    threads (a progress bar) afterwards without forking a threaded process."""
    count = default_workers(len(jobs)) if workers is None else max(1, workers)
    if count == 1 or len(jobs) <= 1:
        return (run_job(workspace, job) for job in jobs)
    pool = ProcessPoolExecutor(
        max_workers=min(count, len(jobs)),
        mp_context=pool_context(),
        initializer=_start_worker,
        initargs=(workspace, os.getpid()),
    )
    with frozen_heap():
        futures = [pool.submit(_run_in_worker, job) for job in jobs]
    return _as_finished(pool, futures)


def _as_finished(
    pool: ProcessPoolExecutor, futures: list[Future[ChartOutcome]]
) -> Iterator[ChartOutcome]:
    with pool:
        for future in as_completed(futures):
            yield future.result()
