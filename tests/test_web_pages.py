"""`pdsa serve`'s pages through HTTP: the programme, an initiative with its charts and ramp, a
measure with its table and log form, a cycle with its phases, a new cycle, the problems and the
reports; Danish first, English by `?lang=en`; a wrong value shown by its field, input kept."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from pdsa_cli.i18n.glossary import term
from pdsa_cli.loader import load_workspace
from tests.web_support import INITIATIVE, MEASURE, example_copy, form_fields, opened, snapshot


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return example_copy(tmp_path)


def test_the_programme_in_danish_then_english(root: Path) -> None:
    browser = opened(root)
    page = browser.get("/").text
    assert '<html lang="da">' in page
    assert "Kommuner og indsatser" in page and "Hørsholm" in page
    assert f'href="/initiative/{INITIATIVE}"' in page
    english = browser.get("/?lang=en").text
    assert '<html lang="en">' in english and "Municipalities and initiatives" in english
    assert f'href="/initiative/{INITIATIVE}?lang=en"' in english  # the switch stays on


def test_an_initiative_shows_its_aim_charts_and_ramp(root: Path) -> None:
    page = opened(root).get(f"/initiative/{INITIATIVE}").text
    entry = load_workspace(root).workspace.initiatives[INITIATIVE]
    assert entry.model.aim.statement.split()[0] in page
    charts = re.findall(
        r'<img class="chart" src="data:image/svg\+xml;base64,[^"]+" alt="([^"]+)"', page
    )
    assert len(charts) == 2 and all("Diagram over" in alt for alt in charts)
    for number in (1, 2, 3):
        assert f'href="/cycle/{INITIATIVE}/{number}"' in page
    for cycle in load_workspace(root).workspace.cycles_of(INITIATIVE):
        phase = term("cycle_status", cycle.model.status.value, "da")
        assert f"{cycle.model.title}</a> · {phase}</li>" in page


def test_logging_a_value_the_danish_way(root: Path) -> None:
    browser = opened(root)
    fields = form_fields(browser, f"/measure/{MEASURE}")
    answer = browser.post(
        f"/measure/{MEASURE}", data={**fields, "date": "01.12.2021", "value": "6,2"}
    )
    assert answer.status_code == 200
    assert "Målingen er gemt." in answer.text
    assert "<td>01.12.2021</td><td>6,2</td>" in answer.text
    saved = load_workspace(root).workspace.measures[MEASURE].model.measurements[-1]
    assert (saved.date.isoformat(), saved.value) == ("2021-12-01", 6.2)


@pytest.mark.parametrize(
    ("date", "value", "field", "message"),
    [
        ("01.13.2021", "6,2", "date", "01.13.2021"),
        ("01.12.2021", "seks", "value", "seks"),
        ("", "6,2", "date", "Skal udfyldes."),
        ("01.12.2999", "6,2", "_form", "fremtiden"),
    ],
)
def test_a_wrong_value_is_shown_by_its_field_with_the_input_kept(
    root: Path, date: str, value: str, field: str, message: str
) -> None:
    browser = opened(root)
    fields = form_fields(browser, f"/measure/{MEASURE}")
    before = snapshot(root)
    answer = browser.post(
        f"/measure/{MEASURE}", data={**fields, "date": date, "value": value, "note": "efter møde"}
    )
    assert answer.status_code == 400
    if field == "_form":
        assert re.search(r'<p class="error" role="alert">[^<]*' + message, answer.text)
    else:
        assert re.search(rf'<strong class="error" id="e-{field}">[^<]*{message}', answer.text)
        typed = date if field == "date" else value
        kept = f'name="{field}" type="text" value="{typed}" aria-invalid="true"'
        assert kept in answer.text
    assert 'value="efter møde"' in answer.text  # what was typed is still there
    assert snapshot(root) == before


def test_a_new_cycle_then_do_study_act_through_the_forms(root: Path) -> None:
    browser = opened(root)
    new = f"/initiative/{INITIATIVE}/new-cycle"
    made = browser.post(
        new,
        data={
            **form_fields(browser, new),
            "title": "Feedback om aftenen",
            "objective": "Prøve møderne om aftenen",
            "plan_date": "01.06.2021",
            "question1": "Kommer flere?",
            "prediction1": "Ja, 8 af 10",
        },
    )
    assert made.status_code == 200 and "Cyklussen er oprettet." in made.text
    cycle = str(made.url.path)
    assert cycle == f"/cycle/{INITIATIVE}/4"
    steps = [
        ("do", {"start": "02.06.2021", "what_happened": "Otte kom"}, "Afprøvningen er gemt."),
        ("study", {"date": "09.06.2021", "results": "8 af 10 kom"}, "Undersøgelsen er gemt."),
        ("act", {"date": "10.06.2021", "decision": "tilpas"}, "Beslutningen er gemt."),
    ]
    for phase, values, said in steps:
        answer = browser.post(f"{cycle}/{phase}", data={**form_fields(browser, cycle), **values})
        assert answer.status_code == 200, answer.text
        assert said in answer.text
    written = load_workspace(root).workspace.cycles_of(INITIATIVE)[-1].model
    assert written.plan.date.isoformat() == "2021-06-01"
    assert written.do is not None and written.do.start.isoformat() == "2021-06-02"
    assert written.act is not None and written.act.decision.value == "adapt"
    assert "Start den næste cyklus" in answer.text


def _new_cycle(browser: TestClient, **extra: str) -> str:
    new = f"/initiative/{INITIATIVE}/new-cycle"
    values = {"title": "Feedback om aftenen", "objective": "Prøve møderne om aftenen", **extra}
    made = browser.post(new, data={**form_fields(browser, new), **values})
    assert made.status_code == 200, made.text
    return str(made.url.path)


def test_the_problems_link_to_where_they_are_mended(root: Path) -> None:
    browser = opened(root)
    assert "pdsa validate finder ingen fejl" in browser.get("/problems").text
    cycle = _new_cycle(browser, plan_date="01.06.2021")
    do = {**form_fields(browser, cycle), "start": "02.06.2021"}
    assert browser.post(f"{cycle}/do", data=do).status_code == 200  # Do, with no prediction
    problems = load_workspace(root).problems
    assert [p.code for p in problems] == ["cycle-without-prediction"]
    page = browser.get("/problems").text
    assert problems[0].message("da") in page
    assert f'<a href="{cycle}">Ret det her</a>' in page
    assert "1 fejl eller advarsler" in browser.get("/").text


def test_a_wrong_decision_names_the_words_to_use(root: Path) -> None:
    browser = opened(root)
    cycle = _new_cycle(browser, plan_date="01.06.2021")
    for phase, values in (("do", {"start": "02.06.2021"}), ("study", {"results": "godt"})):
        browser.post(f"{cycle}/{phase}", data={**form_fields(browser, cycle), **values})
    before = snapshot(root)
    answer = browser.post(f"{cycle}/act", data={**form_fields(browser, cycle), "decision": "måske"})
    assert answer.status_code == 400
    assert re.search(r'id="e-decision">[^<]*indfør, tilpas, forkast', answer.text)
    assert 'value="måske"' in answer.text
    assert snapshot(root) == before


def test_the_seminar_summary_is_the_clis_report(root: Path) -> None:
    answer = opened(root).get("/report/summary")
    assert answer.status_code == 200
    assert answer.text.startswith("<!DOCTYPE html>")
    assert "<svg" in answer.text  # the charts inline


def test_english_everywhere_with_lang_en(root: Path) -> None:
    browser = opened(root)
    for path in (
        "/",
        f"/initiative/{INITIATIVE}",
        f"/measure/{MEASURE}",
        f"/cycle/{INITIATIVE}/1",
        "/problems",
    ):
        page = browser.get(f"{path}?lang=en").text
        assert '<html lang="en">' in page
        assert "Programmet" not in page and "The programme" in page


def test_a_taken_period_points_to_the_replace_box(root: Path) -> None:
    browser = opened(root)
    fields = form_fields(browser, f"/measure/{MEASURE}")
    before = snapshot(root)
    answer = browser.post(
        f"/measure/{MEASURE}", data={**fields, "date": "01.11.2021", "value": "7"}
    )
    assert answer.status_code == 400
    assert "der er allerede en måling for den periode" in answer.text
    assert "sæt kryds i &#39;Erstat målingen for samme periode&#39;" in answer.text
    assert snapshot(root) == before
    again = {**form_fields(browser, f"/measure/{MEASURE}"), "date": "01.11.2021", "value": "7"}
    assert browser.post(f"/measure/{MEASURE}", data={**again, "replace": "1"}).status_code == 200
    last = load_workspace(root).workspace.measures[MEASURE].model.measurements[-1]
    assert (last.date.isoformat(), last.value) == ("2021-11-01", 7)


def test_a_cycle_shows_its_predictions_against_the_data(root: Path) -> None:
    from pdsa_cli.predictions import score_cycle
    from pdsa_cli.predictions.text import study_lines

    workspace = load_workspace(root).workspace
    entry = next(c for c in workspace.cycles_of(INITIATIVE) if c.model.plan.predictions)
    measures = {id_: m.model for id_, m in workspace.measures.items()}
    lines = study_lines(score_cycle(entry, workspace), measures, "da")
    page = opened(root).get(f"/cycle/{INITIATIVE}/{entry.model.number}").text
    assert "Forudsigelserne holdt op mod data" in page
    for line in lines:
        assert f"<li>{html.escape(line, quote=True)}</li>" in page
