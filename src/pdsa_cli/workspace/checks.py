"""Cross-file checks: rules that need more than one file (or more than one model) to decide.

Each check is a small function `(Workspace) -> Iterable[Problem]` registered with `@check`;
`run_checks` runs a list of them. Checks of a higher layer (the prediction checks) are not known
here: :mod:`pdsa_cli.loader` hands the loader the whole list, so arrows only point down.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from pdsa_cli.errors import Problem, Severity, display_path
from pdsa_cli.i18n import Phrase
from pdsa_cli.models import DataType, Family, Measure
from pdsa_cli.models.measure import impossible_value
from pdsa_cli.workspace.index import INITIATIVE_FILE, MUNICIPALITY_FILE, Entry, Workspace
from pdsa_cli.workspace.yamltree import path_text

Check = Callable[[Workspace], Iterable[Problem]]
_CYCLE_FILE_NUMBER = re.compile(r"^cycle-(\d+)")
CHECKS: list[Check] = []


def check(func: Check) -> Check:
    """Register a cross-file check (in definition order)."""
    CHECKS.append(func)
    return func


def run_checks(workspace: Workspace, checks: Sequence[Check] = CHECKS) -> list[Problem]:
    return [problem for func in checks for problem in func(workspace)]


def problem_at(
    entry: Entry[Any],
    code: str,
    *path: str | int,
    severity: Severity = Severity.ERROR,
    **detail: Any,
) -> Problem:
    """A problem at `path` in `entry`'s file, on the line of that key (or its parent)."""
    line = entry.line(*path) if path else None
    return Problem(code, severity, display_path(entry.file), line, path_text(path), detail)


@check
def measures_exist(ws: Workspace) -> Iterator[Problem]:
    """Every measure a cycle, prediction or aim names has a measure file."""

    def unknown(measure: str) -> bool:
        return measure not in ws.measures and measure not in ws.broken

    for cycle in ws.cycles:
        for index, measure in enumerate(cycle.model.measures):
            if unknown(measure):
                yield problem_at(cycle, "unknown-measure", "measures", index, measure=measure)
        for index, prediction in enumerate(cycle.model.plan.predictions):
            if unknown(prediction.measure):
                path = ("plan", "predictions", index, "measure")
                yield problem_at(cycle, "unknown-measure", *path, measure=prediction.measure)
    for initiative in ws.initiatives.values():
        aim_measure = initiative.model.aim.measure
        if aim_measure is not None and unknown(aim_measure):
            where = ("aim", "measure")
            yield problem_at(initiative, "unknown-measure", *where, measure=aim_measure)


@check
def owners_exist(ws: Workspace) -> Iterator[Problem]:
    """Cycles and measures sit in a folder with an initiative.yaml, and everything below a
    municipality in a folder with a municipality.yaml (reported once per folder)."""
    checked: set[Path] = set()
    owned: list[Entry[Any]] = [*ws.cycles, *ws.measures.values()]
    for entry in sorted([*owned, *ws.initiatives.values()], key=lambda e: e.file):
        municipality = ws.root / str(entry.municipality)
        needs = [(municipality / MUNICIPALITY_FILE, "unknown-municipality")]
        if entry.id != entry.initiative:
            needs.append(
                (municipality / str(entry.initiative) / INITIATIVE_FILE, "unknown-initiative")
            )
        for owner, code in needs:
            if owner in checked:
                continue
            checked.add(owner)  # one look per folder, not one per file
            if not owner.is_file():
                ids: dict[str, Any] = {
                    "initiative": entry.initiative,
                    "municipality": entry.municipality,
                }
                yield problem_at(entry, code, **ids)


@check
def tracks_exist(ws: Workspace) -> Iterator[Problem]:
    if ws.programme is None:
        return
    tracks = {track.id for track in ws.programme.model.tracks}
    for initiative in ws.initiatives.values():
        if initiative.model.track not in tracks:
            track = int(initiative.model.track)
            yield problem_at(initiative, "unknown-track", "track", track=track)


@check
def cycle_numbers_unique(ws: Workspace) -> Iterator[Problem]:
    """No two cycles of one ramp share a number; `previous` names a cycle of the same ramp."""
    ramps: dict[str | None, list[Entry[Any]]] = {}
    for cycle in sorted(ws.cycles, key=lambda c: c.file):
        ramps.setdefault(cycle.initiative, []).append(cycle)
    for ramp in ramps.values():
        first: dict[int, Entry[Any]] = {}
        for cycle in ramp:
            number = cycle.model.number
            if number in first:
                other = display_path(first[number].file)
                yield problem_at(
                    cycle, "duplicate-cycle-number", "number", number=number, other=other
                )
            else:
                first[number] = cycle
        unreadable = _broken_cycle_numbers(ws, ramp[0].file.parent)
        for cycle in ramp:
            previous = cycle.model.previous
            if previous is None or previous in unreadable:
                continue  # a cycle that failed to load has its own error; no echo here
            if previous not in first or previous >= cycle.model.number:
                yield problem_at(cycle, "previous-cycle-missing", "previous", previous=previous)


