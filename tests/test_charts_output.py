"""Charts as files and text: the suffix picks the format, the bytes are what they claim."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pdsa_cli.charts import ChartContext, chart_bytes, chart_svg, render_chart, save_chart
from tests.charts_build import LONG_RUN, SHIFT_Y, make_analysis

MAGIC = {"png": b"\x89PNG\r\n\x1a\n", "pdf": b"%PDF-"}


def figure():  # type: ignore[no-untyped-def]
    analysis = make_analysis(SHIFT_Y, hits={1: [LONG_RUN]}, runs_signal=[True])
    return render_chart(analysis, ChartContext(title="Test", lang="da"), size=(6.0, 4.0))


def assert_valid(path: Path) -> None:
    """The file opens as what its suffix says (magic bytes, or an SVG root element)."""
    data = path.read_bytes()
    fmt = path.suffix.lstrip(".")
    if fmt == "svg":
        assert ET.fromstring(data).tag.endswith("svg")
    else:
        assert data.startswith(MAGIC[fmt])
        if fmt == "pdf":
            assert data.rstrip().endswith(b"%%EOF")


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_save_chart_writes_the_format_its_suffix_names(tmp_path: Path, fmt: str) -> None:
    path = save_chart(figure(), tmp_path / "sub" / f"chart.{fmt}")
    assert_valid(path)
    assert [p.name for p in path.parent.iterdir()] == [path.name], "no temporary file left"


def test_unknown_suffix_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unsupported"):
        save_chart(figure(), tmp_path / "chart.jpg")
    assert not list(tmp_path.iterdir())


def test_png_resolution_follows_dpi() -> None:
    import struct

    small, large = chart_bytes(figure(), "png", dpi=50), chart_bytes(figure(), "png", dpi=100)
    width_small, width_large = (struct.unpack(">I", data[16:20])[0] for data in (small, large))
    assert (width_small, width_large) == (300, 600)


def test_svg_text_embeds_inline_and_renders_identically_twice() -> None:
    svg = chart_svg(figure())
    assert svg.startswith("<svg") and "<?xml" not in svg
    ET.fromstring(svg)
    assert chart_bytes(figure(), "svg") == chart_bytes(figure(), "svg")
    assert chart_bytes(figure(), "pdf") == chart_bytes(figure(), "pdf")
