"""The presentation context of a workspace measure, and labels placed so they never collide."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from pdsa_cli.charts import chart_context_for_measure
from pdsa_cli.charts.formats import format_date, format_number, format_percent
from pdsa_cli.charts.geometry import stagger
from pdsa_cli.loader import load_workspace

FIXTURE = Path(__file__).parent / "fixtures" / "charts" / "workspace"


def test_context_for_a_measure_names_it_and_marks_its_cycles() -> None:
    workspace = load_workspace(FIXTURE).workspace
    context = chart_context_for_measure(workspace, "testby-rolige-besoeg", "da")
    assert context.title == "Andel rolige besøg"
    # Whose measure it is, in the title as drawn (ten municipalities' charts of one measure).
    assert context.shown_title == "Testby Kommune: Andel rolige besøg"
    assert context.subtitle == "Besøg hvor borgeren ikke blev urolig, blandt alle besøg i ugen."
    assert context.percent and context.unit == "andel"
    # The test at its Do start, the decision at its Act date (not the plan's date, and never
    # the decision at the Do start: PDSA 2 was adopted a month after its test began).
    assert [(c.date, c.label, c.decided, c.decision, c.adopted) for c in context.cycles] == [
        (dt.date(2021, 3, 1), "PDSA 1", dt.date(2021, 4, 1), "PDSA 1: tilpas", False),
        (dt.date(2021, 3, 15), "PDSA 2", dt.date(2021, 4, 15), "PDSA 2: indfør", True),
        (dt.date(2021, 5, 3), "PDSA 3", None, None, False),
    ]
    assert context.note and "illustrative" in context.note


def test_context_in_english_translates_decisions() -> None:
    workspace = load_workspace(FIXTURE).workspace
    context = chart_context_for_measure(workspace, "testby-dokumentation-min", "en")
    assert [c.decision for c in context.cycles] == ["PDSA 1: adapt", "PDSA 2: adopt", None]
    assert [c.decision_word for c in context.cycles] == ["adapt", "adopt", None]
    assert not context.percent and context.x_label == "Week (starting)"


def test_a_report_for_a_period_shows_only_what_was_decided_by_its_end() -> None:
    workspace = load_workspace(FIXTURE).workspace
    context = chart_context_for_measure(workspace, "testby-rolige-besoeg", "da")
    on = context.as_of(dt.date(2021, 4, 10))  # PDSA 1 decided, PDSA 2 tested, PDSA 3 not begun
    assert [(c.label, c.decision, c.adopted) for c in on.cycles] == [
        ("PDSA 1", "PDSA 1: tilpas", False),
        ("PDSA 2", None, False),
    ]


def test_numbers_and_dates_are_written_the_languages_way() -> None:
    assert format_number(1234.5, "da", 1) == "1.234,5"
    assert format_number(1234.5, "en", 1) == "1,234.5"
    assert format_percent(0.125, "da", 1.0) == "12,5\u00a0%"  # CLDR: never split from its number
    assert format_percent(12.5, "en", 100.0) == "12.5%"
    assert format_date(dt.date(2021, 5, 3), "da") == "3. maj 2021"
    assert format_date(dt.date(2021, 10, 3), "en") == "3 Oct 2021"
    assert format_date(dt.date(2021, 6, 3), "da") == "3. jun. 2021"  # one way, as in reports


labels = st.lists(
    st.tuples(st.floats(0, 100, allow_nan=False), st.floats(1, 30, allow_nan=False)),
    min_size=1,
    max_size=12,
)


@given(labels)
def test_labels_on_one_level_never_overlap(items: list[tuple[float, float]]) -> None:
    items.sort()
    positions, widths = [p for p, _w in items], [w for _p, w in items]
    slots = stagger(positions, widths, limit=130.0, max_levels=len(items))
    spans: dict[int, list[tuple[float, float]]] = {}
    for position, width, slot in zip(positions, widths, slots, strict=True):
        start = position - width if slot.align == "right" else position
        spans.setdefault(slot.level, []).append((start, start + width))
    for row in spans.values():
        row.sort()
        for (_s1, end), (start, _e2) in itertools.pairwise(row):
            assert start >= end


def test_the_percent_charts_are_the_proportion_chart_types() -> None:
    from pdsa_cli.charts.context import PERCENT_CHARTS
    from pdsa_cli.models.common import ChartType

    assert frozenset({ChartType.P.value, ChartType.PP.value}) == PERCENT_CHARTS


def test_charts_of_one_measure_in_several_municipalities_have_distinct_titles() -> None:
    from collections import defaultdict

    from pdsa_cli.charts import render_chart
    from tests.charts_build import SHIFT_Y, make_analysis
    from tests.conftest import EXAMPLE

    workspace = load_workspace(EXAMPLE).workspace
    by_name: dict[str, list[str]] = defaultdict(list)
    for measure_id, entry in workspace.measures.items():
        by_name[entry.model.name].append(measure_id)
    shared = max(by_name.values(), key=len)
    assert len(shared) >= 2, "the example has a measure in several municipalities"
    drawn = []
    for measure_id in shared:
        context = chart_context_for_measure(workspace, measure_id, "da")
        owner = workspace.municipalities[workspace.measures[measure_id].municipality or ""]
        figure = render_chart(make_analysis(SHIFT_Y), context)
        (title,) = figure.findobj(lambda a: a.get_gid() == "title")
        text = title.get_text().replace("\n", " ")  # type: ignore[attr-defined]
        assert owner.model.name in text
        drawn.append(text)
    assert len(set(drawn)) == len(drawn)
