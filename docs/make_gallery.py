"""Regenerate docs/gallery.md and its images from the example workspace.

    PYTHONPATH=src python docs/make_gallery.py            (from the repository root)

One chart of each chart type the example uses, plus the variants people ask about (Making Data
Count icons, phases at adopted changes, an English chart). Rendering is deterministic, so the
committed images only change when a chart does.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CYCLES = REPO / "cycles"
OUT = REPO / "docs" / "gallery"
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


SHOTS = (
    Shot("run", "Seriediagram (run chart)", "Median, Anhøj's runs rules and the PDSA cycles.", "run"),
    Shot("i", "I-kort (XmR)", "Individual values with 3-sigma limits and a frozen baseline.", "i"),
    Shot("p", "P-kort", "A proportion: percent axis and limits that step with the denominator.", "p"),
    Shot("u", "U-kort", "A rate per unit of exposure, limits stepping with the exposure.", "u"),
    Shot("c", "C-kort", "A count of events per period.", "c"),
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
    from pdsa_cli.workspace import Workspace

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
    from pdsa_cli.analysis import AnalysisOptions
    from pdsa_cli.charts import save_chart
    from pdsa_cli.charts.batch import render_measure
    from pdsa_cli.i18n import set_language

    set_language(shot.lang)  # type: ignore[arg-type]
    measure = pick_measure(workspace, shot.chart, shot.phase_at_adopt)
    options = AnalysisOptions(rules=shot.rules) if shot.rules else None
    figure = render_measure(
        workspace, measure, shot.lang, options, shot.phase_at_adopt, SIZE  # type: ignore[arg-type]
    )
    return measure, save_chart(figure, OUT / f"{shot.name}.png", DPI)


def command(shot: Shot, measure: str) -> str:
    parts = ["pdsa", "--lang", shot.lang, "chart", measure]
    if shot.rules:
        parts += ["--rules", shot.rules]
    if shot.phase_at_adopt:
        parts.append("--phase-at-adopt")
    return " ".join([*parts, "--out", f"{shot.name}.png"])


HEADER = """# Chart gallery

Every chart below is drawn by `pdsa chart` from the example workspace in `cycles/` (the
measurements there are illustrative). Regenerate this page and its images with

    PYTHONPATH=src python docs/make_gallery.py

and every chart of the workspace with `pdsa chart --all --out-dir charts`.

What each chart shows: the measurements joined by a line; the centre line (median for run charts,
mean otherwise), solid, or dashed in orange-red when a runs rule fired in its phase; control limits
for SPC charts, step-wise where they vary with the subgroup size; points flagged by a rule in the
signal colour *and* a shape per rule (so the chart reads in greyscale and for colour-blind readers;
the Okabe-Ito palette), named in the legend; excluded points as grey rings; the baseline shaded;
phases separated, each with its own lines; the target dotted green; the PDSA cycles linked to the
measure at their Do dates (adopted changes in green, labels staggered so they never overlap); the
latest centre line, limits and target valued at the right edge; a caption with the chart type, the
rule set, the number of points and the verdict in plain words.
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
