"""Small workspaces for the summary tests, written into a temporary folder."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from pdsa_cli.analysis.result import Analysis, PhaseSummary, RuleHit, Variation, Verdict
from pdsa_cli.loader import load_workspace
from pdsa_cli.workspace.index import Workspace
from tests.occurrence_support import occurrences_of_hits

D = dt.date
START = D(2021, 1, 4)
TODAY = D(2021, 9, 1)
JUMP = 24  # satisfaction rises from the 25th week (21 June 2021), after cycle 2's adoption

SCHEMA = "# yaml-language-server: $schema=../schemas/{kind}.schema.json\n"


def write(path: Path, kind: str, data: Mapping[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    text = SCHEMA.format(kind=kind) + yaml.safe_dump(
        dict(data), allow_unicode=True, sort_keys=False
    )
    path.write_text(text, encoding="utf-8")
    return path


def weekly(start: dt.date, values: Sequence[float]) -> list[dict[str, Any]]:
    return [
        {"date": start + dt.timedelta(weeks=i), "value": float(v)} for i, v in enumerate(values)
    ]


def proportions(start: dt.date, numerators: Sequence[int], n: int) -> list[dict[str, Any]]:
    return [
        {"date": start + dt.timedelta(weeks=i), "numerator": k, "denominator": n}
        for i, k in enumerate(numerators)
    ]


def programme(root: Path, seminars: Sequence[dt.date]) -> None:
    write(
        root / "programme.yaml",
        "programme",
        {
            "name": "Testprogram",
            "language": "da",
            "illustrative_data": True,
            "tracks": [{"id": 1, "name": "Mødet med borgeren"}],
            "seminars": [{"number": i + 1, "date": d} for i, d in enumerate(seminars)],
        },
    )


def municipality(root: Path, mid: str, name: str) -> None:
    write(root / mid / "municipality.yaml", "municipality", {"name": name, "contact_role": "leder"})


def initiative(root: Path, mid: str, iid: str, aim: Mapping[str, Any], **extra: Any) -> None:
    data = {"name": iid.title(), "track": 1, "aim": dict(aim), "method": "life-stories", **extra}
    write(root / mid / iid / "initiative.yaml", "initiative", data)


def measure(root: Path, mid: str, iid: str, measure_id: str, **fields: Any) -> None:
    data = {
        "name": measure_id,
        "family": "outcome",
        "definition": "test",
        "unit": "andel",
        "data_type": "value",
        **fields,
    }
    write(root / mid / iid / "measures" / f"{measure_id}.yaml", "measure", data)


def cycle(
    root: Path,
    mid: str,
    iid: str,
    number: int,
    *,
    do: dt.date | None = None,
    study: dt.date | None = None,
    act: tuple[dt.date, str] | None = None,
    learning: str | None = None,
    measures: Sequence[str] = (),
) -> None:
    data: dict[str, Any] = {
        "number": number,
        "title": f"Test {number}",
        "measures": list(measures),
        "plan": {"objective": "Afprøve"},
    }
    if do is not None:
        data["do"] = {"start": do}
    if study is not None:
        data["study"] = {"date": study, "results": "Resultater", "learning": learning}
    if act is not None:
        data["act"] = {"date": act[0], "decision": act[1]}
    write(root / mid / iid / f"cycle-{number:02d}-test.yaml", "cycle", data)


def load(root: Path) -> Workspace:
    result = load_workspace(root)
    assert result.ok, [p.render("en") for p in result.problems]
    return result.workspace


def fake_analysis(
    dates: Sequence[dt.date],
    y: Sequence[float],
    hits: Mapping[str, Sequence[int]],
    direction: str = "up",
    rules: str = "anhoej",
) -> Analysis:
    """An Analysis with a constant median centre line and the given rule hits."""
    values = np.asarray(y, dtype=np.float64)
    n = len(values)
    nan = np.full(n, np.nan)
    flagged = {p for points in hits.values() for p in points}
    variation = np.array(
        [Variation.NEUTRAL.value if i + 1 in flagged else "common_cause" for i in range(n)]
    )
    phase = PhaseSummary(
        phase=1,
        first=1,
        last=n,
        n_obs=n,
        n_useful=n,
        longest_run=None,
        longest_run_max=None,
        n_crossings=None,
        n_crossings_min=None,
        runs_signal=bool(hits),
        sigma_signal=0,
        rules=tuple(RuleHit(rule, tuple(points)) for rule, points in hits.items()),
    )
    x = np.array(dates, dtype="datetime64[D]")
    cl = np.full(n, float(np.median(values)))
    occurrences = occurrences_of_hits(
        ((1, hit) for hit in phase.rules), values, cl, x, "date", direction, {1: (1, n)}
    )
    return Analysis(
        chart="run",
        rules=rules,
        x=x,
        x_kind="date",
        y=values,
        cl=cl,
        lcl=nan,
        ucl=nan,
        lcl_2=nan,
        ucl_2=nan,
        lcl_1=nan,
        ucl_1=nan,
        n=nan,
        phase=np.ones(n, dtype=np.int64),
        baseline=np.ones(n, dtype=bool),
        excluded=np.zeros(n, dtype=bool),
        sigma_signal=np.zeros(n, dtype=bool),
        runs_signal=np.full(n, bool(hits)),
        variation=variation,
        phases=(phase,),
        verdict=Verdict(Variation.COMMON_CAUSE, None),
        direction=direction,
        occurrences=occurrences,
    )


def small_workspace(root: Path) -> Path:
    """Two municipalities; alpha adopts cycle 2 on 15 June 2021 and its satisfaction rises."""
    programme(root, [D(2021, 3, 1), D(2021, 6, 1), D(2021, 11, 25)])
    municipality(root, "alpha", "Alpha Kommune")
    municipality(root, "beta", "Beta Kommune")
    aim = {"statement": "80 % tilfredse", "measure": "tilfredshed", "target": 80}
    initiative(root, "alpha", "feedback", aim)
    measure(
        root,
        "alpha",
        "feedback",
        "tilfredshed",
        data_type="proportion",
        direction="up",
        unit="andel",
        measurements=proportions(START, [10] * JUMP + [16] * 11, 20),
    )
    measure(
        root,
        "alpha",
        "feedback",
        "dok-tid",
        family="balancing",
        unit="minutter",
        direction="down",
        theme="documentation-time",
        measurements=weekly(START, [12, 11, 10, 9, 8] + [8] * 30),
    )
    measure(
        root,
        "alpha",
        "feedback",
        "gammel",
        family="process",
        measurements=weekly(START, [3, 4, 3, 5, 4, 3, 4, 5]),
    )
    cycle(
        root,
        "alpha",
        "feedback",
        1,
        do=D(2021, 3, 10),
        study=D(2021, 4, 5),
        act=(D(2021, 5, 1), "adapt"),
    )
    cycle(
        root,
        "alpha",
        "feedback",
        2,
        do=D(2021, 6, 2),
        study=D(2021, 6, 12),
        act=(D(2021, 6, 15), "adopt"),
        learning="Borgerne  svarer\n mere åbent.",
        measures=["tilfredshed"],
    )
    cycle(
        root,
        "alpha",
        "feedback",
        3,
        do=D(2021, 6, 16),
        study=D(2021, 6, 28),
        act=(D(2021, 7, 1), "adapt"),
    )
    cycle(
        root,
        "alpha",
        "feedback",
        4,
        do=D(2021, 7, 5),
        study=D(2021, 7, 25),
        act=(D(2021, 8, 1), "abandon"),
    )
    cycle(root, "alpha", "feedback", 5, do=D(2021, 6, 20))
    cycle(root, "alpha", "feedback", 6, do=D(2021, 8, 20))
    initiative(root, "beta", "livshistorier", {"statement": "Flere livshistorier"})
    measure(
        root,
        "beta",
        "livshistorier",
        "trivsel",
        direction="up",
        measurements=weekly(START, [5, 6] * 17),
    )
    measure(
        root,
        "beta",
        "livshistorier",
        "beta-dok",
        name="Tid til dokumentation",
        family="process",
        unit="timer",
        theme="documentation-time",
        measurements=weekly(START, [2, 3] * 17),
    )
    cycle(
        root,
        "beta",
        "livshistorier",
        1,
        do=D(2021, 6, 5),
        study=D(2021, 7, 1),
        act=(D(2021, 7, 10), "adopt"),
        measures=["trivsel"],
    )
    return root


HITS = {
    "tilfredshed": {"longest_run": list(range(JUMP + 1, 36))},
    "dok-tid": {"trend": [1, 2, 3, 4, 5]},
}


def chosen_hits(workspace: Workspace, measure_id: str) -> Analysis:
    """Analyses with chosen hits, so the summary's own logic is what is tested."""
    entry = workspace.measures[measure_id]
    points = [p for p in entry.model.measurements if not p.exclude]
    y = [
        p.value if p.value is not None else (p.numerator or 0) / (p.denominator or 1)
        for p in points
    ]
    hits = {rule: [i for i in pts if i <= len(y)] for rule, pts in HITS.get(measure_id, {}).items()}
    return fake_analysis([p.date for p in points], y, hits, entry.model.direction.value)
