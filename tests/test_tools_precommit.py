"""The pre-commit hook, run by pre-commit itself in a temporary git repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO

PROGRAMME = """\
name: Testprogram
tracks:
  - {id: 1, name: Mødet med borgeren}
"""
MUNICIPALITY = "name: Testby Kommune\ncontact_role: læringsagent\n"
BAD_INITIATIVE = """\
name: Feedbackmøder
track: 1
aim: {statement: Flere borgere oplever at blive hørt}
method: reflecting-team
statu: active
"""


def _hook_as_system_hook() -> dict[str, object]:
    """Our published hook, run with the pdsa already installed here instead of a fresh env."""
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = dict(next(h for h in hooks if h["id"] == "pdsa-validate"))
    hook["language"] = "system"
    return hook


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_hook_fails_on_a_bad_file_and_names_it(tmp_path: Path) -> None:
    pre_commit = Path(sys.executable).parent / "pre-commit"
    if not pre_commit.exists() or not (Path(sys.executable).parent / "pdsa").exists():
        pytest.skip("pre-commit and the pdsa command must be installed beside this Python")
    repo = tmp_path / "workspace-repo"
    folder = repo / "cycles" / "testby" / "feedback"
    folder.mkdir(parents=True)
    (repo / "cycles" / "programme.yaml").write_text(PROGRAMME, encoding="utf-8")
    (repo / "cycles" / "testby" / "municipality.yaml").write_text(MUNICIPALITY, encoding="utf-8")
    (folder / "initiative.yaml").write_text(BAD_INITIATIVE, encoding="utf-8")
    config = {"repos": [{"repo": "local", "hooks": [_hook_as_system_hook()]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "PDSA_LANG": "en",
    }
    done = subprocess.run(
        [str(pre_commit), "run", "--all-files", "--color", "never"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "cycles/testby/feedback/initiative.yaml" in done.stdout
    assert "statu" in done.stdout
