"""What axe-core cannot see in the HTML reports: the language of parts (WCAG 3.1.2), learnings
that print whole, and charts with a text alternative in words and their data as a table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from tests.conftest import EXAMPLE


def _page(tmp: Path, lang: str, *extra: str) -> str:
    out = tmp / f"summary.{lang}.html"
    args = ["--lang", lang, "--cycles", str(EXAMPLE), "summary", "--format", "html"]
    done = CliRunner().invoke(app, [*args, "--out", str(out), *extra])
    assert done.exit_code == 0, done.output
    return out.read_text(encoding="utf-8")


def _first_initiative() -> tuple[str, str]:
    """The name and aim of one initiative of the Danish example, as the team wrote them."""
    path = sorted(EXAMPLE.glob("*/*/initiative.yaml"))[0]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data["name"], " ".join(str(data["aim"]["statement"]).split())


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _page(tmp_path_factory.mktemp("en"), "en", "--no-charts")


def test_danish_workspace_text_is_marked_danish_in_an_english_report(
    english: str, tmp_path: Path
) -> None:
    name, aim = _first_initiative()
    assert '<html lang="en">' in english
    assert f'<span lang="da">{name}</span>' in english
    spans = re.findall(r'<span lang="da">([^<]*)</span>', english)
    assert any(" ".join(s.split()) == aim for s in spans), aim
    # a folded learning is marked as a whole, on screen and for print
    assert re.search(r'<details class="fold" lang="da">', english)
    assert re.search(r'<span class="print-only" lang="da">', english)
    # the report's own words are not
    assert '<span lang="da">Cycles' not in english
    danish = _page(tmp_path, "da", "--no-charts")
    assert 'lang="da"' not in danish.replace('<html lang="da">', "")  # nothing to mark there


@pytest.fixture(scope="module")
def charted(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _page(tmp_path_factory.mktemp("charted"), "da")


def test_each_chart_is_described_in_words_and_has_its_numbers_in_a_table(charted: str) -> None:
    """WCAG 1.1.1: a chart is a figure (no role=img hiding its text), described in words by the
    chart side's own description (the SVG's <desc>), linked with aria-describedby, and its data
    (date, value, note, the cycle then tested) in a table inside a <details> the reader opens."""
    figures = re.findall(r'<figure class="chart"(.*?)</figure>', charted, re.S)
    assert len(figures) > 10
    assert 'role="img" aria-label="Diagram' not in charted
    for figure in figures:
        ident = re.search(r'aria-describedby="([^"]+)"', figure)
        assert ident, figure[:200]
        words = re.search(rf'<p class="chart-desc" id="{ident[1]}">([^<]+)</p>', figure)
        assert words, ident[1]
        desc = re.search(r"<desc>([^<]+)</desc>", figure)
        assert desc and words[1] == desc[1]  # one description, the chart side's
        assert re.search(r"(kontroldiagram|Seriediagram|diagram) over", words[1]), words[1]
        assert " punkter" in words[1] or " punkt" in words[1]
        data = re.search(
            r'<details class="chart-data"><summary>[^<]+</summary>(.*?)</details>', figure, re.S
        )
        assert data, ident[1]
        heads = re.findall(r'<th scope="col">([^<]+)</th>', data[1])
        assert heads == ["Dato", "Værdi", "Note", "Under afprøvning"]
        points = len(re.findall(r'class="point"', figure)) or None
        rows = len(re.findall(r"<tr><td>", data[1]))
        assert rows > 0 and (points is None or rows == points)


def test_a_charts_words_name_its_municipality_and_cycles(charted: str) -> None:
    """A chart that shows tested cycles says which, when, and what was decided; the words name
    the municipality (ten charts of one measure must be told apart)."""
    descriptions = re.findall(r'<p class="chart-desc" id="[^"]+">([^<]+)</p>', charted)
    assert all(" Kommune" in d for d in descriptions)
    cycled = [d for d in descriptions if "Cyklusser: " in d]
    assert cycled and any("besluttet" in d for d in cycled)
    testing = re.findall(r"<td>(PDSA [^<]+)</td></tr>", charted)
    assert testing, "the cycle being tested is shown beside the point"


def test_a_points_row_has_its_date_value_note_and_the_cycle_then_tested() -> None:
    """The data table of a chart, through the report's chart job: a note as typed (CPR-like
    numbers masked), the cycle under test that day, and the cycles in the description."""
    import dataclasses
    import datetime as dt

    from pdsa_cli.charts import ChartContext, CycleMarker
    from pdsa_cli.report.charts import SummaryChart, chart_words
    from pdsa_cli.report.document import Document, Figure
    from pdsa_cli.report.render import described
    from pdsa_cli.report.writers.html import write_html
    from tests.charts_build import LONG_RUN, SHIFT_Y, make_analysis

    analysis = make_analysis(SHIFT_Y, hits={1: [LONG_RUN]}, runs_signal=[True])
    notes: list[str | None] = [None] * len(SHIFT_Y)
    notes[5] = "Ny   vikar; borger 010203-1234 indlagt"
    analysis = dataclasses.replace(analysis, notes=tuple(notes))
    cycles = (
        CycleMarker(
            dt.date(2021, 2, 1), "PDSA 1", 1, True, dt.date(2021, 3, 1), "PDSA 1: indfør", "indfør"
        ),
        CycleMarker(dt.date(2021, 3, 15), "PDSA 2", 2),
    )
    context = ChartContext(
        title="Dokumentationstid",
        unit="minutter",
        lang="da",
        cycles=cycles,
        municipality="Ballerup",
    )
    words = chart_words(SummaryChart("tid", analysis, context))
    assert words.rows[5][0] == "8. feb. 2021" and words.rows[5][3] == "PDSA 1"
    assert "vikar" in words.rows[5][2] and "010203-1234" not in words.rows[5][2]
    assert words.rows[0][2] == "" and words.rows[0][3] == ""
    assert "Cyklusser: PDSA 1 afprøvet fra 1. feb. 2021, besluttet 1. mar. 2021: indfør;" in (
        words.description
    )
    assert "PDSA 2 afprøvet fra 15. mar. 2021." in words.description
    assert "i Ballerup" in words.description
    doc = Document("x", "da", "t", "t", (), (Figure("Diagram over tid", ref="tid"),))
    page = write_html(described(doc, {"tid": words}), {"tid": "<svg></svg>"})
    assert 'aria-describedby="d-tid"' in page and '<p class="chart-desc" id="d-tid">' in page
    assert "<td>8. feb. 2021</td>" in page and "<td>PDSA 1</td></tr>" in page


def test_counts_take_the_languages_plural() -> None:
    """Real plurals from the CLDR rule (Babel): "1 punkt", "2 punkter"; no "punkt(er)"."""
    from pdsa_cli.i18n import plural

    assert plural("summary.points", 1, "da") == "1 punkt"
    assert plural("summary.points", 2, "da") == "2 punkter"
    assert plural("summary.points", 0, "da") == "0 punkter"
    assert plural("summary.points", 1, "en") == "1 point"
    assert plural("spread.goal_ready", 1, "da").endswith(
        "1 indført forandring klar til at blive taget op"
    )
    assert "(er)" not in plural("spread.goal_ready", 3, "da")


def test_the_package_page_says_words_not_codes_and_one_word_per_concept(tmp_path: Path) -> None:
    """'Mål' was aim, target and measure on one page; codes like 'count' and 'p' were shown raw."""
    import zipfile

    out = tmp_path / "p.zip"
    args = ["--cycles", str(EXAMPLE), "package", "hoersholm-feedbackmoeder", "--out", str(out)]
    done = CliRunner().invoke(app, args)
    assert done.exit_code == 0, done.output
    with zipfile.ZipFile(out) as package:
        page = package.read("change.html").decode("utf-8")
    pairs = dict(re.findall(r"<dt>([^<]+)</dt><dd>([^<]*)</dd>", page))
    assert pairs["Datatype"] in ("antal", "andel", "værdi", "rate")
    assert pairs["Diagram"].endswith("diagram") or "kontroldiagram" in pairs["Diagram"]
    assert "Slags måling" in pairs
    words = re.sub(r"<[^>]+>", " ", page.split("<body>", 1)[1])
    assert not re.search(r"\bMål\b", words)  # aim, target and measure each have their word
    assert "Målsætning og hvorfor" in words and "Målinger og deres operationelle" in words
    assert " punkter" in words or " punkt" in words


def test_the_reports_use_one_word_each_for_aim_target_and_measure(charted: str) -> None:
    words = re.sub(r"<[^>]+>", " ", charted.split("<body>", 1)[1])
    assert not re.search(r"\bMål\b", words)
    assert "Målsætning:" in words
    assert not re.search(r"\b1 punkter\b|\(er\)", words)
