"""Form fields as people type them (Danish dates, decimal commas), turned into the values the
writing functions take; each wrong value kept with its message, next to its field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from pdsa_cli.errors import PdsaError
from pdsa_cli.writing.inputs import parse_date, parse_number

T = TypeVar("T")


@dataclass
class Form:
    """What was sent (kept, to show again) and the message for each field that was wrong;
    `_form` holds a message about the form as a whole."""

    values: dict[str, str]
    errors: dict[str, str] = field(default_factory=dict)
    lang: str = "da"

    def text(self, name: str) -> str | None:
        value = self.values.get(name, "").strip()
        return value or None

    def _parsed(self, name: str, label: str, parse: Callable[[str, str], T]) -> T | None:
        text = self.text(name)
        if text is None:
            return None
        try:
            return parse(text, label)
        except PdsaError as error:
            self.errors[name] = error.message(self.lang)
            return None

    def date(self, name: str, label: str) -> dt.date | None:
        return self._parsed(name, label, parse_date)

    def number(self, name: str, label: str) -> int | float | None:
        return self._parsed(name, label, parse_number)

    def required(self, name: str, message: str) -> str | None:
        text = self.text(name)
        if text is None:
            self.errors[name] = message
        return text

    def refuse(self, error: PdsaError, fields: tuple[str, ...]) -> None:
        """A writing function's refusal, next to the field it names (else over the form)."""
        named = str(error.detail.get("field", ""))
        place = next((f for f in fields if f == named or named.endswith(f".{f}")), "_form")
        self.errors[place] = error.message(self.lang)

    @property
    def ok(self) -> bool:
        return not self.errors
