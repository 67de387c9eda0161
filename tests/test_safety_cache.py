"""The cache can only cost speed (issue 28, item 1): an entry names no path, what is taken back
is masked and as inert as fresh output, the folder is used only when it is the user's own, and an
entry is read only as a bounded regular file. Every attack here is made by someone who can write
the cache folder and recompute an entry's check line (it is not a secret)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.charts import cache as chart_cache
from pdsa_cli.cli.app import app
from tests import summary_support as ws

CPR = "010190-1234"
LIVE = [
    "<script>alert(1)</script>",
    '<g onload="alert(1)"/>',
    '<meta http-equiv="refresh" content="0;url=file:///etc/passwd"/>',
    "<foreignObject><iframe/></foreignObject>",
    '<use xlink:href="http://example.org/x.svg#a"/>',
    '<image href="file:///etc/passwd"/>',
    "<style>@import 'http://example.org/x.css';</style>",
]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return ws.small_workspace(tmp_path / "cycles")


@pytest.fixture(autouse=True)
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user-cache"
    monkeypatch.setenv(chart_cache.ENV, str(folder))
    return folder


def summary(root: Path, out: Path, *extra: str) -> None:
    args = ["--lang", "da", "--cycles", str(root), "summary", "--since", "2021-01-01"]
    done = CliRunner().invoke(app, [*args, "-j", "1", "--out", str(out), *extra])
    assert done.exit_code == 0, done.output


def rewrite(entry: Path, change: Callable[[str], str]) -> None:
    """Change an entry's body and give it the check line a reader expects."""
    _, _, body = entry.read_bytes().partition(b"\n")
    new = change(body.decode("utf-8")).encode("utf-8")
    key = entry.stem.encode("ascii")
    entry.write_bytes(hashlib.sha256(key + b"\n" + new).hexdigest().encode() + b"\n" + new)


def in_every_text(change: Callable[[str], str]) -> Callable[[str], str]:
    """A change of an entry's JSON body that changes every text in it (whatever its layout)."""

    def walk(value: object) -> object:
        if isinstance(value, str):
            return change(value)
        if isinstance(value, dict):
            return {key: walk(item) for key, item in value.items()}
        return value

    return lambda body: json.dumps(walk(json.loads(body)))


def the_report_entry(cache_dir: Path) -> Path:
    (entry,) = (cache_dir / "reports").glob("*.json")
    return entry


def test_a_report_entry_naming_a_file_outside_writes_nothing_there(
    root: Path, tmp_path: Path, cache_dir: Path
) -> None:
    out = tmp_path / "rapport.html"
    summary(root, out, "--no-charts")
    fresh = out.read_bytes()
    outside = tmp_path / "outside" / "pwned.sh"
    outside.parent.mkdir()

    def hostile(body: str) -> str:
        entry = json.loads(body)
        entry["files"] = {str(outside): "echo pwned", str(out): f"<script>x</script>{CPR}"}
        return json.dumps(entry)

    rewrite(the_report_entry(cache_dir), hostile)
    summary(root, out, "--no-charts")
    assert not outside.exists()
    assert out.read_bytes() == fresh


@pytest.mark.parametrize("live", LIVE)
def test_live_markup_in_a_kept_report_builds_it_again(
    root: Path, tmp_path: Path, cache_dir: Path, live: str
) -> None:
    out = tmp_path / "rapport.html"
    summary(root, out, "--no-charts")
    fresh = out.read_bytes()
    rewrite(
        the_report_entry(cache_dir), in_every_text(lambda t: t.replace("<body", live + "<body"))
    )
    summary(root, out, "--no-charts")
    assert out.read_bytes() == fresh


def test_a_cpr_number_in_a_kept_report_is_masked(
    root: Path, tmp_path: Path, cache_dir: Path
) -> None:
    out = tmp_path / "rapport.md"
    summary(root, out, "--no-charts")
    rewrite(the_report_entry(cache_dir), in_every_text(lambda t: t.replace("# ", f"# {CPR} ", 1)))
    summary(root, out, "--no-charts")
    text = out.read_text(encoding="utf-8")
    assert "010190-XXXX" in text
    assert CPR not in text


def test_a_kept_markdown_chart_goes_beside_the_report_named_now(
    root: Path, tmp_path: Path, cache_dir: Path
) -> None:
    out = tmp_path / "rapport.md"
    summary(root, out)
    fresh = {p.name: p.read_bytes() for p in (tmp_path / "rapport_charts").iterdir()}

    def escaping(body: str) -> str:
        entry = json.loads(body)
        entry["charts"]["../../escaped"] = "<svg/>"
        return json.dumps(entry)

    rewrite(the_report_entry(cache_dir), escaping)
    summary(root, out)
    assert not (tmp_path.parent / "escaped.svg").exists()
    assert {p.name: p.read_bytes() for p in (tmp_path / "rapport_charts").iterdir()} == fresh


@pytest.mark.parametrize("live", LIVE)
def test_live_markup_in_a_kept_chart_is_drawn_again(
    root: Path, tmp_path: Path, cache_dir: Path, live: str
) -> None:
    out = tmp_path / "rapport.html"
    summary(root, out, "--no-cache")
    fresh = out.read_text(encoding="utf-8")
    summary(root, out)  # fills the chart cache
    (cache_dir / "reports").rename(tmp_path / "no-reports")  # the charts are taken one by one
    for entry in (cache_dir / "charts").glob("*.svg"):
        rewrite(entry, lambda svg: svg.replace("</svg>", live + "</svg>"))
    summary(root, out)
    assert out.read_text(encoding="utf-8") == fresh


def test_a_cache_folder_others_may_write_in_is_not_used(
    root: Path, tmp_path: Path, cache_dir: Path
) -> None:
    cache_dir.mkdir()
    cache_dir.chmod(0o777)
    summary(root, tmp_path / "rapport.html")
    assert list(cache_dir.iterdir()) == []


def test_a_cache_subfolder_linked_into_the_workspace_is_not_used(
    root: Path, tmp_path: Path, cache_dir: Path
) -> None:
    cache_dir.mkdir()
    (cache_dir / "charts").symlink_to(root / "beta")
    (cache_dir / "reports").symlink_to(root / "beta")
    before = sorted(p.name for p in (root / "beta").iterdir())
    summary(root, tmp_path / "rapport.html")
    assert sorted(p.name for p in (root / "beta").iterdir()) == before


def test_an_oversized_entry_is_not_read(
    root: Path, tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "rapport.html"
    summary(root, out, "--no-charts")
    fresh = out.read_bytes()
    rewrite(the_report_entry(cache_dir), lambda body: body.replace("<body", "<body" + " " * 4096))
    monkeypatch.setattr(chart_cache.ReportCache, "LIMIT", 2048 + len(fresh))
    summary(root, out, "--no-charts")
    assert out.read_bytes() == fresh


def test_a_pipe_as_a_cache_entry_is_never_waited_on(
    root: Path, tmp_path: Path, cache_dir: Path
) -> None:
    out = tmp_path / "rapport.html"
    summary(root, out, "--no-charts")
    entry = the_report_entry(cache_dir)
    entry.unlink()
    os.mkfifo(entry)
    env = {**os.environ, chart_cache.ENV: str(cache_dir)}
    args = ["--lang", "da", "--cycles", str(root), "summary", "--since", "2021-01-01"]
    done = subprocess.run(
        [sys.executable, "-m", "pdsa_cli", *args, "-j", "1", "--out", str(out), "--no-charts"],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
