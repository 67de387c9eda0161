"""Tidy tables of a workspace for people who continue in Excel or Power BI.

One row per measurement (municipality, initiative, measure, family, date, value, numerator,
denominator, note, excluded, reason) and one row per cycle (with status and decision).

Two ways to write a CSV file (`Style`): the tidy one for tools (the default: `,`, decimal
points, English column ids and values, True/False, LF) and the one for Excel in the workspace's
language (`excel_style`: in Danish `;`, decimal commas, Danish headers, words such as
resultat/afsluttet/tilpas and ja/nej; always a UTF-8 byte-order mark, so Excel shows æøå, and
CRLF line ends). An .xlsx file is for people: headers and words in the workspace's language,
real dates, numbers and yes/no cells, and text always as text.

No cell starts a formula: a CSV text cell that begins with `=`, `+`, `-`, `@`, a tab or a
carriage return gets a leading `'` (as OWASP advises against CSV injection; numbers, negative
ones too, stay numbers), and .xlsx text cells are written as text, never as formulas.
"""

from __future__ import annotations

import csv
import datetime as dt
import gc
import io
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pdsa_cli.i18n import Lang, translate
from pdsa_cli.i18n.glossary import term
from pdsa_cli.workspace.index import Workspace
from pdsa_cli.workspace.texts import shown

MEASUREMENT_COLUMNS = (
    "municipality",
    "initiative",
    "measure",
    "measure_name",
    "family",
    "unit",
    "date",
    "value",
    "numerator",
    "denominator",
    "note",
    "exclude",
    "reason",
)
CYCLE_COLUMNS = (
    "municipality",
    "initiative",
    "cycle",
    "title",
    "status",
    "decision",
    "plan_date",
    "do_start",
    "do_end",
    "study_date",
    "act_date",
    "measures",
    "file",
)
# Columns whose values are glossary words: shown in the language with it (resultat, afsluttet,
# tilpas), as the canonical value in the tidy file for tools.
TERM_COLUMNS = {"family": "family", "status": "cycle_status", "decision": "decision"}
# The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def measurement_rows(workspace: Workspace) -> Iterator[dict[str, Any]]:
    for measure_id in sorted(workspace.measures):
        entry = workspace.measures[measure_id]
        measure = entry.model
        for item in measure.measurements:
            yield {
                "municipality": entry.municipality,
                "initiative": entry.initiative,
                "measure": measure_id,
                "measure_name": measure.name,
                "family": measure.family.value,
                "unit": measure.unit,
                "date": item.date,
                "value": item.value,
                "numerator": item.numerator,
                "denominator": item.denominator,
                "note": item.note,
                "exclude": item.exclude,
                "reason": item.reason,
            }


def cycle_rows(workspace: Workspace) -> Iterator[dict[str, Any]]:
    ordered = sorted(workspace.cycles, key=lambda c: (c.initiative or "", c.model.number))
    for entry in ordered:
        cycle = entry.model
        yield {
            "municipality": entry.municipality,
            "initiative": entry.initiative,
            "cycle": cycle.number,
            "title": cycle.title,
            "status": cycle.status.value,
            "decision": cycle.act.decision.value if cycle.act else None,
            "plan_date": cycle.plan.date,
            "do_start": cycle.do.start if cycle.do else None,
            "do_end": cycle.do.end if cycle.do else None,
            "study_date": cycle.study.date if cycle.study else None,
            "act_date": cycle.act.date if cycle.act else None,
            "measures": ", ".join(cycle.measures),
            "file": entry.file.relative_to(workspace.root).as_posix(),
        }


Sheet = tuple[Sequence[dict[str, Any]], Sequence[str]]  # rows, columns


def tables(workspace: Workspace) -> dict[str, Sheet]:
    """Both tables of a workspace by name: `measurements` and `cycles`."""
    return {
        "measurements": (list(measurement_rows(workspace)), MEASUREMENT_COLUMNS),
        "cycles": (list(cycle_rows(workspace)), CYCLE_COLUMNS),
    }


