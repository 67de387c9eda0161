"""Issue 15, item 4: no update is lost whatever happens to the lock file (`git clean -X`
deletes it, as it is ignored)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml

import pdsa_cli
from pdsa_cli.models import Measure
from pdsa_cli.writing import writer
from tests.test_writing_safety import WORKER
from tests.writing_support import FOLDER, make_workspace, run, tree

LOG_ONCE = """
import sys
from pdsa_cli.cli.app import app
app(["--cycles", sys.argv[1], "log", "ventetid", "2021-04-05", "9"])
"""


def _env(**extra: str) -> dict[str, str]:
    # The code under test, wherever it was imported from.
    return {**os.environ, "PYTHONPATH": str(Path(pdsa_cli.__file__).parents[1]), **extra}


def _measure(root: Path, name: str) -> Measure:
    path = root / FOLDER / "measures" / f"{name}.yaml"
    return Measure.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def test_a_writer_does_not_get_in_when_the_held_lock_file_is_deleted(tmp_path: Path) -> None:
    root = make_workspace(tmp_path)
    measure = root / FOLDER / "measures" / "ventetid.yaml"
    before = measure.read_bytes()
    with writer.workspace_lock(root):
        (root / writer.LOCK_FILE).unlink()  # what `git clean -X` does while a write runs
        other = subprocess.Popen(
            [sys.executable, "-c", LOG_ONCE, str(root)],
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(3)  # ample time to start, lock a new file of that name and write
        # It must wait for this writer instead.
        assert measure.read_bytes() == before
        assert other.poll() is None
    _, errors = other.communicate(timeout=120)
    assert other.returncode == 0, errors
    assert [m.value for m in _measure(root, "ventetid").measurements][-1] == 9


def test_an_edit_is_redone_when_the_file_changed_under_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compare and swap: if another writer got in anyway, its update is kept and ours redone."""
    from pdsa_cli.writing.logbook import Reading, log_measurements

    root = make_workspace(tmp_path)
    path = root / FOLDER / "measures" / "ventetid.yaml"
    real_read = writer.read_original
    calls: list[int] = []

    def read_then_someone_writes(target: Path) -> writer.Original:
        original = real_read(target)
        if not calls:  # between our read and our rename, another process logs a week
            text = target.read_text(encoding="utf-8")
            week = "value: 11}\n  - {date: 2021-03-29, value: 7}"
            target.write_text(text.replace("value: 11}", week), encoding="utf-8")
        calls.append(1)
        return original

    monkeypatch.setattr(writer, "read_original", read_then_someone_writes)
    log_measurements(root, "ventetid", [Reading(date=dt.date(2021, 4, 5), value=9)])
    dates = [m.date.isoformat() for m in _measure(root, "ventetid").measurements]
    assert dates == ["2021-03-01", "2021-03-15", "2021-03-22", "2021-03-29", "2021-04-05"]
    assert len(calls) == 2  # read, found changed, read again
    assert "# third" in path.read_text(encoding="utf-8")


def test_deleting_the_lock_file_during_concurrent_logging_loses_nothing(tmp_path: Path) -> None:
    root = make_workspace(tmp_path)
    workers, count = 4, 30
    stop = threading.Event()
    deleted = 0

    def delete_lock_file() -> None:
        nonlocal deleted
        while not stop.is_set():
            try:
                (root / writer.LOCK_FILE).unlink()
                deleted += 1
            except FileNotFoundError:
                pass
            time.sleep(0.0005)

    cleaner = threading.Thread(target=delete_lock_file)
    cleaner.start()
    try:
        processes = [
            subprocess.Popen(
                [sys.executable, "-c", WORKER, str(root), str(w), str(count)],
                env=_env(),
                stderr=subprocess.PIPE,
                text=True,
            )
            for w in range(workers)
        ]
        errors = [p.communicate(timeout=300)[1] for p in processes]
    finally:
        stop.set()
        cleaner.join()
    assert all(p.returncode == 0 for p in processes), errors
    assert deleted > 10  # the lock file really was deleted again and again
    measurements = _measure(root, "antal-fald").measurements
    assert len(measurements) == workers * count
    assert sorted(int(m.value or 0) for m in measurements) == sorted(
        w for w in range(workers) for _ in range(count)
    )


def test_lock_problems_are_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_workspace(tmp_path)
    (root / writer.LOCK_FILE).unlink()
    (root / writer.LOCK_FILE).mkdir()
    before = tree(root)
    result = run(root, "log", "ventetid", "2021-04-05", "9")
    assert result.exit_code == 1
    assert "is a folder" in result.stderr and writer.LOCK_FILE in result.stderr
    assert "report" not in result.stderr.lower() and tree(root) == before
    (root / writer.LOCK_FILE).rmdir()

    real_open = os.open

    def not_yours(path: object, flags: int, *args: object) -> int:
        if str(path).endswith(writer.LOCK_FILE):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", not_yours)
    result = run(root, "log", "ventetid", "2021-04-05", "9")
    assert result.exit_code == 1
    assert "Could not lock the workspace" in result.stderr
    assert "Permission denied" in result.stderr and "ask its owner" in result.stderr
