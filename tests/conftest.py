"""Shared fixtures: a CLI runner and the repository's paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "cycles"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
