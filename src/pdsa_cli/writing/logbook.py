"""Adding measurements to a measure file (`pdsa log`), one or many (all or nothing).

Each measurement is written as a flow mapping on its own line, in date order:

    measurements:
      - {date: 2021-03-01, value: 14.5}
      - {date: 2021-03-08, numerator: 12, denominator: 15, note: ferie}

New lines are spliced into the text next to their neighbours, so every other byte of the file
stays as the user left it; files of another shape go through ruamel.yaml's round trip. Either
way the result must read back as exactly the old measurements plus the new ones, or nothing is
written.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from dataclasses import replace as replace_fields
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from pdsa_cli.errors import PdsaError, Problem, Severity, display_path
from pdsa_cli.i18n import Phrase
from pdsa_cli.models import DataType, Measure, Measurement
from pdsa_cli.models.measure import impossible_value
from pdsa_cli.writing.locate import measure_file
from pdsa_cli.writing.writer import (
    comment_start,
    dump_text,
    edit_file,
    load_round_trip,
    parse_as_loader,
    text_scalar,
    workspace_lock,
)

PERCENT_UNITS = {"%", "procent", "percent", "pct", "pct."}
_KEY_ORDER = ("date", "value", "numerator", "denominator", "note", "exclude", "reason")


def _plain(number: int | float | None) -> int | float | None:
    """A whole number as an integer (12, not 12.0), so files say what people counted."""
    if isinstance(number, float) and number.is_integer():
        return int(number)
    return number


@dataclass(frozen=True)
class Reading:
    """One measurement as the user gave it, with where it came from (for messages)."""

    date: dt.date
    value: int | float | None = None
    numerator: int | float | None = None
    denominator: int | float | None = None
    note: str | None = None
    exclude: bool = False
    reason: str | None = None
    file: str = ""  # where it came from, e.g. "data.csv" (empty: the command line)
    line: int | None = None

    def as_mapping(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "date": self.date,
            "value": self.value,
            "numerator": self.numerator,
            "denominator": self.denominator,
            "note": self.note,
            "exclude": True if self.exclude else None,
            "reason": self.reason,
        }
        for key in ("value", "numerator", "denominator"):
            data[key] = _plain(data[key])
        return {key: data[key] for key in _KEY_ORDER if data[key] is not None}

    def measurement(self) -> Measurement:
        return Measurement.model_validate(self.as_mapping())

    @classmethod
    def of(cls, item: Measurement, file: str = "", line: int | None = None) -> Reading:
        """A measurement read elsewhere (e.g. `pdsa import`), to be logged like any other."""
        return cls(
            date=item.date,
            value=item.value,
            numerator=item.numerator,
            denominator=item.denominator,
            note=item.note,
            exclude=item.exclude,
            reason=item.reason,
            file=file,
            line=line,
        )


@dataclass(frozen=True)
class LogResult:
    path: Path
    measure: str
    unit: str
    added: tuple[Reading, ...]
    replaced: tuple[Reading, ...]


# -- checks -------------------------------------------------------------------------------------


def _fail(key: str, reading: Reading, **detail: Any) -> PdsaError:
    line = f":{reading.line}" if reading.line is not None else ""
    where = f"{reading.file}{line}: " if reading.file else ""
    return PdsaError(key, date=reading.date.isoformat(), where=where, **detail)


def check_reading(reading: Reading, measure: Measure, today: dt.date | None = None) -> None:
    """The reading fits the measure's data type and unit, and its date is not in the future."""
    if reading.date > (today or dt.date.today()):
        raise _fail("writing.future_date", reading)
    if reading.exclude and not reading.reason:
        raise _fail("writing.exclude_needs_reason", reading)
    ratio = reading.numerator is not None or reading.denominator is not None
    kind = measure.data_type
    if kind in (DataType.PROPORTION, DataType.RATE):
        _check_ratio(reading, kind, measure.unit)
    elif ratio or reading.value is None:
        raise _fail(
            "writing.needs_value", reading, data_type=Phrase(f"term.data_type.{kind.value}")
        )
    elif measure.unit.strip().lower() in PERCENT_UNITS and not 0 <= reading.value <= 100:
        raise _fail("writing.percent_range", reading, value=reading.value, unit=measure.unit)
    found = impossible_value(measure, reading.value, reading.numerator, reading.denominator)
    if found is not None:
        code, _, number = found
        key = "writing.count_whole" if code == "count-not-whole" else f"writing.{code}"
        raise _fail(key, reading, value=_plain(number), unit=measure.unit)


def _check_ratio(reading: Reading, kind: DataType, unit: str) -> None:
    numerator, denominator = reading.numerator, reading.denominator
    if reading.value is not None or numerator is None or denominator is None:
        data_type = Phrase(f"term.data_type.{kind.value}")
        raise _fail("writing.needs_ratio", reading, data_type=data_type, unit=unit)
    if numerator < 0 or denominator <= 0:
        raise _fail("writing.ratio_sign", reading, numerator=numerator, denominator=denominator)
    if kind is DataType.PROPORTION and numerator > denominator:
        raise _fail(
            "writing.numerator_exceeds", reading, numerator=numerator, denominator=denominator
        )


