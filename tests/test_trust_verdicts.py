"""Issue 13, items 1 and 2: no verdict stronger than the data (design.md section 9).

Too few points are "too few points to judge: N useful of at least 10", never "no signal"; a
target verdict is not stated for a process that has left the limits it is judged against. One
decision in the analysis (``Verdict.says``); analyze, the chart caption and the summary read it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.analysis import AnalysisOptions, Series, analyse, analyse_measure
from pdsa_cli.analysis.describe import describe_phase, describe_verdict
from pdsa_cli.charts.words import caption_lines
from pdsa_cli.cli.app import app
from pdsa_cli.loader import load_workspace
from tests.conftest import EXAMPLE

FOUR = "x,y,n\n2024-01-01,4,10\n2024-02-01,5,10\n2024-03-01,7,10\n2024-04-01,8,10\n"
MEETING = "soenderborg-moedevarighed-min"
TOO_FEW = {
    "da": "for få punkter til at vurdere: 4 brugbare af mindst 10",
    "en": "too few points to judge: 4 useful of at least 10",
}
NO_SIGNAL = {"da": ("intet signal", "almindelig variation"), "en": ("no signal", "common-cause")}
CHANGED = {"da": "processen har ændret sig", "en": "the process has changed"}
PASS_WORDS = {
    "da": ("når målet hver gang", "Målet nås stabilt"),
    "en": ("meet the target every time", "reliably meet the target"),
}


@pytest.fixture
def four(tmp_path: Path) -> Path:
    path = tmp_path / "four.csv"
    path.write_text(FOUR, encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["da", "en"])
def test_analyze_says_too_few_points_not_no_signal(
    runner: CliRunner, four: Path, lang: str
) -> None:
    done = runner.invoke(app, ["--lang", lang, "analyze", str(four), "--chart", "p"])
    assert done.exit_code == 0, done.output
    verdict_line = done.stdout.strip().splitlines()[-1]
    phase_line = done.stdout.strip().splitlines()[-2]
    assert TOO_FEW[lang] in verdict_line
    assert TOO_FEW[lang] in phase_line
    for words in NO_SIGNAL[lang]:
        assert words not in done.stdout


def test_json_marks_too_few_points_and_keeps_the_contract_fields(
    runner: CliRunner, four: Path
) -> None:
    done = runner.invoke(app, ["analyze", str(four), "--chart", "p", "--json"])
    verdict = json.loads(done.stdout)["verdict"]
    assert verdict["variation"] == "common_cause"  # the contract's value is unchanged
    assert verdict["assurance"] is None
    assert verdict["enough_data"] is False
    assert verdict["n_useful"] == 4
    assert verdict["says"] == "too_few"


def test_ten_useful_points_are_enough() -> None:
    y = [4, 6, 5, 7, 5, 6, 4, 7, 5, 6]
    result = analyse(Series.from_values(y), AnalysisOptions(chart="i"))
    assert result.verdict.enough_data and result.verdict.n_useful == 10
    nine = analyse(Series.from_values(y[:9]), AnalysisOptions(chart="i"))
    assert not nine.verdict.enough_data and nine.verdict.says == "too_few"


def test_points_on_the_centre_line_are_not_useful() -> None:
    # 11 points, 3 on the median: 8 useful, too few
    y = [1, 5, 5, 5, 9, 2, 8, 3, 7, 1, 9]
    result = analyse(Series.from_values(y), AnalysisOptions(chart="run"))
    assert result.verdict.n_useful == 8
    assert result.verdict.says == "too_few"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_api_and_chart_caption_say_too_few(lang: str) -> None:
    result = analyse(
        Series.from_values([4, 5, 7, 8], n=[10, 10, 10, 10]), AnalysisOptions(chart="p")
    )
    assert TOO_FEW[lang] in describe_verdict(result, lang)
    assert TOO_FEW[lang] in describe_phase(result, result.phases[0], lang)
    caption = " ".join(caption_lines(result, lang)).lower()
    assert TOO_FEW[lang] in caption
    for words in NO_SIGNAL[lang]:
        assert words.lower() not in caption


# --- a changed process: the target is not judged against limits it has left ---------------


def test_a_frozen_baseline_left_behind_is_a_changed_process() -> None:
    baseline = [12, 11, 13, 12, 11, 12, 13, 11, 12, 12]
    result = analyse(
        Series.from_values([*baseline, 16, 17, 16, 17, 16, 17]),
        AnalysisOptions(chart="i", freeze=10, direction="down", target=15.0),
    )
    assert result.verdict.assurance is not None  # NHSRplotthedots' value stays
    assert result.verdict.assurance.value == "pass"
    assert result.verdict.process_changed
    assert result.verdict.says == "changed"


def test_a_stable_process_keeps_its_target_verdict() -> None:
    y = [12, 11, 13, 12, 11, 12, 13, 11, 12, 12, 11, 13]
    result = analyse(
        Series.from_values(y), AnalysisOptions(chart="i", direction="down", target=17.0)
    )
    assert not result.verdict.process_changed
    assert result.verdict.says == "target"
    assert "når målet hver gang" in describe_verdict(result, "da")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_example_meeting_duration_is_not_said_to_meet_its_target(
    runner: CliRunner, lang: str
) -> None:
    done = runner.invoke(app, ["--lang", lang, "--cycles", str(EXAMPLE), "analyze", MEETING])
    assert done.exit_code == 0, done.output
    assert CHANGED[lang] in done.stdout
    assert "--phase-at-adopt" in done.stdout  # and how to recalculate
    for words in PASS_WORDS[lang]:
        assert words not in done.stdout
    analysis = analyse_measure(load_workspace(EXAMPLE).workspace, MEETING)
    caption = " ".join(caption_lines(analysis, lang))
    assert CHANGED[lang].capitalize() in caption
    for words in PASS_WORDS[lang]:
        assert words not in caption


def test_example_meeting_duration_json_keeps_assurance(runner: CliRunner) -> None:
    done = runner.invoke(app, ["--cycles", str(EXAMPLE), "analyze", MEETING, "--json"])
    verdict = json.loads(done.stdout)["verdict"]
    assert verdict["assurance"] == "pass"
    assert verdict["process_changed"] is True
    assert verdict["enough_data"] is True
    assert verdict["says"] == "changed"


@pytest.mark.parametrize("lang", ["da", "en"])
def test_summary_says_too_few_points_in_every_format(
    runner: CliRunner, tmp_path: Path, lang: str
) -> None:
    root = tmp_path / "cycles"
    shutil.copytree(EXAMPLE, root)
    measure = next(root.rglob(f"{MEETING}.yaml"))
    text = measure.read_text(encoding="utf-8")
    head, _, rows = text.partition("measurements:")
    kept = rows.split("\n  - ")[:5]  # the first four measurements
    measure.write_text(head + "measurements:" + "\n  - ".join(kept) + "\n", encoding="utf-8")
    for fmt in ("terminal", "md", "html"):
        done = runner.invoke(
            app,
            [
                "--cycles",
                str(root),
                "summary",
                "--since",
                "2022-01-01",
                "--format",
                fmt,
                "--lang",
                lang,
                "--no-charts",
            ],
        )
        assert done.exit_code == 0, done.output
        said = " ".join(done.stdout.split())
        # the terminal table may wrap "(4 af 10)" onto its next row
        wanted = TOO_FEW[lang] if fmt != "terminal" else TOO_FEW[lang].split(" (")[0]
        assert wanted in said, fmt


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("da", "for få punkter til at vurdere: 9 brugbare af mindst 10"),
        ("en", "too few points to judge: 9 useful of at least 10"),
    ],
)
def test_example_first_seminar_has_too_few_points_not_no_signals(
    runner: CliRunner, lang: str, words: str
) -> None:
    """Before seminar 1 most measures had 9 weekly points: the report said "no signals"."""
    done = runner.invoke(
        app,
        [
            "--cycles",
            str(EXAMPLE),
            "summary",
            "--seminar",
            "1",
            "--format",
            "md",
            "--lang",
            lang,
            "--no-charts",
        ],
    )
    assert done.exit_code == 0, done.output
    assert done.stdout.count(words) >= 10


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("fmt", ["terminal", "md", "html"])
def test_summary_says_the_meeting_process_changed_and_how_to_recalculate(
    runner: CliRunner, lang: str, fmt: str
) -> None:
    done = runner.invoke(
        app,
        [
            "--cycles",
            str(EXAMPLE),
            "summary",
            "--since",
            "2022-01-01",
            "--format",
            fmt,
            "--lang",
            lang,
            "--no-charts",
        ],
        env={"COLUMNS": "400"},
    )
    assert done.exit_code == 0, done.output
    said = " ".join(done.stdout.replace("│", " ").split())
    assert f"pdsa analyze {MEETING} --phase-at-adopt" in said
    assert CHANGED[lang].capitalize() in said
    for words in PASS_WORDS[lang]:
        assert words not in said
