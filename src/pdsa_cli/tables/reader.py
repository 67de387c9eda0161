"""The one reader of tabular measurements: a spreadsheet (.xlsx) or a CSV file -> measurements.

Two modes over the same code: `pdsa import` *guesses* columns from Danish and English headers
(Dato, Uge, Antal, ...); `pdsa log --from-csv` is *strict*: every header must name a field
(date/dato, value/værdi, ...), and an unknown one is refused. Both read the same dates, numbers
and yes/no cells. Danish exports use `;` between fields and a decimal comma, often in
Windows-1252: all three are detected, and can be forced. Every bad row becomes a Problem naming
the file, the row (the file's real line, also after a note over several lines) and the column;
callers write nothing unless there are none (all or nothing).

Reading is bounded whatever the file claims: .xlsx files are streamed (openpyxl's read-only
mode), empty rows cost nothing, and a file with content beyond `MAX_ROWS` rows or
`MAX_COLUMNS` columns, or larger than `MAX_FILE_BYTES`, is refused with the limit named. Two
columns with the same header are refused (which one would be meant?).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pdsa_cli.errors import PdsaError, Problem, Severity, display_path
from pdsa_cli.i18n import Phrase
from pdsa_cli.models import DataType, Measure, Measurement
from pdsa_cli.tables.periods import parse_period

FIELDS = ("date", "value", "numerator", "denominator", "note")
MAX_ROWS = 20_000  # rows of a sheet (or lines of a CSV file) read; years of daily data
MAX_COLUMNS = 50
MAX_FILE_BYTES = 50_000_000  # a CSV file, or the text inside an .xlsx file
PERCENT_UNITS = {"%", "procent", "percent", "pct", "pct."}
# A leading `'` that `pdsa export` put before text that would start a formula.
_NEUTRALISED = re.compile(r"^'(?=[=+\-@\t\r])")

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
    "measure": ("measure", "måling", "maaling", "mål", "mål id", "measure id"),
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
_HEADER_WORDS = {
    " ".join(word.split())
    for words in (*HEADER_GUESSES.values(), *STRICT_HEADERS.values())
    for word in words
}
# A row that sums up the others ("I alt" under a column of weeks): left out, and said so.
TOTAL_WORDS = {"i alt", "ialt", "total", "totalt", "sum", "samlet", "i alt i alt", "grand total"}
# Title rows above a spreadsheet's table: the header row is looked for this far down.
MAX_TITLE_ROWS = 20
_TRUE = {"true", "yes", "ja", "1", "x", "sand"}
_FALSE = {"", "false", "no", "nej", "0", "falsk"}


@dataclass(frozen=True)
class Table:
    """A read file: header names and rows of cell text, with the file's row number of each."""

    source: str
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]
    header_line: int = 1  # the row of the headers (a sheet may start lower, under titles)
    titles: int = 0  # rows holding something above the headers (a title, a date of print)


@dataclass(frozen=True)
class ImportPlan:
    measurements: tuple[Measurement, ...]
    columns: Mapping[str, str]  # field -> header it was read from
    problems: tuple[Problem, ...] = field(default=())
    rows: tuple[int, ...] = field(default=())  # the file's row of each measurement
    value_inferred: bool = False  # the value column is the only column of numbers left
    rows_of: str | None = None  # in a file of several measures' columns: whose rows were read
    totals: tuple[int, ...] = field(default=())  # rows left out as totals (I alt, Total, Sum)


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
                _problem(
                    table,
                    table.header_line,
                    header,
                    "csv-unknown-column",
                    column=header,
                    known=known,
                )
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


def _too_large(path: Path) -> PdsaError:
    return PdsaError(
        "tables.file_too_large", path=display_path(path), limit=MAX_FILE_BYTES // 1_000_000
    )


def _check_shape(path: Path, line: int, width: int, sheet: bool = True) -> None:
    """Refuse content beyond the limits, naming the first cell (or CSV line) found there."""
    where = (
        Phrase("tables.where_cell", {"cell": f"{_column_letter(width)}{line}"})
        if sheet
        else Phrase("tables.where_line", {"line": line, "field": width})
    )
    if width > MAX_COLUMNS:
        raise PdsaError(
            "tables.too_many_columns", path=display_path(path), where=where, limit=MAX_COLUMNS
        )
    if line > MAX_ROWS:
        limit = f"{MAX_ROWS:,}".replace(",", " ")
        raise PdsaError("tables.too_many_rows", path=display_path(path), where=where, limit=limit)