def _check_periods(readings: Sequence[Reading], measure: Measure, replace: bool) -> None:
    """No two readings for one period, and none for a period already logged (unless replacing)."""
    seen: dict[tuple[int, ...], Reading] = {}
    for reading in readings:
        period = measure.frequency.period_of(reading.date)
        if period in seen:
            raise _fail("writing.same_period_twice", reading, other=seen[period].date.isoformat())
        seen[period] = reading
    if replace:
        return
    for existing in measure.measurements:
        clash = seen.get(measure.frequency.period_of(existing.date))
        if clash is not None:
            raise _fail(
                "writing.period_taken",
                clash,
                existing=existing.date.isoformat(),
                frequency=Phrase(f"term.frequency.{measure.frequency.value}"),
            )


def check_all(readings: Sequence[Reading], measure: Measure, replace: bool) -> None:
    """Every reading checked; from a file, every bad row is reported at once."""
    problems: list[Problem] = []
    for reading in readings:
        try:
            check_reading(replace_fields(reading, file=""), measure)
        except PdsaError as error:
            if not reading.file:
                raise
            problems.append(row_problem(reading.file, reading.line, "", error.message()))
    if problems:
        raise PdsaError("writing.rows_refused", problems=tuple(problems), count=len(problems))
    _check_periods(readings, measure, replace)


def row_problem(file: str, line: int | None, column: str, message: str) -> Problem:
    return Problem("log-input", Severity.ERROR, file, line, column, {"error": message})


# -- placing the new measurements ---------------------------------------------------------------


@dataclass(frozen=True)
class Placement:
    """Where each reading goes in the existing list: replacing item `replaces`, or inserted
    after item `after` (-1: before the first item)."""

    reading: Reading
    replaces: int | None
    after: int


def place(readings: Sequence[Reading], measure: Measure, replace: bool) -> list[Placement]:
    existing = measure.measurements
    out: list[Placement] = []
    for reading in sorted(readings, key=lambda r: r.date):
        period = measure.frequency.period_of(reading.date)
        same = [i for i, m in enumerate(existing) if measure.frequency.period_of(m.date) == period]
        if replace and same:
            out.append(Placement(reading, same[0], same[0]))
            continue
        after = max((i for i, m in enumerate(existing) if m.date <= reading.date), default=-1)
        out.append(Placement(reading, None, after))
    return out


def expected_after(measure: Measure, placements: Sequence[Placement]) -> list[Measurement]:
    """The measurement list the file must hold after the change."""
    replaced = {p.replaces: p.reading.measurement() for p in placements if p.replaces is not None}
    inserted: dict[int, list[Measurement]] = {}
    for p in placements:
        if p.replaces is None:
            inserted.setdefault(p.after, []).append(p.reading.measurement())
    result = list(inserted.get(-1, []))
    for index, item in enumerate(measure.measurements):
        result.append(replaced.get(index, item))
        result.extend(inserted.get(index, []))
    return result


def flow_text(reading: Reading) -> str:
    """`{date: 2021-03-01, value: 14.5}`: one measurement as a single line of YAML."""
    mapping = CommentedMap(
        (key, text_scalar(value, flow=True) if isinstance(value, str) else value)
        for key, value in reading.as_mapping().items()
    )
    mapping.fa.set_flow_style()
    return dump_text(mapping).strip()


# -- editing the text ---------------------------------------------------------------------------


_TOP_KEY = re.compile(r"^measurements:\s*(?:#.*)?$")
_FLOW_ITEM = re.compile(r"^(\s*- )(\{.*\})$")


@dataclass(frozen=True)
class FlowItems:
    """A measure file whose measurements are one-line flow mappings: where each one is."""

    lines: list[str]  # the file's lines, with their ends
    items: list[int]  # the line number of each measurement
    bodies: list[str]  # each measurement's `{...}`, without the dash and the comment


def flow_items(text: str) -> FlowItems | None:
    """The measurements' lines when each is a one-line flow mapping `- {...}` (the shape
    `pdsa log` writes), else None. A plain line scan, not a YAML parse: files grow to
    hundreds of measurements and every `pdsa log` passes here twice."""
    lines = text.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if _TOP_KEY.match(line)]
    if len(starts) != 1:
        return None
    items: list[int] = []
    bodies: list[str] = []
    prefixes: set[str] = set()
    for number in range(starts[0] + 1, len(lines)):
        line = lines[number].rstrip("\r\n")
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if not line.startswith((" ", "-")):
            break  # the next top-level key
        start = comment_start(line)
        found = _FLOW_ITEM.match((line if start is None else line[:start]).rstrip())
        if found is None:
            return None
        prefixes.add(found[1])
        items.append(number)
        bodies.append(found[2])
    if not items or len(prefixes) != 1:
        return None
    return FlowItems(lines, items, bodies)


