"""`pdsa import` and `pdsa log --from-csv` read spreadsheets the way people fill them, and
no spreadsheet can exhaust the machine (issues 14.7, 15.5, 15.13), through the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import io
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from tests.conftest import EXAMPLE

VALUE = "allerod-dokumentation-min"  # weekly, minutes per visit
PROPORTION = "allerod-livshistorie-i-plan"  # weekly, numerator/denominator

MESSAGES = {
    "percent_for_proportion": {
        "da": "men målet er en andel: en andel skal have tæller og nævner",
        "en": "but the measure is a proportion: a proportion needs a numerator and a denominator",
    },
    "value_from": {
        "da": "Værdierne er læst fra kolonnen 'Minutter pr. besøg'",
        "en": "The values were read from the column 'Minutter pr. besøg'",
    },
    "several_numbers": {"da": "flere kolonner har tal (Morgen, Aften)", "en": "several columns"},
    "which_measure": {"da": "vælg hvilket med --from-measure", "en": "choose one with"},
    "duplicate_column": {
        "da": "overskriften 'Værdi' står over to kolonner (B og C)",
        "en": "the header 'Værdi' is over two columns (B and C)",
    },
    "too_many_columns": {"da": "der læses højst 50 kolonner", "en": "at most 50 columns"},
    "too_many_rows": {"da": "der læses højst 20 000 rækker", "en": "at most 20 000 rows"},
    "more": {"da": "og 40 problem(er) mere", "en": "and 40 more problem(s)"},
    "taken": {"da": "der er allerede en måling for den periode", "en": "already"},
    "confirm": {"da": "Skriv dem?", "en": "Write them?"},
}


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "cycles"
    shutil.copytree(EXAMPLE, root)
    return root


def _run(
    runner: CliRunner, root: Path, lang: str, *args: str, stdin: str | None = None
) -> tuple[int, str]:
    result = runner.invoke(app, ["--lang", lang, "--cycles", str(root), *args], input=stdin)
    return result.exit_code, result.output


def _empty_copy(root: Path, measure: str, new_id: str, **changes: str) -> Path:
    source = next(root.glob(f"*/*/measures/{measure}.yaml"))
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["measurements"] = []
    data.update(changes)
    target = source.with_name(f"{new_id}.yaml")
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return target


def _logged(root: Path, measure: str) -> list[dict[str, object]]:
    path = next(root.glob(f"*/*/measures/{measure}.yaml"))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data["measurements"])


PDSA = (sys.executable, "-m", "pdsa_cli")
LANGS = pytest.mark.parametrize("lang", ["da", "en"])


# -- 14.7: percentages ---------------------------------------------------------------------------


@LANGS
def test_percentages_for_a_proportion_are_refused_with_the_reason(
    runner: CliRunner, workspace: Path, tmp_path: Path, lang: str
) -> None:
    _empty_copy(workspace, PROPORTION, "andel")
    data = tmp_path / "procent.csv"
    data.write_text("Uge;Andel;Note\nuge 1 2024;40 %;\nuge 2 2024;35 %;\n", encoding="utf-8")
    code, output = _run(runner, workspace, lang, "import", str(data), "-m", "andel", "--yes")
    assert code == 1
    assert "procent.csv:2: Andel:" in output
    assert MESSAGES["percent_for_proportion"][lang] in output
    assert _logged(workspace, "andel") == []


@LANGS
def test_percentages_go_into_a_value_measure_in_percent(
    runner: CliRunner, workspace: Path, tmp_path: Path, lang: str
) -> None:
    from openpyxl import Workbook

    _empty_copy(workspace, VALUE, "pct", unit="%")
    book = Workbook()
    sheet = book.active
    sheet.append(["Uge", "Andel"])
    sheet.append(["uge 1 2024", "40 %"])
    sheet.append(["uge 2 2024", 0.355])
    sheet["B3"].number_format = "0.0%"  # Excel keeps 35,5 % as 0.355 shown as a percentage
    data = tmp_path / "procent.xlsx"
    book.save(data)
    code, output = _run(runner, workspace, lang, "import", str(data), "-m", "pct", "--yes")
    assert code == 0, output
    assert [m["value"] for m in _logged(workspace, "pct")] == [40.0, 35.5]


# -- 14.7: the one column of numbers -------------------------------------------------------------


@LANGS
def test_the_one_column_of_numbers_is_the_value_and_the_preview_says_so(
    runner: CliRunner, workspace: Path, tmp_path: Path, lang: str
) -> None:
    _empty_copy(workspace, VALUE, "ny")
    data = tmp_path / "skema.csv"
    data.write_text(
        "Uge;Minutter pr. besøg;Kommentar\nuge 1 2024;7,5;travl uge\nuge 2 2024;8;\n",
        encoding="utf-8",
    )
    code, output = _run(runner, workspace, lang, "import", str(data), "-m", "ny", "--yes")
    assert code == 0, output
    assert MESSAGES["value_from"][lang] in output
    assert [(m["value"], m.get("note")) for m in _logged(workspace, "ny")] == [
        (7.5, "travl uge"),
        (8.0, None),
    ]


@LANGS
def test_two_columns_of_numbers_are_named_not_guessed(
    runner: CliRunner, workspace: Path, tmp_path: Path, lang: str
) -> None:
    _empty_copy(workspace, VALUE, "ny")
    data = tmp_path / "to.csv"
    data.write_text("Uge;Morgen;Aften\nuge 1 2024;7;8\n", encoding="utf-8")
    code, output = _run(runner, workspace, lang, "import", str(data), "-m", "ny", "--yes")
    assert code == 1
    assert MESSAGES["several_numbers"][lang] in output and "--value-col" in output


# -- 14.7: a file just exported ------------------------------------------------------------------


@LANGS
@pytest.mark.parametrize("form", ["tidy.csv", "excel.csv", "excel.xlsx"])
def test_an_export_of_one_measure_re_imports_without_from_measure(
    runner: CliRunner, workspace: Path, tmp_path: Path, lang: str, form: str
) -> None:
    expected = _logged(workspace, VALUE)
    out = tmp_path / f"eksport.{form.split('.')[1]}"
    excel = ["--excel"] if form.startswith("excel") else []
    code, output = _run(runner, workspace, lang, "export", *excel, "--out", str(out))
    assert code == 0, output
    _keep_one_measure(out, VALUE)
    _empty_copy(workspace, VALUE, "kopi")
    code, output = _run(runner, workspace, lang, "import", str(out), "-m", "kopi", "--yes")
    assert code == 0, output
    assert _logged(workspace, "kopi") == expected


def _keep_one_measure(path: Path, measure: str) -> None:
    """The exported file as if the user kept one measure's rows (header: mål or measure)."""
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path)
        sheet = book.worksheets[0]
        for row in range(sheet.max_row, 1, -1):
            if sheet.cell(row, 3).value != measure:
                sheet.delete_rows(row)
        book.save(path)
        return
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig")
    dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=",;")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=dialect.delimiter))
    kept = [rows[0], *(r for r in rows[1:] if r[2] == measure)]
    out = io.StringIO()
    line_end = "\r\n" if b"\r\n" in raw else "\n"
    csv.writer(out, delimiter=dialect.delimiter, lineterminator=line_end).writerows(kept)
    bom = "\ufeff" if raw.startswith(b"\xef\xbb\xbf") else ""
    path.write_bytes((bom + out.getvalue()).encode("utf-8"))


