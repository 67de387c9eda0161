"""Making Data Count's variation and assurance icons, drawn with patches (no image files).

Variation: grey with a wave for common cause; blue (improvement), orange (concern) or purple
(special cause without a direction) with H or L for a high or low latest point.
Assurance: blue P (will meet the target), orange F (will not), grey ? (hit and miss).
"""

from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Circle

from pdsa_cli.analysis.result import Analysis
from pdsa_cli.charts import style
from pdsa_cli.i18n import Lang, translate

ICON_IN = 0.5  # icon diameter in inches


def _high_or_low(analysis: Analysis) -> str:
    """H or L: where the latest point lies against its centre line."""
    valid = np.flatnonzero(np.isfinite(analysis.y))
    if valid.size == 0:
        return "H"
    last = int(valid[-1])
    return "H" if analysis.y[last] >= analysis.cl[last] else "L"


def _variation_symbol(analysis: Analysis) -> tuple[str, str]:
    variation = analysis.verdict.variation.value
    colour = style.VARIATION_COLOURS[variation]
    return colour, "" if variation == "common_cause" else _high_or_low(analysis)


def _assurance_symbol(analysis: Analysis) -> tuple[str, str] | None:
    assurance = analysis.verdict.assurance
    if assurance is None or analysis.verdict.says != "target":
        return None  # too few points, or a process that left its limits: no target verdict
    letter = {"pass": "P", "fail": "F", "inconsistent": "?"}[assurance.value]
    return style.ASSURANCE_COLOURS[assurance.value], letter


def draw_icons(
    fig: Figure, analysis: Analysis, lang: Lang, right_in: float, top_in: float, k: float
) -> None:
    """Icons in the top-right corner; `right_in`/`top_in` is that corner in inches."""
    if analysis.verdict.says == "too_few":
        return  # no icon claims a class the data cannot carry (design.md section 9)
    icons: list[tuple[str, str, str, str]] = []
    colour, letter = _variation_symbol(analysis)
    icons.append(("icon-variation", colour, letter, translate("charts.icon.variation", lang)))
    assurance = _assurance_symbol(analysis)
    if assurance is not None:
        icons.append(("icon-assurance", *assurance, translate("charts.icon.assurance", lang)))
    width, height = fig.get_size_inches()
    slot = ICON_IN * 1.9 * k
    for place, (gid, colour, letter, caption) in enumerate(reversed(icons)):
        left = right_in - (place + 1) * slot
        ax = fig.add_axes(
            (left / width, (height - top_in - slot) / height, slot / width, slot / height),
            gid=gid,
        )
        _draw_icon(ax, colour, letter, caption, k)


def _draw_icon(ax: Axes, colour: str, letter: str, caption: str, k: float) -> None:
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_axis_off()
    ax.add_patch(Circle((0.5, 0.6), 0.26, facecolor="white", edgecolor=colour, lw=2.2))
    ax.add_patch(Circle((0.5, 0.6), 0.19, facecolor=colour, edgecolor="none"))
    if letter:
        ax.text(
            0.5,
            0.6,
            letter,
            ha="center",
            va="center_baseline",
            color="white",
            fontsize=11 * k,
            fontweight="bold",
        )
    else:  # common cause: a calm wave
        t = np.linspace(-0.12, 0.12, 40)
        ax.plot(0.5 + t, 0.6 + 0.05 * np.sin(t * 40), color="white", lw=1.8)
    ax.text(
        0.5,
        0.12,
        caption,
        ha="center",
        va="bottom",
        fontsize=style.FONT_SMALL * k,
        color=style.TEXT,
    )
