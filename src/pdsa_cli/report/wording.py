"""Plain Danish and English words for the summary model, shared by every renderer."""

from __future__ import annotations

import datetime as dt
import math

from pdsa_cli.analysis.describe import (
    change_verdict_text,
    claim_status_text,
    class_word,
    evidence_sentence,
    occurrence_sentence,
    occurrence_text,
)
from pdsa_cli.i18n import translate
from pdsa_cli.i18n.formats import date_text, number_text
from pdsa_cli.i18n.glossary import term
from pdsa_cli.report.model import (
    AimRow,
    CycleCounts,
    DecisionCounts,
    Evidence,
    MeasureRow,
    Period,
    PredictionMiss,
    PredictionRamp,
    Signal,
    StaleMeasure,
    StuckCycle,
)


def t(key: str, lang: str, **fields: object) -> str:
    return translate(key, lang, **fields)


def fmt_date(day: dt.date | None, lang: str) -> str:
    return "–" if day is None else date_text(day, lang)


def fmt_number(value: float | None, lang: str, digits: int | None = None) -> str:
    """A number with sensible precision, Danish decimal comma under `da`."""
    if value is None or math.isnan(value):
        return "–"
    if digits is None:
        size = abs(value)
        digits = 0 if size >= 100 or value == int(value) else (1 if size >= 10 else 2)
    return number_text(value, lang, digits)


def fmt_value(value: float | None, row: MeasureRow, lang: str) -> str:
    """A measure's value with its unit; proportions as percent."""
    if value is None:
        return "–"
    if row.percent:
        return f"{fmt_number(value * 100, lang, 0 if abs(value) >= 0.1 else 1)}\u00a0%"
    return f"{fmt_number(value, lang)}\u00a0{row.unit}"


def fmt_span(first: dt.date | None, last: dt.date | None, lang: str) -> str:
    if first is None:
        return "–"
    if last is None or last == first:
        return fmt_date(first, lang)
    return f"{fmt_date(first, lang)} – {fmt_date(last, lang)}"


def documentation_intro(aim: str | None, lang: str) -> str:
    """What the documentation-time section shows, and the programme's own aim if it has one
    (never an aim the programme did not make)."""
    intro = t("summary.documentation_intro", lang)
    return f"{intro} {t('summary.documentation_aim', lang, aim=aim)}" if aim else intro


def period_text(period: Period, lang: str) -> str:
    start = fmt_date(period.start, lang) if period.start else t("summary.period_start", lang)
    return t("summary.period", lang, start=start, end=fmt_date(period.end, lang))


def seminar_text(period: Period, lang: str) -> str | None:
    if period.seminar is None:
        return None
    text = t(
        "summary.for_seminar",
        lang,
        number=period.seminar.number,
        date=fmt_date(period.seminar.date, lang),
    )
    if period.previous is not None:
        since = t(
            "summary.since_seminar",
            lang,
            number=period.previous.number,
            date=fmt_date(period.previous.date, lang),
        )
        text = f"{text}, {since}"
    return text


def counts_text(counts: CycleCounts, lang: str) -> str:
    return t(
        "summary.counts",
        lang,
        started=counts.started,
        completed=counts.completed,
        in_progress=counts.in_progress,
    )


def decisions_text(decisions: DecisionCounts, lang: str) -> str:
    return t(
        "summary.decisions",
        lang,
        adopt=decisions.adopt,
        adapt=decisions.adapt,
        abandon=decisions.abandon,
    )


def decision_word(decision: str | None, lang: str) -> str:
    return term("decision", decision, lang) if decision else ""


def status_word(status: str, lang: str) -> str:
    return term("cycle_status", status, lang)


def rule_name(rule: str, lang: str) -> str:
    return term("rule", rule, lang)


def signal_where(signal: Signal, lang: str) -> str:
    """Where an occurrence lies, by date: "10. nov. 2022 – 12. jan. 2023"."""
    return fmt_span(signal.first_date, signal.last_date, lang)