@LANGS
def test_an_export_of_several_measures_asks_which(
    runner: CliRunner, workspace: Path, tmp_path: Path, lang: str
) -> None:
    out = tmp_path / "alle.csv"
    assert _run(runner, workspace, lang, "export", "--out", str(out))[0] == 0
    _empty_copy(workspace, VALUE, "kopi")
    code, output = _run(runner, workspace, lang, "import", str(out), "-m", "kopi", "--yes")
    assert code == 1
    assert MESSAGES["which_measure"][lang] in output and VALUE in output
    assert _logged(workspace, "kopi") == []


# -- 14.7: real lines, and a taken period before the question -----------------------------------


@LANGS
def test_a_taken_period_is_said_with_its_line_before_the_question(
    runner: CliRunner, workspace: Path, tmp_path: Path, lang: str
) -> None:
    data = tmp_path / "igen.csv"
    data.write_text("Dato;Værdi\n2024-06-03;5\n2021-01-05;6\n", encoding="utf-8")
    before = _logged(workspace, VALUE)
    code, output = _run(runner, workspace, lang, "import", str(data), "-m", VALUE, stdin="y\n")
    assert code == 1
    assert "igen.csv:3:" in output and MESSAGES["taken"][lang] in output
    assert ":None:" not in output
    assert MESSAGES["confirm"][lang] not in output  # nobody is asked to confirm a refusal
    assert _logged(workspace, VALUE) == before


