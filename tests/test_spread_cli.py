"""Change packages and adoption through the CLI: `pdsa package` -> `pdsa adopt` -> `pdsa validate`,
adoption from a zip into a fresh workspace, and every refusal (twice, unknown source, a broken
zip, names that climb out, a zip bomb), each leaving the disk as it was."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner, Result

from pdsa_cli.cli.app import app
from tests.writing_support import tree

REPO = Path(__file__).resolve().parent.parent
SOURCE = "hoersholm-feedbackmoeder"
SECTIONS = ("final", "aim", "ramp", "measures", "results", "predictions", "pitfalls", "contact")


def run(root: Path, *args: str, lang: str = "en", input: str | None = None) -> Result:
    return CliRunner().invoke(app, ["--lang", lang, "--cycles", str(root), *args], input=input)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A copy of the example workspace (with its schemas beside it, as in the repository)."""
    shutil.copytree(REPO / "cycles", tmp_path / "cycles")
    shutil.copytree(REPO / "schemas", tmp_path / "schemas")
    return tmp_path / "cycles"


@pytest.fixture(scope="module")
def package_zip(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Hørsholm's feedback meetings as a package, made once from the example workspace."""
    out = tmp_path_factory.mktemp("package") / "feedback.zip"
    done = run(REPO / "cycles", "package", SOURCE, "--out", str(out), lang="da")
    assert done.exit_code == 0, done.output
    return out


def test_the_package_holds_a_self_contained_page_and_a_description(package_zip: Path) -> None:
    with zipfile.ZipFile(package_zip) as archive:
        assert sorted(archive.namelist()) == ["change.html", "change.yaml"]
        page = archive.read("change.html").decode("utf-8")
        data = yaml.safe_load(archive.read("change.yaml"))
    for ident in SECTIONS:
        assert f'id="{ident}"' in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)  # nothing remote
    assert "Content-Security-Policy" in page and "@page" in page
    assert page.count("<svg") >= 2  # both measures' charts, inline
    # The final adopted version is cycle 3 and the contact is a role, never a name.
    assert data["final_version"]["cycle"] == 3
    assert data["source"]["contact_role"] == "læringsagent i hjemmeplejen"
    assert "læringsagent i hjemmeplejen" in page
    assert [m["id"] for m in data["measures"]] == [
        "hoersholm-tilfredshed-feedback",
        "hoersholm-dokumentation-min",
    ]
    assert all("measurements" not in m for m in data["measures"])
    assert [s["number"] for s in data["ramp"]] == [1, 2, 3]
    # Danish by the workspace; pitfalls from the cycles' problems.
    assert "Faldgruber" in page and "kørestole" in page
    assert "Forudsigelserne mod resultaterne" in page


