"""The streamed `pdsa analyze --json` (built from arrays, written in chunks) says exactly what
`analysis_to_json` says, for every chart type, rule set, x kind and chunk size; and the fast CSV
reader gives the same series as the careful one."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from pdsa_cli.analysis import AnalysisOptions, Series, analyse, analysis_to_json, read_series_csv
from pdsa_cli.analysis.contract import iter_analysis_json
from pdsa_cli.cli.app import app
from pdsa_cli.errors import PdsaError
from tests.conftest import REPO

FIXTURES = REPO / "tests" / "fixtures" / "analysis"
CHARTS = ("run", "i", "mr", "p", "pp", "u", "up", "c", "xbar", "s", "g", "t")
RULE_SETS = ("anhoej", "ihi", "mdc", "weco")


def streamed(result: Any, chunk: int) -> dict[str, Any]:
    text = b"".join(iter_analysis_json(result, chunk=chunk))
    assert text.endswith(b"}\n")
    parsed: dict[str, Any] = json.loads(text)
    return parsed


def reference(result: Any) -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads(json.dumps(analysis_to_json(result), allow_nan=False))
    return parsed


@pytest.mark.parametrize(
    ("fixture", "options"),
    [
        ("montgomery_7_1_orange_juice.csv", {"chart": "p", "exclude": (15, 23), "part": (30,)}),
        ("montgomery_6_3_piston_rings.csv", {"chart": "xbar", "rules": "weco"}),
        ("montgomery_6_3_piston_rings.csv", {"chart": "s", "rules": "mdc"}),
        ("montgomery_7_3_circuit_boards.csv", {"chart": "c", "rules": "ihi", "freeze": 20}),
        ("montgomery_6_5_loan_costs.csv", {"chart": "i", "rules": "mdc", "target": 290.0}),
        ("montgomery_6_5_loan_costs.csv", {"chart": "mr"}),
        ("montgomery_6_5_loan_costs.csv", {"chart": "run", "rules": "ihi"}),
        ("montgomery_7_5_dyed_cloth.csv", {"chart": "up", "multiply": 50.0}),
        ("montgomery_7_4_computers.csv", {"chart": "pp"}),
    ],
)
@pytest.mark.parametrize("chunk", [1, 7, 65_536])
def test_streamed_json_equals_the_contract(
    fixture: str, options: dict[str, Any], chunk: int
) -> None:
    result = analyse(read_series_csv(FIXTURES / fixture), AnalysisOptions(**options))
    assert streamed(result, chunk) == reference(result)


LABELS = st.one_of(
    st.none(),
    st.sampled_from(["uge 1", 'a "quoted", label', "æøå ÆØÅ", "x,y", "[1]", "\\", "null"]),
    st.text(max_size=6),
)


@st.composite
def analyses(draw: st.DrawFn) -> Any:
    size = draw(st.integers(0, 40))
    numbers = st.one_of(
        st.sampled_from([0.0, 1.0, 2.0, 5.0, -0.0]),
        st.floats(min_value=0, max_value=1e9, allow_nan=False),
        st.just(math.nan),
    )
    y = draw(st.lists(numbers, min_size=size, max_size=size))
    n = [max(v, 1.0) if not math.isnan(v) else 2.0 for v in y]
    kind = draw(st.sampled_from(["number", "date", "label", "missing dates"]))
    x: list[Any]
    if kind == "number":
        x = [float(i) * 0.5 for i in range(size)]
    elif kind == "date":
        x = [str(np.datetime64("2021-01-01") + i) for i in range(size)]
    elif kind == "missing dates":
        x = [str(np.datetime64("2021-01-01") + i) if i % 3 else None for i in range(size)]
    else:
        x = draw(st.lists(LABELS, min_size=size, max_size=size))
    series = Series.from_values(y, x=x, n=n, notes=[None] * size)
    points = len(series)
    options = AnalysisOptions(
        chart=draw(st.sampled_from(CHARTS)),
        rules=draw(st.sampled_from(RULE_SETS)),
        exclude=tuple(draw(st.lists(st.integers(1, max(points, 1)), max_size=3))) if points else (),
        part=tuple(draw(st.lists(st.integers(1, max(points - 1, 1)), max_size=2)))
        if points > 1
        else (),
        direction=draw(st.sampled_from(["up", "down", "neutral"])),
        target=draw(st.one_of(st.none(), st.floats(0, 10))),
    )
    try:
        return analyse(series, options)
    except PdsaError:
        return None


@settings(max_examples=150, deadline=None)
@given(analyses(), st.sampled_from([1, 3, 16, 65_536]))
def test_streamed_json_equals_the_contract_for_any_series(result: Any, chunk: int) -> None:
    if result is None:
        return  # a refusal by design (a T chart needs positive times)
    assert streamed(result, chunk) == reference(result)


def test_cli_json_streams_the_contract_for_a_long_series(runner: CliRunner, tmp_path: Path) -> None:
    """More points than one chunk, signals in several chunks, a missing value, through the CLI."""
    rng = np.random.default_rng(7)
    y = rng.normal(10.0, 1.0, 150_000).round(3)
    y[70_000:70_020] += 8.0  # a shift and points outside the limits, mid-file
    path = tmp_path / "long.csv"
    rows = [f"{i},{value}" for i, value in enumerate(y, start=1)]
    rows[5] = "6,"
    path.write_text("x,y\n" + "\n".join(rows) + "\n", encoding="utf-8")
    done = runner.invoke(app, ["analyze", str(path), "--chart", "i", "--json"])
    assert done.exit_code == 0, done.output
    printed = json.loads(done.stdout)
    expected = reference(analyse(read_series_csv(path), AnalysisOptions(chart="i")))
    assert printed == expected
    assert printed["points"][5]["y"] is None
    assert any(point["signals"] for point in printed["points"][70_000:70_020])


def test_fast_and_careful_readers_give_the_same_series(tmp_path: Path) -> None:
    """A comma file of plain numbers takes the fast reader; the same data as a Danish
    semicolon file with decimal commas takes the careful one: same analysis."""
    rows = [("3", "1.5", "10"), ("1", "", "10"), ("2", "2.25", ""), ("2", "4", "12"), ("", "9", "")]
    rows += [(str(i), f"{i % 7}.5", str(10 + i % 3)) for i in range(4, 60)]
    comma = tmp_path / "comma.csv"
    comma.write_text("x,y,n\n" + "\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    semicolon = tmp_path / "semicolon.csv"
    semicolon.write_text(
        "x;y;n\n" + "\n".join(";".join(r).replace(".", ",") for r in rows) + "\n",
        encoding="utf-8",
    )
    for chart in ("i", "p", "xbar", "run"):
        options = AnalysisOptions(chart=chart)
        fast = analyse(read_series_csv(comma), options)
        careful = analyse(read_series_csv(semicolon), options)
        assert reference(fast) == reference(careful)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("x,y\n1,3\n2,inf\n", "'inf' is not a number"),
        ("x,y,n\n1,3,5\n2,4,-1\n", "n"),
        ("x,y\n1,3\n2,tre\n", "'tre' is not a number"),
    ],
)
def test_what_the_fast_reader_cannot_take_is_reported_by_the_careful_one(
    runner: CliRunner, tmp_path: Path, content: str, said: str
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    done = runner.invoke(app, ["--lang", "en", "analyze", str(path), "--json"])
    assert done.exit_code == 1
    assert said in done.stderr
    assert done.stdout == ""


def _csv_rows(text: str) -> list[dict[str, str]]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(text)))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(value)
    return str(value)


@pytest.mark.parametrize(
    ("fixture", "args"),
    [
        ("montgomery_7_1_orange_juice.csv", ["--chart", "p", "--exclude", "15,23", "--part", "30"]),
        ("montgomery_6_3_piston_rings.csv", ["--chart", "xbar", "--rules", "weco"]),
        ("montgomery_6_5_loan_costs.csv", ["--chart", "run", "--rules", "ihi"]),
    ],
)
def test_csv_holds_every_point_of_the_contract(
    runner: CliRunner, fixture: str, args: list[str]
) -> None:
    path = str(FIXTURES / fixture)
    table = runner.invoke(app, ["analyze", path, *args, "--csv"])
    assert table.exit_code == 0, table.output
    contract = json.loads(runner.invoke(app, ["analyze", path, *args, "--json"]).stdout)
    rows = _csv_rows(table.stdout)
    assert len(rows) == len(contract["points"])
    for number, (row, point) in enumerate(zip(rows, contract["points"], strict=True), start=1):
        assert row["point"] == str(number)
        for key, value in point.items():
            if isinstance(value, float):
                assert float(row[key]) == value, (number, key)
            elif key == "x" and isinstance(value, (int, float)):
                assert float(row[key]) == value
            else:
                assert row[key] == _cell(value), (number, key)


def test_csv_quotes_labels_with_commas_and_quotes(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "labels.csv"
    path.write_text('x,y\n"Åby, syd",3\n"the ""old"" ward",4\nNord,5\n', encoding="utf-8")
    done = runner.invoke(app, ["analyze", str(path), "--csv"])
    assert done.exit_code == 0, done.output
    assert [row["x"] for row in _csv_rows(done.stdout)] == [
        "Åby, syd",
        'the "old" ward',
        "Nord",
    ]


@pytest.fixture
def long_file(tmp_path: Path) -> Path:
    rng = np.random.default_rng(3)
    y = rng.normal(50.0, 5.0, 100_000).round(2)
    y[::997] += 40.0  # many points outside the limits: ~100 ranges
    path = tmp_path / "long.csv"
    rows = "\n".join(f"{i},{v}" for i, v in enumerate(y, start=1))
    path.write_text("x,y\n" + rows + "\n", encoding="utf-8")
    return path


def test_terminal_view_of_a_long_series_is_a_summary(runner: CliRunner, long_file: Path) -> None:
    done = runner.invoke(app, ["--lang", "en", "analyze", str(long_file), "--chart", "i"])
    assert done.exit_code == 0, done.output
    text = done.stdout
    lines = text.splitlines()
    assert len(lines) < 60, "first and last rows, not a hundred thousand"
    assert "│ 1 " in text or "│      1 " in text or " 1 │" in text
    assert "100000" in text  # the last row, and the count
    assert "99980 of 100000 points are not shown" in text
    assert f"pdsa analyze {long_file} --csv" in text and "--json" in text
    outside = next(line for line in lines if "above the upper control limit" in line)
    assert outside.startswith("Phase 1 (points 1-100000): signal:")
    assert "below the lower control limit" in outside  # one occurrence per side
    assert outside.count("more points") == 2  # each names its first points, counts the rest
    assert len(outside) < 800
    danish = runner.invoke(app, ["--lang", "da", "analyze", str(long_file), "--chart", "i"])
    assert "99980 af 100000 punkter er ikke vist" in danish.stdout
    assert "punkter mere" in danish.stdout


def test_terminal_view_of_a_short_series_shows_every_row(runner: CliRunner) -> None:
    path = FIXTURES / "montgomery_6_5_loan_costs.csv"
    done = runner.invoke(app, ["--lang", "en", "analyze", str(path), "--chart", "i"])
    assert done.exit_code == 0, done.output
    points = len(read_series_csv(path))
    assert points <= 60
    assert "not shown" not in done.stdout
    assert f"│ {points} " in done.stdout or f"│{points} " in done.stdout


@pytest.mark.parametrize("flag", ["--json", "--csv"])
def test_a_reader_that_stops_early_ends_the_output_quietly(long_file: Path, flag: str) -> None:
    """`pdsa analyze big.csv --json | head -c 100`: no error message, exit code 0."""
    import subprocess
    import sys

    command = [sys.executable, "-m", "pdsa_cli", "analyze", str(long_file), flag]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as child:
        assert child.stdout is not None and child.stderr is not None
        assert child.stdout.read(100)
        child.stdout.close()
        errors = child.stderr.read().decode()
        code = child.wait(timeout=120)
    assert code == 0, errors
    assert errors == ""
