"""Read the `pdsa analyze` CSV contract (design.md section 5) into a :class:`Series`.

Columns: `x` and `y` required; `n`, `part`, `note` optional. Bad input is reported as
:class:`Problem` values naming the file, the line and the column (every one found, not only the
first), raised together in one :class:`PdsaError`, never as a traceback. A semicolon-separated
file with decimal commas (what Danish spreadsheets export) is read as such.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from pdsa_cli.analysis.series import Series
from pdsa_cli.errors import PdsaError, Problem, Severity, display_path
from pdsa_cli.workspace.cpr import mask_cpr

if TYPE_CHECKING:
    import pandas as pd

REQUIRED = ("x", "y")
MAX_PROBLEMS = 20  # enough to see the pattern without flooding the terminal


def read_series_csv(path: Path | str, source: str | None = None) -> Series:
    """The series in a contract CSV file; raises PdsaError (with problems) on bad input."""
    path = Path(path)
    shown = source or display_path(path)
    if not path.is_file():
        raise PdsaError("cli.file_not_found", path=shown)
    fast = _read_numeric_frame(path)
    if fast is not None:
        return _series(fast, fast["y"].to_numpy(np.float64), _optional_numbers(fast), shown)
    frame = _read_frame(path, shown)
    problems = _header_problems(frame, shown)
    if problems:
        raise PdsaError("analysis.csv_invalid", problems=tuple(problems), path=shown)
    y, y_problems = _numbers(frame, "y", shown, decimal_comma=_semicolons(path))
    n, n_problems = (
        _numbers(frame, "n", shown, decimal_comma=_semicolons(path))
        if "n" in frame.columns
        else (None, [])
    )
    problems = y_problems + n_problems
    if n is not None:
        problems += _negative_denominators(n, shown)
    if problems:
        problems.sort(key=lambda p: (p.line or 0, p.path))
        raise PdsaError("analysis.csv_invalid", problems=tuple(problems[:MAX_PROBLEMS]), path=shown)
    return _series(frame, y, n, shown)


def _series(
    frame: pd.DataFrame,
    y: np.typing.NDArray[np.float64],
    n: np.typing.NDArray[np.float64] | None,
    shown: str,
) -> Series:
    x = frame["x"]
    numeric_x = x.dtype.kind in "iuf"
    return Series.from_rows(
        x=x.to_numpy(dtype=np.float64) if numeric_x else _shown(x.to_numpy(dtype=object)),
        y=y,
        n=n,
        part=_text(frame, "part"),
        notes=_text(frame, "note"),
        source=shown,
    )


def _shown(texts: np.typing.NDArray[np.object_]) -> np.typing.NDArray[np.object_]:
    """The CSV's texts as every output shows them: CPR-like numbers masked. A CSV is not the
    workspace (whose loader masks what it reads), and `--json` streams straight out."""
    return np.array([mask_cpr(t) if isinstance(t, str) else t for t in texts], dtype=object)


def _optional_numbers(frame: pd.DataFrame) -> np.typing.NDArray[np.float64] | None:
    return frame["n"].to_numpy(np.float64) if "n" in frame.columns else None


def _read_numeric_frame(path: Path) -> pd.DataFrame | None:
    """The fast path for the common large file: comma-separated, `y` (and `n`) plain numbers
    that pandas' C parser reads as such, blanks missing, nothing negative or infinite. None
    when the file is anything else: the careful reader below then reads it again and names
    every problem (the result is the same either way; only the time differs)."""
    import pandas as pd

    if _semicolons(path):
        return None  # decimal commas: the careful reader's conversions apply
    try:
        header = pd.read_csv(path, nrows=0, encoding="utf-8-sig").columns
        names = [str(column).strip().lower() for column in header]
        if not {"x", "y"} <= set(names) or len(set(names)) != len(names):
            return None
        numeric = ("x", "y", "n")
        frame = pd.read_csv(
            path,
            dtype={
                raw: str for raw, name in zip(header, names, strict=True) if name not in numeric
            },
            keep_default_na=False,
            na_values={
                raw: [""] for raw, name in zip(header, names, strict=True) if name in numeric
            },
            encoding="utf-8-sig",
            skip_blank_lines=False,
        )
    except (ValueError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError):
        return None
    frame.columns = names
    if frame.empty:
        return None
    for column in ("y", "n"):
        if column not in frame.columns:
            continue
        values = frame[column]
        if values.dtype.kind not in "iuf":
            return None
        numbers = values.to_numpy(np.float64)
        if np.isinf(numbers).any() or (column == "n" and (numbers < 0).any()):
            return None
    return frame


def _semicolons(path: Path) -> bool:
    with path.open(encoding="utf-8-sig", errors="replace") as handle:
        header = handle.readline()
    return ";" in header and "," not in header


def _read_frame(path: Path, shown: str) -> pd.DataFrame:
    import pandas as pd

    sep = ";" if _semicolons(path) else ","
    try:
        frame = pd.read_csv(
            path,
            sep=sep,
            dtype=str,
            keep_default_na=False,
            encoding="utf-8-sig",
            skip_blank_lines=False,  # keeps row numbers equal to file lines
        )
    except UnicodeDecodeError:
        raise PdsaError(
            "analysis.csv_invalid",
            problems=(_problem("csv-encoding", shown, None, "", {}),),
            path=shown,
        ) from None
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        line = _parser_line(str(error))
        detail = {"error": str(error).strip()}
        raise PdsaError(
            "analysis.csv_invalid",
            problems=(_problem("csv-unreadable", shown, line, "", detail),),
            path=shown,
        ) from None
    frame.columns = [str(column).strip().lower() for column in frame.columns]
    return frame


def _parser_line(message: str) -> int | None:
    import re

    found = re.search(r"line (\d+)", message)
    return int(found.group(1)) if found else None


def _header_problems(frame: pd.DataFrame, shown: str) -> list[Problem]:
    problems = [
        _problem("csv-missing-column", shown, 1, column, {"column": column})
        for column in REQUIRED
        if column not in frame.columns
    ]
    if not problems and frame.empty:
        problems.append(_problem("csv-no-rows", shown, None, "", {}))
    return problems


def _numbers(
    frame: pd.DataFrame, column: str, shown: str, decimal_comma: bool
) -> tuple[np.typing.NDArray[np.float64], list[Problem]]:
    """A numeric column: blank and NA cells are missing; anything else must be a number."""
    import pandas as pd

    text = frame[column].astype(str).str.strip()
    if decimal_comma:
        text = text.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
    blank = text.str.upper().isin(["", "NA", "NAN", "NULL"])
    values = pd.to_numeric(text.where(~blank), errors="coerce")
    bad = values.isna() & ~blank
    infinite = np.isinf(values.to_numpy(dtype=np.float64, na_value=np.nan))
    bad |= infinite
    problems = [
        _problem(
            "csv-not-a-number",
            shown,
            int(row) + 2,  # the header is line 1
            column,
            {"column": column, "value": frame[column].iloc[row]},
        )
        for row in np.flatnonzero(bad.to_numpy())[:MAX_PROBLEMS]
    ]
    return values.to_numpy(dtype=np.float64, na_value=np.nan), problems


def _negative_denominators(n: np.typing.NDArray[np.float64], shown: str) -> list[Problem]:
    return [
        _problem("csv-negative-n", shown, int(row) + 2, "n", {"value": n[row]})
        for row in np.flatnonzero(n < 0)[:MAX_PROBLEMS]
    ]


def _text(frame: pd.DataFrame, column: str) -> np.typing.NDArray[np.object_] | None:
    if column not in frame.columns:
        return None
    text = frame[column].astype(str).str.strip()
    return _shown(text.where(text != "", None).to_numpy(dtype=object))


def _problem(
    code: str,
    shown: str,
    line: int | None,
    column: str,
    detail: dict[str, Any],
) -> Problem:
    return Problem(code, Severity.ERROR, shown, line, column, detail)
