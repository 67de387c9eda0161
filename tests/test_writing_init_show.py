"""`pdsa init` makes a workspace ready for `pdsa new`; `pdsa show` renders what is there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from pdsa_cli.loader import load_workspace
from tests.writing_support import INITIATIVE, make_workspace, run, tree


def test_init_by_flags_then_new(tmp_path: Path) -> None:
    root = tmp_path / "cycles"
    result = CliRunner().invoke(
        app, ["init", str(root), "--name", "Styrket Sammenhæng", "--language", "da", "--no-input"]
    )
    assert result.exit_code == 0, result.output
    assert "Ny arbejdsmappe" in result.stdout  # the programme's language from now on
    programme = (root / "programme.yaml").read_text(encoding="utf-8")
    assert programme.startswith("# yaml-language-server: $schema=schemas/programme.schema.json")
    assert "Mødet med pårørende i hverdagen" in programme
    schema = json.loads((root / "schemas" / "cycle.schema.json").read_text(encoding="utf-8"))
    assert "plan" in schema["properties"]
    loaded = load_workspace(root)
    assert loaded.ok and loaded.workspace.programme is not None
    created = run(
        root, "new", "--no-input", "--new-municipality", "-m", "soenderborg",
        "--municipality-name", "Sønderborg Kommune", "--contact-role", "distriktsleder",
        "--new-initiative", "-i", "soenderborg-vagtskifte", "--initiative-name", "Vagtskiftemøder",
        "--track", "1", "--aim", "Kortere vagtskifte", "--method", "other",
        "--method-description", "Tavlemøde ved vagtskifte", "-t", "Nordals", "--objective", "Prøv",
    )  # fmt: skip
    assert created.exit_code == 0, created.output
    cycle = root / "soenderborg" / "soenderborg-vagtskifte" / "cycle-01-nordals.yaml"
    assert cycle.read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=../../schemas/cycle.schema.json"
    )
    assert load_workspace(root).ok


def test_init_interactive_with_default_tracks(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    result = CliRunner().invoke(app, ["init", str(root)], input="en\nNew ways\n\nRelatives\n")
    assert result.exit_code == 0, result.output
    programme = load_workspace(root).workspace.programme
    assert programme is not None
    assert programme.model.language == "en"
    assert [t.name for t in programme.model.tracks] == [
        "Meeting the citizens in everyday life",
        "Relatives",
    ]


def test_init_beside_a_schemas_folder_points_there(tmp_path: Path) -> None:
    (tmp_path / "schemas").mkdir()
    root = tmp_path / "cycles"
    result = CliRunner().invoke(app, ["init", str(root), "--name", "x", "--no-input"])
    assert result.exit_code == 0, result.output
    assert not (root / "schemas").exists()
    text = (root / "programme.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../schemas/programme.schema.json")


def test_init_never_overwrites_and_needs_a_name_without_input(tmp_path: Path) -> None:
    root = make_workspace(tmp_path)
    before = tree(tmp_path)
    again = CliRunner().invoke(app, ["init", str(root), "--name", "x", "--no-input"])
    assert again.exit_code == 1 and "already" in again.output
    unnamed = CliRunner().invoke(app, ["init", str(tmp_path / "new"), "--no-input"])
    assert unnamed.exit_code == 2 and "--name" in unnamed.output
    bad = CliRunner().invoke(
        app, ["init", str(tmp_path / "new"), "--name", "x", "--language", "de", "--no-input"]
    )
    assert bad.exit_code == 2
    assert tree(tmp_path) == before


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from pdsa_cli.cli.output import stdout

    monkeypatch.setattr(stdout, "width", 160)  # a wide terminal: no text wrapped mid-phrase
    return make_workspace(tmp_path)


def test_show_a_cycle_puts_predictions_beside_the_study(root: Path) -> None:
    result = run(root, "show", f"{INITIATIVE}#1")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Cycle 1: Første feedbackmøde" in out
    lines = out.splitlines()
    row = next(line for line in lines if "Plan" in line and "Study" in line)
    assert row.index("Plan") < row.index("Study")  # side by side
    assert "Ja, mindst 4 ud af 5" in out and "Borgeren gav 5 ud af 5" in out
    assert "adapt" in out and "Prøv med to borgere" in out


def test_show_an_initiative_lists_its_ramp_and_measures(root: Path) -> None:
    assert run(root, "log", "ventetid", "2021-03-29", "8").exit_code == 0
    result = run(root, "show", INITIATIVE)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Feedbackmøder med reflekterende team" in out and "Hørsholm Kommune" in out
    assert "Første feedbackmøde" in out and "done" in out
    assert "ventetid" in out and "8 (2021-03-29)" in out and "andel-tilfredse" in out


def test_show_in_danish(root: Path) -> None:
    result = CliRunner().invoke(
        app, ["--lang", "da", "--cycles", str(root), "show", f"{INITIATIVE}/1"]
    )
    assert result.exit_code == 0
    assert "Forudsigelse" in result.stdout and "afsluttet" in result.stdout


@pytest.mark.parametrize(("what", "code"), [("ukendt", 1), (f"{INITIATIVE}#7", 1), ("../x", 2)])
def test_show_unknown_things(root: Path, what: str, code: int) -> None:
    result = run(root, "show", what)
    assert result.exit_code == code, result.output
    assert len(result.stderr.strip().splitlines()) == 1


def test_show_a_cycle_with_quantitative_predictions(root: Path) -> None:
    path = root / "hoersholm" / INITIATIVE / "cycle-02-maal.yaml"
    path.write_text(
        "number: 2\ntitle: Mål\nplan:\n  objective: o\n  predictions:\n"
        "    - {measure: ventetid, comparator: at_most, value: 10, text: under 10 min}\n"
        "    - {measure: ventetid, comparator: between, low: 5, high: 9,\n"
        "       window: {kind: after_do, points: 4}}\n",
        encoding="utf-8",
    )
    result = run(root, "show", str(path))
    assert result.exit_code == 0, result.output
    assert "≤ 10" in result.stdout and "5 – 9" in result.stdout and "minutter" in result.stdout
    assert "(first 4)" in result.stdout and "no data yet" in result.stdout  # not carried out


def test_show_an_initiative_in_danish_speaks_danish(root: Path) -> None:
    result = CliRunner().invoke(app, ["--lang", "da", "--cycles", str(root), "show", INITIATIVE])
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "feedbackmøder med reflekterende team" in out  # the method, not reflecting-team
    assert "aktiv" in out or "indført" in out
    for raw in ("reflecting-team", "outcome", "balancing", " up ", " down "):
        assert raw not in out, raw
