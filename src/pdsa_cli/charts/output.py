"""Figures to files and text: PNG, SVG or PDF, chosen by the file's suffix.

Metadata that changes on every run (dates, random ids) is left out, so a chart rendered twice
from the same data gives the same bytes and committed images only change when the chart does.
"""

from __future__ import annotations

import io
import re
from html import escape
from pathlib import Path
from typing import Any

import matplotlib
from matplotlib.figure import Figure

from pdsa_cli.charts.figure import ChartFigure
from pdsa_cli.charts.layers import STORY_GID, STORY_URL
from pdsa_cli.charts.metrics import shared_metrics
from pdsa_cli.charts.style import DEFAULT_DPI
from pdsa_cli.writing.output import write_output

FORMATS = ("png", "svg", "pdf")

_METADATA: dict[str, dict[str, Any]] = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None},
}


def format_of(path: Path) -> str | None:
    """The format named by `path`'s suffix, or None when it is not one we write."""
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def chart_bytes(figure: Figure, fmt: str, dpi: float = DEFAULT_DPI) -> bytes:
    """The figure encoded as `fmt` (png, svg or pdf). An SVG is `chart_svg`'s: text as text,
    with its <title>, <desc> and the points' stories."""
    if fmt == "svg":
        return (_XML_DECLARATION + chart_svg(figure) + "\n").encode("utf-8")
    buffer = io.BytesIO()
    targets = figure.findobj(lambda artist: artist.get_gid() == STORY_GID)
    for target in targets:  # their links are for the SVG writer only, never a PDF's
        target.set_visible(False)
    try:
        with shared_metrics():
            figure.savefig(buffer, format=fmt, dpi=dpi, metadata=_METADATA[fmt], facecolor="white")
    finally:
        for target in targets:
            target.set_visible(True)
    return buffer.getvalue()


_XML_DECLARATION = '<?xml version="1.0" encoding="utf-8" standalone="no"?>\n'


# Fonts a browser has that hold æøå, in the order we prefer them: DejaVu Sans is what the
# charts are laid out with (matplotlib ships it), so where it is installed the text sits
# exactly as drawn, and elsewhere a font of nearly the same width takes its place.
SVG_FONTS = ("DejaVu Sans", "Arial", "Helvetica")
_SVG_FAMILY = ", ".join(f"'{font}'" for font in SVG_FONTS) + ", sans-serif"
_SVG_STYLE = "*{stroke-linejoin: round; stroke-linecap: butt}"


def chart_svg(figure: Figure) -> str:
    """SVG text for embedding in HTML. Text stays text (`svg.fonttype: none`): searchable,
    read by screen readers, selectable, and no glyph outlines to carry. The font stack is
    said once, in the chart's own style sheet, not on every label."""
    buffer = io.BytesIO()
    settings: dict[str, Any] = {
        "svg.hashsalt": "pdsa-cli",
        "svg.fonttype": "none",
        "font.family": "sans-serif",
        "font.sans-serif": list(SVG_FONTS),
    }
    with matplotlib.rc_context(settings), shared_metrics():  # type: ignore[arg-type]
        figure.savefig(buffer, format="svg", metadata=_METADATA["svg"], facecolor="white")
    svg = buffer.getvalue().decode("utf-8")
    svg = _short_numbers(svg[svg.index("<svg") :])  # without the XML prolog and doctype
    svg = svg.replace(f"font-family: {_SVG_FAMILY}; ", "").replace(
        f"; font-family: {_SVG_FAMILY}", ""
    )
    svg = svg.replace(
        _SVG_STYLE, f"{_SVG_STYLE}\ntext{{font-family: {_SVG_FAMILY}}}{_POINT_STYLE}", 1
    )
    return _with_words(svg, figure)


# A focused point shows where it is (its story is its <title>, read by screen readers).
_POINT_STYLE = "\n.point:focus-visible{outline: 2px solid #1F2933; outline-offset: 1px}"
_STORY_LINK = re.compile(r'<a xlink:href="' + re.escape(STORY_URL) + r'(\d+)"[^>]*>')


def _with_words(svg: str, figure: Figure) -> str:
    """The SVG with the chart's <title> and <desc> first, and each point's link (see
    `layers.draw_story_targets`) made a focusable group titled with the point's story."""
    if not isinstance(figure, ChartFigure):  # the driver diagram: no words of its own
        return svg
    title, description, stories = figure.chart_title, figure.description, figure.stories
    head = svg.index(">", svg.index("<svg")) + 1
    words = "".join(
        f"\n <{tag}>{escape(text, quote=False)}</{tag}>"
        for tag, text in (("title", title), ("desc", description))
        if text
    )
    svg = svg[:head] + words + svg[head:]
    if not stories or _STORY_LINK.search(svg) is None:
        return svg

    def titled(match: re.Match[str]) -> str:
        story = escape(stories[int(match[1])], quote=False)
        return f'<g class="point" tabindex="0" pointer-events="all"><title>{story}</title>'

    # Only the story targets carry links (nothing else on a chart has a url), and text between
    # tags is escaped by matplotlib, so every "</a>" here closes one of them.
    return _STORY_LINK.sub(titled, svg).replace("</a>", "</g>")


# matplotlib writes coordinates with six decimals; a hundredth of a point (3.5 µm on paper) is
# finer than any screen or printer shows. Text between tags is never touched (matplotlib
# escapes `>` inside attributes, so every `>...<` is content or white space).
_CONTENT = re.compile(r"(>[^<]*<)")
_EXTRA_DECIMALS = re.compile(r"(?<=\.\d\d)\d+")


def _short_numbers(svg: str) -> str:
    """The SVG with every number in its markup cut to two decimals: smaller, and the report's
    pass for CPR-like numbers no longer wades through millions of digits."""
    parts = _CONTENT.split(svg)
    parts[::2] = [_EXTRA_DECIMALS.sub("", markup) for markup in parts[::2]]
    return "".join(parts)


def save_chart(figure: Figure, path: Path, dpi: float = DEFAULT_DPI) -> Path:
    """Write the figure to `path` in the format its suffix names, atomically (a reader never
    sees half a file; see `pdsa_cli.writing.output`). Raises ValueError for a suffix that is
    not png, svg or pdf, PdsaError when the file cannot be written."""
    fmt = format_of(path)
    if fmt is None:
        raise ValueError(f"unsupported chart format: {path.suffix!r}")
    return write_output(path, chart_bytes(figure, fmt, dpi))
