"""Issue 13, item 4: what people wrote reaches every report whole (design.md section 9).

The Study learning is whole in the Markdown and HTML summaries (HTML folds a long one into a
<details>); the terminal may shorten it with "…" and names `pdsa show CYCLE`. Chart subtitles
wrap, and a cut one ends in an ellipsis at a whole word.
"""

from __future__ import annotations

import datetime as dt
import html

import pytest
from typer.testing import CliRunner

from pdsa_cli.charts.geometry import wrap_at_most
from pdsa_cli.cli.app import app
from pdsa_cli.loader import load_workspace
from pdsa_cli.report import build_summary
from pdsa_cli.report.document import LEARNING_CHARS
from tests.conftest import EXAMPLE

SINCE = "2021-01-01"  # every cycle of the example with a Study in it


def _long_learnings() -> dict[str, str]:
    """Every learning of the example too long for one terminal line, by `pdsa show` name."""
    workspace = load_workspace(EXAMPLE).workspace
    found = {}
    for entry in workspace.cycles:
        study = entry.model.study
        text = study and (study.learning or study.results)
        if text and len(" ".join(text.split())) > LEARNING_CHARS:
            found[f"{entry.initiative}#{entry.model.number}"] = " ".join(text.split())
    return found


LONG = _long_learnings()


def test_the_example_has_long_learnings() -> None:
    assert len(LONG) >= 12  # the issue counted 12 cut in the seminar report


def _summary(runner: CliRunner, fmt: str, lang: str, width: int = 100) -> str:
    done = runner.invoke(
        app,
        [
            "--cycles",
            str(EXAMPLE),
            "summary",
            "--since",
            SINCE,
            "--format",
            fmt,
            "--lang",
            lang,
            "--no-charts",
        ],
        env={"COLUMNS": str(width)},
    )
    assert done.exit_code == 0, done.output
    return done.stdout


@pytest.mark.parametrize("lang", ["da", "en"])
def test_markdown_has_every_learning_whole(runner: CliRunner, lang: str) -> None:
    text = _summary(runner, "md", lang)
    for ref, learning in LONG.items():
        assert learning.replace("|", "\\|") in text, ref


@pytest.mark.parametrize("lang", ["da", "en"])
def test_html_has_every_learning_whole_folded_in_details(runner: CliRunner, lang: str) -> None:
    text = _summary(runner, "html", lang)
    for ref, learning in LONG.items():
        whole = html.escape(learning, quote=True)
        assert f"{whole}</details>" in text, ref


@pytest.mark.parametrize(("lang", "words"), [("da", "hele teksten"), ("en", "full text")])
def test_terminal_shortens_and_names_pdsa_show(runner: CliRunner, lang: str, words: str) -> None:
    # a wide screen, so only the learning column wraps; the table's borders taken out
    text = " ".join(_summary(runner, "terminal", lang, width=400).replace("│", " ").split())
    for ref in LONG:
        assert f"… ({words}: pdsa show {ref})" in text, ref


def test_api_row_holds_the_whole_learning() -> None:
    workspace = load_workspace(EXAMPLE).workspace
    summary = build_summary(workspace, since=dt.date(2021, 1, 1), today=dt.date(2023, 6, 1))
    rows = {
        row.ref: row.learning
        for m in summary.municipalities
        for i in m.initiatives
        for row in i.cycles
    }
    for ref, learning in LONG.items():
        assert rows[ref] == learning


def test_a_cut_subtitle_ends_in_an_ellipsis_at_a_whole_word() -> None:
    text = (
        "Andel af besøg, hvor medarbejderen ikke har brugt tid på dobbeltdokumentation, "
        "målt ved stikprøve hver uge af teamlederen i samarbejde med to medarbejdere "
        "fra aftenvagten, som ikke selv har deltaget i besøgene"
    )
    lines = wrap_at_most(text, 200.0, 9.0, 2)
    assert len(lines) == 2
    assert lines[-1].endswith("…")
    shown = " ".join(lines)[:-1]
    assert text.startswith(shown)  # the words shown are the sentence's own, in order
    assert text[len(shown)] in " ,"  # cut at a word boundary
    whole = wrap_at_most(text, 2000.0, 9.0, 2)
    assert whole == [text]  # wraps, no ellipsis, when it fits
