"""Issue 27, item 9: `pdsa adopt` keeps the ids it can, and carries the aim's target date (as a
suggestion) and the secondary driver. A package from one workspace is taken up in another
(Ballerup's own programme), in Danish."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.test_everyday_input import run_da
from tests.writing_support import FOLDER, make_workspace

DRIVERS = """\
drivers:
  - id: moedet
    name: Mødet med borgerne
    secondary:
      - id: borgerens-stemme
        name: Borgerens stemme former plejen
"""
BALLERUP_DRIVERS = """\
drivers:
  - id: sammenhaeng
    name: Sammenhængende forløb
    secondary:
      - id: overgange
        name: Trygge overgange
"""


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """Hørsholm's change, with a target date and a driver, packed by `pdsa package`."""
    source = make_workspace(tmp_path / "nordsjaelland")
    (source / "programme.yaml").write_text(
        (source / "programme.yaml").read_text("utf-8") + DRIVERS, encoding="utf-8"
    )
    initiative = source / FOLDER / "initiative.yaml"
    text = initiative.read_text("utf-8").replace(
        "method: reflecting-team",
        "method: reflecting-team\ndriver: borgerens-stemme",
    )
    text = text.replace(
        "inden 1. juni 2021\n",
        "inden 1. juni 2021\n  measure: ventetid\n  target: 10\n  target_date: 2021-06-01\n",
    )
    initiative.write_text(text, encoding="utf-8")
    cycle = source / FOLDER / "cycle-01-foerste-feedbackmoede.yaml"
    cycle.write_text(cycle.read_text("utf-8").replace("adapt", "adopt"), encoding="utf-8")
    out = tmp_path / "feedback.zip"
    done = run_da(source, "package", "hoersholm-feedbackmoeder", "--out", str(out), "--no-charts")
    assert done.exit_code == 0, done.output
    return out


@pytest.fixture
def ballerup(tmp_path: Path) -> Path:
    root = tmp_path / "styrket"
    done = run_da(root, "init", str(root), "--name", "Styrket Sammenhæng", "--language", "da",
                  "--track", "Hjem", "--track", "Ophold", "--no-input")  # fmt: skip
    assert done.exit_code == 0, done.output
    return root


def adopt(root: Path, package: Path, *extra: str) -> tuple[str, dict[str, object]]:
    new = ["--municipality-name", "Ballerup Kommune", "--contact-role", "læringsagent"]
    done = run_da(root, "adopt", str(package), "-m", "ballerup", *new, *extra, "--no-input")
    assert done.exit_code == 0, done.output
    initiative = next(root.glob("ballerup/*/initiative.yaml"))
    return done.output, yaml.safe_load(initiative.read_text("utf-8"))


def test_free_measure_ids_are_kept(ballerup: Path, package: Path) -> None:
    adopt(ballerup, package)
    folder = ballerup / "ballerup" / "ballerup-feedbackmoeder"
    measures = sorted(p.stem for p in (folder / "measures").glob("*.yaml"))
    assert measures == ["andel-tilfredse", "antal-fald", "ventetid"]  # no prefix: they were free


def test_the_target_date_is_carried_as_a_suggestion(ballerup: Path, package: Path) -> None:
    said, initiative = adopt(ballerup, package)
    aim = initiative["aim"]
    assert isinstance(aim, dict)
    assert str(aim["target_date"]) == "2021-06-01" and aim["measure"] == "ventetid"
    assert "Måldatoen 2021-06-01 er kildens, overført som forslag" in said
    assert "'pdsa aim ballerup-feedbackmoeder --target-date DATO'" in said


def test_a_target_date_of_their_own(ballerup: Path, package: Path) -> None:
    said, initiative = adopt(ballerup, package, "--target-date", "31.12.22")
    assert str(initiative["aim"]["target_date"]) == "2022-12-31"  # type: ignore[index]
    assert "forslag" not in said


def test_the_driver_is_carried_or_chosen(ballerup: Path, package: Path) -> None:
    programme = ballerup / "programme.yaml"
    programme.write_text(programme.read_text("utf-8") + BALLERUP_DRIVERS, encoding="utf-8")
    said, initiative = adopt(ballerup, package, "--driver", "overgange")
    assert initiative["driver"] == "overgange"
    assert "Kildens sekundære driver 'borgerens-stemme' findes ikke" not in said


def test_the_sources_driver_not_in_this_diagram_is_named(ballerup: Path, package: Path) -> None:
    programme = ballerup / "programme.yaml"
    programme.write_text(programme.read_text("utf-8") + BALLERUP_DRIVERS, encoding="utf-8")
    said, initiative = adopt(ballerup, package)
    assert "Kildens sekundære driver 'borgerens-stemme' findes ikke i jeres drivermodel" in said
    assert "driver" not in initiative


def test_the_plan_date_defaults_to_the_day_the_source_adopted(
    ballerup: Path, package: Path
) -> None:
    adopt(ballerup, package)
    cycle = next((ballerup / "ballerup").glob("*/cycle-01-*.yaml"))
    plan = yaml.safe_load(cycle.read_text("utf-8"))["plan"]
    assert str(plan["date"]) == "2021-03-12"  # Hørsholm's Act that adopted it, not today
