"""The `pdsa analyze --json` contract (design.md section 5) and a DataFrame view of a result."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, BinaryIO

import numpy as np
import numpy.typing as npt

from pdsa_cli.analysis.result import Analysis, Occurrence, PhaseSummary

if TYPE_CHECKING:
    import pandas as pd


def _number(value: Any) -> float | None:
    """A JSON number, or None for NaN/missing (the contract says null, never NaN)."""
    number = float(value)
    return None if math.isnan(number) else number


def _x_value(analysis: Analysis, index: int) -> str | float | None:
    value = analysis.x[index]
    if analysis.x_kind == "date":
        return None if np.isnat(value) else str(value)
    if analysis.x_kind == "number":
        return _number(value)
    return None if value is None else str(value)


def _point(analysis: Analysis, i: int) -> dict[str, Any]:
    return {
        "x": _x_value(analysis, i),
        "y": _number(analysis.y[i]),
        "cl": _number(analysis.cl[i]),
        "lcl": _number(analysis.lcl[i]),
        "ucl": _number(analysis.ucl[i]),
        "phase": int(analysis.phase[i]),
        "baseline": bool(analysis.baseline[i]),
        "excluded": bool(analysis.excluded[i]),
        "sigma_signal": bool(analysis.sigma_signal[i]),
        "runs_signal": bool(analysis.runs_signal[i]),
        "signals": list(analysis.signals_at(i + 1)),
        "variation": str(analysis.variation[i]),
    }


def _phase(summary: PhaseSummary) -> dict[str, Any]:
    return {
        "phase": summary.phase,
        "first": summary.first,
        "last": summary.last,
        "n_obs": summary.n_obs,
        "n_useful": summary.n_useful,
        "longest_run": summary.longest_run,
        "longest_run_max": summary.longest_run_max,
        "n_crossings": summary.n_crossings,
        "n_crossings_min": summary.n_crossings_min,
        "runs_signal": summary.runs_signal,
        "sigma_signal": summary.sigma_signal,
        "rules": [{"id": hit.id, "points": list(hit.points)} for hit in summary.rules],
    }


def _occurrence_x(value: Any) -> str | float | None:
    if value is None or isinstance(value, str | float):
        return value
    return str(value)  # a date, as ISO text


def _occurrence(occurrence: Occurrence) -> dict[str, Any]:
    """One signal occurrence (design.md section 9): what every claim is built from."""
    return {
        "rule": occurrence.rule,
        "phase": occurrence.phase,
        "first": occurrence.first,
        "last": occurrence.last,
        "first_x": _occurrence_x(occurrence.first_x),
        "last_x": _occurrence_x(occurrence.last_x),
        "length": occurrence.length,
        "side": occurrence.side,
        "direction": occurrence.direction,
        "class": occurrence.signal_class,
        "hint": occurrence.hint,
        "points": list(occurrence.points),
    }


def analysis_to_json(analysis: Analysis) -> dict[str, Any]:
    return {
        "chart": analysis.chart,
        "rules": analysis.rules,
        "points": [_point(analysis, i) for i in range(len(analysis))],
        "phases": [_phase(summary) for summary in analysis.phases],
        "occurrences": [_occurrence(o) for o in analysis.occurrences],
        "verdict": _verdict(analysis),
    }


def _verdict(analysis: Analysis) -> dict[str, Any]:
    """The contract's verdict, and how far the data let it speak (design.md section 9)."""
    verdict = analysis.verdict
    return {
        "variation": verdict.variation.value,
        "assurance": None if verdict.assurance is None else verdict.assurance.value,
        "enough_data": verdict.enough_data,
        "n_useful": verdict.n_useful,
        "process_changed": verdict.process_changed,
        "says": verdict.says,
    }


def analysis_to_frame(analysis: Analysis) -> pd.DataFrame:
    import pandas as pd

    columns = {
        "x": analysis.x,
        "y": analysis.y,
        "cl": analysis.cl,
        "lcl": analysis.lcl,
        "ucl": analysis.ucl,
        "phase": analysis.phase,
        "baseline": analysis.baseline,
        "excluded": analysis.excluded,
        "sigma_signal": analysis.sigma_signal,
        "runs_signal": analysis.runs_signal,
        "variation": analysis.variation,
    }
    frame = pd.DataFrame(columns)
    frame.index = pd.RangeIndex(1, len(analysis) + 1, name="point")
    return frame


