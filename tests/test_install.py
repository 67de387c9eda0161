"""Issue 27, item 1: the documented venv route puts a working `pdsa` in `.venv/bin`, and on the
PATH once the venv is activated.

The lines of the guide's venv block run, in order, in bash, in a clean folder holding a copy of
the package's source. Offline-ish: `pip install .` gets `--no-deps`, and the dependencies come
from the environment running the tests (a `.pth` file); pip's build isolation still fetches
setuptools from PyPI, so a machine without a network skips this test with the reason.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from pdsa_cli import __version__
from tests.conftest import REPO


def venv_route(guide: str) -> list[str]:
    """The command lines of the guide's block that starts with `python3 -m venv`."""
    text = (REPO / "docs" / guide).read_text(encoding="utf-8")
    block = next(b for b in text.split("```")[1::2] if "-m venv" in b)
    return [line.split("#")[0].strip() for line in block.splitlines()[1:] if line.strip()]


def test_the_guides_agree_on_the_venv_route() -> None:
    english, danish = venv_route("getting-started.md"), venv_route("kom-i-gang.md")
    assert english[:2] == danish[:2] == ["python3 -m venv .venv", ".venv/bin/pip install ."]
    assert english[-1] == danish[-1] == "source .venv/bin/activate"


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_the_documented_venv_route_works_in_a_clean_folder(tmp_path: Path) -> None:
    folder = tmp_path / "pdsa-cli"
    shutil.copytree(REPO / "src" / "pdsa_cli", folder / "src" / "pdsa_cli")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, folder / name)
    deps = sysconfig.get_paths()["purelib"]  # this environment's packages, for --no-deps
    lines = []
    for line in venv_route("getting-started.md"):
        line = line.replace("python3 ", f"{sys.executable} ", 1)
        if line.endswith("-m venv .venv"):
            line += f" && echo {deps} > $(ls -d .venv/lib/python3*/site-packages)/deps.pth"
        if line.endswith("pip install ."):
            line = line.replace("pip install .", "pip install --quiet --no-deps .")
        lines.append(line)
    script = " && ".join([*lines, "cd /", "command -v pdsa", "pdsa --version"])
    done = subprocess.run(
        ["bash", "-c", script], cwd=folder, capture_output=True, text=True, check=False
    )
    if done.returncode != 0 and "setuptools" in done.stderr and "No matching" in done.stderr:
        pytest.skip("no network for pip's build isolation: " + done.stderr[-200:])
    assert done.returncode == 0, done.stdout + done.stderr
    said = done.stdout.splitlines()
    assert said[-2] == str(folder / ".venv" / "bin" / "pdsa")  # on the PATH after activate
    assert said[-1] == f"pdsa {__version__}"
    assert "Usage" in done.stdout  # `.venv/bin/pdsa --help` ran before activating
