"""Measurements from a CSV file (`pdsa log MEASURE --from-csv FILE`), read strictly.

Columns by header, in English or Danish: date/dato, value/værdi, numerator/tæller,
denominator/nævner, note/bemærkning, exclude/udelad, reason/begrundelse. Comma or semicolon
separated (Danish spreadsheets export `;` with decimal commas). Every bad row is reported, with
its line, before anything is written.
"""

from __future__ import annotations

import csv
from pathlib import Path

from pdsa_cli.errors import PdsaError, display_path
from pdsa_cli.inputs import parse_date, parse_number
from pdsa_cli.logbook import Reading, row_problem

COLUMNS = {
    "date": ("date", "dato"),
    "value": ("value", "værdi", "vaerdi"),
    "numerator": ("numerator", "tæller", "taeller"),
    "denominator": ("denominator", "nævner", "naevner"),
    "note": ("note", "bemærkning", "bemaerkning", "kommentar"),
    "exclude": ("exclude", "udelad"),
    "reason": ("reason", "begrundelse", "årsag"),
}
_TRUE = {"true", "yes", "ja", "1", "x"}
_FALSE = {"", "false", "no", "nej", "0"}


def _columns(header: list[str], shown: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        key = next((k for k, names in COLUMNS.items() if name.strip().lower() in names), None)
        if key is None:
            raise PdsaError("writing.csv_unknown_column", path=shown, column=name)
        found[key] = index
    if "date" not in found:
        raise PdsaError("writing.csv_no_date", path=shown)
    return found


def _cell(row: list[str], columns: dict[str, int], key: str) -> str:
    index = columns.get(key)
    return row[index].strip() if index is not None and index < len(row) else ""


def _reading(row: list[str], columns: dict[str, int], shown: str, line: int) -> Reading:
    numbers = {
        key: parse_number(_cell(row, columns, key), key) if _cell(row, columns, key) else None
        for key in ("value", "numerator", "denominator")
    }
    flag = _cell(row, columns, "exclude").lower()
    if flag not in _TRUE | _FALSE:
        raise PdsaError("writing.csv_bad_flag", value=flag)
    return Reading(
        date=parse_date(_cell(row, columns, "date")),
        value=numbers["value"],
        numerator=numbers["numerator"],
        denominator=numbers["denominator"],
        note=_cell(row, columns, "note") or None,
        exclude=flag in _TRUE,
        reason=_cell(row, columns, "reason") or None,
        file=shown,
        line=line,
    )


def read_csv(path: Path) -> list[Reading]:
    """Every row as a Reading, or one PdsaError listing every bad row."""
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise PdsaError("cli.file_not_found", path=shown) from None
    except (OSError, UnicodeDecodeError) as error:
        raise PdsaError("writing.csv_unreadable", path=shown, error=str(error)) from None
    lines = text.splitlines()
    if not lines:
        raise PdsaError("writing.csv_empty", path=shown)
    separator = ";" if lines[0].count(";") > lines[0].count(",") else ","
    rows = list(csv.reader(lines, delimiter=separator))
    columns = _columns(rows[0], shown)
    readings, problems = [], []
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        try:
            readings.append(_reading(row, columns, shown, line))
        except PdsaError as error:
            problems.append(row_problem(shown, line, "", error.message()))
    if problems:
        raise PdsaError("writing.rows_refused", problems=tuple(problems), count=len(problems))
    if not readings:
        raise PdsaError("writing.csv_empty", path=shown)
    return readings
