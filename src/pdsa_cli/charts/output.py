"""Figures to files and text: PNG, SVG or PDF, chosen by the file's suffix.

Metadata that changes on every run (dates, random ids) is left out, so a chart rendered twice
from the same data gives the same bytes and committed images only change when the chart does.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import tempfile
from pathlib import Path
from typing import Any

import matplotlib
from matplotlib.figure import Figure

from pdsa_cli.charts.style import DEFAULT_DPI

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
    with matplotlib.rc_context({"svg.hashsalt": "pdsa-cli", "svg.fonttype": "path"}):
        figure.savefig(buffer, format=fmt, dpi=dpi, metadata=_METADATA[fmt], facecolor="white")
    return buffer.getvalue()


def chart_svg(figure: Figure) -> str:
    """SVG text for embedding in HTML (text drawn as paths: it looks the same everywhere)."""
    svg = chart_bytes(figure, "svg").decode("utf-8")
    return svg[svg.index("<svg") :]  # without the XML prolog and doctype


def save_chart(figure: Figure, path: Path, dpi: float = DEFAULT_DPI) -> Path:
    """Write the figure to `path` in the format its suffix names, atomically (a reader never
    sees half a file). Raises ValueError for a suffix that is not png, svg or pdf."""
    fmt = format_of(path)
    if fmt is None:
        raise ValueError(f"unsupported chart format: {path.suffix!r}")
    data = chart_bytes(figure, fmt, dpi)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with contextlib.suppress(OSError):  # mkstemp's 0600 would hide the chart from the team
            os.chmod(temporary, _file_mode(path))
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def _file_mode(path: Path) -> int:
    """The mode a chart gets: the one it had, else a plain new file's (0644 under umask 022)."""
    with contextlib.suppress(OSError):
        return stat.S_IMODE(path.stat().st_mode)
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask
