"""The layers of a chart, each drawn from the analysis as it stands (no rule logic here).

Every artist carries a `gid` naming what it shows ("centre-line-2", "signal:shift",
"cycle-3"), so tests and the SVG output can find it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from pdsa_cli.analysis.result import Analysis, FloatArray, PhaseSummary
from pdsa_cli.charts import style
from pdsa_cli.charts.artists import hline, label, line, vline
from pdsa_cli.charts.geometry import typical_step
from pdsa_cli.charts.style import RULE_PRIORITY, rule_style
from pdsa_cli.i18n import Lang, translate

PHASE_LABEL_MAX = 16  # longer labels (ids of adopting cycles) give way to "Phase n"


def phase_slices(analysis: Analysis) -> Iterator[tuple[PhaseSummary, slice]]:
    for phase in analysis.phases:
        yield phase, slice(phase.first - 1, phase.last)


def has_limits(analysis: Analysis) -> bool:
    """SPC charts carry limits; run charts (and charts whose limits are all missing) do not."""
    return analysis.chart != "run" and bool(np.isfinite(analysis.ucl).any())


DENSE = 400  # more points than this: a thin line, no marker per ordinary point


def dense(analysis: Analysis) -> bool:
    """Too many points for a marker each to be seen (and drawn in bounded time)."""
    return len(analysis) > DENSE


BINS = 4000  # more than a chart's pixels across: the line looks the same drawn from these


def envelope(y: FloatArray, bins: int = BINS) -> np.ndarray:
    """Indices of the points a thin line needs to look the same: in each of `bins` runs of
    neighbouring points, the lowest and the highest (and the first gap, so breaks stay),
    plus the first and the last point. All points when there are few."""
    size = y.shape[0]
    if size <= 4 * bins:
        return np.arange(size)
    group = np.arange(size) * bins // size
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]])
    missing = np.isnan(y)
    low = np.lexsort((np.where(missing, np.inf, y), group))[starts]
    high = np.lexsort((np.where(missing, np.inf, -y), group))[starts]
    gaps = np.flatnonzero(missing & np.r_[True, ~missing[:-1]])
    return np.unique(np.concatenate([low, high, gaps, [0, size - 1]]))


def draw_data(ax: Axes, analysis: Analysis, xs: FloatArray) -> None:
    """The points joined by a line; ordinary points as small filled circles (a long series:
    a thin line only, so the shape of the process shows instead of a band of markers)."""
    if dense(analysis):
        keep = envelope(analysis.y)
        line(ax, xs[keep], analysis.y[keep], color=style.DATA, lw=0.4, zorder=3, gid="data-line")
        if analysis.excluded.any():
            index = analysis.excluded
            line(ax, xs[index], analysis.y[index], ls="none", marker="o", ms=2.5, mfc="white",
                    mec=style.EXCLUDED, mew=0.8, zorder=5, gid="excluded")  # fmt: skip
        return
    line(ax, xs, analysis.y, color=style.DATA, lw=1.3, zorder=3, gid="data-line")
    ordinary = ~analysis.excluded & ~highlight_mask(analysis)
    line(
        ax,
        xs[ordinary],
        analysis.y[ordinary],
        ls="none",
        marker="o",
        ms=4.2,
        color=style.DATA,
        mec="white",
        mew=0.6,
        zorder=4,
        gid="points",
    )
    if analysis.excluded.any():
        line(
            ax,
            xs[analysis.excluded],
            analysis.y[analysis.excluded],
            ls="none",
            marker="o",
            ms=5.5,
            mfc="white",
            mec=style.EXCLUDED,
            mew=1.3,
            zorder=5,
            gid="excluded",
        )


STORY_GID = "point-stories"
STORY_URL = "#pdsa-point-"  # + the point's 0-based index; `chart_svg` turns it into a <title>


def draw_story_targets(ax: Axes, xs: FloatArray, ys: FloatArray) -> None:
    """An unpainted disc over every point, each carrying its index as a link, which the SVG
    writer turns into a focusable group with the point's story as its <title>: matplotlib
    writes a link per item of a collection (`Collection.set_urls`), not per marker of a line."""
    shown = np.flatnonzero(np.isfinite(xs) & np.isfinite(ys))
    targets = ax.scatter(
        xs[shown],
        ys[shown],
        s=12.0**2,  # 12 pt across: easy to hover
        facecolors="none",
        edgecolors="none",
        zorder=8,
        gid=STORY_GID,
    )
    targets.set_urls([f"{STORY_URL}{index}" for index in shown])


def draw_centre_lines(ax: Axes, analysis: Analysis, xs: FloatArray) -> None:
    """One centre line per phase: solid, or dashed in the signal colour when its runs fired."""
    for phase, part in phase_slices(analysis):
        signal = phase.runs_signal
        line(
            ax,
            xs[part],
            analysis.cl[part],
            drawstyle="steps-mid",
            color=style.SIGNAL if signal else style.INK,
            ls=(0, (5, 3)) if signal else "-",
            lw=1.7 if signal else 1.4,
            zorder=2,
            gid=f"centre-line-{phase.phase}",
        )


def draw_limits(ax: Axes, analysis: Analysis, xs: FloatArray) -> None:
    """Control limits per phase, step-wise where they vary with n, over a light band."""
    for phase, part in phase_slices(analysis):
        x, low, high = xs[part], analysis.lcl[part], analysis.ucl[part]
        ax.fill_between(x, low, high, step="mid", color=style.BAND, lw=0, zorder=0)
        for name, values in (("ucl", high), ("lcl", low)):
            line(
                ax,
                x,
                values,
                drawstyle="steps-mid",
                color=style.LIMIT,
                lw=1.0,
                zorder=2,
                gid=f"{name}-{phase.phase}",
            )


def draw_target(ax: Axes, target: float) -> None:
    hline(ax, target, color=style.TARGET, ls=":", lw=1.8, zorder=2, gid="target")


def _edges(xs: FloatArray, first: int, last: int) -> tuple[float, float]:
    """The x span of points first..last (0-based), reaching halfway to the neighbours."""
    half = typical_step(xs) / 2
    left = (xs[first - 1] + xs[first]) / 2 if first > 0 else xs[first] - half
    right = (xs[last] + xs[last + 1]) / 2 if last + 1 < len(xs) else xs[last] + half
    return float(left), float(right)


def draw_phases(ax: Axes, analysis: Analysis, xs: FloatArray, lang: Lang, k: float) -> None:
    """A separator between phases and each phase's name at the top of its stretch."""
    if len(analysis.phases) < 2:
        return
    for phase, _part in phase_slices(analysis):
        left, _right = _edges(xs, phase.first - 1, phase.last - 1)
        if phase.phase > 1:
            vline(ax, left, color=style.LIMIT, lw=0.9, zorder=1, gid=f"phase-{phase.phase}")
        label(
            ax,
            (left, 1.0),
            phase_name(phase, lang),
            ax.get_xaxis_transform(),
            (4 * k, -4 * k),
            ha="left",
            va="top",
            fontsize=style.FONT_SMALL * k,
            color=style.TEXT,
            fontweight="bold",
            gid=f"phase-label-{phase.phase}",
        )


