"""Filling in a cycle's later phases (Do, Study, Act) in its file, keeping everything else.

A phase is added after the one before it; an existing phase gets the given fields updated and
keeps the others. The phases must be filled in order, with dates in order
(plan <= do <= study <= act).
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap

from pdsa_cli.errors import PdsaError, display_path
from pdsa_cli.models import Cycle, Decision
from pdsa_cli.writing.writer import (
    dump_text,
    edit_file,
    load_round_trip,
    text_scalar,
    workspace_lock,
)

PHASES = ("plan", "do", "study", "act")


@dataclass
class DoInput:
    start: dt.date | None = None
    end: dt.date | None = None
    what_happened: str | None = None
    problems: str | None = None
    surprises: str | None = None


@dataclass
class StudyInput:
    date: dt.date | None = None
    results: str | None = None
    compared_with_predictions: str | None = None
    learning: str | None = None


@dataclass
class ActInput:
    date: dt.date | None = None
    decision: Decision | None = None
    next_step: str | None = None


PhaseInput = DoInput | StudyInput | ActInput
_PHASE_OF = {DoInput: "do", StudyInput: "study", ActInput: "act"}
_DATE_KEY = {"do": "start", "study": "date", "act": "date"}


def phase_name(values: PhaseInput) -> str:
    return _PHASE_OF[type(values)]


def given(values: PhaseInput) -> dict[str, Any]:
    """The fields given, in the model's order (enums as their YAML text)."""
    out: dict[str, Any] = {}
    for item in fields(values):
        value = getattr(values, item.name)
        if value is not None:
            out[item.name] = value.value if isinstance(value, Decision) else value
    return out


def record_phase(
    root: Path, path: Path, values: PhaseInput, plan_date: dt.date | None = None
) -> Cycle:
    """Write one phase into a cycle file, atomically and under the workspace lock.

    `plan_date` moves the plan's date too (a cycle written down afterwards, whose plan got
    today's date); given alone, only the plan's date changes."""
    phase = phase_name(values)

    def change(text: str, cycle: Cycle) -> str:
        if plan_date is not None:
            text = _set_phase(text, "plan", {"date": plan_date}, ["date"])
            if not given(values):
                return text
        _check_order_of_phases(cycle, phase, path)
        updates = given(values)
        if getattr(cycle, phase) is None and _DATE_KEY[phase] not in updates:
            updates[_DATE_KEY[phase]] = dt.date.today()
        return _set_phase(text, phase, updates, [f.name for f in fields(values)])

    with workspace_lock(root):
        return edit_file(path, Cycle, change, check=lambda cycle: check_dates(cycle, path))


def _check_order_of_phases(cycle: Cycle, phase: str, path: Path) -> None:
    before = PHASES[PHASES.index(phase) - 1]
    if getattr(cycle, before) is None:
        raise PdsaError("writing.phase_before", path=display_path(path), phase=phase, before=before)


def check_dates(cycle: Cycle, path: Path) -> None:
    """Plan <= Do <= Study <= Act: a later phase cannot happen before an earlier one."""
    dates = [
        ("plan.date", cycle.plan.date),
        ("do.start", cycle.do.start if cycle.do else None),
        ("study.date", cycle.study.date if cycle.study else None),
        ("act.date", cycle.act.date if cycle.act else None),
    ]
    known = [(name, day) for name, day in dates if day is not None]
    reference = f"{path.parent.name}#{cycle.number}"
    for (first, early), (second, late) in itertools.pairwise(known):
        if late < early:
            raise PdsaError(
                "writing.date_order",
                path=display_path(path),
                first=first,
                early=early.isoformat(),
                second=second,
                late=late.isoformat(),
                mend_first=f"pdsa {_MENDS[first]}".format(cycle=reference),
                mend_second=f"pdsa {_MENDS[second]}".format(cycle=reference),
            )


# The command that changes each date, so a refused date never leaves only the YAML to edit.
_MENDS = {
    "plan.date": "do {cycle} --plan-date",
    "do.start": "do {cycle} --start",
    "study.date": "study {cycle} --date",
    "act.date": "act {cycle} --date",
}


def _set_phase(text: str, phase: str, updates: dict[str, Any], order: list[str]) -> str:
    document, handler = load_round_trip(text)
    section = document.get(phase)
    if not isinstance(section, CommentedMap):
        section = CommentedMap()
        put_key(document, phase, section, PHASES)
    for key, value in updates.items():
        put_key(section, key, text_scalar(value) if isinstance(value, str) else value, order)
    return dump_text(document, handler)


def put_key(
    mapping: CommentedMap, key: str, value: Any, order: tuple[str, ...] | list[str]
) -> None:
    """Set `key`, keeping its place if it exists, else placing it after the keys before it."""
    if key in mapping:
        mapping[key] = value
        return
    rank = order.index(key) if key in order else len(order)
    keys = list(mapping.keys())
    position = len(keys)
    for index, existing in enumerate(keys):
        if existing in order and order.index(existing) > rank:
            position = index
            break
    mapping.insert(position, key, value)
