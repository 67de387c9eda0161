"""What a chart contains, read from the matplotlib Figure (golden content, not golden pixels)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text

from pdsa_cli.analysis.result import Analysis, Assurance, RuleHit, Variation, Verdict
from pdsa_cli.charts import ChartContext, CycleMarker, render_chart
from pdsa_cli.charts.formats import date_number
from pdsa_cli.charts.style import SIGNAL
from tests.charts_build import LONG_RUN, SHIFT_Y, make_analysis

CONTEXT = ChartContext(title="Dokumentationstid pr. besøg", unit="minutter", lang="da")


def by_gid(figure: Figure, gid: str) -> list[Artist]:
    return list(figure.findobj(lambda artist: artist.get_gid() == gid))


def one_line(figure: Figure, gid: str) -> Line2D:
    (line,) = by_gid(figure, gid)
    assert isinstance(line, Line2D)
    return line


def gids_starting(figure: Figure, prefix: str) -> list[Artist]:
    return list(figure.findobj(lambda a: str(a.get_gid() or "").startswith(prefix)))


def positions_of(analysis: Analysis, line: Line2D) -> set[int]:
    """1-based points whose (x, y) the line's markers sit on."""
    xs = np.asarray(date_number(analysis.x.astype("datetime64[D]")), dtype=float)
    found = set()
    for x, y in zip(line.get_xdata(), line.get_ydata(), strict=True):
        (index,) = np.flatnonzero((xs == x) & (analysis.y == y))
        found.add(int(index) + 1)
    return found


def tick_texts(figure: Figure, axis: str) -> list[str]:
    return [str(label.get_text()) for label in by_gid(figure, f"{axis}tick-label")]


def test_centre_line_is_solid_without_a_runs_signal() -> None:
    analysis = make_analysis(SHIFT_Y[:10])
    line = one_line(render_chart(analysis, CONTEXT), "centre-line-1")
    assert np.array_equal(line.get_ydata(), analysis.cl)
    assert line.get_linestyle() == "-"
    assert line.get_color() != SIGNAL


def test_centre_line_turns_dashed_and_coloured_with_a_runs_signal() -> None:
    analysis = make_analysis(SHIFT_Y, hits={1: [LONG_RUN]}, runs_signal=[True])
    line = one_line(render_chart(analysis, CONTEXT), "centre-line-1")
    assert np.array_equal(line.get_ydata(), analysis.cl)
    assert line.get_linestyle() == "--"
    assert line.get_color() == SIGNAL


def test_each_phase_has_its_own_centre_line_styled_by_its_own_signal() -> None:
    analysis = make_analysis(SHIFT_Y, parts=[10], runs_signal=[False, True])
    figure = render_chart(analysis, CONTEXT)
    first, second = one_line(figure, "centre-line-1"), one_line(figure, "centre-line-2")
    assert np.array_equal(first.get_ydata(), analysis.cl[:10])
    assert np.array_equal(second.get_ydata(), analysis.cl[10:])
    assert (first.get_linestyle(), second.get_linestyle()) == ("-", "--")
    assert by_gid(figure, "phase-2"), "a separator marks where phase 2 starts"


def test_highlighted_points_are_exactly_the_flagged_points() -> None:
    y = [*SHIFT_Y[:21], 40.0]
    hits = {
        1: [RuleHit("trend", (2, 3, 4, 5, 6))],
        2: [RuleHit("shift", (14, 15, 16, 17, 18, 19))],
    }
    analysis = make_analysis(y, chart="i", rules="ihi", parts=[10], sigma=1.5, hits=hits)
    figure = render_chart(analysis, CONTEXT)
    shown = set()
    for line in gids_starting(figure, "signal:"):
        assert isinstance(line, Line2D)
        shown |= positions_of(analysis, line)
    outside = {int(i) + 1 for i in np.flatnonzero(analysis.sigma_signal)}
    assert outside, "the hand-built series has a point outside its limits"
    assert shown == set(analysis.flagged()) | outside


