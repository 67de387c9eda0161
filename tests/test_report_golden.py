"""The example's reports are the same bytes as the stored copies in
`tests/fixtures/report_golden/`: a change to how a report is built or written that changes
what the user reads shows here. `PDSA_UPDATE_GOLDEN=1` rewrites the copies (see
`tests/report_golden.py`)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.report_golden import CASES, GOLDEN, UPDATE, make_report


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_report_is_byte_identical_to_its_stored_copy(name: str, tmp_path: Path) -> None:
    made = make_report(name, tmp_path)
    stored = GOLDEN / name
    if os.environ.get(UPDATE) == "1":
        GOLDEN.mkdir(parents=True, exist_ok=True)
        stored.write_bytes(made)
    assert stored.exists(), f"no stored copy of {name}: run with {UPDATE}=1"
    expected = stored.read_bytes()
    if made != expected:
        at = _first_difference(made, expected)
        line = expected[:at].count(b"\n") + 1
        pytest.fail(
            f"{name} differs from its stored copy from line {line}:\n"
            f"stored: {expected[max(at - 80, 0) : at + 120]!r}\n"
            f"made:   {made[max(at - 80, 0) : at + 120]!r}"
        )


def _first_difference(made: bytes, expected: bytes) -> int:
    pairs = zip(made, expected, strict=False)
    return next((i for i, (a, b) in enumerate(pairs) if a != b), min(len(made), len(expected)))