def _broken_cycle_numbers(ws: Workspace, folder: Path) -> set[int]:
    """Numbers (from the file names) of the cycles in `folder` that failed to load."""
    numbers: set[int] = set()
    if not ws.broken:
        return numbers
    for path in folder.glob("cycle-*.y*ml"):
        match = _CYCLE_FILE_NUMBER.match(path.name)
        if match and path.stem in ws.broken:
            numbers.add(int(match[1]))
    return numbers


@check
def cycle_number_matches_file_name(ws: Workspace) -> Iterator[Problem]:
    """`cycle-03-x.yaml` holds cycle 3: a renamed or copied file that disagrees is confusing."""
    for cycle in ws.cycles:
        named = _CYCLE_FILE_NUMBER.match(cycle.file.name)
        if named and int(named.group(1)) != cycle.model.number:
            detail: dict[str, Any] = {"number": cycle.model.number, "named": int(named.group(1))}
            yield problem_at(
                cycle, "cycle-number-mismatch", "number", severity=Severity.WARNING, **detail
            )


@check
def cycle_dates_in_order(ws: Workspace) -> Iterator[Problem]:
    """plan <= do (start <= end) <= study <= act."""
    for cycle in ws.cycles:
        model = cycle.model
        steps: list[tuple[tuple[str, ...], dt.date | None]] = [(("plan", "date"), model.plan.date)]
        if model.do is not None:
            steps += [(("do", "start"), model.do.start), (("do", "end"), model.do.end)]
        if model.study is not None:
            steps.append((("study", "date"), model.study.date))
        if model.act is not None:
            steps.append((("act", "date"), model.act.date))
        yield from _dates_in_order(cycle, [(path, day) for path, day in steps if day is not None])


def _dates_in_order(
    entry: Entry[Any], steps: Sequence[tuple[tuple[str | int, ...], dt.date]]
) -> Iterator[Problem]:
    for (before_path, before), (path, day) in itertools.pairwise(steps):
        if day < before:
            detail: dict[str, Any] = {"date": day.isoformat(), "before": path_text(before_path)}
            yield problem_at(entry, "date-order", *path, **detail, earlier=before.isoformat())


@check
def seminars_in_order(ws: Workspace) -> Iterator[Problem]:
    if ws.programme is None:
        return
    steps = [(("seminars", i, "date"), s.date) for i, s in enumerate(ws.programme.model.seminars)]
    yield from _dates_in_order(ws.programme, steps)


@check
def measurements_in_order(ws: Workspace) -> Iterator[Problem]:
    """Measurements in date order, one per period (day, week or month)."""
    for measure in ws.measures.values():
        points = measure.model.measurements
        steps = [(("measurements", i, "date"), point.date) for i, point in enumerate(points)]
        yield from _dates_in_order(measure, steps)
        yield from duplicate_periods(measure)


def duplicate_periods(measure: Entry[Measure]) -> Iterator[Problem]:
    """A second measurement for a period (day, week or month) already measured, at its line.
    An error everywhere: validate reports it, and analyze, chart and summary refuse the
    measure rather than average two values into one nobody measured (design.md section 9)."""
    seen: dict[tuple[int, ...], int] = {}
    for index, point in enumerate(measure.model.measurements):
        period = measure.model.frequency.period_of(point.date)
        if period in seen:
            detail: dict[str, Any] = {"date": point.date.isoformat(), "other": seen[period] + 1}
            yield problem_at(measure, "duplicate-period", "measurements", index, "date", **detail)
        else:
            seen[period] = index


@check
def values_fit_data_type(ws: Workspace) -> Iterator[Problem]:
    """Proportions need numerator <= denominator; ratio types need both, others a value."""
    for measure in ws.measures.values():
        ratio = measure.model.data_type in (DataType.PROPORTION, DataType.RATE)
        for index, point in enumerate(measure.model.measurements):
            if (point.numerator is None) if ratio else (point.value is None):
                kind = Phrase(f"term.data_type.{measure.model.data_type.value}")
                yield problem_at(measure, "value-kind", "measurements", index, data_type=kind)
            elif (
                measure.model.data_type is DataType.PROPORTION
                and point.numerator is not None
                and point.denominator is not None
                and point.numerator > point.denominator
            ):
                detail: dict[str, Any] = {
                    "numerator": point.numerator,
                    "denominator": point.denominator,
                }
                path = ("measurements", index, "numerator")
                yield problem_at(measure, "numerator-exceeds-denominator", *path, **detail)
            found = impossible_value(measure.model, point.value, point.numerator, point.denominator)
            if found is not None:
                code, field, number = found
                path = ("measurements", index, field)
                yield problem_at(
                    measure, code, *path, number=f"{number:g}", unit=measure.model.unit
                )


