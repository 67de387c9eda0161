"""`pdsa validate` on a national-scale workspace next to bare PyYAML C-loader parsing.

Generates (in a temporary folder) 98 municipalities with 50 PDSA cycles each, spread over two
initiatives with three measures of a year's weekly measurements each, then times:
  - bare:    yaml.load(CSafeLoader) of every file (reading included, no checks),
  - library: pdsa_cli.loader.load_workspace (walk, parse, line maps, models, CPR scan, checks),
  - CLI:     `python -m pdsa_cli validate` in a fresh process (start-up and output included).
Target: within 2x of bare parsing. Each is timed REPEAT times, interleaved, best kept; CPU time
(user + system, children included) is reported beside wall time because on a shared machine wall
time mostly measures waiting for a core.
"""

from __future__ import annotations

import datetime as dt
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from benchmarks import user_env
from pdsa_cli.loader import load_workspace
from pdsa_cli.workspace.index import iter_workspace_files

MUNICIPALITIES = 98
INITIATIVES = 2
CYCLES_PER_MUNICIPALITY = 50
MEASUREMENTS = 52
REPEAT = 3
SCHEMA = "# yaml-language-server: $schema={up}schemas/{kind}.schema.json\n"

PROGRAMME = """name: Nationalt læringsprogram for værdig ældrepleje
language: da
tracks:
  - id: 1
    name: Mødet med borgerne i hverdagen
  - id: 2
    name: Mødet med pårørende i hverdagen
themes: [livskvalitet, selvbestemmelse, paaroerende]
seminars:
  - {number: 1, date: 2021-03-04}
  - {number: 2, date: 2021-06-03}
  - {number: 3, date: 2021-11-25}
illustrative_data: true
"""

INITIATIVE = """name: Feedbackmøder med reflekterende team {n}
track: {track}
aim:
  statement: 80 % af borgerne oplever at blive hørt inden 1. december 2022.
  measure: {m}-{i}-hoert
  target: 0.8
  target_date: 2022-12-01
change_ideas:
  - Ugentlige feedbackmøder på tværs af faggrupper
  - Livshistorier ved indflytning
method: reflecting-team
status: active
started: 2021-03-01
contact_role: læringsagent
"""

CYCLE = """number: {number}
title: Afprøvning nr. {number} af feedbackmødet
change_idea: Ugentlige feedbackmøder på tværs af faggrupper
measures: [{m}-{i}-hoert, {m}-{i}-dok]
previous: {previous}
plan:
  date: {plan}
  objective: Afprøve et feedbackmøde på én afdeling i to uger
  questions:
    - question: Oplever borgerne at blive hørt?
      prediction: Ja, mindst 6 af 10 svarer ja
  predictions:
    - measure: {m}-{i}-hoert
      comparator: at_least
      value: 0.6
  who: Social- og sundhedsassistenter på dagvagt
  where: Afdeling Egebo
  when: 12:30
do:
  start: {do}
  end: {end}
  what_happened: Mødet blev holdt to gange; den ene gang med pårørende til stede.
  problems: no
study:
  date: {study}
  results: Syv af ti borgere svarede ja mod fire før, som forudsagt.
  learning: Mødet skal ligge før frokost.
act:
  date: {act}
  decision: adapt
  next_step: Prøv på to afdelinger.
"""

MEASURE = """name: {name}
family: {family}
definition: {definition}
unit: {unit}
data_type: {data_type}
chart: {chart}
direction: {direction}
frequency: week
baseline:
  points: 12
illustrative: true
measurements:
{rows}"""


def _measure(family: str) -> dict[str, str]:
    if family == "outcome":
        return {
            "name": "Andel borgere der oplever at blive hørt",
            "definition": "Antal borgere der svarer ja / antal adspurgte.",
            "unit": "andel",
            "data_type": "proportion",
            "chart": "p",
            "direction": "up",
        }
    return {
        "name": "Dokumentationstid pr. besøg" if family == "balancing" else "Afholdte møder",
        "definition": "Gennemsnitlige minutter pr. besøg i ugen.",
        "unit": "minutter",
        "data_type": "value",
        "chart": "i",
        "direction": "down",
    }


def _rows(family: str) -> str:
    start = dt.date(2021, 1, 4)
    rows = []
    for week in range(MEASUREMENTS):
        day = start + dt.timedelta(weeks=week)
        if family == "outcome":
            rows.append(f"  - {{date: {day}, numerator: {3 + week % 6}, denominator: 10}}\n")
        else:
            rows.append(f"  - date: {day}\n    value: {10 + week % 5}.5\n    note: uge {week}\n")
    return "".join(rows)