def test_markdown_package_with_its_charts(workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "md.zip"
    done = run(workspace, "package", SOURCE, "--out", str(out), "--format", "md")
    assert done.exit_code == 0, done.output
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        text = archive.read("change.md").decode("utf-8")
    assert {"change.md", "change.yaml"} <= names
    charts = {n for n in names if n.startswith("charts/")}
    assert len(charts) == 2 and all(f"]({name})" in text for name in charts)
    assert "## The final version of the change" in text and "## Pitfalls" in text


def test_package_refuses_an_unknown_initiative_and_a_non_zip_name(
    workspace: Path, tmp_path: Path
) -> None:
    done = run(workspace, "package", "no-such-thing", "--out", str(tmp_path / "x.zip"))
    assert done.exit_code == 1 and "no-such-thing" in done.output
    assert "hoersholm-feedbackmoeder" in done.output  # the known ones are named
    done = run(workspace, "package", SOURCE, "--out", str(workspace / "programme.yaml"))
    assert done.exit_code == 2 and ".zip" in done.output
    assert not (tmp_path / "x.zip").exists()


def test_package_then_adopt_into_another_municipality_then_validate(workspace: Path) -> None:
    done = run(workspace, "adopt", SOURCE, "--municipality", "allerod", "--no-input")
    assert done.exit_code == 0, done.output
    folder = workspace / "allerod" / "allerod-feedbackmoeder"
    initiative = yaml.safe_load((folder / "initiative.yaml").read_text(encoding="utf-8"))
    assert initiative["adapted_from"] == {
        "initiative": SOURCE,
        "municipality": "hoersholm",
        "cycle": 3,
    }
    assert initiative["aim"]["measure"] == "allerod-tilfredshed-feedback"  # free: short
    assert initiative["driver"] == "borgerens-stemme"  # the same place in the driver diagram
    source = workspace / "hoersholm" / SOURCE / "measures"
    # Allerød has a documentation-time measure of its own: the copy is named by the initiative.
    adopted = {
        "tilfredshed-feedback": "allerod-tilfredshed-feedback",
        "dokumentation-min": "allerod-feedbackmoeder-dokumentation-min",
    }
    for name, new_id in adopted.items():
        copied = yaml.safe_load((folder / "measures" / f"{new_id}.yaml").read_text())
        original = yaml.safe_load((source / f"hoersholm-{name}.yaml").read_text())
        assert copied["definition"] == original["definition"]
        assert copied["unit"] == original["unit"] and copied["frequency"] == original["frequency"]
        assert copied["measurements"] == []  # the definitions, never the data
        assert copied.get("theme") == original.get("theme")  # shown beside the others
    (cycle,) = folder.glob("cycle-01-*.yaml")
    plan = yaml.safe_load(cycle.read_text(encoding="utf-8"))["plan"]
    assert "Spredning af feedbackmøderne" in plan["objective"]
    assert "prediction" not in plan["questions"][0]  # left for the team
    assert "predictions" not in plan
    checked = run(workspace, "validate")
    assert checked.exit_code == 0, checked.output


def test_adopting_the_same_change_twice_is_refused_and_changes_nothing(workspace: Path) -> None:
    assert run(workspace, "adopt", SOURCE, "-m", "allerod", "--no-input").exit_code == 0
    before = tree(workspace)
    again = run(workspace, "adopt", SOURCE, "-m", "allerod", "--id", "other", "--no-input")
    assert again.exit_code == 1
    assert "already taken up" in again.output and "allerod-feedbackmoeder" in again.output
    assert "Traceback" not in again.output
    assert tree(workspace) == before


def test_adopting_from_an_unknown_source_or_into_its_own_municipality(workspace: Path) -> None:
    before = tree(workspace)
    done = run(workspace, "adopt", "feedbak", "-m", "allerod", "--no-input")
    assert done.exit_code == 1 and "neither an initiative" in done.output
    done = run(workspace, "adopt", "missing.zip", "-m", "allerod", "--no-input")
    assert done.exit_code == 1 and "missing.zip" in done.output
    done = run(workspace, "adopt", SOURCE, "-m", "hoersholm", "--no-input")
    assert done.exit_code == 1 and "own change" in done.output
    done = run(workspace, "adopt", SOURCE, "--no-input")
    assert done.exit_code == 2 and "--municipality" in done.output
    assert tree(workspace) == before


def test_adopt_from_the_zip_into_a_fresh_workspace(package_zip: Path, tmp_path: Path) -> None:
    root = tmp_path / "new"
    made = CliRunner().invoke(
        app, ["--lang", "da", "init", str(root), "--name", "Udefra", "--language", "da",
              "--no-input"]
    )  # fmt: skip
    assert made.exit_code == 0, made.output
    done = run(
        root,
        "adopt",
        str(package_zip),
        "--municipality",
        "roskilde",
        "--municipality-name",
        "Roskilde Kommune",
        "--contact-role",
        "udviklingskonsulent",
        "--date",
        "2022-01-10",
        "--no-input",
        lang="da",
    )
    assert done.exit_code == 0, done.output
    assert "taget op i roskilde" in done.output
    initiative = yaml.safe_load(
        (root / "roskilde" / "roskilde-feedbackmoeder" / "initiative.yaml").read_text()
    )
    assert initiative["adapted_from"]["package"] == "feedback.zip"
    assert "driver" not in initiative  # a fresh workspace draws no driver diagram
    # Hørsholm is not in this workspace: it is named as people know it, not by an id.
    assert initiative["adapted_from"]["municipality"] == "Hørsholm Kommune"
    assert initiative["started"].isoformat() == "2022-01-10"
    checked = run(root, "validate")
    assert checked.exit_code == 0, checked.output
    assert "adapted-from-unknown" not in run(root, "validate", "--strict").output
    again = run(root, "adopt", str(package_zip), "-m", "roskilde", "--id", "x", "--no-input")
    assert again.exit_code == 1 and "roskilde-feedbackmoeder" in again.output
    shown = run(root, "summary", "--no-charts", lang="da").stdout
    assert "Hørsholm Kommune (uden for programmet) → Roskilde Kommune" in shown


def test_adopt_asks_for_what_is_missing(workspace: Path) -> None:
    # municipality by number? no: by id; then the id and name are offered as defaults.
    # the plan date, then the target date: the source's is offered (Enter takes it)
    answers = "fredensborg\n\n\n2021-12-01\n\n"
    done = run(workspace, "adopt", SOURCE, input=answers)
    assert done.exit_code == 0, done.output
    initiative = workspace / "fredensborg" / "fredensborg-feedbackmoeder" / "initiative.yaml"
    assert "target_date: 2021-11-30" in initiative.read_text(encoding="utf-8")


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("members", "words"),
    [
        ({"../../evil.yaml": b"x", "change.yaml": b"format: x"}, "points outside the package"),
        ({"/etc/passwd": b"x", "change.yaml": b"x"}, "points outside the package"),
        ({"change.yaml": b"x", "run.sh": b"rm -rf /"}, "does not have"),
        ({"change.html": b"<p>"}, "no change.yaml"),
        ({"change.yaml": b"format: [unclosed"}, "cannot be read"),
        ({"change.yaml": b"format: pdsa-change-package/1\nlanguage: da\n"}, "cannot be read"),
    ],
)
def test_unsafe_or_broken_packages_are_refused(
    workspace: Path, tmp_path: Path, members: dict[str, bytes], words: str
) -> None:
    bad = _zip(tmp_path / "bad.zip", members)
    before = tree(workspace)
    done = run(workspace, "adopt", str(bad), "-m", "allerod", "--no-input")
    assert done.exit_code == 1, done.output
    assert words in done.output and "Traceback" not in done.output
    assert tree(workspace) == before
    assert not (tmp_path / "evil.yaml").exists()


