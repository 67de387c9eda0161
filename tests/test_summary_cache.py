"""`pdsa summary` draws only the charts whose inputs changed: cached and uncached reports are the
same bytes; a changed measurement, cycle, option, language or version redraws exactly the charts
it touches; a corrupt, unwritable or misplaced cache folder only costs time."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from pdsa_cli.charts import cache as chart_cache
from pdsa_cli.cli.app import app
from pdsa_cli.report import charts as report_charts
from pdsa_cli.report import report_cache
from tests import summary_support as ws

ALL = {"tilfredshed", "dok-tid", "gammel", "trivsel", "beta-dok"}


@pytest.fixture(autouse=True)
def charts_not_whole_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about the chart cache: every run builds its report (the cache of whole
    reports has its own tests, in test_summary_report_cache.py)."""
    monkeypatch.setattr(report_cache, "stored_report", lambda root, key: None)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return ws.small_workspace(tmp_path / "cycles")


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user-cache"
    monkeypatch.setenv(chart_cache.ENV, str(folder))
    return folder


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The measures whose chart was drawn (not taken from the cache) in the runs so far."""
    seen: list[str] = []
    real = report_charts.draw_svg

    def spy(job: report_charts.SummaryChart) -> tuple[str, str]:
        seen.append(job.measure)
        return real(job)

    monkeypatch.setattr(report_charts, "draw_svg", spy)
    yield seen


Run = Callable[..., tuple[str, set[str]]]


@pytest.fixture
def run(root: Path, tmp_path: Path, drawn: list[str]) -> Run:
    """Run the HTML summary in-process (one worker, so the spy sees every drawing); return the
    report and the measures drawn in that run."""

    def go(*extra: str, lang: str = "da") -> tuple[str, set[str]]:
        drawn.clear()
        out = tmp_path / "out" / "summary.html"
        args = ["--lang", lang, "--cycles", str(root), "summary", "--since", "2021-01-01"]
        done = CliRunner().invoke(
            app, [*args, "--format", "html", "--out", str(out), "-j", "1", *extra]
        )
        assert done.exit_code == 0, done.output
        return out.read_text(encoding="utf-8"), set(drawn)

    return go


def entries(cache_dir: Path) -> list[Path]:
    folder = cache_dir / "charts"
    return sorted(folder.glob("*.svg")) if folder.is_dir() else []


def edit(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    text = path.read_text(encoding="utf-8")
    header = text.splitlines(keepends=True)[0]
    data = yaml.safe_load(text)
    change(data)
    path.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


def workspace_files(root: Path) -> list[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*"))


def test_cached_and_uncached_reports_are_identical(run: Run, root: Path, cache_dir: Path) -> None:
    before = workspace_files(root)
    first, drawn_first = run()
    assert drawn_first == ALL
    assert len(entries(cache_dir)) == len(ALL)
    second, drawn_second = run()
    assert drawn_second == set(), "nothing changed: every chart comes from the cache"
    uncached, drawn_uncached = run("--no-cache")
    assert drawn_uncached == ALL
    assert first == second == uncached
    assert workspace_files(root) == before, "nothing is written inside the workspace"


def _new_measurement(root: Path) -> None:
    path = root / "beta" / "livshistorier" / "measures" / "trivsel.yaml"
    edit(path, lambda d: d["measurements"].append({"date": "2021-08-30", "value": 9.0}))


def _cycle_decision(root: Path) -> None:
    path = root / "beta" / "livshistorier" / "cycle-01-test.yaml"
    edit(path, lambda d: d["act"].update(decision="adapt"))


def _measure_option(root: Path) -> None:
    path = root / "alpha" / "feedback" / "measures" / "dok-tid.yaml"
    edit(path, lambda d: d.update(direction="up"))


def _unlinked_cycle(root: Path) -> None:
    """A cycle that names no measure is drawn on no chart."""
    path = root / "alpha" / "feedback" / "cycle-03-test.yaml"
    edit(path, lambda d: d["plan"].update(objective="Afprøve igen"))


@pytest.mark.parametrize(
    ("change", "touched"),
    [
        (_new_measurement, {"trivsel"}),
        (_cycle_decision, {"trivsel"}),
        (_measure_option, {"dok-tid"}),
        (_unlinked_cycle, set()),
    ],
)
def test_a_change_redraws_exactly_the_charts_it_touches(
    run: Run, root: Path, cache_dir: Path, change: Callable[[Path], None], touched: set[str]
) -> None:
    run()
    change(root)
    cached, drawn = run()
    assert drawn == touched
    uncached, _ = run("--no-cache")
    assert cached == uncached


def test_a_new_measurement_is_in_the_report(run: Run, root: Path, cache_dir: Path) -> None:
    before, _ = run()
    _new_measurement(root)
    after, drawn = run()
    assert drawn == {"trivsel"}
    assert after != before
    assert "30.08.2021" in after or "30. aug" in after or "2021-08-30" in after


def test_another_language_redraws_every_chart(run: Run, cache_dir: Path) -> None:
    run()
    english, drawn = run(lang="en")
    assert drawn == ALL
    _, again = run(lang="en")
    assert again == set()
    _, danish = run()
    assert danish == set(), "both languages' charts stay in the cache"
    assert english == run("--no-cache", lang="en")[0]


def test_another_version_redraws_every_chart(
    run: Run, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, _ = run()
    monkeypatch.setattr(chart_cache, "code_version", lambda: "0.2.0/other-code")
    second, drawn = run()
    assert drawn == ALL
    assert second == first


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2]),
        lambda path: path.write_bytes(path.read_bytes().replace(b"<svg", b"<svG", 1)),
        lambda path: path.write_bytes(b""),
        lambda path: path.write_bytes(b"\xff\xfe not an svg \x00"),
    ],
    ids=["cut-short", "edited", "empty", "garbage"],
)
def test_a_corrupt_cache_entry_is_drawn_again(
    run: Run, cache_dir: Path, damage: Callable[[Path], None]
) -> None:
    first, _ = run()
    for path in entries(cache_dir):
        damage(path)
    second, drawn = run()
    assert drawn == ALL
    assert second == first
    third, again = run()
    assert again == set(), "the damaged entries were replaced"
    assert third == first


def test_an_entry_filed_under_another_key_is_not_taken(run: Run, cache_dir: Path) -> None:
    first, _ = run()
    paths = entries(cache_dir)
    contents = [path.read_bytes() for path in paths]
    for path, content in zip(paths, contents[1:] + contents[:1], strict=True):
        path.write_bytes(content)  # every chart now sits under another chart's key
    second, drawn = run()
    assert drawn == ALL
    assert second == first


def test_an_unwritable_cache_folder_only_costs_time(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(chart_cache.ENV, str(blocker / "cache"))  # cannot be made
    first, drawn = run()
    assert drawn == ALL
    second, again = run()
    assert again == ALL
    assert first == second == run("--no-cache")[0]


def test_a_cache_folder_inside_the_workspace_is_not_used(
    run: Run, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = workspace_files(root)
    monkeypatch.setenv(chart_cache.ENV, str(root / ".cache"))
    run()
    _, drawn = run()
    assert drawn == ALL
    assert workspace_files(root) == before


def test_default_folder_is_the_users_cache_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv(chart_cache.ENV, raising=False)
    assert chart_cache.default_folder() == Path(
        platformdirs.user_cache_dir("pdsa-cli", appauthor=False)
    )


def test_old_entries_are_pruned_least_recently_used_first(tmp_path: Path) -> None:
    import os

    store = chart_cache.ChartCache(tmp_path)
    for number in range(6):
        store.put(f"{number:064x}", f"<svg>{number}</svg>")
        path = store.folder / f"{number:064x}.svg"
        os.utime(path, (1_000_000 + number, 1_000_000 + number))
    assert store.get(f"{0:064x}") == "<svg>0</svg>"  # used now: kept
    store.prune(keep=3)
    kept = {path.stem for path in store.folder.glob("*.svg")}
    assert kept == {f"{n:064x}" for n in (0, 4, 5)}


def test_the_driver_diagram_is_cached_with_the_charts(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drawn once; the same diagram (evidence and language) comes from the cache, another
    language is drawn again, and the report is the same byte for byte."""
    import shutil

    from pdsa_cli.charts import drivers as chart_drivers
    from tests.conftest import EXAMPLE

    root = tmp_path / "cycles"
    shutil.copytree(EXAMPLE, root)
    calls: list[str] = []
    draw = chart_drivers.drivers_svg

    def spy(diagram: Any, lang: str) -> str:
        calls.append(lang)
        return draw(diagram, lang)

    monkeypatch.setattr(chart_drivers, "drivers_svg", spy)
    out = tmp_path / "report.html"

    def report(lang: str) -> str:
        args = ["--lang", lang, "--cycles", str(root), "summary", "--out", str(out), "-j", "1"]
        done = CliRunner().invoke(app, args)
        assert done.exit_code == 0, done.output
        return out.read_text(encoding="utf-8")

    first = report("da")
    assert report("da") == first and calls == ["da"]
    report("en")
    assert calls == ["da", "en"]


