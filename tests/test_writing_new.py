"""`pdsa new`: the next cycle of the ramp, by flags or by answering questions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from pdsa_cli.loader import load_workspace
from pdsa_cli.models import Cycle, Initiative, Municipality
from tests.writing_support import FOLDER, INITIATIVE, make_workspace, run, tree


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_workspace(tmp_path)


def cycle_at(path: Path) -> Cycle:
    return Cycle.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def test_flags_only_next_number_slug_and_schema_header(root: Path) -> None:
    result = run(
        root, "new", "--no-input", "-i", INITIATIVE, "-t", "Møde på Åsen med pårørende",
        "--objective", "Afprøv med pårørende", "-q", "Kommer de?", "-p", "no",
        "-q", "Hvor længe?", "--when", "12:30", "--measure", "ventetid", "--date", "15.03.2021",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    path = root / FOLDER / "cycle-02-moede-paa-aasen-med-paaroerende.yaml"
    assert f"Cycle 2 created: {path}" in result.stdout.replace("\n", "")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../../schemas/cycle.schema.json\n")
    cycle = cycle_at(path)
    assert cycle.number == 2 and cycle.measures == ["ventetid"]
    assert cycle.plan.when == "12:30" and cycle.plan.date is not None
    assert cycle.plan.date.isoformat() == "2021-03-15"
    assert [(q.question, q.prediction) for q in cycle.plan.questions] == [
        ("Kommer de?", "no"),
        ("Hvor længe?", None),
    ]
    assert load_workspace(root).ok


def test_from_prefills_from_the_act_and_links_back(root: Path) -> None:
    result = run(root, "new", "--no-input", "-i", INITIATIVE, "-t", "To borgere", "--from", "1")
    assert result.exit_code == 0, result.output
    cycle = cycle_at(root / FOLDER / "cycle-02-to-borgere.yaml")
    assert cycle.previous == 1
    assert cycle.plan.objective == "Prøv med to borgere og en pårørende"
    assert cycle.measures == ["ventetid"]


@pytest.mark.parametrize(
    "args",
    [
        ["-t", "x", "--objective", "y"],  # no initiative
        ["-i", INITIATIVE, "--objective", "y"],  # no title
        ["-i", INITIATIVE, "-t", "x"],  # no objective
    ],
)
def test_no_input_with_a_missing_value_is_a_usage_error(root: Path, args: list[str]) -> None:
    before = tree(root)
    result = run(root, "new", "--no-input", *args)
    assert result.exit_code == 2, result.output
    assert "Missing --" in result.stderr
    assert tree(root) == before


@pytest.mark.parametrize(
    "args",
    [
        ["-i", "../../x", "-t", "ok", "--objective", "y"],
        ["-i", INITIATIVE, "-t", "../../etc", "--objective", "y"],
        ["-i", INITIATIVE, "-t", "/etc/passwd", "--objective", "y"],
        ["-i", INITIATIVE, "-t", "..", "--objective", "y"],
        ["-i", INITIATIVE, "-t", "?!", "--objective", "y"],
        ["-m", "../hoersholm", "-i", "x", "--new-initiative"],
        ["-i", INITIATIVE, "-t", "ok", "--objective", "y", "--measure", "../ventetid"],
    ],
)
def test_path_traversal_is_refused_and_nothing_written(
    root: Path, tmp_path: Path, args: list[str]
) -> None:
    before = tree(tmp_path)
    result = run(root, "new", "--no-input", *args)
    assert result.exit_code == 2, result.output
    assert len(result.stderr.strip().splitlines()) == 1
    assert tree(tmp_path) == before


def test_unknown_measure_or_initiative_is_refused(root: Path) -> None:
    before = tree(root)
    args = ["new", "--no-input", "-i", "hoersholm-ukendt", "-t", "x", "--objective", "y"]
    unknown = run(root, *args)
    assert unknown.exit_code == 1 and "Unknown initiative" in unknown.stderr
    measure = run(
        root, "new", "--no-input", "-i", INITIATIVE, "-t", "x", "--objective", "y",
        "--measure", "ventetiden",
    )  # fmt: skip
    assert measure.exit_code == 1 and "ventetid" in measure.stderr  # the close match is offered
    assert tree(root) == before


def test_new_initiative_and_municipality_by_flags(root: Path) -> None:
    result = run(
        root, "new", "--no-input", "--new-municipality", "-m", "gribskov",
        "--municipality-name", "Gribskov Kommune", "--contact-role", "projektleder",
        "--new-initiative", "--initiative-name", "Etisk råd på plejecentre", "--track", "2",
        "--aim", "Et etisk råd i alle distrikter inden 2022", "--method", "ethics-council",
        "-t", "Første rådsmøde", "--objective", "Afprøv dagsordenen",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    folder = root / "gribskov" / "etisk-raad-paa-plejecentre"
    initiative = Initiative.model_validate(yaml.safe_load((folder / "initiative.yaml").read_text()))
    assert initiative.track == 2 and initiative.method.value == "ethics-council"
    municipality = yaml.safe_load((root / "gribskov" / "municipality.yaml").read_text())
    assert Municipality.model_validate(municipality).name == "Gribskov Kommune"
    assert cycle_at(folder / "cycle-01-foerste-raadsmoede.yaml").number == 1
    loaded = load_workspace(root)
    assert loaded.ok, loaded.problems
    assert "etisk-raad-paa-plejecentre" in loaded.workspace.initiatives


def test_new_initiative_needs_its_flags_without_input(root: Path) -> None:
    before = tree(root)
    result = run(
        root, "new", "--no-input", "-m", "hoersholm", "--new-initiative", "-i", "hoersholm-ny",
        "--initiative-name", "Ny", "-t", "x", "--objective", "y",
    )  # fmt: skip
    assert result.exit_code == 2 and "--track" in result.stderr
    assert tree(root) == before


def test_existing_initiative_cannot_be_created_again(root: Path) -> None:
    result = run(
        root, "new", "--no-input", "-m", "hoersholm", "--new-initiative", "-i", INITIATIVE,
        "--initiative-name", "x", "--track", "1", "--aim", "a", "--method", "icdp",
        "-t", "x", "--objective", "y",
    )  # fmt: skip
    assert result.exit_code == 1 and "exists already" in result.stderr


@pytest.mark.parametrize(
    "option", [["--driver", "d1"], ["--track", "2"], ["--aim", "a"], ["--method", "icdp"]]
)
def test_a_new_initiatives_option_for_an_existing_one_is_refused_not_dropped(
    root: Path, option: list[str]
) -> None:
    before = tree(root)
    result = run(root, "new", "--no-input", "-i", INITIATIVE, "-t", "x", *option)
    assert result.exit_code == 2, result.output
    assert option[0] in result.stderr and "exists already" in result.stderr
    assert f"{FOLDER.as_posix()}/initiative.yaml" in result.stderr
    assert tree(root) == before, "nothing is written"


def test_interactive_continues_the_ramp_offering_choices(root: Path) -> None:
    answers = "\n".join(
        [
            "2",  # municipality: 1 allerod, 2 hoersholm
            "1",  # initiative: the only one in Hørsholm
            "y",  # continue the ramp from cycle 1
            "",  # title: keep the suggested one
            "",  # objective: keep the Act's next step
            "Kommer den pårørende?",  # question 1
            "Ja, hvis vi ringer dagen før",  # its prediction
            "",  # no more questions
            "Læringsagenten",  # who
            "",  # what
            "Plejecenter Åsen",  # where
            "",  # when
            "",  # data collection
            "3",  # measures: 1 andel-tilfredse, 2 antal-fald, 3 ventetid
            "",  # plan date: the ramp's last date (cycle 1's Act), not today
        ]
    )
    result = run(root, "new", input=answers + "\n")
    assert result.exit_code == 0, result.output
    assert "Feedbackmøder med reflekterende team" in result.output  # choices show names
    path = root / FOLDER / "cycle-02-foerste-feedbackmoede.yaml"
    cycle = cycle_at(path)
    assert cycle.previous == 1
    assert cycle.plan.objective == "Prøv med to borgere og en pårørende"
    assert cycle.plan.questions[0].prediction == "Ja, hvis vi ringer dagen før"
    assert (cycle.plan.who, cycle.plan.where, cycle.plan.what) == (
        "Læringsagenten",
        "Plejecenter Åsen",
        None,
    )
    assert cycle.measures == ["ventetid"]
    assert cycle.plan.date == dt.date(2021, 3, 12)


def test_interactive_creates_a_municipality_and_initiative(root: Path) -> None:
    answers = [
        "Helsingør Kommune",  # not an id: explained, asked again
        "helsingoer",  # a new municipality id
        "y",  # create it
        "Helsingør Kommune",
        "læringsagent",
        "helsingoer-livshistorier",  # a new initiative id
        "y",  # create it
        "Livshistorier i hjemmeplejen",
        "1",  # track
        "Alle nye borgere har en livshistorie inden 2022",
        "fortællinger",  # not a method: explained, asked again
        "livshistorier",  # the method's Danish name is taken for its id (life-stories)
        "../../etc",  # a title that is a path: refused, asked again
        "Første samtale",
        "Prøv skabelonen",
        "",  # no questions
        "", "", "", "", "",  # who, what, where, when, data collection
        "",  # plan date: today (a new initiative has no earlier date)
    ]  # fmt: skip
    result = run(root, "new", input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "looks like a file path" in result.output
    assert (
        "cannot be used as the id of a municipality" in result.output
        and "'helsingoer-kommune'" in result.output
    )
    assert "Unknown method 'fortællinger'" in result.output
    path = root / "helsingoer" / "helsingoer-livshistorier" / "cycle-01-foerste-samtale.yaml"
    assert cycle_at(path).plan.objective == "Prøv skabelonen"
    assert load_workspace(root).ok
    initiative = load_workspace(root).workspace.initiatives["helsingoer-livshistorier"]
    assert initiative.model.method.value == "life-stories"


def test_interactive_refusing_to_create_changes_nothing(root: Path) -> None:
    before = tree(root)
    result = run(root, "new", input="helsingoer\nn\n")
    assert result.exit_code == 1  # aborted
    assert tree(root) == before


def test_cycle_numbers_never_collide(root: Path) -> None:
    for title in ("To", "Tre", "Fire"):
        args = ["new", "--no-input", "-i", INITIATIVE, "-t", title, "--objective", "o"]
        assert run(root, *args).exit_code == 0
    names = sorted(p.name for p in (root / FOLDER).glob("cycle-*.yaml"))
    assert names == [
        "cycle-01-foerste-feedbackmoede.yaml",
        "cycle-02-to.yaml",
        "cycle-03-tre.yaml",
        "cycle-04-fire.yaml",
    ]


def _with_drivers(root: Path) -> None:
    programme = root / "programme.yaml"
    programme.write_text(
        programme.read_text(encoding="utf-8")
        + "aim: Et mere nærværende møde.\n"
        + "drivers:\n"
        + "  - id: borgeren\n    name: Mødet med borgeren\n    secondary:\n"
        + "      - id: selvbestemmelse\n        name: Selvbestemmelse\n"
        + "      - id: etik\n        name: Etiske dilemmaer\n",
        encoding="utf-8",
    )


NEW_INITIATIVE = (
    "new", "-m", "hoersholm", "--new-initiative", "-i", "hoersholm-raad",
    "--initiative-name", "Etisk råd", "--track", "1", "--aim", "Et råd", "--method",
    "etisk råd", "-t", "Første møde", "--objective", "Afprøv dagsordenen",
)  # fmt: skip


def test_a_new_initiative_names_its_driver(root: Path) -> None:
    _with_drivers(root)
    result = run(root, *NEW_INITIATIVE, "--no-input", "--driver", "etik")
    assert result.exit_code == 0, result.output
    text = (root / "hoersholm" / "hoersholm-raad" / "initiative.yaml").read_text(encoding="utf-8")
    assert yaml.safe_load(text)["driver"] == "etik"
    assert load_workspace(root).ok


def test_an_unknown_driver_is_refused_with_the_choices(root: Path) -> None:
    _with_drivers(root)
    before = tree(root)
    result = run(root, *NEW_INITIATIVE, "--no-input", "--driver", "etisk")
    assert result.exit_code == 2
    assert "no secondary driver 'etisk'; choose one of: selvbestemmelse, etik" in result.stderr
    assert tree(root) == before


def test_the_driver_is_offered_when_the_programme_has_a_diagram(root: Path) -> None:
    _with_drivers(root)
    result = run(root, *NEW_INITIATIVE, input="x\n2\n" + "\n" * 20)
    assert result.exit_code == 0, result.output
    assert "Selvbestemmelse" in result.output and "Etiske dilemmaer" in result.output
    text = (root / "hoersholm" / "hoersholm-raad" / "initiative.yaml").read_text(encoding="utf-8")
    assert yaml.safe_load(text)["driver"] == "etik"


def test_a_driver_without_a_diagram_says_what_is_missing(root: Path) -> None:
    before = tree(root)
    result = run(root, *NEW_INITIATIVE, "--no-input", "--driver", "etik")
    assert result.exit_code == 2
    assert "no driver diagram yet, so 'etik' cannot be chosen" in " ".join(result.stderr.split())
    assert tree(root) == before
