"""Reading spreadsheets and Danish CSV exports into measurements (the pure core)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pdsa_cli.models import Measure
from pdsa_cli.tables.periods import parse_period
from pdsa_cli.tables.reader import guess_columns, parse_number, plan_import, read_table

VALUE_MEASURE = Measure.model_validate(
    {
        "name": "Dokumentationstid",
        "family": "balancing",
        "definition": "Minutter pr. besøg",
        "unit": "minutter",
        "data_type": "value",
    }
)
PROPORTION_MEASURE = Measure.model_validate(
    {
        "name": "Andel med klar hjemkomstdato",
        "family": "process",
        "definition": "Udskrivelser med dato meldt 3 dage før",
        "unit": "andel",
        "data_type": "proportion",
        "chart": "p",
    }
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-03-15", dt.date(2021, 3, 15)),
        ("15-03-2021", dt.date(2021, 3, 15)),
        ("15.03.2021", dt.date(2021, 3, 15)),
        ("15/3/2021", dt.date(2021, 3, 15)),
        ("2021-W14", dt.date(2021, 4, 5)),
        ("2021W14", dt.date(2021, 4, 5)),
        ("uge 14 2021", dt.date(2021, 4, 5)),
        ("Uge 14, 2021", dt.date(2021, 4, 5)),
        ("week 1 2021", dt.date(2021, 1, 4)),
        ("2021 uge 3", dt.date(2021, 1, 18)),
        ("marts 2021", dt.date(2021, 3, 1)),
        ("Maj 2021", dt.date(2021, 5, 1)),
        ("okt. 2021", dt.date(2021, 10, 1)),
        ("2021-03", dt.date(2021, 3, 1)),
    ],
)
def test_periods_are_read_as_their_first_day(text: str, expected: dt.date) -> None:
    assert parse_period(text) == expected


@pytest.mark.parametrize("text", ["30-02-2021", "uge 54 2021", "2021-13", "frokost 2021", ""])
def test_nonsense_periods_are_refused(text: str) -> None:
    assert parse_period(text) is None


@pytest.mark.parametrize(
    ("cell", "decimal", "expected"),
    [("12,5", None, 12.5), ("1.234,5", ",", 1234.5), ("12.5", ".", 12.5), (7, None, 7.0)],
)
def test_numbers_with_decimal_commas(cell: object, decimal: str | None, expected: float) -> None:
    assert parse_number(cell, decimal) == expected


def test_danish_headers_are_guessed() -> None:
    columns = guess_columns(["Uge", "Tæller", "Nævner", "Bemærkning"], {})
    assert columns == {
        "date": "Uge",
        "numerator": "Tæller",
        "denominator": "Nævner",
        "note": "Bemærkning",
    }


def test_semicolon_csv_with_decimal_commas_in_windows_1252(tmp_path: Path) -> None:
    source = tmp_path / "eksport.csv"
    text = "Dato;Minutter;Bemærkning\n04-01-2021;12,5;før\n11-01-2021;11,0;\n"
    source.write_bytes(text.encode("cp1252"))
    plan = plan_import(read_table(source), VALUE_MEASURE, {"value": "Minutter"})
    assert plan.problems == ()
    assert [(m.date, m.value, m.note) for m in plan.measurements] == [
        (dt.date(2021, 1, 4), 12.5, "før"),
        (dt.date(2021, 1, 11), 11.0, None),
    ]


def test_week_periods_and_proportions(tmp_path: Path) -> None:
    source = tmp_path / "uger.csv"
    source.write_text("Uge;Tæller;Nævner\nuge 1 2021;3;4\n2021-W02;5;5\n", encoding="utf-8")
    plan = plan_import(read_table(source), PROPORTION_MEASURE)
    assert plan.problems == ()
    assert [(m.date, m.numerator, m.denominator) for m in plan.measurements] == [
        (dt.date(2021, 1, 4), 3, 4),
        (dt.date(2021, 1, 11), 5, 5),
    ]


def test_every_bad_row_is_named_with_its_line_and_column(tmp_path: Path) -> None:
    source = tmp_path / "fejl.csv"
    source.write_text(
        "Uge;Tæller;Nævner\nuge 1 2021;3;4\nuge 99 2021;1;2\nuge 3 2021;tre;4\nuge 4 2021;5;4\n",
        encoding="utf-8",
    )
    plan = plan_import(read_table(source), PROPORTION_MEASURE)
    found = [(p.line, p.path, p.code) for p in plan.problems]
    assert found == [
        (3, "Uge", "import-bad-period"),
        (4, "Tæller", "import-bad-number"),
        (5, "Tæller", "numerator-exceeds-denominator"),
    ]
    assert "fejl.csv" in plan.problems[0].file


def test_a_missing_column_is_reported_with_the_headers_found(tmp_path: Path) -> None:
    # (a lone column of numbers would be taken as the value: see test_tables_import_sheets.py)
    source = tmp_path / "uden.csv"
    source.write_text("Dato;Noget\n04-01-2021;tre\n", encoding="utf-8")
    plan = plan_import(read_table(source), VALUE_MEASURE)
    assert [p.code for p in plan.problems] == ["import-missing-column"]
    assert "Noget" in plan.problems[0].message("en")


def test_xlsx_with_danish_headers_and_real_dates(tmp_path: Path) -> None:
    import pandas as pd

    source = tmp_path / "data.xlsx"
    frame = pd.DataFrame(
        {
            "Dato": [dt.datetime(2021, 3, 1), dt.datetime(2021, 3, 8)],
            "Minutter": [14.0, 12.5],
            "Kommentar": ["første uge", None],
        }
    )
    frame.to_excel(source, index=False)
    plan = plan_import(read_table(source), VALUE_MEASURE, {"value": "Minutter"})
    assert plan.problems == ()
    assert [(m.date, m.value, m.note) for m in plan.measurements] == [
        (dt.date(2021, 3, 1), 14.0, "første uge"),
        (dt.date(2021, 3, 8), 12.5, None),
    ]
