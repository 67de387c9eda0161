"""`pdsa validate` through the CLI runner: exit codes, output formats, language, scope."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from pdsa_cli.loader import load_workspace
from tests.loader_corpus import BASE, INVALID, build


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    return Path(shutil.copytree(BASE, tmp_path / "ws"))


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    root = build(INVALID / "cycle.date-order.yaml", tmp_path)
    (root / "solby" / "noter.yaml").write_text("x: 1\n", encoding="utf-8")  # a warning too
    return root


def test_clean_workspace_exits_0(runner: CliRunner, clean: Path) -> None:
    done = runner.invoke(app, ["--lang", "en", "validate", str(clean)])
    assert done.exit_code == 0, done.output
    assert "All good: 7 file(s) checked." in done.output


def test_errors_exit_1_with_file_line_path_message(runner: CliRunner, broken: Path) -> None:
    done = runner.invoke(app, ["--lang", "en", "validate", str(broken)])
    assert done.exit_code == 1
    lines = done.output.splitlines()
    assert any(
        line.endswith(
            "cycle-09-date-order.yaml:14: act.date: the date 2021-04-14 is before "
            "study.date (2021-04-15)."
        )
        for line in lines
    ), done.output
    assert lines[-1] == "3 error(s), 2 warning(s) in 9 file(s)."


def test_warnings_alone_pass_unless_strict(runner: CliRunner, clean: Path) -> None:
    (clean / "solby" / "noter.yaml").write_text("x: 1\n", encoding="utf-8")
    assert runner.invoke(app, ["validate", str(clean)]).exit_code == 0
    assert runner.invoke(app, ["validate", "--strict", str(clean)]).exit_code == 1


def test_json_equals_the_library_result(
    runner: CliRunner, broken: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(broken)
    done = runner.invoke(app, ["--lang", "da", "validate", "--json", "."])
    assert done.exit_code == 1
    expected = [p.to_dict("da") for p in load_workspace(Path(".")).problems]
    assert json.loads(done.stdout) == expected
    assert set(expected[0]) == {"code", "severity", "file", "line", "path", "message"}


def test_language_comes_from_the_programme(
    runner: CliRunner, broken: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PDSA_LANG", raising=False)
    done = runner.invoke(app, ["validate", str(broken)])
    assert "3 fejl, 2 advarsel(er) i 9 fil(er)." in done.output
    assert "Advarsel: filen hører ikke til" in done.output


def test_a_file_is_checked_in_its_workspace(runner: CliRunner, broken: Path) -> None:
    cycle = broken / "solby" / "feedback" / "cycle-09-date-order.yaml"
    done = runner.invoke(app, ["--lang", "en", "validate", str(cycle)])
    assert done.exit_code == 1
    assert done.output.splitlines()[-1] == "3 error(s), 1 warning(s) in 1 file(s)."
    other = broken / "solby" / "feedback" / "measures"
    assert runner.invoke(app, ["validate", str(other)]).exit_code == 0


def test_a_missing_path_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    done = runner.invoke(app, ["--lang", "en", "validate", str(tmp_path / "nope")])
    assert done.exit_code == 2
    assert "The path does not exist" in done.output
    assert "Traceback" not in done.output


def test_garbage_never_gives_a_traceback(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "programme.yaml").write_bytes(b"\x00\xff{[: !!python/name:os.system")
    done = runner.invoke(app, ["validate", str(tmp_path)])
    assert done.exit_code == 1
    assert done.exception is None or isinstance(done.exception, SystemExit)


def test_validate_reports_the_prediction_checks(runner: CliRunner, tmp_path: Path) -> None:
    from tests.predictions_support import Builder, cycle, measure, weekly

    builder = Builder(tmp_path).municipality("a").initiative("a", "b")
    builder.measure("a", "b", "tid", measure("value", weekly("2021-03-01", [12.0] * 4)))
    do = {"start": "2021-03-01", "end": "2021-03-28"}
    builder.cycle("a", "b", cycle(1, [], do, measures=["tid"]))
    study = {"date": "2021-04-01", "results": "Ventetiden faldt."}
    predicted = [{"measure": "tid", "comparator": "at_least", "value": 10}]
    builder.cycle("a", "b", cycle(2, predicted, do, study, measures=["tid"]))
    done = runner.invoke(app, ["--lang", "en", "validate", "--json", str(tmp_path)])
    assert done.exit_code == 0, done.output
    found = {(p["code"], p["severity"]) for p in json.loads(done.output)}
    assert ("cycle-without-prediction", "warning") in found
    assert ("study-ignores-predictions", "warning") in found
    strict = runner.invoke(app, ["--lang", "da", "validate", "--strict", str(tmp_path)])
    assert strict.exit_code == 1
    assert "har ingen forudsigelse" in " ".join(strict.output.split())


def test_github_format_prints_one_annotation_per_problem(
    runner: CliRunner, clean: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cycle = clean / "solby" / "feedback" / "cycle-01-foerste-moede.yaml"
    cycle.write_text(cycle.read_text(encoding="utf-8") + "  bad: 1\n", encoding="utf-8")
    (clean / "solby" / "noter, 50%: kladde.yaml").write_text("x: 1\n", encoding="utf-8")
    monkeypatch.chdir(clean.parent)
    done = runner.invoke(app, ["--lang", "en", "validate", "--format", "github", "ws"])
    assert done.exit_code == 1
    lines = done.output.splitlines()
    assert lines[0] == (
        "::error file=ws/solby/feedback/cycle-01-foerste-moede.yaml,line=25,"
        "title=unknown-key::act.bad: unknown key 'bad'."
    )
    # Commas, colons and percent signs in a file name are escaped, so the command stays whole
    # (and the colon is a character Windows cannot hold in a name: reported too).
    name = "ws/solby/noter%2C 50%25%3A kladde.yaml"
    assert lines[1].startswith(f"::error file={name},title=reserved-name::")
    assert lines[2].startswith(f"::warning file={name},title=")
    assert lines[-1] == "2 error(s), 1 warning(s) in 8 file(s)."


def test_json_format_is_the_json_flag(runner: CliRunner, broken: Path) -> None:
    by_flag = runner.invoke(app, ["--lang", "en", "validate", "--json", str(broken)])
    by_format = runner.invoke(app, ["--lang", "en", "validate", "--format", "json", str(broken)])
    assert by_flag.output == by_format.output
    assert json.loads(by_format.output)


def test_a_broken_cycle_does_not_make_its_successor_orphaned(
    runner: CliRunner, clean: Path
) -> None:
    cycle = clean / "solby" / "feedback" / "cycle-01-foerste-moede.yaml"
    cycle.write_text(cycle.read_text(encoding="utf-8") + "  bad: 1\n", encoding="utf-8")
    done = runner.invoke(app, ["--lang", "en", "validate", "--json", str(clean)])
    assert [p["code"] for p in json.loads(done.output)] == ["unknown-key"]


@pytest.mark.parametrize(
    ("env", "args", "expected"),
    [
        (None, [], "fejl"),  # the programme's language (Danish)
        ("en", [], "error(s)"),  # a person's own choice beats the workspace default
        ("en", ["--lang", "da"], "fejl"),  # --lang beats both
        ("xx", [], "fejl"),  # a PDSA_LANG we cannot read is ignored
    ],
)
def test_one_language_rule(
    runner: CliRunner,
    broken: Path,
    monkeypatch: pytest.MonkeyPatch,
    env: str | None,
    args: list[str],
    expected: str,
) -> None:
    if env is None:
        monkeypatch.delenv("PDSA_LANG", raising=False)
    else:
        monkeypatch.setenv("PDSA_LANG", env)
    for command in (["validate", str(broken)], ["--cycles", str(broken), "summary"]):
        done = runner.invoke(app, [*args, *command])
        text = done.output if command[0] == "validate" else done.stdout
        words = {"fejl": ("fejl", "Overblik til"), "error(s)": ("error(s)", "seminar overview")}
        assert any(word in text for word in words[expected]), (command, text[-300:])