def test_each_rule_has_its_own_marker_shape_and_legend_entry() -> None:
    hits = {1: [RuleHit("trend", (2, 3, 4, 5, 6)), RuleHit("shift", (12, 13, 14, 15, 16, 17))]}
    analysis = make_analysis(SHIFT_Y, rules="ihi", hits=hits)
    figure = render_chart(analysis, ChartContext(title="t", lang="en"))
    trend = one_line(figure, "signal:trend:neutral")
    shift = one_line(figure, "signal:shift:neutral")
    assert trend.get_marker() != shift.get_marker()
    labels = [str(text.get_text()) for text in by_gid(figure, "legend-label")]
    handles = [line for line in by_gid(figure, "legend-handle") if isinstance(line, Line2D)]
    shown = dict(zip(labels, (line.get_marker() for line in handles), strict=True))
    assert shown["Trend: 5+ up or down"] == trend.get_marker()
    assert shown["Shift: 6+ on one side"] == shift.get_marker()


def test_excluded_points_are_grey_hollow_and_not_highlighted() -> None:
    analysis = make_analysis(SHIFT_Y, hits={1: [LONG_RUN]}, excluded=[3, 15])
    figure = render_chart(analysis, CONTEXT)
    excluded = one_line(figure, "excluded")
    assert positions_of(analysis, excluded) == {3, 15}
    assert excluded.get_markerfacecolor() == "white"
    assert 15 not in positions_of(analysis, one_line(figure, "signal:longest_run:neutral"))


def test_one_annotation_per_linked_cycle_at_its_do_date() -> None:
    cycles = tuple(
        CycleMarker(dt.date(2021, 2, 1) + dt.timedelta(days=d), f"PDSA {k}", k)
        for k, d in enumerate((0, 3, 6, 40), start=1)
    )
    context = ChartContext(title="t", lang="en", cycles=cycles)
    figure = render_chart(make_analysis(SHIFT_Y), context)
    notes = [a for a in gids_starting(figure, "cycle-") if isinstance(a, Text)]
    assert len(notes) == len(cycles)
    do_dates = [date_number(np.datetime64(cycle.date, "D")) for cycle in cycles]
    for cycle, do_date in zip(cycles, do_dates, strict=True):
        (note,) = by_gid(figure, f"cycle-{cycle.number}")
        assert isinstance(note, Text)
        assert note.get_position()[0] == pytest.approx(do_date)
        assert note.get_text() == cycle.label
    line = one_line(figure, "cycle-lines-tested")  # one path, a break between the cycles
    assert [x for x in line.get_xdata() if np.isfinite(x)] == pytest.approx(
        [x for x in do_dates for x in (x, x)]
    )


def test_a_decision_is_drawn_at_its_act_date_and_the_test_at_its_do_start() -> None:
    do, act = dt.date(2021, 2, 1), dt.date(2021, 3, 8)
    tested = CycleMarker(
        dt.date(2021, 1, 18), "PDSA 1", 1, decided=dt.date(2021, 1, 25), decision="PDSA 1: tilpas"
    )
    adopted = CycleMarker(do, "PDSA 2", 2, adopted=True, decided=act, decision="PDSA 2: indfør")
    context = ChartContext(title="t", lang="da", cycles=(tested, adopted))
    figure = render_chart(make_analysis(SHIFT_Y), context)
    x = {day: date_number(np.datetime64(day, "D")) for day in (do, act)}
    (test,) = by_gid(figure, "cycle-2")
    (decision,) = by_gid(figure, "cycle-2-decision")
    assert isinstance(test, Text) and isinstance(decision, Text)
    assert (test.get_text(), test.get_position()[0]) == ("PDSA 2", pytest.approx(x[do]))
    assert (decision.get_text(), decision.get_position()[0]) == (
        "PDSA 2: indfør",
        pytest.approx(x[act]),
    )
    # The adoption: a dash-dot line at the Act date; every test: a dashed line at its Do start.
    adopted_line = one_line(figure, "cycle-lines-adopted")
    assert adopted_line.get_linestyle() == "-."
    assert [v for v in adopted_line.get_xdata() if np.isfinite(v)] == pytest.approx([x[act]] * 2)
    tested_xs = [v for v in one_line(figure, "cycle-lines-tested").get_xdata() if np.isfinite(v)]
    assert x[do] in tested_xs and x[act] not in tested_xs
    # Every decision (adapt as well as adopt) has a triangle on the plot's edge at its date.
    marks = one_line(figure, "cycle-decisions")
    assert len(marks.get_xdata()) == 2 and x[act] in list(marks.get_xdata())


