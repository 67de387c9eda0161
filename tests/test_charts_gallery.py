"""docs/gallery.md shows every chart type, and its commands draw what it shows."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from pdsa_cli.loader import load_workspace
from tests.conftest import EXAMPLE, REPO
from tests.test_charts_output import assert_valid

PAGE = (REPO / "docs" / "gallery.md").read_text(encoding="utf-8")
COMMANDS = [line.strip() for line in PAGE.splitlines() if line.startswith("    pdsa ")]
ALL_TYPES = {"run", "i", "mr", "p", "pp", "u", "up", "c", "xbar", "s", "g", "t"}


def chart_type(words: list[str]) -> str:
    """The chart type a gallery command draws: --chart, else the measure's own."""
    if "--chart" in words:
        return words[words.index("--chart") + 1]
    measure = words[words.index("chart") + 1]
    return load_workspace(EXAMPLE).workspace.measures[measure].model.chart.value


def test_every_chart_type_is_in_the_gallery_with_its_image() -> None:
    drawn = {chart_type(shlex.split(command)) for command in COMMANDS}
    assert drawn == ALL_TYPES
    for image in re.findall(r"\]\((gallery/[^)]+\.png)\)", PAGE):
        assert (REPO / "docs" / image).stat().st_size > 10_000, image


@pytest.mark.parametrize("command", [c for c in COMMANDS if ".csv" in c])
def test_the_csv_commands_of_the_gallery_draw_their_chart(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = shlex.split(command)
    words[words.index("--out") + 1] = str(tmp_path / "chart.png")
    monkeypatch.chdir(REPO)
    result = CliRunner().invoke(app, words[1:])
    assert result.exit_code == 0, result.output
    assert_valid(tmp_path / "chart.png")