@functools.lru_cache(maxsize=8192)
def _parse_item(body: str) -> Any:
    return parse_as_loader(body)


def parse_measure(text: str) -> Any:
    """The data of a measure file, as the loader reads it, fast for the usual shape.

    The lines around the measurements are parsed as one document; each `{...}` line on its
    own (and remembered: they do not change). A flow mapping on one line means the same
    wherever it stands, so this gives the same data as parsing the whole file; any surprise
    (an alias, a tag, an odd shape) falls back to parsing the whole file.
    """
    shape = flow_items(text)
    if shape is None:
        return parse_as_loader(text)
    skip = set(shape.items)
    try:
        rest = parse_as_loader("".join(x for i, x in enumerate(shape.lines) if i not in skip))
        if not isinstance(rest, dict) or rest.get("measurements") is not None:
            return parse_as_loader(text)
        items = [_parse_item(body) for body in shape.bodies]
    except yaml.YAMLError:
        return parse_as_loader(text)
    rest["measurements"] = [dict(item) if isinstance(item, dict) else item for item in items]
    return rest


def splice(text: str, placements: Sequence[Placement], count: int) -> str | None:
    """Insert/replace whole lines next to their neighbours; None if the file has another shape."""
    shape = flow_items(text)
    if shape is None or len(shape.items) != count:
        return None
    item_lines, lines = shape.items, shape.lines
    prefix = lines[item_lines[0]][: lines[item_lines[0]].index("-") + 2]
    out = list(lines)
    if not out[-1].endswith("\n"):
        out[-1] += "\n"
    # Work from the bottom up so earlier line numbers stay valid.
    for p in sorted(placements, key=lambda p: (p.after, p.reading.date), reverse=True):
        new_line = prefix + flow_text(p.reading)
        if p.replaces is not None:
            line = item_lines[p.replaces]
            old = out[line].rstrip("\n")
            start = comment_start(old)
            comment = "  " + old[start:] if start is not None else ""
            out[line] = new_line + comment + "\n"
        elif p.after < 0:
            out.insert(item_lines[0], new_line + "\n")
        else:
            out.insert(item_lines[p.after] + 1, new_line + "\n")
    return "".join(out)


def round_trip_edit(text: str, placements: Sequence[Placement], count: int = 0) -> str:
    """The general path: edit the document with ruamel.yaml and dump it."""
    document, handler = load_round_trip(text)
    items = document.get("measurements")
    if not isinstance(items, CommentedSeq):
        items = CommentedSeq()
        document["measurements"] = items
    for p in sorted(placements, key=lambda p: (p.after, p.reading.date), reverse=True):
        mapping = CommentedMap(
            (key, text_scalar(value, flow=True) if isinstance(value, str) else value)
            for key, value in p.reading.as_mapping().items()
        )
        mapping.fa.set_flow_style()
        if p.replaces is not None:
            items[p.replaces] = mapping
        else:
            items.insert(p.after + 1, mapping)
    return dump_text(document, handler)


def _new_text(text: str, measure: Measure, placements: Sequence[Placement], path: Path) -> str:
    """The new lines spliced in; a file of another shape goes through the round trip."""
    spliced = splice(text, placements, len(measure.measurements))
    return spliced if spliced is not None else round_trip_edit(text, placements)


def _check_result(
    measure: Measure, placements: Sequence[Placement], path: Path
) -> Callable[[Measure], None]:
    """The file must read back as exactly the old measurements plus the new ones."""
    expected = expected_after(measure, placements)

    def check(written: Measure) -> None:
        if list(written.measurements) != expected:
            raise PdsaError("writing.edit_mismatch", path=display_path(path))

    return check


def log_measurements(
    root: Path, measure: str, readings: Sequence[Reading], replace: bool = False
) -> LogResult:
    """Add (or with `replace`, overwrite) measurements of one measure: all or nothing."""
    path = measure_file(root, measure)
    if not readings:
        raise PdsaError("writing.nothing_to_log", measure=measure)
    placements: list[Placement] = []
    checks: list[Callable[[Measure], None]] = []

    def change(text: str, current: Measure) -> str:  # again if the file changed meanwhile
        check_all(readings, current, replace)
        placements[:] = place(readings, current, replace)
        checks[:] = [_check_result(current, placements, path)]
        return _new_text(text, current, placements, path)

    with workspace_lock(root):
        current = edit_file(
            path, Measure, change, check=lambda written: checks[-1](written), parse=parse_measure
        )
    return LogResult(
        path=path,
        measure=measure,
        unit=current.unit,
        added=tuple(p.reading for p in placements if p.replaces is None),
        replaced=tuple(p.reading for p in placements if p.replaces is not None),
    )