# The streamed contract: the same content as `analysis_to_json`, built column by column from the
# arrays (never a dict per point held all at once) and written in chunks, so a million-point
# analysis is serialised in about a second with bounded memory.

POINT_KEYS = (
    "x",
    "y",
    "cl",
    "lcl",
    "ucl",
    "phase",
    "baseline",
    "excluded",
    "sigma_signal",
    "runs_signal",
    "signals",
    "variation",
)
LIMITS = ("cl", "lcl", "ucl")
CHUNK = 65_536  # points per chunk written: a few MB of text at a time


def _labelled(key: str, text: bytes, size: int) -> list[bytes]:
    """`,"key":item` for each item of a JSON array of numbers, null, true/false or comma-free
    strings (`text`, one orjson call), split without a Python loop per item."""
    label = b',"' + key.encode() + b'":'
    if size == 0:
        return []
    return (b"\0" + label + text[1:-1].replace(b",", b"\0" + label)).split(b"\0")[1:]


def _json_numbers(values: npt.NDArray[Any]) -> list[float | None]:
    array = np.asarray(values, dtype=np.float64)
    numbers: list[float | None] = array.tolist()
    for index in np.flatnonzero(np.isnan(array)).tolist():
        numbers[index] = None  # null, never NaN
    return numbers


def _numbers(key: str, values: npt.NDArray[Any]) -> list[bytes]:
    """`,"key":number` per value (NaN as null)."""
    import orjson

    return _labelled(key, orjson.dumps(_json_numbers(values)), values.shape[0])


def _x_texts(analysis: Analysis, start: int, stop: int) -> list[bytes]:
    """`,{"x":...` per point: the separator between points and the start of each."""
    import orjson

    size = stop - start
    part = analysis.x[start:stop]
    if analysis.x_kind == "date":
        dates = np.asarray(part, dtype="datetime64[D]")
        text: list[str | None] = np.datetime_as_string(dates, unit="D").tolist()
        for index in np.flatnonzero(np.isnat(dates)).tolist():
            text[index] = None
        items = _labelled("x", orjson.dumps(text), size)  # ISO dates hold no commas
    elif analysis.x_kind == "number":
        items = _numbers("x", part)
    else:
        items = [
            b',"x":' + orjson.dumps(None if value is None else str(value))
            for value in part.tolist()
        ]
    return [b",{" + item[1:] for item in items]


def _signals(analysis: Analysis) -> dict[int, list[str]]:
    """0-based point -> the rule ids that flag it, in the order `Analysis.signals_at` gives."""
    found: dict[int, list[str]] = {}
    owner = analysis.phase
    size = len(analysis)
    for position, summary in enumerate(analysis.phases, start=1):
        for hit in summary.rules:
            for point in sorted(set(hit.points)):
                index = point - 1
                if 0 <= index < size and int(owner[index]) == position:
                    found.setdefault(index, []).append(hit.id)
    return found


def _changes(columns: list[npt.NDArray[Any]], size: int) -> npt.NDArray[np.intp]:
    """Where a run of points with equal values in every column starts (NaN equals NaN)."""
    changed = np.zeros(size, dtype=bool)
    changed[0] = True
    for column in columns:
        before, after = column[:-1], column[1:]
        differs = before != after
        if column.dtype.kind == "f":
            differs &= ~(np.isnan(before) & np.isnan(after))
        changed[1:] |= differs
    return np.flatnonzero(changed)


def _runs(starts: npt.NDArray[np.intp], size: int, texts: list[bytes]) -> npt.NDArray[np.object_]:
    """Each run's text repeated over its points (shared objects: no text per point)."""
    lengths = np.diff(np.append(starts, size))
    objects = np.empty(len(texts), dtype=object)
    objects[:] = texts
    return np.repeat(objects, lengths)


def _limit_texts(analysis: Analysis, start: int, stop: int) -> list[Any]:
    """`,"cl":..,"lcl":..,"ucl":..` per point: one text per run of equal limits, or three
    columns when the limits change from point to point (p and u charts)."""
    import orjson

    size = stop - start
    limits = [analysis.cl[start:stop], analysis.lcl[start:stop], analysis.ucl[start:stop]]
    starts = _changes(limits, size)
    if len(starts) > size // 4:
        return [_numbers(key, values) for key, values in zip(LIMITS, limits, strict=True)]
    rows = zip(*(_json_numbers(values[starts]) for values in limits), strict=True)
    texts = [b"," + orjson.dumps(dict(zip(LIMITS, row, strict=True)))[1:-1] for row in rows]
    return [_runs(starts, size, texts)]


