"""The example workspace: quantitative predictions on most cycles, some met and some not, and
no prediction problem for `pdsa validate`."""

from __future__ import annotations

import pytest

from pdsa_cli.loader import load_workspace
from pdsa_cli.predictions import Status, check_predictions, summarise_predictions
from tests.conftest import EXAMPLE

pytestmark = pytest.mark.skipif(not EXAMPLE.is_dir(), reason="no example workspace")


def test_most_example_cycles_predict_and_the_data_say_met_and_not_met() -> None:
    workspace = load_workspace(EXAMPLE).workspace
    predicting = [c for c in workspace.cycles if c.model.plan.predictions]
    assert len(predicting) > len(workspace.cycles) / 2
    report = summarise_predictions(workspace)
    judged = [s for s in report.scores if s.judged]
    assert any(s.status is Status.MET for s in judged)
    assert any(s.status is Status.NOT_MET for s in judged)
    assert report.programme.share is not None and 0 < report.programme.share < 1


def test_the_example_has_no_prediction_problem() -> None:
    assert check_predictions(load_workspace(EXAMPLE).workspace) == []
