"""Spread across municipalities in the summary's four views: the adoptions (from where to
where, how far each adopter has come), the programme's goal per municipality, and small
multiples of shared measures on one scale (inline SVG in HTML, block sparklines in the
terminal, a table in Markdown). The data is :class:`pdsa_cli.report.model.SpreadAcross`."""

from __future__ import annotations

from collections.abc import Iterator
from html import escape

from pdsa_cli.i18n.glossary import term
from pdsa_cli.report.md_text import cell
from pdsa_cli.report.model import Adoption, SharedMeasure, SpreadAcross, SpreadGoal
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
PANEL_W, PANEL_H, PAD = 220, 90, 6


def e(text: object) -> str:
    return escape(str(text), quote=True)


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
        return t("spread.goal_ready", lang, count=goal.adopted_changes)
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


def panel_svg(shared: SharedMeasure, index: int, lang: str) -> str:
    """One municipality's latest values as a small line chart on the shared scale."""
    panel = shared.panels[index]
    values = panel.measure.recent
    inner_h = PANEL_H - 2 * PAD - 14
    step = (PANEL_W - 2 * PAD - 34) / max(len(values) - 1, 1)

    def y(v: float) -> float:
        return PAD + 14 + inner_h * (1 - _scaled(v, shared))

    points = " ".join(f"{PAD + 34 + i * step:.1f},{y(v):.1f}" for i, v in enumerate(values))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {PANEL_W} {PANEL_H}" '
        f'width="{PANEL_W}" height="{PANEL_H}" role="img" '
        f'aria-label="{e(panel.municipality_name)}">',
        f'<text x="{PAD}" y="{PAD + 8}" font-size="10" font-weight="bold">'
        f"{e(panel.municipality_name)}</text>",
        f'<text x="{PAD}" y="{y(shared.high) + 3:.1f}" font-size="8">'
        f"{e(_axis(shared.high, shared, lang))}</text>",
        f'<text x="{PAD}" y="{y(shared.low):.1f}" font-size="8">'
        f"{e(_axis(shared.low, shared, lang))}</text>",
        f'<line x1="{PAD + 32}" y1="{y(shared.high):.1f}" x2="{PAD + 32}" '
        f'y2="{y(shared.low):.1f}" stroke="#999" stroke-width="0.5"/>',
    ]
    target = panel.measure.target
    if target is not None:
        scaled = target / 100 if shared.percent and target > 1 else target
        parts.append(
            f'<line x1="{PAD + 34}" y1="{y(scaled):.1f}" x2="{PANEL_W - PAD}" '
            f'y2="{y(scaled):.1f}" stroke="#1f6f43" stroke-dasharray="3 2" stroke-width="0.8"/>'
        )
    parts.append(f'<polyline points="{points}" fill="none" stroke="#1d4e89" stroke-width="1.4"/>')
    parts.append("</svg>")
    return "".join(parts)


# -- terminal -------------------------------------------------------------------------------


def terminal_lines(section: SpreadAcross | None, lang: str) -> Iterator[tuple[str, str]]:
    """(style, text) lines for the terminal renderer to print under its own rule."""
    if section is None:
        return
    yield "bold", t("spread.heading", lang)
    if not section.adoptions:
        yield "dim", t("spread.none", lang)
    else:
        yield "", t("spread.intro", lang)
    for a in section.adoptions:
        yield "bold", f"→ {edge_text(a, lang)}"
        yield "", f"    {a.initiative_name}: {progress_text(a, lang)}"
        if a.aim is not None and aim_text(a.aim, lang):
            yield "", f"    {aim_text(a.aim, lang)}"
        for evidence in a.evidence:
            yield "", f"    {evidence_text(evidence, lang)}"
    yield "bold", t("spread.goal_heading", lang)
    for goal in section.goals:
        yield ("green" if goal.met else ""), f"  {goal.name}: {goal_text(goal, lang)}"
    yield "", goal_count(section, lang)
    yield "bold", t("spread.shared_heading", lang)
    if not section.shared:
        yield "dim", t("spread.shared_none", lang)
        return
    yield "", t("spread.shared_intro", lang)
    for shared in section.shared:
        scale = f"{_axis(shared.low, shared, lang)} – {_axis(shared.high, shared, lang)}"
        yield "bold", f"  {shared.name} ({_unit(shared, lang)}; {scale})"
        width = max(len(p.municipality_name) for p in shared.panels)
        for p in shared.panels:
            latest = fmt_value(p.measure.latest, p.measure, lang)
            line = sparkline_on_scale(p.measure.recent, shared)
            yield "", f"    {p.municipality_name:<{width}}  {line}  {latest}"