def generate(root: Path) -> None:
    """Write the national workspace under `root`."""
    (root / "programme.yaml").write_text(
        SCHEMA.format(up="../", kind="programme") + PROGRAMME, encoding="utf-8"
    )
    per_initiative = CYCLES_PER_MUNICIPALITY // INITIATIVES
    for m in range(MUNICIPALITIES):
        muni = root / f"kommune-{m:03d}"
        muni.mkdir()
        text = f"name: Kommune {m} – ældreområdet\ncontact_role: læringsagent\n"
        (muni / "municipality.yaml").write_text(
            SCHEMA.format(up="../../", kind="municipality") + text, encoding="utf-8"
        )
        for i in range(INITIATIVES):
            _initiative(muni / f"indsats-{m:03d}-{i}", f"kommune-{m:03d}", i, per_initiative)


def _initiative(folder: Path, m: str, i: int, cycles: int) -> None:
    (folder / "measures").mkdir(parents=True)
    text = INITIATIVE.format(n=i, track=1 + i % 2, m=m, i=i)
    (folder / "initiative.yaml").write_text(
        SCHEMA.format(up="../../../", kind="initiative") + text, encoding="utf-8"
    )
    for short, family in (("hoert", "outcome"), ("moeder", "process"), ("dok", "balancing")):
        text = MEASURE.format(**_measure(family), family=family, rows=_rows(family))
        (folder / "measures" / f"{m}-{i}-{short}.yaml").write_text(
            SCHEMA.format(up="../../../../", kind="measure") + text, encoding="utf-8"
        )
    for n in range(1, cycles + 1):
        plan = dt.date(2021, 1, 4) + dt.timedelta(days=14 * n)
        days = [plan + dt.timedelta(days=k) for k in (1, 8, 10, 11)]
        text = CYCLE.format(
            number=n,
            previous=n - 1 if n > 1 else "",
            m=m,
            i=i,
            plan=plan,
            do=days[0],
            end=days[1],
            study=days[2],
            act=days[3],
        )
        (folder / f"cycle-{n:02d}-feedbackmoede.yaml").write_text(
            SCHEMA.format(up="../../../", kind="cycle") + text, encoding="utf-8"
        )


@dataclass
class Timing:
    wall: float = float("inf")
    cpu: float = float("inf")  # user + system, including child processes


def _cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _best_of(runs: dict[str, Callable[[], object]]) -> dict[str, Timing]:
    """The fastest of REPEAT timings of each, interleaved so that other load on the machine
    falls on every contender alike. CPU time is the steadier figure on a shared machine (wall
    time there mostly measures waiting for a core)."""
    best = {name: Timing() for name in runs}
    for _ in range(REPEAT):
        for name, func in runs.items():
            wall, cpu = time.perf_counter(), _cpu()
            func()
            best[name].wall = min(best[name].wall, time.perf_counter() - wall)
            best[name].cpu = min(best[name].cpu, _cpu() - cpu)
    return best


def bare_parse(paths: list[Path]) -> None:
    for path in paths:
        with path.open("rb") as stream:
            yaml.load(stream, Loader=yaml.CSafeLoader)


def run_cli(root: Path) -> None:
    env = user_env()
    done = subprocess.run(
        [sys.executable, "-m", "pdsa_cli", "validate", str(root)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"validate failed on the generated workspace:\n{done.stdout[-2000:]}")


RUNS = {
    "bare": "bare yaml.load(CSafeLoader)",
    "library": "load_workspace (library)",
    "cli": "pdsa validate (CLI process)",
}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "cycles"
        root.mkdir()
        generate(root)
        paths = [path for path, _ in iter_workspace_files(root)]
        size = sum(path.stat().st_size for path in paths)
        result = load_workspace(root)
        assert result.problems == [], result.problems[:5]
        timings = _best_of(
            {
                "bare": lambda: bare_parse(paths),
                "library": lambda: load_workspace(root),
                "cli": lambda: run_cli(root),
            }
        )
    cycles = len(result.workspace.cycles)
    print(f"workspace: {len(paths)} files, {size / 1e6:.1f} MB, {cycles} cycles")
    bare = timings["bare"]
    print(f"{'':30} {'cpu s':>7} {'ratio':>6} {'wall s':>7} {'ratio':>6}")
    for name, label in RUNS.items():
        got = timings[name]
        cpu, wall = got.cpu / bare.cpu, got.wall / bare.wall
        print(f"{label:30} {got.cpu:7.2f} {cpu:5.2f}x {got.wall:7.2f} {wall:5.2f}x")


if __name__ == "__main__":
    main()
