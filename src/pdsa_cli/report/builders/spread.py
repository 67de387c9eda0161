"""Spread across municipalities as a part of a document: the adoptions (from where to where,
how far each adopter has come), the programme's goal per municipality, and small multiples of
shared measures on one scale. The data is :class:`pdsa_cli.report.model.SpreadAcross`."""

from __future__ import annotations

from pdsa_cli.charts.small_multiples import panel_svg
from pdsa_cli.i18n import plural
from pdsa_cli.i18n.glossary import term
from pdsa_cli.report.document import (
    Blocks,
    Break,
    BulletList,
    Figure,
    Item,
    Paragraph,
    Section,
    Strong,
    Table,
    text,
)
from pdsa_cli.report.model import Adoption, SharedMeasure, SharedPanel, SpreadAcross, SpreadGoal
from pdsa_cli.report.wording import (
    aim_text,
    decision_word,
    evidence_text,
    fmt_date,
    fmt_number,
    fmt_value,
    t,
)

BARS = "▁▂▃▄▅▆▇█"


def edge_text(a: Adoption, lang: str) -> str:
    source = a.source_municipality_name or t("spread.outside", lang)
    if not a.in_programme:
        source = f"{source} ({t('spread.outside', lang)})" if a.source_municipality_name else source
    change = a.source_initiative_name
    if a.source_cycle:
        change += f" ({t('summary.col.cycle', lang).lower()} {a.source_cycle})"
    return t("spread.edge", lang, source=source, adopter=a.municipality_name, change=change)


def progress_text(a: Adoption, lang: str) -> str:
    decision = decision_word(a.latest_decision, lang) if a.latest_decision else "–"
    if a.latest_decision_date:
        decision += f" ({fmt_date(a.latest_decision_date, lang)})"
    status = term("initiative_status", a.status, lang)
    return t(
        "spread.progress", lang, status=status, cycles=a.cycles, done=a.completed, decision=decision
    )


def goal_text(goal: SpreadGoal, lang: str) -> str:
    if goal.met:
        return t("spread.goal_yes", lang, adopters=", ".join(goal.adopters))
    if goal.adopted_changes:
        return plural("spread.goal_ready", goal.adopted_changes, lang)
    return t("spread.goal_no", lang)


def goal_count(section: SpreadAcross, lang: str) -> str:
    met = sum(1 for g in section.goals if g.met)
    return t("spread.goal_count", lang, met=met, total=len(section.goals))


def _unit(shared: SharedMeasure, lang: str) -> str:
    return f"{shared.unit}, {t(f'package.frequency.{shared.frequency}', lang)}"


def _scaled(value: float, shared: SharedMeasure) -> float:
    return (value - shared.low) / (shared.high - shared.low)


def sparkline_on_scale(values: tuple[float, ...], shared: SharedMeasure) -> str:
    """Block characters on the shared scale (not each series' own), so heights compare."""
    top = len(BARS) - 1
    return "".join(BARS[max(0, min(top, round(_scaled(v, shared) * top)))] for v in values)


def _axis(value: float, shared: SharedMeasure, lang: str) -> str:
    if shared.percent:
        return f"{fmt_number(value * 100, lang, 0)}\u00a0%"
    return fmt_number(value, lang)


def _panel(shared: SharedMeasure, panel: SharedPanel, lang: str) -> str:
    target = panel.measure.target
    if target is not None and shared.percent and target > 1:
        target = target / 100
    return panel_svg(
        panel.municipality_name,
        panel.measure.recent,
        (shared.low, shared.high),
        (_axis(shared.low, shared, lang), _axis(shared.high, shared, lang)),
        target,
    )


def small_multiples(shared: SharedMeasure, lang: str) -> Figure:
    """A shared measure in every municipality on one scale: drawn, and as a table."""
    header = tuple(t(f"summary.col.{k}", lang) for k in ("municipality", "trend", "latest"))
    rows = tuple(
        (
            text(p.municipality_name),
            text(sparkline_on_scale(p.measure.recent, shared)),
            text(fmt_value(p.measure.latest, p.measure, lang)),
        )
        for p in shared.panels
    )
    return Figure(
        t("spread.shared_chart_alt", lang, name=shared.name),
        svg="".join(_panel(shared, panel, lang) for panel in shared.panels),
        data=Table(header, rows),
        role="small-multiples",
        data_label=t("summary.chart_data", lang),
    )


def _adoption(a: Adoption, lang: str) -> Item:
    said = [aim_text(a.aim, lang)] if a.aim is not None and aim_text(a.aim, lang) else []
    said += [evidence_text(evidence, lang) for evidence in a.evidence]
    facts = BulletList(tuple(Item(text(s or "")) for s in said))
    return Item(
        (
            Strong(text(edge_text(a, lang))),
            Break(),
            *text(f"{a.initiative_name}: ", progress_text(a, lang)),
        ),
        (facts,) if said else (),
    )


def spread_section(section: SpreadAcross | None, lang: str, ident: str = "spread-across") -> Blocks:
    """The part on spread across municipalities (none when there is no spread section)."""
    if section is None:
        return ()
    adoptions: Blocks = (
        (Paragraph(text(t("spread.none", lang))),)
        if not section.adoptions
        else (
            Paragraph(text(t("spread.intro", lang))),
            BulletList(tuple(_adoption(a, lang) for a in section.adoptions), role="adoptions"),
        )
    )
    goals = BulletList(
        tuple(
            Item(text(f"{'✔ ' if g.met else ''}{g.name}: {goal_text(g, lang)}"))
            for g in section.goals
        )
    )
    shared: Blocks = (Paragraph(text(t("spread.shared_none", lang))),)
    if section.shared:
        shared = (
            Paragraph(text(t("spread.shared_intro", lang))),
            *(
                Section(
                    text(
                        f"{s.name} ({_unit(s, lang)}; {_axis(s.low, s, lang)} – "
                        f"{_axis(s.high, s, lang)})"
                    ),
                    (small_multiples(s, lang),),
                    level=4,
                )
                for s in section.shared
            ),
        )
    return (
        Section(
            text(t("spread.heading", lang)),
            (
                *adoptions,
                Section(
                    text(t("spread.goal_heading", lang)),
                    (goals, Paragraph(text(goal_count(section, lang)))),
                    level=3,
                ),
                Section(
                    text(t("spread.shared_heading", lang)), shared, level=3, ident="shared-measures"
                ),
            ),
            ident=ident,
            role="part",
            contents=True,
        ),
    )
