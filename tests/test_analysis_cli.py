"""`pdsa analyze` through its runner: the JSON contract (validated against a JSON Schema of
design.md section 5, and equal to the library's result), human output, exit codes, measures."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from pdsa_cli.analysis import (
    AnalysisOptions,
    analyse,
    analyse_measure,
    analysis_to_json,
    read_series_csv,
)
from pdsa_cli.cli.app import app
from pdsa_cli.loader import load_workspace
from tests.conftest import REPO

FIXTURES = REPO / "tests" / "fixtures" / "analysis"
NUMBER_OR_NULL = {"type": ["number", "null"]}
INT_OR_NULL = {"type": ["integer", "null"]}
POSITIONS = {"type": "array", "items": {"type": "integer", "minimum": 1}}
POINT_FIELDS = [
    "x",
    "y",
    "cl",
    "lcl",
    "ucl",
    "phase",
    "baseline",
    "excluded",
    "sigma_signal",
    "runs_signal",
    "signals",
    "variation",
]
PHASE_FIELDS = [
    "phase",
    "first",
    "last",
    "n_obs",
    "n_useful",
    "longest_run",
    "longest_run_max",
    "n_crossings",
    "n_crossings_min",
    "runs_signal",
    "sigma_signal",
    "rules",
]
# Signal occurrences (issue 23; design.md section 9): beside the points, nothing renamed.
OCCURRENCE_FIELDS = [
    "rule",
    "phase",
    "first",
    "last",
    "first_x",
    "last_x",
    "length",
    "side",
    "direction",
    "class",
    "hint",
    "points",
]
# Rule ids of every rule set (design.md section 5, contract).
RULE_IDS = [
    "longest_run",
    "crossings",
    "outside_limits",
    "shift",
    "trend",
    "runs",
    "astronomical",
    "two_of_three",
    "hugging",
    "four_of_five",
]

CONTRACT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "additionalProperties": False,
    "required": ["chart", "rules", "points", "phases", "occurrences", "verdict"],
    "properties": {
        "chart": {"enum": ["run", "i", "mr", "p", "pp", "u", "up", "c", "xbar", "s", "g", "t"]},
        "rules": {"enum": ["anhoej", "ihi", "mdc", "weco"]},
        "points": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": POINT_FIELDS,
                "properties": {
                    "x": {"type": ["string", "number", "null"]},
                    "y": NUMBER_OR_NULL,
                    "cl": NUMBER_OR_NULL,
                    "lcl": NUMBER_OR_NULL,
                    "ucl": NUMBER_OR_NULL,
                    "phase": {"type": "integer", "minimum": 1},
                    "baseline": {"type": "boolean"},
                    "excluded": {"type": "boolean"},
                    "sigma_signal": {"type": "boolean"},
                    "runs_signal": {"type": "boolean"},
                    "signals": {"type": "array", "items": {"type": "string"}},
                    "variation": {"enum": ["common_cause", "improvement", "concern", "neutral"]},
                },
            },
        },
        "phases": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": PHASE_FIELDS,
                "properties": {
                    "phase": {"type": "integer", "minimum": 1},
                    "first": {"type": "integer", "minimum": 1},
                    "last": {"type": "integer", "minimum": 1},
                    "n_obs": {"type": "integer", "minimum": 0},
                    "n_useful": {"type": "integer", "minimum": 0},
                    "longest_run": INT_OR_NULL,
                    "longest_run_max": INT_OR_NULL,
                    "n_crossings": INT_OR_NULL,
                    "n_crossings_min": INT_OR_NULL,
                    "runs_signal": {"type": "boolean"},
                    "sigma_signal": {"type": "integer", "minimum": 0},
                    "rules": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["id", "points"],
                            "properties": {
                                "id": {"enum": RULE_IDS},
                                "points": POSITIONS,
                            },
                        },
                    },
                },
            },
        },
        "occurrences": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": OCCURRENCE_FIELDS,
                "properties": {
                    "rule": {"enum": RULE_IDS},
                    "phase": {"type": "integer", "minimum": 1},
                    "first": {"type": "integer", "minimum": 1},
                    "last": {"type": "integer", "minimum": 1},
                    "first_x": {"type": ["string", "number", "null"]},
                    "last_x": {"type": ["string", "number", "null"]},
                    "length": {"type": "integer", "minimum": 0},
                    "side": {"enum": ["above", "below", None]},
                    "direction": {"enum": ["up", "down", None]},
                    "class": {"enum": ["improvement", "concern", "neutral", "special_cause"]},
                    "hint": {"type": "boolean"},
                    "points": {"type": "array", "items": {"type": "integer", "minimum": 1}},
                },
            },
        },
        "verdict": {
            "type": "object",
            "additionalProperties": False,
            "required": ["variation", "assurance", "enough_data", "n_useful", "process_changed"],
            "properties": {
                "variation": {"enum": ["common_cause", "improvement", "concern", "neutral"]},
                "assurance": {"enum": ["pass", "fail", "inconsistent", None]},
                # added by issue 13 (design.md section 9); the two above are unchanged
                "enough_data": {"type": "boolean"},
                "n_useful": {"type": "integer", "minimum": 0},
                "process_changed": {"type": "boolean"},
                "says": {"enum": ["too_few", "changed", "target", "variation"]},
            },
        },
    },
}

SHIFTED = "x,y\n" + "".join(
    f"2024-{1 + i // 28:02d}-{1 + i % 28:02d},{v}\n"
    for i, v in enumerate(
        [
            *(6, 7, 6.5, 5.1, 6.2, 7, 6.8, 5.2, 6.4, 7.1, 6.6, 5.3, 6.9, 7.2, 6.3),  # median 5.65
            *(2, 1.5, 2.2, 1, 1.8, 2.1, 1.2, 1.9, 1.4),  # 9 in a row below the median
        ]
    )
)


@pytest.fixture
def shifted(tmp_path: Path) -> Path:
    path = tmp_path / "shifted.csv"
    path.write_text(SHIFTED, encoding="utf-8")
    return path


def _json(runner: CliRunner, *args: str) -> dict[str, Any]:
    done = runner.invoke(app, ["analyze", *args, "--json"])
    assert done.exit_code == 0, done.output
    parsed: dict[str, Any] = json.loads(done.stdout)
    return parsed


@pytest.mark.parametrize(
    ("fixture", "args"),
    [
        ("montgomery_7_1_orange_juice.csv", ["--chart", "p", "--exclude", "15,23", "--part", "30"]),
        ("montgomery_6_3_piston_rings.csv", ["--chart", "xbar", "--rules", "weco"]),
        ("montgomery_7_3_circuit_boards.csv", ["--chart", "c", "--rules", "ihi", "--freeze", "20"]),
        ("montgomery_6_5_loan_costs.csv", ["--chart", "i", "--rules", "mdc", "--target", "290"]),
        ("montgomery_6_5_loan_costs.csv", ["--chart", "mr"]),
        ("montgomery_7_5_dyed_cloth.csv", ["--chart", "up", "--multiply", "50"]),
    ],
)
def test_json_follows_the_contract_and_equals_the_library(
    runner: CliRunner, fixture: str, args: list[str]
) -> None:
    path = FIXTURES / fixture
    printed = _json(runner, str(path), *args)
    jsonschema.validate(printed, CONTRACT_SCHEMA)
    options = {
        "--chart": ("chart", str),
        "--rules": ("rules", str),
        "--freeze": ("freeze", int),
        "--target": ("target", float),
        "--multiply": ("multiply", float),
    }
    given: dict[str, Any] = {}
    for flag, value in zip(args[::2], args[1::2], strict=True):
        if flag in ("--exclude", "--part"):
            given[flag[2:]] = tuple(int(v) for v in value.split(","))
        else:
            name, kind = options[flag]
            given[name] = kind(value)
    expected = analysis_to_json(analyse(read_series_csv(path), AnalysisOptions(**given)))
    assert printed == json.loads(json.dumps(expected))


def test_json_of_a_run_chart_has_null_limits_and_rule_points(
    runner: CliRunner, shifted: Path
) -> None:
    printed = _json(runner, str(shifted))
    jsonschema.validate(printed, CONTRACT_SCHEMA)
    assert printed["points"][0]["x"] == "2024-01-01"
    assert printed["points"][0]["lcl"] is None
    rules = {rule["id"]: rule["points"] for rule in printed["phases"][0]["rules"]}
    assert rules["longest_run"] == list(range(16, 25))
    assert printed["phases"][0]["runs_signal"] is True


def test_missing_values_are_null_in_json(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "gaps.csv"
    path.write_text("x,y\n1,3\n2,\n3,5\n4,4\n", encoding="utf-8")
    printed = _json(runner, str(path), "--chart", "i")
    jsonschema.validate(printed, CONTRACT_SCHEMA)
    assert printed["points"][1]["y"] is None


def test_human_output_says_the_signal_in_plain_words(runner: CliRunner, shifted: Path) -> None:
    english = runner.invoke(app, ["--lang", "en", "analyze", str(shifted)])
    assert english.exit_code == 0, english.output
    # the occurrence's own length, side and points; no direction given: special cause
    assert (
        "signal: special cause: 9 points in a row below the centre line (points 16-24)"
        in english.stdout
    )
    danish = runner.invoke(app, ["--lang", "da", "analyze", str(shifted)])
    assert (
        "signal: særlig variation: 9 punkter i træk under centerlinjen (punkt 16-24)"
        in danish.stdout
    )


def test_fail_on_signal_exits_1(runner: CliRunner, shifted: Path) -> None:
    assert runner.invoke(app, ["analyze", str(shifted), "--fail-on-signal"]).exit_code == 1
    quiet = FIXTURES / "montgomery_6_5_loan_costs.csv"
    done = runner.invoke(app, ["analyze", str(quiet), "--chart", "i", "--fail-on-signal"])
    assert done.exit_code == 0, done.output


def test_bad_csv_is_one_clear_message_without_traceback(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("x,y\n1,3\n2,tre\n", encoding="utf-8")
    done = runner.invoke(app, ["--lang", "en", "analyze", str(path)])
    assert done.exit_code == 1
    assert ":3: y: 'tre' is not a number" in done.stderr
    assert "Traceback" not in done.output


def test_bad_option_is_a_usage_error(runner: CliRunner, shifted: Path) -> None:
    done = runner.invoke(app, ["analyze", str(shifted), "--chart", "pie"])
    assert done.exit_code == 2
    done = runner.invoke(app, ["analyze", str(shifted), "--exclude", "a,b"])
    assert done.exit_code == 2


WORKSPACE = {
    "programme.yaml": """
        name: Test
        language: en
        tracks:
          - id: 1
            name: Citizens
    """,
    "by/municipality.yaml": """
        name: By Kommune
        contact_role: learning agent
    """,
    "by/meals/initiative.yaml": """
        name: Shared meals
        track: 1
        aim:
          statement: More residents eat together
        method: service-design
    """,
    "by/meals/measures/eating-together.yaml": """
        name: Residents eating together
        family: process
        definition: Share of residents at the shared meal
        unit: share
        data_type: proportion
        chart: p
        direction: up
        target: 0.9
        baseline:
          points: 6
        measurements:
{rows}
    """,
    "by/meals/cycle-01-table.yaml": """
        number: 1
        title: Set the table together
        measures: [eating-together]
        plan:
          objective: Try it
        do:
          start: 2024-02-01
        study:
          date: 2024-02-10
          results: It worked
        act:
          date: 2024-02-12
          decision: adopt
    """,
}


def _rows() -> str:
    counts = [5, 6, 5, 4, 6, 5, 5, 9, 10, 9, 10, 11, 10, 12]
    lines = []
    for week, count in enumerate(counts):
        # Real weeks (Mondays): with 31-day months two points fell in one ISO week, which
        # `pdsa validate` rightly reports as duplicate-period.
        day = dt.date(2024, 1, 1) + dt.timedelta(weeks=week)
        lines.append(f"  - date: {day.isoformat()}")
        lines.append(f"    numerator: {count}")
        lines.append("    denominator: 14")
        if week == 3:
            lines.append("    exclude: true")
            lines.append("    reason: Half the staff were ill")
    return "\n".join(" " * 10 + line for line in lines)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "cycles"
    for name, text in WORKSPACE.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text.replace("{rows}", _rows())), encoding="utf-8")
    return root


def test_measure_uses_its_own_settings(workspace: Path) -> None:
    loaded = load_workspace(workspace)
    assert loaded.ok, [p.render() for p in loaded.problems]
    result = analyse_measure(loaded.workspace, "eating-together")
    assert result.chart == "p" and result.direction == "up" and result.target == 0.9
    assert list(result.baseline[:6]) == [True, True, True, False, True, True]
    assert not result.baseline[6:].any()
    assert result.excluded[3] and result.excluded.sum() == 1
    assert result.x_kind == "date" and str(result.x[0]) == "2024-01-01"
    assert result.verdict.variation.value == "improvement"
    assert result.verdict.assurance is not None


def test_measure_phase_at_adopt_starts_a_phase_at_the_act_date(workspace: Path) -> None:
    loaded = load_workspace(workspace)
    result = analyse_measure(loaded.workspace, "eating-together", phase_at_adopt=True)
    first_after = int((result.x >= result.x.dtype.type("2024-02-12")).argmax())
    assert list(result.phase[:first_after]) == [1] * first_after
    assert (result.phase[first_after:] == 2).all()
    assert result.phases[1].label is not None
    explicit = analyse_measure(
        loaded.workspace, "eating-together", AnalysisOptions(chart="run", freeze=4)
    )
    assert explicit.chart == "run" and explicit.baseline[:4].sum() == 3


def test_cli_on_a_measure(runner: CliRunner, workspace: Path) -> None:
    done = runner.invoke(app, ["--cycles", str(workspace), "analyze", "eating-together", "--json"])
    assert done.exit_code == 0, done.output
    printed = json.loads(done.stdout)
    jsonschema.validate(printed, CONTRACT_SCHEMA)
    assert printed["chart"] == "p"
    done = runner.invoke(app, ["--cycles", str(workspace), "analyze", "no-such-measure"])
    assert done.exit_code == 1
    assert "eating-together" in done.stderr  # the known measures are listed


def test_bad_csv_in_danish(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "forkert.csv"
    path.write_text("x,y\n1,3\n2,tre\n", encoding="utf-8")
    done = runner.invoke(app, ["--lang", "da", "analyze", str(path)])
    assert done.exit_code == 1
    assert ":3: y: 'tre' er ikke et tal" in done.stderr


def test_baseline_until_a_date_freezes_the_points_up_to_it(workspace: Path) -> None:
    measure = workspace / "by/meals/measures/eating-together.yaml"
    text = measure.read_text(encoding="utf-8").replace("points: 6", "until: 2024-01-29")
    measure.write_text(text, encoding="utf-8")
    loaded = load_workspace(workspace)
    result = analyse_measure(loaded.workspace, "eating-together")
    assert int(result.meta["freeze"]) == 5  # 1, 8, 15, 22 and 29 January
