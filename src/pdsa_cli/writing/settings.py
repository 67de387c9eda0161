"""What only editing YAML could set before: an initiative's aim (target, target date), the
programme's learning seminars and its end date. Each change keeps the file's comments and key
order, is validated as `pdsa validate` would, and is written atomically under the lock."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from pdsa_cli.errors import PdsaError, UsageError
from pdsa_cli.models import Initiative, Programme
from pdsa_cli.workspace.index import INITIATIVE_FILE, PROGRAMME_FILE
from pdsa_cli.writing.inputs import refuse_cpr
from pdsa_cli.writing.locate import initiative_dir, measure_ids, unknown_id
from pdsa_cli.writing.phases import put_key
from pdsa_cli.writing.writer import (
    dump_text,
    edit_file,
    load_round_trip,
    text_scalar,
    workspace_lock,
)

AIM_ORDER = ["statement", "measure", "target", "target_date"]
SEMINAR_ORDER = ["number", "date", "title", "place"]


@dataclass
class AimInput:
    statement: str | None = None
    measure: str | None = None
    target: float | None = None
    target_date: dt.date | None = None


def given_fields(values: Any) -> dict[str, Any]:
    return {
        f.name: getattr(values, f.name)
        for f in fields(values)
        if getattr(values, f.name) is not None
    }


def _scalar(value: Any) -> Any:
    return text_scalar(value) if isinstance(value, str) else value


def set_aim(root: Path, initiative: str, values: AimInput) -> Initiative:
    """Set the given parts of an initiative's aim, keeping the rest."""
    updates = given_fields(values)
    if not updates:
        raise UsageError(
            "settings.nothing_given", options="--statement, --measure, --target, --target-date"
        )
    if values.statement is not None:
        refuse_cpr("aim.statement", values.statement)
    if values.measure is not None and values.measure not in measure_ids(root):
        raise unknown_id("measure", values.measure, measure_ids(root))
    path = initiative_dir(root, initiative) / INITIATIVE_FILE

    def change(text: str, _: Initiative) -> str:
        document, handler = load_round_trip(text)
        aim = document.get("aim")
        if not isinstance(aim, CommentedMap):
            aim = CommentedMap()
            put_key(document, "aim", aim, list(Initiative.model_fields))
        for key, value in updates.items():
            put_key(aim, key, _scalar(value), AIM_ORDER)
        return dump_text(document, handler)

    with workspace_lock(root):
        return edit_file(path, Initiative, change)


def set_seminar(
    root: Path, number: int, date: dt.date, title: str | None = None, place: str | None = None
) -> Programme:
    """Add learning seminar `number` to programme.yaml, or change the one of that number;
    the list stays in the order of the numbers."""
    for field, text in (("title", title), ("place", place)):
        if text is not None:
            refuse_cpr(field, text)
    updates = {"number": number, "date": date, "title": title, "place": place}

    def change(text: str, _: Programme) -> str:
        document, handler = load_round_trip(text)
        seminars = document.get("seminars")
        if not isinstance(seminars, CommentedSeq):
            seminars = CommentedSeq()
            put_key(document, "seminars", seminars, list(Programme.model_fields))
        entry = next((s for s in seminars if s.get("number") == number), None)
        if entry is None:
            entry = CommentedMap()
            later = [i for i, s in enumerate(seminars) if int(s.get("number", 0)) > number]
            seminars.insert(later[0] if later else len(seminars), entry)
        for key, value in updates.items():
            if value is not None:
                put_key(entry, key, _scalar(value), SEMINAR_ORDER)
        return dump_text(document, handler)

    def in_order(model: Programme) -> None:
        for earlier, later in zip(model.seminars, model.seminars[1:], strict=False):
            if later.date < earlier.date:
                raise PdsaError(
                    "settings.seminar_order",
                    number=later.number,
                    date=later.date.isoformat(),
                    before=earlier.number,
                    earlier=earlier.date.isoformat(),
                )

    with workspace_lock(root):
        return edit_file(root / PROGRAMME_FILE, Programme, change, check=in_order)


def set_programme_end(root: Path, end: dt.date) -> Programme:
    """The programme's last day (measures are not reported stale after it)."""

    def change(text: str, _: Programme) -> str:
        document, handler = load_round_trip(text)
        put_key(document, "end", end, list(Programme.model_fields))
        return dump_text(document, handler)

    with workspace_lock(root):
        return edit_file(root / PROGRAMME_FILE, Programme, change)