@dataclass(frozen=True)
class Style:
    """How a CSV file is written. The default is the tidy file for tools."""

    sep: str = ","
    decimal: str = "."
    lang: Lang | None = None  # headers, sheet names and yes/no in this language (None: ids)
    bom: bool = False
    line_end: str = "\n"

    def header(self, column: str) -> str:
        return column if self.lang is None else translate(f"tables.head.{column}", self.lang)

    def sheet(self, name: str) -> str:
        return name if self.lang is None else translate(f"tables.sheet.{name}", self.lang)

    def flag(self, value: bool) -> str:
        if self.lang is None:
            return str(value)
        return translate("tables.yes" if value else "tables.no", self.lang)

    def word(self, column: str, value: Any) -> Any:
        """A glossary value (`balancing`, `done`, `adapt`) in the style's language."""
        kind = TERM_COLUMNS.get(column)
        if self.lang is None or kind is None or not isinstance(value, str):
            return value
        return term(kind, value, self.lang)


def excel_style(lang: Lang, sep: str | None = None) -> Style:
    """For Excel in `lang`: Danish Excel splits on `;` and reads `7,5` as a number."""
    danish = lang == "da"
    return Style(
        sep=sep or (";" if danish else ","),
        decimal="," if danish else ".",
        lang=lang,
        bom=True,
        line_end="\r\n",
    )


def neutral_text(text: str) -> str:
    """Text that no spreadsheet runs as a formula (a leading `'` before a formula start), with
    no CPR-like number and no control character (which xlsx forbids): every column, whatever
    filled it (the loader masks the files' texts; a file name, an id or a header is masked
    here all the same)."""
    text = shown(text)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def number_text(value: float, decimal: str = ".") -> str:
    """A number without a needless `.0` and never in exponent form (1e-05)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = format(Decimal(str(value)).normalize(), "f") if isinstance(value, float) else str(value)
    return text.replace(".", decimal)


def _csv_cell(value: Any, style: Style) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return style.flag(value)
    if isinstance(value, int | float):
        return number_text(value, style.decimal)
    if isinstance(value, dt.date):
        return value.isoformat()
    return neutral_text(str(value))


def render_csv(
    rows: Sequence[dict[str, Any]], columns: Sequence[str], style: Style = Style()
) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=style.sep, lineterminator=style.line_end)
    writer.writerow([neutral_text(style.header(c)) for c in columns])
    for row in rows:
        writer.writerow([_csv_cell(style.word(c, row.get(c)), style) for c in columns])
    return ("\ufeff" if style.bom else "") + out.getvalue()


def xlsx_bytes(sheets: Mapping[str, Sheet], style: Style = Style()) -> bytes:
    """Each (rows, columns) as a sheet: dates as dates, numbers as numbers, text as text.

    Built in memory (openpyxl's write-only mode spools to temporary files, which a full disk
    breaks with a traceback); a workspace's tables are small.
    """
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.worksheets[0])  # the empty default sheet
    for name, (rows, columns) in sheets.items():
        sheet = book.create_sheet(title=style.sheet(name))
        for col, column in enumerate(columns, start=1):
            _put(sheet.cell(1, col), style.header(column))
        for number, row in enumerate(rows, start=2):
            for col, column in enumerate(columns, start=1):
                _put(sheet.cell(number, col), _xlsx_value(style.word(column, row.get(column))))
    return _saved(book)


def _saved(book: Any) -> bytes:
    """The workbook's bytes. openpyxl spools each sheet through a temporary file (in the
    system's temporary folder); when that fails (a full disk), its half-closed writers would
    print tracebacks as they are collected: they are closed quietly here, and the OSError is
    raised for the caller to explain."""
    buffer = io.BytesIO()
    failure: OSError | None = None
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _: None
    try:
        try:
            book.save(buffer)
        except OSError as error:
            failure = OSError(error.errno, error.strerror, error.filename)
        gc.collect()
    finally:
        sys.unraisablehook = hook
    if failure is not None:
        raise failure
    return buffer.getvalue()


def _put(cell: Any, value: Any) -> None:
    cell.value = shown(value) if isinstance(value, str) else value
    if isinstance(value, str):
        cell.data_type = "s"  # text, even when it starts with `=`: never a formula
    elif isinstance(value, dt.date):
        cell.number_format = "yyyy-mm-dd"


def _xlsx_value(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
