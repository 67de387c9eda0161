"""`pdsa export` and `pdsa import` through the CLI, on a copy of the example workspace."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from pdsa_cli.loader import load_workspace
from tests.conftest import EXAMPLE


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "cycles"
    shutil.copytree(EXAMPLE, root)
    return root


def _run(runner: CliRunner, root: Path, *args: str, stdin: str | None = None) -> tuple[int, str]:
    result = runner.invoke(app, ["--lang", "en", "--cycles", str(root), *args], input=stdin)
    return result.exit_code, result.output


def _tree_hash(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.yaml")):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _empty_copy_of(root: Path, measure: str, new_id: str) -> Path:
    """A new measure with the same definition as `measure` and no measurements."""
    source = next(root.glob(f"*/*/measures/{measure}.yaml"))
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["measurements"] = []
    target = source.with_name(f"{new_id}.yaml")
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return target


def test_export_measurements_has_a_row_per_measurement(runner: CliRunner, workspace: Path) -> None:
    code, output = _run(runner, workspace, "export", "measurements")
    assert code == 0, output
    rows = list(csv.DictReader(io.StringIO(output)))
    loaded = load_workspace(workspace).workspace
    assert len(rows) == sum(len(m.model.measurements) for m in loaded.measures.values())
    assert {r["municipality"] for r in rows} >= {"hoersholm", "ballerup", "soenderborg"}


def test_export_cycles_has_status_and_decision(runner: CliRunner, workspace: Path) -> None:
    code, output = _run(runner, workspace, "export", "cycles", "--sep", ";")
    assert code == 0, output
    rows = list(csv.DictReader(io.StringIO(output), delimiter=";"))
    loaded = load_workspace(workspace).workspace
    assert len(rows) == len(loaded.cycles)
    assert {r["status"] for r in rows} <= {"planned", "doing", "studying", "done"}
    assert {"adopt", "adapt"} <= {r["decision"] for r in rows}


def test_export_xlsx_has_both_sheets(runner: CliRunner, workspace: Path, tmp_path: Path) -> None:
    import pandas as pd

    out = tmp_path / "eksport.xlsx"
    code, output = _run(runner, workspace, "export", "--out", str(out))
    assert code == 0, output
    sheets = pd.read_excel(out, sheet_name=None)
    assert set(sheets) == {"measurements", "cycles"}
    assert len(sheets["cycles"]) == len(load_workspace(workspace).workspace.cycles)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_round_trip_export_then_import_gives_the_same_measurements(
    runner: CliRunner, workspace: Path, tmp_path: Path, suffix: str
) -> None:
    loaded = load_workspace(workspace).workspace
    source = next(
        m for m in loaded.measures.values() if any(x.exclude for x in m.model.measurements)
    )
    _empty_copy_of(workspace, source.id, "kopi")
    out = tmp_path / f"alle{suffix}"
    assert _run(runner, workspace, "export", "--out", str(out))[0] == 0
    sheet = ["--sheet", "measurements"] if suffix == ".xlsx" else []
    code, output = _run(
        runner,
        workspace,
        "import",
        str(out),
        "-m",
        "kopi",
        "--from-measure",
        source.id,
        *sheet,
        "--yes",
    )
    assert code == 0, output
    reloaded = load_workspace(workspace).workspace
    assert reloaded.measures["kopi"].model.measurements == source.model.measurements


def test_import_danish_csv_after_a_preview(
    runner: CliRunner, workspace: Path, tmp_path: Path
) -> None:
    _empty_copy_of(workspace, _value_measure(workspace), "ny")
    data = tmp_path / "data.csv"
    data.write_bytes(
        "Uge;Minutter;Bemærkning\nuge 1 2021;12,5;første\n2021-W02;11,0;\n".encode("cp1252")
    )
    code, output = _run(
        runner, workspace, "import", str(data), "-m", "ny", "--value-col", "Minutter", stdin="y\n"
    )
    assert code == 0, output
    assert "2021-01-04" in output  # the preview
    measurements = load_workspace(workspace).workspace.measures["ny"].model.measurements
    assert [(m.date, m.value, m.note) for m in measurements] == [
        (dt.date(2021, 1, 4), 12.5, "første"),
        (dt.date(2021, 1, 11), 11.0, None),
    ]


def test_import_with_a_bad_row_writes_nothing_and_names_the_row(
    runner: CliRunner, workspace: Path, tmp_path: Path
) -> None:
    _empty_copy_of(workspace, _value_measure(workspace), "ny")
    data = tmp_path / "fejl.csv"
    data.write_text("Dato;Værdi\n04-01-2021;12\n11-01-2021;tolv\n", encoding="utf-8")
    before = _tree_hash(workspace)
    code, output = _run(runner, workspace, "import", str(data), "-m", "ny", "--yes")
    assert code == 1
    assert "fejl.csv:3: Værdi: 'tolv' is not a number" in output
    assert "Nothing was written" in output
    assert _tree_hash(workspace) == before


def test_dry_run_writes_nothing(runner: CliRunner, workspace: Path, tmp_path: Path) -> None:
    _empty_copy_of(workspace, _value_measure(workspace), "ny")
    data = tmp_path / "data.csv"
    data.write_text("Dato;Værdi\n04-01-2021;12\n", encoding="utf-8")
    before = _tree_hash(workspace)
    code, output = _run(runner, workspace, "import", str(data), "-m", "ny", "--dry-run")
    assert code == 0, output
    assert _tree_hash(workspace) == before


def _value_measure(root: Path) -> str:
    loaded = load_workspace(root).workspace
    return next(m.id for m in loaded.measures.values() if m.model.data_type.value == "value")


def test_export_never_overwrites_a_file_without_force(
    runner: CliRunner, workspace: Path, tmp_path: Path
) -> None:
    out = tmp_path / "mine.csv"
    out.write_text("my own notes\n", encoding="utf-8")
    code, output = _run(runner, workspace, "export", "--out", str(out))
    assert code == 2
    assert "--force" in output
    assert out.read_text(encoding="utf-8") == "my own notes\n"
    code, output = _run(runner, workspace, "export", "--out", str(out), "--force")
    assert code == 0, output
    assert out.read_text(encoding="utf-8").startswith("municipality,initiative,measure")
