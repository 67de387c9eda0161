"""Regenerate docs/gallery.md and its images from the example workspace.

    PYTHONPATH=src python docs/make_gallery.py            (from the repository root)

One chart of each of the twelve chart types: from the example workspace where its measures suit
the type (the others through `--chart`), and, for subgrouped data and rare events, which the
example's one-value-per-period measures do not hold, from the small CSV files in
docs/gallery/data/ (the `pdsa analyze` contract input). Plus the variants people ask about
(Making Data Count icons, phases at adopted changes, an English chart). Rendering is
deterministic, so the committed images only change when a chart does.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CYCLES = REPO / "cycles"
OUT = REPO / "docs" / "gallery"
DATA = OUT / "data"
PAGE = REPO / "docs" / "gallery.md"
DPI = 100
SIZE = (10.0, 5.6)


@dataclass(frozen=True)
class Shot:
    name: str
    heading: str
    why: str
    chart: str  # which chart type to pick a measure for
    lang: str = "da"
    rules: str | None = None
    phase_at_adopt: bool = False
    override: str | None = None  # --chart: draw the picked measure as another chart type
    csv: str | None = None  # a file in docs/gallery/data/ instead of a workspace measure
    title: str | None = None  # for a CSV file (a measure has its own name)
    subtitle: str | None = None
    freeze: int | None = None


SHOTS = (
    Shot(
        "run", "Seriediagram (run chart)", "Median, Anhøj's runs rules and the PDSA cycles.", "run"
    ),
    Shot("i", "I-kort (XmR)", "Individual values with 3-sigma limits and a frozen baseline.", "i"),
    Shot(
        "p", "P-kort", "A proportion: percent axis and limits that step with the denominator.", "p"
    ),
    Shot("u", "U-kort", "A rate per unit of exposure, limits stepping with the exposure.", "u"),
    Shot("c", "C-kort", "A count of events per period.", "c"),
    Shot(
        "mr",
        "MR-kort",
        "The moving ranges of an I chart's measure: how much each point differs from the one "
        "before.",
        "i",
        override="mr",
    ),
    Shot(
        "pp",
        "P′-kort (Laney)",
        "A proportion with large denominators, where a P chart's limits would be too tight "
        "(Laney's sigma_z widens them).",
        "p",
        override="pp",
    ),
    Shot("up", "U′-kort (Laney)", "The same correction for a rate.", "u", override="up"),
    Shot(
        "xbar",
        "X̄-kort",
        "Subgroups: five sampled visits a week, the weekly mean against limits from the pooled "
        "standard deviation (c4), the first 12 weeks as baseline.",
        "xbar",
        csv="dokumentation-pr-besoeg.csv",
        title="Dokumentationstid pr. besøg (5 besøg pr. uge)",
        subtitle="Minutter; gennemsnit pr. uge",
        freeze=12,
    ),
    Shot(
        "s",
        "S-kort",
        "The spread within the same weekly subgroups.",
        "s",
        csv="dokumentation-pr-besoeg.csv",
        title="Dokumentationstid pr. besøg: spredning inden for ugen",
        subtitle="Minutter; standardafvigelse pr. uge",
        freeze=12,
    ),
    Shot(
        "g",
        "G-kort",
        "Rare events: the number of care visits between two falls (a median centre line; "
        "higher is better).",
        "g",
        csv="besoeg-mellem-fald.csv",
        title="Besøg mellem to fald",
        subtitle="Antal plejebesøg siden forrige fald",
    ),
    Shot(
        "t",
        "T-kort",
        "Rare events in time: days between falls, transformed so the limits fit skewed waits.",
        "t",
        csv="dage-mellem-fald.csv",
        title="Dage mellem to fald",
        subtitle="Dage siden forrige fald",
    ),
    Shot(
        "mdc",
        "Making Data Count",
        "The NHS rules: improvement/concern colours and the variation and assurance icons.",
        "i",
        rules="mdc",
    ),
    Shot(
        "phases",
        "Faser ved fastholdte ændringer (--phase-at-adopt)",
        "A new phase, with its own centre line and limits, where a cycle adopted its change.",
        "p",
        phase_at_adopt=True,
    ),
    Shot("english", "In English (--lang en)", "The same chart in English.", "run", lang="en"),
)


def pick_measure(workspace: object, chart: str, phase_at_adopt: bool) -> str:
    """The first measure (by id) of that chart type, preferring ones with linked cycles and,
    for phases, an adopted change."""
    from pdsa_cli.models import Decision
    from pdsa_cli.workspace.index import Workspace

    assert isinstance(workspace, Workspace)
    candidates = sorted(m for m, e in workspace.measures.items() if e.model.chart.value == chart)
    if not candidates:
        raise SystemExit(f"no measure with chart type {chart!r} in {CYCLES}")

    def score(measure: str) -> tuple[int, int]:
        cycles = workspace.cycles_linked_to(measure)
        adopted = sum(
            1 for c in cycles if c.model.act is not None and c.model.act.decision is Decision.ADOPT
        )
        return (-(adopted if phase_at_adopt else 0), -len(cycles))

    return min(candidates, key=lambda m: (*score(m), m))


def render(workspace: object, shot: Shot) -> tuple[str, Path]:
    """Draw the shot; returns what `pdsa chart` is given (a measure id or a CSV path)."""
    from pdsa_cli.analysis import AnalysisOptions, analyse, read_series_csv
    from pdsa_cli.charts import ChartContext, render_chart, save_chart
    from pdsa_cli.charts.batch import render_measure
    from pdsa_cli.i18n import set_language

    set_language(shot.lang)  # type: ignore[arg-type]
    options = AnalysisOptions(chart=shot.override or (shot.chart if shot.csv else None))
    options = AnalysisOptions(**{**vars(options), "rules": shot.rules, "freeze": shot.freeze})
    out = OUT / f"{shot.name}.png"
    if shot.csv is not None:
        source = DATA / shot.csv
        context = ChartContext(
            title=shot.title or source.stem, subtitle=shot.subtitle, lang=shot.lang
        )  # type: ignore[arg-type]
        figure = render_chart(analyse(read_series_csv(source), options), context, size=SIZE)
        return source.relative_to(REPO).as_posix(), save_chart(figure, out, DPI)
    measure = pick_measure(workspace, shot.chart, shot.phase_at_adopt)
    figure = render_measure(
        workspace,
        measure,
        shot.lang,
        options,
        shot.phase_at_adopt,
        SIZE,  # type: ignore[arg-type]
    )
    return measure, save_chart(figure, out, DPI)


def command(shot: Shot, source: str) -> str:
    parts = ["pdsa", "--lang", shot.lang, "chart", source]
    if shot.override or shot.csv:
        parts += ["--chart", shot.override or shot.chart]
    if shot.freeze:
        parts += ["--freeze", str(shot.freeze)]
    if shot.rules:
        parts += ["--rules", shot.rules]
    if shot.phase_at_adopt:
        parts.append("--phase-at-adopt")
    if shot.title:
        parts += ["--title", f'"{shot.title}"']
    if shot.subtitle:
        parts += ["--subtitle", f'"{shot.subtitle}"']
    return " ".join([*parts, "--out", f"{shot.name}.png"])


HEADER = """# Chart gallery

