"""The invalid corpus: every case gives exactly the problems written beside it.

A new case is a new file in tests/fixtures/invalid/ (see tests/loader_corpus.py), not a new test.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from pdsa_cli.errors import Severity
from pdsa_cli.i18n.messages.validate import MESSAGES as LOADER_MESSAGES
from pdsa_cli.workspace.problem_codes import WARNING_CODES, render_markdown
from pdsa_cli.workspace.yamltree import read_yaml
from tests.conftest import REPO
from tests.loader_corpus import INVALID, actual, case_id, cases, read_expected, short


@pytest.mark.parametrize("case", cases(), ids=case_id)
def test_case_gives_its_expected_problems(case: Path, tmp_path: Path) -> None:
    got = sorted(short(problem) for problem in actual(case, tmp_path))
    assert got == read_expected(case)


def test_corpus_covers_every_loader_problem_code() -> None:
    codes = {key.removeprefix("problem.") for key in LOADER_MESSAGES if key.startswith("problem.")}
    seen = {line.rsplit(": ", 1)[1] for case in cases() for line in read_expected(case)}
    assert len(cases()) >= 30
    # A name Windows cannot hold cannot be in this repository either (it is checked out there),
    # nor can a pipe: tests/test_safety_files.py and tests/test_loader_checks.py build those
    # cases on the fly; so does tests/test_safety_bounds.py for a file over the size limit and
    # a measure with too many measurements (tens of megabytes here otherwise).
    expected = {"reserved-name", "not-a-file", "file-too-large", "too-many-measurements"}
    assert codes - seen == expected


def test_every_problem_message_renders_in_both_languages(tmp_path: Path) -> None:
    for number, case in enumerate(cases()):
        for problem in actual(case, tmp_path / str(number)):
            for lang in ("da", "en"):
                text = problem.message(lang)
                assert "{" not in text.replace("{…}", ""), text
                assert not text.startswith("problem."), text


def test_alias_bomb_is_refused_quickly_and_small() -> None:
    raw = (INVALID / "cycle.alias-bomb.yaml").read_bytes()
    tracemalloc.start()
    started = time.perf_counter()
    tree = read_yaml(raw)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [f.code for f in tree.findings] == ["alias-bomb"]
    assert tree.data is None
    assert elapsed < 1.0
    assert peak < 20 * 1024 * 1024


def test_problem_code_reference_is_up_to_date() -> None:
    committed = (REPO / "docs" / "problems.md").read_text(encoding="utf-8")
    assert committed == render_markdown(), "run `python -m pdsa_cli.workspace.problem_codes`"


def test_documented_severities_hold_in_the_corpus(tmp_path: Path) -> None:
    for number, case in enumerate(cases()):
        for problem in actual(case, tmp_path / str(number)):
            if problem.code != "cpr-number" or case_id(case) != "cpr-warning":
                warning = problem.code in WARNING_CODES
                assert (problem.severity is Severity.WARNING) == warning, problem
