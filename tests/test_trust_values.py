"""Issue 13, item 7: values that cannot be. Counts are whole numbers of 0 or more (a count's
value, a proportion's or rate's numerator, a proportion's denominator); a duration is not below
0 unless its measure allows negatives; whole numbers are written as integers."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from pdsa_cli.loader import load_workspace
from pdsa_cli.models import DataType
from pdsa_cli.models.measure import impossible_value, is_duration
from pdsa_cli.writing.logbook import Reading
from tests.conftest import EXAMPLE

SHARE = "soenderborg-sygepleje-deltager"  # a proportion
MEETING = "soenderborg-moedevarighed-min"  # minutes per meeting
WHOLE = {"da": "skal være et helt tal", "en": "must be a whole number"}
BELOW = {"da": "kan ikke være under 0", "en": "cannot be below 0"}


@pytest.fixture
def root(tmp_path: Path) -> Path:
    copy = tmp_path / "cycles"
    shutil.copytree(EXAMPLE, copy)
    return copy


def _file(root: Path, measure: str) -> Path:
    return next(root.rglob(f"{measure}.yaml"))


@pytest.mark.parametrize("lang", ["da", "en"])
def test_log_refuses_a_fractional_numerator(runner: CliRunner, root: Path, lang: str) -> None:
    before = _file(root, SHARE).read_text(encoding="utf-8")
    done = runner.invoke(
        app,
        [
            "--lang",
            lang,
            "--cycles",
            str(root),
            "log",
            SHARE,
            "19.12.2022",
            "--numerator",
            "2,5",
            "--denominator",
            "5",
        ],
    )
    assert done.exit_code == 1
    assert WHOLE[lang] in done.output and "Traceback" not in done.output
    assert _file(root, SHARE).read_text(encoding="utf-8") == before


@pytest.mark.parametrize("lang", ["da", "en"])
def test_log_refuses_negative_minutes(runner: CliRunner, root: Path, lang: str) -> None:
    done = runner.invoke(
        app, ["--lang", lang, "--cycles", str(root), "log", MEETING, "2022-12-19", "--", "-3"]
    )
    assert done.exit_code == 1
    assert BELOW[lang] in done.output and "allow_negative: true" in done.output


def test_allow_negative_lets_a_difference_below_zero(runner: CliRunner, root: Path) -> None:
    path = _file(root, MEETING)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nmeasurements:", "\nallow_negative: true\nmeasurements:"))
    done = runner.invoke(app, ["--cycles", str(root), "log", MEETING, "2022-12-19", "--", "-3"])
    assert done.exit_code == 0, done.output
    assert "{date: 2022-12-19, value: -3}" in path.read_text(encoding="utf-8")


def test_whole_numbers_are_written_as_integers(runner: CliRunner, root: Path) -> None:
    sheet = root.parent / "import.csv"
    sheet.write_text("dato;tæller;nævner\n26.12.2022;4;5\n02.01.2023;3;5\n", encoding="utf-8")
    done = runner.invoke(app, ["--cycles", str(root), "import", str(sheet), "-m", SHARE, "--yes"])
    assert done.exit_code == 0, done.output
    text = _file(root, SHARE).read_text(encoding="utf-8")
    assert "{date: 2022-12-26, numerator: 4, denominator: 5}" in text
    assert "4.0" not in text and "5.0" not in text
    reading = Reading(dt.date(2022, 12, 26), numerator=4.0, denominator=5.0)
    assert reading.as_mapping() == {"date": dt.date(2022, 12, 26), "numerator": 4, "denominator": 5}
    assert type(reading.as_mapping()["numerator"]) is int


@pytest.mark.parametrize("lang", ["da", "en"])
def test_validate_finds_them_written_by_hand(runner: CliRunner, root: Path, lang: str) -> None:
    share = _file(root, SHARE)
    share.write_text(
        share.read_text(encoding="utf-8")
        + "  - {date: 2022-12-19, numerator: 2.5, denominator: 5}\n",
        encoding="utf-8",
    )
    meeting = _file(root, MEETING)
    meeting.write_text(
        meeting.read_text(encoding="utf-8") + "  - {date: 2022-12-19, value: -3}\n",
        encoding="utf-8",
    )
    done = runner.invoke(app, ["--lang", lang, "--cycles", str(root), "validate"])
    assert done.exit_code == 1
    share_line = len(share.read_text(encoding="utf-8").splitlines())
    meeting_line = len(meeting.read_text(encoding="utf-8").splitlines())
    assert f"{share.name}:{share_line}" in done.output and WHOLE[lang] in done.output
    assert f"{meeting.name}:{meeting_line}" in done.output and BELOW[lang] in done.output
    codes = runner.invoke(app, ["--cycles", str(root), "validate", "--json"]).stdout
    assert "numerator-not-whole" in codes and "negative-duration" in codes


def test_api_rule() -> None:
    workspace = load_workspace(EXAMPLE).workspace
    share = workspace.measures[SHARE].model
    meeting = workspace.measures[MEETING].model
    assert impossible_value(share, None, 2.5, 5) == ("numerator-not-whole", "numerator", 2.5)
    assert impossible_value(share, None, 2, 5.5) == ("denominator-not-whole", "denominator", 5.5)
    assert impossible_value(share, None, 2, 5) is None
    assert impossible_value(meeting, -3, None, None) == ("negative-duration", "value", -3)
    assert impossible_value(meeting, 0, None, None) is None
    allowed = meeting.model_copy(update={"allow_negative": True})
    assert impossible_value(allowed, -3, None, None) is None
    count = meeting.model_copy(update={"data_type": DataType.COUNT})
    assert impossible_value(count, 2.5, None, None) == ("count-not-whole", "value", 2.5)
    assert impossible_value(count, -1, None, None) == ("count-not-whole", "value", -1)
    assert is_duration("minutter pr. besøg") and is_duration("timer")
    assert not is_duration("opkald pr. møde")
