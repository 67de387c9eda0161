"""Issue 15, items 3, 7, 8, 9, 11 and 12: nothing leaves the workspace, no edit of a rejected
file, the machine's failures explained, files keep what they were, names every system can
hold, multi-file writes all or nothing."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import pdsa_cli
from pdsa_cli.models import Measure
from tests.writing_support import FOLDER, INITIATIVE, make_workspace, run, tree

MEASURE = FOLDER / "measures" / "ventetid.yaml"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_workspace(tmp_path)


def _measure(path: Path) -> Measure:
    return Measure.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


# -- 3. nothing leaves the workspace ------------------------------------------------------------


def test_a_municipality_folder_linked_outside_is_neither_written_nor_read(
    root: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere"
    shutil.move(root / "hoersholm", outside)
    (root / "hoersholm").symlink_to(outside, target_is_directory=True)
    before = _files(outside)
    for args in (
        ["log", "ventetid", "2021-04-05", "9"],
        ["do", f"{INITIATIVE}#1", "--what-happened", "Andet"],
        ["new", "--no-input", "-i", INITIATIVE, "-t", "To borgere", "--from", "1"],
    ):
        result = run(root, *args)
        assert result.exit_code in (1, 2), (args, result.output)
        assert "outside the workspace" in result.stderr or "leads out of" in result.stderr
        assert "Traceback" not in result.output
    assert _files(outside) == before
    checked = run(root, "validate")
    assert checked.exit_code == 1 and "hoersholm: the file or folder is a link" in checked.stdout


def test_a_measure_file_linked_to_a_system_file_is_reported_without_its_content(
    root: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.yaml"
    secret.write_text("root: x:0:0:root:/root:/bin/bash\npassword: hunter2\n", encoding="utf-8")
    (root / FOLDER / "measures" / "system.yaml").symlink_to(secret)
    result = run(root, "validate")
    assert result.exit_code == 1
    assert "system.yaml: the file or folder is a link that leads out" in result.stdout
    assert "hunter2" not in result.output and "password" not in result.output
    assert "/bin/bash" not in result.output
    assert run(root, "log", "system", "2021-04-05", "9").exit_code == 1
    assert "hunter2" in secret.read_text(encoding="utf-8")


# -- 7. never edit a file validate rejects ---------------------------------------------------------


def test_a_measure_file_with_a_duplicate_key_is_not_edited(root: Path) -> None:
    path = root / MEASURE
    path.write_text(
        path.read_text(encoding="utf-8").replace("unit: minutter\n", "unit: minutter\nunit: min\n"),
        encoding="utf-8",
    )
    before = tree(root)
    assert run(root, "validate").exit_code == 1
    result = run(root, "log", "ventetid", "2021-04-05", "9")
    assert result.exit_code == 1, result.output
    assert "unit" in result.stderr and "already has errors" in result.stderr
    assert "twice" in result.stderr or "duplicate" in result.stderr.lower()
    assert tree(root) == before


# -- 8. expected failures are explained -----------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (errno.EROFS, "read-only drive"),
        (errno.EACCES, "not allowed to write"),
        (errno.ENOSPC, "disk is full"),
    ],
)
def test_a_refused_write_says_what_to_do(
    root: Path, monkeypatch: pytest.MonkeyPatch, number: int, words: str
) -> None:
    # Tests run as root, whom chmod does not stop: the system's refusal is simulated.
    before = tree(root)

    def refuse(*args: object) -> None:
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(os, "replace", refuse)
    result = run(root, "log", "ventetid", "2021-04-05", "9")
    assert result.exit_code == 1
    assert str(MEASURE.name) in result.stderr and words in result.stderr
    assert "report" not in result.stderr.lower() and "Traceback" not in result.output
    assert tree(root) == before


def test_undecodable_bytes_are_explained(root: Path) -> None:
    path = root / MEASURE
    path.write_bytes(
        path.read_bytes().replace("Ventetid til møde".encode(), b"Ventetid til m\xf8de")
    )
    before = tree(root)
    result = run(root, "log", "ventetid", "2021-04-05", "9")
    assert result.exit_code == 1
    assert "ventetid.yaml is not saved as UTF-8 (line 2)" in result.stderr.replace("\n", " ")
    assert "report" not in result.stderr.lower() and tree(root) == before


def test_a_csv_field_over_the_limit_is_explained(root: Path, tmp_path: Path) -> None:
    csv = tmp_path / "rows.csv"
    csv.write_text(f"date,value,note\n2021-04-05,9,{'x' * 200_000}\n", encoding="utf-8")
    before = tree(root)
    result = run(root, "log", "ventetid", "--from-csv", str(csv))
    assert result.exit_code == 1
    assert "rows.csv cannot be read as CSV from line 2" in result.stderr.replace("\n", " ")
    assert "report" not in result.stderr.lower() and tree(root) == before


# -- 9. keep what the file was -------------------------------------------------------------------


def test_a_crlf_file_stays_crlf(root: Path) -> None:
    path = root / MEASURE
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert run(root, "log", "ventetid", "2021-04-05", "9", "--note", "to\nlinjer").exit_code == 0
    raw = path.read_bytes()
    assert raw.count(b"\n") == raw.count(b"\r\n") > 10
    assert [m.value for m in _measure(path).measurements][-1] == 9
    cycle = root / FOLDER / "cycle-01-foerste-feedbackmoede.yaml"
    cycle.write_bytes(cycle.read_bytes().replace(b"\n", b"\r\n"))
    assert run(root, "do", f"{INITIATIVE}#1", "--what-happened", "Andet").exit_code == 0
    raw = cycle.read_bytes()
    assert raw.count(b"\n") == raw.count(b"\r\n") > 10 and b"Andet" in raw


def test_a_read_only_file_is_not_rewritten(root: Path) -> None:
    path = root / MEASURE
    path.chmod(0o444)
    before = tree(root)
    result = run(root, "log", "ventetid", "2021-04-05", "9")
    assert result.exit_code == 1
    assert "ventetid.yaml is read-only" in result.stderr.replace("\n", " ")
    assert tree(root) == before and (path.stat().st_mode & 0o777) == 0o444


# -- 11. names every system can hold ------------------------------------------------------------


@pytest.mark.parametrize("name", ["con", "aux", "nul", "com1", "lpt9", "prn"])
def test_ids_windows_cannot_hold_are_refused(root: Path, name: str) -> None:
    before = tree(root)
    measure = run(
        root, "new-measure", name, "--initiative", INITIATIVE, "--name", "X",
        "--family", "outcome", "--definition", "X.", "--unit", "x", "--data-type", "value",
        "--no-input",
    )  # fmt: skip
    assert measure.exit_code == 2 and "Windows" in measure.stderr, measure.output
    initiative = run(
        root, "new", "--no-input", "-m", "hoersholm", "--new-initiative", "-i", name,
        "--initiative-name", "Ny", "--track", "1", "--aim", "Mere", "--method", "other",
        "--method-description", "x", "-t", "Første", "--objective", "y",
    )  # fmt: skip
    assert initiative.exit_code == 2 and "Windows" in initiative.stderr, initiative.output
    assert tree(root) == before


@pytest.mark.parametrize("name", ["nul.yaml", "com1.yaml"])
def test_validate_reports_names_windows_cannot_hold(root: Path, name: str) -> None:
    shutil.copyfile(root / MEASURE, root / FOLDER / "measures" / name)
    result = run(root, "validate")
    assert result.exit_code == 1
    assert f"measures/{name}: Windows cannot hold this name" in result.stdout


# -- 12. multi-file writes finish or leave nothing ----------------------------------------------

KILLED = """
import os, sys
from pdsa_cli.writing import atomic
real = atomic._write_temp
calls = []
def write_then_die(*args, **kwargs):
    calls.append(1)
    if len(calls) == int(sys.argv[2]):
        os._exit(9)  # as if killed: no clean-up runs
    return real(*args, **kwargs)