def signal_class(signal: Signal, lang: str) -> str:
    """The occurrence's class in a word: improvement, concern, special cause, or note (a hint)."""
    if signal.occurrence is None:
        return t(f"claim.class.{signal.variation}", lang)
    return class_word(signal.occurrence, lang)


def signal_text(
    signal: Signal, lang: str, with_adoption: bool = True, with_variation: bool = True
) -> str:
    """One occurrence in plain words (its own length, side and dates), with the rule that found
    it and its adoption context."""
    rule = t(
        "summary.rule_label",
        lang,
        rule_set=t(f"summary.rule_set.{signal.rule_set}", lang),
        rule=rule_name(signal.rule, lang),
    )
    where = signal_where(signal, lang)
    if signal.occurrence is None:  # never: a Signal is built from an occurrence
        return f"{signal.rule} ({where}) [{rule}]"
    if with_variation:
        text = occurrence_sentence(signal.occurrence, where, lang)
    else:
        text = f"{occurrence_text(signal.occurrence, lang)} ({where})"
    text = f"{text} [{rule}]"
    if with_adoption and not signal.hint and signal.points:  # a phase-wide one did not "begin"
        text = f"{text}; {adoption_text(signal, lang)}"
    return text


def adoption_text(signal: Signal, lang: str) -> str:
    adopted = signal.after_adoption
    if adopted is None:
        return t("summary.before_adoption", lang)
    return t(
        "summary.after_adoption",
        lang,
        cycle=adopted.cycle,
        date=fmt_date(adopted.act_date, lang),
        tested=fmt_date(adopted.counts_from, lang),
    )


def status_text(row: MeasureRow, lang: str) -> str | None:
    """What stands before (or instead of) the signals: not analysed, too few points to judge,
    or no signals; None when the signals speak for themselves. Decided by the series claim
    (:func:`pdsa_cli.analysis.claims.series_claim`), never here."""
    if row.duplicates:
        return t("summary.duplicate_period", lang, places=", ".join(row.duplicates))
    if row.claim is None:
        return t("summary.not_analysed", lang)
    return claim_status_text(row.claim, lang)


def verdict_note(row: MeasureRow, lang: str) -> str | None:
    """After the signals: that the process has changed since its limits were set."""
    if row.analysed and row.says == "changed":
        return t("verdict.changed_summary", lang, measure=row.id)
    return None


def signals_text(row: MeasureRow, lang: str) -> list[str]:
    """The one verdict on a measure's series, as lines: every report uses these."""
    status = status_text(row, lang)
    if row.claim is None:
        return [status or ""]
    lines = [signal_text(s, lang) for s in row.signals]
    note = verdict_note(row, lang)
    return [*([status] if status else []), *lines, *([note] if note else [])]


def aim_text(aim: AimRow, lang: str) -> str | None:
    """How far the aim's measure is from its target, or None when there is nothing to say."""
    if aim.target is None:
        return t("summary.aim_no_target", lang) if aim.measure else None
    unit = "\u00a0%" if aim.percent else ""

    def number(value: float) -> str:
        if not aim.percent:
            return fmt_number(value, lang)
        tenths = round(value, 1)  # percents to a tenth at most: 65 %, 77,4 %
        return fmt_number(tenths, lang, 0 if tenths == int(tenths) else 1)

    target = f"{number(aim.target)}{unit}"
    by = t("summary.aim_by", lang, date=fmt_date(aim.target_date, lang)) if aim.target_date else ""
    measure = aim.measure_name or aim.measure or "–"
    if aim.level is None:
        return t("summary.aim_no_data", lang, measure=measure, target=target, by=by)
    latest = t(
        "summary.aim_latest",
        lang,
        value=f"{number(aim.latest)}{unit}" if aim.latest is not None else "–",
        date=fmt_date(aim.latest_date, lang) if aim.latest_date else "–",
    )
    level = f"{number(aim.level)}{unit}"
    fields = {"measure": measure, "target": target, "by": by, "level": level}
    text = t("summary.aim_target", lang, **fields, n=aim.level_points, latest=latest)
    if aim.met:
        return f"{text} – {t('summary.aim_met', lang)}"
    if aim.gap is not None:
        points = f" {t('summary.percentage_points', lang)}" if aim.percent else ""
        gap = f"{number(abs(aim.gap))}{points}"
        return f"{text} – {t('summary.aim_gap', lang, gap=gap)}"
    return text