def test_a_chart_drawn_by_the_warm_process_is_the_one_drawn_here(
    root: Path, tmp_path: Path, cache_dir: Path
) -> None:
    """Without `-j 1` a single new chart is drawn by the process started early to import the
    drawing code; the report it ends in is the one built with no cache at all."""
    out = tmp_path / "summary.html"
    args = ["--lang", "da", "--cycles", str(root), "summary", "--since", "2021-01-01"]

    def report(*extra: str) -> str:
        done = CliRunner().invoke(app, [*args, "--format", "html", "--out", str(out), *extra])
        assert done.exit_code == 0, done.output
        return out.read_text(encoding="utf-8")

    report()
    _new_measurement(root)
    assert report() == report("--no-cache", "-j", "1")


def test_a_chart_fault_costs_the_report_its_charts_only(
    root: Path, tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page is written while the charts are drawn; when drawing fails it is written again
    without them, and says so."""

    def broken(job: report_charts.SummaryChart) -> tuple[str, str]:
        raise RuntimeError("ingen skrifttype")

    monkeypatch.setattr(report_charts, "draw_svg", broken)
    out = tmp_path / "r.html"
    args = ["--lang", "da", "--cycles", str(root), "summary", "--out", str(out), "-j", "1"]
    done = CliRunner().invoke(app, args)
    assert done.exit_code == 0, done.output
    assert "Diagrammerne kunne ikke tegnes (RuntimeError: ingen skrifttype)" in done.output
    page = out.read_text(encoding="utf-8")
    assert '<figure class="chart"' not in page and "\ue000" not in page


@pytest.mark.parametrize("jobs", [["-j", "1"], []])
def test_every_chart_takes_its_place_in_html_and_markdown(
    root: Path, tmp_path: Path, cache_dir: Path, jobs: list[str]
) -> None:
    args = ["--lang", "da", "--cycles", str(root), "summary", "--since", "2021-01-01", *jobs]
    for out in (tmp_path / "r.html", tmp_path / "r.md"):
        done = CliRunner().invoke(app, [*args, "--out", str(out)])
        assert done.exit_code == 0, done.output
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.count('<figure class="chart"') == len(ALL)
    files = [tmp_path / "r.md", *sorted((tmp_path / "r_charts").glob("*.svg"))]
    assert len(files) == len(ALL) + 1
    for path in [tmp_path / "r.html", *files]:
        assert "\ue000" not in path.read_text(encoding="utf-8"), path
    assert all(f.read_text(encoding="utf-8").startswith("<svg") for f in files[1:])
