"""Which measurements a prediction is judged on, and the value observed over them.

Window rules (documented for users in the `predictions` catalogue):

- ``do_period``: every measurement whose period (its day, week or month, from its date) overlaps
  the Do period. The Do period ends at ``do.end``; without one, at the Study date; without a
  Study, today (the result is then provisional).
- ``after_do``: the first ``points`` measurements dated on or after ``do.start``.

Excluded measurements (and any without a value) are left out of both, so an ``after_do`` window
skips over them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pdsa_cli.models import Cycle, DataType, Frequency, Measure, Measurement, WindowKind
from pdsa_cli.models.cycle import Prediction

DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Window:
    """The dates a prediction covers and the measurements that fall in it."""

    start: dt.date
    end: dt.date | None  # None: open (after_do), closed by the number of points instead
    points: tuple[Measurement, ...]
    wanted: int | None = None  # after_do: how many points the window needs

    @property
    def complete(self) -> bool:
        return self.wanted is None or len(self.points) >= self.wanted


def period_end(date: dt.date, frequency: Frequency) -> dt.date:
    """The first day after the period that starts at `date`."""
    if frequency is Frequency.DAY:
        return date + DAY
    if frequency is Frequency.WEEK:
        return date + 7 * DAY
    year, month = (date.year + 1, 1) if date.month == 12 else (date.year, date.month + 1)
    return dt.date(year, month, 1)


def do_period_end(cycle: Cycle, today: dt.date) -> dt.date | None:
    """Where a ``do_period`` window stops: do.end, else the Study date, else today."""
    if cycle.do is None:
        return None
    if cycle.do.end is not None:
        return cycle.do.end
    if cycle.study is not None:
        return cycle.study.date
    return today


def window_for(
    prediction: Prediction, cycle: Cycle, measure: Measure, today: dt.date
) -> Window | None:
    """The window of one prediction, or None while the cycle has no Do."""
    if cycle.do is None:
        return None
    start = cycle.do.start
    used = [m for m in measure.measurements if not m.exclude and point_value(m) is not None]
    if prediction.window.kind is WindowKind.AFTER_DO:
        wanted = prediction.window.points
        after = sorted((m for m in used if m.date >= start), key=lambda m: m.date)
        return Window(start, None, tuple(after[:wanted]), wanted)
    end = do_period_end(cycle, today)
    assert end is not None  # there is a Do
    inside = tuple(
        m for m in used if m.date <= end and period_end(m.date, measure.frequency) > start
    )
    return Window(start, end, tuple(sorted(inside, key=lambda m: m.date)))


def point_value(point: Measurement) -> float | None:
    """A measurement's own value: its value, or numerator/denominator."""
    if point.value is not None:
        return point.value
    if point.numerator is not None and point.denominator:
        return point.numerator / point.denominator
    return None


def observe(points: tuple[Measurement, ...], data_type: DataType) -> float | None:
    """The value observed over a window: pooled sum(num)/sum(den) for proportions and rates
    whose points all carry both (as a p or u chart's centre line), else the mean of the points'
    values. None when no point carries a value."""
    pooled = data_type in (DataType.PROPORTION, DataType.RATE)
    if pooled and points and all(p.numerator is not None and p.denominator for p in points):
        numerator = sum(p.numerator or 0.0 for p in points)
        denominator = sum(p.denominator or 0.0 for p in points)
        return numerator / denominator
    values = [v for v in (point_value(p) for p in points) if v is not None]
    return sum(values) / len(values) if values else None
