"""Bounded work and clear refusals (issue 28, items 4 and 6): what a file may expand to, how
long a text and how many measurements it may hold, special files that are never waited on, a
lock that is a link, names Windows cannot hold, and a package that is encrypted, holds its
description twice or has too many members."""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import pytest

from pdsa_cli.workspace import loader
from tests.writing_support import FOLDER, INITIATIVE, make_workspace, run, tree

MEASURE = FOLDER / "measures" / "ventetid.yaml"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_workspace(tmp_path)


def _append(root: Path, text: str) -> None:
    path = root / MEASURE
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


# -- 4. what a file may expand to --------------------------------------------------------------


def test_aliases_are_limited_by_the_text_they_repeat_not_only_by_count(root: Path) -> None:
    long = "x" * 90_000  # few nodes, much text: the count of nodes alone let it through
    _append(root, f"  - {{date: 2021-03-29, value: 9, note: &big {long}}}\n")
    days = range(5, 30, 2)  # 12 aliases: 1.08 million characters
    _append(root, "".join(f"  - {{date: 2021-05-{d:02d}, value: 9, note: *big}}\n" for d in days))
    done = run(root, "validate")
    assert done.exit_code == 1
    assert "ventetid.yaml" in done.stdout, done.stdout
    assert "characters of text through aliases" in done.stdout, done.stdout


def test_a_text_longer_than_a_field_may_hold_is_refused_at_its_line(root: Path) -> None:
    _append(root, f"  - {{date: 2021-03-29, value: 9, note: {'y' * 100_001}}}\n")
    done = run(root, "validate")
    assert done.exit_code == 1
    line = len((root / MEASURE).read_text(encoding="utf-8").splitlines())
    assert f"ventetid.yaml:{line}: measurements[4].note: the text has 100001 characters" in (
        done.stdout
    ), done.stdout


def test_a_file_over_the_size_limit_is_not_read(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader, "MAX_FILE_BYTES", 200)
    done = run(root, "validate")
    assert done.exit_code == 1
    assert "ventetid.yaml: the file is larger than 0 MB" in done.stdout, done.stdout


@pytest.mark.parametrize("style", ["block", "flow"])
def test_too_many_measurements_are_refused_with_how_to_split(
    root: Path, monkeypatch: pytest.MonkeyPatch, style: str
) -> None:
    monkeypatch.setattr(loader, "MAX_MEASUREMENTS", 50)
    path = root / MEASURE
    text = path.read_text(encoding="utf-8")
    head = text[: text.index("measurements:")]
    items = [f"{{date: 2021-{1 + d // 28:02d}-{1 + d % 28:02d}, value: {d}}}" for d in range(60)]
    if style == "block":
        body = "measurements:\n" + "".join(f"  - {item}\n" for item in items)
    else:
        body = f"measurements: [{', '.join(items)}]\n"
    path.write_text(head + body, encoding="utf-8")
    done = run(root, "validate")
    assert done.exit_code == 1
    assert "the measure has 60 measurements, more than the 50" in done.stdout, done.stdout
    assert "Split it" in done.stdout


# -- 4. special files are never waited on ------------------------------------------------------


