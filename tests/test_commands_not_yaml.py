"""Issue 27, item 3: what needed YAML editing has commands (an aim's target and target date, the
programme's seminars and end date), and a programme that is not North Zealand's is made and
filled with commands only, in Danish; `pdsa validate` finds nothing to say."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.test_everyday_input import run_da
from tests.writing_support import FOLDER, make_workspace, tree

BALLERUP = [
    ["init", "{root}", "--name", "Styrket Sammenhæng", "--language", "da",
     "--track", "Hjem fra ophold", "--track", "Hverdagen hjemme", "--track", "Forebyggelse",
     "--no-input"],
    ["new", "--municipality", "ballerup", "--new-municipality", "--municipality-name",
     "Ballerup Kommune", "--contact-role", "læringsagent", "--initiative",
     "overgang-korttid-hjem", "--new-initiative", "--initiative-name",
     "Trygge overgange fra korttidsophold", "--track", "3", "--aim",
     "Færre uforberedte hjemkomster inden sommeren 2023", "--method", "andet",
     "--method-description", "Udskrivelsestjekliste", "--title", "Tjeklisten prøves",
     "--objective", "Bruges tjeklisten ved hver udskrivelse?", "--date", "uge 36 2022",
     "--question", "Bruges den?", "--prediction", "Ved 8 af 10 udskrivelser",
     "--no-input"],
    ["new-measure", "tjekliste", "--initiative", "overgang-korttid-hjem", "--name",
     "Udskrivelser med tjekliste", "--family", "proces", "--definition",
     "Udskrivelser, hvor tjeklisten er udfyldt", "--unit", "andel", "--data-type", "andel",
     "--direction", "op", "--target", "0,9", "--no-input"],
    ["log", "tjekliste", "uge 36 2022", "--numerator", "3", "--denominator", "5"],
    ["log", "tjekliste", "2022-W37", "--numerator", "4", "--denominator", "5"],
    ["aim", "overgang-korttid-hjem", "--measure", "tjekliste", "--target", "0,9",
     "--target-date", "30.06.23"],
    ["seminar", "1", "27.10.22", "--title", "Første læringsseminar", "--place", "Ballerup"],
    ["seminar", "2", "02.03.23"],
    ["programme", "--end", "30.06.23"],
    ["do", "overgang-korttid-hjem#1", "--start", "05.09.22", "--what-happened", "Brugt 8 gange",
     "--no-input"],
    ["study", "overgang-korttid-hjem#1", "--date", "19.09.22", "--results", "7 af 10",
     "--compared", "Lidt under forudsigelsen", "--no-input"],
    ["act", "overgang-korttid-hjem#1", "--decision", "tilpas", "--next-step", "Også i weekenden",
     "--date", "20.09.22", "--no-input"],
    ["new", "--initiative", "overgang-korttid-hjem", "--from", "1", "--title", "Weekender",
     "--no-input"],
    ["validate", "--strict"],
]  # fmt: skip


def test_a_programme_of_its_own_made_and_filled_with_commands_only(tmp_path: Path) -> None:
    root = tmp_path / "styrket"
    for step in BALLERUP:
        done = run_da(root, *(word.format(root=root) for word in step))
        assert done.exit_code == 0, f"{step}\n{done.output}"
    programme = yaml.safe_load((root / "programme.yaml").read_text("utf-8"))
    assert [t["id"] for t in programme["tracks"]] == [1, 2, 3]
    assert [s["number"] for s in programme["seminars"]] == [1, 2]
    assert str(programme["end"]) == "2023-06-30"
    folder = root / "ballerup" / "overgang-korttid-hjem"
    initiative = yaml.safe_load((folder / "initiative.yaml").read_text("utf-8"))
    assert initiative["track"] == 3
    aim = initiative["aim"]
    assert (aim["measure"], aim["target"], str(aim["target_date"])) == (
        "tjekliste",
        0.9,
        "2023-06-30",
    )
    second = yaml.safe_load(next(folder.glob("cycle-02-*.yaml")).read_text("utf-8"))
    assert str(second["plan"]["date"]) == "2022-09-20"  # the ramp's last date, not today


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_workspace(tmp_path)


def test_aim_keeps_the_statement_and_the_comments(root: Path) -> None:
    path = root / FOLDER / "initiative.yaml"
    path.write_text(path.read_text("utf-8").replace("track: 1", "track: 1  # borgerne"), "utf-8")
    done = run_da(root, "aim", "hoersholm-feedbackmoeder", "--target", "12,5", "--measure",
                  "ventetid", "--target-date", "uge 22 2021")  # fmt: skip
    assert done.exit_code == 0, done.output
    text = path.read_text("utf-8")
    assert "# borgerne" in text
    aim = yaml.safe_load(text)["aim"]
    assert aim["statement"].startswith("Flere borgere oplever")
    assert (aim["target"], str(aim["target_date"])) == (12.5, "2021-05-31")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["aim", "hoersholm-feedbackmoeder"], "Intet at ændre"),
        (["aim", "hoersholm-feedbackmoeder", "--measure", "ventetd"], "mente du 'ventetid'?"),
        (["aim", "hoersholm-feedbackmoeder", "--target-date", "31.02.23"], "ikke en rigtig dato"),
        (["programme"], "Intet at ændre"),
        (["seminar", "1", "i morgen tidlig"], "er ikke en dato"),
    ],
)
def test_bad_settings_change_nothing(root: Path, args: list[str], said: str) -> None:
    before = tree(root)
    done = run_da(root, *args)
    assert done.exit_code != 0
    assert said in done.output
    assert tree(root) == before


def test_seminars_out_of_date_order_are_refused(root: Path) -> None:
    assert run_da(root, "seminar", "1", "01.03.21").exit_code == 0
    before = tree(root)
    done = run_da(root, "seminar", "2", "01.02.21")
    assert done.exit_code == 1, done.output
    assert tree(root) == before


def test_a_track_the_programme_lacks_names_the_ones_it_has(root: Path) -> None:
    before = tree(root)
    new = ["--new-initiative", "--initiative-name", "Ny", "--track", "3", "--aim", "Mål"]
    done = run_da(root, "new", "--municipality", "allerod", "--initiative", "ny", *new,
                  "--method", "icdp", "--title", "T", "--objective", "O", "--no-input")  # fmt: skip
    assert done.exit_code == 2
    assert "Programmet har intet spor 3; vælg et af: 1, 2." in done.output
    assert tree(root) == before
