"""The one reader of tabular measurements: a spreadsheet (.xlsx) or a CSV file -> measurements.

Two modes over the same code: `pdsa import` *guesses* columns from Danish and English headers
(Dato, Uge, Antal, ...); `pdsa log --from-csv` is *strict*: every header must name a field
(date/dato, value/værdi, ...), and an unknown one is refused. Both read the same dates, numbers
and yes/no cells. Danish exports use `;` between fields and a decimal comma, often in
Windows-1252: all three are detected, and can be forced. Every bad row becomes a Problem naming
the file, the row and the column; callers write nothing unless there are none (all or nothing).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pdsa_cli.errors import PdsaError, Problem, Severity, display_path
from pdsa_cli.models import DataType, Measure, Measurement
from pdsa_cli.tables.periods import parse_period

FIELDS = ("date", "value", "numerator", "denominator", "note")

# Header words that name each field, compared after folding case, spaces and punctuation.
HEADER_GUESSES: dict[str, tuple[str, ...]] = {
    "date": ("dato", "date", "uge", "week", "maaned", "måned", "month", "periode", "period", "dag"),
    "numerator": ("tæller", "taeller", "numerator", "antal ja", "opfyldt"),
    "denominator": ("nævner", "naevner", "denominator", "i alt", "ialt", "total", "antal i alt"),
    "value": ("værdi", "vaerdi", "value", "antal", "count", "minutter", "minutes", "score", "y"),
    "note": ("note", "bemærkning", "bemaerkning", "kommentar", "comment", "noter"),
    "exclude": ("exclude", "udelad", "udeladt"),
    "reason": ("reason", "begrundelse", "årsag", "aarsag"),
    # a table of several measures (e.g. `pdsa export`): only the target measure's rows are read
    "measure": ("measure", "mål id", "measure id"),
}
# The exact header names of the strict mode (`pdsa log --from-csv`), English and Danish.
STRICT_HEADERS: dict[str, tuple[str, ...]] = {
    "date": ("date", "dato"),
    "value": ("value", "værdi", "vaerdi"),
    "numerator": ("numerator", "tæller", "taeller"),
    "denominator": ("denominator", "nævner", "naevner"),
    "note": ("note", "bemærkning", "bemaerkning", "kommentar"),
    "exclude": ("exclude", "udelad"),
    "reason": ("reason", "begrundelse", "årsag", "aarsag"),
}
_TRUE = {"true", "yes", "ja", "1", "x", "sand"}
_FALSE = {"", "false", "no", "nej", "0", "falsk"}


@dataclass(frozen=True)
class Table:
    """A read file: header names and rows of cell text, with the file's row number of each."""

    source: str
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]


@dataclass(frozen=True)
class ImportPlan:
    measurements: tuple[Measurement, ...]
    columns: Mapping[str, str]  # field -> header it was read from
    problems: tuple[Problem, ...] = field(default=())
    rows: tuple[int, ...] = field(default=())  # the file's row of each measurement


def _fold(text: str) -> str:
    return re.sub(r"[\s_\-.:]+", " ", str(text).strip().lower()).strip()


def guess_columns(headers: Sequence[str], given: Mapping[str, str | None]) -> dict[str, str]:
    """Field -> header: the user's choices first, then the best header guess per field."""
    chosen = {name: header for name, header in given.items() if header}
    taken = set(chosen.values())
    folded = {_fold(h): h for h in headers}
    for name, words in HEADER_GUESSES.items():
        if name in chosen:
            continue
        for word in words:
            header = folded.get(_fold(word))
            if header is not None and header not in taken:
                chosen[name] = header
                taken.add(header)
                break
    return chosen


def strict_columns(table: Table) -> tuple[dict[str, str], list[Problem]]:
    """Field -> header when every header names a field exactly; an unknown header is a problem."""
    columns: dict[str, str] = {}
    problems: list[Problem] = []
    known = ", ".join(word for words in STRICT_HEADERS.values() for word in words[:2])
    for header in table.headers:
        name = next((k for k, words in STRICT_HEADERS.items() if _fold(header) in words), None)
        if name is None:
            problems.append(
                _problem(table, 1, header, "csv-unknown-column", column=header, known=known)
            )
        else:
            columns[name] = header
    return columns, problems


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _sniff_separator(sample: str) -> str:
    first = sample.splitlines()[0] if sample else ""
    counts = {sep: first.count(sep) for sep in (";", "\t", ",")}
    return max(counts, key=lambda sep: counts[sep]) if any(counts.values()) else ","


def read_csv_table(path: Path, sep: str | None = None) -> Table:
    text = _decode(path.read_bytes())
    delimiter = sep or _sniff_separator(text[:4096])
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        lines = [row for row in reader]
    except csv.Error as error:  # a field over csv's size limit, a NUL byte, ...
        raise PdsaError(
            "tables.csv_unreadable", path=display_path(path), line=reader.line_num, error=str(error)
        ) from None
    if not lines:
        return Table(display_path(path), (), ())
    headers = tuple(h.strip() for h in lines[0])
    rows = tuple((number, tuple(row)) for number, row in enumerate(lines[1:], start=2) if any(row))
    return Table(display_path(path), headers, rows)


def read_xlsx_table(path: Path, sheet: str | None = None) -> Table:
    import pandas as pd

    frame = pd.read_excel(path, sheet_name=sheet or 0, dtype=object, engine="openpyxl")
    headers = tuple(str(h).strip() for h in frame.columns)
    rows = tuple(
        (number, tuple(None if pd.isna(v) else v for v in values))
        for number, values in enumerate(frame.itertuples(index=False, name=None), start=2)
    )
    return Table(display_path(path), headers, rows)


