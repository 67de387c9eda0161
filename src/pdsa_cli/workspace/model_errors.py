"""Pydantic's validation errors -> our stable codes and our own Danish/English words.

Pydantic's `type` names are its own and its messages are English; users get one of our codes
(`missing-field`, `unknown-key`, `wrong-type`, `empty-value`, `invalid-value`,
`invalid-combination`) with a catalogue message, at the line of the key (or, for a missing key,
of the mapping that should hold it).
"""

from __future__ import annotations

import difflib
import re
import types
import typing
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from pdsa_cli.i18n import Phrase
from pdsa_cli.workspace.yamltree import Finding, KeyPath

# Custom errors raised by model validators under one of our own codes, with the message's fields.
PASSED_THROUGH = frozenset({"date-order"})

# pydantic error type -> the kind of value the field wants (catalogue key `type.<kind>`).
EXPECTED_KIND: dict[str, str] = {
    "string_type": "text",
    "int_type": "int",
    "int_parsing": "int",
    "int_from_float": "int",
    "float_type": "number",
    "float_parsing": "number",
    "bool_type": "bool",
    "bool_parsing": "bool",
    "date_type": "date",
    "date_parsing": "date",
    "date_from_datetime_parsing": "date",
    "date_from_datetime_inexact": "date",
    "model_type": "mapping",
    "model_attributes_type": "mapping",
    "dict_type": "mapping",
    "list_type": "list",
}

# Constraint errors -> catalogue key `reason.<name>` and the ctx field it shows.
CONSTRAINTS: dict[str, str] = {
    "greater_than_equal": "ge",
    "greater_than": "gt",
    "less_than_equal": "le",
    "less_than": "lt",
    "string_too_short": "min_length",
    "string_too_long": "max_length",
    "too_short": "min_length",
    "too_long": "max_length",
    "string_pattern_mismatch": "pattern",
    "finite_number": "finite",
}


def findings_from(errors: list[ErrorDetails], model: type[BaseModel]) -> list[Finding]:
    """One finding per pydantic error; the line is filled in by the loader from the path."""
    return [_finding(error, model) for error in errors]


def _finding(error: ErrorDetails, model: type[BaseModel]) -> Finding:
    path: KeyPath = tuple(error["loc"])
    kind = error["type"]
    value = error.get("input")
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind == "missing":
        return Finding("missing-field", None, path, {"field": path[-1]})
    if kind == "extra_forbidden":
        return Finding("unknown-key", None, path, _unknown_key(path, model))
    if kind in PASSED_THROUGH:
        return Finding(kind, None, path, ctx)
    if kind == "invalid-combination":
        rule = Phrase(f"rule.{ctx.pop('reason', 'unknown')}", ctx)
        return Finding("invalid-combination", None, path, {"reason": rule})
    if value is None and kind in (*EXPECTED_KIND, "enum", "string_too_short"):
        return Finding("empty-value", None, path, {"field": _last_key(path)})
    if kind in EXPECTED_KIND:
        expected = Phrase(f"type.{EXPECTED_KIND[kind]}")
        return Finding("wrong-type", None, path, {"value": _show(value), "expected": expected})
    if kind == "enum":
        allowed = ", ".join(_allowed(str(ctx.get("expected", ""))))
        return Finding("invalid-value", None, path, _invalid(value, "reason.enum", allowed=allowed))
    if kind in CONSTRAINTS:
        limit = ctx.get(CONSTRAINTS[kind], "")
        return Finding("invalid-value", None, path, _invalid(value, f"reason.{kind}", limit=limit))
    return Finding("invalid-value", None, path, _invalid(value, "reason.other", text=error["msg"]))


def _invalid(value: Any, reason: str, **fields: Any) -> dict[str, Any]:
    return {"value": _show(value), "reason": Phrase(reason, fields)}


def _show(value: Any) -> str:
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, list):
        return "[…]"
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _last_key(path: KeyPath) -> str:
    keys = [part for part in path if isinstance(part, str)]
    return keys[-1] if keys else ""


def _allowed(expected: str) -> list[str]:
    """The choices out of pydantic's "'a', 'b' or 'c'" (or "1 or 2" for numbered enums)."""
    return [quoted or number for quoted, number in re.findall(r"'([^']*)'|(\d+)", expected)]


def _unknown_key(path: KeyPath, model: type[BaseModel]) -> dict[str, Any]:
    key = str(path[-1])
    known = sorted(_model_at(model, path[:-1]) or {})
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    hint: Phrase | str = Phrase("hint.did_you_mean", {"key": close[0]}) if close else ""
    if key.isdigit() and len(path) > 1 and isinstance(path[-2], int):
        # `{date: 2021-03-01, value: 7,5}`: in a {…} line the comma ends the value, and "5"
        # is left over as a key. A decimal comma, in all likelihood.
        hint = Phrase("hint.decimal_comma", {"decimals": key})
    return {"key": key, "hint": hint, "known": ", ".join(known)}


def _model_at(model: type[BaseModel], path: KeyPath) -> dict[str, Any] | None:
    """The fields of the (sub)model found at `path`, following field annotations."""
    current: type[BaseModel] | None = model
    for part in path:
        if current is None:
            return None
        if isinstance(part, int):
            continue
        info = current.model_fields.get(part)
        current = _submodel(info.annotation) if info is not None else None
    return dict(current.model_fields) if current is not None else None


def _submodel(annotation: Any) -> type[BaseModel] | None:
    """The BaseModel inside `X`, `X | None`, `list[X]` or `Annotated[X, ...]`, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _submodel(arg)
            if found is not None:
                return found
    return None
