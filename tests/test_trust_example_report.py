"""Issue 13, "must show": the example workspace's generated report has none of the false
statements the issue lists. Reads the HTML that `pdsa --cycles cycles summary --format html`
writes (as `make demo` does), charts included: matplotlib writes each chart text line into the
SVG as a comment, so the chart captions are read from the report too.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.analysis import analyse_measure
from pdsa_cli.cli.app import app
from pdsa_cli.loader import load_workspace
from tests.conftest import EXAMPLE

PASS_FAIL = ("Målet nås", "processen når målet", "når ikke målet")
QUIET = ("Ingen signaler", "ingen signaler", "intet signal")
LONG = 160


def _report(tmp: Path, *args: str) -> str:
    out = tmp / "summary.html"
    done = CliRunner().invoke(
        app, ["--cycles", str(EXAMPLE), "summary", "--format", "html", "--out", str(out), *args]
    )
    assert done.exit_code == 0, done.output
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def default_report(tmp_path_factory: pytest.TempPathFactory) -> str:
    """What `make demo` writes: the latest seminar's report."""
    return _report(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="module")
def whole_report(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Every cycle and measurement of the example, Sønderborg's 2022 work included."""
    return _report(tmp_path_factory.mktemp("all"), "--since", "2021-01-01")


def _readable(fragment: str) -> str:
    """The words of an HTML fragment: its text and the chart texts (SVG comments)."""
    comments = " ".join(re.findall(r"<!--(.*?)-->", fragment, flags=re.S))
    without_svg = re.sub(r"<svg.*?</svg>", " ", fragment, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", without_svg))
    return " ".join(f"{text} {comments}".split())


def _section(report: str, measure: str) -> str:
    start = report.index(f'id="measure-{measure}"')
    following = [
        i for i in (report.find("<section", start), report.find('id="measure-', start + 1)) if i > 0
    ]
    return _readable(report[start : min(following) if following else len(report)])


def test_no_target_verdict_for_a_process_that_changed(whole_report: str) -> None:
    workspace = load_workspace(EXAMPLE).workspace
    says = {m: analyse_measure(workspace, m).verdict.says for m in workspace.measures}
    changed = [m for m, said in says.items() if said == "changed"]
    assert "soenderborg-moedevarighed-min" in changed  # the example
    for measure in changed:
        words = _section(whole_report, measure)
        assert "Processen har ændret sig" in words, measure
        for claim in PASS_FAIL:
            assert claim not in words, (measure, claim)


def test_no_quiet_verdict_on_too_few_points(whole_report: str) -> None:
    workspace = load_workspace(EXAMPLE).workspace
    for measure in workspace.measures:
        analysis = analyse_measure(workspace, measure)
        if analysis.verdict.says != "too_few":
            continue
        words = _section(whole_report, measure)
        assert "for få punkter til at vurdere" in words
        for quiet in QUIET:
            assert quiet not in words


def test_sonderborg_change_reads_supported(whole_report: str) -> None:
    spread = whole_report[whole_report.index('id="spread"') :]
    items = spread[: spread.index("</section>")].split("<li>\n")
    (item,) = [i for i in items if "Cyklus 3 Medarbejderoverblikket til fælles vagtstart" in i]
    words = _readable(item)
    assert "understøttet af data" in words
    assert "endnu ikke vist i data" not in words
    assert "forbedring, efter at afprøvningen begyndte" in words


def test_every_learning_is_whole(whole_report: str) -> None:
    workspace = load_workspace(EXAMPLE).workspace
    text = _readable(whole_report)
    long = 0
    for entry in workspace.cycles:
        study = entry.model.study
        learning = study and (study.learning or study.results)
        if learning:
            whole = " ".join(learning.split())
            long += len(whole) > LONG
            assert whole in text, entry.id
    assert long >= 12


def test_latest_seminar_report_covers_its_window(default_report: str) -> None:
    text = _readable(default_report)
    assert "Periode: 3. jun. 2021 – 25. nov. 2021" in text
    assert not re.search(r"ingen data i \d+ uger", text)
    # documentation time side by side: the marked measures only
    start = default_report.index('id="documentation"')
    table = default_report[start : default_report.index("</section>", start)]
    assert "Varighed af fælles vagtstartsmøde" not in table
    assert table.count("Dokumentationstid pr. besøg") == 10  # eight own, two adopted
    # no 2022 cycle counted for a 2021 seminar
    assert "2022" not in re.sub(r"<svg.*?</svg>", "", table, flags=re.S)


def test_no_averaged_values(whole_report: str) -> None:
    """The example has one value per period; the report shows no measure as refused."""
    assert "to værdier for samme periode" not in whole_report
    workspace = load_workspace(EXAMPLE).workspace
    for entry in workspace.measures.values():
        days = [p.date for p in entry.model.measurements]
        assert len(days) == len(set(days))
    assert dt.date(2021, 12, 31) == workspace.programme.model.end  # type: ignore[union-attr]
