"""The CPR guard: ddmmyy-xxxx / ddmmyyxxxx with a real date is flagged, other numbers are not."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pdsa_cli.workspace.cpr import find_cpr_lines, looks_like_cpr


@pytest.mark.parametrize(
    "text",
    ["CPR 010203-1234", "3112991234", "født 290200-4321 (skudår)", "x:150845-1234."],
)
def test_cpr_like_numbers_are_found(text: str) -> None:
    assert looks_like_cpr(text)


@pytest.mark.parametrize(
    "text",
    [
        "2021-03-01",  # an ISO date
        "12 34 56 78",  # a phone number
        "+45 12345678",
        "3201011234",  # day 32
        "0113011234",  # month 13
        "290201-1234",  # 29 February in a year that is no leap year in either century
        "12345678901",  # eleven digits
        "010203-12345",
    ],
)
def test_other_numbers_are_not(text: str) -> None:
    assert not looks_like_cpr(text)


@given(day=st.dates(min_value=dt.date(1900, 1, 1)), serial=st.integers(0, 9999), dash=st.booleans())
def test_any_real_date_with_a_serial_is_flagged(day: dt.date, serial: int, dash: bool) -> None:
    text = f"borger {day:%d%m%y}{'-' if dash else ''}{serial:04d} deltog"
    assert looks_like_cpr(text)


@given(day=st.dates())
def test_iso_dates_are_never_flagged(day: dt.date) -> None:
    assert not looks_like_cpr(f"dato: {day.isoformat()} og {day:%Y%m%d}")


def test_lines_are_counted_from_one() -> None:
    raw = b"a: 1\nb: |\n  tekst\n  010203-1234\n"
    assert list(find_cpr_lines(raw)) == [4]
