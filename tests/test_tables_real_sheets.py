"""Issue 27, item 8: municipalities' own spreadsheets, made with openpyxl as they come.

Title rows (merged over the table or not) above the headers, a total row under the data,
empty cells; every message names fields in Danish and never says `None`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from openpyxl import Workbook

from tests.test_everyday_input import run_da
from tests.writing_support import FOLDER, make_workspace, tree

TITLE = "Udskrivelsestjekliste – Ballerup Kommune, hjemmeplejen"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_workspace(tmp_path)


def falls(root: Path) -> list[tuple[str, float]]:
    text = (root / FOLDER / "measures" / "antal-fald.yaml").read_text("utf-8")
    return [(str(m["date"]), m["value"]) for m in yaml.safe_load(text)["measurements"]]


def ballerup_sheet(path: Path, total: bool = True, blank_date: bool = False) -> Path:
    """A title merged over the table, a line of print date, an empty row, then the table."""
    book = Workbook()
    sheet = book.active
    sheet["A1"] = TITLE
    sheet.merge_cells("A1:C1")
    sheet["A2"] = "Udtrukket 07.12.2026"
    sheet.append([])  # row 3, empty
    sheet.append(["Dato", "Antal", "Bemærkning"])  # row 4
    sheet.append([dt.date(2022, 9, 5), 3, "første uge"])
    sheet.append([None if blank_date else "06.09.22", 2, None])
    sheet.append(["07-09-2022", 4, None])
    if total:
        sheet.append(["I alt", 9, None])
    book.save(path)
    return path


def test_title_rows_and_a_total_row_are_read_around(root: Path, tmp_path: Path) -> None:
    sheet = ballerup_sheet(tmp_path / "fald.xlsx")
    done = run_da(root, "import", str(sheet), "--measure", "antal-fald", "--yes")
    assert done.exit_code == 0, done.output
    assert "Overskrifterne står i række 4; 2 række(r) over den (titler)" in done.output
    assert "Række 8 er en total (I alt, Total, Sum) og er udeladt." in done.output
    assert falls(root) == [("2022-09-05", 3), ("2022-09-06", 2), ("2022-09-07", 4)]


def test_a_named_date_column_is_found_under_the_title(root: Path, tmp_path: Path) -> None:
    sheet = ballerup_sheet(tmp_path / "fald.xlsx")
    done = run_da(root, "import", str(sheet), "--measure", "antal-fald", "--date-col", "Dato",
                  "--value-col", "Antal", "--dry-run")  # fmt: skip
    assert done.exit_code == 0, done.output
    assert "Dato <- Dato" in done.output


@pytest.mark.parametrize("word", ["Total", "Sum", "i alt:"])
def test_total_rows_in_a_csv_are_left_out(root: Path, tmp_path: Path, word: str) -> None:
    data = tmp_path / "fald.csv"
    data.write_text(f"Dato;Antal\n05.09.22;3\n06.09.22;2\n{word};5\n", encoding="utf-8")
    done = run_da(root, "import", str(data), "--measure", "antal-fald", "--yes")
    assert done.exit_code == 0, done.output
    assert "Række 4 er en total" in done.output
    assert falls(root) == [("2022-09-05", 3), ("2022-09-06", 2)]


def test_header_row_names_the_headers_when_no_word_gives_them_away(
    root: Path, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Hjemmeplejen", "2022"])  # two cells: it would pass for headers
    sheet.append(["Hvornår", "Hvor mange"])
    sheet.append(["05.09.22", 3])
    path = tmp_path / "fald.xlsx"
    book.save(path)
    args = ["import", str(path), "-m", "antal-fald", "--date-col", "Hvornår",
            "--value-col", "Hvor mange", "--yes"]  # fmt: skip
    guessed = run_da(root, *args)
    assert guessed.exit_code == 1
    done = run_da(root, *args, "--header-row", "2")
    assert done.exit_code == 0, done.output
    assert falls(root) == [("2022-09-05", 3)]
    wrong = run_da(root, *args, "--header-row", "9")
    assert wrong.exit_code == 1
    assert "række 9 er tom eller findes ikke" in wrong.output


def test_an_empty_date_cell_is_named_in_danish_never_none(root: Path, tmp_path: Path) -> None:
    sheet = ballerup_sheet(tmp_path / "fald.xlsx", total=False, blank_date=True)
    before = tree(root)
    done = run_da(root, "import", str(sheet), "--measure", "antal-fald", "--yes")
    assert done.exit_code == 1
    assert "fald.xlsx:6: Dato: rækken har ingen dato" in done.output
    assert "None" not in done.output
    assert tree(root) == before


def test_a_missing_column_is_named_in_danish(root: Path, tmp_path: Path) -> None:
    data = tmp_path / "fald.csv"
    data.write_text("Hvornår;Antal\n05.09.22;3\n", encoding="utf-8")
    done = run_da(root, "import", str(data), "--measure", "antal-fald", "--yes")
    assert done.exit_code == 1
    assert "fandt ingen kolonne til datoen; angiv den med --date-col" in done.output
    assert " date" not in done.output
