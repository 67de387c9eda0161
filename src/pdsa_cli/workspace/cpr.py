"""Spot text that looks like a Danish CPR number (personnummer), and mask it for display.

A CPR number is ddmmyy-xxxx where ddmmyy is a real date. Checking the date keeps ISO dates,
phone numbers and most ids from being flagged. People type it in many ways, and every one is
recognised (docs/security.md lists them):

- the serial after the date directly, or after a run of up to eight separators: hyphens and
  dashes of every kind, the minus sign, spaces of every kind, `/`, `.`, `_`, tabs and line
  breaks (`010190-1234`, `010190 - 1234`, `010190/1234`, `010190_1234`, `010190.1234`, a line
  break and an indentation between the parts);
- the date whole or in parts with the same run of up to three separators between them
  (`01.01.90-1234`, `01-01-90-1234`, `01 01 90 1234`, `01/01/90/1234`);
- in any decimal digits Unicode knows, and digit-like characters (fullwidth `０１`,
  superscript `¹²`, subscript, Arabic-Indic), with their fullwidth separators (`．／＿－`);
- with invisible zero-width characters between the digits.

The scan costs next to nothing when a text holds no digits in a row, so files and outputs are
checked whole. A report of a megabyte (its charts' coordinates and ids are full of digits) takes
a few milliseconds: a copy of the text with each digit written 0 and each separator `s` finds,
in C, the few places a date could begin, and the pattern is tried only there.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

# Invisible characters that may sit between the digits (zero-width space, joiners, word
# joiner, byte order mark, soft hyphen).
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
# What may stand between the parts: hyphens, dashes and the minus; spaces, tabs and line
# breaks of every kind; the slash, the dot and the low line (and their fullwidth forms).
_SEPARATORS = (
    "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
    " \t\n\r\v\f\u0085\u00a0\u2007\u202f\u3000\u2028\u2029"
    "/\uff0f._\uff0e\uff3f"
)
_SEP = f"[{re.escape(_SEPARATORS)}]"
# `\d` matches every decimal digit; texts with other digit-like characters are normalised first.
_CANDIDATE = re.compile(
    rf"(?<!\d)(?P<day>\d\d)(?P<dot>{_SEP}{{0,3}})(?P<month>\d\d)(?P=dot)(?P<year>\d\d)"
    rf"(?P<rest>{_SEP}{{0,8}}\d{{4}})(?!\d)"
)
MASK = "-XXXX"
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ASCII = bytes(range(128))
# The shadow of a text: each digit 0, each ASCII separator s (a character beyond ASCII is `?`
# there, which may be a separator too).
_SHADOW = bytes.maketrans(b"0123456789 \t\n\r\v\f-/._", b"0" * 10 + b"s" * 10)
# Where a number can begin, in the shadow: six digits, or three pairs of exactly two digits
# with the same number of separators between them (the last pair may run on into the serial).
# A literal first, so the engine skips to each pair in C; a pair inside a longer run of digits
# is passed over by the caller.
_STARTS = re.compile(rb"00(?=0000|([s?]{1,3})00\1(?:00)(?:0000)?(?!0))")


class _Digits(dict[int, str]):
    """`str.translate`'s table: each digit-like character beyond 0-9 as its digit 0-9."""

    def __missing__(self, code: int) -> str:
        digit = unicodedata.digit(chr(code), None)
        self[code] = chr(code) if digit is None else str(digit)
        return self[code]


_DIGITS = _Digits()


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
    # Match on the text without invisible characters, its digits as 0-9; map positions back.
    visible, origin = _without_invisible(text)
    for match in _candidates(visible):
        day, month, year2 = (int(match[name]) for name in ("day", "month", "year"))
        if is_cpr_date(day, month, year2):
            start = origin[match.start()]
            end = origin[match.end() - 1] + 1
            date_part = match.string[match.start() : match.start("rest")]
            yield CprMatch(start, end, date_part)


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """What `_CANDIDATE.finditer(text)` finds (with digit-like characters read as the digits
    they are), trying the pattern only where a number can begin."""
    if _unusual(text):  # one character for one: positions stay
        text = text.translate(_DIGITS)
    shadow = text.encode("ascii", "replace").translate(_SHADOW)
    end = 0
    for found in _STARTS.finditer(shadow):
        start = found.start()
        if start < end or (start and shadow[start - 1] == 0x30):  # inside a number, or taken
            continue
        match = _CANDIDATE.match(text, start)
        if match is not None:
            end = match.end()
            yield match


def _unusual(text: str) -> bool:
    """Whether `text` holds a digit-like character beyond 0-9. Its characters beyond ASCII are
    found in C: UTF-8 writes each of them in bytes 0x80-0xff alone."""
    if text.isascii():
        return False
    beyond = text.encode("utf-8", "surrogatepass").translate(None, _ASCII)
    return any(_DIGITS[ord(char)] != char for char in set(beyond.decode("utf-8", "surrogatepass")))


def _has_digit_run(text: str) -> bool:
    return re.search(r"\d", text) is not None or _unusual(text)


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
    if not re.search(rb"\d|[\x80-\xff]", raw):  # no ASCII digit, nothing beyond ASCII
        return
    text = raw.decode("utf-8", errors="replace")
    for match in find_cpr(text):
        yield text.count("\n", 0, match.start) + 1