def test_cycle_labels_close_in_time_do_not_overlap() -> None:
    cycles = tuple(
        CycleMarker(
            dt.date(2021, 3, 1) + dt.timedelta(days=2 * k),
            f"PDSA {k}",
            k,
            decided=dt.date(2021, 3, 2) + dt.timedelta(days=2 * k),
            decision=f"PDSA {k}: adapt",
        )
        for k in range(1, 5)
    )
    figure = render_chart(make_analysis(SHIFT_Y), ChartContext(title="t", cycles=cycles))
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    notes = [a for a in gids_starting(figure, "cycle-") if isinstance(a, Text)]
    assert len(notes) >= len(cycles)  # named, shortened where they crowd
    boxes = [Text.get_window_extent(note, renderer) for note in notes]  # the text, not its leader
    for i, first in enumerate(boxes):
        for second in boxes[i + 1 :]:
            assert not first.overlaps(second)


def test_many_cycles_get_shorter_labels_that_never_overlap_and_every_line() -> None:
    cycles = tuple(
        CycleMarker(
            dt.date(2021, 1, 4) + dt.timedelta(days=3 * k),
            f"PDSA {k}",
            k,
            decided=dt.date(2021, 1, 5) + dt.timedelta(days=3 * k),
            decision=f"PDSA {k}: adapt",
        )
        for k in range(1, 31)
    )
    figure = render_chart(make_analysis(SHIFT_Y), ChartContext(title="t", cycles=cycles))
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    notes = [a for a in gids_starting(figure, "cycle-") if isinstance(a, Text)]
    assert notes, "the cycles are still named"
    assert all("PDSA" not in str(note.get_text()) for note in notes), "shortened"
    boxes = [Text.get_window_extent(note, renderer) for note in notes]
    for i, first in enumerate(boxes):
        for second in boxes[i + 1 :]:
            assert not first.overlaps(second)
    line = one_line(figure, "cycle-lines-tested")
    assert len([x for x in line.get_xdata() if np.isfinite(x)]) == 2 * len(cycles)


def test_limits_are_drawn_for_spc_charts_only() -> None:
    run = render_chart(make_analysis(SHIFT_Y), CONTEXT)
    assert not gids_starting(run, "ucl-") and not gids_starting(run, "lcl-")
    spc = make_analysis(SHIFT_Y, chart="i", sigma=1.2)
    figure = render_chart(spc, CONTEXT)
    assert np.array_equal(one_line(figure, "ucl-1").get_ydata(), spc.ucl)
    assert np.array_equal(one_line(figure, "lcl-1").get_ydata(), spc.lcl)


def test_limits_that_vary_with_n_are_drawn_step_wise() -> None:
    sigma = np.linspace(0.03, 0.06, 22)
    analysis = make_analysis(np.array(SHIFT_Y) / 40, chart="p", sigma=sigma)
    line = one_line(render_chart(analysis, CONTEXT), "ucl-1")
    assert line.get_drawstyle() == "steps-mid"
    assert np.array_equal(line.get_ydata(), analysis.ucl)


def test_danish_month_names_with_lang_da() -> None:
    analysis = make_analysis(SHIFT_Y, start=dt.date(2021, 4, 5))
    danish = " ".join(tick_texts(render_chart(analysis, CONTEXT), "x"))
    english = " ".join(tick_texts(render_chart(analysis, ChartContext(title="t", lang="en")), "x"))
    assert "maj" in danish and "May" not in danish
    assert "May" in english and "maj" not in english


