"""`pdsa log`: measurements checked against their measure, placed in date order, comments kept."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from pdsa_cli.models import Measure, Measurement
from tests.writing_support import FOLDER, make_workspace, run, tree


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_workspace(tmp_path)


def measure(root: Path, name: str) -> Measure:
    text = (root / FOLDER / "measures" / f"{name}.yaml").read_text(encoding="utf-8")
    return Measure.model_validate(yaml.safe_load(text))


def lines(root: Path, name: str) -> list[str]:
    return (root / FOLDER / "measures" / f"{name}.yaml").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("typed", ["4/10", "4 af 10", "4 ud af 10", "4 of 10"])
def test_a_fraction_as_the_value_points_to_numerator_and_denominator(
    root: Path, typed: str
) -> None:
    before = lines(root, "ventetid")
    result = run(root, "log", "ventetid", "08.03.2021", typed)
    assert result.exit_code == 2, result.output
    assert "--numerator 4 --denominator 10" in result.stderr
    assert lines(root, "ventetid") == before


@pytest.mark.parametrize("note", [":-) god uge", "? spørg Lene", ": se bilag", "- to vikarer"])
def test_a_note_that_starts_like_yaml_syntax_is_kept_as_typed(root: Path, note: str) -> None:
    result = run(root, "log", "ventetid", "08.03.2021", "13,5", "--note", note)
    assert result.exit_code == 0, result.output
    assert measure(root, "ventetid").measurements[1].note == note


def test_a_value_goes_in_date_order_as_one_flow_line(root: Path) -> None:
    result = run(root, "log", "ventetid", "08.03.2021", "13,5", "--note", "no")
    assert result.exit_code == 0, result.output
    assert "Added 2021-03-08: 13.5 minutter to 'ventetid'" in result.stdout
    text = lines(root, "ventetid")
    assert text[-5:] == [
        "  - {date: 2021-03-01, value: 14.5}  # first week",
        '  - {date: 2021-03-08, value: 13.5, note: "no"}',
        "  - {date: 2021-03-15, value: 12}",
        "  # a note by hand: holiday week follows",
        "  - {date: 2021-03-22, value: 11}  # third",
    ]
    dates = [m.date.isoformat() for m in measure(root, "ventetid").measurements]
    assert dates == ["2021-03-01", "2021-03-08", "2021-03-15", "2021-03-22"]
    assert measure(root, "ventetid").measurements[1].note == "no"  # text, not a YAML boolean


@pytest.mark.parametrize("date", ["2021-02-01", "15-04-2021"])
def test_before_the_first_and_after_the_last(root: Path, date: str) -> None:
    assert run(root, "log", "ventetid", date, "9").exit_code == 0
    dates = [m.date for m in measure(root, "ventetid").measurements]
    assert dates == sorted(dates) and len(dates) == 4
    assert lines(root, "ventetid")[0].startswith("# yaml-language-server")


def test_same_week_is_refused_unless_replace_keeping_the_comment(root: Path) -> None:
    before = tree(root)
    refused = run(root, "log", "ventetid", "2021-03-03", "20")  # Wednesday of 1 March's week
    assert refused.exit_code == 1
    assert "already" in refused.stderr and "--replace" in refused.stderr
    assert tree(root) == before
    replaced = run(root, "log", "ventetid", "2021-03-03", "20", "--replace")
    assert replaced.exit_code == 0, replaced.output
    assert "Replaced 2021-03-03" in replaced.stdout
    assert "  - {date: 2021-03-03, value: 20}  # first week" in lines(root, "ventetid")
    assert len(measure(root, "ventetid").measurements) == 3


def test_proportion_needs_numerator_not_above_denominator(root: Path) -> None:
    assert run(root, "log", "andel-tilfredse", "2021-03-01", "0.5").exit_code == 1
    too_big = run(
        root, "log", "andel-tilfredse", "2021-03-01", "--numerator", "9", "--denominator", "8"
    )
    assert too_big.exit_code == 1 and "larger than the denominator" in too_big.stderr
    ok = run(root, "log", "andel-tilfredse", "2021-03-01", "--numerator", "6", "--denominator", "8")
    assert ok.exit_code == 0, ok.output
    again = run(
        root, "log", "andel-tilfredse", "2021-03-30", "--numerator", "1", "--denominator", "8"
    )
    assert again.exit_code == 1  # same month
    item = measure(root, "andel-tilfredse").measurements[0]
    assert (item.numerator, item.denominator) == (6, 8)
    assert lines(root, "andel-tilfredse")[-2:] == [
        "measurements:",
        "  - {date: 2021-03-01, numerator: 6, denominator: 8}",
    ]


@pytest.mark.parametrize("value", ["2.5", "-1"])
def test_count_must_be_whole_and_not_negative(root: Path, value: str) -> None:
    result = run(root, "log", "antal-fald", "2021-03-01", "--", value)
    assert result.exit_code == 1
    assert "whole number" in result.stderr


def test_count_into_an_empty_flow_list(root: Path) -> None:
    assert run(root, "log", "antal-fald", "2021-03-02", "3").exit_code == 0
    assert run(root, "log", "antal-fald", "2021-03-01", "0").exit_code == 0
    assert [m.value for m in measure(root, "antal-fald").measurements] == [0, 3]


def test_exclude_needs_a_reason(root: Path) -> None:
    assert run(root, "log", "ventetid", "2021-04-05", "40", "--exclude").exit_code == 1
    result = run(root, "log", "ventetid", "2021-04-05", "40", "--exclude", "--reason", "sygdom #2")
    assert result.exit_code == 0, result.output
    last = measure(root, "ventetid").measurements[-1]
    assert last.exclude and last.reason == "sygdom #2"


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["ventetid", "2021-13-01", "1"], 2),
        (["ventetid", "31.02.2021", "1"], 2),
        (["ventetid", "2021-03-29", "abc"], 2),
        (["ventetid", "2099-01-05", "1"], 1),
        (["ventetid", "2021-03-29", "--numerator", "1", "--denominator", "2"], 1),
        (["ukendt", "2021-03-29", "1"], 1),
        (["../../ventetid", "2021-03-29", "1"], 2),
        (["ventetid"], 2),
    ],
)
def test_bad_input_changes_nothing(root: Path, args: list[str], code: int) -> None:
    before = tree(root)
    result = run(root, "log", *args)
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1  # one clear line
    assert tree(root) == before


def test_danish_messages(root: Path) -> None:
    from typer.testing import CliRunner

    from pdsa_cli.cli.app import app

    args = ["--lang", "da", "--cycles", str(root), "log", "ventetid", "2021-03-02", "1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert "Brug --replace" in result.stderr
    added = CliRunner().invoke(app, [*args[:-2], "2021-04-05", "13,5"])
    assert added.exit_code == 0 and "Tilføjet 2021-04-05: 13,5 minutter" in added.stdout


def test_csv_all_or_nothing(root: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text("dato;værdi;bemærkning\n29-03-2021;10,5;\n05.04.2021;9;ny leder\n")
    bad = tmp_path / "bad.csv"
    bad.write_text("date,value\n2021-04-12,8\n2021-04-19,x\n2021-04-26,7\n2021-13-01,1\n")
    before = tree(root)
    refused = run(root, "log", "ventetid", "--from-csv", str(bad))
    assert refused.exit_code == 1
    assert "bad.csv:3" in refused.stderr and "bad.csv:5" in refused.stderr
    assert tree(root) == before
    ok = run(root, "log", "ventetid", "--from-csv", str(good))
    assert ok.exit_code == 0, ok.output
    assert "2 measurement(s) added" in ok.stdout
    items = measure(root, "ventetid").measurements
    assert [m.value for m in items][-2:] == [10.5, 9] and items[-1].note == "ny leder"


def test_csv_rows_clashing_with_existing_periods_change_nothing(root: Path, tmp_path: Path) -> None:
    clash = tmp_path / "clash.csv"
    clash.write_text("date,value\n2021-04-12,8\n2021-03-16,7\n")
    before = tree(root)
    result = run(root, "log", "ventetid", "--from-csv", str(clash))
    assert result.exit_code == 1 and "clash.csv:3" in result.stderr
    assert tree(root) == before


def test_block_style_measurements_take_the_round_trip(root: Path) -> None:
    path = root / FOLDER / "measures" / "ventetid.yaml"
    path.write_text(
        "name: Ventetid\nfamily: outcome\ndefinition: d\nunit: min\ndata_type: value\n"
        "measurements:\n# by hand\n- date: 2021-03-01\n  value: 3  # three\n"
        "- date: 2021-03-15\n  value: 5\n",
        encoding="utf-8",
    )
    assert run(root, "log", "ventetid", "2021-03-08", "4").exit_code == 0
    text = path.read_text(encoding="utf-8")
    assert "# by hand" in text and "# three" in text
    assert [m.value for m in measure(root, "ventetid").measurements] == [3, 4, 5]


days = st.dates(min_value=dt.date(2020, 12, 1), max_value=dt.date(2021, 5, 1))


@settings(max_examples=15, deadline=None)
@given(st.lists(st.tuples(days, st.integers(0, 99), st.booleans()), min_size=1, max_size=6))
def test_any_sequence_of_logs_keeps_one_sorted_value_per_week(
    steps: list[tuple[dt.date, int, bool]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = make_workspace(Path(folder))
        expected = {m.date.isocalendar()[:2]: m for m in measure(root, "ventetid").measurements}
        for day, value, replace in steps:
            week = day.isocalendar()[:2]
            args = ["log", "ventetid", day.isoformat(), str(value)]
            result = run(root, *args, *(["--replace"] if replace else []))
            if week in expected and not replace:
                assert result.exit_code == 1
                continue
            assert result.exit_code == 0, result.output
            expected[week] = Measurement(date=day, value=value)
        written = measure(root, "ventetid").measurements
        assert [m.date for m in written] == sorted(m.date for m in expected.values())
        assert {m.date: m.value for m in written} == {m.date: m.value for m in expected.values()}
        assert "# a note by hand: holiday week follows" in "\n".join(lines(root, "ventetid"))


def test_from_csv_and_import_are_one_reader(root: Path, tmp_path: Path) -> None:
    """The strict mode of pdsa import's reader: the same row problems, word for word."""
    data = tmp_path / "rows.csv"
    data.write_text("dato;værdi\n12.04.2021;8\n19.04.2021;x\n2021-13-01;1\n", encoding="utf-8")
    logged = run(root, "log", "ventetid", "--from-csv", str(data))
    imported = run(root, "import", str(data), "--measure", "ventetid", "--yes")
    assert logged.exit_code == imported.exit_code == 1
    rows = [line for line in logged.stderr.splitlines() if "rows.csv:" in line]
    assert [line.split("rows.csv:")[1].split(":")[0] for line in rows] == ["3", "4"]
    assert all(line in imported.stderr for line in rows)


def test_from_csv_is_strict_about_column_names(root: Path, tmp_path: Path) -> None:
    data = tmp_path / "rows.csv"
    data.write_text("dato;minutter\n12.04.2021;8\n", encoding="utf-8")
    before = tree(root)
    result = run(root, "log", "ventetid", "--from-csv", str(data))
    assert result.exit_code == 1
    assert "rows.csv:1: minutter: unknown column 'minutter'" in result.stderr
    assert "dato, value, værdi" in result.stderr
    assert tree(root) == before
