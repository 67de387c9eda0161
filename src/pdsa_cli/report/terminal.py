"""The summary for the terminal (rich), rendered to a string; the only report module that
imports rich."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich import box
from rich.console import Console, Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from pdsa_cli.i18n.glossary import term
from pdsa_cli.report.cycles import one_line
from pdsa_cli.report.drivers import driver_evidence_text, method_label
from pdsa_cli.report.model import (
    CycleRow,
    DataProblems,
    InitiativeSummary,
    MeasureRow,
    MunicipalitySummary,
    PredictionShare,
    Signal,
    Summary,
)
from pdsa_cli.report.wording import (
    aim_text,
    change_verdict_word,
    counts_text,
    decision_word,
    decisions_text,
    documentation_intro,
    evidence_text,
    fmt_date,
    fmt_value,
    method_word,
    percent_text,
    period_text,
    prediction_miss_text,
    prediction_ramp_text,
    seminar_text,
    signal_class,
    signal_text,
    stale_text,
    status_text,
    status_word,
    stuck_text,
    t,
    verdict_note,
)
from pdsa_cli.workspace.drivers import IMPROVEMENT, DriverDiagram, InitiativeNode

BARS = "▁▂▃▄▅▆▇█"
SPARK_POINTS = 16
STYLE = {"improvement": "bold blue", "concern": "bold dark_orange", "neutral": "bold magenta"}


def sparkline(values: Sequence[float]) -> str:
    """The course of the latest values in one line of block characters."""
    if not values:
        return ""
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    return "".join(BARS[round((v - low) / span * (len(BARS) - 1))] for v in values)


def _signal(signal: Signal, lang: str) -> Text:
    label = signal_class(signal, lang)
    text = Text(f"{label}: ", style=STYLE.get(signal.variation, "bold"))
    text.append(signal_text(signal, lang, with_variation=False))
    return text


def _signals(row: MeasureRow, lang: str) -> RenderableType:
    status, note = status_text(row, lang), verdict_note(row, lang)
    parts: list[RenderableType] = [Text(status, style="dim")] if status else []
    if row.analysed:
        parts.extend(_signal(s, lang) for s in row.signals)
    if note:
        parts.append(Text(note, style="italic"))
    return parts[0] if len(parts) == 1 else Group(*parts)


def _measures(initiative: InitiativeSummary, lang: str) -> Table:
    table = Table(expand=True, show_lines=False, title_justify="left")
    table.add_column(t("summary.col.measure", lang), ratio=3, overflow="fold")
    table.add_column(t("summary.col.latest", lang), justify="right", max_width=16)
    table.add_column(t("summary.col.centre", lang), justify="right", max_width=14)
    table.add_column(t("summary.col.trend", lang), no_wrap=True)
    table.add_column(t("summary.col.signals", lang), ratio=5)
    for row in initiative.measures:
        family = term("family", row.family, lang)
        table.add_row(
            Text(f"{row.name}\n", style="bold").append(family, style="dim"),
            f"{fmt_value(row.latest, row, lang)}\n{fmt_date(row.last_date, lang)}",
            fmt_value(row.centre_line, row, lang),
            sparkline(row.recent[-SPARK_POINTS:]),
            _signals(row, lang),
        )
    return table


def _cycles(initiative: InitiativeSummary, lang: str) -> RenderableType:
    if not initiative.cycles:
        return Text(t("summary.no_cycles", lang), style="dim")
    table = Table(expand=True)
    table.add_column(t("summary.col.cycle", lang), ratio=2)
    table.add_column(t("summary.col.status", lang), no_wrap=True)
    table.add_column(t("summary.col.decision", lang), no_wrap=True)
    table.add_column(t("summary.col.learning", lang), ratio=3)
    for c in initiative.cycles:
        table.add_row(
            f"{c.number}. {c.title}",
            status_word(c.status, lang),
            decision_word(c.decision, lang),
            _learning(c, lang),
        )
    return table


def _learning(row: CycleRow, lang: str) -> str:
    """Shortened with an ellipsis when long, and how to read the rest."""
    short = one_line(row.learning)
    if not short or short == row.learning:
        return short or ""
    return f"{short} ({t('summary.learning_more', lang, ref=row.ref)})"


def _initiative(initiative: InitiativeSummary, lang: str) -> list[RenderableType]:
    status = term("initiative_status", initiative.status, lang)
    parts: list[RenderableType] = [
        Text(f"\n{initiative.name}", style="bold underline"),
        Text(
            f"{t('summary.track', lang, track=initiative.track)} · "
            f"{t('summary.method', lang, method=method_word(initiative.method, lang))} · {status}",
            style="dim",
        ),
        Text(f"{t('summary.aim', lang)}: ", style="bold").append(initiative.aim.statement),
    ]
    gap = aim_text(initiative.aim, lang)
    if gap:
        parts.append(Text(gap))
    parts.append(
        Text(
            f"{counts_text(initiative.counts, lang)} · {decisions_text(initiative.decisions, lang)}"
        )
    )
    parts += [_cycles(initiative, lang), _measures(initiative, lang)]
    return parts


def _municipality(m: MunicipalitySummary, lang: str) -> list[RenderableType]:
    parts: list[RenderableType] = [
        Rule(Text(m.name, style="bold"), align="left"),
        Text(f"{counts_text(m.counts, lang)} · {decisions_text(m.decisions, lang)}"),
    ]
    for initiative in m.initiatives:
        parts += _initiative(initiative, lang)
    return parts


def _documentation(summary: Summary, lang: str) -> list[RenderableType]:
    if not summary.documentation:
        return []  # no measure has the theme: the section is left out
    parts: list[RenderableType] = [Rule(Text(t("summary.documentation", lang), style="bold"))]
    table = Table(expand=True)
    for key in ("municipality", "measure", "baseline", "centre", "latest", "trend"):
        table.add_column(t(f"summary.col.{key}", lang))
    for d in summary.documentation:
        row = d.measure
        table.add_row(
            d.municipality_name,
            row.name,
            fmt_value(row.baseline_level, row, lang),
            fmt_value(row.centre_line, row, lang),
            fmt_value(row.latest, row, lang),
            sparkline(row.recent),
        )
    return [*parts, Text(documentation_intro(summary.documentation_aim, lang)), table]


def _spread(summary: Summary, lang: str) -> list[RenderableType]:
    parts: list[RenderableType] = [Rule(Text(t("summary.spread", lang), style="bold"))]
    if not summary.ready_to_spread:
        return [*parts, Text(t("summary.no_spread", lang), style="dim")]
    for item in summary.ready_to_spread:
        verdict = change_verdict_word(item.evidence, lang)
        line = Text("✔ " if item.supported else "• ", style="bold blue" if item.supported else "")
        line.append(f"{item.municipality_name}, {item.initiative_name}: ", style="bold")
        line.append(f"{t('summary.col.cycle', lang)} {item.cycle} {item.title} ")
        line.append(f"({fmt_date(item.act_date, lang)}) – {verdict}", style="dim")
        if item.adopted_in_period:
            line.append(f" [{t('summary.new_in_period', lang)}]", style="magenta")
        parts.append(line)
        for evidence in item.evidence:
            parts.append(Text(f"    {evidence_text(evidence, lang)}"))
    return parts


def _predictions(summary: Summary, lang: str) -> list[RenderableType]:
    section = summary.predictions
    if section is None:
        return []
    parts: list[RenderableType] = [Rule(Text(t("predictions.summary.heading", lang), style="bold"))]
    if not section.programme.judged and not section.programme.pending:
        return [*parts, Text(t("predictions.summary.none", lang), style="dim")]
    table = Table(box=box.SIMPLE_HEAD)
    table.add_column(t("predictions.col.municipality", lang))
    for key in ("met", "judged", "share", "pending"):
        table.add_column(t(f"predictions.col.{key}", lang), justify="right")
    for share in section.municipalities:
        table.add_row(share.name, *_share_cells(share, lang))
    programme = Text(t("predictions.programme", lang), style="bold")
    table.add_row(programme, *_share_cells(section.programme, lang))
    parts += [Text(t("predictions.summary.intro", lang)), table]
    if section.biggest_misses:
        parts.append(Text(t("predictions.misses_title", lang), style="bold"))
        parts += [Text(f"  • {prediction_miss_text(m, lang)}") for m in section.biggest_misses]
    if section.ramps:
        parts.append(Text(t("predictions.ramps_title", lang), style="bold"))
        for ramp in section.ramps:
            style = "green" if ramp.trend == "improving" else ""
            parts.append(Text(f"  • {prediction_ramp_text(ramp, lang)}", style=style))
    return parts


def _share_cells(share: PredictionShare, lang: str) -> tuple[str, str, str, str]:
    return str(share.met), str(share.judged), percent_text(share.share, lang), str(share.pending)


def _data_problems(problems: DataProblems, lang: str) -> list[RenderableType]:
    parts: list[RenderableType] = [Rule(Text(t("summary.data_problems", lang), style="bold"))]
    if not problems.count:
        return [*parts, Text(t("summary.no_data_problems", lang), style="dim")]
    groups = [
        ("summary.stale_heading", [f"{s.file}: {stale_text(s, lang)}" for s in problems.stale]),
        ("summary.stuck_heading", [f"{s.file}: {stuck_text(s, lang)}" for s in problems.stuck]),
        ("summary.problems_heading", [p.render(lang) for p in problems.problems]),
    ]
    for heading, items in groups:
        if items:
            parts.append(Text(t(heading, lang), style="bold"))
            parts += [Text(f"  • {item}") for item in items]
    return parts


def _header(summary: Summary, lang: str) -> list[RenderableType]:
    parts: list[RenderableType] = [
        Text(f"{t('summary.title', lang)}: {summary.programme}", style="bold"),
    ]
    seminar = seminar_text(summary.period, lang)
    if seminar:
        parts.append(Text(seminar))
    parts.append(Text(period_text(summary.period, lang)))
    if summary.illustrative:
        parts.append(Text(t("summary.illustrative", lang), style="italic yellow"))
    parts.append(
        Text(f"{counts_text(summary.counts, lang)} · {decisions_text(summary.decisions, lang)}")
    )
    return parts


DRIVER_STATUS_STYLE = {"active": "cyan", "adopted": "green", "spread": "blue", "abandoned": "dim"}


def _initiative_leaf(node: InitiativeNode, lang: str) -> Text:
    improved = node.evidence.status == IMPROVEMENT
    text = Text("★ " if improved else "", style="bold blue")
    text.append(f"{node.municipality_name}: ", style="bold")
    text.append(node.name)
    status = term("initiative_status", node.status, lang)
    text.append(f" ({status}", style=DRIVER_STATUS_STYLE.get(node.status, ""))
    evidence = driver_evidence_text(node.evidence, lang)
    text.append(f"; {evidence})", style="blue" if improved else "dim")
    return text


def drivers_tree(diagram: DriverDiagram, lang: str) -> Tree:
    """Aim -> primary -> secondary drivers -> change ideas -> initiatives, as a rich Tree."""
    aim = diagram.aim or t("drivers.no_aim", lang)
    tree = Tree(Text(f"{t('drivers.aim', lang)}: ", style="bold").append(aim, style=""))
    for primary in diagram.primary:
        branch = tree.add(Text(primary.name, style="bold"))
        for secondary in primary.secondary:
            twig = branch.add(Text(secondary.name, style="bold cyan"))
            for idea in secondary.change_ideas:
                leaf = twig.add(Text(method_label(idea.method, lang), style="italic"))
                for node in idea.initiatives:
                    leaf.add(_initiative_leaf(node, lang))
                if not idea.initiatives:
                    leaf.add(Text(t("drivers.no_initiative", lang), style="dim"))
            if not secondary.change_ideas:
                twig.add(Text(t("drivers.no_initiative", lang), style="dim"))
    if diagram.unlinked:
        loose = tree.add(Text(t("drivers.unlinked", lang), style="bold yellow"))
        for node in diagram.unlinked:
            loose.add(_initiative_leaf(node, lang))
    return tree


def _drivers(summary: Summary, lang: str) -> list[RenderableType]:
    if summary.drivers is None:
        return []
    note = Text(t("drivers.evidence_note.summary", lang), style="dim")
    return [Rule(t("drivers.title", lang)), drivers_tree(summary.drivers, lang), note]


def _console(buffer: io.StringIO, width: int, color: bool) -> Console:
    return Console(
        file=buffer,
        width=width,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
    )


def render_drivers_terminal(
    diagram: DriverDiagram, lang: str, width: int = 110, color: bool = True
) -> str:
    """`pdsa drivers` on the screen: a title, the tree and what 'improvement' means."""
    buffer = io.StringIO()
    console = _console(buffer, width, color)
    console.print(Text(f"{t('drivers.title', lang)}: {diagram.programme}", style="bold"))
    console.print(drivers_tree(diagram, lang))
    console.print(Text(t("drivers.evidence_note", lang), style="dim"))
    return buffer.getvalue()


def _spread_across(summary: Summary, lang: str) -> list[RenderableType]:
    from pdsa_cli.report.across_render import terminal_lines

    lines = list(terminal_lines(summary.spread, lang))
    if not lines:
        return []
    (_, heading), rest = lines[0], lines[1:]
    parts: list[RenderableType] = [Rule(Text(heading, style="bold"))]
    return parts + [Text(text, style=style) for style, text in rest]


def render_terminal(summary: Summary, lang: str, width: int = 110, color: bool = True) -> str:
    """The report as terminal text (ANSI colours when `color`)."""
    buffer = io.StringIO()
    console = _console(buffer, width, color)
    parts = _header(summary, lang)
    parts += _drivers(summary, lang)
    for municipality in summary.municipalities:
        parts += _municipality(municipality, lang)
    parts += _documentation(summary, lang) + _spread(summary, lang)
    parts += _spread_across(summary, lang)
    parts += _predictions(summary, lang)
    parts += _data_problems(summary.data_problems, lang)
    for part in parts:
        console.print(part)
    return buffer.getvalue()