def test_percent_axis_for_proportions_with_the_languages_decimal_mark() -> None:
    analysis = make_analysis(np.array(SHIFT_Y) / 40, chart="p", sigma=0.03)
    texts = tick_texts(render_chart(analysis, ChartContext(title="t", lang="da")), "y")
    assert texts and all(t.endswith("\u00a0%") for t in texts if t)
    (edge,) = by_gid(render_chart(analysis, ChartContext(title="t", lang="da")), "edge-cl")
    assert isinstance(edge, Text)
    assert edge.get_text().startswith("CL ") and edge.get_text().endswith("\u00a0%")


def test_edge_labels_name_the_latest_lines_in_the_language() -> None:
    analysis = make_analysis([1.25, 1.5, 1.75, 2.0, 1.5], chart="i", sigma=0.5, target=3.0)
    figure = render_chart(analysis, CONTEXT)
    gids = ("edge-cl", "edge-ucl", "edge-lcl", "edge-target")
    texts = {gid: by_gid(figure, gid)[0] for gid in gids}
    assert texts["edge-target"].get_text() == "Målværdi 3"  # type: ignore[attr-defined]
    assert texts["edge-cl"].get_text() == "CL 1,60"  # type: ignore[attr-defined]
    assert texts["edge-ucl"].get_text() == "ØKG 3,10"  # type: ignore[attr-defined]
    assert one_line(figure, "target").get_linestyle() == ":"


def test_caption_gives_rule_set_points_and_verdict_in_plain_words() -> None:
    verdict = Verdict(Variation.IMPROVEMENT, Assurance.FAIL)
    analysis = make_analysis(
        SHIFT_Y, hits={1: [LONG_RUN]}, runs_signal=[True], verdict=verdict, direction="up"
    )
    (caption,) = by_gid(render_chart(analysis, ChartContext(title="t", lang="en")), "caption")
    text = caption.get_text().replace("\n", " ")  # type: ignore[attr-defined]
    assert "Run chart · Anhøj rules · 22 points" in text
    # the occurrence's own length and side, with its class (issue 23)
    assert "improvement: 12 points in a row above the centre line" in text
    assert "direction of improvement" in text
    assert "will not meet the target" in text


def test_mdc_charts_draw_their_icons_and_colour_improvement() -> None:
    variation = ["common_cause"] * 15 + ["improvement"] * 7
    hits = {1: [RuleHit("shift", tuple(range(16, 23)))]}
    verdict = Verdict(Variation.IMPROVEMENT, Assurance.PASS)
    analysis = make_analysis(
        SHIFT_Y,
        chart="i",
        rules="mdc",
        sigma=3.0,
        hits=hits,
        variation=variation,
        verdict=verdict,
        target=10,
    )
    figure = render_chart(analysis, CONTEXT)
    assert by_gid(figure, "icon-variation") and by_gid(figure, "icon-assurance")
    assert one_line(figure, "signal:shift:improvement").get_color() == "#0072B2"
    plain = render_chart(make_analysis(SHIFT_Y, chart="i", sigma=3.0), CONTEXT)
    assert not by_gid(plain, "icon-variation")


def test_baseline_is_marked_when_later_points_are_judged_against_it() -> None:
    frozen = render_chart(make_analysis(SHIFT_Y, chart="i", sigma=1.0, baseline=12), CONTEXT)
    assert by_gid(frozen, "baseline")
    unfrozen = render_chart(make_analysis(SHIFT_Y, chart="i", sigma=1.0), CONTEXT)
    assert not by_gid(unfrozen, "baseline")


def test_label_and_number_axes_render_without_dates() -> None:
    labels = np.array([f"uge {k}" for k in range(1, 23)], dtype=object)
    analysis = make_analysis(SHIFT_Y, x=labels, x_kind="label")
    texts = tick_texts(render_chart(analysis, CONTEXT), "x")
    assert "uge 1" in texts
    numbers = make_analysis(SHIFT_Y, x=np.arange(1.0, 23.0), x_kind="number")
    assert one_line(render_chart(numbers, CONTEXT), "centre-line-1").get_xdata()[0] == 1.0