def _column_letter(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _width(cells: Sequence[Any]) -> int:
    """The number of cells up to the last one that holds something."""
    for index in range(len(cells), 0, -1):
        if not _blank(cells[index - 1]):
            return index
    return 0


def _header_index(
    path: Path, rows: list[tuple[int, tuple[Any, ...]]], header_row: int | None
) -> int:
    """Which row holds the headers: `header_row` (the file's row number) when given; else
    the first near the top that names a field (Dato, Uge, Antal, ...); else the first with
    two cells or more (a title, merged over the table or not, is one cell); else the first."""
    if header_row is not None:
        for index, (line, _) in enumerate(rows):
            if line == header_row:
                return index
        raise PdsaError("tables.no_header_row", path=display_path(path), row=header_row)
    top = rows[:MAX_TITLE_ROWS]
    for index, (_, cells) in enumerate(top):
        if any(isinstance(cell, str) and _fold(cell) in _HEADER_WORDS for cell in cells):
            return index
    for index, (_, cells) in enumerate(top):
        if sum(not _blank(cell) for cell in cells) >= 2:
            return index
    return 0


def _table(
    path: Path, rows: list[tuple[int, tuple[Any, ...]]], header_row: int | None = None
) -> Table:
    """The header row (under any title rows) gives the headers; two alike are refused."""
    if not rows:
        return Table(display_path(path), (), ())
    titles = _header_index(path, rows, header_row)
    rows = rows[titles:]
    line, header_cells = rows[0]
    headers = tuple("" if h is None else str(h).strip() for h in header_cells)
    seen: dict[str, int] = {}
    problems: list[Problem] = []
    for number, header in enumerate(headers, start=1):
        if not header:
            continue
        first = seen.setdefault(_fold(header), number)
        if first != number:
            detail = {
                "column": header,
                "first": _column_letter(first),
                "second": _column_letter(number),
            }
            problems.append(
                Problem(
                    "import-duplicate-column",
                    Severity.ERROR,
                    display_path(path),
                    line,
                    header,
                    detail,
                )
            )
    if problems:
        raise PdsaError("tables.columns_refused", problems=tuple(problems))
    return Table(display_path(path), headers, tuple(rows[1:]), line, titles)


def read_csv_table(path: Path, sep: str | None = None, header_row: int | None = None) -> Table:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise _too_large(path)
    text = _decode(path.read_bytes())
    delimiter = sep or _sniff_separator(text[:4096])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, tuple[Any, ...]]] = []
    start = 1  # the line a record starts on: a quoted note may run over several lines
    try:
        for record in reader:
            width = _width(record)
            if width:
                _check_shape(path, start, width, sheet=False)
                rows.append((start, tuple(record)))
            start = reader.line_num + 1
    except csv.Error as error:
        shown = display_path(path)
        if "field limit" in str(error):
            reason: dict[str, Any] = {"limit": csv.field_size_limit()}
            key = "tables.csv_field_too_long"
        else:
            reason, key = {"error": str(error)}, "tables.csv_unreadable"
        raise PdsaError(key, path=shown, line=start, **reason) from None
    return _table(path, rows, header_row)


def read_xlsx_table(path: Path, sheet: str | None = None, header_row: int | None = None) -> Table:
    """The sheet's rows, streamed: memory and time follow the cells that hold something, not
    the sheet's claimed size (one stray cell at XFD1048576 costs nothing, and is refused)."""
    import zipfile

    from openpyxl import load_workbook

    try:
        with zipfile.ZipFile(path) as archive:
            if sum(info.file_size for info in archive.infolist()) > 4 * MAX_FILE_BYTES:
                raise _too_large(path)
        book = load_workbook(path, read_only=True, data_only=True)
    except PdsaError:
        raise
    except Exception as error:  # not a zip, not a workbook, a broken part: all unreadable
        raise PdsaError(
            "tables.xlsx_unreadable", path=display_path(path), error=type(error).__name__
        ) from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise PdsaError(
                "tables.no_sheet",
                path=display_path(path),
                sheet=sheet,
                sheets=", ".join(book.sheetnames),
            )
        worksheet = book[sheet] if sheet is not None else book.worksheets[0]
        if hasattr(worksheet, "reset_dimensions"):
            worksheet.reset_dimensions()  # the file's own claim of its size is not trusted
        rows: list[tuple[int, tuple[Any, ...]]] = []
        for line, row in enumerate(worksheet.iter_rows(), start=1):
            cells = tuple(_cell_value(cell) for cell in row)
            width = _width(cells)
            if width:
                _check_shape(path, line, width)
                rows.append((line, cells[:width]))
    finally:
        book.close()
    return _table(path, rows, header_row)


