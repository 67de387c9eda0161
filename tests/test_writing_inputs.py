"""What users type: slugs, dates, numbers; and the fast measure parse equals the loader's."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pdsa_cli.errors import UsageError
from pdsa_cli.writing.inputs import check_id, check_title, parse_date, parse_number, slugify
from pdsa_cli.writing.logbook import Reading, flow_text, parse_measure
from pdsa_cli.writing.writer import parse_as_loader

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Feedbackmøder på Åsen", "feedbackmoeder-paa-aasen"),
        ("Hørsholm", "hoersholm"),
        ("ÆBLER & Pærer", "aebler-paerer"),
        ("Test 1/2 time", "test-1-2-time"),
        ("Café Noël", "cafe-noel"),
    ],
)
def test_slugs_of_danish_titles(title: str, slug: str) -> None:
    assert slugify(title) == slug


@given(st.text())
def test_a_slug_is_always_a_safe_file_name(text: str) -> None:
    slug = slugify(text)
    assert slug == "" or SLUG.fullmatch(slug)
    assert "/" not in slug and ".." not in slug and len(slug) <= 60


@given(st.text(min_size=1))
def test_an_id_that_passes_is_a_slug(text: str) -> None:
    try:
        check_id(text, "initiative")
    except UsageError:
        return
    assert SLUG.fullmatch(text)


@pytest.mark.parametrize("title", ["../../etc", "..", "/etc/passwd", "a/../b", "~/x", "..\\x"])
def test_titles_that_are_paths_are_refused(title: str) -> None:
    with pytest.raises(UsageError):
        check_title(title)


@pytest.mark.parametrize("title", ["Halv 1/2 time", "Møde kl. 9.30", "Hvorfor...?"])
def test_ordinary_titles_pass(title: str) -> None:
    assert check_title(title) == title


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_dates_in_every_accepted_form(day: dt.date) -> None:
    forms = [day.isoformat(), day.strftime("%d-%m-%Y"), day.strftime("%d.%m.%Y")]
    assert {parse_date(form) for form in forms} == {day}


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_a_two_digit_year_is_this_century(day: dt.date) -> None:
    """`01.09.22` as Danes write it (issue 27); import and log read it alike."""
    assert parse_date(day.strftime("%d.%m.%y")) == day


@pytest.mark.parametrize("text", ["2021-02-30", "32.01.2021", "2021/03/01x", "marts", "15-03-1"])
def test_bad_dates(text: str) -> None:
    with pytest.raises(UsageError):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "number"), [("14", 14), ("14,5", 14.5), ("14.5", 14.5), ("-2", -2), ("1e3", 1000.0)]
)
def test_numbers(text: str, number: float) -> None:
    parsed = parse_number(text)
    assert parsed == number and type(parsed) is type(number)


@pytest.mark.parametrize("text", ["", "abc", "nan", "inf", "1,2,3"])
def test_bad_numbers(text: str) -> None:
    with pytest.raises(UsageError):
        parse_number(text)


notes = st.one_of(
    st.none(),
    st.sampled_from(["no", "on", "12:30", "0123", "2021-03-01", "ja", "a: b", "x # y", "'q'"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20),
)
readings = st.builds(
    Reading,
    date=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 1, 1)),
    value=st.one_of(st.integers(-(10**6), 10**6), st.floats(allow_nan=False, allow_infinity=False)),
    note=notes,
)


@given(st.lists(readings, min_size=1, max_size=8), st.booleans())
def test_flow_lines_read_back_the_same_and_the_fast_parse_agrees(
    items: list[Reading], commented: bool
) -> None:
    comment = "  # by hand" if commented else ""
    body = "".join(f"  - {flow_text(r)}{comment}\n" for r in items)
    text = f"# header\nname: n\nmeasurements:\n  # first\n{body}unit: u\n"
    expected = parse_as_loader(text)
    assert parse_measure(text) == expected
    for read, reading in zip(expected["measurements"], items, strict=True):
        assert read["date"] == reading.date
        assert read["value"] == reading.value
        assert read.get("note") == reading.note
