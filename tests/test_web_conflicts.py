"""Never lose anyone's work: a form sent after the file changed (here by the CLI's `pdsa log`
and `pdsa do`) overwrites nothing, shows what changed and keeps what the user typed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from pdsa_cli.loader import load_workspace
from tests.web_support import (
    INITIATIVE,
    MEASURE,
    example_copy,
    form_fields,
    hidden,
    opened,
    snapshot,
)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return example_copy(tmp_path)


def cli(root: Path, *args: str) -> None:
    done = CliRunner().invoke(app, ["--cycles", str(root), *args])
    assert done.exit_code == 0, done.output


def test_a_cli_log_between_loading_and_sending_the_form(root: Path) -> None:
    browser = opened(root)
    fields = form_fields(browser, f"/measure/{MEASURE}")  # the page is open in the browser
    cli(root, "log", MEASURE, "01.01.2022", "5,9")  # meanwhile, on the command line
    after_cli = snapshot(root)
    typed = {"date": "01.12.2021", "value": "6,2", "note": "efter feedbackmødet"}
    answer = browser.post(f"/measure/{MEASURE}", data={**fields, **typed})
    assert answer.status_code == 409
    assert "Filen er ændret, siden du åbnede siden" in answer.text
    assert "Intet er overskrevet" in answer.text
    assert re.search(r"^\+\s*- \{date: 2022-01-01, value: 5\.9\}$", answer.text, re.M)
    for value in typed.values():
        assert f'value="{value}"' in answer.text  # the user's input is kept
    assert snapshot(root) == after_cli  # the CLI's value is there, nothing of the form
    # Sent again from the page that showed the change: both values are kept.
    again = {"csrf": hidden(answer.text, "csrf"), "version": hidden(answer.text, "version")}
    assert browser.post(f"/measure/{MEASURE}", data={**again, **typed}).status_code == 200
    measurements = load_workspace(root).workspace.measures[MEASURE].model.measurements
    assert {"2021-12-01", "2022-01-01"} <= {m.date.isoformat() for m in measurements}


def test_a_cli_phase_between_loading_and_sending_a_phase_form(root: Path) -> None:
    browser = opened(root)
    new = f"/initiative/{INITIATIVE}/new-cycle"
    made = browser.post(
        new,
        data={
            **form_fields(browser, new),
            "title": "Aftenmøder",
            "objective": "Prøve",
            "plan_date": "01.06.2021",
        },
    )
    cycle = str(made.url.path)
    fields = form_fields(browser, cycle)
    cli(
        root,
        "do",
        f"{INITIATIVE}#4",
        "--start",
        "03.06.2021",
        "--what-happened",
        "Fra CLI",
        "--no-input",
    )
    after_cli = snapshot(root)
    typed = {"start": "02.06.2021", "what_happened": "Fra browseren"}
    answer = browser.post(f"{cycle}/do", data={**fields, **typed})
    assert answer.status_code == 409
    assert "Filen er ændret" in answer.text and "Fra CLI" in answer.text
    assert ">Fra browseren</textarea>" in answer.text
    assert snapshot(root) == after_cli


def test_an_unchanged_file_is_written_without_fuss(root: Path) -> None:
    browser = opened(root)
    fields = form_fields(browser, f"/measure/{MEASURE}")
    browser.get(f"/measure/{MEASURE}")  # looking again changes nothing
    answer = browser.post(
        f"/measure/{MEASURE}", data={**fields, "date": "01.12.2021", "value": "6"}
    )
    assert answer.status_code == 200 and "Filen er ændret" not in answer.text
