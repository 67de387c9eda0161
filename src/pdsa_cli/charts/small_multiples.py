"""A small line chart of one series on a scale shared with others (the spread section's small
multiples), as plain SVG text: a few lines and a polyline need no matplotlib. It draws what it
is given; the words on it (the name, the axis labels) come from the report."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

PANEL_W, PANEL_H, PAD = 220, 90, 6


def panel_svg(
    name: str,
    values: Sequence[float],
    scale: tuple[float, float],
    labels: tuple[str, str],
    target: float | None = None,
) -> str:
    """`values` on the scale (low, high), its ends labelled `labels`, with a dashed target."""
    low, high = scale
    inner_h = PANEL_H - 2 * PAD - 14
    step = (PANEL_W - 2 * PAD - 34) / max(len(values) - 1, 1)

    def y(v: float) -> float:
        return PAD + 14 + inner_h * (1 - (v - low) / (high - low))

    title = escape(name)
    points = " ".join(f"{PAD + 34 + i * step:.1f},{y(v):.1f}" for i, v in enumerate(values))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {PANEL_W} {PANEL_H}" '
        f'width="{PANEL_W}" height="{PANEL_H}" role="img" aria-label="{title}">',
        f'<text x="{PAD}" y="{PAD + 8}" font-size="10" font-weight="bold">{title}</text>',
        f'<text x="{PAD}" y="{y(high) + 3:.1f}" font-size="8">{escape(labels[1])}</text>',
        f'<text x="{PAD}" y="{y(low):.1f}" font-size="8">{escape(labels[0])}</text>',
        f'<line x1="{PAD + 32}" y1="{y(high):.1f}" x2="{PAD + 32}" '
        f'y2="{y(low):.1f}" stroke="#999" stroke-width="0.5"/>',
    ]
    if target is not None:
        parts.append(
            f'<line x1="{PAD + 34}" y1="{y(target):.1f}" x2="{PANEL_W - PAD}" '
            f'y2="{y(target):.1f}" stroke="#1f6f43" stroke-dasharray="3 2" stroke-width="0.8"/>'
        )
    parts.append(f'<polyline points="{points}" fill="none" stroke="#1d4e89" stroke-width="1.4"/>')
    parts.append("</svg>")
    return "".join(parts)
