"""Figures to files and text: PNG, SVG or PDF, chosen by the file's suffix.

Metadata that changes on every run (dates, random ids) is left out, so a chart rendered twice
from the same data gives the same bytes and committed images only change when the chart does.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import matplotlib
from matplotlib.figure import Figure

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
    """The figure encoded as `fmt` (png, svg or pdf)."""
    buffer = io.BytesIO()
    settings: dict[str, Any] = {"svg.hashsalt": "pdsa-cli", "svg.fonttype": "path"}
    with matplotlib.rc_context(settings), shared_metrics():  # type: ignore[arg-type]
        figure.savefig(buffer, format=fmt, dpi=dpi, metadata=_METADATA[fmt], facecolor="white")
    return buffer.getvalue()


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
    return svg.replace(_SVG_STYLE, f"{_SVG_STYLE}\ntext{{font-family: {_SVG_FAMILY}}}", 1)


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