def _tail_run_starts(
    analysis: Analysis, signals: dict[int, list[str]], start: int, stop: int
) -> npt.NDArray[np.intp]:
    """Where a run of points that agree on every rarely changing field begins (0-based within
    start:stop); a point with signals always begins its own run (its list is its own)."""
    size = stop - start
    flagged = np.zeros(size, dtype=bool)
    flagged[[index - start for index in signals if start <= index < stop]] = True
    columns = [
        np.asarray(analysis.phase[start:stop]),
        np.asarray(analysis.baseline[start:stop]),
        np.asarray(analysis.excluded[start:stop]),
        np.asarray(analysis.sigma_signal[start:stop]),
        np.asarray(analysis.runs_signal[start:stop]),
        np.asarray(analysis.variation[start:stop]),
        flagged,
    ]
    return np.union1d(_changes(columns, size), np.flatnonzero(flagged))


def _tail_texts(
    analysis: Analysis, signals: dict[int, list[str]], start: int, stop: int
) -> npt.NDArray[np.object_]:
    """`,"phase":..,...,"variation":..}` per point: the fields that rarely change, one text
    per run of points that agree on all of them."""
    import orjson

    size = stop - start
    starts = _tail_run_starts(analysis, signals, start, stop)
    texts = []
    for first in starts.tolist():
        point = start + first
        fields = {
            "phase": int(analysis.phase[point]),
            "baseline": bool(analysis.baseline[point]),
            "excluded": bool(analysis.excluded[point]),
            "sigma_signal": bool(analysis.sigma_signal[point]),
            "runs_signal": bool(analysis.runs_signal[point]),
            "signals": signals.get(point, []),
            "variation": str(analysis.variation[point]),
        }
        texts.append(b"," + orjson.dumps(fields)[1:])
    return _runs(starts, size, texts)


def _chunk_text(analysis: Analysis, signals: dict[int, list[str]], start: int, stop: int) -> bytes:
    """The points start..stop-1 as JSON, each preceded by a comma."""
    columns: list[Any] = [
        _x_texts(analysis, start, stop),
        _numbers("y", analysis.y[start:stop]),
        *_limit_texts(analysis, start, stop),
        _tail_texts(analysis, signals, start, stop),
    ]
    grid = np.empty((len(columns), stop - start), dtype=object)
    for row, column in enumerate(columns):
        grid[row, :] = column
    return b"".join(grid.T.ravel().tolist())


def iter_analysis_json(analysis: Analysis, chunk: int = CHUNK) -> Iterator[bytes]:
    """The `--json` contract as UTF-8 bytes in pieces, ending with a newline: parsed, it equals
    `analysis_to_json(analysis)`. Points are joined from per-field texts laid side by side in
    an array, fields that rarely change written once per run of equal points (no dict per
    point, no Python loop per point), a chunk of points at a time (bounded memory).
    Write the pieces as they come (`write_analysis_json`)."""
    import orjson

    head = analysis_to_json_head(analysis)
    yield b'{"chart":' + orjson.dumps(head["chart"]) + b',"rules":' + orjson.dumps(head["rules"])
    yield b',"points":['
    signals = _signals(analysis)
    size = len(analysis)
    for start in range(0, size, chunk):
        text = _chunk_text(analysis, signals, start, min(size, start + chunk))
        yield text[1:] if start == 0 else text  # no comma before the first point
    yield b'],"phases":' + orjson.dumps(head["phases"])
    yield b',"occurrences":' + orjson.dumps(head["occurrences"])
    yield b',"verdict":' + orjson.dumps(head["verdict"]) + b"}\n"


def analysis_to_json_head(analysis: Analysis) -> dict[str, Any]:
    """Everything of the contract but its points (small: one entry per phase)."""
    return {
        "chart": analysis.chart,
        "rules": analysis.rules,
        "phases": [_phase(summary) for summary in analysis.phases],
        "occurrences": [_occurrence(o) for o in analysis.occurrences],
        "verdict": _verdict(analysis),
    }


