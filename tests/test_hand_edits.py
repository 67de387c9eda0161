"""Hand edits explained (issue 14, item 8): a Danish decimal comma in a measure file, and list
positions counted from 1 in the path and in the text alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from tests.writing_support import FOLDER, make_workspace

MEASURE = """\
name: Ventetid
family: outcome
definition: Minutter fra aftalt tid til mødet begynder
unit: minutter
data_type: value
frequency: week
measurements:
  - {date: 2021-03-01, value: 14}
  - date: 2021-03-08
    value: 12,5
  - {date: 2021-03-15, value: "11,5"}
  - {date: 2021-03-22, value: 7,5}
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = make_workspace(tmp_path)
    (root / FOLDER / "measures" / "ventetid.yaml").write_text(MEASURE, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("da", "decimalkomma? I en {…}-linje afslutter kommaet tallet"),
        ("en", "a decimal comma? In a {…} line the comma ends the number"),
    ],
)
def test_a_decimal_comma_in_a_flow_line_is_explained(root: Path, lang: str, words: str) -> None:
    done = CliRunner().invoke(app, ["--lang", lang, "--cycles", str(root), "validate"])
    assert done.exit_code == 1
    (line,) = [text for text in done.output.splitlines() if "ventetid.yaml" in text]
    # The fourth measurement, on line 12: counted from 1, as the editor and people count.
    assert "ventetid.yaml:12: measurements[4].5:" in line
    assert words in line and "(7.5)" in line and '"7,5"' in line


def test_a_quoted_or_block_decimal_comma_is_read_as_a_number(root: Path) -> None:
    from pdsa_cli.loader import load_workspace

    path = root / FOLDER / "measures" / "ventetid.yaml"
    path.write_text(MEASURE.replace("value: 7,5", "value: 7.5"), encoding="utf-8")
    result = load_workspace(root)
    assert [p for p in result.problems if p.file.endswith("ventetid.yaml")] == []
    values = [m.value for m in result.workspace.measures["ventetid"].model.measurements]
    assert values == [14, 12.5, 11.5, 7.5]


def test_the_first_item_of_a_list_is_number_1(root: Path) -> None:
    path = root / FOLDER / "measures" / "ventetid.yaml"
    path.write_text(MEASURE.replace("value: 14}", "value: fjorten}"), encoding="utf-8")
    done = CliRunner().invoke(app, ["--lang", "en", "--cycles", str(root), "validate"])
    assert "ventetid.yaml:8: measurements[1].value: 'fjorten'" in done.output