# -- 15.13: notes over several lines, headers twice ----------------------------------------------


@LANGS
@pytest.mark.parametrize("command", ["import", "log"])
def test_a_note_over_two_lines_is_kept_and_later_lines_counted_right(
    runner: CliRunner, workspace: Path, tmp_path: Path, lang: str, command: str
) -> None:
    _empty_copy(workspace, VALUE, "ny")
    data = tmp_path / "noter.csv"
    data.write_text(
        'date,value,note\n2024-01-01,5,"første linje\nanden linje"\n2024-01-08,6,\n',
        encoding="utf-8",
    )
    args = ["import", str(data), "-m", "ny", "--yes"] if command == "import" else []
    args = args or ["log", "ny", "--from-csv", str(data)]
    code, output = _run(runner, workspace, lang, *args)
    assert code == 0, output
    assert [m.get("note") for m in _logged(workspace, "ny")] == ["første linje\nanden linje", None]
    bad = tmp_path / "fejl.csv"
    bad.write_text(
        'date,value,note\n2024-02-05,5,"første linje\nanden linje"\n2024-02-12,tolv,\n',
        encoding="utf-8",
    )
    args = ["import", str(bad), "-m", "ny", "--yes"] if command == "import" else []
    code, output = _run(runner, workspace, lang, *(args or ["log", "ny", "--from-csv", str(bad)]))
    assert code == 1
    assert "fejl.csv:4: value:" in output  # the file's own line 4, not record 3


@LANGS
@pytest.mark.parametrize("command", ["import", "log"])
def test_two_columns_with_one_header_are_refused(
    runner: CliRunner, workspace: Path, tmp_path: Path, lang: str, command: str
) -> None:
    data = tmp_path / "dobbelt.csv"
    data.write_text("Dato;Værdi;Værdi\n2024-06-03;5;6\n", encoding="utf-8")
    before = _logged(workspace, VALUE)
    args = ["import", str(data), "-m", VALUE, "--yes"] if command == "import" else []
    code, output = _run(runner, workspace, lang, *(args or ["log", VALUE, "--from-csv", str(data)]))
    assert code == 1
    assert "dobbelt.csv:1: Værdi:" in output and MESSAGES["duplicate_column"][lang] in output
    assert _logged(workspace, VALUE) == before


# -- 15.5: bounded reading -----------------------------------------------------------------------


@LANGS
def test_at_most_a_screenful_of_bad_rows_and_a_count_of_the_rest(
    runner: CliRunner, workspace: Path, tmp_path: Path, lang: str
) -> None:
    _empty_copy(workspace, VALUE, "ny")
    data = tmp_path / "mange.csv"
    days = [dt.date(2020, 1, 6) + dt.timedelta(weeks=n) for n in range(60)]
    lines = [f"{day:%d-%m-%Y};ikke et tal" for day in days]
    data.write_text("Dato;Værdi\n" + "\n".join(lines) + "\n", encoding="utf-8")
    code, output = _run(runner, workspace, lang, "import", str(data), "-m", "ny", "--yes")
    assert code == 1
    assert output.count("mange.csv:") == 20
    assert MESSAGES["more"][lang] in output


