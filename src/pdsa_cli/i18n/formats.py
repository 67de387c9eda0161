"""Dates, numbers and percents the reader's way, from Babel (the Unicode CLDR data).

Danish writes "1. jun. 2021", "1.234,5" and "40 %"; English "1 Jun 2021", "1,234.5" and "40%".
The system's locales are often missing on municipal PCs and CI machines, so nothing here uses
them: Babel carries its own data. It is imported on first use only (about 0.1 s), so
`pdsa --help` and `pdsa validate` do not pay for it.

Layer 0, i18n: the words.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any


@functools.cache
def _locale(lang: str) -> Any:
    from babel import Locale

    return Locale.parse("da" if lang == "da" else "en")


def date_text(day: dt.date, lang: str, with_year: bool = True) -> str:
    """ "1. jun. 2021" (da) or "1 Jun 2021" (en); without the year on request."""
    from babel.dates import format_date

    pattern = "d. MMM" if lang == "da" else "d MMM"
    return format_date(day, f"{pattern} y" if with_year else pattern, locale=_locale(lang))


def number_text(value: float, lang: str, decimals: int = 0) -> str:
    """`value` with `decimals` decimals, the language's decimal mark and thousands grouping."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return str(format_decimal(value, pattern, locale=_locale(lang)))


def percent_text(share: float, lang: str, decimals: int = 0) -> str:
    """A share 0-1 as a percent the language's way: "40 %" (da), "40%" (en)."""
    from babel.numbers import format_percent

    locale = _locale(lang)
    pattern = str(locale.percent_formats[None].pattern)
    if decimals > 0:  # "#,##0 %" -> "#,##0.0 %"
        last = pattern.rindex("0")
        pattern = pattern[: last + 1] + "." + "0" * decimals + pattern[last + 1 :]
    return str(format_percent(share, pattern, locale=locale))


def month_text(day: dt.date, lang: str) -> str:
    """The month's short name on its own: "jun." (da), "Jun" (en)."""
    from babel.dates import format_date

    return str(format_date(day, "LLL", locale=_locale(lang)))
