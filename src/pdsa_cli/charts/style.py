"""Colours, markers and sizes: one place, so every chart looks the same.

The hues are Okabe & Ito's (2008), safe for the common colour-vision deficiencies, darkened where
needed so that every colour holds WCAG 2.1's contrast on the chart's white background and on its
shaded baseline: at least 4.5:1 for a colour that text is drawn in, 3:1 for lines and markers
(SC 1.4.3 and 1.4.11; tests/test_charts_contrast.py computes every colour a chart draws). A
signal's meaning is never in its colour alone: improvement, concern and a special cause without
a direction also differ in their marker's fill (design.md section 4; issue 25).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Okabe-Ito colours (as published; the drawn colours below are darkened where they must be).
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"

BACKGROUND = "#FFFFFF"
INK = "#1F2933"  # titles (14.8:1 on white)
TEXT = "#3E4C59"  # labels and ticks (8.8:1)
MUTED = "#5E6B78"  # captions, subtitles (5.5:1; was #7B8794, 3.7:1)
DATA = "#3E4C59"  # the data line and ordinary points
GRID = "#E4E7EB"  # decoration only: the values are on the axis
SPINE = "#7B8794"  # the axes' lines (3.7:1)
LIMIT = "#52606D"  # control limits (6.5:1)
BAND = "#F3F5F8"  # the area between the limits
BASELINE_SPAN = "#DCE3EA"  # drawn at half strength: #E8ECF1 over the band
EXCLUDED = "#65717E"  # the ring of a point left out of the calculations (5.0:1; was 2.5:1)
SIGNAL = "#B22222"  # a centre line whose runs rule fired, as qicharts2 draws it (6.7:1)
TARGET = "#047857"  # the target line, dotted (5.5:1; was #009E73, 3.4:1)
CYCLE = "#5A6774"  # a PDSA test, dashed (5.8:1; 4.9:1 on the baseline shading)
ADOPTED = "#1F2933"  # an adopted change: a dash-dot line, darker than a test's

# What a special cause means for the measure (the analysis' `variation` per point), as Making
# Data Count and NHSRplotthedots colour it: improvement blue, concern orange, a special cause
# without a direction purple. Under every rule set, not only MDC's.
IMPROVEMENT = BLUE  # 5.2:1
CONCERN = "#B45309"  # a dark orange (5.0:1; Okabe-Ito's #E69F00 is 2.3:1)
NEUTRAL = "#8F3F97"  # purple (6.3:1)
COMMON = "#65717E"  # grey (5.0:1, so the icon's white wave and letters hold 4.5:1)
VARIATION_COLOURS = {
    "improvement": IMPROVEMENT,
    "concern": CONCERN,
    "neutral": NEUTRAL,
    "common_cause": COMMON,
}
ASSURANCE_COLOURS = {"pass": IMPROVEMENT, "fail": CONCERN, "inconsistent": COMMON}


@dataclass(frozen=True)
class Fill:
    """How a signal's marker is filled, so its meaning shows without colour (WCAG 1.4.1)."""

    fillstyle: str  # matplotlib's: full, or bottom (the lower half in colour, the upper white)
    hollow: bool  # white inside a thick edge in the colour
    edge_width: float


# Improvement: a solid marker; concern: a hollow one with a thick edge; a special cause without
# a direction: the lower half filled.
VARIATION_FILLS = {
    "improvement": Fill("full", hollow=False, edge_width=0.7),
    "concern": Fill("full", hollow=True, edge_width=2.0),
    "neutral": Fill("bottom", hollow=False, edge_width=1.3),
}


def marker_look(variation: str) -> dict[str, Any]:
    """Line2D keywords for a signal marker of this meaning (a common-cause point that a rule
    flagged anyway is drawn as a special cause without a direction)."""
    meaning = meaning_of(variation)
    colour, fill = VARIATION_COLOURS[meaning], VARIATION_FILLS[meaning]
    if fill.hollow:
        return {"color": colour, "mfc": BACKGROUND, "mec": colour, "mew": fill.edge_width}
    if fill.fillstyle != "full":
        return {
            "color": colour,
            "fillstyle": fill.fillstyle,
            "mfc": colour,
            "mfcalt": BACKGROUND,
            "mec": colour,
            "mew": fill.edge_width,
        }
    return {"color": colour, "mfc": colour, "mec": BACKGROUND, "mew": fill.edge_width}


def meaning_of(variation: str) -> str:
    """improvement, concern or neutral: what a flagged point is drawn as."""
    return variation if variation in VARIATION_FILLS else "neutral"


# Text sizes in points at the default size (10 x 6 inches), chosen for the back of a seminar
# room and for A4 (docs/gallery.md, "Text sizes"): the tick labels are to the figure's width
# what ggplot2's axis text (0.8 x base_size 11 = 8.8 pt on a 7-inch plot) is in qicharts2 and
# NHSRplotthedots, and the smallest text prints at 7 pt or more when the chart is 17 cm wide.
FONT_TITLE = 15.0
FONT_SUBTITLE = 11.0
FONT_LABEL = 11.5
FONT_TICK = 11.0
FONT_SMALL = 10.5  # cycle, phase and edge labels, the legend, the caption

# Inches. 7 high (was 6): the larger text, the cycles' decisions and a legend naming every mark
# need room that the plot must not give up; 10 x 7 still fits an A4 page and a slide.
DEFAULT_SIZE = (10.0, 7.0)
# The size the text sizes above are for; a figure of another size scales them (`Sizes.k`), a
# figure taller than this keeps them and gives the plot the room.
FONT_REFERENCE = (10.0, 6.0)
DEFAULT_DPI = 150


@dataclass(frozen=True)
class RuleStyle:
    marker: str
    size: float


# A marker shape per rule, so the legend (and greyscale print) tells the rules apart.
RULE_STYLES: dict[str, RuleStyle] = {
    "outside_limits": RuleStyle("D", 7.0),
    "astronomical": RuleStyle("D", 7.0),
    "shift": RuleStyle("s", 6.5),
    "longest_run": RuleStyle("s", 6.5),
    "trend": RuleStyle("^", 7.5),
    "two_of_three": RuleStyle("P", 8.0),
    "four_of_five": RuleStyle("X", 7.5),
    "hugging": RuleStyle("h", 7.5),
}
OTHER_RULE = RuleStyle("*", 9.0)
# When a point is flagged by several rules, it shows the first of these.
RULE_PRIORITY = tuple(RULE_STYLES)


def rule_style(rule: str) -> RuleStyle:
    return RULE_STYLES.get(rule, OTHER_RULE)
