"""What users type, read strictly: dates, numbers, ids, titles and the slugs made from them.

Every function raises a :class:`UsageError` (exit 2) with one clear line when the input is wrong,
so a command stops before it touches a file.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

from pdsa_cli.errors import PdsaError, UsageError
from pdsa_cli.i18n import Phrase
from pdsa_cli.tables.periods import date_parts, parse_period
from pdsa_cli.workspace.cpr import looks_like_cpr, mask_cpr
from pdsa_cli.workspace.index import is_reserved_name

# Danish letters that NFKD does not take apart: æ -> ae, ø -> oe, å -> aa (as in hoersholm).
_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SLUG_MAX = 60

_TODAY = {"today", "i dag", "idag"}


def slugify(text: str, max_length: int = SLUG_MAX) -> str:
    """A file-name-safe slug: `Feedbackmøder på Åsen` -> `feedbackmoeder-paa-aasen`."""
    plain = unicodedata.normalize("NFKD", text.translate(_DANISH))
    ascii_only = plain.encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")
    if len(slug) > max_length:
        slug = (
            slug[:max_length].rsplit("-", 1)[0] if "-" in slug[:max_length] else slug[:max_length]
        )
    return slug.strip("-")


def refuse_cpr(field: str, text: str) -> None:
    """Stop before anything is written if `text` (the value of `field`) holds a CPR-like
    number; the message shows it masked, so the number is not repeated on screen either."""
    if looks_like_cpr(text):
        raise PdsaError("writing.cpr_refused", field=field, value=mask_cpr(text))


def check_id(value: str, what: str) -> str:
    """An id names a folder or file: lower-case letters, digits and hyphens, nothing else.

    This is also the path-traversal guard: `..`, `/` and `\\` can never pass.
    """
    refuse_cpr(what, value)
    if not _SLUG.fullmatch(value) or len(value) > 80:
        kind = Phrase(f"writing.kind.{what}")  # "an initiative" / "en indsats"
        raise UsageError("writing.bad_id", what=kind, value=value, suggestion=slugify(value) or "-")
    if is_reserved_name(value):
        kind = Phrase(f"writing.kind.{what}")
        raise UsageError("writing.reserved_id", what=kind, value=value)
    return value


def check_title(title: str) -> str:
    """A cycle title is free text, but not a file path (`../../etc`) and not empty."""
    title = title.strip()
    refuse_cpr("title", title)
    segments = re.split(r"[/\\]", title)
    if title.startswith(("/", "\\", "~")) or any(s.strip() in {".", ".."} for s in segments):
        raise UsageError("writing.title_is_path", title=title)
    if not slugify(title):
        raise UsageError("writing.title_no_letters", title=title)
    return title


def parse_date(text: str, field: str = "date") -> dt.date:
    """A date as `pdsa import` reads one (the same parser): ISO (2021-03-15), Danish
    (15-03-2021, 15.03.2021, 15/03/2021, 15.03.21), a week (`uge 36 2022`, `2022-W36`: its
    Monday) or a month (`2022-09`, `september 2022`: its 1st); `today`/`i dag`."""
    value = text.strip().lower()
    if value in _TODAY:
        return dt.date.today()
    day = parse_period(value)
    if day is not None:
        return day
    if date_parts(value) is not None:  # written like a date, but no such day (31.02.2021)
        raise UsageError("writing.bad_date_value", field=field, value=text)
    raise UsageError("writing.bad_date", field=field, value=text)


_FRACTION = re.compile(
    r"(?P<numerator>\d+(?:[.,]\d+)?)\s*(?:/|af|ud af|of|out of)\s*(?P<denominator>\d+(?:[.,]\d+)?)",
    re.IGNORECASE,
)


def parse_number(text: str, field: str = "value") -> int | float:
    """A number as typed: `14` stays whole, `14.5` and the Danish `14,5` are decimals."""
    value = text.strip().replace(" ", "")
    if "," in value and "." not in value:
        value = value.replace(",", ".")
    try:
        number = int(value) if re.fullmatch(r"[+-]?\d+", value) else float(value)
    except ValueError:
        fraction = _FRACTION.fullmatch(text.strip())
        if fraction:  # "4/10", "4 af 10": a proportion typed as one value
            raise UsageError(
                "writing.fraction_number",
                field=field,
                value=text,
                numerator=fraction["numerator"],
                denominator=fraction["denominator"],
            ) from None
        raise UsageError("writing.bad_number", field=field, value=text) from None
    if isinstance(number, float) and not math.isfinite(number):
        raise UsageError("writing.bad_number", field=field, value=text)
    return number
