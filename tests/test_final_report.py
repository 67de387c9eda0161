"""`pdsa summary --final`: the closing report for the grant giver over the whole programme."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from pdsa_cli.models import Frequency, Measure
from pdsa_cli.report.final import completeness_of, expected_periods

EXAMPLE = Path(__file__).resolve().parent.parent / "cycles"
SECTIONS = (
    "overview",
    "municipalities",
    "documentation",
    "spread-across",
    "predictions",
    "completeness",
    "packages",
)


def run(*args: str, lang: str = "en") -> tuple[int, str]:
    done = CliRunner().invoke(app, ["--lang", lang, "--cycles", str(EXAMPLE), *args])
    return done.exit_code, done.output


@pytest.fixture(scope="module")
def html(tmp_path_factory: pytest.TempPathFactory) -> str:
    out = tmp_path_factory.mktemp("final") / "closing.html"
    code, output = run("summary", "--final", "--out", str(out))
    assert code == 0, output
    assert "closing report is written" in output
    return out.read_text(encoding="utf-8")


def test_the_html_report_has_every_section_and_nothing_remote(html: str) -> None:
    for ident in SECTIONS:
        assert f'id="{ident}"' in html and f'href="#{ident}"' in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "Content-Security-Policy" in html and "@page" in html


def test_each_aim_stands_against_its_result_with_evidence(html: str) -> None:
    section = html.split('id="municipalities"')[1].split("</section>")[0]
    # Twelve initiatives in nine municipalities: one row each, with the aim's statement.
    assert section.count("<tr><td>") == 12
    assert section.count("<h3 ") == 9
    assert "the target is met" in section or "from the target" in section
    assert "← hoersholm-feedbackmoeder" in section  # an adopted change names its source
    overview = html.split('id="overview"')[1].split("</section>")[0]
    assert re.search(r"9 municipalities, 12 initiatives, \d+ PDSA cycles", overview)
    assert re.search(r"\d+ of \d+ aims with a target and data are met", overview)


def test_documentation_time_spread_predictions_and_packages(html: str) -> None:
    documentation = html.split('id="documentation"')[1].split("</section>")[0]
    assert documentation.count('<figure class="chart"') >= 9  # every documentation measure
    assert "small-multiples" in documentation
    assert "Hørsholm Kommune → Gribskov Kommune" in html
    predictions = html.split('id="predictions"')[1].split("</section>")[0]
    assert "Share met" in predictions and "ramps" in predictions
    packages = html.split('id="packages"')[1].split("</section>")[0]
    assert "pdsa package hoersholm-feedbackmoeder --out hoersholm-feedbackmoeder.zip" in packages


def test_markdown_to_the_screen_and_to_a_file_with_charts(tmp_path: Path) -> None:
    code, text = run("summary", "--final", "--no-charts", lang="da")
    assert code == 0
    for heading in (
        "# Afsluttende rapport",
        "## Kommunerne: målsætning mod resultat",
        "## Dokumentationstid på tværs af kommunerne",
        "## Spredning mellem kommunerne",
        "## Hvad forudsigelserne lærte os",
        "## Datakomplethed",
        "## Forandringspakker",
    ):
        assert heading in text
    out = tmp_path / "rapport.md"
    code, _ = run("summary", "--final", "--out", str(out))
    assert code == 0
    charts = sorted((tmp_path / "rapport_charts").glob("*.svg"))
    assert charts and all(f"rapport_charts/{c.name}" in out.read_text() for c in charts)


def test_only_html_and_markdown(tmp_path: Path) -> None:
    code, output = run("summary", "--final", "--format", "json")
    assert code == 2 and "html or md" in output
    # without --lang, said in the programme's language (Danish), like every other message
    done = CliRunner().invoke(app, ["--cycles", str(EXAMPLE), "summary", "--final", "-f", "json"])
    assert done.exit_code == 2 and "html eller md" in done.output
    code, output = run("summary", "--final", "--out", str(tmp_path / "x.yaml"))
    assert code == 2


def test_completeness_counts_periods_not_points() -> None:
    measure = Measure.model_validate(
        {
            "name": "Doc",
            "family": "balancing",
            "definition": "d",
            "unit": "min",
            "data_type": "value",
            "frequency": "week",
            "measurements": [
                {"date": "2021-03-01", "value": 1},
                {"date": "2021-03-03", "value": 1},  # same week: one period
                {"date": "2021-03-15", "value": 1},  # a week without data before it
            ],
        }
    )
    assert completeness_of(measure, dt.date(2021, 3, 29)) == (2, 5)
    assert expected_periods(dt.date(2021, 1, 31), dt.date(2021, 3, 1), Frequency.MONTH) == 3
    assert expected_periods(dt.date(2021, 1, 1), dt.date(2021, 1, 1), Frequency.DAY) == 1