def _stray_cell(path: Path, cell: str) -> Path:
    """A small valid table, and one stray cell far away (a 5 KB file)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Dato", "Værdi"])
    sheet.append(["2024-06-03", 5])
    sheet[cell] = 1
    book.save(path)
    return path


def _bounded() -> None:
    """At most 1.5 GB of address space: a reader that fills a 16384-column sheet dies."""
    limit = 1_500_000_000
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


@LANGS
@pytest.mark.parametrize(
    ("cell", "message"),
    [
        ("XFD1048576", "too_many_columns"),
        ("XFD1", "too_many_columns"),
        ("A1048576", "too_many_rows"),
    ],
)
def test_a_stray_far_cell_is_refused_quickly_with_the_limit_named(
    workspace: Path, tmp_path: Path, lang: str, cell: str, message: str
) -> None:
    data = _stray_cell(tmp_path / "skjult.xlsx", cell)
    assert data.stat().st_size < 10_000
    command = ["--lang", lang, "--cycles", str(workspace), "import", str(data), "-m", VALUE]
    process = subprocess.run(
        [*PDSA, *command, "--dry-run"],
        capture_output=True,
        timeout=120,  # 167 s before, for A1048576
        preexec_fn=_bounded,
    )
    output = process.stderr.decode("utf-8") + process.stdout.decode("utf-8")
    assert process.returncode == 1, output
    assert MESSAGES[message][lang] in output and cell in output
    assert len(output) < 2_000  # one message, not 161 MB of them


@LANGS
def test_a_sheet_that_starts_lower_names_its_header_line(
    runner: CliRunner, workspace: Path, tmp_path: Path, lang: str
) -> None:
    from openpyxl import Workbook

    _empty_copy(workspace, VALUE, "ny")
    book = Workbook()
    sheet = book.active
    sheet["A3"], sheet["B3"], sheet["C3"] = "Uge", "Morgen", "Aften"
    sheet["A4"], sheet["B4"], sheet["C4"] = "uge 1 2024", 7, 8
    data = tmp_path / "lavere.xlsx"
    book.save(data)
    code, output = _run(runner, workspace, lang, "import", str(data), "-m", "ny", "--yes")
    assert code == 1
    assert "lavere.xlsx:3: " in output and ":None:" not in output
    assert ("værdien" if lang == "da" else "the value") in output  # the field in its words


@LANGS
def test_a_field_over_the_csv_limit_is_one_clear_message(
    runner: CliRunner, workspace: Path, tmp_path: Path, lang: str
) -> None:
    data = tmp_path / "lang.csv"
    data.write_text(f'Dato;Værdi;Note\n2024-06-03;5;"{"x" * 200_000}"\n', encoding="utf-8")
    code, output = _run(runner, workspace, lang, "import", str(data), "-m", VALUE, "--yes")
    assert code == 1
    words = "længere end 131072 tegn" if lang == "da" else "longer than 131072 characters"
    assert "lang.csv" in output and words in output
    assert "Uventet" not in output and "Unexpected" not in output


@LANGS
def test_a_csv_wider_than_the_limit_is_refused_with_its_line(
    runner: CliRunner, workspace: Path, tmp_path: Path, lang: str
) -> None:
    data = tmp_path / "bred.csv"
    data.write_text("Dato;Værdi\n2024-06-03;5\n2024-06-10;6" + ";" * 59 + "x\n", encoding="utf-8")
    code, output = _run(runner, workspace, lang, "import", str(data), "-m", VALUE, "--yes")
    assert code == 1
    where = "i linje 3, felt 61" if lang == "da" else "on line 3, field 61"
    assert where in output and MESSAGES["too_many_columns"][lang] in output
