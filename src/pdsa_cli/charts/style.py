"""Colours, markers and sizes: one place, so every chart looks the same.

The palette is Okabe & Ito's (2008), safe for the common colour-vision deficiencies; every
signal also changes the marker's shape, so a chart stays readable in greyscale print.
"""

from __future__ import annotations

from dataclasses import dataclass

# Okabe-Ito colours.
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"

INK = "#1F2933"  # titles
TEXT = "#3E4C59"  # labels and ticks
MUTED = "#7B8794"  # captions, subtitles
DATA = "#3E4C59"  # the data line and ordinary points
GRID = "#E4E7EB"
LIMIT = "#52606D"
BAND = "#F3F5F8"  # the area between the limits
BASELINE_SPAN = "#DCE3EA"
EXCLUDED = "#9AA5B1"
SIGNAL = VERMILLION
TARGET = BLUISH_GREEN
CYCLE = "#616E7C"
ADOPTED = BLUISH_GREEN

# Making Data Count: improvement blue, concern orange, special cause without direction purple.
VARIATION_COLOURS = {
    "improvement": BLUE,
    "concern": ORANGE,
    "neutral": REDDISH_PURPLE,
    "common_cause": "#A0A8B1",
}
ASSURANCE_COLOURS = {"pass": BLUE, "fail": ORANGE, "inconsistent": "#A0A8B1"}

FONT_TITLE = 14.0
FONT_SUBTITLE = 9.5
FONT_LABEL = 9.0
FONT_TICK = 8.5
FONT_SMALL = 7.5

DEFAULT_SIZE = (10.0, 6.0)  # inches: fits a slide and an A4 page
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
