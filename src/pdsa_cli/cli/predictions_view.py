"""The terminal tables of `pdsa predictions`: one per ramp, then the shares, misses and trends."""

from __future__ import annotations

from rich import box
from rich.table import Table

from pdsa_cli.cli.output import stdout
from pdsa_cli.i18n import translate
from pdsa_cli.predictions import PredictionReport, Status
from pdsa_cli.predictions.text import format_number, prediction_lines
from pdsa_cli.workspace.index import Workspace

STATUS_STYLE = {Status.MET: "green", Status.NOT_MET: "red", Status.NO_DATA: "dim"}


def render_report(report: PredictionReport, workspace: Workspace) -> None:
    if not report.scores:
        stdout.print(translate("predictions.none"))
        return
    stdout.print(f"[bold]{translate('predictions.title')}[/]")
    for heading, table in ramp_tables(report, workspace):
        stdout.print(f"\n[bold]{heading}[/]")
        stdout.print(table)
    stdout.print(shares_table(report))
    if report.biggest_misses:
        stdout.print(misses_table(report))
    if report.ramps:
        stdout.print(ramps_table(report))


def _t(key: str) -> str:
    return translate(f"predictions.col.{key}")


def ramp_tables(report: PredictionReport, workspace: Workspace) -> list[tuple[str, Table]]:
    """One table per ramp (initiative), headed by municipality/initiative, so the columns stay
    narrow enough for a laptop terminal."""
    measures = {id_: entry.model for id_, entry in workspace.measures.items()}
    tables: dict[str, Table] = {}
    for score, line in zip(report.scores, prediction_lines(report.scores, measures), strict=True):
        heading = f"{score.municipality}/{score.initiative}"
        table = tables.get(heading) or tables.setdefault(heading, _scores_table())
        table.add_row(
            f"#{score.number}",
            line.measure.removeprefix(f"{score.municipality}-"),  # the heading names it
            line.prediction,
            line.observed,
            str(line.n),
            f"[{STATUS_STYLE[line.outcome]}]{line.status}[/]",
            line.distance,
        )
    return list(tables.items())


def _scores_table() -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    for key in ("cycle", "measure", "prediction", "observed", "n", "status", "distance"):
        table.add_column(_t(key), justify="right" if key in ("n", "distance") else "left")
    return table


def _percent(share: float | None) -> str:
    return "-" if share is None else f"{format_number(share * 100, None, 0)} %"


def shares_table(report: PredictionReport) -> Table:
    table = Table()
    table.add_column(_t("municipality"))
    for key in ("met", "judged", "share", "pending"):
        table.add_column(_t(key), justify="right")
    rows = [*report.municipalities.items(), (translate("predictions.programme"), report.programme)]
    for name, share in rows:
        cells = (str(share.met), str(share.judged), _percent(share.share), str(share.pending))
        table.add_row(name, *cells)
    return table


def misses_table(report: PredictionReport) -> Table:
    table = Table(title=translate("predictions.misses_title"))
    table.add_column(_t("cycle"))
    table.add_column(_t("measure"))
    table.add_column(_t("miss"), justify="right")
    for miss in report.biggest_misses:
        table.add_row(
            f"{miss.municipality}/{miss.initiative} #{miss.number}",
            miss.worst.prediction.measure,
            _percent(miss.relative_miss),
        )
    return table


def ramps_table(report: PredictionReport) -> Table:
    table = Table(title=translate("predictions.ramps_title"))
    table.add_column(_t("initiative"))
    table.add_column(_t("misses"))
    table.add_column(_t("trend"))
    for ramp in report.ramps:
        misses = ", ".join(f"#{number}: {_percent(miss)}" for number, miss in ramp.misses)
        table.add_row(ramp.initiative, misses, translate(f"predictions.trend.{ramp.trend.value}"))
    return table
