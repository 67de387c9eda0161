"""A small workspace in a temporary folder, written as inline YAML, for the writing tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

from typer.testing import CliRunner, Result

from pdsa_cli.cli.app import app

INITIATIVE = "hoersholm-feedbackmoeder"
FOLDER = Path("hoersholm") / INITIATIVE

FILES = {
    "programme.yaml": """\
# yaml-language-server: $schema=../schemas/programme.schema.json
name: Nye veje til et nærværende møde
language: en
tracks:
  - id: 1
    name: Mødet med borgerne i hverdagen
""",
    "hoersholm/municipality.yaml": """\
name: Hørsholm Kommune
contact_role: læringsagent
""",
    "allerod/municipality.yaml": """\
name: Allerød Kommune
contact_role: udviklingskonsulent
""",
    f"{FOLDER}/initiative.yaml": """\
name: Feedbackmøder med reflekterende team
track: 1
aim:
  statement: Flere borgere oplever et nærværende møde inden 1. juni 2021
method: reflecting-team
""",
    "allerod/allerod-livshistorier/initiative.yaml": """\
name: Livshistorier
track: 1
aim:
  statement: Alle nye beboere har en livshistorie inden 2022
method: life-stories
""",
    f"{FOLDER}/measures/ventetid.yaml": """\
# yaml-language-server: $schema=../../../../schemas/measure.schema.json
name: Ventetid til møde
family: outcome
definition: Minutter fra aftalt tid til mødet begynder
unit: minutter
data_type: value
frequency: week
measurements:
  - {date: 2021-03-01, value: 14.5}  # first week
  - {date: 2021-03-15, value: 12}
  # a note by hand: holiday week follows
  - {date: 2021-03-22, value: 11}  # third
""",
    f"{FOLDER}/measures/andel-tilfredse.yaml": """\
name: Andel tilfredse borgere
family: outcome
definition: Borgere der svarer 4 eller 5 ud af alle adspurgte
unit: andel
data_type: proportion
frequency: month
""",
    f"{FOLDER}/measures/antal-fald.yaml": """\
name: Antal fald
family: balancing
definition: Fald registreret i omsorgssystemet
unit: fald
data_type: count
frequency: day
measurements: []
""",
    f"{FOLDER}/cycle-01-foerste-feedbackmoede.yaml": """\
# yaml-language-server: $schema=../../../schemas/cycle.schema.json
number: 1
title: Første feedbackmøde
measures: [ventetid]
plan:
  date: 2021-02-15
  objective: Afprøv et feedbackmøde med én borger
  questions:
    - question: Oplever borgeren mødet som nærværende?
      prediction: Ja, mindst 4 ud af 5
do:
  start: 2021-03-01
  what_happened: Mødet blev holdt
study:
  date: 2021-03-10
  results: Borgeren gav 5 ud af 5
act:
  date: 2021-03-12
  decision: adapt
  next_step: Prøv med to borgere og en pårørende
""",
}


def make_workspace(tmp_path: Path) -> Path:
    root = tmp_path / "cycles"
    for name, text in FILES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / ".pdsa.lock").touch()  # the lock file every write leaves (an empty marker)
    return root


def run(root: Path, *args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(app, ["--lang", "en", "--cycles", str(root), *args], input=input)


def tree(root: Path) -> dict[str, str]:
    """Every file under `root` with a hash of its content: the state of the disk."""
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }
