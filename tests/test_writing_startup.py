"""The writing commands start fast: none of them imports pandas or matplotlib."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_startup import PROBE
from tests.writing_support import INITIATIVE, make_workspace


@pytest.mark.parametrize(
    "args",
    [
        ["log", "ventetid", "2021-04-05", "9"],
        ["show", f"{INITIATIVE}#1"],
        ["new", "--no-input", "-i", INITIATIVE, "-t", "To", "--objective", "o"],
        ["act", f"{INITIATIVE}#1", "--help"],
    ],
)
def test_writing_commands_do_not_import_heavy_libraries(tmp_path: Path, args: list[str]) -> None:
    root = make_workspace(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--cycles", str(root), *args],
        capture_output=True,
        text=True,
        check=False,
    )
    heavy = json.loads(done.stdout.strip().splitlines()[-1])
    assert "pandas" not in heavy and "matplotlib" not in heavy, done.stdout
