"""The invalid-file corpus: build each case's workspace and list its problems as
`path:line: code` (or `path: code` when a problem has no line).

Single-file cases `tests/fixtures/invalid/<kind>.<case>.yaml` are placed into a copy of the valid
workspace `tests/fixtures/valid/minimal` where a file of that kind belongs; folder cases
`tests/fixtures/invalid/<case>/` copy `files/` over it and delete the paths in `remove.txt`.
The expected lines sit beside each case (`<kind>.<case>.expected`, `<case>/expected.txt`).
Run `python -m tests.loader_corpus CASE` to see what a case gives now.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from pdsa_cli.errors import Problem
from pdsa_cli.loader import load_workspace

FIXTURES = Path(__file__).resolve().parent / "fixtures"
INVALID = FIXTURES / "invalid"
BASE = FIXTURES / "valid" / "minimal"

PLACE = {
    "programme": "programme.yaml",
    "municipality": "{case}/municipality.yaml",
    "initiative": "solby/{case}/initiative.yaml",
    "measure": "solby/feedback/measures/{case}.yaml",
    "cycle": "solby/feedback/cycle-09-{case}.yaml",
}


def cases() -> list[Path]:
    return sorted(p for p in INVALID.iterdir() if p.is_dir() or p.suffix == ".yaml")


def case_id(case: Path) -> str:
    return case.stem if case.is_file() else case.name


def expected_file(case: Path) -> Path:
    return case.with_suffix(".expected") if case.is_file() else case / "expected.txt"


def read_expected(case: Path) -> list[str]:
    lines = expected_file(case).read_text(encoding="utf-8").splitlines()
    return sorted(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def build(case: Path, into: Path) -> Path:
    """The case's workspace under `into`; returns its root."""
    root = into / "ws"
    shutil.copytree(BASE, root)
    if case.is_file():
        kind, name = case.stem.split(".", 1)
        target = root / PLACE[kind].format(case=name)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(case, target)
        return root
    remove = case / "remove.txt"
    if remove.is_file():
        for line in remove.read_text(encoding="utf-8").split():
            (root / line).unlink()
    if (case / "files").is_dir():
        shutil.copytree(case / "files", root, symlinks=True, dirs_exist_ok=True)
    return root


def short(problem: Problem) -> str:
    where = problem.file if problem.line is None else f"{problem.file}:{problem.line}"
    return f"{where}: {problem.code}"


def actual(case: Path, into: Path) -> list[Problem]:
    root = build(case, into)
    here = Path.cwd()
    os.chdir(root)
    try:
        return load_workspace(Path(".")).problems
    finally:
        os.chdir(here)


if __name__ == "__main__":  # pragma: no cover - a helper for writing expected files
    import tempfile

    for arg in sys.argv[1:]:
        with tempfile.TemporaryDirectory() as tmp:
            for problem in actual(INVALID / arg, Path(tmp)):
                print(f"{short(problem):70} {problem.render('en')}")
