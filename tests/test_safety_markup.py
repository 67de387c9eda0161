"""Markdown and terminal text are inert (issue 28, item 3): units, methods and image alt texts
are escaped like every other text; control characters and escape sequences from the files are
shown visibly, never sent raw to a terminal or a spreadsheet."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.writing_support import FOLDER, INITIATIVE, make_workspace, run

MEASURE = FOLDER / "measures" / "ventetid.yaml"


def _edit(root: Path, name: Path | str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text, (name, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _no_live_markup(page: str) -> None:
    assert re.search(r"<\s*(script|img|iframe)", page, re.IGNORECASE) is None, page
    assert re.search(r"(?<!\\)\]\((?:http|javascript)", page) is None, page


def test_the_unit_and_the_method_are_escaped_in_the_markdown_summary(tmp_path: Path) -> None:
    root = make_workspace(tmp_path)
    _edit(root, MEASURE, "unit: minutter", 'unit: "min<script>alert(1)</script>"')
    _edit(
        root,
        FOLDER / "initiative.yaml",
        "method: reflecting-team",
        'method: other\nmethod_description: "<img src=x onerror=alert(2)> [x](javascript:y)"',
    )
    done = run(root, "summary", "--format", "md", "--no-charts")
    assert done.exit_code == 0, done.output
    _no_live_markup(done.stdout)
    assert "min&lt;script&gt;" in done.stdout  # the words are kept, as text
    assert "&lt;img src=x" in done.stdout


HOSTILE_NAME = 'name: "Ventetid](http://example.org/x.png) <img src=x>"'


def test_alt_texts_of_the_package_and_the_closing_report_are_escaped(tmp_path: Path) -> None:
    root = make_workspace(tmp_path)
    _edit(root, MEASURE, "name: Ventetid til møde", HOSTILE_NAME)
    out = tmp_path / "pakke.zip"
    done = run(root, "package", INITIATIVE, "--format", "md", "--out", str(out))
    assert done.exit_code == 0, done.output
    with zipfile.ZipFile(out) as archive:
        page = archive.read("change.md").decode("utf-8")
    assert "![" in page, "the chart is in the page"
    _no_live_markup(page)
    final = tmp_path / "slut.md"
    done = run(root, "summary", "--final", "--out", str(final))
    assert done.exit_code == 0, done.output
    text = final.read_text(encoding="utf-8")
    _no_live_markup(text)


# -- terminal and spreadsheet ---------------------------------------------------------------------

ESCAPES = '"Noten\\e[2J\\e]0;hacked\\a skjult\\e[8m tekst\\x9b31m og \\x7f"'


def _workspace_with_controls(tmp_path: Path) -> Path:
    root = make_workspace(tmp_path)
    _edit(root, MEASURE, "value: 12}", f"value: 12, note: {ESCAPES}}}")
    cycle = FOLDER / "cycle-01-foerste-feedbackmoede.yaml"
    _edit(root, cycle, "title: Første feedbackmøde", f"title: {ESCAPES}")
    return root


@pytest.mark.parametrize(
    "args",
    [
        ["show", f"{INITIATIVE}#1"],
        ["show", INITIATIVE],
        ["list"],
        ["summary"],
        ["export", "measurements"],
        ["export", "cycles", "--excel"],
    ],
)
def test_control_characters_from_files_never_reach_the_terminal(
    tmp_path: Path, args: list[str]
) -> None:
    root = _workspace_with_controls(tmp_path)
    done = run(root, *args)
    assert done.exit_code == 0, done.output
    assert re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", done.output) is None, done.output
    if args[0] == "export" or args[1:] == [f"{INITIATIVE}#1"]:
        assert "␛[2J" in done.output  # shown, visibly


def test_a_bel_in_a_note_does_not_break_the_xlsx_export(tmp_path: Path) -> None:
    root = _workspace_with_controls(tmp_path)
    out = tmp_path / "data.xlsx"
    done = run(root, "export", "--out", str(out))
    assert done.exit_code == 0, done.output
    book = load_workbook(io.BytesIO(out.read_bytes()))
    notes = [c for s in book for row in s.iter_rows(values_only=True) for c in row if c]
    assert any("␇" in str(note) for note in notes)


@pytest.mark.parametrize("note", ["ring\x07klokke", "a\x1b[2Jb", "c\x9b31md"])
def test_a_control_character_is_refused_when_written(tmp_path: Path, note: str) -> None:
    root = make_workspace(tmp_path)
    data = tmp_path / "data.csv"
    data.write_text(f'date,value,note\n2021-04-05,12,"{note}"\n', encoding="utf-8")
    before = (root / MEASURE).read_bytes()
    done = run(root, "log", "ventetid", "--from-csv", str(data))
    assert done.exit_code == 1, done.output
    assert "control character" in done.output, done.output
    assert re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", done.output) is None
    typed = run(root, "log", "ventetid", "2021-04-05", "12", "--note", note)
    assert typed.exit_code == 1 and "control character" in typed.output, typed.output
    assert (root / MEASURE).read_bytes() == before
