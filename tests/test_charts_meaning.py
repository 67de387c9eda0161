"""Signals are drawn by what they mean, under every rule set, and never by colour alone; the
legend names every kind of mark, each looking different (issue 25, item 3)."""

from __future__ import annotations

import datetime as dt

import pytest
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from pdsa_cli.analysis.result import RuleHit
from pdsa_cli.charts import ChartContext, CycleMarker, render_chart
from pdsa_cli.charts.style import SIGNAL
from tests.charts_build import SHIFT_Y, make_analysis

RULE_SETS = ("anhoej", "ihi", "weco", "mdc")


def lines_by_gid(figure: Figure) -> dict[str, Line2D]:
    found = figure.findobj(lambda a: isinstance(a, Line2D) and a.get_gid() is not None)
    return {str(line.get_gid()): line for line in found if isinstance(line, Line2D)}


def look(line: Line2D) -> tuple[object, ...]:
    """What tells one mark from another beside its colour: shape, fill, line style."""
    return (
        line.get_marker(),
        line.get_fillstyle(),
        line.get_markerfacecolor() == "#FFFFFF",  # hollow
        line.get_linestyle(),
    )


def improvement_then_concern(rules: str) -> Figure:
    """A shift down (concern: higher is better) and later a shift up (improvement)."""
    y = [15, 14, 16, 15, 15, 9, 8, 9, 10, 9, 8, 9, 21, 22, 20, 21, 22, 21, 20, 22]
    hits = {1: [RuleHit("shift", tuple(range(6, 13))), RuleHit("trend", tuple(range(13, 21)))]}
    variation = ["common_cause"] * 5 + ["concern"] * 7 + ["improvement"] * 8
    analysis = make_analysis(y, rules=rules, hits=hits, variation=variation)
    return render_chart(analysis, ChartContext(title="t", lang="da"))


@pytest.mark.parametrize("rules", RULE_SETS)
def test_improvement_and_concern_differ_by_colour_and_by_fill_under_every_rule_set(
    rules: str,
) -> None:
    lines = lines_by_gid(improvement_then_concern(rules))
    concern, improvement = lines["signal:shift:concern"], lines["signal:trend:improvement"]
    assert improvement.get_color() == "#0072B2"  # blue, as NHSRplotthedots
    assert improvement.get_markerfacecolor() == improvement.get_color()  # solid
    assert concern.get_markerfacecolor() == "#FFFFFF"  # hollow, its edge in the colour
    assert concern.get_markeredgecolor() == concern.get_color() != improvement.get_color()
    assert SIGNAL not in (improvement.get_color(), concern.get_color())


@pytest.mark.parametrize("rules", RULE_SETS)
def test_the_same_rule_is_told_apart_by_meaning_not_only_by_colour(rules: str) -> None:
    y = [15, 14, 16, 15, 15, 9, 8, 9, 10, 9, 8, 21, 22, 20, 21, 22, 21]
    hits = {1: [RuleHit("shift", tuple(range(6, 12))), RuleHit("shift", tuple(range(12, 18)))]}
    variation = ["common_cause"] * 5 + ["concern"] * 6 + ["improvement"] * 6
    analysis = make_analysis(y, rules=rules, hits=hits, variation=variation)
    lines = lines_by_gid(render_chart(analysis, ChartContext(title="t", lang="en")))
    concern, improvement = lines["signal:shift:concern"], lines["signal:shift:improvement"]
    assert concern.get_marker() == improvement.get_marker()  # the rule: one shape
    assert look(concern) != look(improvement)  # the meaning: a different fill too


def test_the_legend_names_each_meaning_drawn_as_the_points_are() -> None:
    figure = improvement_then_concern("anhoej")
    labels = [str(t.get_text()) for t in figure.findobj(lambda a: a.get_gid() == "legend-label")]
    handles = [h for h in figure.findobj(lambda a: a.get_gid() == "legend-handle")]
    legend = dict(zip(labels, handles, strict=True))
    lines = lines_by_gid(figure)
    for name, gid in (
        ("Forbedring", "signal:trend:improvement"),
        ("Bekymring", "signal:shift:concern"),
    ):
        entry, drawn = legend[name], lines[gid]
        assert isinstance(entry, Line2D)
        assert entry.get_markerfacecolor() == drawn.get_markerfacecolor()
        assert entry.get_markeredgecolor() == drawn.get_markeredgecolor()


def test_tests_adoptions_decisions_target_and_baseline_each_look_different_in_the_legend() -> None:
    cycles = (
        CycleMarker(
            dt.date(2021, 2, 1), "PDSA 1", 1, decided=dt.date(2021, 2, 22), decision="PDSA 1: adapt"
        ),
        CycleMarker(
            dt.date(2021, 3, 1),
            "PDSA 2",
            2,
            adopted=True,
            decided=dt.date(2021, 4, 5),
            decision="PDSA 2: adopt",
        ),
    )
    analysis = make_analysis(SHIFT_Y, chart="i", sigma=2.0, baseline=8, target=16.0)
    figure = render_chart(analysis, ChartContext(title="t", lang="en", cycles=cycles))
    labels = [str(t.get_text()) for t in figure.findobj(lambda a: a.get_gid() == "legend-label")]
    handles = [h for h in figure.findobj(lambda a: a.get_gid() == "legend-handle")]
    legend = dict(zip(labels, handles, strict=True))
    names = ("PDSA: test begins", "Change adopted", "Decision", "Target", "Baseline", "Centre line")
    assert set(names) <= set(legend)
    looks = set()
    for name in names:
        entry = legend[name]
        assert isinstance(entry, Line2D)
        looks.add((*look(entry), entry.get_color()))
    assert len(looks) == len(names)
    target, adopted = legend["Target"], legend["Change adopted"]
    assert isinstance(target, Line2D) and isinstance(adopted, Line2D)
    assert target.get_color() != adopted.get_color()  # no longer the target's green
    assert target.get_linestyle() != adopted.get_linestyle()
