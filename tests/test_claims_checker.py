"""Every claim in every report, checked against the data by an independent checker (issue 23).

Hypothesis generates small workspaces (one measure, one adopted change) with shifts up and down,
trends, spikes on either side, short series and ties on the centre line, both directions of
improvement, run and I charts; each is run through the CLI as a user would (the seminar summary
in Markdown and HTML, the closing report, `pdsa analyze`) in Danish or English, and
:mod:`tests.claims_checker` recomputes by brute force what may be claimed and checks every
sentence. The example workspace's own reports are checked the same way in test_example_*.
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from tests.claims_checker import Report, check_change, check_text, truth_of
from tests.summary_support import cycle, initiative, measure, municipality, write

START = dt.date(2022, 1, 3)
EXAMPLES = int(os.environ.get("PDSA_CLAIMS_EXAMPLES", "200"))
TOTALS = Report()


@st.composite
def series(draw: st.DrawFn) -> tuple[list[float], int]:
    """Values with a pattern in them, and the index where the change was first tested."""
    n = draw(st.one_of(st.integers(3, 9), st.integers(10, 36)))
    level = draw(st.integers(10, 40))
    noise = draw(st.lists(st.integers(-2, 2), min_size=n, max_size=n))  # ties on the line
    y = [float(level + e) for e in noise]
    pattern = draw(st.sampled_from(["flat", "shift", "trend", "spike", "shift_spike"]))
    at = draw(st.integers(0, n - 1))
    size = draw(st.integers(3, 15)) * draw(st.sampled_from([1, -1]))
    if pattern in ("shift", "shift_spike"):
        y = [v + (size if i >= at else 0) for i, v in enumerate(y)]
    if pattern == "trend":
        y = [v + (size / 4) * max(0, i - at) for i, v in enumerate(y)]
    if pattern in ("spike", "shift_spike"):
        for i in draw(st.lists(st.integers(0, n - 1), max_size=3, unique=True)):
            y[i] += draw(st.sampled_from([-1, 1])) * draw(st.integers(20, 60))
    y = [max(v, 0.0) for v in y]
    do_index = draw(st.integers(0, n - 1))
    return y, do_index


def _workspace(root: Path, y: list[float], chart: str, direction: str, do: dt.date) -> None:
    write(
        root / "programme.yaml",
        "programme",
        {"name": "Tjek", "language": "da", "tracks": [{"id": 1, "name": "Spor"}]},
    )
    municipality(root, "ballerup", "Ballerup Kommune")
    initiative(root, "ballerup", "indsats", {"statement": "Bedre", "measure": "maal"})
    measure(
        root,
        "ballerup",
        "indsats",
        "maal",
        name="Målingen",
        unit="min",
        chart=chart,
        direction=direction,
        measurements=[{"date": START + dt.timedelta(weeks=i), "value": v} for i, v in enumerate(y)],
    )
    cycle(
        root,
        "ballerup",
        "indsats",
        1,
        do=do,
        study=do + dt.timedelta(days=7),
        act=(do + dt.timedelta(days=8), "adopt"),
        measures=["maal"],
    )


def _invoke(runner: CliRunner, *args: str) -> str:
    done = runner.invoke(app, list(args))
    assert done.exit_code == 0, done.output
    return done.stdout


def _html_text(page: str) -> str:
    """The page's text; a class tag before a sentence reads as its label ("improvement: ...")."""
    page = re.sub(r"<(style|script|svg)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r'(<span class="tag [^"]*">[^<]*)</span>', r"\1: ", page)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,  # the same workspaces in every run: CI stays reproducible
    phases=(Phase.explicit, Phase.generate),  # a failure is printed as found, not shrunk
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    drawn=series(),
    chart=st.sampled_from(["run", "i"]),
    direction=st.sampled_from(["up", "down", "neutral"]),
    lang=st.sampled_from(["da", "en"]),
)
def test_every_claim_in_every_report_holds(
    drawn: tuple[list[float], int], chart: str, direction: str, lang: str
) -> None:
    y, do_index = drawn
    dates = [START + dt.timedelta(weeks=i) for i in range(len(y))]
    do = dates[do_index]
    truth = truth_of(dates, y, chart, direction)
    runner = CliRunner()
    report = Report()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "cycles"
        _workspace(root, y, chart, direction, do)
        base = ["--cycles", str(root), "--lang", lang]
        summary = ["summary", "--since", "2021-12-01", "--no-charts", "--no-cache"]
        markdown = _invoke(runner, *base, *summary, "--format", "md")
        page = Path(folder) / "summary.html"
        _invoke(runner, *base, *summary, "--format", "html", "--out", str(page))
        final = Path(folder) / "final.md"
        _invoke(runner, *base, "summary", "--final", "--no-charts", "--out", str(final))
        analysed = _invoke(runner, *base, "analyze", "maal")
        texts = {
            "summary.md": markdown,
            "summary.html": _html_text(page.read_text(encoding="utf-8")),
            "final.md": final.read_text(encoding="utf-8"),
            "analyze": analysed,
        }
    for name, text in texts.items():
        before = len(report.problems)
        check_text(_series_part(name, text), lang, truth, do, report)
        for problem in report.problems[before:]:
            report.problems[report.problems.index(problem)] = f"{name}: {problem}"
    check_change(markdown, truth, do, "Test 1**", report)
    for kind, n in report.checked.items():
        TOTALS.checked[kind] = TOTALS.checked.get(kind, 0) + n
    assert not report.problems, (y, chart, direction, lang, do, report.problems)


def _series_part(name: str, text: str) -> str:
    """The part of a report that speaks of the series (the summary's change verdict line is
    checked on its own, by check_change)."""
    if name.startswith("summary"):
        return "\n".join(line for line in text.splitlines() if "Test 1**" not in line)
    return text


def teardown_module() -> None:
    if os.environ.get("PDSA_CLAIMS_STATS"):
        print("\nclaims checked:", dict(sorted(TOTALS.checked.items())))
