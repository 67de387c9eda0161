"""The example workspace's reports, re-read by the independent claims checker (issue 23).

Every measure of `cycles/` is read straight from its YAML file (values, excluded points,
baseline, chart type, direction) and its truth recomputed by :mod:`tests.claims_checker`; then
`pdsa analyze` for each measure, the seminar summary's block for each measure and the closing
report's evidence column (the reports `make demo` writes, in Markdown) must make no claim the
data do not back.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from tests.claims_checker import Report, Truth, check_text, truth_of
from tests.conftest import EXAMPLE

FAR_BACK = "2019-01-01"
LANGS = ("da", "en")


@dataclass(frozen=True)
class ExampleMeasure:
    id: str
    name: str
    initiative: str  # the initiative's name
    municipality: str  # the municipality's name
    truth: Truth


def _date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _measure(path: Path) -> ExampleMeasure:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    rows = sorted(data.get("measurements") or [], key=lambda m: _date(m["date"]))
    dates = [_date(m["date"]) for m in rows]
    fraction = data["data_type"] in ("proportion", "rate")
    y = [m["numerator"] / m["denominator"] if fraction else float(m["value"]) for m in rows]
    n = [float(m["denominator"]) for m in rows] if fraction else None
    excluded = [bool(m.get("exclude")) for m in rows]
    baseline = data.get("baseline") or {}
    freeze = baseline.get("points")
    if baseline.get("until") is not None:
        until = _date(baseline["until"])
        freeze = sum(1 for d in dates if d <= until)
    initiative = yaml.safe_load((path.parents[1] / "initiative.yaml").read_text("utf-8"))
    truth = truth_of(
        dates,
        y,
        data.get("chart", "run"),
        data.get("direction", "neutral"),
        n=n,
        excluded=excluded,
        freeze=freeze,
    )
    municipality = yaml.safe_load((path.parents[2] / "municipality.yaml").read_text("utf-8"))
    return ExampleMeasure(path.stem, data["name"], initiative["name"], municipality["name"], truth)


MEASURES = [_measure(p) for p in sorted(EXAMPLE.glob("*/*/measures/*.yaml"))]


def _run(runner: CliRunner, *args: str) -> str:
    done = runner.invoke(app, ["--cycles", str(EXAMPLE), *args])
    assert done.exit_code == 0, done.output
    return done.stdout


def _check(text: str, lang: str, measure: ExampleMeasure, report: Report, where: str) -> None:
    before = len(report.problems)
    check_text(text, lang, measure.truth, dt.date.max, report)
    report.problems[before:] = [f"{where}: {p}" for p in report.problems[before:]]


@pytest.mark.parametrize("lang", LANGS)
def test_analyze_claims_hold_for_every_example_measure(runner: CliRunner, lang: str) -> None:
    assert len(MEASURES) >= 25
    report = Report()
    for measure in MEASURES:
        text = _run(runner, "--lang", lang, "analyze", measure.id)
        _check(text, lang, measure, report, f"analyze {measure.id}")
    assert not report.problems, report.problems
    assert report.checked["claims"] == len(MEASURES)


def _blocks(markdown: str) -> dict[tuple[str, str, str], str]:
    """(municipality, initiative, measure name) -> what the summary says about that measure
    (each measure is a level-5 heading, "Name (family)", and the lines under it)."""
    blocks: dict[tuple[str, str, str], list[str]] = {}
    municipality, initiative, current = "", "", None
    for line in markdown.splitlines():
        if line.startswith("## "):
            municipality, initiative, current = _unescape(line[3:].strip()), "", None
        elif line.startswith("### "):
            initiative, current = _unescape(line[4:].strip()), None
        elif line.startswith("##### ") and initiative:
            name = re.sub(r" \([^()]*\)$", "", _unescape(line[6:].strip()))
            current = (municipality, initiative, name)
            blocks[current] = []
        elif line.startswith("#"):
            current = None
        elif current is not None:
            blocks[current].append(line)
    return {key: "\n".join(lines) for key, lines in blocks.items()}


def _unescape(text: str) -> str:
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!|<>])", r"\1", text)


@pytest.mark.parametrize("lang", LANGS)
def test_summary_claims_hold_for_every_example_measure(runner: CliRunner, lang: str) -> None:
    markdown = _run(
        runner, "--lang", lang, "summary", "--since", FAR_BACK, "--format", "md", "--no-charts"
    )
    blocks = _blocks(markdown)
    report = Report()
    for measure in MEASURES:
        key = (measure.municipality, measure.initiative, measure.name)
        assert key in blocks, (key, sorted(blocks)[:5])
        _check(blocks[key], lang, measure, report, f"summary {measure.id}")
    assert not report.problems, report.problems


@pytest.mark.parametrize("lang", LANGS)
def test_closing_report_evidence_holds_for_every_aim(
    runner: CliRunner, lang: str, tmp_path: Path
) -> None:
    out = tmp_path / "closing-report.md"
    _run(runner, "--lang", lang, "summary", "--final", "--no-charts", "--out", str(out))
    rows: dict[tuple[str, str], str] = {}
    municipality = ""
    for line in out.read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            municipality = _unescape(line[4:].strip())
        elif line.count("|") > 4 and municipality:
            rows[(municipality, _unescape(line.split("|")[1]).strip())] = line
    by_id = {m.id: m for m in MEASURES}
    report = Report()
    for path in sorted(EXAMPLE.glob("*/*/initiative.yaml")):
        initiative = yaml.safe_load(path.read_text(encoding="utf-8"))
        aim_measure = (initiative.get("aim") or {}).get("measure")
        if aim_measure not in by_id:
            continue
        measure = by_id[aim_measure]
        row = next(
            text
            for (place, first_cell), text in rows.items()
            if place == measure.municipality and first_cell.startswith(initiative["name"])
        )
        evidence = _unescape(row.split("|")[4])
        _check(evidence, lang, by_id[aim_measure], report, f"closing report {path.parent.name}")
    assert report.checked.get("claims", 0) >= 10
    assert not report.problems, report.problems
