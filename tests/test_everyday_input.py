"""Issue 27: what a Ballerup learning agent types, read as `pdsa import` reads it.

Dates in every form import takes, numbers with a decimal comma, global options after the
command. Every test runs in Danish, as the users do.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner, Result

from pdsa_cli.cli.app import app
from tests.writing_support import FOLDER, make_workspace, tree


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return make_workspace(tmp_path)


def run_da(root: Path, *args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(app, ["--lang", "da", "--cycles", str(root), *args], input=input)


def dates_of(root: Path, measure: str) -> list[str]:
    data = yaml.safe_load((root / FOLDER / "measures" / f"{measure}.yaml").read_text("utf-8"))
    return [str(item["date"]) for item in data["measurements"] or []]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("uge 36 2022", "2022-09-05"),  # an ISO week is stored as its Monday, as import does
        ("2022-W36", "2022-09-05"),
        ("01.09.22", "2022-09-01"),  # a two-digit year
        ("01-09-2022", "2022-09-01"),
        ("2022-09-01", "2022-09-01"),
    ],
)
def test_log_takes_every_date_import_takes(root: Path, typed: str, stored: str) -> None:
    result = run_da(root, "log", "antal-fald", typed, "3")
    assert result.exit_code == 0, result.output
    assert dates_of(root, "antal-fald") == [stored]


def test_a_month_for_a_monthly_measure(root: Path) -> None:
    result = run_da(root, "log", "andel-tilfredse", "september 2022", "--numerator", "4",
                    "--denominator", "5")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert dates_of(root, "andel-tilfredse") == ["2022-09-01"]


def test_an_impossible_day_is_named_and_changes_nothing(root: Path) -> None:
    before = tree(root)
    result = run_da(root, "log", "antal-fald", "31.02.22", "3")
    assert result.exit_code == 2
    assert "'31.02.22' er ikke en rigtig dato" in result.output
    assert tree(root) == before


def test_phase_dates_take_weeks_and_short_years(root: Path) -> None:
    new = run_da(root, "new", "--initiative", "hoersholm-feedbackmoeder", "--title", "Anden runde",
                 "--objective", "Prøv igen", "--date", "05.09.22", "--no-input")  # fmt: skip
    assert new.exit_code == 0, new.output
    done = run_da(root, "do", "hoersholm-feedbackmoeder#2", "--start", "uge 37 2022",
                  "--what-happened", "Det gik", "--no-input")  # fmt: skip
    assert done.exit_code == 0, done.output
    cycle = next((root / FOLDER).glob("cycle-02-*.yaml"))
    data = yaml.safe_load(cycle.read_text("utf-8"))
    assert str(data["plan"]["date"]) == "2022-09-05"
    assert str(data["do"]["start"]) == "2022-09-12"


def test_new_measure_target_takes_a_decimal_comma(root: Path) -> None:
    result = run_da(root, "new-measure", "tjekliste", "--initiative", "hoersholm-feedbackmoeder",
                    "--name", "Udskrivelsestjekliste", "--family", "proces",
                    "--definition", "Tjeklister udfyldt", "--unit", "andel",
                    "--data-type", "værdi", "--direction", "op", "--frequency", "uge",
                    "--target", "0,9", "--no-input")  # fmt: skip
    assert result.exit_code == 0, result.output
    saved = yaml.safe_load((root / FOLDER / "measures" / "tjekliste.yaml").read_text("utf-8"))
    assert saved["target"] == 0.9


def test_a_number_option_that_is_no_number_says_so_in_danish(root: Path) -> None:
    before = tree(root)
    result = run_da(root, "analyze", "ventetid", "--target", "12,5x")
    assert result.exit_code == 2
    assert "'12,5x' er ikke et tal" in result.output
    assert tree(root) == before


@pytest.mark.parametrize("option", ["--target", "--cl"])
def test_analysis_number_options_take_a_decimal_comma(root: Path, option: str) -> None:
    comma = run_da(root, "analyze", "ventetid", option, "12,5", "--json")
    point = run_da(root, "analyze", "ventetid", option, "12.5", "--json")
    assert comma.exit_code == 0, comma.output
    assert comma.output == point.output


def test_global_options_after_the_command(root: Path) -> None:
    env = {**os.environ, "COLUMNS": "120", "PDSA_LANG": "en"}
    command = [sys.executable, "-m", "pdsa_cli", "init", "--help", "--lang", "da"]
    help_screen = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert help_screen.returncode == 0, help_screen.stderr
    assert "Opret en ny arbejdsmappe" in help_screen.stdout
    listed = CliRunner().invoke(app, ["list", "--cycles", str(root), "--lang=da"])
    assert listed.exit_code == 0, listed.output
    assert "Indsatser" in listed.output and "hoersholm-feedbackmoeder" in listed.output


def test_a_commands_own_lang_stays_its_own(root: Path) -> None:
    """`pdsa summary --lang` is summary's own option (the report's language): not moved."""
    result = CliRunner().invoke(app, ["summary", "--help", "--lang", "da"])
    assert result.exit_code == 0, result.output


# -- past work (item 4) -------------------------------------------------------------------------


def plan_of(root: Path, number: int) -> dict[str, object]:
    path = next((root / FOLDER).glob(f"cycle-{number:02d}-*.yaml"))
    data: dict[str, object] = yaml.safe_load(path.read_text("utf-8"))
    return data


def test_new_without_a_date_starts_at_the_ramps_last_date(root: Path) -> None:
    result = run_da(root, "new", "--initiative", "hoersholm-feedbackmoeder", "--from", "1",
                    "--title", "To borgere", "--no-input")  # fmt: skip
    assert result.exit_code == 0, result.output
    plan = plan_of(root, 2)["plan"]
    assert isinstance(plan, dict) and str(plan["date"]) == "2021-03-12"  # cycle 1's Act


def test_a_do_date_before_the_plan_names_the_command_that_mends_it(root: Path) -> None:
    new = run_da(root, "new", "--initiative", "hoersholm-feedbackmoeder", "--title", "Sent",
                 "--objective", "Prøv", "--date", "2026-12-07", "--no-input")  # fmt: skip
    assert new.exit_code == 0, new.output
    before = tree(root)
    refused = run_da(root, "do", "hoersholm-feedbackmoeder#2", "--start", "26.09.22", "--no-input")
    assert refused.exit_code == 1
    assert "do.start (2022-09-26) ligger før plan.date (2026-12-07)" in refused.output
    assert "pdsa do hoersholm-feedbackmoeder#2 --plan-date DATO" in refused.output
    assert tree(root) == before
    mended = run_da(root, "do", "hoersholm-feedbackmoeder#2", "--plan-date", "19.09.22",
                    "--start", "26.09.22", "--no-input")  # fmt: skip
    assert mended.exit_code == 0, mended.output
    data = plan_of(root, 2)
    assert str(data["plan"]["date"]) == "2022-09-19"  # type: ignore[index]
    assert str(data["do"]["start"]) == "2022-09-26"  # type: ignore[index]


def test_plan_date_alone_moves_only_the_plan(root: Path) -> None:
    new = run_da(root, "new", "--initiative", "hoersholm-feedbackmoeder", "--title", "Sent",
                 "--objective", "Prøv", "--date", "2026-12-07", "--no-input")  # fmt: skip
    assert new.exit_code == 0, new.output
    moved = run_da(root, "do", "hoersholm-feedbackmoeder#2", "--plan-date", "uge 38 2022")
    assert moved.exit_code == 0, moved.output
    assert "Planens dato er nu 2022-09-19" in moved.output
    data = plan_of(root, 2)
    assert str(data["plan"]["date"]) == "2022-09-19"  # type: ignore[index]
    assert "do" not in data


# -- prompts (item 6) ---------------------------------------------------------------------------


def test_new_measure_asks_in_the_guides_order_and_checks_each_answer(root: Path) -> None:
    answers = [
        "hoersholm-feedbackmoeder",  # initiative
        "Fald i eget hjem",  # name
        "",  # id: the suggested slug
        "resultat",  # family
        "ned",  # a direction typed for the definition: refused, asked again
        "Fald registreret i omsorgssystemet",  # definition
        "20",  # a number for the unit: refused, asked again
        "fald",  # unit
        "antal",  # data type
        "ned",  # direction
        "", "",  # chart, frequency: the suggestions
    ]  # fmt: skip
    done = run_da(root, "new-measure", input="\n".join(answers) + "\n")
    assert done.exit_code == 0, done.output
    assert "'ned' er ikke en definition" in done.output
    assert "'20' er ikke en enhed" in done.output
    saved = yaml.safe_load(
        (root / FOLDER / "measures" / "fald-i-eget-hjem.yaml").read_text("utf-8")
    )
    assert saved["definition"] == "Fald registreret i omsorgssystemet"
    assert (saved["unit"], saved["data_type"], saved["direction"]) == ("fald", "count", "down")


def test_new_measure_refuses_a_number_as_unit_from_a_flag(root: Path) -> None:
    before = tree(root)
    result = run_da(root, "new-measure", "fald", "--initiative", "hoersholm-feedbackmoeder",
                    "--name", "Fald", "--family", "resultat", "--definition", "ned",
                    "--unit", "fald", "--data-type", "antal", "--no-input")  # fmt: skip
    assert result.exit_code == 2
    assert "'ned' er ikke en definition" in result.output
    assert tree(root) == before


def cycle_two_studied(root: Path) -> None:
    steps = [
        ("new", "--initiative", "hoersholm-feedbackmoeder", "--title", "Anden", "--objective",
         "Prøv", "--no-input"),
        ("do", "hoersholm-feedbackmoeder#2", "--start", "13.03.21", "--no-input"),
        ("study", "hoersholm-feedbackmoeder#2", "--results", "Godt", "--date", "14.03.21",
         "--no-input"),
    ]  # fmt: skip
    for step in steps:
        done = run_da(root, *step)
        assert done.exit_code == 0, done.output


def test_act_asks_decision_then_next_step_then_date(root: Path) -> None:
    cycle_two_studied(root)
    answers = ["tilpas", "Prøv med to borgere", "15.03.21", "n"]
    done = run_da(root, "act", "hoersholm-feedbackmoeder#2", input="\n".join(answers) + "\n")
    assert done.exit_code == 0, done.output
    said = done.output
    assert said.index("Beslutning") < said.index("Næste skridt") < said.index("Dato for beslut")


def test_eof_after_a_saved_act_is_done(root: Path) -> None:
    cycle_two_studied(root)
    done = run_da(root, "act", "hoersholm-feedbackmoeder#2", "--decision", "tilpas",
                  input="")  # fmt: skip  # the offer of cycle 3 meets the end of input
    assert done.exit_code == 0, done.output
    assert "Act er gemt i" in done.output and "ingen ny cyklus er startet" in done.output
    assert "Afbrudt" not in done.output
    assert plan_of(root, 2)["act"]["decision"] == "adapt"  # type: ignore[index]


def test_init_asks_the_language_again_in_danish(tmp_path: Path) -> None:
    folder = tmp_path / "ballerup"
    answers = ["fransk", "dansk", "Styrket Sammenhæng", "Spor A", "Spor B"]
    done = CliRunner().invoke(app, ["--lang", "da", "init", str(folder)],
                              input="\n".join(answers) + "\n")  # fmt: skip
    assert done.exit_code == 0, done.output
    assert "Ukendt sprog 'fransk'; vælg da eller en." in done.output
    assert "Error" not in done.output
    programme = yaml.safe_load((folder / "programme.yaml").read_text("utf-8"))
    assert programme["language"] == "da" and programme["name"] == "Styrket Sammenhæng"


# -- did you mean (item 7) ----------------------------------------------------------------------


def test_a_typo_in_a_municipality_asks_did_you_mean_and_creating_is_not_the_default(
    root: Path,
) -> None:
    before = tree(root)
    done = run_da(root, "new", input="horsholm\nn\n\n")  # no, it was not meant; Enter: no
    assert "'horsholm' findes ikke; mente du 'hoersholm'? [J/n]" in done.output
    assert "Opret 'horsholm' som ny kommune? [j/N]" in done.output
    assert done.exit_code == 1
    assert tree(root) == before


def test_yes_to_did_you_mean_takes_the_known_initiative(root: Path) -> None:
    done = run_da(root, "new", "--initiative", "hoersholm-feedbackmoder", "--title", "Tredje",
                  "--objective", "Prøv", input="\n" * 20)  # fmt: skip
    assert done.exit_code == 0, done.output
    assert "mente du 'hoersholm-feedbackmoeder'?" in done.output
    assert not (root / "hoersholm" / "hoersholm-feedbackmoder").exists()
    assert list((root / FOLDER).glob("cycle-02-tredje.yaml"))


@pytest.mark.parametrize(
    ("args", "meant"),
    [
        (["log", "ventetd", "2021-04-05", "9"], "ventetid"),
        (["analyze", "ventetd"], "ventetid"),
        (["do", "hoersholm-feedbackmoder#1", "--no-input"], "hoersholm-feedbackmoeder"),
        (
            [
                "new",
                "--initiative",
                "hoersholm-feedbackmoder",
                "--title",
                "T",
                "--objective",
                "O",
                "--no-input",
            ],
            "hoersholm-feedbackmoeder",
        ),
        (
            [
                "new",
                "--initiative",
                "ny-indsats",
                "--municipality",
                "allerd",
                "--new-initiative",
                "--no-input",
            ],
            "allerod",
        ),
    ],
)
def test_an_unknown_id_close_to_a_known_one_says_did_you_mean(
    root: Path, args: list[str], meant: str
) -> None:
    before = tree(root)
    done = run_da(root, *args)
    assert done.exit_code != 0
    assert f"mente du '{meant}'?" in done.output
    assert tree(root) == before


# -- Danish all through (item 10) ---------------------------------------------------------------


def test_excel_csv_in_danish_has_danish_words_not_ids(root: Path) -> None:
    assert run_da(root, "log", "antal-fald", "05.09.22", "2").exit_code == 0
    measurements = run_da(root, "export", "--excel")
    cycles = run_da(root, "export", "cycles", "--excel")
    assert measurements.exit_code == 0 and cycles.exit_code == 0
    assert ";balance;" in measurements.stdout and "balancing" not in measurements.stdout
    assert ";afsluttet;tilpas;" in cycles.stdout
    assert "plandato" in cycles.stdout and "beslutningsdato" in cycles.stdout
    assert "plan dato" not in cycles.stdout and "handl dato" not in cycles.stdout


def test_a_plain_xlsx_export_speaks_the_workspace_language(root: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "data.xlsx"
    assert run_da(root, "export", "--out", str(out)).exit_code == 0
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["målinger", "cyklusser"]
    cycles = list(book["cyklusser"].iter_rows(values_only=True))
    assert cycles[0][:6] == ("kommune", "indsats", "cyklus", "titel", "status", "beslutning")
    assert cycles[1][4:6] == ("afsluttet", "tilpas")
    book.close()


def test_an_unknown_cycle_number_names_the_ones_there_are(root: Path) -> None:
    done = run_da(root, "do", "hoersholm-feedbackmoeder#9", "--no-input")
    assert done.exit_code == 1
    assert "har ingen cyklus nummer 9 (den har: 1)" in done.output
