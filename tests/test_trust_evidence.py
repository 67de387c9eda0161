"""Issue 23: every claim about a change is built from signal occurrences (design.md section 9).

The six wrong claims a new user found, each as a small workspace run through the CLI as she ran
it, in Danish and English: a shift after an adopted change, a run's length and side, points
outside the limits per side, the Sønderborg crossings, a three-point measure, and a
documentation aim the programme never made.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from tests.summary_support import cycle, initiative, measure, municipality, write

D = dt.date
FALLS_START = D(2022, 9, 1)
FALLS_DO = D(2022, 10, 10)  # the change is tested from here ...
FALLS_ADOPTED = D(2022, 11, 8)  # ... and adopted here
LANGS = ("da", "en")


def _programme(root: Path, **extra: object) -> None:
    write(
        root / "programme.yaml",
        "programme",
        {
            "name": "Styrket Sammenhæng",
            "language": "da",
            "tracks": [{"id": 1, "name": "Overgange"}],
            "seminars": [{"number": 1, "date": D(2023, 2, 1)}],
            **extra,
        },
    )


def _weekly(start: dt.date, values: Sequence[float]) -> list[dict[str, object]]:
    return [{"date": start + dt.timedelta(weeks=i), "value": v} for i, v in enumerate(values)]


def _workspace(
    root: Path,
    values: Sequence[float],
    *,
    direction: str = "down",
    chart: str = "run",
    start: dt.date = FALLS_START,
    do: dt.date = FALLS_DO,
    act: dt.date = FALLS_ADOPTED,
    extra_programme: dict[str, object] | None = None,
    data_type: str = "count",
) -> Path:
    """One municipality, one initiative, measure `fald` and a ramp of two cycles: cycle 1 tests
    the change from `do`, cycle 2 adopts it on `act`."""
    _programme(root, **(extra_programme or {}))
    municipality(root, "ballerup", "Ballerup Kommune")
    initiative(root, "ballerup", "faldforebyggelse", {"statement": "Færre fald", "measure": "fald"})
    measure(
        root,
        "ballerup",
        "faldforebyggelse",
        "fald",
        name="Fald pr. uge",
        unit="fald",
        data_type=data_type,
        chart=chart,
        direction=direction,
        measurements=_weekly(start, values),
    )
    cycle(root, "ballerup", "faldforebyggelse", 1, do=do, measures=["fald"])
    path = root / "ballerup" / "faldforebyggelse" / "cycle-01-test.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text
        + f"study:\n  date: {act - dt.timedelta(days=7)}\n  results: Færre fald\n"
        + f"act:\n  date: {act - dt.timedelta(days=6)}\n  decision: adapt\n",
        encoding="utf-8",
    )
    cycle(
        root,
        "ballerup",
        "faldforebyggelse",
        2,
        do=act - dt.timedelta(days=5),
        study=act - dt.timedelta(days=1),
        act=(act, "adopt"),
        measures=["fald"],
    )
    _previous(root / "ballerup" / "faldforebyggelse" / "cycle-02-test.yaml", 1)
    return root


def _previous(path: Path, number: int) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("number: 2\n", f"number: 2\nprevious: {number}\n"), "utf-8")


def _run(runner: CliRunner, root: Path, *args: str) -> str:
    done = runner.invoke(app, ["--cycles", str(root), *args])
    assert done.exit_code == 0, done.output
    return done.stdout


def _summary(runner: CliRunner, root: Path, lang: str, fmt: str = "md") -> str:
    return _run(
        runner,
        root,
        "summary",
        "--since",
        "2022-08-01",
        "--format",
        fmt,
        "--lang",
        lang,
        "--no-charts",
        "--no-cache",
    )


def _final(runner: CliRunner, root: Path, lang: str, tmp: Path) -> str:
    out = tmp / f"final-{lang}.md"
    _run(runner, root, "summary", "--final", "--lang", lang, "--no-charts", "--out", str(out))
    return out.read_text(encoding="utf-8")


FALLS = [30, 31, 29, 32, 30, 28, 31, 30, 29, 32, 20, 21, 19, 20, 22, 18, 21, 20, 19, 21]
WORDS = {
    "da": {
        "supported": "understøttet af data",
        "not_yet": "endnu ikke vist i data",
        "before": "begyndte, før afprøvningen begyndte",
        "run_below": "forbedring: 10 punkter i træk under centerlinjen "
        "(10. nov. 2022 – 12. jan. 2023)",
        "twenty": "20 punkter i træk",
    },
    "en": {
        "supported": "supported by data",
        "not_yet": "not yet shown in the data",
        "before": "began before testing began",
        "run_below": "improvement: 10 points in a row below the centre line "
        "(10 Nov 2022 – 12 Jan 2023)",
        "twenty": "20 points in a row",
    },
}


# Six baseline points and ten after: the first eight after the change lie below the median.
FALLS_6 = [30, 28, 31, 30, 29, 32, 18, 19, 17, 20, 18, 19, 17, 20, 22, 23]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("values", [FALLS, FALLS_6], ids=["baseline-10", "baseline-6"])
def test_a_shift_after_an_adopted_change_supports_it(
    runner: CliRunner, tmp_path: Path, lang: str, values: list[float]
) -> None:
    # the more baseline a team collects, the same verdict
    start = FALLS_START + dt.timedelta(weeks=len(FALLS) - len(values))
    root = _workspace(tmp_path / "cycles", values, start=start)
    words = WORDS[lang]
    text = _summary(runner, root, lang)
    spread = text[text.index("Klar til spredning" if lang == "da" else "Ready to spread") :]
    verdict = next(line for line in spread.splitlines() if "Test 2" in line)
    assert words["supported"] in verdict and words["not_yet"] not in verdict
    assert words["before"] not in spread
    assert words["twenty"] not in text
    if values == FALLS:
        assert words["run_below"] in text
    final = _final(runner, root, lang, tmp_path)
    assert words["twenty"] not in final and words["before"] not in final


@pytest.mark.parametrize("lang", LANGS)
def test_analyze_gives_each_run_its_own_length_side_and_points(
    runner: CliRunner, tmp_path: Path, lang: str
) -> None:
    root = _workspace(tmp_path / "cycles", FALLS)
    text = _run(runner, root, "--lang", lang, "analyze", "fald")
    if lang == "da":
        assert "bekymring: 10 punkter i træk over centerlinjen (punkt 1-10)" in text
        assert "forbedring: 10 punkter i træk under centerlinjen (punkt 11-20)" in text
    else:
        assert "concern: 10 points in a row above the centre line (points 1-10)" in text
        assert "improvement: 10 points in a row below the centre line (points 11-20)" in text
    assert "20 punkter" not in text and "20 points" not in text
    as_json = json.loads(_run(runner, root, "analyze", "fald", "--json"))
    runs = [o for o in as_json["occurrences"] if o["rule"] == "longest_run"]
    assert [(o["first"], o["last"], o["length"], o["side"], o["class"]) for o in runs] == [
        (1, 10, 10, "above", "concern"),
        (11, 20, 10, "below", "improvement"),
    ]
    assert runs[1]["first_x"] == "2022-11-10" and runs[1]["last_x"] == "2023-01-12"


@pytest.mark.parametrize("lang", LANGS)
def test_a_rise_on_a_higher_is_better_measure_is_above_the_line(
    runner: CliRunner, tmp_path: Path, lang: str
) -> None:
    rising = [20, 21, 19, 20, 22, 18, 21, 20, 19, 21, 30, 31, 29, 32, 30, 28, 31, 30, 29, 32]
    root = _workspace(tmp_path / "cycles", rising, direction="up")
    text = _summary(runner, root, lang)
    above, below = ("over", "under") if lang == "da" else ("above", "below")
    assert f"10 {'punkter i træk' if lang == 'da' else 'points in a row'} {above}" in text
    improvement = "forbedring" if lang == "da" else "improvement"
    assert (
        f"{improvement}: 10 {'punkter i træk' if lang == 'da' else 'points in a row'} {below}"
        not in text
    )


@pytest.mark.parametrize("lang", LANGS)
def test_points_outside_the_limits_are_counted_and_classed_per_side(
    runner: CliRunner, tmp_path: Path, lang: str
) -> None:
    # lower is better: three points far above the upper limit after the test (worse), one far
    # below the lower limit before it (better): never "4 points ... improvement"
    calm = [20, 20.5, 19.5, 20.25, 19.75] * 6
    values = [60.0 if i in (15, 19, 23) else 2.0 if i == 4 else v for i, v in enumerate(calm)]
    root = _workspace(tmp_path / "cycles", values, chart="i", data_type="value")
    text = _summary(runner, root, lang)
    if lang == "da":
        assert "bekymring: 3 punkter over den øvre kontrolgrænse" in text
        assert "forbedring: 1 punkt under den nedre kontrolgrænse" in text
        assert "4 punkt" not in text
        assert "bekymring, efter at afprøvningen begyndte" in text
    else:
        assert "concern: 3 points above the upper control limit" in text
        assert "improvement: 1 point below the lower control limit" in text
        assert "4 point" not in text
        assert "concern after testing began" in text
    assert WORDS[lang]["supported"] not in text


SONDERBORG = [26, 24, 25, 27, 23, 25, 19, 18, 20, 17, 19, 18]


@pytest.mark.parametrize("lang", LANGS)
def test_crossings_are_said_alike_in_the_evidence_column_and_the_spread_section(
    runner: CliRunner, tmp_path: Path, lang: str
) -> None:
    root = _workspace(
        tmp_path / "cycles", SONDERBORG, start=D(2022, 8, 1), do=D(2022, 9, 5), act=D(2022, 10, 7)
    )
    analysed = _run(runner, root, "--lang", lang, "analyze", "fald")
    crossing = "krydser centerlinjen for få gange" if lang == "da" else "crosses the centre line"
    assert crossing in analysed
    final = _final(runner, root, lang, tmp_path)
    common = "ingen signaler" if lang == "da" else "no signals"
    assert common not in final
    evidence_row = next(line for line in final.splitlines() if "Færre fald" in line)
    assert crossing in evidence_row
    # the seminar summary's verdict on the change: the process changed, not "it improved"
    summary = _summary(runner, root, lang)
    changed = "data viser en ændring" if lang == "da" else "the data show a change"
    assert changed in next(line for line in summary.splitlines() if "Test 2**" in line)
    assert crossing in summary and common not in summary
    assert WORDS[lang]["supported"] not in summary + final


@pytest.mark.parametrize("lang", LANGS)
def test_three_points_are_too_few_everywhere_and_say_why(
    runner: CliRunner, tmp_path: Path, lang: str
) -> None:
    # 3 points, one on the median: 2 useful
    root = _workspace(tmp_path / "cycles", [4, 5, 6], start=D(2022, 11, 10))
    why = (
        "for få punkter til at vurdere: 2 brugbare af mindst 10 "
        "(punkter på centerlinjen tæller ikke)"
        if lang == "da"
        else "too few points to judge: 2 useful of at least 10 "
        "(points on the centre line do not count)"
    )
    for text in (
        _final(runner, root, lang, tmp_path),
        _summary(runner, root, lang),
        _run(runner, root, "--lang", lang, "analyze", "fald"),
    ):
        assert why in text
        assert ("ingen signaler" if lang == "da" else "no signals") not in text


@pytest.mark.parametrize("lang", LANGS)
def test_no_documentation_aim_the_programme_did_not_make(
    runner: CliRunner, tmp_path: Path, lang: str
) -> None:
    root = _workspace(tmp_path / "cycles", FALLS)
    for text in (_final(runner, root, lang, tmp_path), _summary(runner, root, lang)):
        assert "skære unødig dokumentation" not in text
        assert "cut needless documentation" not in text
        assert ("Dokumentationstid" if lang == "da" else "Documentation time") not in text


def test_the_documentation_section_quotes_the_programmes_own_aim(
    runner: CliRunner, tmp_path: Path
) -> None:
    aim = "Halvdelen af dokumentationstiden går til mødet med borgeren."
    root = _workspace(tmp_path / "cycles", FALLS, extra_programme={"documentation_aim": aim})
    done = runner.invoke(
        app,
        [
            "--cycles",
            str(root),
            "new-measure",
            "dok-tid",
            "-i",
            "faldforebyggelse",
            "--name",
            "Dokumentationstid",
            "--family",
            "balancing",
            "--definition",
            "Minutter",
            "--unit",
            "minutter",
            "--data-type",
            "værdi",
            "--chart",
            "i",
            "--direction",
            "ned",
            "--frequency",
            "uge",
            "--theme",
            "dokumentationstid",
            "--no-input",
        ],
    )
    assert done.exit_code == 0, done.output
    written = (root / "ballerup" / "faldforebyggelse" / "measures" / "dok-tid.yaml").read_text(
        encoding="utf-8"
    )
    assert "theme: documentation-time" in written
    final = _final(runner, root, "da", tmp_path)
    assert f"Programmets målsætning: »{aim}«" in final
    assert "Dok-Tid" in final or "Dokumentationstid" in final
