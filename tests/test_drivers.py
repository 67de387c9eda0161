"""The driver diagram: the model in the files, the tree built from them, its evidence, the
checks in `pdsa validate`, `pdsa drivers` on the screen and as a picture, and the summary."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from pdsa_cli.loader import load_workspace
from pdsa_cli.models import Initiative, Programme
from pdsa_cli.report.drivers import initiative_evidence
from pdsa_cli.report.model import MeasureRow, Signal
from pdsa_cli.workspace.drivers import (
    IMPROVEMENT,
    NO_IMPROVEMENT,
    NOT_ANALYSED,
    InitiativeEvidence,
    build_diagram,
)
from tests.conftest import EXAMPLE
from tests.loader_corpus import BASE

SVG = "{http://www.w3.org/2000/svg}"
DRIVERS = """
aim: Flere borgere føler sig hørt senest 1. december 2021.
drivers:
  - id: borgeren
    name: Mødet med borgerne i hverdagen
    secondary:
      - id: borgerens-stemme
        name: Borgerens stemme former plejen
        change_ideas: [reflecting-team, our-voice]
      - id: relationer
        name: Relationskompetencer i det daglige møde
        change_ideas: [icdp]
  - id: dokumentation
    name: Dokumentation, der giver tid til mødet
    secondary:
      - id: mindre-dokumentation
        name: Mindre unødig dokumentation
"""
SECOND = """name: Livshistorier på én side
track: 1
driver: mindre-dokumentation
aim:
  statement: 70 % af planerne bygger på livshistorien senest 30. november 2021.
  measure: hoert
  target: 0.7
  target_date: 2021-11-30
