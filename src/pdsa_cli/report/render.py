"""Each report in each format by name: a builder makes the document, a writer writes it.

The only report module that knows both sides; builders import no writer, writers no builder.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from pdsa_cli.report.builders.drivers import drivers_document
from pdsa_cli.report.builders.final import final_document
from pdsa_cli.report.builders.package import package_document
from pdsa_cli.report.builders.summary import summary_document
from pdsa_cli.report.document import Document, Figure, Table, Text, map_figures
from pdsa_cli.report.final import FinalReport
from pdsa_cli.report.model import Summary
from pdsa_cli.report.package import CHARTS_DIR, DESCRIPTION_FILE, ChangePackage, description_yaml
from pdsa_cli.report.wording import t
from pdsa_cli.report.writers.html import write_html
from pdsa_cli.report.writers.markdown import write_markdown
from pdsa_cli.report.writers.terminal import write_terminal
from pdsa_cli.workspace.drivers import DriverDiagram

if TYPE_CHECKING:
    from pdsa_cli.report.charts import ChartWords

Words = Mapping[str, "ChartWords"]


def described(document: Document, words: Words | None) -> Document:
    """The document with each drawn chart's words: its description, and its data as a table
    (date, value, note, the cycles then being tested) for the reader to open."""
    if not words:
        return document
    lang = document.lang
    header = tuple(t(f"summary.col.{k}", lang) for k in ("when", "value", "note", "testing"))

    def change(figure: Figure) -> Figure:
        said = words.get(figure.ref) if figure.ref is not None else None
        if said is None:
            return figure
        rows = tuple(tuple((Text(c),) for c in row) for row in said.rows)
        table = Table(
            header, rows, numeric=(1,), label=f"{t('summary.chart_data', lang)}: {figure.label}"
        )
        return replace(
            figure,
            description=said.description,
            data=table,
            data_label=t("summary.chart_data", lang),
        )

    return replace(
        document, lead=map_figures(document.lead, change), body=map_figures(document.body, change)
    )


def render_terminal(summary: Summary, lang: str, width: int = 110, color: bool = True) -> str:
    """The seminar overview as terminal text (ANSI colours when `color`)."""
    return write_terminal(summary_document(summary, lang), width, color)


def render_markdown(summary: Summary, lang: str, charts: Mapping[str, str] | None = None) -> str:
    """The seminar overview; `charts` maps a measure id to the relative path of its image."""
    return write_markdown(summary_document(summary, lang), charts)


def render_html(
    summary: Summary,
    lang: str,
    charts: Mapping[str, str] | None = None,
    drivers_svg: str | None = None,
    words: Words | None = None,
) -> str:
    """The seminar overview; `charts` maps a measure id to its chart as SVG text, `drivers_svg`
    is the driver diagram drawn (else it is shown as lists)."""
    drawn = dict(charts or {})
    if drivers_svg is not None:
        drawn["drivers"] = drivers_svg
    return write_html(described(summary_document(summary, lang), words), drawn)


def render_drivers_terminal(
    diagram: DriverDiagram, lang: str, width: int = 110, color: bool = True
) -> str:
    """`pdsa drivers` on the screen."""
    return write_terminal(drivers_document(diagram, lang), width, color)


def render_drivers_page(diagram: DriverDiagram, lang: str, svg: str) -> str:
    """`pdsa drivers --out FILE.html`: the diagram drawn and, below it, the same tree as lists."""
    return write_html(drivers_document(diagram, lang), {"drivers": svg})


def render_final_html(
    report: FinalReport,
    lang: str,
    charts: Mapping[str, str] | None = None,
    words: Words | None = None,
) -> str:
    return write_html(described(final_document(report, lang), words), charts)


def render_final_markdown(
    report: FinalReport, lang: str, links: Mapping[str, str] | None = None
) -> str:
    return write_markdown(final_document(report, lang), links)


def render_package_html(
    package: ChangePackage, lang: str, charts: Mapping[str, str], words: Words | None = None
) -> str:
    """The package page; `charts` maps a measure id to its chart as SVG text, `words` to the
    chart in words."""
    return write_html(described(package_document(package, lang), words), charts)


def render_package_markdown(
    package: ChangePackage, lang: str, links: Mapping[str, str] | None = None
) -> str:
    """The package as Markdown; `links` maps a measure id to its chart file (relative)."""
    return write_markdown(package_document(package, lang), links)


def package_files(
    package: ChangePackage,
    lang: str,
    charts: Mapping[str, str],
    markdown: bool = False,
    words: Words | None = None,
) -> dict[str, str]:
    """The members of the package zip, by name: the page (HTML, or Markdown with its charts as
    SVG files) and the description."""
    files: dict[str, str] = {}
    if markdown:
        links = {m: f"{CHARTS_DIR}/{m}.svg" for m in charts}
        files["change.md"] = render_package_markdown(package, lang, links)
        files.update({links[m]: svg for m, svg in charts.items()})
    else:
        files["change.html"] = render_package_html(package, lang, charts, words)
    files[DESCRIPTION_FILE] = description_yaml(package)
    return files
