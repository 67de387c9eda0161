"""Which days a seminar overview covers.

The default is "the latest seminar period": the seminar being prepared for is the next one on
or after today, or the latest one when every seminar has passed; the period is that seminar's
window, from the seminar before it to the seminar (to today while the seminar is still ahead).
When the seminar being prepared for is the first one, the period starts at the beginning.

`--seminar N` covers what led up to seminar N: from seminar N-1 to seminar N's date.
`--since DATE` covers DATE to today. Both ends are inclusive.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from pdsa_cli.errors import UsageError
from pdsa_cli.models import Seminar
from pdsa_cli.report.model import Period, SeminarRef


def _ref(seminar: Seminar | None) -> SeminarRef | None:
    if seminar is None:
        return None
    return SeminarRef(seminar.number, seminar.date, seminar.title)


def _before(seminars: Sequence[Seminar], index: int) -> Seminar | None:
    return seminars[index - 1] if index > 0 else None


def resolve_period(
    seminars: Sequence[Seminar],
    today: dt.date,
    since: dt.date | None = None,
    seminar: int | None = None,
) -> Period:
    """The period to summarise (raises UsageError for an unknown seminar or both options)."""
    ordered = sorted(seminars, key=lambda s: s.date)
    if since is not None and seminar is not None:
        raise UsageError("summary.since_and_seminar")
    if since is not None:
        return Period(since, max(since, today))
    if seminar is not None:
        return _seminar_period(ordered, seminar)
    return _latest_period(ordered, today)


def _seminar_period(ordered: Sequence[Seminar], number: int) -> Period:
    for index, item in enumerate(ordered):
        if item.number == number:
            previous = _before(ordered, index)
            start = previous.date if previous else None
            return Period(start, item.date, _ref(item), _ref(previous))
    known = ", ".join(str(s.number) for s in ordered) or "-"
    raise UsageError("summary.unknown_seminar", number=number, known=known)


def _latest_period(ordered: Sequence[Seminar], today: dt.date) -> Period:
    if not ordered:
        return Period(None, today)
    upcoming = [i for i, s in enumerate(ordered) if s.date >= today]
    index = upcoming[0] if upcoming else len(ordered) - 1
    previous = _before(ordered, index)
    start = previous.date if previous else None
    end = min(today, ordered[index].date)
    return Period(start, end, _ref(ordered[index]), _ref(previous))
