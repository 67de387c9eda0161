"""What each page shows, gathered from a freshly loaded workspace (no HTML here)."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

from pdsa_cli.errors import PdsaError, Problem
from pdsa_cli.i18n import Lang
from pdsa_cli.models import Cycle, Measure
from pdsa_cli.workspace.cpr import mask_cpr
from pdsa_cli.workspace.index import Entry, FileKind, Workspace, classify


def chart_image(workspace: Workspace, measure_id: str, lang: Lang) -> str | None:
    """The measure's chart as `pdsa chart` draws it, as a data: URL for an <img> (an SVG shown
    as an image runs no script, and its own styles need no exception in the page's CSP)."""
    from pdsa_cli.analysis import analyse_measure
    from pdsa_cli.charts import chart_context_for_measure, chart_svg, render_chart

    entry = workspace.measures[measure_id]
    if not entry.model.measurements:
        return None
    try:
        analysis = analyse_measure(workspace, measure_id)
    except PdsaError:  # e.g. two values for one period: the problems page says where
        return None
    context = chart_context_for_measure(workspace, measure_id, lang)
    svg = mask_cpr(chart_svg(render_chart(analysis, context)))
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode("ascii")


def observed(workspace: Workspace, entry: Entry[Cycle], lang: Lang) -> list[str]:
    """Each quantitative prediction of the cycle against the data, as `pdsa study` offers it."""
    from pdsa_cli.predictions import score_cycle
    from pdsa_cli.predictions.text import study_lines

    if not entry.model.plan.predictions:
        return []
    measures = {id_: m.model for id_, m in workspace.measures.items()}
    return [mask_cpr(line) for line in study_lines(score_cycle(entry, workspace), measures, lang)]


def find_cycle(workspace: Workspace, initiative: str, number: int) -> Entry[Cycle] | None:
    """A cycle by its place in the index (never by a path built from the URL)."""
    if initiative not in workspace.initiatives:
        return None
    return next((c for c in workspace.cycles_of(initiative) if c.model.number == number), None)


def find_measure(workspace: Workspace, measure_id: str) -> Entry[Measure] | None:
    return workspace.measures.get(measure_id)


@dataclass(frozen=True)
class Mend:
    """A problem of `pdsa validate` and the page where it can be mended (None: the file)."""

    problem: Problem
    page: str | None


def mend_page(workspace: Workspace, problem: Problem) -> str | None:
    """The page for the file a problem is in: its measure, cycle or initiative."""
    path = Path(problem.file)
    path = path if path.is_absolute() else Path.cwd() / path
    root = workspace.root.resolve()
    try:
        kind = classify(path.resolve(), root)
    except (ValueError, OSError):
        return None
    if kind is FileKind.MEASURE and path.stem in workspace.measures:
        return f"/measure/{path.stem}"
    if kind is FileKind.CYCLE:
        for cycle in workspace.cycles:
            if cycle.file.resolve() == path.resolve():
                return f"/cycle/{cycle.initiative}/{cycle.model.number}"
        return None
    if kind is FileKind.INITIATIVE and path.parent.name in workspace.initiatives:
        return f"/initiative/{path.parent.name}"
    return "/" if kind is FileKind.PROGRAMME else None


def mends(workspace: Workspace, problems: list[Problem]) -> list[Mend]:
    return [Mend(p, mend_page(workspace, p)) for p in problems]
