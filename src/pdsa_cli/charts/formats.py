"""Numbers and dates written the reader's way (Babel's CLDR data, see pdsa_cli.i18n.formats).

Danish writes a decimal comma and lower-case month names ("3. mar. 2021"); English a decimal
point and "3 Mar 2021".
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

import matplotlib.dates as mdates
import numpy as np
from matplotlib.ticker import Formatter

from pdsa_cli.i18n import Lang
from pdsa_cli.i18n.formats import date_text, month_text, number_text, percent_text


def date_number(values: Any) -> Any:
    """matplotlib's float day numbers for dates (scalars or arrays)."""
    return mdates.date2num(values)  # type: ignore[no-untyped-call]


def date_of(number: float) -> dt.date:
    return mdates.num2date(number).date()  # type: ignore[no-untyped-call,no-any-return]


def format_number(value: float, lang: Lang, decimals: int | None = None) -> str:
    """`value` with a sensible number of decimals and the language's decimal mark."""
    if decimals is None:
        decimals = decimals_for(value)
    return number_text(value, lang, decimals)


def decimals_for(value: float, significant: int = 3) -> int:
    """Decimals that show about `significant` significant digits (never more than 3)."""
    if value == 0 or not math.isfinite(value):
        return 0
    magnitude = math.floor(math.log10(abs(value)))
    return int(min(3, max(0, significant - 1 - magnitude)))


def format_percent(value: float, lang: Lang, scale: float, decimals: int | None = None) -> str:
    """A proportion (scale 1) or a percentage (scale 100) as "12 %" (da) or "12%" (en)."""
    percent = value * 100.0 / scale
    if decimals is None:
        decimals = min(1, decimals_for(percent))
    return percent_text(percent / 100.0, lang, decimals)


def format_date(day: dt.date, lang: Lang, with_year: bool = True) -> str:
    return date_text(day, lang, with_year)


def shared_decimals(values: Sequence[float], most: int = 4) -> int:
    """The fewest decimals that write every value exactly (tick values like 7.5, 9, 10.5)."""
    finite = [v for v in values if math.isfinite(v)]
    for decimals in range(most + 1):
        scale = 10.0**decimals
        if all(abs(v * scale - round(v * scale)) < 1e-6 * max(1.0, abs(v * scale)) for v in finite):
            return decimals
    return most


class ValueFormatter(Formatter):
    """Y tick labels with the language's decimal mark (and a percent sign on percent axes)."""

    def __init__(self, lang: Lang, percent_scale: float | None = None) -> None:
        self.lang = lang
        self.percent_scale = percent_scale

    def __call__(self, x: float, pos: int | None = None) -> str:
        return self.format_value(x)

    def format_value(self, x: float, decimals: int | None = None) -> str:
        if self.percent_scale is not None:
            return format_percent(x, self.lang, self.percent_scale, decimals)
        return format_number(x, self.lang, decimals)

    def format_ticks(self, values: Sequence[float]) -> list[str]:
        values = list(values)
        shown = values
        if self.percent_scale is not None:
            shown = [v * 100.0 / self.percent_scale for v in values]
        decimals = shared_decimals(shown)
        return [self.format_value(v, decimals) for v in values]


class LocalDateFormatter(Formatter):
    """Date ticks in the chart's language: month ticks as "mar" with the year under the first
    tick and under each January; day ticks as "3. mar"; year ticks as "2021"."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def __call__(self, x: float, pos: int | None = None) -> str:
        return format_date(date_of(x), self.lang)

    def format_ticks(self, values: Sequence[float]) -> list[str]:
        days = [date_of(v) for v in values]
        if not days:
            return []
        spacing = float(np.median(np.diff(list(values)))) if len(values) > 1 else 30.0
        labels: list[str] = []
        previous_year: int | None = None
        for day in days:
            new_year = day.year != previous_year
            labels.append(self._label(day, spacing, new_year))
            previous_year = day.year
        return labels

    def _label(self, day: dt.date, spacing: float, new_year: bool) -> str:
        if spacing >= 360:
            return str(day.year)
        if spacing >= 28:
            month = month_text(day, self.lang)
            return f"{month}\n{day.year}" if new_year else month
        text = format_date(day, self.lang, with_year=False)
        return f"{text}\n{day.year}" if new_year else text


def date_locator() -> Any:
    return mdates.AutoDateLocator(  # type: ignore[no-untyped-call]
        minticks=4, maxticks=9, interval_multiples=True
    )