def test_a_file_that_is_no_zip_is_refused(workspace: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip file")
    before = tree(workspace)
    done = run(workspace, "adopt", str(broken), "-m", "allerod", "--no-input")
    assert done.exit_code == 1 and "not a valid zip" in done.output
    assert tree(workspace) == before


def test_a_zip_bomb_is_refused_without_unpacking_it(workspace: Path, tmp_path: Path) -> None:
    # 200 MB of spaces packs into a few hundred kB; the description alone would fill the memory.
    bomb = tmp_path / "bomb.zip"
    block = b" " * (1024 * 1024)
    with (
        zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open("change.yaml", "w", force_zip64=True) as stream,
    ):
        for _ in range(200):
            stream.write(block)
    assert bomb.stat().st_size < 1024 * 1024
    done = run(workspace, "adopt", str(bomb), "-m", "allerod", "--no-input")
    assert done.exit_code == 1 and "too big" in done.output


def test_a_lying_size_header_is_caught_while_reading(workspace: Path, tmp_path: Path) -> None:
    """A header may claim a small size; the description is read with a cap all the same."""
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("change.yaml", b"#" * (3 * 1024 * 1024))
    raw = bytearray(data.getvalue())
    # Patch the central directory's uncompressed size (offset 24 in each entry) to 10 bytes.
    central = raw.rfind(b"PK\x01\x02")
    raw[central + 24 : central + 28] = (10).to_bytes(4, "little")
    liar = tmp_path / "liar.zip"
    liar.write_bytes(bytes(raw))
    done = run(workspace, "adopt", str(liar), "-m", "allerod", "--no-input")
    assert done.exit_code == 1 and "Traceback" not in done.output
    assert "too big" in done.output or "not a valid zip" in done.output


def test_cpr_like_numbers_never_reach_the_package(workspace: Path, tmp_path: Path) -> None:
    programme = workspace / "programme.yaml"
    text = programme.read_text(encoding="utf-8")
    opted_out = re.sub(r"cpr_numbers: error", "cpr_numbers: warning", text)
    assert opted_out != text
    programme.write_text(opted_out, encoding="utf-8")
    (cycle,) = (workspace / "hoersholm" / SOURCE).glob("cycle-01-*.yaml")
    cycle.write_text(
        cycle.read_text(encoding="utf-8").replace(
            "Fire temaer var for mange.", "Fire temaer var for mange (borger 010190-1234)."
        ),
        encoding="utf-8",
    )
    out = tmp_path / "p.zip"
    assert run(workspace, "package", SOURCE, "--out", str(out), "--no-charts").exit_code == 0
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            content = archive.read(name).decode("utf-8")
            assert "010190-1234" not in content and "0101901234" not in content
        assert "010190-XXXX" in archive.read("change.html").decode("utf-8")


def test_package_refuses_errors_in_its_own_files_but_not_elsewhere(
    workspace: Path, tmp_path: Path
) -> None:
    elsewhere = workspace / "gribskov" / "gribskov-etisk-raad" / "cycle-01-foerste-raadsmoeder.yaml"
    elsewhere.write_text("number: [\n", encoding="utf-8")
    out = tmp_path / "a.zip"
    done = run(workspace, "package", SOURCE, "--out", str(out), "--no-charts")
    assert done.exit_code == 0, done.output
    (own,) = (workspace / "hoersholm" / SOURCE).glob("cycle-02-*.yaml")
    own.write_text(own.read_text(encoding="utf-8").replace("number: 2", "number: two"))
    out.unlink()
    done = run(workspace, "package", SOURCE, "--out", str(out), "--no-charts")
    assert done.exit_code == 1 and "fix them" in done.output and "cycle-02" in done.output
    assert not out.exists()


def test_a_cpr_like_number_in_a_package_from_elsewhere_is_never_written(
    package_zip: Path, workspace: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(package_zip) as archive:
        description = archive.read("change.yaml").decode("utf-8")
    planted = description.replace(
        "name: Feedbackmøder med reflekterende team i hjemmeplejen",
        "name: Feedbackmøder (borger 010190-1234)",
        1,
    )
    assert planted != description
    other = _zip(tmp_path / "other.zip", {"change.yaml": planted.encode("utf-8")})
    done = run(workspace, "adopt", str(other), "-m", "allerod", "--no-input")
    assert done.exit_code == 0, done.output
    written = (workspace / "allerod" / "allerod-feedbackmoeder" / "initiative.yaml").read_text()
    assert "010190-1234" not in written and "010190-XXXX" in written
    assert run(workspace, "validate").exit_code == 0
