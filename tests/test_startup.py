"""Start-up stays fast: `pdsa --help` and `pdsa validate` import neither pandas nor matplotlib."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import EXAMPLE

PROBE = """
import json, sys
from pdsa_cli.cli.app import app
try:
    app(args=sys.argv[1:], standalone_mode=False)
except SystemExit:
    pass
heavy = sorted(m for m in ("pandas", "matplotlib", "numpy", "scipy") if m in sys.modules)
print("\\n" + json.dumps(heavy))
"""


@pytest.mark.parametrize(
    "args",
    [["--help"], ["--cycles", str(EXAMPLE), "validate"], ["validate", str(EXAMPLE)]],
)
def test_light_commands_do_not_import_heavy_libraries(args: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=False
    )
    heavy = json.loads(done.stdout.strip().splitlines()[-1])
    assert "pandas" not in heavy, done.stdout
    assert "matplotlib" not in heavy, done.stdout


def test_help_loads_no_models_and_no_yaml() -> None:
    """`pdsa --help` is what people type first; it must not wait for pydantic or PyYAML."""
    probe = PROBE.replace('("pandas", "matplotlib", "numpy", "scipy")', '("pydantic", "yaml")')
    done = subprocess.run(
        [sys.executable, "-c", probe, "--help"], capture_output=True, text=True, check=False
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [], done.stdout