def phase_name(phase: PhaseSummary, lang: Lang) -> str:
    """The phase's own label when it is short (a `part` label), else "Phase n"."""
    if phase.label and len(phase.label) <= PHASE_LABEL_MAX:
        return phase.label
    return translate("charts.phase", lang, n=phase.phase)


def baseline_spans(analysis: Analysis) -> list[tuple[int, int]]:
    """(first, last) 0-based of each phase's baseline, where a phase also has later points."""
    spans: list[tuple[int, int]] = []
    for _phase, part in phase_slices(analysis):
        base = np.flatnonzero(analysis.baseline[part]) + part.start
        judged = np.flatnonzero(~analysis.baseline[part] & ~analysis.excluded[part])
        if base.size and judged.size:
            spans.append((int(base.min()), int(base.max())))
    return spans


def draw_baseline(ax: Axes, analysis: Analysis, xs: FloatArray, lang: Lang, k: float) -> None:
    """Shade the points that fixed the centre line and limits; later points are judged
    against those frozen lines, which the analysis has already extended."""
    several_phases = len(analysis.phases) > 1
    for first, last in baseline_spans(analysis):
        left, right = _edges(xs, first, last)
        ax.axvspan(
            left, right, color=style.BASELINE_SPAN, alpha=0.5, lw=0, zorder=0, gid="baseline"
        )
        vline(ax, right, color=style.MUTED, ls=(0, (4, 2)), lw=0.9, zorder=1, gid="baseline-end")
        label(
            ax,
            (right, 1.0),
            translate("charts.legend.baseline", lang),
            ax.get_xaxis_transform(),
            (-4 * k, (-16 if several_phases else -4) * k),
            ha="right",
            va="top",
            fontsize=style.FONT_SMALL * k,
            color=style.TEXT,
            gid="baseline-label",
        )