method: life-stories
started: 2021-03-01
"""


def small(tmp_path: Path, link: str | None = "borgerens-stemme") -> Path:
    """The minimal valid workspace with drivers, its initiative linked to `link`, and a second
    initiative in another municipality on the documentation driver."""
    root = tmp_path / "cycles"
    shutil.copytree(BASE, root)
    programme = root / "programme.yaml"
    programme.write_text(programme.read_text(encoding="utf-8") + DRIVERS, encoding="utf-8")
    initiative = root / "solby" / "feedback" / "initiative.yaml"
    text = initiative.read_text(encoding="utf-8")
    if link is not None:
        text = text.replace("track: 1\n", f"track: 1\ndriver: {link}\n")
    initiative.write_text(text, encoding="utf-8")
    (root / "aaby" / "livshistorier").mkdir(parents=True)
    (root / "aaby" / "municipality.yaml").write_text(
        "name: Åby Kommune\ncontact_role: læringsagent\n", encoding="utf-8"
    )
    (root / "aaby" / "livshistorier" / "initiative.yaml").write_text(SECOND, encoding="utf-8")
    return root


# -- the model ---------------------------------------------------------------------------------


def test_a_programme_holds_its_aim_and_drivers() -> None:
    programme = Programme.model_validate(
        {
            "name": "P",
            "tracks": [{"id": 1, "name": "Borgeren"}],
            "aim": "Et mere nærværende møde.",
            "drivers": [
                {
                    "id": "borgeren",
                    "name": "Mødet med borgeren",
                    "secondary": [{"id": "stemme", "name": "Stemme", "change_ideas": ["icdp"]}],
                }
            ],
        }
    )
    assert programme.aim == "Et mere nærværende møde."
    assert programme.drivers[0].secondary[0].change_ideas[0].value == "icdp"
    assert Programme.model_validate({"name": "P", "tracks": [{"id": 1, "name": "B"}]}).drivers == []


@pytest.mark.parametrize(
    "drivers",
    [
        [{"id": "a", "name": "A", "secondary": [{"id": "a", "name": "B"}]}],  # id used twice
        [{"id": "A B", "name": "A"}],  # not a slug
        [{"id": "a", "name": "A", "secondary": [{"id": "b", "name": "B", "change_ideas": ["x"]}]}],
        [{"id": "a", "name": "A", "colour": "red"}],  # a misspelt key is never dropped
    ],
)
def test_bad_drivers_are_refused(drivers: list[object]) -> None:
    with pytest.raises(ValidationError):
        Programme.model_validate(
            {"name": "P", "tracks": [{"id": 1, "name": "B"}], "drivers": drivers}
        )


def test_an_initiative_names_its_driver() -> None:
    data = {"name": "I", "track": 1, "aim": {"statement": "S"}, "method": "icdp"}
    assert Initiative.model_validate(data).driver is None
    assert Initiative.model_validate({**data, "driver": "stemme"}).driver == "stemme"


# -- the tree ----------------------------------------------------------------------------------


def test_the_tree_hangs_initiatives_under_their_drivers_and_change_ideas(tmp_path: Path) -> None:
    ws = load_workspace(small(tmp_path)).workspace
    evidence = {"feedback": InitiativeEvidence(IMPROVEMENT, ("Hørt",))}
    diagram = build_diagram(ws, evidence=evidence)
    assert diagram.aim == "Flere borgere føler sig hørt senest 1. december 2021."
    assert [p.id for p in diagram.primary] == ["borgeren", "dokumentation"]
    voice, relations = diagram.primary[0].secondary
    # The listed change ideas in their order, each with the initiatives using that method.
    assert [(i.method, i.listed) for i in voice.change_ideas] == [
        ("reflecting-team", True),
        ("our-voice", True),
    ]
    (feedback,) = voice.change_ideas[0].initiatives
    assert (feedback.id, feedback.status, feedback.evidence.status) == (
        "feedback",
        "active",
        IMPROVEMENT,
    )
    assert voice.change_ideas[1].initiatives == ()
    assert relations.initiatives == ()
    # A method the driver does not list still shows, as its own change idea.
    (documentation,) = diagram.primary[1].secondary
    assert [(i.method, i.listed) for i in documentation.change_ideas] == [("life-stories", False)]
    (stories,) = documentation.initiatives
    assert (stories.municipality_name, stories.evidence.status) == ("Åby Kommune", NOT_ANALYSED)
    assert diagram.unlinked == ()
    assert [i.id for i in diagram.initiatives()] == ["feedback", "livshistorier"]


def test_the_tree_narrows_to_a_municipality_and_keeps_unlinked_initiatives(tmp_path: Path) -> None:
    ws = load_workspace(small(tmp_path, link=None)).workspace
    diagram = build_diagram(ws, municipality="solby")
    assert [i.id for i in diagram.unlinked] == ["feedback"]
    assert [i.id for i in diagram.initiatives()] == ["feedback"]  # Åby's initiative left out
    assert [p.id for p in diagram.primary] == ["borgeren", "dokumentation"]  # drivers all kept
    assert diagram.municipality == "solby"


def test_a_programme_without_drivers_has_no_diagram() -> None:
    diagram = build_diagram(load_workspace(BASE).workspace)
    assert diagram.empty and diagram.aim is None
    assert [i.id for i in diagram.unlinked] == ["feedback"]


def _row(name: str, analysed: bool, *variations: str) -> MeasureRow:
    signals = tuple(
        Signal("shift", "anhoej", 1, (1, 2), None, None, "above", None, v, None) for v in variations
    )
    return MeasureRow(
        name, name, "outcome", "", "value", "up", "week", "run", None, False, 12, None, None,
        None, None, signals, analysed=analysed,
    )  # fmt: skip


def test_evidence_is_the_summarys_improvement_signals() -> None:
    improved = initiative_evidence(
        [_row("Hørt", True, "concern", "improvement"), _row("Tid", True)]
    )
    assert improved == InitiativeEvidence(IMPROVEMENT, ("Hørt",))
    assert initiative_evidence([_row("Hørt", True, "concern")]).status == NO_IMPROVEMENT
    assert initiative_evidence([_row("Hørt", False)]).status == NOT_ANALYSED
    assert initiative_evidence([]).status == NOT_ANALYSED


# -- the checks in pdsa validate ---------------------------------------------------------------


def _problems(root: Path) -> list[tuple[str, str, int | None]]:
    result = load_workspace(root)
    return [(p.code, Path(p.file).name, p.line) for p in result.problems]


def test_a_linked_diagram_is_clean(tmp_path: Path) -> None:
    root = small(tmp_path)
    # Only the relations driver has no initiative; everything else is linked.
    assert _problems(root) == [("driver-without-initiative", "programme.yaml", 26)]


def test_validate_says_what_to_link_in_danish_and_english(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = small(tmp_path, link=None)
    for lang, words in (
        ("da", ["indsatsen nævner ingen driver", "ingen indsats arbejder på driveren"]),
        ("en", ["the initiative names no driver", "no initiative works on the driver"]),
    ):
        done = runner.invoke(app, ["--lang", lang, "validate", str(root)])
        assert done.exit_code == 0, done.output  # warnings guide; they do not block
        text = " ".join(done.output.split())
        for phrase in words:
            assert phrase in text, (phrase, text)
        assert re.search(r"solby/feedback/initiative\.yaml:2: \S", done.output)
        assert "borgerens-stemme, relationer, mindre-dokumentation" in text
        strict = runner.invoke(app, ["--lang", lang, "validate", "--strict", str(root)])
        assert strict.exit_code == 1


def test_an_unknown_driver_offers_the_known_ones(runner: CliRunner, tmp_path: Path) -> None:
    root = small(tmp_path, link="borgerens-stemmme")
    done = runner.invoke(app, ["--lang", "da", "validate", str(root)])
    text = " ".join(done.output.split())
    assert (
        "initiative.yaml:4: driver: Advarsel: 'borgerens-stemmme' er ikke en sekundær driver"
        in text
    )
    assert "Vælg en af: borgerens-stemme, relationer, mindre-dokumentation." in text


def test_aims_that_are_not_smart_are_named(runner: CliRunner, tmp_path: Path) -> None:
    root = small(tmp_path)
    initiative = root / "aaby" / "livshistorier" / "initiative.yaml"
    text = initiative.read_text(encoding="utf-8").replace("  target: 0.7\n", "")
    initiative.write_text(text.replace("started: 2021-03-01", "started: 2021-12-01"), "utf-8")
    codes = [c for c, file, _ in _problems(root) if file == "initiative.yaml"]
    assert sorted(codes) == ["aim-not-smart", "aim-target-before-start"]
    done = runner.invoke(app, ["--lang", "en", "validate", str(initiative)])
    text = " ".join(done.output.split())
    assert "aim: Warning: the aim is not SMART yet: no target value ('target')." in text
    assert (
        "target_date: Warning: the aim's target date 2021-11-30 is before the initiative started"
        in text
    )
    done = runner.invoke(app, ["--lang", "da", "validate", str(initiative)])
    assert "målet er ikke SMART endnu: ingen målværdi ('target')" in " ".join(done.output.split())


# -- pdsa drivers ------------------------------------------------------------------------------


def test_the_tree_on_the_screen(runner: CliRunner, tmp_path: Path) -> None:
    root = small(tmp_path)
    for lang, words in (
        ("da", ["Driverdiagram", "Målsætning:", "ingen indsats endnu", "aktiv", "for få data"]),
        ("en", ["Driver diagram", "Aim:", "no initiative yet", "active", "too few data"]),
    ):
        done = runner.invoke(app, ["--lang", lang, "--cycles", str(root), "drivers"])
        assert done.exit_code == 0, done.output
        text = " ".join(done.output.split())
        for word in [*words, "Mødet med borgerne i hverdagen", "Mindre unødig dokumentation"]:
            assert word in text, (word, text)
        assert "Solby Kommune: Feedbackmøder med reflekterende team" in text
        assert "Åby Kommune: Livshistorier på én side" in text
    narrowed = runner.invoke(app, ["--cycles", str(root), "drivers", "-m", "aaby"])
    assert "Livshistorier på én side" in narrowed.output
    assert "Feedbackmøder" not in narrowed.output


def test_mistakes_are_usage_errors_in_the_programmes_language(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = small(tmp_path)
    done = runner.invoke(app, ["--cycles", str(root), "drivers", "-m", "nowhere"])
    assert done.exit_code == 2
    assert "Kommunen 'nowhere' findes ikke" in done.output and "aaby, solby" in done.output
    done = runner.invoke(app, ["--cycles", str(root), "drivers", "--out", str(tmp_path / "d.yaml")])
    assert done.exit_code == 2 and "--out skal ende på .svg" in done.output
    assert not (tmp_path / "d.yaml").exists()


def test_without_drivers_it_says_where_to_write_them(runner: CliRunner, tmp_path: Path) -> None:
    root = tmp_path / "cycles"
    shutil.copytree(BASE, root)
    done = runner.invoke(app, ["--lang", "en", "--cycles", str(root), "drivers"])
    assert done.exit_code == 0
    assert "no driver diagram yet" in done.output and "programme.yaml" in done.output
    picture = tmp_path / "d.svg"
    done = runner.invoke(app, ["--cycles", str(root), "drivers", "--out", str(picture)])
    assert done.exit_code == 1 and not picture.exists()


def svg_words(svg: str) -> str:
    """Every word drawn as SVG text, in drawing order (a box's wrapped lines one after another)."""
    root = ET.fromstring(svg)
    return " ".join(" ".join((t.text or "").split()) for t in root.iter(f"{SVG}text"))


@pytest.fixture(scope="module")
def example_pictures(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pictures")
    runner = CliRunner()
    made = {}
    for lang in ("da", "en"):
        out = folder / lang / "drivers.svg"
        done = runner.invoke(
            app, ["--lang", lang, "--cycles", str(EXAMPLE), "drivers", "--out", str(out)]
        )
        assert done.exit_code == 0, done.output
        made[lang] = out
    return made


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("da", ["Driverdiagram", "Primære drivere", "Forandringsidéer", "indført", "aktiv"]),
        ("en", ["Driver diagram", "Primary drivers", "Change ideas", "adopted", "active"]),
    ],
)
def test_the_picture_keeps_every_name_as_text(
    example_pictures: dict[str, Path], lang: str, words: list[str]
) -> None:
    svg = example_pictures[lang].read_text(encoding="utf-8")
    assert "<path" in svg and "glyph" not in svg  # words are <text>, not outlines
    drawn = svg_words(svg)
    ws = load_workspace(EXAMPLE).workspace
    assert ws.programme is not None
    names = [ws.programme.model.name]
    for primary in ws.programme.model.drivers:
        names += [primary.name, *(s.name for s in primary.secondary)]
    names += [i.model.name for i in ws.initiatives.values()]
    names += [m.model.name for m in ws.municipalities.values()]
    assert len(names) > 30
    for name in [*names, *words]:
        assert " ".join(name.split()) in drawn, name
    assert drawn.count("★") >= 2  # the legend and at least one improvement