@check
def balancing_measure_present(ws: Workspace) -> Iterator[Problem]:
    """An initiative with an outcome measure should watch a balancing one too (a warning)."""
    for initiative in ws.initiatives.values():
        families = {m.model.family for m in ws.measures_of(initiative.id)}
        if Family.OUTCOME in families and Family.BALANCING not in families:
            yield problem_at(initiative, "balancing-measure-missing", severity=Severity.WARNING)


# -- the driver diagram and SMART aims (all warnings: they guide, they do not block) -----------


def _known_drivers(ws: Workspace) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The programme's secondary drivers (id -> name) and each primary's secondary ids."""
    secondary: dict[str, str] = {}
    primary: dict[str, list[str]] = {}
    if ws.programme is not None:
        for driver in ws.programme.model.drivers:
            primary[driver.id] = [s.id for s in driver.secondary]
            secondary.update((s.id, s.name) for s in driver.secondary)
    return secondary, primary


def _choose(ids: Iterable[str]) -> Phrase:
    listed = ", ".join(ids)
    return Phrase("drivers.choose", {"known": listed}) if listed else Phrase("drivers.choose.none")


@check
def initiatives_name_a_driver(ws: Workspace) -> Iterator[Problem]:
    """Each initiative names a secondary driver of the programme (once the programme has
    drivers: a workspace that does not draw a driver diagram is not nagged about one)."""
    if ws.programme is None:
        return  # a missing or broken programme has its own problem; no echo on every initiative
    secondary, primary = _known_drivers(ws)
    for initiative in ws.initiatives.values():
        named = initiative.model.driver
        if named is None:
            if secondary:  # on the file's first key: the line to add `driver:` near
                known = {"known": ", ".join(secondary)}
                where = display_path(initiative.file)
                line = initiative.line()
                yield Problem("driver-missing", Severity.WARNING, where, line, "", known)
        elif named not in secondary:
            under = primary.get(named)
            note = Phrase("drivers.note.primary") if under is not None else ""
            detail: dict[str, Any] = {
                "driver": named,
                "note": note,
                "choose": _choose(under or secondary),
            }
            yield problem_at(
                initiative, "unknown-driver", "driver", severity=Severity.WARNING, **detail
            )


@check
def drivers_have_initiatives(ws: Workspace) -> Iterator[Problem]:
    """Every primary driver has secondary drivers, and every secondary driver an initiative
    working on it: else the diagram promises a change nobody tests."""
    if ws.programme is None:
        return
    linked = {i.model.driver for i in ws.initiatives.values()}
    programme = ws.programme
    for p, primary in enumerate(programme.model.drivers):
        if not primary.secondary:
            detail: dict[str, Any] = {"name": primary.name, "id": primary.id}
            yield problem_at(
                programme,
                "driver-without-secondary",
                "drivers",
                p,
                severity=Severity.WARNING,
                **detail,
            )
        for s, driver in enumerate(primary.secondary):
            if driver.id not in linked:
                detail = {"name": driver.name, "id": driver.id}
                path = ("drivers", p, "secondary", s)
                yield problem_at(
                    programme,
                    "driver-without-initiative",
                    *path,
                    severity=Severity.WARNING,
                    **detail,
                )


@check
def aims_are_smart(ws: Workspace) -> Iterator[Problem]:
    """An aim says what is measured, how much and by when; the date lies after the start."""
    for initiative in ws.initiatives.values():
        aim = initiative.model.aim
        parts = [
            Phrase(f"drivers.part.{name}")
            for name, value in (
                ("measure", aim.measure),
                ("target", aim.target),
                ("target_date", aim.target_date),
            )
            if value is None
        ]
        if parts:
            fields = dict(zip("abc", parts, strict=False))
            missing = Phrase(f"drivers.missing.{len(parts)}", fields)
            yield problem_at(
                initiative, "aim-not-smart", "aim", severity=Severity.WARNING, missing=missing
            )
        started = initiative.model.started
        if aim.target_date is not None and started is not None and aim.target_date < started:
            detail: dict[str, Any] = {
                "date": aim.target_date.isoformat(),
                "started": started.isoformat(),
            }
            yield problem_at(
                initiative,
                "aim-target-before-start",
                "aim",
                "target_date",
                severity=Severity.WARNING,
                **detail,
            )


@check
def adapted_from_known(ws: Workspace) -> Iterator[Problem]:
    """An adopted change names its source; one not in this workspace and not from a package is
    likely a typo (a warning: a change may come from outside the programme)."""
    for initiative in ws.initiatives.values():
        source = initiative.model.adapted_from
        if source is None or source.package or source.initiative in ws.initiatives:
            continue
        where = ("adapted_from", "initiative")
        yield problem_at(
            initiative,
            "adapted-from-unknown",
            *where,
            severity=Severity.WARNING,
            initiative=source.initiative,
        )
