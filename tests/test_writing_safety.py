"""Data safety of every write: atomic, lock-protected, nothing changed on failure."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from pdsa_cli.models import Measure
from tests.conftest import REPO
from tests.writing_support import FOLDER, make_workspace, run, tree

# Each worker runs the whole `pdsa log` command 50 times (the command is built once, as
# `python -m pdsa_cli` would build it, so the test spends its time writing, not starting up).
WORKER = """
import datetime as dt, sys
import typer
from pdsa_cli.cli.app import app
command = typer.main.get_command(app)
root, worker, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
start = dt.date(2019, 1, 1)
for i in range(count):
    day = start + dt.timedelta(days=worker * count + i)
    args = ["--cycles", root, "log", "antal-fald", day.isoformat(), str(worker)]
    try:
        command.main(args, standalone_mode=False)
    except SystemExit as done:
        if done.code:
            raise
"""

STALL_BEFORE_RENAME = """
import os, sys, time
from pathlib import Path
from pdsa_cli.cli.app import app
marker = Path(sys.argv[2])
real_fsync = os.fsync
def stall(fd):
    real_fsync(fd)
    marker.write_text("writing")
    time.sleep(60)
os.fsync = stall
app(["--cycles", sys.argv[1], "log", "ventetid", "2021-04-05", "9"], standalone_mode=False)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO / "src")}


def _measure(path: Path) -> Measure:
    return Measure.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def test_eight_processes_logging_concurrently_lose_nothing(tmp_path: Path) -> None:
    root = make_workspace(tmp_path)
    workers, count = 8, 50
    started = time.monotonic()
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(root), str(w), str(count)],
            env=_env(),
            stderr=subprocess.PIPE,
            text=True,
        )
        for w in range(workers)
    ]
    errors = [p.communicate(timeout=120)[1] for p in processes]
    assert all(p.returncode == 0 for p in processes), errors
    measure = _measure(root / FOLDER / "measures" / "antal-fald.yaml")
    dates = [m.date for m in measure.measurements]
    assert len(dates) == workers * count == len(set(dates))
    assert dates == sorted(dates)
    assert sorted(int(m.value or 0) for m in measure.measurements) == sorted(
        w for w in range(workers) for _ in range(count)
    )
    print(f"{workers * count} concurrent writes in {time.monotonic() - started:.1f}s")


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_a_failure_before_the_rename_keeps_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    root = make_workspace(tmp_path)
    before = tree(root)

    def broken(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, broken)
    result = run(root, "log", "ventetid", "2021-04-05", "9")
    assert result.exit_code == 1
    assert "Could not write" in result.stderr and "No space left on device" in result.stderr
    assert "Nothing was changed" in result.stderr and "Traceback" not in result.output
    assert tree(root) == before  # the original intact and no temporary file left behind


def test_a_failure_while_creating_a_cycle_leaves_no_folder_or_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_workspace(tmp_path)
    before = tree(root)
    real_link = os.link
    calls: list[str] = []

    def link_then_fail(source: object, target: object) -> None:
        calls.append(str(target))
        if str(target).endswith(".yaml") and "cycle-" in str(target):
            raise OSError(5, "I/O error")
        real_link(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "link", link_then_fail)
    monkeypatch.setattr(os, "replace", link_then_fail)
    result = run(
        root,
        "new",
        "--no-input",
        "--new-municipality",
        "-m",
        "gribskov",
        "--municipality-name",
        "Gribskov Kommune",
        "--contact-role",
        "projektleder",
        "--new-initiative",
        "-i",
        "gribskov-etisk-raad",
        "--initiative-name",
        "Etisk råd",
        "--track",
        "2",
        "--aim",
        "Et etisk råd inden 2022",
        "--method",
        "ethics-council",
        "-t",
        "Første møde",
        "--objective",
        "Afprøv",
    )
    assert result.exit_code == 1 and "I/O error" in result.stderr
    assert any("initiative.yaml" in c for c in calls)  # it had got that far
    assert tree(root) == before
    assert not (root / "gribskov").exists()


def test_a_writer_killed_mid_write_leaves_the_old_file(tmp_path: Path) -> None:
    root = make_workspace(tmp_path)
    path = root / FOLDER / "measures" / "ventetid.yaml"
    original = path.read_bytes()
    marker = tmp_path / "marker"
    writer = subprocess.Popen(
        [sys.executable, "-c", STALL_BEFORE_RENAME, str(root), str(marker)], env=_env()
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert writer.poll() is None, "the writer ended before it wrote"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        writer.send_signal(signal.SIGKILL)
    finally:
        writer.wait(timeout=30)
    assert path.read_bytes() == original
    assert list(path.parent.glob(".ventetid.yaml.*"))  # the half-done temporary file
    result = run(root, "log", "ventetid", "2021-04-05", "9")  # the next writer cleans up
    assert result.exit_code == 0, result.output
    assert not list(path.parent.glob(".ventetid.yaml.*"))
    assert len(_measure(path).measurements) == 4


def test_an_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    root = make_workspace(tmp_path)
    squatter = root / FOLDER / "cycle-02-anden-runde.yaml"
    # a file whose name and content do not state number 2 the usual way: the name still counts
    squatter.write_text("kladde, ikke gyldig endnu\n", encoding="utf-8")
    result = run(
        root,
        "new",
        "--no-input",
        "-i",
        "hoersholm-feedbackmoeder",
        "-t",
        "Anden runde",
        "--objective",
        "x",
    )
    assert result.exit_code == 0, result.output
    assert squatter.read_text(encoding="utf-8") == "kladde, ikke gyldig endnu\n"
    assert (root / FOLDER / "cycle-03-anden-runde.yaml").exists()


def test_create_file_refuses_a_file_that_appears(tmp_path: Path) -> None:
    from pdsa_cli.errors import PdsaError
    from pdsa_cli.writing.writer import create_file

    target = tmp_path / "x.yaml"
    target.write_text("mine\n")
    with pytest.raises(PdsaError) as caught:
        create_file(target, "theirs\n")
    assert caught.value.key == "writing.file_exists"
    assert target.read_text() == "mine\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.yaml"]


def test_a_held_lock_makes_a_writer_wait_then_give_up_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from filelock import FileLock

    from pdsa_cli.writing import lock

    root = make_workspace(tmp_path)
    before = tree(root)
    monkeypatch.setattr(lock, "LOCK_TIMEOUT_SECONDS", 0.2)
    with FileLock(str(root / lock.LOCK_FILE)):  # another writer, busy
        result = run(root, "log", "ventetid", "2021-04-05", "9")
    assert result.exit_code == 1
    assert "Another pdsa command is writing" in result.stderr
    assert tree(root) == before


def test_logging_measurements_read_elsewhere(tmp_path: Path) -> None:
    from pdsa_cli.models import Measurement
    from pdsa_cli.writing.logbook import Reading, log_measurements

    root = make_workspace(tmp_path)
    items = [
        Measurement(date="2021-04-05", value=9, note="fra Excel"),  # type: ignore[arg-type]
        Measurement(date="2021-04-12", value=8, exclude=True, reason="ny metode"),  # type: ignore[arg-type]
    ]
    result = log_measurements(root, "ventetid", [Reading.of(m, "data.xlsx", 2) for m in items])
    assert len(result.added) == 2
    written = _measure(root / FOLDER / "measures" / "ventetid.yaml").measurements
    assert written[-2:] == items
