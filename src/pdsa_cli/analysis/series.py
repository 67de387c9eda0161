"""A series to analyse: one entry per subgroup (rows sharing an `x`), sorted by `x`.

Built from rows (:meth:`Series.from_rows`, the CSV contract of design.md section 5), from one
value per point (:meth:`Series.from_values`, no grouping: the fast path for Python users), or
from a workspace measure (:mod:`pdsa_cli.analysis.measure`). Every subgroup statistic a chart
type may need is kept, so the aggregation (`--agg`) and the chart type are chosen at analysis
time. Missing values are NaN, never zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from pdsa_cli.analysis.result import BoolArray, FloatArray, XKind


@dataclass(frozen=True)
class Series:
    x: npt.NDArray[Any]  # datetime64[D], float64 or object (labels)
    x_kind: XKind
    mean: FloatArray  # mean of the subgroup's non-missing values (NaN when none)
    total: FloatArray  # their sum (NaN when none)
    median: FloatArray
    sd: FloatArray  # sample standard deviation (NaN for fewer than two values)
    count: FloatArray  # number of non-missing values
    n: FloatArray | None = None  # summed denominators (None: the data has no `n`)
    part: npt.NDArray[np.object_] | None = None  # phase label per point
    notes: tuple[str | None, ...] = ()
    exclude: BoolArray | None = None  # points the data itself marks as excluded
    source: str = ""  # where the series came from (a file or a measure id)

    def __len__(self) -> int:
        return int(self.mean.shape[0])

    @classmethod
    def from_values(
        cls,
        y: Sequence[float] | npt.ArrayLike,
        x: Sequence[Any] | npt.ArrayLike | None = None,
        n: Sequence[float] | npt.ArrayLike | None = None,
        part: Sequence[Any] | None = None,
        notes: Sequence[str | None] = (),
        source: str = "",
    ) -> Series:
        """One value per point, already in order (no grouping, no sorting)."""
        values = np.asarray(y, dtype=np.float64)
        size = values.shape[0]
        xs: npt.NDArray[Any]
        kind: XKind
        if x is None:
            xs, kind = np.arange(1, size + 1, dtype=np.float64), "number"
        else:
            xs, kind = _x_values(np.asarray(x, dtype=object))
        denominators = None if n is None else np.asarray(n, dtype=np.float64)
        if denominators is not None:
            values, denominators = _missing_together(values, denominators)
        present = ~np.isnan(values)
        return cls(
            x=xs,
            x_kind=kind,
            mean=values,
            total=values,
            median=values,
            sd=np.full(size, np.nan),
            count=present.astype(np.float64),
            n=denominators,
            part=None if part is None else np.asarray(part, dtype=object),
            notes=tuple(notes),
            source=source,
        )

    @classmethod
    def from_rows(
        cls,
        x: npt.NDArray[Any],
        y: FloatArray,
        n: FloatArray | None = None,
        part: npt.NDArray[np.object_] | None = None,
        notes: npt.NDArray[np.object_] | None = None,
        source: str = "",
    ) -> Series:
        """Rows sharing an `x` form a subgroup; subgroups are sorted by `x` (labels keep the
        order they first appear in, since text has no natural order); rows without `x` are
        dropped."""
        raw = np.asarray(x)
        xs, kind = _x_values(raw if raw.dtype.kind in "iufM" else raw.astype(object))
        keep = ~_x_missing(xs, kind)
        xs, y = xs[keep], np.asarray(y, dtype=np.float64)[keep]
        if n is not None:
            y, n = _missing_together(y, np.asarray(n, dtype=np.float64)[keep])
        if _one_row_each(xs, kind):  # already one row per x, in order: nothing to group
            codes, uniques = np.arange(xs.shape[0], dtype=np.intp), xs
            stats = _Stats(y, y, y, np.full(y.shape[0], np.nan), (~np.isnan(y)).astype(float))
        else:
            codes, uniques = _group_codes(xs, kind)
            stats = _subgroup_stats(codes, len(uniques), y)
        return cls(
            x=uniques,
            x_kind=kind,
            mean=stats.mean,
            total=stats.total,
            median=stats.median,
            sd=stats.sd,
            count=stats.count,
            n=None if n is None else _summed(codes, len(uniques), n),
            part=None if part is None else _first_of_group(codes, len(uniques), part[keep]),
            notes=() if notes is None else _joined_notes(codes, len(uniques), notes[keep]),
            source=source,
        )


@dataclass(frozen=True)
class _Stats:
    mean: FloatArray
    total: FloatArray
    median: FloatArray
    sd: FloatArray
    count: FloatArray


def _missing_together(y: FloatArray, n: FloatArray) -> tuple[FloatArray, FloatArray]:
    """With a denominator, a row missing either y or n is missing in both (design.md s. 5)."""
    missing = np.isnan(y) | np.isnan(n)
    if not missing.any():
        return y, n
    return np.where(missing, np.nan, y), np.where(missing, np.nan, n)


# Dates as `pdsa log` reads them: ISO, and the Danish 15.03.2021 and 15-03-2021 (day first).
# Read as labels, Danish dates would sort by their day and silently scramble the series.
DATE_FORMS = (
    (r"\d{4}-\d{2}-\d{2}", "%Y-%m-%d"),
    (r"\d{1,2}\.\d{1,2}\.\d{4}", "%d.%m.%Y"),
    (r"\d{1,2}-\d{1,2}-\d{4}", "%d-%m-%Y"),
)


def _x_values(raw: npt.NDArray[Any]) -> tuple[npt.NDArray[Any], XKind]:
    """x as dates when every present value is one (ISO or Danish day-first), else numbers,
    else labels."""
    if raw.dtype.kind in "iuf":  # already numbers (a CSV column pandas read as such)
        return raw.astype(np.float64), "number"
    if raw.dtype.kind == "M":  # already dates (a workspace measure's)
        return raw.astype("datetime64[D]"), "date"
    import pandas as pd

    text = pd.Series(raw, dtype=object)
    blank = text.isna() | (text.astype(str).str.strip() == "")
    present = text[~blank]
    if present.empty:
        return np.full(raw.shape[0], np.nan), "number"
    as_text = present.astype(str).str.strip()
    for pattern, form in DATE_FORMS:
        if as_text.str.fullmatch(pattern).all():
            dates = pd.to_datetime(as_text.reindex(text.index), format=form, errors="coerce")
            if not dates[~blank].isna().any():
                return dates.to_numpy(dtype="datetime64[D]"), "date"
    numbers = pd.to_numeric(text.where(~blank), errors="coerce")
    if not numbers[~blank].isna().any():
        return numbers.to_numpy(dtype=np.float64), "number"
    labels = text.astype(str).str.strip().where(~blank, None)
    return labels.to_numpy(dtype=object), "label"


def _one_row_each(xs: npt.NDArray[Any], kind: XKind) -> bool:
    """True when dates or numbers strictly increase row by row (so every row is its own
    subgroup, already sorted)."""
    if kind == "label" or xs.shape[0] < 2:
        return False
    return bool(np.all(xs[1:] > xs[:-1]))


def _x_missing(xs: npt.NDArray[Any], kind: XKind) -> BoolArray:
    if kind == "date":
        return np.asarray(np.isnat(xs), dtype=bool)
    if kind == "number":
        return np.asarray(np.isnan(xs), dtype=bool)
    return np.array([value is None for value in xs], dtype=bool)


def _group_codes(xs: npt.NDArray[Any], kind: XKind) -> tuple[npt.NDArray[np.intp], Any]:
    import pandas as pd

    codes, uniques = pd.factorize(xs, sort=kind != "label")
    values = np.asarray(uniques)
    if kind == "date":
        values = values.astype("datetime64[D]")
    return codes, values


def _summed(codes: npt.NDArray[np.intp], size: int, values: FloatArray) -> FloatArray:
    present = ~np.isnan(values)
    count = np.bincount(codes, weights=present, minlength=size)
    total = np.bincount(codes, weights=np.where(present, values, 0.0), minlength=size)
    return np.where(count > 0, total, np.nan)


def _subgroup_stats(codes: npt.NDArray[np.intp], size: int, y: FloatArray) -> _Stats:
    present = ~np.isnan(y)
    count = np.bincount(codes, weights=present, minlength=size)
    total = np.bincount(codes, weights=np.where(present, y, 0.0), minlength=size)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.where(count > 0, total / count, np.nan)
        deviation = np.where(present, y - mean[codes], 0.0)
        squares = np.bincount(codes, weights=deviation**2, minlength=size)
        sd = np.where(count > 1, np.sqrt(squares / (count - 1)), np.nan)
    median = mean if size == codes.shape[0] else _medians(codes, size, y)
    return _Stats(mean, np.where(count > 0, total, np.nan), median, sd, count.astype(np.float64))


def _medians(codes: npt.NDArray[np.intp], size: int, y: FloatArray) -> FloatArray:
    import pandas as pd

    grouped = pd.Series(y).groupby(codes).median()
    medians = np.full(size, np.nan)
    medians[grouped.index.to_numpy()] = grouped.to_numpy(dtype=np.float64)
    return medians


def _first_of_group(
    codes: npt.NDArray[np.intp], size: int, values: npt.NDArray[np.object_]
) -> npt.NDArray[np.object_]:
    first = np.full(size, -1, dtype=np.intp)
    order = np.arange(codes.shape[0])[::-1]
    first[codes[order]] = order  # the last write wins: the earliest row of each group
    return np.asarray(values[first], dtype=object)


def _joined_notes(
    codes: npt.NDArray[np.intp], size: int, notes: npt.NDArray[np.object_]
) -> tuple[str | None, ...]:
    joined: list[list[str]] = [[] for _ in range(size)]
    written = [i for i, note in enumerate(notes) if isinstance(note, str) and note.strip()]
    for row in written:  # only the rows that carry a note
        text = str(notes[row]).strip()
        if text not in joined[codes[row]]:
            joined[codes[row]].append(text)
    return tuple(" | ".join(parts) if parts else None for parts in joined)
