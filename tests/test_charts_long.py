"""A long series draws as a readable picture in bounded time: a thin line through the lowest
and highest point of each narrow stretch, no marker per ordinary point, signals still marked."""

from __future__ import annotations

import numpy as np

from pdsa_cli.analysis import AnalysisOptions, Series, analyse
from pdsa_cli.charts import ChartContext, chart_bytes, render_chart
from pdsa_cli.charts.layers import BINS, DENSE, envelope


def gids(figure) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {line.get_gid(): line for ax in figure.axes for line in ax.get_lines()}


def test_envelope_keeps_each_stretchs_extremes_and_gaps() -> None:
    rng = np.random.default_rng(1)
    y = rng.normal(0.0, 1.0, 200_000)
    y[1234] = 50.0
    y[99_999] = -50.0
    y[150_000:150_010] = np.nan
    keep = envelope(y, bins=1000)
    assert len(keep) <= 2 * 1000 + 1000 + 2
    assert {0, 1234, 99_999, 150_000, len(y) - 1} <= set(keep.tolist())
    assert np.all(np.diff(keep) > 0), "in order, once each"
    stretch = np.arange(len(y)) * 1000 // len(y)
    for group in (0, 417, 999):
        inside = np.flatnonzero(stretch == group)
        values = y[inside]
        chosen = y[np.intersect1d(keep, inside)]
        assert np.nanmax(values) == np.nanmax(chosen)
        assert np.nanmin(values) == np.nanmin(chosen)


def test_short_series_keep_every_point() -> None:
    y = np.arange(4 * BINS, dtype=float)
    assert envelope(y).tolist() == list(range(4 * BINS))


def test_a_long_series_has_a_thin_line_and_no_marker_per_point() -> None:
    rng = np.random.default_rng(2)
    y = rng.normal(10.0, 1.0, 100_000)
    y[50_000] = 30.0  # outside the limits: still marked
    analysis = analyse(Series.from_values(y), AnalysisOptions(chart="i"))
    figure = render_chart(analysis, ChartContext(title="Lang serie", lang="da"))
    lines = gids(figure)
    assert "points" not in lines
    data = lines["data-line"]
    assert data.get_linewidth() < 1.0  # type: ignore[attr-defined]
    assert len(data.get_xdata()) <= 2 * BINS + 2  # type: ignore[attr-defined]
    outside = lines["signal:outside_limits:neutral"]  # no direction: no improvement or concern
    assert 50_000 in np.asarray(outside.get_xdata()).astype(int) - 1  # type: ignore[attr-defined]
    assert chart_bytes(figure, "png").startswith(b"\x89PNG")


def test_a_series_of_ordinary_length_keeps_its_markers() -> None:
    y = np.sin(np.arange(DENSE, dtype=float))
    analysis = analyse(Series.from_values(y), AnalysisOptions(chart="i"))
    lines = gids(render_chart(analysis, ChartContext(title="Kort", lang="da")))
    assert "points" in lines
    assert len(lines["data-line"].get_xdata()) == DENSE  # type: ignore[attr-defined]
