"""Text measured once per process, not once per figure.

matplotlib measures a text with FreeType each time a figure is drawn, and its cache lives with
one renderer: a report of 588 charts measured "jan." and "Kontrolgrænser" thousands of times, a
fifth of all drawing time. Its SVG renderer measures at one reference size and scales linearly
(`TextToPath.FONT_SCALE`), so one measure per text and font serves every size, and keeping it
for the process changes no number, only how often it is worked out.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import matplotlib.text
from matplotlib.font_manager import FontProperties, fontManager, get_font
from matplotlib.ft2font import LoadFlags
from matplotlib.textpath import TextToPath

_ORIGINAL = matplotlib.text.TextToPath


@dataclass(frozen=True)
class _Font:
    """What picks the font file (the size only scales the measures)."""

    family: tuple[str, ...]
    style: Any
    variant: Any
    weight: int | str
    stretch: int | str
    file: str | bytes | None

    @classmethod
    def of(cls, prop: FontProperties) -> _Font:
        return cls(
            tuple(prop.get_family()),
            prop.get_style(),
            prop.get_variant(),
            prop.get_weight(),
            prop.get_stretch(),
            prop.get_file(),
        )


@lru_cache(maxsize=65536)
def _measure(text: str, font: _Font) -> tuple[float, float, float]:
    """Width, height and descent of `text` at the reference size, as TextToPath measures."""
    prop = FontProperties(
        family=list(font.family),
        style=font.style,
        variant=font.variant,
        weight=font.weight,
        stretch=font.stretch,
        size=TextToPath.FONT_SCALE,
        fname=None if font.file is None else os.fsdecode(font.file),
    )
    face = get_font(fontManager._find_fonts_by_props(prop))
    face.set_size(TextToPath.FONT_SCALE, TextToPath.DPI)
    face.set_text(text, 0.0, flags=LoadFlags.NO_HINTING)
    width, height = face.get_width_height()
    return width / 64.0, height / 64.0, face.get_descent() / 64.0


class SharedTextToPath(TextToPath):
    """matplotlib's TextToPath whose plain-text measures are kept for the process."""

    def get_text_width_height_descent(self, s: str, prop: FontProperties, ismath: Any) -> Any:
        if ismath:  # mathtext and TeX: matplotlib's own way
            return super().get_text_width_height_descent(s, prop, ismath)
        scale = prop.get_size_in_points() / self.FONT_SCALE
        width, height, descent = _measure(s, _Font.of(prop))
        return width * scale, height * scale, descent * scale


SHARED = SharedTextToPath()


def text_size_pt(text: str, size: float, weight: str = "normal") -> tuple[float, float, float]:
    """Width, height and descent of one line of text, in points."""
    prop = FontProperties(size=size, weight=weight)
    width, height, descent = SHARED.get_text_width_height_descent(text, prop, False)
    return float(width), float(height), float(descent)


def line_extent_pt(line: str, size: float) -> tuple[float, float]:
    """How far one line of text reaches above and below its baseline, in points, as
    matplotlib lays it out (never less than "lp": Å reaches higher than a)."""
    _w, height, descent = text_size_pt(line, size)
    _w, lp_height, lp_descent = text_size_pt("lp", size)
    below = max(descent, lp_descent)
    return max(height, lp_height) - below, below


def text_height_pt(text: str, size: float, linespacing: float = 1.2) -> float:
    """The height of a text of one or more lines, in points, as matplotlib lays it out: each
    line `linespacing` times the font's ascent plus descent (its OS/2 or hhea table)."""
    return (text.count("\n") + 1) * linespacing * _em_height() * size


@lru_cache(maxsize=1)
def _em_height() -> float:
    """The default font's ascent plus descent, in ems (DejaVu Sans: 1)."""
    face = get_font(fontManager._find_fonts_by_props(FontProperties()))
    head = face.get_sfnt_table("head")
    em = float(head["unitsPerEm"]) if head is not None else 2048.0
    os2 = face.get_sfnt_table("OS/2")
    if os2 is not None:
        return float(os2["sTypoAscender"] - os2["sTypoDescender"]) / em
    hhea = face.get_sfnt_table("hhea")
    if hhea is not None:
        return float(hhea["ascent"] - hhea["descent"]) / em
    return 1.0


@contextmanager
def shared_metrics() -> Iterator[None]:
    """Renderers made inside (matplotlib's SVG and PDF renderers measure text through
    `matplotlib.text.TextToPath`) use the measures kept for the process."""
    matplotlib.text.TextToPath = SharedTextToPath  # type: ignore[misc]
    try:
        yield
    finally:
        matplotlib.text.TextToPath = _ORIGINAL  # type: ignore[misc]