def read_table(path: Path, sep: str | None = None, sheet: str | None = None) -> Table:
    if not path.is_file():
        raise PdsaError("cli.file_not_found", path=display_path(path))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx_table(path, sheet)
    return read_csv_table(path, sep)


def parse_number(cell: Any, decimal: str | None) -> float | None:
    """A number from a cell: `12,5` and `1.234,5` with a decimal comma, `12.5` otherwise."""
    if cell is None or isinstance(cell, bool):
        return None
    if isinstance(cell, int | float):
        return float(cell)
    text = str(cell).strip().replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    comma = decimal == "," or (decimal is None and "," in text and text.count(",") == 1)
    if comma:
        text = text.replace(".", "").replace(",", ".")
    try:
        return float(text)
    except ValueError:
        raise ValueError(str(cell)) from None


def parse_cell_date(cell: Any) -> dt.date | None:
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if cell is None:
        return None
    return parse_period(str(cell))


def _problem(table: Table, row: int, where: str, code: str, **detail: Any) -> Problem:
    return Problem(code, Severity.ERROR, table.source, row, where, detail)


def _row_fields(table: Table, columns: Mapping[str, str], cells: Sequence[Any]) -> dict[str, Any]:
    index = {h: i for i, h in enumerate(table.headers)}
    return {
        name: cells[index[header]] if index[header] < len(cells) else None
        for name, header in columns.items()
    }


def _measurement(
    table: Table, row: int, raw: Mapping[str, Any], columns: Mapping[str, str], decimal: str | None
) -> Measurement | Problem:
    date = parse_cell_date(raw.get("date"))
    if date is None:
        return _problem(table, row, columns["date"], "import-bad-period", value=raw.get("date"))
    data: dict[str, Any] = {"date": date}
    for name in ("value", "numerator", "denominator"):
        if name not in raw:
            continue
        try:
            data[name] = parse_number(raw[name], decimal)
        except ValueError:
            return _problem(table, row, columns[name], "import-bad-number", value=raw[name])
    for name in ("note", "reason"):
        if raw.get(name) not in (None, ""):
            data[name] = str(raw[name]).strip()
    flag = raw.get("exclude")
    if flag is True or str(flag or "").strip().lower() in _TRUE:
        data["exclude"] = True
    elif flag not in (None, False) and str(flag).strip().lower() not in _FALSE:
        return _problem(table, row, columns["exclude"], "import-bad-flag", value=flag)
    try:
        return Measurement.model_validate({k: v for k, v in data.items() if v is not None})
    except ValidationError as error:
        reason = error.errors()[0]["msg"].removeprefix("Value error, ")
        return _problem(table, row, columns.get("value", ""), "import-bad-row", reason=reason)


def _fits_measure(measure: Measure, item: Measurement) -> str | None:
    """Why a measurement does not fit the measure's data type (None when it fits)."""
    ratio = measure.data_type in (DataType.PROPORTION, DataType.RATE)
    if ratio and item.numerator is None:
        return "import-needs-ratio"
    if not ratio and item.value is None:
        return "import-needs-value"
    proportion = measure.data_type is DataType.PROPORTION
    over = (item.numerator or 0.0) > (item.denominator or float("inf"))
    return "numerator-exceeds-denominator" if proportion and over else None


def plan_import(
    table: Table,
    measure: Measure,
    given: Mapping[str, str | None] | None = None,
    decimal: str | None = None,
    measure_id: str | None = None,
    strict: bool = False,
) -> ImportPlan:
    """Map every row of `table` to a measurement of `measure`, collecting every problem.

    When the table has a measure column (an export of several measures) and `measure_id` is
    given, only that measure's rows are read. `strict` takes the columns by their exact names
    (`pdsa log --from-csv`) instead of guessing them.
    """
    if strict:
        columns, unknown = strict_columns(table)
    else:
        columns, unknown = guess_columns(table.headers, given or {}), []
    missing = unknown + _missing_columns(table, measure, columns)
    if missing:
        return ImportPlan((), columns, tuple(missing))
    measurements: list[Measurement] = []
    rows: list[int] = []
    problems: list[Problem] = []
    for row, cells in table.rows:
        raw = _row_fields(table, columns, cells)
        if measure_id is not None and raw.get("measure") not in (None, "", measure_id):
            continue
        result = _measurement(table, row, raw, columns, decimal)
        if isinstance(result, Problem):
            problems.append(result)
            continue
        misfit = _fits_measure(measure, result)
        if misfit:
            where = columns.get("value") or columns.get("numerator", "")
            problems.append(_problem(table, row, where, misfit))
            continue
        measurements.append(result)
        rows.append(row)
    return ImportPlan(tuple(measurements), columns, tuple(problems), tuple(rows))


def _missing_columns(table: Table, measure: Measure, columns: Mapping[str, str]) -> list[Problem]:
    unknown = [h for h in columns.values() if h not in table.headers]
    needed = ["date"]
    if measure.data_type in (DataType.PROPORTION, DataType.RATE):
        needed += ["numerator", "denominator"]
    else:
        needed.append("value")
    found = ", ".join(table.headers)
    problems = [
        _problem(table, 1, h, "import-unknown-column", column=h, found=found) for h in unknown
    ]
    problems += [
        _problem(table, 1, name, "import-missing-column", field=name, found=found)
        for name in needed
        if name not in columns
    ]
    return problems


def duplicates_within(measurements: Iterable[Measurement]) -> list[dt.date]:
    seen: set[dt.date] = set()
    repeated: list[dt.date] = []
    for item in measurements:
        if item.date in seen:
            repeated.append(item.date)
        seen.add(item.date)
    return repeated
