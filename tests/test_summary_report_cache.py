"""A second `pdsa summary` over an unchanged workspace writes the kept report without building
it; any change to a file, an option, the day or the code builds it again; a run that showed an
error is never kept; a garbled entry is ignored."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

import pdsa_cli.loader
from pdsa_cli.charts import cache as chart_cache
from pdsa_cli.cli.app import app
from pdsa_cli.report import report_cache
from tests import summary_support as ws


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return ws.small_workspace(tmp_path / "cycles")


@pytest.fixture(autouse=True)
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user-cache"
    monkeypatch.setenv(chart_cache.ENV, str(folder))
    return folder


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The workspaces loaded by the runs so far."""
    seen: list[Path] = []
    real = pdsa_cli.loader.load_workspace

    def spy(root: Path, *args: Any, **kwargs: Any) -> Any:
        seen.append(root)
        return real(root, *args, **kwargs)

    monkeypatch.setattr(pdsa_cli.loader, "load_workspace", spy)
    return seen


def summary(root: Path, out: Path, *extra: str, lang: str = "da") -> str:
    args = ["--lang", lang, "--cycles", str(root), "summary", "--since", "2021-01-01"]
    done = CliRunner().invoke(app, [*args, "--no-charts", "--out", str(out), *extra])
    assert done.exit_code == 0, done.output
    return done.output


def test_an_unchanged_workspace_gets_the_kept_report_without_loading_it(
    root: Path, tmp_path: Path, loads: list[Path]
) -> None:
    out = tmp_path / "rapport.html"
    said = summary(root, out)
    first = out.read_bytes()
    out.unlink()  # deleted by the user: written again
    assert summary(root, out) == said  # "Skrev …", in Danish both times
    assert out.read_bytes() == first
    assert len(loads) == 1, "the second report came from the cache"


def test_a_changed_measurement_builds_the_report_again(
    root: Path, tmp_path: Path, loads: list[Path]
) -> None:
    out = tmp_path / "rapport.html"
    summary(root, out)
    path = root / "beta" / "livshistorier" / "measures" / "trivsel.yaml"
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    data["measurements"].append({"date": "2021-08-30", "value": 987.0})
    header = text.splitlines(keepends=True)[0]
    path.write_text(header + yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    summary(root, out)
    assert len(loads) == 2
    assert "987" in out.read_text(encoding="utf-8")


def test_another_option_language_or_file_builds_its_own_report(
    root: Path, tmp_path: Path, loads: list[Path]
) -> None:
    out = tmp_path / "rapport.html"
    danish = (summary(root, out), out.read_text(encoding="utf-8"))
    english = (summary(root, out, lang="en"), out.read_text(encoding="utf-8"))
    assert danish != english and "Wrote" in english[0]
    summary(root, tmp_path / "report.md")
    summary(root, out, "--municipality", "beta")
    assert len(loads) == 4
    assert (summary(root, out, lang="en"), out.read_text(encoding="utf-8")) == english
    assert len(loads) == 4, "asked again: the English report was kept beside the others"


def test_the_key_follows_the_day_the_files_and_the_options(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    options = {"format": "html", "out": "/x/rapport.html"}
    today = report_cache.report_key(root, options)
    assert today == report_cache.report_key(root, dict(options))

    class Tomorrow(dt.date):
        @classmethod
        def today(cls) -> Tomorrow:
            return cls(2099, 1, 2)

    with monkeypatch.context() as patch:
        patch.setattr(report_cache.dt, "date", Tomorrow)
        assert report_cache.report_key(root, options) != today
    assert report_cache.report_key(root, {**options, "out": "/y/rapport.html"}) != today
    (root / "beta" / "municipality.yaml").write_text(
        (root / "beta" / "municipality.yaml").read_text(encoding="utf-8") + "# en kommentar\n",
        encoding="utf-8",
    )
    assert report_cache.report_key(root, options) != today


def test_a_run_that_showed_an_error_is_never_kept(
    root: Path, tmp_path: Path, loads: list[Path], cache_dir: Path
) -> None:
    (root / "beta" / "municipality.yaml").write_text("name: [\n", encoding="utf-8")
    out = tmp_path / "rapport.html"
    for _ in range(2):
        done = CliRunner().invoke(
            app, ["--cycles", str(root), "summary", "--no-charts", "--out", str(out)]
        )
        assert "fejl" in done.output.lower() or "error" in done.output.lower(), done.output
    assert len(loads) == 2
    assert not list((cache_dir / "reports").glob("*.json"))


@pytest.mark.parametrize("damage", ["cut-short", "garbage", "empty"])
def test_a_garbled_entry_is_ignored_and_the_report_built_again(
    root: Path, tmp_path: Path, loads: list[Path], cache_dir: Path, damage: str
) -> None:
    out = tmp_path / "rapport.html"
    summary(root, out)
    first = out.read_bytes()
    (entry,) = (cache_dir / "reports").glob("*.json")
    data = entry.read_bytes()
    entry.write_bytes(
        {"cut-short": data[: len(data) // 2], "garbage": b"\x00\xff" * 50, "empty": b""}[damage]
    )
    summary(root, out)
    assert len(loads) == 2
    assert out.read_bytes() == first


def test_a_link_out_of_the_workspace_is_never_read_for_the_key(root: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text("name: x\n", encoding="utf-8")
    (root / "beta" / "link.yaml").symlink_to(outside)
    options = {"format": "html"}
    before = report_cache.report_key(root, options)
    outside.write_text("name: y\n", encoding="utf-8")  # read, it would change the key
    assert report_cache.report_key(root, options) == before is not None
    fifo = root / "beta" / "pipe.yaml"
    os.mkfifo(fifo)  # reading it would wait for ever
    assert report_cache.report_key(root, options) is None