Every chart below is drawn by `pdsa chart`: from the example workspace in `cycles/` (the
measurements there are illustrative), or, for subgrouped data and rare events, from the small
made-up CSV files in [gallery/data/](gallery/data/). Regenerate this page and its images with

    PYTHONPATH=src python docs/make_gallery.py

and every chart of the workspace with `pdsa chart --all --out-dir charts`.

What each chart shows: the measurements joined by a line; the centre line (median for run charts,
mean otherwise), solid, or dashed in red when a runs rule fired in its phase (as qicharts2 draws
it); control limits for SPC charts, step-wise where they vary with the subgroup size; points
flagged by a rule with a shape per rule, coloured and filled by what the analysis says they mean
for the measure, under every rule set: improvement solid blue, concern hollow orange, a special
cause without a direction half-filled purple (NHSRplotthedots' direction-aware colours, darkened
for contrast; the meaning never rests on colour alone); excluded points as grey rings; the
baseline shaded; phases separated, each with its own lines; the target dotted green; each PDSA
cycle linked to the measure as a dashed line where its test began (the Do start) and its decision
where it was made (the Act date: a triangle on the plot's edge and "PDSA 2: indfør"; an adopted
change also a solid dark line), labels staggered so they never overlap; the latest centre line,
limits and target valued at the right edge; a legend naming every kind of mark; a caption with
the chart type, the rule set, the number of points and the verdict in plain words.