def test_the_picture_marks_improvement_only_where_the_data_show_it(
    example_pictures: dict[str, Path],
) -> None:
    drawn = svg_words(example_pictures["en"].read_text(encoding="utf-8"))
    from pdsa_cli.report.summary import build_driver_diagram

    diagram = build_driver_diagram(load_workspace(EXAMPLE).workspace)
    # Two municipalities may run a change of one name (an adoption): count the stars per name.
    nodes = list(diagram.initiatives())
    for name in {" ".join(n.name.split()) for n in nodes}:
        improved = sum(
            1
            for n in nodes
            if " ".join(n.name.split()) == name and n.evidence.status == IMPROVEMENT
        )
        assert drawn.count(f"★ {name}") == improved, name
    assert any(n.evidence.status != IMPROVEMENT for n in diagram.initiatives())


@pytest.mark.parametrize("suffix", [".png", ".pdf"])
def test_png_and_pdf(runner: CliRunner, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"drivers{suffix}"
    done = runner.invoke(app, ["--cycles", str(small(tmp_path)), "drivers", "--out", str(out)])
    assert done.exit_code == 0, done.output
    assert out.read_bytes()[:4] in (b"\x89PNG", b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left


def test_the_html_page_is_self_contained(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out" / "drivers.html"
    args = ["--lang", "en", "--cycles", str(small(tmp_path)), "drivers", "-o", str(out)]
    done = runner.invoke(app, args)
    assert done.exit_code == 0, done.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "<?xml" not in page
    assert "Content-Security-Policy" in page and not re.search(r"(src|href)=\"https?:", page)
    assert "Åby Kommune: Livshistorier på én side" in page  # the tree as lists, too


# -- in the summary ----------------------------------------------------------------------------


def _summary(runner: CliRunner, root: Path, *args: str) -> str:
    base = ["--cycles", str(root), "summary", "--since", "2021-01-01"]
    done = runner.invoke(app, [*base, *args])
    assert done.exit_code == 0, done.output
    return done.stdout


def test_the_summary_starts_from_the_theory_of_change(runner: CliRunner, tmp_path: Path) -> None:
    root = small(tmp_path)
    data = json.loads(_summary(runner, root, "--format", "json"))
    voice = data["drivers"]["primary"][0]["secondary"][0]
    assert voice["change_ideas"][0]["initiatives"][0]["id"] == "feedback"
    assert voice["change_ideas"][0]["initiatives"][0]["evidence"]["status"] in (
        IMPROVEMENT,
        NO_IMPROVEMENT,
        NOT_ANALYSED,
    )
    markdown = _summary(runner, root, "--format", "md", "--lang", "en")
    tree = markdown.index("## Driver diagram")
    assert tree < markdown.index("## Solby Kommune")
    assert "  - **Mødet med borgerne i hverdagen**" in markdown
    assert (
        "        - Åby Kommune: Livshistorier på én side (active; too few data to judge)"
        in markdown
    )
    terminal = _summary(runner, root, "--lang", "da")
    assert terminal.index("Driverdiagram") < terminal.index("Solby Kommune")
    assert "└── " in terminal and "Mindre unødig dokumentation" in terminal


def test_the_html_summary_draws_the_diagram_inline(runner: CliRunner, tmp_path: Path) -> None:
    root = small(tmp_path)
    out = tmp_path / "summary.html"
    _summary(runner, root, "--format", "html", "--out", str(out))
    page = out.read_text(encoding="utf-8")
    section = page[page.index('<section id="drivers">') : page.index("</section>")]
    assert "<svg" in section and "Mindre unødig dokumentation" in section
    assert page.index('<section id="drivers">') < page.index('class="municipality"')
    plain = tmp_path / "plain.html"
    _summary(runner, root, "--format", "html", "--no-charts", "--out", str(plain))
    section = plain.read_text(encoding="utf-8").split('<section id="drivers">')[1]
    assert '<ul class="drivers">' in section.split("</section>")[0]


def test_a_summary_without_drivers_has_no_diagram_section(
    runner: CliRunner, tmp_path: Path
) -> None:
    root = tmp_path / "cycles"
    shutil.copytree(BASE, root)
    assert json.loads(_summary(runner, root, "--format", "json"))["drivers"] is None
    assert "Driverdiagram" not in _summary(runner, root, "--format", "md")


def test_evidence_in_the_summary_is_the_periods(tmp_path: Path) -> None:
    from pdsa_cli.report import build_summary

    ws = load_workspace(small(tmp_path)).workspace
    summary = build_summary(ws, since=dt.date(2021, 1, 1), today=dt.date(2021, 12, 31))
    assert summary.drivers is not None
    ids = [i.id for i in summary.drivers.initiatives()]
    assert ids == ["feedback", "livshistorier"]


def test_a_driver_id_in_the_wrong_form_is_explained(runner: CliRunner, tmp_path: Path) -> None:
    root = small(tmp_path)
    programme = root / "programme.yaml"
    text = programme.read_text(encoding="utf-8").replace("id: relationer", "id: Relationer")
    programme.write_text(text, encoding="utf-8")
    done = runner.invoke(app, ["--lang", "da", "validate", str(root)])
    assert done.exit_code == 1
    assert "drivers[1].secondary[2].id: id'et 'Relationer' skal skrives med små bogstaver" in (
        " ".join(done.output.split())
    )
    drawn = runner.invoke(app, ["--lang", "en", "--cycles", str(root), "drivers"])
    assert drawn.exit_code == 1 and "could not be read" in drawn.output
