"""Dates and periods as people type them in Danish municipalities, read into ISO dates.

A period is stored as its first day: a week as its Monday (ISO weeks, as Danish calendars
number them), a month as its 1st.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS: dict[str, int] = {
    # Danish and English names and the usual abbreviations, lower case
    "januar": 1, "january": 1, "jan": 1,
    "februar": 2, "february": 2, "feb": 2,
    "marts": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "maj": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

_DAY_FIRST = re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4}|\d{2})$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_ISO_WEEK = re.compile(r"^(\d{4})-?w(\d{1,2})(?:-?([1-7]))?$")
_WEEK_WORDS = re.compile(r"^(?:uge|week|u)\.?\s*(\d{1,2})[\s,/-]+(\d{4})$")
_YEAR_WEEK_WORDS = re.compile(r"^(\d{4})[\s,/-]+(?:uge|week)\.?\s*(\d{1,2})$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_MONTH_WORDS = re.compile(r"^([a-zæøå]+)\.?[\s,/-]+(\d{4})$")


def parse_date(text: str) -> dt.date | None:
    """A day: ISO `2021-03-15`, or Danish `15-03-2021`, `15.03.2021`, `15/3/2021`, `15.03.21`."""
    parts = date_parts(text)
    if parts is None:
        return None
    try:
        return dt.date(*parts)
    except ValueError:
        return None


def date_parts(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a text written like a date, even an impossible one (31/2/2021),
    so callers can tell "not a date" from "no such day"."""
    text = text.strip()
    iso = _ISO_DAY.match(text)
    if iso:
        return int(iso[1]), int(iso[2]), int(iso[3])
    match = _DAY_FIRST.match(text)
    if match:  # a two-digit year is this century's (`01.09.22` is 2022), as Danes write it
        year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
        return year, int(match[2]), int(match[1])
    return None


def week_start(year: int, week: int, weekday: int = 1) -> dt.date | None:
    try:
        return dt.date.fromisocalendar(year, week, weekday)
    except ValueError:
        return None


def _month_start(year: int, month: int) -> dt.date | None:
    return dt.date(year, month, 1) if 1 <= month <= 12 else None


def parse_period(text: str) -> dt.date | None:
    """A day, an ISO week (`2021-W14`, `uge 14 2021`) or a month (`2021-03`, `marts 2021`),
    as the period's first day; None when the text is none of these."""
    cleaned = " ".join(text.strip().lower().split())
    day = parse_date(cleaned)
    if day is not None:
        return day
    if match := _ISO_WEEK.match(cleaned):
        return week_start(int(match[1]), int(match[2]), int(match[3] or 1))
    if match := _WEEK_WORDS.match(cleaned):
        return week_start(int(match[2]), int(match[1]))
    if match := _YEAR_WEEK_WORDS.match(cleaned):
        return week_start(int(match[1]), int(match[2]))
    if match := _YEAR_MONTH.match(cleaned):
        return _month_start(int(match[1]), int(match[2]))
    if (match := _MONTH_WORDS.match(cleaned)) and match[1] in MONTHS:
        return _month_start(int(match[2]), MONTHS[match[1]])
    return None