### Colours and text sizes

Every colour a chart draws text in holds at least 4.5:1 against white and against the shaded
baseline, and every line and marker at least 3:1 (WCAG 2.1 AA, SC 1.4.3 and 1.4.11;
`tests/test_charts_contrast.py` computes the contrast of every text, line, marker and icon a
chart draws). The hues are Okabe and Ito's, darkened where they fell short: captions #5E6B78
(was #7B8794, 3.7:1), the target #047857 (was #009E73, 3.4:1), concern #B45309 (was #E69F00,
2.3:1), excluded points' rings #65717E (was 2.5:1), the runs signal's red #B22222 (the old
vermillion, 3.9:1, was also the colour of every signal).

Text sizes for a chart 10 inches wide and at least 6 high (smaller charts scale them down):
title 15 pt, subtitle 11 pt, axis labels 11.5 pt, tick labels 11 pt, and 10.5 pt for the cycle,
phase and edge labels, the legend and the caption (they were 14, 9.5, 9, 8.5 and 7.5 pt). The
reports' charts are now 10 x 7 inches (were 10 x 6), so the plot keeps its height beside the
larger text and a legend that names every mark. Why these sizes:

- **Against the R tools.** qicharts2 (`theme_bw()`) and NHSRplotthedots (`theme_minimal()`) keep
  ggplot2's base size of 11 pt: axis text 8.8 pt, titles 13.2 pt, on plots usually 7 inches
  wide, so their tick labels are 1.26 pt per inch of width. Ours were 0.85 pt per inch (8.5 pt
  on 10 inches); they are now 1.1 pt per inch, close to the R tools' proportion while leaving
  the plot room for the cycle labels, the legend and the caption that they do not draw.
- **The seminar room.** Shown 828 px wide in a report, the tick labels were 9.8 px, readable to
  about 3 m on a projector (issue 25); they are now 12.7 px, 30 % larger, so readable about 30 %
  further back. Charts in HTML are drawn as SVG with their text as text, so they also grow with
  the reader's zoom.
- **A4.** Printed 17 cm wide (an A4 page's text width), the smallest text is 7.0 pt, the least
  issue 25 asks for; a test keeps every chart text at 10.5 pt or more at the default size.

### Charts in words

A chart written as SVG (`pdsa chart x.svg`, and every chart in the HTML reports) keeps its text
as text, so it can be searched, selected, zoomed and read aloud, and says what it shows in words:
its `<title>` is the chart's title, its `<desc>` a short description (chart type, measure and
unit, period and number of points, the latest centre line, the signals and the verdict). Every
point carries its own `<title>`: its date and value, its note, the PDSA cycle then being tested
(from its Do start to its decision) and what a rule said of it; hovering over a point shows it,
and each point can be reached with the Tab key (no script needed). A series too long for a
marker per point has no per-point titles. Notes are shown as typed, with CPR-like numbers masked.

A chart of a workspace measure names its municipality in its title ("Ballerup Kommune:
Dokumentationstid pr. besøg"), so charts of one measure in several municipalities are told apart.
Small multiples (`pdsa_cli.charts.render_panels`) draw one measure in several municipalities on
one shared scale and time axis, each panel titled with its municipality, with dates under it.
"""


def main() -> int:
    from pdsa_cli.loader import load_workspace

    workspace = load_workspace(CYCLES).workspace
    sections = [HEADER]
    for shot in SHOTS:
        measure, path = render(workspace, shot)
        sections.append(
            f"## {shot.heading}\n\n{shot.why}\n\n    {command(shot, measure)}\n\n"
            f"![{shot.heading}](gallery/{path.name})\n"
        )
        print(path.relative_to(REPO))
    PAGE.write_text("\n".join(sections), encoding="utf-8")
    print(PAGE.relative_to(REPO))
    return 0


if __name__ == "__main__":
    sys.exit(main())
