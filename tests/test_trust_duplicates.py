"""Issue 13, item 3: two values for one period are an error everywhere, never averaged.

validate already reports them; analyze, chart and summary refuse the measure the same way (the
second value's file:line, exit 1). A CSV given to `pdsa analyze` keeps its subgroups (design.md
section 5): rows sharing an x are averaged there by contract.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.analysis import analyse_measure
from pdsa_cli.cli.app import app
from pdsa_cli.errors import PdsaError
from pdsa_cli.loader import load_workspace
from tests.conftest import EXAMPLE

MEETING = "soenderborg-moedevarighed-min"
ORIGINAL = "  - {date: 2022-05-09, value: 11.3}\n"
REFUSED = {"da": "to værdier for samme periode", "en": "two values for one period"}


@pytest.fixture(scope="module")
def doubled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int]:
    """The example with a second value written by hand for the week of 9 May 2022."""
    root = tmp_path_factory.mktemp("dup") / "cycles"
    shutil.copytree(EXAMPLE, root)
    measure = next(root.rglob(f"{MEETING}.yaml"))
    text = measure.read_text(encoding="utf-8")
    assert ORIGINAL in text
    text = text.replace(ORIGINAL, ORIGINAL + "  - {date: 2022-05-10, value: 19.0}\n")
    measure.write_text(text, encoding="utf-8")
    line = text.splitlines().index("  - {date: 2022-05-10, value: 19.0}") + 1
    return root, measure, line


def _where(root: Path, measure: Path, line: int) -> str:
    return f"{measure.name}:{line}"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_analyze_refuses_the_measure_at_the_second_values_line(
    runner: CliRunner, doubled: tuple[Path, Path, int], lang: str
) -> None:
    root, measure, line = doubled
    done = runner.invoke(app, ["--lang", lang, "--cycles", str(root), "analyze", MEETING])
    assert done.exit_code == 1
    assert _where(root, measure, line) in done.stderr
    assert REFUSED[lang] in done.stderr
    assert "15.15" not in done.stdout and "15,15" not in done.stdout
    assert "Traceback" not in done.output


def test_analyze_json_prints_nothing_to_parse(
    runner: CliRunner, doubled: tuple[Path, Path, int]
) -> None:
    root, _, _ = doubled
    done = runner.invoke(app, ["--cycles", str(root), "analyze", MEETING, "--json"])
    assert done.exit_code == 1
    assert done.stdout == ""


@pytest.mark.parametrize("lang", ["da", "en"])
def test_chart_refuses_the_measure(
    runner: CliRunner, doubled: tuple[Path, Path, int], tmp_path: Path, lang: str
) -> None:
    root, measure, line = doubled
    out = tmp_path / "chart.png"
    done = runner.invoke(
        app, ["--lang", lang, "--cycles", str(root), "chart", MEETING, "--out", str(out)]
    )
    assert done.exit_code == 1
    assert _where(root, measure, line) in done.stderr
    assert REFUSED[lang] in done.stderr
    assert not out.exists()


@pytest.mark.parametrize("lang", ["da", "en"])
def test_summary_leaves_the_measure_unanalysed_and_exits_1(
    runner: CliRunner, doubled: tuple[Path, Path, int], lang: str
) -> None:
    root, measure, line = doubled
    done = runner.invoke(
        app,
        [
            "--cycles",
            str(root),
            "summary",
            "--since",
            "2022-01-01",
            "--lang",
            lang,
            "--format",
            "md",
            "--no-charts",
        ],
    )
    assert done.exit_code == 1
    assert _where(root, measure, line) in done.stderr
    assert f"{REFUSED[lang]} (" in done.stdout  # the report says so at the measure, with where
    assert _where(root, measure, line) in done.stdout


def test_summary_json_marks_the_measure(runner: CliRunner, doubled: tuple[Path, Path, int]) -> None:
    root, measure, line = doubled
    done = runner.invoke(
        app, ["--cycles", str(root), "summary", "--since", "2022-01-01", "--format", "json"]
    )
    assert done.exit_code == 1
    assert f"{measure.name}:{line}" in done.stdout
    assert json.loads(done.stdout)


def test_api_refuses_with_the_problem_and_its_line(doubled: tuple[Path, Path, int]) -> None:
    root, measure, line = doubled
    workspace = load_workspace(root).workspace
    with pytest.raises(PdsaError) as caught:
        analyse_measure(workspace, MEETING)
    assert caught.value.key == "analysis.duplicate_period"
    (problem,) = caught.value.problems
    assert problem.code == "duplicate-period"
    assert problem.line == line
    assert problem.file.endswith(measure.name)


def test_validate_reports_the_same_place(
    runner: CliRunner, doubled: tuple[Path, Path, int]
) -> None:
    root, measure, line = doubled
    done = runner.invoke(app, ["--cycles", str(root), "validate"])
    assert done.exit_code == 1
    assert _where(root, measure, line) in done.output


def test_a_csv_keeps_its_documented_subgroups(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "sub.csv"
    path.write_text("x,y\n1,2\n1,4\n2,5\n3,6\n", encoding="utf-8")
    done = runner.invoke(app, ["analyze", str(path), "--json"])
    assert done.exit_code == 0
    assert [p["y"] for p in json.loads(done.stdout)["points"]] == [3.0, 5.0, 6.0]
