"""The words on a chart: rule names for the legend and the caption in plain language.

Pure text from the analysis; nothing here draws or decides.
"""

from __future__ import annotations

from pdsa_cli.analysis.claims import series_claim
from pdsa_cli.analysis.describe import class_word, occurrence_text, too_few_text
from pdsa_cli.analysis.result import Analysis
from pdsa_cli.i18n import Lang, translate

# Fixed rule lengths (design.md section 4), so the legend can say "Shift: 6+ on one side".
SHIFT_LENGTH = {("ihi", True): 6, ("ihi", False): 8, ("mdc", False): 7, ("weco", False): 8}
TREND_LENGTH = {("ihi", True): 5, ("ihi", False): 6, ("mdc", False): 7}
RULE_KEYS = {
    "outside_limits",
    "longest_run",
    "crossings",
    "runs",
    "astronomical",
    "two_of_three",
    "four_of_five",
    "hugging",
}


def is_run_chart(analysis: Analysis) -> bool:
    return analysis.chart == "run"


def rule_name(rule: str, analysis: Analysis, lang: Lang) -> str:
    """The legend's name for a rule, with its length where the rule set fixes it."""
    key = (analysis.rules, is_run_chart(analysis))
    if rule == "shift":
        n = SHIFT_LENGTH.get(key)
        if n is None:
            return translate("charts.rule.shift_plain", lang)
        return translate("charts.rule.shift", lang, n=n)
    if rule == "trend":
        n = TREND_LENGTH.get(key)
        if n is None:
            return translate("charts.rule.trend_plain", lang)
        return translate("charts.rule.trend", lang, n=n)
    if rule in RULE_KEYS:
        return translate(f"charts.rule.{rule}", lang)
    return translate("charts.rule.other", lang, rule=rule)


def chart_name(analysis: Analysis, lang: Lang) -> str:
    return translate(f"charts.type.{analysis.chart}", lang)


def rules_name(analysis: Analysis, lang: Lang) -> str:
    return translate(f"charts.rules.{analysis.rules}", lang)


CAPTION_OCCURRENCES = 3  # a caption names this many signals, then how many more


def _signals_text(analysis: Analysis, lang: Lang) -> str:
    """The signals the data let us claim, each with its class, from the one series claim
    (:func:`pdsa_cli.analysis.claims.series_claim`), as every report words them."""
    claim = series_claim(analysis)
    if claim.status == "too_few":
        return ""  # the verdict says it: too few points to judge
    if claim.status == "common_cause":
        return translate("charts.caption.no_signal", lang)
    said = [
        f"{class_word(o, lang)}: {occurrence_text(o, lang)}"
        for o in claim.occurrences[:CAPTION_OCCURRENCES]
    ]
    more = len(claim.occurrences) - len(said)
    if more > 0:
        said.append(translate("charts.caption.more", lang, n=more))
    return translate("charts.caption.signals", lang, signals="; ".join(said))


def _counts_text(analysis: Analysis, lang: Lang) -> str:
    parts = [
        chart_name(analysis, lang),
        rules_name(analysis, lang),
        translate("charts.caption.points", lang, n=len(analysis)),
    ]
    if len(analysis.phases) > 1:
        parts.append(translate("charts.caption.phases", lang, n=len(analysis.phases)))
    excluded = int(analysis.excluded.sum())
    if excluded:
        parts.append(translate("charts.caption.excluded", lang, n=excluded))
    return " · ".join(parts)


def verdict_text(analysis: Analysis, lang: Lang) -> str:
    """The verdict in plain words: the latest point's variation, and the target's assurance."""
    verdict = analysis.verdict
    if verdict.says == "too_few":
        return too_few_text(verdict.n_useful, lang, sentence=True)
    text = translate(f"charts.verdict.{verdict.variation.value}", lang)
    if verdict.says == "changed":
        text += " " + translate("verdict.changed_sentence", lang)
    elif verdict.says == "target" and verdict.assurance is not None:
        text += " " + translate(f"charts.assurance.{verdict.assurance.value}", lang)
    return text


def caption_lines(analysis: Analysis, lang: Lang, note: str | None = None) -> list[str]:
    """The caption under a chart: what it is, what fired, and the verdict."""
    counts = _counts_text(analysis, lang)
    return [
        f"{counts} · {note}" if note else counts,
        f"{_signals_text(analysis, lang)} {verdict_text(analysis, lang)}".strip(),
    ]
