"""The words for every claim about a series, in Danish or English, built from signal
occurrences and the claims of :mod:`pdsa_cli.analysis.claims` (one function per kind of claim).

"improvement: 10 points in a row below the centre line (points 11-20)". Used by `pdsa analyze`,
the charts, the summary, the change package and the closing report alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from pdsa_cli.analysis.claims import ChangeEvidence, SeriesClaim
from pdsa_cli.analysis.result import MIN_USEFUL_POINTS, Analysis, Occurrence, PhaseSummary
from pdsa_cli.i18n import get_language, translate

HINTS = ("astronomical",)  # candidates for people to confirm, not signals (Perla et al. 2011)


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


def count_text(n: int, lang: str | None = None) -> str:
    """ "1 punkt", "10 punkter": a count of points with the right plural."""
    return translate("claim.points.one" if n == 1 else "claim.points.other", lang, n=n)


def occurrence_text(occurrence: Occurrence, lang: str | None = None) -> str:
    """One occurrence in words, without its class or where: "10 points in a row below the
    centre line". Its own length, side and direction, never a merged bag's."""
    key = f"claim.occurrence.{occurrence.rule}"
    if occurrence.rule == "outside_limits":
        key = f"{key}.{occurrence.side or 'above'}"
    fields = {
        "count": count_text(occurrence.length, lang),
        "side": translate(f"claim.{occurrence.side}", lang) if occurrence.side else "",
        "going": translate(f"claim.{occurrence.direction}", lang) if occurrence.direction else "",
        "rule": occurrence.rule,
    }
    text = translate(key, lang, **fields)
    if text.startswith("claim.occurrence."):
        text = translate("claim.occurrence.other", lang, **fields)
    return text


def class_word(occurrence: Occurrence, lang: str | None = None) -> str:
    key = "hint" if occurrence.hint else occurrence.signal_class
    return translate(f"claim.class.{key}", lang)


def occurrence_sentence(occurrence: Occurrence, where: str, lang: str | None = None) -> str:
    """ "improvement: 10 points in a row below the centre line (where)"."""
    return translate(
        "claim.with_class",
        lang,
        klass=class_word(occurrence, lang),
        text=occurrence_text(occurrence, lang),
        where=where,
    )


def claim_status_text(claim: SeriesClaim, lang: str | None = None) -> str | None:
    """What stands before (or instead of) the signals: too few points, or common cause only;
    None when the occurrences speak for themselves."""
    if claim.status == "too_few":
        return too_few_text(claim.n_useful, lang)
    if claim.status == "common_cause":
        return translate("claim.common_cause", lang)
    return None


def evidence_sentence(
    evidence: ChangeEvidence, measure: str, where: str, lang: str | None = None
) -> str:
    """The evidence in one measure for a change, in one sentence."""
    fields: dict[str, str] = {"measure": measure, "signal": ""}
    if evidence.occurrence is not None:
        fields["signal"] = occurrence_sentence(evidence.occurrence, where, lang)
    if evidence.status == "too_few":
        fields["too_few"] = too_few_text(evidence.n_useful, lang)
    return translate(f"claim.evidence.{evidence.status}", lang, **fields)


CHANGE_ORDER = ("improvement", "concern", "changed", "before_test", "none", "too_few")


def change_verdict(statuses: Sequence[str]) -> str:
    """The verdict on a change from the evidence of all its measures: the strongest of them,
    improvement first ("supported"), never averaged."""
    for status in CHANGE_ORDER:
        if status in statuses:
            return "supported" if status == "improvement" else status
    return "none"


def change_verdict_text(statuses: Sequence[str], lang: str | None = None) -> str:
    return translate(f"claim.change.{change_verdict(statuses)}", lang)


def describe_phase(
    analysis: Analysis, summary: PhaseSummary, lang: str | None = None, limit: int | None = None
) -> str:
    """ "Phase 1 (points 1-24): signal: improvement: ...; ..." or why nothing is claimed.
    A phase with too few useful points is too few to judge: what its rules found is shown as
    a note, never as a signal."""
    head = translate(
        "analyze.phase", lang, phase=summary.phase, first=summary.first, last=summary.last
    )
    if summary.label:
        head = f"{head} [{summary.label}]"
    found = [o for o in analysis.occurrences if o.phase == summary.phase]
    judged = summary.n_useful >= MIN_USEFUL_POINTS
    said = []
    for occurrence in found:
        where = _where(occurrence, limit, lang)
        if judged and not occurrence.hint:
            text = occurrence_sentence(occurrence, where, lang)
            said.append(translate("analyze.signal", lang, text=text))
        else:
            text = f"{occurrence_text(occurrence, lang)} ({where})"
            said.append(translate("analyze.hint", lang, text=text))
    if not judged or not any(not o.hint for o in found):
        quiet = too_few_text(summary.n_useful, lang) if not judged else None
        quiet = quiet or translate("claim.common_cause", lang)
        said.insert(0, f"{quiet} ({_run_stats(summary, lang)})")
    return f"{head}: " + "; ".join(said)


def _where(occurrence: Occurrence, limit: int | None, lang: str | None) -> str:
    points = occurrence.points or tuple(range(occurrence.first, occurrence.last + 1))
    key = "claim.where.point" if len(points) == 1 else "claim.where.points"
    return translate(key, lang, points=point_ranges(points, limit, lang))


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
    """ "too few points to judge: 4 useful of at least 10 (points on the centre line do not
    count)" (design.md section 9); as a sentence, capitalised and ended."""
    text = translate("claim.too_few", lang, n=n_useful or 0, min=MIN_USEFUL_POINTS)
    return f"{text[0].upper()}{text[1:]}." if sentence else text


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