# -- Markdown -------------------------------------------------------------------------------


def markdown_lines(section: SpreadAcross | None, lang: str) -> Iterator[str]:
    if section is None:
        return
    yield f"## {t('spread.heading', lang)}"
    yield ""
    if not section.adoptions:
        yield t("spread.none", lang)
        yield ""
    else:
        yield t("spread.intro", lang)
        yield ""
    for a in section.adoptions:
        yield f"- **{cell(edge_text(a, lang))}**  "
        yield f"  {cell(a.initiative_name)}: {cell(progress_text(a, lang))}"
        if a.aim is not None and aim_text(a.aim, lang):
            yield f"  - {cell(aim_text(a.aim, lang) or '')}"
        for evidence in a.evidence:
            yield f"  - {cell(evidence_text(evidence, lang))}"
    if section.adoptions:
        yield ""
    yield f"### {t('spread.goal_heading', lang)}"
    yield ""
    for goal in section.goals:
        yield f"- {'✔ ' if goal.met else ''}{cell(goal.name)}: {cell(goal_text(goal, lang))}"
    yield ""
    yield goal_count(section, lang)
    yield ""
    yield f"### {t('spread.shared_heading', lang)}"
    yield ""
    if not section.shared:
        yield t("spread.shared_none", lang)
        yield ""
        return
    yield t("spread.shared_intro", lang)
    yield ""
    for shared in section.shared:
        scale = f"{_axis(shared.low, shared, lang)} – {_axis(shared.high, shared, lang)}"
        yield f"**{cell(shared.name)}** ({cell(_unit(shared, lang))}; {scale})"
        yield ""
        yield f"| {t('summary.col.municipality', lang)} | {t('summary.col.trend', lang)} | " + (
            f"{t('summary.col.latest', lang)} |"
        )
        yield "|---|---|---|"
        for p in shared.panels:
            latest = fmt_value(p.measure.latest, p.measure, lang)
            line = sparkline_on_scale(p.measure.recent, shared)
            yield f"| {cell(p.municipality_name)} | {line} | {cell(latest)} |"
        yield ""


# -- HTML -----------------------------------------------------------------------------------


def html_parts(section: SpreadAcross | None, lang: str) -> Iterator[str]:
    if section is None:
        return
    yield '<section class="part" id="spread-across">'
    yield f"<h2>{e(t('spread.heading', lang))}</h2>"
    if not section.adoptions:
        yield f"<p>{e(t('spread.none', lang))}</p>"
    else:
        yield f'<p>{e(t("spread.intro", lang))}</p><ul class="adoptions">'
        for a in section.adoptions:
            yield f"<li><strong>{e(edge_text(a, lang))}</strong><br>"
            yield f"{e(a.initiative_name)}: {e(progress_text(a, lang))}<ul>"
            if a.aim is not None and aim_text(a.aim, lang):
                yield f"<li>{e(aim_text(a.aim, lang))}</li>"
            for evidence in a.evidence:
                yield f"<li>{e(evidence_text(evidence, lang))}</li>"
            yield "</ul></li>"
        yield "</ul>"
    yield f"<h3>{e(t('spread.goal_heading', lang))}</h3><table><tbody>"
    for goal in section.goals:
        mark = "✔" if goal.met else ""
        yield f"<tr><td>{e(goal.name)}</td><td>{mark} {e(goal_text(goal, lang))}</td></tr>"
    yield f"</tbody></table><p>{e(goal_count(section, lang))}</p>"
    yield f'<h3 id="shared-measures">{e(t("spread.shared_heading", lang))}</h3>'
    if not section.shared:
        yield f"<p>{e(t('spread.shared_none', lang))}</p></section>"
        return
    yield f"<p>{e(t('spread.shared_intro', lang))}</p>"
    for shared in section.shared:
        yield f"<h4>{e(shared.name)} <small>({e(_unit(shared, lang))})</small></h4>"
        label = t("spread.shared_chart_alt", lang, name=shared.name)
        yield f'<figure class="small-multiples" aria-label="{e(label)}">'
        yield "".join(panel_svg(shared, i, lang) for i in range(len(shared.panels)))
        yield "</figure>"
    yield "</section>"
