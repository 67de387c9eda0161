"""`pdsa new-measure`: a measure file that validates, asked for or given as flags, never
replacing one that exists, and ready for `pdsa log`."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pdsa_cli.cli.commands.measure import CHOICES
from pdsa_cli.loader import load_workspace
from pdsa_cli.models import ChartType, DataType, Direction, Family, Frequency, Measure
from tests.writing_support import FOLDER, INITIATIVE, make_workspace, run, tree

FLAGS = [
    "--initiative", INITIATIVE, "--name", "Minutter til dokumentation pr. besøg",
    "--family", "balancing", "--definition", "Minutter brugt på at dokumentere pr. besøg.",
    "--unit", "minutter", "--data-type", "value", "--direction", "down", "--target", "5",
]  # fmt: skip


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_workspace(tmp_path)


def test_flags_write_a_measure_that_validates_and_takes_measurements(root: Path) -> None:
    done = run(root, "new-measure", "dok-min", *FLAGS, "--no-input")
    assert done.exit_code == 0, done.output
    path = root / FOLDER / "measures" / "dok-min.yaml"
    text = path.read_text(encoding="utf-8")
    header = text.splitlines()[0]
    assert header.startswith("# yaml-language-server: $schema=")
    assert header.endswith("/schemas/measure.schema.json")
    measure = Measure.model_validate(yaml.safe_load(text))
    assert (measure.family, measure.data_type, measure.chart) == ("balancing", "value", "i")
    assert (measure.direction, measure.target, measure.frequency) == ("down", 5.0, "week")
    assert "pdsa log dok-min DATE VALUE" in done.output
    assert run(root, "log", "dok-min", "2021-03-01", "6,5").exit_code == 0
    result = load_workspace(root)
    assert [p for p in result.problems if p.severity.value == "error"] == []
    assert result.workspace.measures["dok-min"].model.measurements[0].value == 6.5


def test_interactive_asks_with_choices_and_suggests_the_chart(root: Path) -> None:
    answers = [
        "2",  # the initiative, by number
        "Andel borgere der føler sig hørt",
        "",  # the id: the suggested slug
        "outcome",  # in the guide's order: family, definition, unit, data type, direction
        "Hver uge spørges fem borgere.", "andel", "proportion",
        "up",
        "",  # chart: the suggestion for proportions (p)
        "",  # frequency (week)
    ]  # fmt: skip
    done = run(root, "new-measure", input="\n".join(answers) + "\n")
    assert done.exit_code == 0, done.output
    path = root / FOLDER / "measures" / "andel-borgere-der-foeler-sig-hoert.yaml"
    measure = Measure.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert (measure.data_type, measure.chart, measure.direction) == ("proportion", "p", "up")
    assert "outcome, process, balancing" in done.output
    assert "2. hoersholm-feedbackmoeder  (Feedbackmøder med reflekterende team)" in done.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["dok-min", *FLAGS[:5], "bad", *FLAGS[6:]], "--family cannot be 'bad'"),
        (["../dok", *FLAGS], "cannot be used as the id of a measure"),
        (["ventetid", *FLAGS], "exists already"),
        (["dok-min", "--initiative", "ukendt", *FLAGS[2:]], "Unknown initiative 'ukendt'"),
        ([], "Missing MEASURE_ID, --initiative"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    root: Path, args: list[str], message: str
) -> None:
    before = tree(root)
    done = run(root, "new-measure", *args, "--no-input")
    assert done.exit_code in (1, 2)
    assert message in " ".join(done.output.split())
    assert "Traceback" not in done.output
    assert tree(root) == before


def test_the_choices_are_the_models_own() -> None:
    models = {
        "family": Family,
        "data_type": DataType,
        "chart": ChartType,
        "direction": Direction,
        "frequency": Frequency,
    }
    for key, enum in models.items():
        assert CHOICES[key] == tuple(member.value for member in enum), key
