"""Spot text that looks like a Danish CPR number (personnummer) before it reaches a shared repo.

A CPR number is ddmmyy-xxxx or ddmmyyxxxx where ddmmyy is a real date. Checking the date keeps
ISO dates, phone numbers and most ids from being flagged. The scan runs over a file's raw bytes
(one regular expression), so comments are covered too, and it costs next to nothing when nothing
matches.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

_CANDIDATE = re.compile(rb"(?<!\d)(\d\d)(\d\d)(\d\d)-?\d{4}(?![\d])")


def is_cpr_date(day: int, month: int, year2: int) -> bool:
    """True if dd-mm-yy is a real date in either century a CPR number can name."""
    for century in (1900, 2000):
        try:
            dt.date(century + year2, month, day)
        except ValueError:
            continue
        return True
    return False


def find_cpr_lines(raw: bytes) -> Iterator[int]:
    """The 1-based line of each CPR-like number in `raw` (one per match)."""
    for match in _CANDIDATE.finditer(raw):
        day, month, year2 = (int(group) for group in match.groups())
        if is_cpr_date(day, month, year2):
            yield raw.count(b"\n", 0, match.start()) + 1


def looks_like_cpr(text: str) -> bool:
    return any(True for _ in find_cpr_lines(text.encode("utf-8")))