def _cell_value(cell: Any) -> Any:
    """A cell's value; a number shown as a percentage (0.4 as 40 %) as the text people see."""
    value = getattr(cell, "value", None)
    shown_as_percent = "%" in str(getattr(cell, "number_format", "") or "")
    if shown_as_percent and isinstance(value, int | float) and not isinstance(value, bool):
        percent = (Decimal(str(value)) * 100).normalize()
        return f"{format(percent, 'f')} %"
    return value


def read_table(
    path: Path, sep: str | None = None, sheet: str | None = None, header_row: int | None = None
) -> Table:
    """A spreadsheet or CSV file's table; `header_row` (the file's row number) names the row of
    headers, else it is found under any title rows."""
    if not path.is_file():
        raise PdsaError("cli.file_not_found", path=display_path(path))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return read_xlsx_table(path, sheet, header_row)
    return read_csv_table(path, sep, header_row)


class PercentError(ValueError):
    """A cell such as `40 %` where no percentage is allowed."""


def is_percent(cell: Any) -> bool:
    return isinstance(cell, str) and cell.strip().endswith("%")


def parse_number(cell: Any, decimal: str | None, percent: bool = False) -> float | None:
    """A number from a cell: `12,5` and `1.234,5` with a decimal comma, `12.5` otherwise;
    `40 %` is 40 where `percent` is allowed (else PercentError)."""
    if cell is None or isinstance(cell, bool):
        return None
    if isinstance(cell, int | float):
        return float(cell)
    text = str(cell).strip().replace("\u00a0", "").replace(" ", "")
    if text.endswith("%"):
        if not percent:
            raise PercentError(str(cell))
        text = text[:-1]
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
    table: Table,
    row: int,
    raw: Mapping[str, Any],
    columns: Mapping[str, str],
    decimal: str | None,
    measure: Measure,
) -> Measurement | Problem:
    date = parse_cell_date(raw.get("date"))
    if date is None and _blank(raw.get("date")):
        return _problem(table, row, columns["date"], "import-no-date")
    if date is None:
        return _problem(table, row, columns["date"], "import-bad-period", value=raw.get("date"))
    data: dict[str, Any] = {"date": date}
    percent_unit = measure.unit.strip().lower() in PERCENT_UNITS
    ratio = measure.data_type in (DataType.PROPORTION, DataType.RATE)
    for name in ("value", "numerator", "denominator"):
        if name not in raw:
            continue
        try:
            data[name] = parse_number(raw[name], decimal, percent=percent_unit and not ratio)
        except PercentError:
            if ratio:
                return _problem(
                    table,
                    row,
                    columns[name],
                    "import-percent-for-proportion",
                    column=columns[name],
                    value=raw[name],
                )
            return _problem(
                table,
                row,
                columns[name],
                "import-percent-not-here",
                value=raw[name],
                unit=measure.unit,
            )
        except ValueError:
            return _problem(table, row, columns[name], "import-bad-number", value=raw[name])
    for name in ("note", "reason"):
        if raw.get(name) not in (None, ""):
            data[name] = _NEUTRALISED.sub("", str(raw[name]).strip())
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
    from_measure: str | None = None,
) -> ImportPlan:
    """Map every row of `table` to a measurement of `measure`, collecting every problem.

    When the table has a measure column (e.g. `pdsa export`), the rows of `from_measure` are
    read; without it, those of `measure_id` (the target), else those of the one measure the
    file holds; several measures and no choice is a problem. `strict` takes the columns by
    their exact names (`pdsa log --from-csv`) instead of guessing them; when guessing, a value
    column not found by its header is the one column of numbers left beside the others.
    """
    inferred = False
    if strict:
        columns, problems = strict_columns(table)
    else:
        columns = guess_columns(table.headers, given or {})
        inferred, problems = _infer_value(table, measure, columns, decimal)
    problems = problems or _missing_columns(table, measure, columns)
    if problems:
        return ImportPlan((), columns, tuple(problems))
    chosen, problem = _rows_of(table, columns, measure_id, from_measure)
    if problem is not None:
        return ImportPlan((), columns, (problem,))
    measurements: list[Measurement] = []
    rows: list[int] = []
    totals: list[int] = []
    bad: list[Problem] = []
    for row, cells in table.rows:
        raw = _row_fields(table, columns, cells)
        if chosen is not None and str(raw.get("measure") or "").strip() != chosen:
            continue
        if is_total_row(cells):
            totals.append(row)
            continue
        result = _measurement(table, row, raw, columns, decimal, measure)
        if isinstance(result, Problem):
            bad.append(result)
            continue
        misfit = _fits_measure(measure, result)
        if misfit:
            where = columns.get("value") or columns.get("numerator", "")
            bad.append(_problem(table, row, where, misfit))
            continue
        measurements.append(result)
        rows.append(row)
    shown = chosen if chosen is not None and chosen != measure_id else None
    return ImportPlan(
        tuple(measurements),
        columns,
        tuple(bad),
        tuple(rows),
        inferred,
        rows_of=shown,
        totals=tuple(totals),
    )


