"""`pdsa export` for Danish Excel, without live formulas, safe with concurrent writers and a
full disk (issues 14.6, 15.2, 15.6 and the expected-failure part of 15.8), through the CLI."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from tests.conftest import EXAMPLE

MEASURE_FILE = "allerod/allerod-livshistorier/measures/allerod-dokumentation-min.yaml"
FORMULA = "=cmd|' /C calc'!A0"


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "cycles"
    shutil.copytree(EXAMPLE, root)
    return root


def _run(runner: CliRunner, root: Path, lang: str, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["--lang", lang, "--cycles", str(root), *args])
    return result.exit_code, result.output


def _csv_out(runner: CliRunner, root: Path, lang: str, *args: str) -> str:
    """The CSV as written, CRLF kept (the runner's `output` turns CRLF into LF)."""
    result = runner.invoke(app, ["--lang", lang, "--cycles", str(root), *args])
    assert result.exit_code == 0, result.output
    return result.stdout_bytes.decode("utf-8")


def _with_dangerous_notes(root: Path) -> None:
    """A negative number, a note that is a formula, notes that start like one (weeks 1-4)."""
    path = root / MEASURE_FILE
    text = path.read_text(encoding="utf-8")
    notes = {
        "2021-01-04, value: 7.3": "value: -3.5, note: \"=cmd|' /C calc'!A0\"",
        "2021-01-11, value: 7.1": 'value: 7.1, note: "-2 fald efter møde"',
        "2021-01-18, value: 8.4": 'value: 8.4, note: "@SUM(A1:A9)"',
        "2021-01-25, value: 7.3": 'value: 7.3, note: "+45 12 34 56 78"',
    }
    for old, new in notes.items():
        assert f"{{date: {old}}}" in text
        text = text.replace(f"{{date: {old}}}", f"{{date: {old.split(',')[0]}, {new}}}")
    # a duration below 0 is refused unless the measure allows it (a change from a baseline may)
    text = text.replace("\nmeasurements:", "\nallow_negative: true\nmeasurements:", 1)
    path.write_text(text, encoding="utf-8")


# -- 14.6: for Danish Excel ----------------------------------------------------------------------


def test_excel_csv_in_danish_has_commas_bom_crlf_and_danish_words(
    runner: CliRunner, workspace: Path
) -> None:
    output = _csv_out(runner, workspace, "da", "export", "--excel")
    assert output.startswith("\ufeff")  # Excel then reads æøå as UTF-8
    assert "\r\n" in output and "\n" not in output.replace("\r\n", "")
    rows = list(csv.reader(io.StringIO(output.removeprefix("\ufeff"), newline=""), delimiter=";"))
    header = rows[0]
    assert header[:3] == ["kommune", "indsats", "måling"]  # the words of the rest of the tool
    assert {"dato", "værdi", "tæller", "nævner", "udelad", "begrundelse"} <= set(header)
    first = dict(zip(header, rows[1], strict=True))
    assert first["værdi"] == "7,3" and first["dato"] == "2021-01-04"
    assert {r[header.index("udelad")] for r in rows[1:]} == {"ja", "nej"}


def test_excel_csv_in_english_uses_points_and_yes_no(runner: CliRunner, workspace: Path) -> None:
    output = _csv_out(runner, workspace, "en", "export", "--excel")
    assert output.startswith("\ufeff") and "\r\n" in output
    rows = list(csv.DictReader(io.StringIO(output.removeprefix("\ufeff"), newline="")))
    assert rows[0]["value"] == "7.3"
    assert {r["exclude"] for r in rows} == {"yes", "no"}


def test_the_default_csv_stays_tidy_for_tools(runner: CliRunner, workspace: Path) -> None:
    output = _csv_out(runner, workspace, "da", "export")
    assert output.startswith("municipality,initiative,measure,")
    assert "\r" not in output
    row = next(csv.DictReader(io.StringIO(output)))
    assert row["value"] == "7.3" and row["exclude"] == "False"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_xlsx_holds_real_dates_and_numbers(
    runner: CliRunner, workspace: Path, tmp_path: Path, lang: str
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "eksport.xlsx"
    code, output = _run(runner, workspace, lang, "export", "--excel", "--out", str(out))
    assert code == 0, output
    book = load_workbook(out)
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[6] == ("dato" if lang == "da" else "date")
    date_cell, value_cell = sheet.cell(2, 7), sheet.cell(2, 8)
    assert date_cell.is_date and date_cell.value.date() == dt.date(2021, 1, 4)
    assert value_cell.data_type == "n" and value_cell.value == 7.3
    cycles = book.worksheets[1]
    plan = [c for c in cycles[2] if c.is_date]
    assert plan, "the cycle sheet's dates are dates too"


# -- 15.2: no live formulas ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("excel", [False, True])
def test_csv_cells_never_start_a_formula(
    runner: CliRunner, workspace: Path, lang: str, excel: bool
) -> None:
    _with_dangerous_notes(workspace)
    args = ["export", "--excel"] if excel else ["export"]
    output = _csv_out(runner, workspace, lang, *args)
    sep = ";" if excel and lang == "da" else ","
    text = output.removeprefix("\ufeff")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=sep))
    notes = [r[10] for r in rows[1:] if r[2] == "allerod-dokumentation-min"][:4]
    assert notes == [f"'{FORMULA}", "'-2 fald efter møde", "'@SUM(A1:A9)", "'+45 12 34 56 78"]
    values = [r[7] for r in rows[1:] if r[2] == "allerod-dokumentation-min"][:1]
    assert values == (["-3,5"] if excel and lang == "da" else ["-3.5"])  # a number stays one
    for row in rows:
        assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for cell in row)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_xlsx_text_is_text_never_a_formula(
    runner: CliRunner, workspace: Path, tmp_path: Path, lang: str
) -> None:
    from openpyxl import load_workbook

    _with_dangerous_notes(workspace)
    out = tmp_path / "eksport.xlsx"
    code, output = _run(runner, workspace, lang, "export", "--out", str(out))
    assert code == 0, output
    sheet = load_workbook(out).worksheets[0]
    cells = [c for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    note = next(c for c in cells if c.value == FORMULA)
    assert note.data_type == "s"
    assert any(c.value == -3.5 and c.data_type == "n" for c in cells)


# -- 15.6 and expected failures: every output atomic --------------------------------------------


def _pdsa(*args: str, **kwargs: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "pdsa_cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,  # type: ignore[call-overload]
    )


def test_concurrent_exports_to_one_file_leave_a_whole_file(workspace: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "same.xlsx"
    for _ in range(4):
        processes = [
            _pdsa("--cycles", str(workspace), "export", "--out", str(out), "--force")
            for _ in range(3)
        ]
        results = [(*p.communicate(timeout=120), p.returncode) for p in processes]
        assert [r[2] for r in results] == [0, 0, 0], results
        book = load_workbook(out)  # a whole xlsx: not a mix of two writers' bytes
        assert book.sheetnames == ["målinger", "cyklusser"]  # the Danish workspace's words
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def _limit_file_size() -> None:
    """A file system that takes no file over 20 KB: writing more fails as a full disk does."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))


@pytest.mark.parametrize(
    ("lang", "words"),
    [("da", "Kunne ikke skrive eksport.xlsx"), ("en", "Could not write eksport.xlsx")],
)
def test_a_failed_write_says_so_and_leaves_no_file(
    workspace: Path, tmp_path: Path, lang: str, words: str
) -> None:
    out = tmp_path / "eksport.xlsx"
    process = _pdsa(
        "--lang",
        lang,
        "--cycles",
        str(workspace),
        "export",
        "--out",
        "eksport.xlsx",
        cwd=tmp_path,
        preexec_fn=_limit_file_size,
    )
    _, stderr = process.communicate(timeout=120)
    message = stderr.decode("utf-8")
    assert process.returncode == 1, message
    assert words in message
    assert "Traceback" not in message and "ZipFile" not in message
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["cycles"]  # no temporary file either


@pytest.mark.parametrize("lang", ["da", "en"])
def test_summary_and_chart_files_are_readable_by_the_team(
    runner: CliRunner, workspace: Path, tmp_path: Path, lang: str
) -> None:
    """One output helper for all: files get the usual mode (0644 here), not mkstemp's 0600."""
    old = os.umask(0o022)
    try:
        chart = tmp_path / "figur.png"
        code, output = _run(
            runner, workspace, lang, "chart", "allerod-dokumentation-min", "--out", str(chart)
        )
        assert code == 0, output
        report = tmp_path / "oversigt.md"
        code, output = _run(runner, workspace, lang, "summary", "--no-charts", "--out", str(report))
        assert code == 0, output
    finally:
        os.umask(old)
    assert oct(chart.stat().st_mode & 0o777) == oct(0o644)
    assert oct(report.stat().st_mode & 0o777) == oct(0o644)


@pytest.mark.parametrize(("lang", "words"), [("da", "disken er fuld"), ("en", "the disk is full")])
def test_a_full_disk_is_named_and_the_old_file_kept(
    runner: CliRunner,
    workspace: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    words: str,
) -> None:
    import errno

    from pdsa_cli.writing import output

    out = tmp_path / "tal.csv"
    out.write_text("mine\n", encoding="utf-8")

    def full(_: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", full)
    code, message = _run(runner, workspace, lang, "export", "--out", str(out), "--force")
    assert code == 1
    assert words in message and "Traceback" not in message
    assert out.read_text(encoding="utf-8") == "mine\n"
    assert [p.name for p in tmp_path.iterdir() if p.name != "cycles"] == ["tal.csv"]


@pytest.mark.parametrize(("lang", "words"), [("da", "Kunne ikke skrive"), ("en", "Could not")])
def test_schema_files_go_through_the_same_helper(
    runner: CliRunner, tmp_path: Path, lang: str, words: str
) -> None:
    blocked = tmp_path / "schemas"
    blocked.write_text("a file where the folder should be\n", encoding="utf-8")
    result = runner.invoke(app, ["--lang", lang, "schema", "--out", str(blocked)])
    assert result.exit_code == 1
    assert words in result.output and "Traceback" not in result.output
    assert blocked.read_text(encoding="utf-8") == "a file where the folder should be\n"


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_neutralised_notes_come_back_as_written(
    runner: CliRunner, workspace: Path, tmp_path: Path, lang: str, suffix: str
) -> None:
    """The `'` that export puts before a formula start is taken off again by import."""
    import yaml

    _with_dangerous_notes(workspace)
    source = workspace / MEASURE_FILE
    notes = [m.get("note") for m in yaml.safe_load(source.read_text("utf-8"))["measurements"]]
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["measurements"] = []
    source.with_name("kopi.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    out = tmp_path / f"alle{suffix}"
    assert _run(runner, workspace, lang, "export", "--excel", "--out", str(out))[0] == 0
    code, output = _run(
        runner,
        workspace,
        lang,
        "import",
        str(out),
        "-m",
        "kopi",
        "--from-measure",
        "allerod-dokumentation-min",
        "--yes",
    )
    assert code == 0, output
    copied = yaml.safe_load(source.with_name("kopi.yaml").read_text("utf-8"))["measurements"]
    assert [m.get("note") for m in copied] == notes
    assert notes[:2] == [FORMULA, "-2 fald efter møde"]
