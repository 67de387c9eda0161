"""Plain-words verdicts of an analysis, in Danish or English (pure: strings in, strings out).

"signal: 8 points in a row below the median, points 14-21". Used by `pdsa analyze` and open to
any report that wants the same sentences.
"""

from __future__ import annotations

import numpy as np

from pdsa_cli.analysis.result import MIN_USEFUL_POINTS, Analysis, PhaseSummary, RuleHit
from pdsa_cli.i18n import get_language, translate
from pdsa_cli.i18n.glossary import term

HINTS = ("astronomical",)  # candidates for people to confirm, not signals (Perla et al. 2011)
MEDIAN_CHARTS = ("run", "g")


def point_ranges(points: tuple[int, ...], limit: int | None = None, lang: str | None = None) -> str:
    """1-based positions as compact ranges: (3, 4, 5, 9) -> "3-5, 9". With `limit`, at most
    that many ranges, then how many points were left out."""
    if not points:
        return "-"
    ranges: list[str] = []
    start = previous = points[0]
    for point in (*points[1:], None):
        if point is not None and point == previous + 1:
            previous = point
            continue
        if limit is not None and len(ranges) == limit:
            shown = sum(1 for p in points if p < start)
            more = translate("analyze.long.more_points", lang, count=len(points) - shown)
            return ", ".join(ranges) + " " + more
        ranges.append(str(start) if start == previous else f"{start}-{previous}")
        if point is not None:
            start = previous = point
    return ", ".join(ranges)


def _side(analysis: Analysis, hit: RuleHit) -> str:
    index = np.asarray(hit.points, dtype=np.intp) - 1
    differences = analysis.y[index] - analysis.cl[index]
    total = float(differences[~np.isnan(differences)].sum())
    return "analyze.side.above" if total > 0 else "analyze.side.below"


def describe_hit(
    analysis: Analysis,
    summary: PhaseSummary,
    hit: RuleHit,
    lang: str | None = None,
    limit: int | None = None,
) -> str:
    """One fired rule in plain words, prefixed "signal:" (or "note:" for a hint)."""
    centre = translate(
        "analyze.centre.median" if analysis.chart in MEDIAN_CHARTS else "analyze.centre.mean",
        lang,
    )
    fields = {
        "centre": centre,
        "points": point_ranges(hit.points, limit, lang),
        "count": summary.longest_run if hit.id == "longest_run" else len(hit.points),
        "side": translate(_side(analysis, hit), lang) if hit.points else "",
        "n_crossings": summary.n_crossings,
        "n_crossings_min": summary.n_crossings_min,
        "rule": term("rule", hit.id, lang),
    }
    key = f"analyze.rule.{hit.id}"
    text = translate(key, lang, **fields)
    if text.startswith(key):  # a rule without its own sentence
        text = translate("analyze.rule.other", lang, **fields)
    return translate("analyze.hint" if hit.id in HINTS else "analyze.signal", lang, text=text)


def describe_phase(
    analysis: Analysis, summary: PhaseSummary, lang: str | None = None, limit: int | None = None
) -> str:
    """ "Phase 1 (points 1-24): signal: ...; signal: ..." or the run statistics when quiet.
    With `limit`, each signal names at most that many ranges of points."""
    head = translate(
        "analyze.phase", lang, phase=summary.phase, first=summary.first, last=summary.last
    )
    if summary.label:
        head = f"{head} [{summary.label}]"
    said = [describe_hit(analysis, summary, hit, lang, limit) for hit in summary.rules]
    if not any(hit.id not in HINTS for hit in summary.rules):
        quiet = (
            too_few_text(summary.n_useful, lang)
            if summary.n_useful < MIN_USEFUL_POINTS
            else translate("analyze.no_signal", lang)
        )
        said.insert(0, f"{quiet} ({_run_stats(summary, lang)})")
    return f"{head}: " + "; ".join(said)


def _run_stats(summary: PhaseSummary, lang: str | None) -> str:
    if summary.longest_run is None:
        return translate("analyze.too_few_points", lang)
    return translate(
        "analyze.run_stats",
        lang,
        longest_run=summary.longest_run,
        longest_run_max=summary.longest_run_max,
        n_crossings=summary.n_crossings,
        n_crossings_min=summary.n_crossings_min,
    )


def too_few_text(n_useful: int | None, lang: str | None = None, sentence: bool = False) -> str:
    """ "too few points to judge (4 of 10)" (design.md section 9)."""
    key = "verdict.too_few_sentence" if sentence else "verdict.too_few"
    return translate(key, lang, n=n_useful or 0, min=MIN_USEFUL_POINTS)


def describe_verdict(analysis: Analysis, lang: str | None = None) -> str:
    """The latest point's variation, and with a target whether the process will meet it; what
    is said follows :attr:`Verdict.says` (too few points, a changed process)."""
    verdict = analysis.verdict
    if verdict.says == "too_few":
        return translate("analyze.verdict", lang, variation=too_few_text(verdict.n_useful, lang))
    text = translate(
        "analyze.verdict",
        lang,
        variation=translate(f"analyze.variation.{verdict.variation.value}", lang),
    )
    target = "" if analysis.target is None else _number(analysis.target, lang)
    if verdict.says == "changed":
        text += "; " + translate("verdict.changed", lang, target=target)
    elif verdict.says == "target" and verdict.assurance is not None:
        assurance = translate(f"analyze.assurance.{verdict.assurance.value}", lang)
        text += "; " + translate(
            "analyze.assurance", lang, target=_number(analysis.target, lang), assurance=assurance
        )
    return text


def _number(value: float | None, lang: str | None) -> str:
    """A number as short as it goes (6.5, 0.8), with the language's decimal mark."""
    text = f"{value:g}"
    return text.replace(".", ",") if (lang or get_language()) == "da" else text


def fired(analysis: Analysis) -> bool:
    """True when any rule fired (hints for people to confirm do not count)."""
    return any(hit.id not in HINTS for phase in analysis.phases for hit in phase.rules)
