"""Predictions in the writing commands: `pdsa show` puts the observed values beside the
predictions; `pdsa study` offers them as the comparison, written only when the user accepts."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pdsa_cli.models import Cycle
from tests.writing_support import FOLDER, INITIATIVE, make_workspace, run

# Do from 1 to 21 March 2021: the weekly waits of 1 and 15 March (14.5 and 12 minutes) count.
DONE_DO = """\
# yaml-language-server: $schema=../../../schemas/cycle.schema.json
number: 2
title: Kortere ventetid
measures: [ventetid]
plan:
  objective: Mødet begynder til tiden
  predictions:
    - measure: ventetid   # the team's guess
      comparator: at_most
      value: 10
      text: Under 10 minutter
do:
  start: 2021-03-01
  end: 2021-03-21
"""
OBSERVED = "Observed: 13.25 minutter (n = 2). The prediction was not met; distance +3.25 minutter."


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = make_workspace(tmp_path)
    (root / FOLDER / "cycle-02-kortere-ventetid.yaml").write_text(DONE_DO, encoding="utf-8")
    return root


def written(root: Path) -> Cycle:
    text = (root / FOLDER / "cycle-02-kortere-ventetid.yaml").read_text(encoding="utf-8")
    return Cycle.model_validate(yaml.safe_load(text))


def test_show_puts_the_observed_value_beside_the_prediction(root: Path) -> None:
    result = run(root, "show", f"{INITIATIVE}#2")
    assert result.exit_code == 0, result.output
    for text in ("≤ 10", "13.25", "not met", "+3.25", "Under 10"):
        assert text in result.stdout, result.stdout


def test_study_shows_the_observed_values_and_enter_accepts_them(root: Path) -> None:
    answers = ["2021-03-25", "Ventetiden faldt lidt", "", "Vi skal starte tidligere"]
    result = run(root, "study", f"{INITIATIVE}#2", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert OBSERVED in result.output  # shown before anything is asked
    study = written(root).study
    assert study is not None and study.compared_with_predictions is not None
    assert study.compared_with_predictions.endswith(OBSERVED)
    assert "# the team's guess" in (root / FOLDER / "cycle-02-kortere-ventetid.yaml").read_text()


@pytest.mark.parametrize(("answer", "expected"), [("-", None), ("Langt fra", "Langt fra")])
def test_study_offer_can_be_skipped_or_replaced(
    root: Path, answer: str, expected: str | None
) -> None:
    answers = ["2021-03-25", "Ventetiden faldt lidt", answer, ""]
    result = run(root, "study", f"{INITIATIVE}#2", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    study = written(root).study
    assert study is not None and study.compared_with_predictions == expected


def test_no_input_writes_the_observed_values_only_when_asked(root: Path) -> None:
    args = ["study", f"{INITIATIVE}#2", "--no-input", "--results", "Faldt", "--date", "2021-03-25"]
    assert run(root, *args).exit_code == 0
    study = written(root).study
    assert study is not None and study.compared_with_predictions is None


def test_compared_from_data(root: Path) -> None:
    args = ["study", f"{INITIATIVE}#2", "--no-input", "--results", "Faldt", "--compared-from-data"]
    result = run(root, *args)
    assert result.exit_code == 0, result.output
    study = written(root).study
    assert study is not None and study.compared_with_predictions is not None
    assert study.compared_with_predictions.endswith(OBSERVED)
