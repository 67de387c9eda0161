"""Ids as people mistype them: `balerup` for `ballerup`."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

# How alike a typed id and a known one must be to ask "did you mean": one letter missing or
# doubled in a word of seven (balerup/ballerup: 0.93) passes, another municipality does not.
CLOSE_ENOUGH = 0.8


def closest(value: str, known: Iterable[str]) -> str | None:
    """The one known id that `value` most likely is a typo of (None: none is close)."""
    matches = difflib.get_close_matches(value, [k for k in known if k != value], 1, CLOSE_ENOUGH)
    return matches[0] if matches else None
