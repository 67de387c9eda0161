"""Small multiples name their municipality and share a readable time axis and scale
(issue 25, item 5, the chart side)."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

from matplotlib.figure import Figure
from matplotlib.text import Text

from pdsa_cli.charts import chart_svg
from pdsa_cli.charts.multiples import Panel, SharedScale, render_panels
from pdsa_cli.charts.style import FONT_SMALL

SVG = "{http://www.w3.org/2000/svg}"
WEEKS = tuple(dt.date(2022, 9, 5) + dt.timedelta(weeks=k) for k in range(16))
SCALE = SharedScale(
    "Dokumentationstid pr. besøg", 6.0, 14.0, WEEKS[0], WEEKS[-1], unit="minutter", lang="da"
)
PANELS = (
    Panel("Ballerup Kommune", WEEKS, tuple(12.0 - k * 0.25 for k in range(16)), target=9.0),
    Panel("Sønderborg Kommune", WEEKS[4:], tuple(8.0 + (k % 3) for k in range(12))),
)


def texts(figure: Figure, gid: str) -> list[str]:
    found = figure.findobj(lambda a: isinstance(a, Text) and a.get_gid() == gid)
    return [str(t.get_text()) for t in found if isinstance(t, Text)]


def test_each_panel_names_its_municipality_in_the_picture_and_in_words() -> None:
    figures = render_panels(PANELS, SCALE)
    for panel, figure in zip(PANELS, figures, strict=True):
        assert texts(figure, "panel-title") == [panel.municipality]
        root = ET.fromstring(chart_svg(figure))
        title, desc = root.find(f"{SVG}title"), root.find(f"{SVG}desc")
        assert title is not None and title.text == f"{panel.municipality}: {SCALE.measure}"
        assert desc is not None and desc.text and panel.municipality in desc.text
    first = ET.fromstring(chart_svg(figures[0])).find(f"{SVG}desc")
    assert first is not None and first.text == (
        "Dokumentationstid pr. besøg i Ballerup Kommune: 16 punkter fra 5. sep. 2022 til "
        "19. dec. 2022, seneste 8,25 minutter."
    )


def test_panels_share_one_time_axis_and_one_scale_with_readable_labels() -> None:
    figures = render_panels(PANELS, SCALE)
    dates = [texts(figure, "xtick-label") for figure in figures]
    values = [texts(figure, "ytick-label") for figure in figures]
    assert len(dates[0]) >= 2 and dates[0] == dates[1]  # a time axis, the same on every panel
    assert any("2022" in label for label in dates[0]) and "okt." in " ".join(dates[0])
    assert len(values[0]) >= 2 and values[0] == values[1]  # one scale: heights compare
    for figure in figures:
        sizes = [t.get_fontsize() for t in figure.findobj(Text) if str(t.get_text()).strip()]
        assert min(sizes) >= FONT_SMALL  # was 8 px; prints at 7 pt or more


def test_each_panel_point_tells_its_date_and_value() -> None:
    root = ET.fromstring(chart_svg(render_panels(PANELS, SCALE)[1]))
    stories = [
        "".join(g.find(f"{SVG}title").itertext())  # type: ignore[union-attr]
        for g in root.iter(f"{SVG}g")
        if g.get("class") == "point"
    ]
    assert len(stories) == 12
    assert stories[0] == "3. okt. 2022: 8 minutter"
