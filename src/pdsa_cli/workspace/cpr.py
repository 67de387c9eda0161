"""Spot text that looks like a Danish CPR number (personnummer), and mask it for display.

A CPR number is ddmmyy-xxxx where ddmmyy is a real date. Checking the date keeps ISO dates,
phone numbers and most ids from being flagged. People type it in many ways, and every one is
recognised: `010190-1234`, `0101901234`, `010190 1234`, with an en dash or a non-breaking
hyphen, `01.01.90-1234`, in fullwidth digits (`０１０１９０…`), or with invisible zero-width
characters between the digits.

The scan costs next to nothing when a text holds no digits in a row, so files and outputs are
checked whole. A report of a megabyte (its charts' coordinates and ids are full of digits) takes
a few milliseconds: only the places that could begin a number are tried.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

# Invisible characters that may sit between the digits (zero-width space, joiners, word
# joiner, byte order mark, soft hyphen).
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
# Between date and serial: nothing, a hyphen of any kind, a dash, a minus or a space of any kind.
_SEPARATOR = "[-\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d \u00a0\u2007\u202f\u3000]?"
# `\d` matches every decimal digit, fullwidth ones too; int() reads them all.
_CANDIDATE = re.compile(
    rf"(?<!\d)(?P<day>\d\d)(?P<dot>[.\uff0e]?)(?P<month>\d\d)(?P=dot)(?P<year>\d\d)"
    rf"(?P<rest>{_SEPARATOR}\d{{4}})(?!\d)"
)
MASK = "-XXXX"
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# What only the full scan handles: digits other than 0-9 (fullwidth, say) and the fullwidth dot.
_UNUSUAL = re.compile(r"[\d\uff0e]")
_ASCII = bytes(range(128))
_ZEROS = bytes.maketrans(b"0123456789", b"0" * 10)
# Where a number can begin, with every digit written 0: six digits, or dd.mm.yy.
_STARTS = (b"000000", b"00.00.00")


def is_cpr_date(day: int, month: int, year2: int) -> bool:
    """True if dd-mm-yy is a real date in either century a CPR number can name."""
    for century in (1900, 2000):
        try:
            dt.date(century + year2, month, day)
        except ValueError:
            continue
        return True
    return False


@dataclass(frozen=True)
class CprMatch:
    """A CPR-like number in a text: where it is (in the original text) and its date part."""

    start: int
    end: int
    date_part: str  # as typed, without invisible characters, e.g. `010190` or `01.01.90`


def find_cpr(text: str) -> Iterator[CprMatch]:
    """Every CPR-like number with a real date in `text`, in order."""
    if not _has_digit_run(text):
        return
    # Match on the text without invisible characters; map the positions back.
    visible, origin = _without_invisible(text)
    for match in _candidates(visible):
        day, month, year2 = (int(match[name]) for name in ("day", "month", "year"))
        if is_cpr_date(day, month, year2):
            start = origin[match.start()]
            end = origin[match.end() - 1] + 1
            date_part = visible[match.start() : match.start("rest")]
            yield CprMatch(start, end, date_part)


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """What `_CANDIDATE.finditer(text)` finds, trying the pattern only where a number can begin.

    Every number starts with six digits or dd.mm.yy; where the text has only digits 0-9, a copy
    with each digit written 0 (and every other non-ASCII character written ?) finds those places
    in C, at the same offsets. Other digits and the fullwidth dot take the full scan.
    """
    if _unusual(text):
        yield from _CANDIDATE.finditer(text)
        return
    shadow = text.encode("ascii", "replace").translate(_ZEROS)
    end = 0
    for start in sorted({i for pattern in _STARTS for i in _find_all(shadow, pattern)}):
        match = _CANDIDATE.match(text, start) if start >= end else None
        if match is not None:
            end = match.end()
            yield match


def _unusual(text: str) -> bool:
    """Whether `text` holds a digit other than 0-9 or a fullwidth dot. Its characters beyond
    ASCII are found in C: UTF-8 writes each of them in bytes 0x80-0xff alone."""
    if text.isascii():
        return False
    beyond = text.encode("utf-8", "surrogatepass").translate(None, _ASCII)
    return _UNUSUAL.search(beyond.decode("utf-8", "surrogatepass")) is not None


def _find_all(text: bytes, part: bytes) -> Iterator[int]:
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)


def _has_digit_run(text: str) -> bool:
    return re.search(r"\d", text) is not None


def _without_invisible(text: str) -> tuple[str, Sequence[int]]:
    """The text without invisible characters, and each kept character's original position.
    Without any, the map is a range: a report of tens of MB costs no list of positions."""
    if not any(char in text for char in _INVISIBLE_CHARS):  # a substring search: fast
        return text, range(len(text))
    kept: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        if not _INVISIBLE.fullmatch(char):
            kept.append(char)
            origin.append(index)
    return "".join(kept), origin


def looks_like_cpr(text: str) -> bool:
    return next(find_cpr(text), None) is not None


def mask_cpr(text: str) -> str:
    """`text` with each CPR-like number's serial hidden: `borger 010190-1234` ->
    `borger 010190-XXXX`. Text without one comes back unchanged (the same object)."""
    for _ in range(4):  # masking cannot make a new number; the loop is a belt and braces
        found = list(find_cpr(text))
        if not found:
            return text
        parts: list[str] = []
        last = 0
        for match in found:
            parts.append(text[last : match.start])
            parts.append(match.date_part + MASK)
            last = match.end
        parts.append(text[last:])
        text = "".join(parts)
    return text


def find_cpr_lines(raw: bytes) -> Iterator[int]:
    """The 1-based line of each CPR-like number in `raw` (one per match)."""
    if not re.search(rb"\d|\xef\xbc", raw):  # no ASCII digit, no fullwidth form
        return
    text = raw.decode("utf-8", errors="replace")
    for match in find_cpr(text):
        yield text.count("\n", 0, match.start) + 1


def mask_data(data: object) -> object:
    """Parsed YAML with every CPR-like number in its texts (keys too) masked."""
    if isinstance(data, str):
        return mask_cpr(data)
    if isinstance(data, dict):
        return {mask_data(key): mask_data(value) for key, value in data.items()}
    if isinstance(data, list):
        return [mask_data(item) for item in data]
    return data
