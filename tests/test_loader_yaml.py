"""The loader on inline YAML: what users wrote is what the models get, with lines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from pdsa_cli.errors import Severity
from pdsa_cli.i18n import translate
from pdsa_cli.loader import load_workspace
from pdsa_cli.models import Cycle
from pdsa_cli.workspace.model_errors import findings_from
from pdsa_cli.workspace.yamltree import read_yaml
from tests.loader_corpus import BASE

CYCLE = """\
# yaml-language-server: $schema=../../../schemas/cycle.schema.json
number: 3
title: Mødet på Åbrinken
plan:
  date: 2021-05-03
  objective: yes
  who: no
  when: 12:30
  where: 0123
  what: 1e3
  questions:
    - question: on
do:
  start: 2021-05-04
"""


def test_yaml_11_surprises_keep_the_text_the_user_wrote() -> None:
    tree = read_yaml(CYCLE.encode())
    cycle = Cycle.model_validate(tree.data)
    plan = cycle.plan
    assert (plan.objective, plan.who, plan.when, plan.where, plan.what) == (
        "yes",
        "no",
        "12:30",
        "0123",
        "1e3",
    )
    assert plan.questions[0].question == "on"
    assert cycle.title == "Mødet på Åbrinken"
    assert plan.date == dt.date(2021, 5, 3)
    assert cycle.number == 3


def test_line_map_follows_the_node_tree() -> None:
    tree = read_yaml(CYCLE.encode())
    assert tree.lines[("number",)] == 2
    assert tree.lines[("plan", "when")] == 8
    assert tree.lines[("plan", "questions", 0)] == 12
    assert tree.lines[("do", "start")] == 14


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a:\nb: ~\nc: null\nd: ''\n", {"a": None, "b": None, "c": None, "d": ""})],
)
def test_empty_values_are_none_but_quoted_empty_text_is_text(text: str, expected: object) -> None:
    assert read_yaml(text.encode()).data == expected


def test_a_byte_order_mark_is_fine() -> None:
    assert read_yaml("\ufefftitle: Ældre\n".encode()).data == {"title": "Ældre"}


def test_numbers_and_booleans_are_coerced_where_the_model_wants_them() -> None:
    result = load_workspace(BASE)
    assert result.problems == []
    ws = result.workspace
    assert ws.initiatives["feedback"].model.track == 1
    assert ws.measures["hoert"].model.measurements[2].note == "no"
    assert ws.measures["dokumentation"].model.measurements[0].value == 12.5
    assert ws.programme is not None and ws.programme.model.illustrative_data is True


def test_entries_know_their_lines_and_owners() -> None:
    ws = load_workspace(BASE).workspace
    cycle = ws.cycles_of("feedback")[0]
    assert (cycle.municipality, cycle.initiative) == ("solby", "feedback")
    assert cycle.line("act", "decision") == 23
    assert cycle.line("act", "missing-key") == 21  # the nearest parent


def test_every_file_is_read_even_after_bad_ones(tmp_path: Path) -> None:
    (tmp_path / "programme.yaml").write_text("name: [\n", encoding="utf-8")
    folder = tmp_path / "a" / "b"
    folder.mkdir(parents=True)
    (tmp_path / "a" / "municipality.yaml").write_text("name: A\n", encoding="utf-8")
    (folder / "initiative.yaml").write_text("- x\n", encoding="utf-8")
    (folder / "cycle-01-x.yaml").write_text("number: x\n", encoding="utf-8")
    codes = sorted(p.code for p in load_workspace(tmp_path).problems)
    assert codes == [
        "missing-field",  # municipality: contact_role
        "missing-field",  # cycle: plan
        "missing-field",  # cycle: title
        "not-a-mapping",
        "wrong-type",  # cycle: number
        "yaml-syntax",
    ]
    assert all(p.severity is Severity.ERROR for p in load_workspace(tmp_path).problems)


def test_messages_are_danish_and_english() -> None:
    tree = read_yaml(b"number: 1\ntitle: x\nplan:\n  objectiv: y\n")
    with pytest.raises(ValidationError) as caught:
        Cycle.model_validate(tree.data)
    findings = findings_from(caught.value.errors(include_url=False), Cycle)
    unknown = next(f for f in findings if f.code == "unknown-key")
    assert translate("problem.unknown-key", "da", **unknown.detail) == (
        "ukendt nøgle 'objectiv' (mente du 'objective'?)."
    )
    assert translate("problem.unknown-key", "en", **unknown.detail) == (
        "unknown key 'objectiv' (did you mean 'objective'?)."
    )


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_reading_never_raises(raw: bytes) -> None:
    tree = read_yaml(raw)
    assert tree.data is None or isinstance(tree.data, dict)
    assert tree.data is not None or tree.findings


@settings(max_examples=100, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("ab:-[]{}&*!#'\" \n\t0123456789æø")), max_size=120)
)
def test_yaml_like_noise_is_reported_not_raised(text: str) -> None:
    tree = read_yaml(("number: 1\nplan:\n  objective: " + text).encode())
    if tree.data is not None:
        try:
            Cycle.model_validate(tree.data)
        except ValidationError as exc:
            assert findings_from(exc.errors(include_url=False), Cycle)


@pytest.mark.parametrize(
    ("text", "line", "danish", "english"),
    [
        ("name: Møde: kl. 10\n", 1, "et kolon for meget", "a colon too many"),
        ("name: 'Møde\nunit: x\n", 3, "anførselstegn er åbnet", "quote is opened"),
        ("measures: [a, b\n", 2, "'[' mangler sin ']'", "'[' is missing its ']'"),
        ("name: x\n- b\n", 2, "indrykningen passer ikke", "indentation does not match"),
        ("name: @x\n", 1, "skal i anførselstegn", "needs quotes"),
    ],
)
def test_yaml_slips_are_explained_in_plain_words(
    text: str, line: int, danish: str, english: str
) -> None:
    from pdsa_cli.errors import Problem
    from pdsa_cli.workspace.yamltree import read_yaml

    [finding] = read_yaml(text.encode()).findings
    problem = Problem(finding.code, Severity.ERROR, "cycle.yaml", finding.line, "", finding.detail)
    assert (problem.code, problem.line) == ("yaml-syntax", line)
    assert danish in problem.message("da") and english in problem.message("en")


def test_an_unusual_yaml_complaint_is_passed_on_as_the_parser_said_it() -> None:
    from pdsa_cli.workspace.yamltree import explain_syntax

    assert explain_syntax("expected <block end>, but found '?'") == (
        "expected <block end>, but found '?'"
    )