atomic._write_temp = write_then_die
from pdsa_cli.cli.app import app
app(["--lang", "en", "--cycles", sys.argv[1], *sys.argv[3:]])
"""

NEW_BOTH = [
    "new", "--no-input", "--new-municipality", "-m", "gribskov",
    "--municipality-name", "Gribskov Kommune", "--contact-role", "projektleder",
    "--new-initiative", "-i", "gribskov-raad", "--initiative-name", "Etisk råd",
    "--track", "2", "--aim", "Et etisk råd i alle distrikter", "--method", "ethics-council",
    "-t", "Første rådsmøde", "--objective", "Afprøv dagsordenen",
]  # fmt: skip


@pytest.mark.parametrize("die_at", [2, 3])
def test_a_killed_new_leaves_nothing_and_the_retry_completes(root: Path, die_at: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(pdsa_cli.__file__).parents[1])}
    killed = subprocess.run(
        [sys.executable, "-c", KILLED, str(root), str(die_at), *NEW_BOTH],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == 9, killed.stderr
    assert not (root / "gribskov").exists()  # no municipality, no initiative without its cycle
    again = run(root, *NEW_BOTH)
    assert again.exit_code == 0, again.output
    folder = root / "gribskov" / "gribskov-raad"
    assert (folder / "cycle-01-foerste-raadsmoede.yaml").is_file()
    assert (root / "gribskov" / "municipality.yaml").is_file()
    assert not list(root.glob(".*.pdsa-tmp"))  # the killed run's temporary folder is gone
    assert run(root, "validate").exit_code == 0


def test_a_full_disk_while_writing_a_report_is_explained(
    root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp_path / "report.json"))

    monkeypatch.setattr(os, "replace", disk_full)
    monkeypatch.setattr(os, "rename", disk_full)
    result = run(root, "summary", "--format", "json", "--out", str(tmp_path / "report.json"))
    assert result.exit_code == 1
    assert "report.json" in result.stderr and "disk is full" in result.stderr
    assert "report" not in result.stderr.lower().replace("report.json", "")
    assert not (tmp_path / "report.json").exists()