def _pdsa(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """In a process of its own, so a hang is a failure after a bounded wait, not a stuck run."""
    return subprocess.run(
        [sys.executable, "-m", "pdsa_cli", "--lang", "en", "--cycles", str(root), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_log_into_a_measure_file_that_is_a_pipe_refuses_without_waiting(root: Path) -> None:
    path = root / MEASURE
    path.unlink()
    os.mkfifo(path)
    done = _pdsa(root, "log", "ventetid", "2021-04-05", "12")
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr


def test_a_lock_file_that_is_a_pipe_is_refused_without_waiting(root: Path) -> None:
    (root / ".pdsa.lock").unlink(missing_ok=True)
    os.mkfifo(root / ".pdsa.lock")
    done = _pdsa(root, "log", "ventetid", "2021-04-05", "12")
    assert done.returncode == 1, done.stderr
    assert "not an ordinary file" in done.stderr, done.stderr


def test_a_lock_file_that_is_a_link_is_refused_and_nothing_made_where_it_points(
    root: Path, tmp_path: Path
) -> None:
    target = tmp_path / "elsewhere" / "made-by-pdsa"
    target.parent.mkdir()
    (root / ".pdsa.lock").unlink(missing_ok=True)
    (root / ".pdsa.lock").symlink_to(target)
    before = tree(root)
    done = run(root, "log", "ventetid", "2021-04-05", "12")
    assert done.exit_code == 1, done.output
    assert "is a link" in done.output, done.output
    assert not target.exists()
    assert tree(root) == before


# -- 6. names Windows cannot hold ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["bad:name|x.yaml", "a<b>c.yaml", "what?.yaml", "two\nlines.yaml"])
def test_validate_reports_characters_windows_cannot_hold(root: Path, name: str) -> None:
    (root / FOLDER / "measures" / name).write_bytes((root / MEASURE).read_bytes())
    done = run(root, "validate")
    assert done.exit_code == 1
    assert "Windows cannot hold this name" in done.stdout, done.stdout
    if "\n" in name:
        assert "two␊lines.yaml" in done.stdout, "a line break in a name is shown, not obeyed"


# -- 6. packages -------------------------------------------------------------------------------


@pytest.fixture
def package(root: Path, tmp_path: Path) -> dict[str, bytes]:
    out = tmp_path / "p.zip"
    done = run(root, "package", INITIATIVE, "--out", str(out))
    assert done.exit_code == 0, done.output
    with zipfile.ZipFile(out) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _adopt(root: Path, zip_path: Path) -> tuple[int, str]:
    new = ["--municipality-name", "Ballerup", "--contact-role", "konsulent", "--no-input"]
    before = tree(root)
    done = run(root, "adopt", str(zip_path), "-m", "ballerup", *new)
    assert tree(root) == before, "a refused package writes nothing"
    assert "Unexpected" not in done.output and "Traceback" not in done.output, done.output
    return done.exit_code, done.output


def test_an_encrypted_member_is_refused_clearly(
    root: Path, tmp_path: Path, package: dict[str, bytes]
) -> None:
    path = tmp_path / "locked.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in package.items():
            archive.writestr(name, data)
    with zipfile.ZipFile(path) as archive:
        local = archive.getinfo("change.yaml").header_offset
    data = bytearray(path.read_bytes())
    data[local + 6] |= 0x1  # "encrypted", in the member's own header and in the directory
    entry = data.index(b"PK\x01\x02")
    while entry >= 0:
        size = int.from_bytes(data[entry + 28 : entry + 30], "little")
        if data[entry + 46 : entry + 46 + size] == b"change.yaml":
            data[entry + 8] |= 0x1
        entry = data.find(b"PK\x01\x02", entry + 4)
    path.write_bytes(bytes(data))
    code, said = _adopt(root, path)
    assert code == 1 and "encrypted" in said, said


def test_a_second_description_is_refused(
    root: Path, tmp_path: Path, package: dict[str, bytes]
) -> None:
    path = tmp_path / "twice.zip"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate name: that is the point
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in package.items():
                archive.writestr(name, data)
            archive.writestr("change.yaml", package["change.yaml"].replace(b"name:", b"name: x"))
    code, said = _adopt(root, path)
    assert code == 1 and "more than once" in said, said


def test_too_many_members_are_refused_before_their_list_is_read(
    root: Path, tmp_path: Path, package: dict[str, bytes]
) -> None:
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in package.items():
            archive.writestr(name, data)
        for number in range(600):
            archive.writestr(f"charts/c{number}.svg", b"")
    data = bytearray(path.read_bytes())
    directory = data.index(b"PK\x01\x02")
    data[directory : directory + 4] = b"XXXX"  # a reader that lists the members would fail
    path.write_bytes(bytes(data))
    code, said = _adopt(root, path)
    assert code == 1 and "at most 500" in said, said


def test_a_package_that_expands_through_aliases_is_refused(
    root: Path, tmp_path: Path, package: dict[str, bytes]
) -> None:
    text = package["change.yaml"].decode("utf-8")
    ideas = "  - &big " + "z" * 90_000 + "\n" + "  - *big\n" * 12  # 1.1 MB from 90 kB
    assert "\ninitiative:\n" in text and "change_ideas" not in text
    text = text.replace("\ninitiative:\n", "\ninitiative:\n  change_ideas:\n" + ideas, 1)
    path = tmp_path / "aliases.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in package.items():
            archive.writestr(name, text.encode() if name == "change.yaml" else data)
    code, said = _adopt(root, path)
    assert code == 1 and "aliases" in said, said


def test_log_refuses_a_measure_with_too_many_measurements_before_parsing_it(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader, "MAX_MEASUREMENTS", 2)
    before = tree(root)
    done = run(root, "log", "ventetid", "2021-04-05", "12")
    assert done.exit_code == 1, done.output
    assert "more than the 2 one measure can hold" in done.output, done.output
    assert tree(root) == before