def is_total_row(cells: Sequence[Any]) -> bool:
    """A row whose first filled cell says it sums up the rows above (I alt, Total, Sum)."""
    first = next((cell for cell in cells if not _blank(cell)), None)
    return isinstance(first, str) and _fold(first) in TOTAL_WORDS


def _column_cells(table: Table, header: str) -> list[tuple[int, Any]]:
    index = table.headers.index(header)
    return [
        (row, cells[index])
        for row, cells in table.rows
        if index < len(cells) and not _blank(cells[index])
    ]


def _numeric(cells: Sequence[tuple[int, Any]], decimal: str | None) -> bool:
    """Every filled cell is a number (or a percentage); yes/no cells are not numbers."""
    try:
        for _, cell in cells:
            if isinstance(cell, bool) or parse_number(cell, decimal, percent=True) is None:
                return False
    except ValueError:
        return False
    return bool(cells)


def _infer_value(
    table: Table, measure: Measure, columns: dict[str, str], decimal: str | None
) -> tuple[bool, list[Problem]]:
    """Take the one column of numbers left as the value; a proportion given in percentages
    is refused with the reason (a percentage alone is not how many out of how many)."""
    ratio = measure.data_type in (DataType.PROPORTION, DataType.RATE)
    taken = set(columns.values())
    numeric = [
        h
        for h in table.headers
        if h and h not in taken and _numeric(_column_cells(table, h), decimal)
    ]
    if ratio:
        if "numerator" in columns and "denominator" in columns:
            return False, []
        candidates = [columns["value"]] if "value" in columns else numeric
        for header in candidates:
            percent = next((c for c in _column_cells(table, header) if is_percent(c[1])), None)
            if percent is not None:
                problem = _problem(
                    table,
                    percent[0],
                    header,
                    "import-percent-for-proportion",
                    column=header,
                    value=percent[1],
                )
                return False, [problem]
        return False, []
    if "value" in columns or not numeric:
        return False, []
    if len(numeric) > 1:
        found = ", ".join(numeric)
        return False, [
            _problem(table, table.header_line, "", "import-several-numbers", found=found)
        ]
    columns["value"] = numeric[0]
    return True, []


def _rows_of(
    table: Table, columns: Mapping[str, str], target: str | None, chosen: str | None
) -> tuple[str | None, Problem | None]:
    """Whose rows to read from a table with a measure column (None: every row)."""
    if "measure" not in columns:
        return None, None
    found = list(dict.fromkeys(str(c).strip() for _, c in _column_cells(table, columns["measure"])))
    if not found:
        return None, None
    listed = ", ".join(found[:10]) + (" …" if len(found) > 10 else "")
    if chosen is not None:
        if chosen in found:
            return chosen, None
        problem = _problem(
            table,
            table.header_line,
            columns["measure"],
            "import-no-such-measure-rows",
            measure=chosen,
            found=listed,
        )
        return None, problem
    if target in found:
        return target, None
    if len(found) == 1:
        return found[0], None
    return None, _problem(
        table, table.header_line, columns["measure"], "import-which-measure", found=listed
    )


def _missing_columns(table: Table, measure: Measure, columns: Mapping[str, str]) -> list[Problem]:
    unknown = [h for h in columns.values() if h not in table.headers]
    needed = ["date"]
    if measure.data_type in (DataType.PROPORTION, DataType.RATE):
        needed += ["numerator", "denominator"]
    else:
        needed.append("value")
    found = ", ".join(table.headers)
    problems = [
        _problem(table, table.header_line, h, "import-unknown-column", column=h, found=found)
        for h in unknown
    ]
    problems += [
        _problem(
            table,
            table.header_line,
            "",
            "import-missing-column",
            field=Phrase(f"tables.field.{name}"),
            flag=f"--{name}-col",
            found=found,
        )
        for name in needed
        if name not in columns
    ]
    return problems
