"""Spread in `pdsa summary`: adoptions from where to where with each adopter's progress, the
programme's goal per municipality, and shared measures side by side on one scale, in the
terminal, Markdown, HTML and JSON views of the example workspace."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.cli.app import app

EXAMPLE = Path(__file__).resolve().parent.parent / "cycles"


def summary(*args: str, lang: str = "en") -> str:
    done = CliRunner().invoke(
        app, ["--lang", lang, "--cycles", str(EXAMPLE), "summary", "--seminar", "3", *args]
    )
    assert done.exit_code == 0, done.output
    return done.stdout


@pytest.fixture(scope="module")
def data() -> dict:
    return json.loads(summary("--format", "json"))


def test_json_names_each_adoption_with_its_progress(data: dict) -> None:
    adoptions = {a["initiative"]: a for a in data["spread"]["adoptions"]}
    assert set(adoptions) == {"gribskov-feedbackmoeder", "allerod-marte-meo"}
    gribskov = adoptions["gribskov-feedbackmoeder"]
    assert gribskov["source_municipality"] == "hoersholm"
    assert gribskov["source_initiative"] == "hoersholm-feedbackmoeder"
    assert gribskov["source_cycle"] == 2 and gribskov["in_programme"]
    # Counted once each (the ramp has two cycles, both with an Act; two measures).
    assert (gribskov["cycles"], gribskov["completed"]) == (2, 2)
    assert gribskov["latest_decision"] == "adopt"
    assert {e["measure"] for e in gribskov["evidence"]} == {
        "gribskov-tilfredshed-feedback",
        "gribskov-dokumentation-min",
    }
    assert gribskov["aim"]["target"] == 75.0
    allerod = adoptions["allerod-marte-meo"]
    assert allerod["source_municipality"] == "halsnaes" and allerod["completed"] == 1


def test_json_tells_per_municipality_whether_a_change_was_taken_up(data: dict) -> None:
    goals = {g["municipality"]: g for g in data["spread"]["goals"]}
    assert len(goals) == 9
    assert goals["hoersholm"]["met"] and goals["hoersholm"]["adopters"] == ["Gribskov Kommune"]
    assert goals["halsnaes"]["met"] and goals["halsnaes"]["adopters"] == ["Allerød Kommune"]
    assert not goals["gribskov"]["met"] and goals["gribskov"]["adopted_changes"] >= 1


def test_shared_measures_share_one_definition_and_one_scale(data: dict) -> None:
    shared = data["spread"]["shared"]
    assert shared[0]["documentation"]  # documentation time first
    by_places = {frozenset(p["municipality"] for p in s["panels"]): s for s in shared}
    monthly = by_places[frozenset({"hoersholm", "gribskov"})]
    assert monthly["frequency"] == "month" and monthly["documentation"]
    values = [v for p in monthly["panels"] for v in p["measure"]["recent"]]
    assert monthly["low"] <= min(values) and max(values) <= monthly["high"]
    calm = by_places[frozenset({"halsnaes", "allerod"})]
    assert calm["percent"] and (calm["low"], calm["high"]) == (0.0, 1.0)
    # A measure only one municipality has never appears.
    assert all(len({p["municipality"] for p in s["panels"]}) >= 2 for s in shared)


def test_terminal_and_markdown_show_spread_and_the_goal() -> None:
    text = summary("--format", "terminal", lang="da")
    assert "Spredning mellem kommunerne" in text
    assert "Hørsholm Kommune → Gribskov Kommune" in text
    assert "2 af 9 kommuner har beskrevet en forandring, som andre har taget op." in text
    assert re.search(r"Gribskov Kommune\s+[▁▂▃▄▅▆▇█]+\s+6,", text)
    markdown = summary("--format", "md", "--no-charts")
    assert "## Spread across municipalities" in markdown
    assert "**Halsnæs Kommune → Allerød Kommune" in markdown
    assert "### The same measure across municipalities" in markdown
    assert "| Gribskov Kommune |" in markdown


def test_html_draws_small_multiples_on_one_scale(tmp_path: Path) -> None:
    out = tmp_path / "s.html"
    done = CliRunner().invoke(
        app,
        ["--lang", "en", "--cycles", str(EXAMPLE), "summary", "--seminar", "3",
         "--no-charts", "--out", str(out)],
    )  # fmt: skip
    assert done.exit_code == 0, done.output
    page = out.read_text(encoding="utf-8")
    assert 'id="spread-across"' in page and 'href="#spread-across"' in page
    figures = re.findall(r'<figure class="small-multiples".*?</figure>', page, re.S)
    assert figures
    for figure in figures:
        panels = re.findall(r"<svg .*?</svg>", figure, re.S)
        assert len(panels) >= 2
        # Every panel labels the same two ends of the scale.
        ends = {tuple(re.findall(r'font-size="8">([^<]+)<', svg)) for svg in panels}
        assert len(ends) == 1, ends
