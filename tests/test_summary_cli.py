"""`pdsa summary` through the CLI: formats, files, languages and usage errors."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from pdsa_cli.loader import load_workspace
from pdsa_cli.report import build_summary
from pdsa_cli.report.json_format import summary_to_dict
from tests import summary_support as ws


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ws.small_workspace(tmp_path_factory.mktemp("cli") / "cycles")


def run(runner: CliRunner, root: Path, *args: str) -> tuple[int, str, str]:
    done = runner.invoke(app, ["--cycles", str(root), "summary", *args])
    return done.exit_code, done.stdout, done.stderr


def test_json_equals_the_library_result(runner: CliRunner, root: Path) -> None:
    code, out, _ = run(runner, root, "--format", "json", "--seminar", "3", "--lang", "en")
    assert code == 0
    result = load_workspace(root)
    expected = summary_to_dict(
        build_summary(result.workspace, seminar=3, today=dt.date.today(), problems=result.problems),
        "en",
    )
    assert json.loads(out) == json.loads(json.dumps(expected))


def test_default_is_the_terminal_view_in_the_programme_language(
    runner: CliRunner, root: Path
) -> None:
    code, out, _ = run(runner, root)
    assert code == 0
    assert "Overblik til læringsseminar" in out and "Klar til spredning" in out
    code, out, _ = run(runner, root, "--lang", "en")
    assert "Learning seminar overview" in out


def test_markdown_file_links_charts_written_beside_it(runner: CliRunner, root: Path) -> None:
    pytest.importorskip("pdsa_cli.charts", reason="the charts package (issue 5) is not merged")
    out = root.parent / "report" / "summary.md"
    code, stdout, _ = run(
        runner, root, "--format", "md", "--out", str(out), "--since", "2021-01-01"
    )
    assert code == 0 and str(out) in stdout
    links = re.findall(r"\]\(([^)]+\.svg)\)", out.read_text(encoding="utf-8"))
    assert links, "the report links its charts"
    for link in links:
        assert (out.parent / link).read_text(encoding="utf-8").lstrip().startswith("<svg")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "2021-01-01", "--seminar", "2"], "either --since or --seminar"),
        (["--seminar", "9"], "no learning seminar number 9"),
        (["--municipality", "gamma"], "Unknown municipality 'gamma'"),
        (["--since", "Juneteenth"], "is not a date"),  # June 2021 is a month, as in pdsa log
    ],
)
def test_usage_errors_exit_2_and_write_nothing(
    runner: CliRunner, root: Path, args: list[str], message: str
) -> None:
    out = root.parent / "never" / "summary.html"
    code, _, err = run(runner, root, "--lang", "en", "--format", "html", "--out", str(out), *args)
    assert code == 2
    assert message in err
    assert not out.parent.exists()


def test_no_workspace_is_one_clear_line(runner: CliRunner, tmp_path: Path) -> None:
    code, _, err = run(runner, tmp_path / "missing", "--lang", "en")
    assert code == 2  # the one lookup of every command: one message, one exit code
    assert "No workspace found" in err and "Traceback" not in err


def test_invalid_files_are_reported_but_the_overview_still_comes(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = ws.small_workspace(tmp_path / "cycles")
    (root / "alpha" / "feedback" / "cycle-09-broken.yaml").write_text("number: [", "utf-8")
    code, out, err = run(runner, root, "--lang", "en", "--format", "json")
    assert code == 0
    assert "Errors in the workspace: 1." in err
    problems = json.loads(out)["data_problems"]["problems"]
    errors = [p["file"] for p in problems if p["severity"] == "error"]
    assert len(errors) == 1 and errors[0].endswith("cycle-09-broken.yaml")


def test_the_format_follows_the_file_name(runner: CliRunner, root: Path, tmp_path: Path) -> None:
    out = tmp_path / "seminar.json"
    code, _, err = run(runner, root, "--lang", "en", "--no-charts", "--out", str(out))
    assert code == 0, err
    assert json.loads(out.read_text(encoding="utf-8"))["period"]


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["--format", "html"], "programme.yaml"),  # a workspace file is never replaced
        (["--format", "md"], "report.html"),
        ([], "notes.docx"),
    ],
)
def test_a_file_name_that_does_not_fit_the_format_is_refused_and_untouched(
    runner: CliRunner, root: Path, tmp_path: Path, args: list[str], name: str
) -> None:
    target = tmp_path / name
    target.write_text("# mine\n", encoding="utf-8")
    code, _, err = run(runner, root, "--lang", "en", *args, "--out", str(target))
    assert code == 2
    assert "needs the ending" in err and "nothing was written" in err
    assert target.read_text(encoding="utf-8") == "# mine\n"


def test_an_option_refused_before_the_workspace_is_read_is_said_in_its_language(
    runner: CliRunner, root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`pdsa summary --out x.yaml` in a Danish workspace: refused in Danish, as every later
    message of the command would be."""
    monkeypatch.delenv("PDSA_LANG", raising=False)
    code, _, err = run(runner, root, "--out", str(tmp_path / "x.yaml"))
    assert code == 2
    assert "skal have endelsen .txt" in err and "intet er skrevet" in err


def test_an_unknown_report_language_is_a_usage_error_not_a_fault(
    runner: CliRunner, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PDSA_LANG", raising=False)
    code, _, err = run(runner, root, "--lang", "xx")
    assert code == 2
    assert "Ukendt sprog 'xx'" in err and "udviklerne" not in err


def test_an_unknown_global_language_is_refused_in_the_workspace_s(
    runner: CliRunner, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PDSA_LANG", raising=False)
    done = runner.invoke(app, ["--lang", "xx", "--cycles", str(root), "validate"])
    assert done.exit_code == 2
    assert "Ukendt sprog 'xx'" in done.stderr
