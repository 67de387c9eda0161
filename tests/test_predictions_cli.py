"""`pdsa predictions`: the table, `--json` equal to the library's result, one municipality,
the programme's language, and clear failures."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from pdsa_cli.loader import load_workspace
from pdsa_cli.predictions import summarise_predictions
from pdsa_cli.predictions.text import report_to_dict
from tests.test_predictions_aggregate import learning_ramp


def test_json_equals_the_library_result(tmp_path: Path, runner: CliRunner) -> None:
    learning_ramp(tmp_path)
    done = runner.invoke(app, ["--cycles", str(tmp_path), "predictions", "--json"])
    assert done.exit_code == 0, done.output
    expected = report_to_dict(summarise_predictions(load_workspace(tmp_path).workspace))
    assert json.loads(done.stdout) == json.loads(json.dumps(expected))
    data = json.loads(done.stdout)
    assert [p["status"] for p in data["predictions"]].count("met") == 2
    assert data["programme"]["share_met"] == 0.4
    assert {r["initiative"]: r["trend"] for r in data["ramps"]}["feedback"] == "improving"


def test_table_in_english(tmp_path: Path, runner: CliRunner) -> None:
    learning_ramp(tmp_path)
    done = runner.invoke(app, ["--cycles", str(tmp_path), "--lang", "en", "predictions"])
    assert done.exit_code == 0, done.output
    for text in ("not met", "≥ 90 %", "62.5 %", "predictions got closer", "The whole programme"):
        assert text in done.stdout, done.stdout


def test_table_in_the_programme_language(tmp_path: Path, runner: CliRunner) -> None:
    learning_ramp(tmp_path)
    programme = tmp_path / "programme.yaml"
    programme.write_text(programme.read_text("utf-8").replace("language: en", "language: da"))
    done = runner.invoke(app, ["--cycles", str(tmp_path), "predictions"])
    assert done.exit_code == 0, done.output
    for text in ("holdt ikke", "≥ 90 %", "forudsigelserne kom tættere på", "62,5 %", "-17,5"):
        assert text in done.stdout, done.stdout


def test_one_municipality(tmp_path: Path, runner: CliRunner) -> None:
    learning_ramp(tmp_path)
    args = ["--cycles", str(tmp_path), "predictions", "--municipality", "fredensborg", "--json"]
    data = json.loads(runner.invoke(app, args).stdout)
    assert {p["municipality"] for p in data["predictions"]} == {"fredensborg"}


def test_an_unknown_municipality_is_a_usage_error(tmp_path: Path, runner: CliRunner) -> None:
    learning_ramp(tmp_path)
    args = ["--cycles", str(tmp_path), "--lang", "en", "predictions", "-m", "atlantis"]
    done = runner.invoke(app, args)
    assert done.exit_code == 2
    assert "Unknown municipality 'atlantis'" in done.stderr
    assert "hoersholm" in done.stderr


def test_no_workspace_is_one_clear_line(tmp_path: Path, runner: CliRunner) -> None:
    done = runner.invoke(app, ["--cycles", str(tmp_path / "nowhere"), "predictions"])
    assert done.exit_code == 2  # the one lookup of every command: one message, one exit code
    assert "Traceback" not in done.output


def test_a_workspace_without_predictions(tmp_path: Path, runner: CliRunner) -> None:
    from tests.predictions_support import Builder

    Builder(tmp_path).municipality("egedal")
    done = runner.invoke(app, ["--cycles", str(tmp_path), "--lang", "en", "predictions"])
    assert done.exit_code == 0
    assert "No quantitative predictions" in done.stdout
