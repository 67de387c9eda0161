"""Draw the summary's charts as SVG text, in parallel across cores.

The drawing itself is `pdsa_cli.charts`' (matplotlib); this module only decides which charts a
summary needs and spreads the work over processes started the way `pdsa chart --all` starts
them (`pdsa_cli.charts.processes.pool_context`). Results come back as they finish, so the caller can
show progress; the core never touches the terminal. With a `ChartCache`, a chart whose inputs
are unchanged since it was last drawn is taken from the cache instead (`pdsa_cli.charts.cache`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pdsa_cli.charts import ChartContext, chart_context_for_measure
from pdsa_cli.charts.cache import ChartCache, chart_key
from pdsa_cli.charts.style import DEFAULT_SIZE

if TYPE_CHECKING:
    from pdsa_cli.analysis.result import Analysis
    from pdsa_cli.charts.processes import WarmDrawer
    from pdsa_cli.i18n import Lang
    from pdsa_cli.report.model import Summary
    from pdsa_cli.workspace.drivers import DriverDiagram
    from pdsa_cli.workspace.index import Workspace

SERIAL_BELOW = 4  # starting worker processes costs more than drawing a few charts

# A drawing process unpickles jobs (and `draw_svg`) from here: importing this module must cost
# it nothing beyond the drawing code, so the summary builder is imported where it is used.


@dataclass(frozen=True)
class SummaryChart:
    """One measure's chart as the summary shows it (picklable: it goes to a worker)."""

    measure: str
    analysis: Analysis
    context: ChartContext


def chart_jobs(summary: Summary, workspace: Workspace, lang: Lang) -> list[SummaryChart]:
    """One chart per analysed measure, in report order, drawn from the very analysis the summary
    shows (as of the period's end), with the cycles up to that day marked."""
    from pdsa_cli.report.summary import indexed

    end = summary.period.end
    workspace = indexed(workspace)
    jobs = []
    for municipality in summary.municipalities:
        for initiative in municipality.initiatives:
            for row in initiative.measures:
                analysis = summary.analyses.get(row.id)
                if analysis is None:
                    continue
                # a decision made after the period is not drawn in its report
                context = chart_context_for_measure(workspace, row.id, lang).as_of(end)
                jobs.append(SummaryChart(row.id, analysis, context))
    return jobs


@dataclass(frozen=True)
class ChartWords:
    """A chart in words for its report: the chart side's description (the SVG's <desc>) and its
    data, a row per point (date, value, note, the cycles then being tested)."""

    description: str
    rows: tuple[tuple[str, str, str, str], ...]


def chart_words(job: SummaryChart) -> ChartWords:
    """What `draw_svg` draws for `job`, in words (no drawing, no matplotlib)."""
    from pdsa_cli.charts.story import chart_description, point_row

    rows = tuple(point_row(job.analysis, job.context, i) for i in range(len(job.analysis)))
    return ChartWords(chart_description(job.analysis, job.context), rows)


def draw_svg(job: SummaryChart) -> tuple[str, str]:
    """(measure id, the chart as SVG text); runs in a worker process."""
    from pdsa_cli.charts import chart_svg, render_chart

    return job.measure, chart_svg(render_chart(job.analysis, job.context))


def draw_drivers(diagram: DriverDiagram, lang: Lang, drawer: WarmDrawer | None = None) -> str:
    """The driver diagram as SVG text, drawn by `drawer` when there is one."""
    if drawer is not None and drawer.running:
        return next(drawer.map(_drivers_svg, [(diagram, lang)]))
    return _drivers_svg((diagram, lang))


def _drivers_svg(job: tuple[DriverDiagram, Lang]) -> str:
    from pdsa_cli.charts.drivers import drivers_svg

    return drivers_svg(*job)


def job_key(job: SummaryChart) -> str:
    """The cache key of a summary chart: everything `draw_svg` draws it from."""
    return chart_key("summary-svg", DEFAULT_SIZE, job.measure, job.analysis, job.context)


def draw_all(
    jobs: Sequence[SummaryChart],
    workers: int | None = None,
    cache: ChartCache | None = None,
    drawer: WarmDrawer | None = None,
) -> Iterator[tuple[str, str]]:
    """Each job's (measure id, SVG) as it finishes: those in `cache` first, then the ones drawn
    (and stored in `cache`). A few are drawn by `drawer` when there is one (it has matplotlib
    imported already); many by worker processes, which start here, before the caller iterates,
    so the caller may start a progress bar's thread afterwards."""
    found: list[tuple[str, str]] = []
    todo: list[SummaryChart] = []
    keys: dict[str, str] = {}
    for job in jobs:
        if cache is None:
            todo.append(job)
            continue
        key = keys[job.measure] = job_key(job)
        svg = cache.get(key)
        if svg is None:
            todo.append(job)
        else:
            found.append((job.measure, svg))
    drawn = _draw(todo, workers, drawer)

    def finished() -> Iterator[tuple[str, str]]:
        yield from found
        for measure, svg in drawn:
            if cache is not None:
                cache.put(keys[measure], svg)
            yield measure, svg
        if cache is not None and todo:
            cache.prune()

    return finished()


def _draw(
    jobs: Sequence[SummaryChart], workers: int | None, drawer: WarmDrawer | None = None
) -> Iterator[tuple[str, str]]:
    if not jobs:
        return iter(())
    from pdsa_cli.charts.processes import default_workers

    count = default_workers(len(jobs)) if workers is None else max(1, workers)
    serial = count <= 1 or len(jobs) < SERIAL_BELOW
    if drawer is not None and drawer.running and serial:
        return drawer.map(draw_svg, jobs)
    if drawer is not None:
        drawer.stop()  # the pool forks workers of its own, from this process
    if serial:
        return (draw_svg(job) for job in jobs)
    return _pool(jobs, count)


def _pool(jobs: Sequence[SummaryChart], count: int) -> Iterator[tuple[str, str]]:
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from pdsa_cli.charts import render_chart  # noqa: F401 - imported once, before the fork
    from pdsa_cli.charts.processes import die_with_parent, frozen_heap, pool_context

    pool = ProcessPoolExecutor(
        max_workers=min(count, len(jobs)),
        mp_context=pool_context(),
        initializer=die_with_parent,  # no worker outlives a killed command
        initargs=(os.getpid(),),
    )
    with frozen_heap():
        futures = [pool.submit(draw_svg, job) for job in jobs]

    def finished() -> Iterator[tuple[str, str]]:
        with pool:
            for future in as_completed(futures):
                yield future.result()

    return finished()
