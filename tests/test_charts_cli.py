"""`pdsa chart` through its runner: one chart, a CSV, every measure in parallel, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from pdsa_cli.cli.app import app
from pdsa_cli.loader import load_workspace
from tests.conftest import EXAMPLE
from tests.test_charts_output import assert_valid

FIXTURE = Path(__file__).parent / "fixtures" / "charts" / "workspace"
CSV = "x,y\n" + "".join(
    f"2021-{m:02d}-01,{v}\n"
    for m, v in zip(range(1, 13), [4, 5, 3, 6, 5, 4, 7, 8, 7, 9, 8, 9], strict=True)
)


def run(runner: CliRunner, *args: str) -> Result:
    return runner.invoke(app, ["--cycles", str(FIXTURE), *args])


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_chart_of_a_measure_writes_the_file_and_prints_its_path(
    runner: CliRunner, tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / f"chart.{suffix}"
    result = run(runner, "chart", "testby-rolige-besoeg", "--out", str(out), "--size", "6x4")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == out.as_posix()
    assert_valid(out)


def test_chart_of_a_csv_file(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "visits.csv"
    source.write_text(CSV, encoding="utf-8")
    out = tmp_path / "visits.png"
    result = runner.invoke(
        app,
        [
            "--lang",
            "en",
            "chart",
            str(source),
            "--chart",
            "i",
            "--out",
            str(out),
            "--title",
            "Visits",
        ],
    )
    assert result.exit_code == 0, result.output
    assert_valid(out)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["testby-rolige-besoeg", "--out", "chart.jpg"], "Ukendt filtype '.jpg'"),
        (["testby-rolige-besoeg", "--size", "wide"], "Ugyldig --size 'wide'"),
        ([], "Angiv en måling eller en CSV-fil"),
        (["--all", "--municipality", "nowhere"], "Ukendt kommune 'nowhere'"),
    ],
)
def test_usage_errors_say_what_to_do_and_write_nothing(
    runner: CliRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(runner, "--lang", "da", "chart", *args)
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert not list(tmp_path.iterdir())


def test_unknown_measure_is_an_error_without_a_traceback(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "chart", "no-such-measure", "--out", str(tmp_path / "c.png"))
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert not (tmp_path / "c.png").exists()


def test_all_writes_one_valid_chart_per_measure_in_parallel(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = run(
        runner,
        "chart",
        "--all",
        "--out-dir",
        str(tmp_path),
        "--format",
        "pdf",
        "--jobs",
        "2",
        "--size",
        "6x4",
    )
    assert result.exit_code == 0, result.output
    expected = sorted(load_workspace(FIXTURE).workspace.measures)
    assert sorted(p.stem for p in tmp_path.iterdir()) == expected
    assert result.stdout.split() == [(tmp_path / f"{m}.pdf").as_posix() for m in expected]
    for path in tmp_path.iterdir():
        assert_valid(path)


@pytest.mark.slow
@pytest.mark.skipif(not EXAMPLE.is_dir(), reason="the example workspace is not in this tree")
def test_all_on_the_example_workspace_charts_every_measure(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = runner.invoke(
        app,
        [
            "--cycles",
            str(EXAMPLE),
            "chart",
            "--all",
            "--out-dir",
            str(tmp_path),
            "--format",
            "svg",
            "--size",
            "6x4",
        ],
    )
    assert result.exit_code == 0, result.output
    measures = sorted(load_workspace(EXAMPLE).workspace.measures)
    assert measures
    assert sorted(p.stem for p in tmp_path.glob("*.svg")) == measures
    for path in tmp_path.iterdir():
        assert_valid(path)


@pytest.mark.parametrize("command", ["chart", "analyze"])
def test_a_measure_whose_file_is_broken_says_why_in_both_commands(
    runner: CliRunner, tmp_path: Path, command: str
) -> None:
    import shutil

    root = Path(shutil.copytree(FIXTURE, tmp_path / "ws"))
    [measure] = root.glob("*/*/measures/testby-rolige-besoeg.yaml")
    text = measure.read_text(encoding="utf-8")
    measure.write_text(text.replace("\nunit:", "\nunitt:", 1), encoding="utf-8")
    out = tmp_path / "c.png"
    args = ["--cycles", str(root), "--lang", "en", command, "testby-rolige-besoeg"]
    result = runner.invoke(app, [*args, "--out", str(out)] if command == "chart" else args)
    assert result.exit_code == 1
    assert "unknown key 'unitt'" in result.output
    assert "could not be read because its file has the problems above" in result.output
    assert not out.exists()


def test_chart_and_analyze_take_the_same_analysis_options() -> None:
    import typer.core
    import typer.main

    root = typer.main.get_command(app)

    def flags(name: str) -> set[str]:
        params = root.commands[name].params  # type: ignore[attr-defined]
        return {p.opts[0] for p in params if isinstance(p, typer.core.TyperOption)}

    shared = {"--chart", "--rules", "--freeze", "--part", "--exclude", "--cl", "--multiply"}
    shared |= {"--screen-mr", "--direction", "--target", "--agg", "--phase-at-adopt"}
    assert shared <= flags("chart") and shared <= flags("analyze")