def point_rules(analysis: Analysis) -> dict[int, str]:
    """0-based index -> the rule a highlighted point shows (by priority when several fired).

    Highlighted = flagged by any rule, or outside its limits; excluded points stay grey."""
    fired: dict[int, set[str]] = defaultdict(set)
    for phase in analysis.phases:
        for hit in phase.rules:
            for point in hit.points:
                fired[point - 1].add(hit.id)
    for index in np.flatnonzero(analysis.sigma_signal):
        fired[int(index)].add("outside_limits")
    order = {rule: k for k, rule in enumerate(RULE_PRIORITY)}
    return {
        index: min(rules, key=lambda r: (order.get(r, len(order)), r))
        for index, rules in fired.items()
        if not analysis.excluded[index]
    }


def highlight_mask(analysis: Analysis) -> np.ndarray:
    mask = np.zeros(len(analysis), dtype=bool)
    mask[list(point_rules(analysis))] = True
    return mask


@dataclass(frozen=True)
class SignalGroup:
    rule: str
    meaning: str  # improvement, concern or neutral (the analysis' variation of the points)
    indices: tuple[int, ...]

    @property
    def gid(self) -> str:
        return f"signal:{self.rule}:{self.meaning}"


def signal_groups(analysis: Analysis) -> list[SignalGroup]:
    """Highlighted points grouped by the rule they show (the marker's shape) and by what the
    analysis says they mean (its colour and fill), under every rule set."""
    grouped: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, rule in sorted(point_rules(analysis).items()):
        grouped[(rule, style.meaning_of(str(analysis.variation[index])))].append(index)
    return [SignalGroup(rule, meaning, tuple(idx)) for (rule, meaning), idx in grouped.items()]


def draw_signals(ax: Axes, analysis: Analysis, xs: FloatArray) -> list[SignalGroup]:
    groups = signal_groups(analysis)
    for group in groups:
        shape = rule_style(group.rule)
        idx = list(group.indices)
        scale = 0.5 if dense(analysis) else 1.0  # many signals on a long series: smaller
        look = style.marker_look(group.meaning)
        look["mew"] *= scale
        line(
            ax,
            xs[idx],
            analysis.y[idx],
            ls="none",
            marker=shape.marker,
            ms=shape.size * scale,
            zorder=6,
            gid=group.gid,
            **look,
        )
    return groups


def legend_marker(marker: str, colour: str, size: float, label: str, **kw: Any) -> Line2D:
    options: dict[str, Any] = {"ls": "none", **kw}
    return Line2D([], [], marker=marker, ms=size, color=colour, label=label, **options)


def legend_line(colour: str, label: str, ls: object = "-", lw: float = 1.4) -> Line2D:
    return Line2D([], [], color=colour, ls=ls, lw=lw, label=label)