def write_analysis_json(analysis: Analysis, stream: BinaryIO) -> None:
    """Write the contract to a binary stream piece by piece (see `iter_analysis_json`)."""
    for piece in iter_analysis_json(analysis):
        stream.write(piece)
    stream.flush()


CSV_COLUMNS = ("point", *POINT_KEYS)


def _csv_cells(text: bytes) -> list[bytes]:
    """`a,b,c` (the inside of a JSON array of numbers or null) -> [b"a,", b"b,", b"c,"]."""
    if not text:
        return []
    return (text.replace(b"null", b"") + b",").replace(b",", b",\0").split(b"\0")[:-1]


def _csv_numbers(values: npt.NDArray[Any]) -> list[bytes]:
    """Numbers as CSV cells with their comma (shortest round-trip text, missing blank)."""
    import orjson

    return _csv_cells(orjson.dumps(_json_numbers(values))[1:-1])


def _csv_text(value: object) -> str:
    text = "" if value is None else str(value)
    if any(mark in text for mark in (",", '"', "\n", "\r")):
        text = '"' + text.replace('"', '""') + '"'
    return text


def _csv_x(analysis: Analysis, start: int, stop: int) -> list[bytes]:
    part = analysis.x[start:stop]
    if analysis.x_kind == "date":
        text = np.datetime_as_string(np.asarray(part, dtype="datetime64[D]"), unit="D")
        return [b"," if value == "NaT" else value.encode() + b"," for value in text.tolist()]
    if analysis.x_kind == "number":
        return _csv_numbers(part)
    return [(_csv_text(value) + ",").encode("utf-8") for value in part.tolist()]


def _csv_limits(analysis: Analysis, start: int, stop: int) -> list[Any]:
    size = stop - start
    limits = [analysis.cl[start:stop], analysis.lcl[start:stop], analysis.ucl[start:stop]]
    starts = _changes(limits, size)
    if len(starts) > size // 4:
        return [_csv_numbers(values) for values in limits]
    cells = [_csv_numbers(values[starts]) for values in limits]
    texts = [b"".join(row) for row in zip(*cells, strict=True)]
    return [_runs(starts, size, texts)]


def _csv_tail(
    analysis: Analysis, signals: dict[int, list[str]], start: int, stop: int
) -> npt.NDArray[np.object_]:
    """`phase,baseline,...,variation` and the line end, one text per run of equal points."""
    size = stop - start
    starts = _tail_run_starts(analysis, signals, start, stop)
    texts = []
    for first in starts.tolist():
        point = start + first
        cells = [
            str(int(analysis.phase[point])),
            *(
                "true" if flags[point] else "false"
                for flags in (
                    analysis.baseline,
                    analysis.excluded,
                    analysis.sigma_signal,
                    analysis.runs_signal,
                )
            ),
            _csv_text(";".join(signals.get(point, []))),
            _csv_text(str(analysis.variation[point])),
        ]
        texts.append((",".join(cells) + "\n").encode("utf-8"))
    return _runs(starts, size, texts)


def iter_analysis_csv(analysis: Analysis, chunk: int = CHUNK) -> Iterator[bytes]:
    """The per-point table as UTF-8 CSV in pieces: a header, then one row per point with the
    contract's fields (missing numbers blank, `signals` joined by ";"), a chunk at a time,
    built from the arrays like the JSON (no Python loop per point)."""
    import orjson

    signals = _signals(analysis)
    size = len(analysis)
    yield (",".join(CSV_COLUMNS) + "\n").encode()
    for start in range(0, size, chunk):
        stop = min(size, start + chunk)
        columns: list[Any] = [
            _csv_cells(orjson.dumps(list(range(start + 1, stop + 1)))[1:-1]),
            _csv_x(analysis, start, stop),
            _csv_numbers(analysis.y[start:stop]),
            *_csv_limits(analysis, start, stop),
            _csv_tail(analysis, signals, start, stop),
        ]
        grid = np.empty((len(columns), stop - start), dtype=object)
        for row, column in enumerate(columns):
            grid[row, :] = column
        yield b"".join(grid.T.ravel().tolist())


def write_analysis_csv(analysis: Analysis, stream: BinaryIO) -> None:
    for piece in iter_analysis_csv(analysis):
        stream.write(piece)
    stream.flush()