def evidence_text(evidence: Evidence, lang: str) -> str:
    """One measure's evidence for a change (:func:`pdsa_cli.analysis.claims.change_evidence`)."""
    if evidence.claim is None:
        return t("claim.evidence.not_analysed", lang, measure=evidence.measure_name)
    where = signal_where(evidence.signal, lang) if evidence.signal else ""
    text = evidence_sentence(evidence.claim, evidence.measure_name, where, lang)
    if evidence.suggest_phase:
        text = f"{text}. {t('claim.suggest_phase', lang, measure=evidence.measure)}"
    return text


def change_verdict_word(evidence: tuple[Evidence, ...], lang: str) -> str:
    """The verdict on an adopted change from all its measures' evidence."""
    return change_verdict_text([e.status for e in evidence], lang)


def stale_text(stale: StaleMeasure, lang: str) -> str:
    if stale.periods_without_data is None:
        return t("summary.stale_never", lang, name=stale.name)
    return t(
        "summary.stale",
        lang,
        name=stale.name,
        periods=stale.periods_without_data,
        unit=t(f"summary.unit.{stale.frequency}", lang),
        date=fmt_date(stale.last_date, lang),
    )


def stuck_text(stuck: StuckCycle, lang: str) -> str:
    return t(
        "summary.stuck",
        lang,
        number=stuck.number,
        title=stuck.title,
        days=stuck.days,
        date=fmt_date(stuck.do_since, lang),
    )


def method_word(method: str, lang: str) -> str:
    """A known method's name in the language; free-text methods as written."""
    return term("method", method, lang)


def percent_text(share: float | None, lang: str) -> str:
    """A share 0-1 as a whole percent ('40 %'), '–' when there is none."""
    return "–" if share is None else f"{fmt_number(share * 100, lang, 0)}\u00a0%"


def _on_scale(value: float, miss: PredictionMiss, lang: str) -> str:
    if miss.percent:
        return f"{fmt_number(value * 100, lang)}\u00a0%"
    return f"{fmt_number(value, lang)}\u00a0{miss.unit}"


def predicted_range(miss: PredictionMiss, lang: str) -> str:
    """'≥ 80 %', '≤ 2 falls', '10–15 minutes' from the accepted range."""
    if miss.low is not None and miss.high is not None:
        return f"{_on_scale(miss.low, miss, lang)}–{_on_scale(miss.high, miss, lang)}"
    if miss.low is not None:
        return f"≥ {_on_scale(miss.low, miss, lang)}"
    return f"≤ {_on_scale(miss.high or 0.0, miss, lang)}"


def prediction_miss_text(miss: PredictionMiss, lang: str) -> str:
    return t(
        "predictions.summary.miss",
        lang,
        where=f"{miss.municipality_name}, {miss.initiative_name}",
        cycle=miss.cycle,
        title=miss.title,
        measure=miss.measure_name,
        predicted=predicted_range(miss, lang),
        observed=_on_scale(miss.observed, miss, lang),
        miss=percent_text(miss.relative_miss, lang),
    )


def prediction_ramp_text(ramp: PredictionRamp, lang: str) -> str:
    """'Hørsholm Kommune, Feedbackmøder: #1 44 % → #2 22 % → #3 0 % – predictions got closer'"""
    misses = " → ".join(f"#{n} {percent_text(miss, lang)}" for n, miss in ramp.misses)
    return t(
        "predictions.summary.ramp",
        lang,
        where=f"{ramp.municipality_name}, {ramp.initiative_name}",
        misses=misses,
        trend=t(f"predictions.trend.{ramp.trend}", lang),
    )
