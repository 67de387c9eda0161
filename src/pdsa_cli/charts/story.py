"""A chart in words: a short description of the whole (the SVG's <desc>) and each point's story
(its <title>: date, value, note, the cycle then being tested, and what a rule said of it).

Pure text from the analysis and the context; nothing here draws or decides. Notes are what
people typed: CPR-like numbers in them are masked before they are shown.
"""

from __future__ import annotations

import datetime as dt
import math

import numpy as np

from pdsa_cli.analysis.result import Analysis
from pdsa_cli.charts import layers, style
from pdsa_cli.charts.context import ChartContext, CycleMarker, percent_scale
from pdsa_cli.charts.formats import (
    decimals_for,
    format_date,
    format_number,
    format_percent,
    shared_decimals,
)
from pdsa_cli.charts.words import caption_lines, chart_name, rule_name
from pdsa_cli.i18n import Lang, plural, translate
from pdsa_cli.workspace.cpr import mask_cpr


def value_text(
    value: float, analysis: Analysis, context: ChartContext, computed: bool = False
) -> str:
    """A value as the reader wrote it (as few decimals as it needs, at most three), or a
    computed one to three significant digits as the chart's edge labels write it; with its
    unit; a proportion as a percentage."""
    if not math.isfinite(value):
        return translate("charts.point.missing", context.lang)
    scale = percent_scale(analysis, context)
    if scale is not None:
        decimals = shared_decimals([value * 100.0 / scale], most=1)
        return format_percent(value, context.lang, scale, decimals)
    places = decimals_for(abs(value)) if computed else shared_decimals([value], most=3)
    shown = format_number(value, context.lang, places)
    return f"{shown} {context.unit}" if context.unit else shown


def x_text(analysis: Analysis, index: int, lang: Lang) -> str:
    x = analysis.x[index]
    if analysis.x_kind == "date":
        return format_date(_day(x), lang)
    if analysis.x_kind == "number":
        return format_number(float(x), lang, shared_decimals([float(x)], most=3))
    return str(x)


def _day(x: object) -> dt.date:
    return dt.date.fromisoformat(str(np.datetime64(x, "D")))  # type: ignore[call-overload]


def testing_on(day: dt.date, cycles: tuple[CycleMarker, ...]) -> list[CycleMarker]:
    """The cycles being tested on `day`: begun (Do start) and not yet decided (Act date)."""
    return [c for c in cycles if c.date <= day and (c.decided is None or day <= c.decided)]


def point_story(analysis: Analysis, context: ChartContext, index: int) -> str:
    """One point in words, a line per fact: "3. maj 2021: 12,5 minutter", its note, the cycles
    then being tested, and what the analysis said of it."""
    lang = context.lang
    lines = [
        translate(
            "charts.point.value",
            lang,
            x=x_text(analysis, index, lang),
            value=value_text(float(analysis.y[index]), analysis, context),
        )
    ]
    note = analysis.notes[index] if index < len(analysis.notes) else None
    if note and note.strip():
        lines.append(translate("charts.point.note", lang, note=mask_cpr(" ".join(note.split()))))
    if analysis.x_kind == "date":
        tested = testing_on(_day(analysis.x[index]), context.cycles)
        if tested:
            names = ", ".join(c.label for c in tested)
            lines.append(translate("charts.point.testing", lang, cycles=names))
    if analysis.excluded[index]:
        lines.append(translate("charts.legend.excluded", lang))
    return "\n".join(lines)


def point_row(analysis: Analysis, context: ChartContext, index: int) -> tuple[str, str, str, str]:
    """One point as a row of the chart's data table: its date (or x), its value, its note and
    the cycles then being tested; the same facts as its story."""
    note = analysis.notes[index] if index < len(analysis.notes) else None
    tested = (
        testing_on(_day(analysis.x[index]), context.cycles) if analysis.x_kind == "date" else []
    )
    return (
        x_text(analysis, index, context.lang),
        value_text(float(analysis.y[index]), analysis, context),
        mask_cpr(" ".join(note.split())) if note and note.strip() else "",
        ", ".join(c.label for c in tested),
    )


def signal_story(analysis: Analysis, rules: dict[int, str], index: int, lang: Lang) -> str | None:
    """What a flagged point means and which rule flagged it: "Forbedring (Skift: 6+ …)"."""
    rule = rules.get(index)
    if rule is None:
        return None
    meaning = style.meaning_of(str(analysis.variation[index]))
    return translate(
        "charts.point.signal",
        lang,
        meaning=translate(f"charts.legend.{meaning}", lang),
        rule=rule_name(rule, analysis, lang),
    )


def point_stories(analysis: Analysis, context: ChartContext) -> list[str]:
    """Every point's story, in order."""
    rules = layers.point_rules(analysis)
    stories = []
    for index in range(len(analysis)):
        story = point_story(analysis, context, index)
        said = signal_story(analysis, rules, index, context.lang)
        stories.append(f"{story}\n{said}" if said else story)
    return stories


def period_text(analysis: Analysis, lang: Lang) -> str:
    if len(analysis) == 0:
        return ""
    return translate(
        "charts.desc.period",
        lang,
        first=x_text(analysis, 0, lang),
        last=x_text(analysis, len(analysis) - 1, lang),
    )


def centre_text(analysis: Analysis, context: ChartContext) -> str:
    """The latest phase's centre line in words: "Median 48,3 %"."""
    if not analysis.phases:
        return ""
    value = float(analysis.cl[analysis.phases[-1].last - 1])
    key = "charts.legend.median" if analysis.chart in ("run", "g") else "charts.legend.mean"
    return f"{translate(key, context.lang)} {value_text(value, analysis, context, computed=True)}"


def chart_description(analysis: Analysis, context: ChartContext) -> str:
    """The chart in a few sentences: its type, measure and unit, period and points, the latest
    centre line, then the caption's signals and verdict."""
    lang = context.lang
    unit = f" ({context.unit})" if context.unit else ""
    measure = context.title
    if context.municipality:
        measure = translate(
            "charts.desc.where", lang, measure=measure, municipality=context.municipality
        )
    first = plural(
        "charts.desc.chart",
        len(analysis),
        lang,
        chart=chart_name(analysis, lang),
        measure=measure,
        unit=unit,
        period=period_text(analysis, lang),
    )
    centre = centre_text(analysis, context)
    said = caption_lines(analysis, lang)[1]
    parts = (first, f"{centre}." if centre else "", said, cycles_text(context))
    return " ".join(part for part in parts if part)


def cycles_text(context: ChartContext) -> str:
    """The cycles on the chart in words: each test's start and, once made, its decision."""
    lang = context.lang
    said = []
    for c in context.cycles:
        start = format_date(c.date, lang)
        if c.decided is not None and c.decision_word:
            said.append(
                translate(
                    "charts.desc.cycle_decided",
                    lang,
                    cycle=c.label,
                    start=start,
                    decided=format_date(c.decided, lang),
                    decision=c.decision_word,
                )
            )
        else:
            said.append(translate("charts.desc.cycle", lang, cycle=c.label, start=start))
    return translate("charts.desc.cycles", lang, cycles="; ".join(said)) if said else ""
