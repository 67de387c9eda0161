"""CPR numbers as the parser sees them (issue 28, item 2): the widened shapes, numbers that YAML
folds, escapes or joins, every export column, the chart command line, and the writer's folds."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from typer.testing import CliRunner, Result

from pdsa_cli.cli.app import app
from pdsa_cli.workspace.cpr import find_cpr_lines, looks_like_cpr, mask_cpr
from pdsa_cli.writing.writer import dump_text
from tests.writing_support import FOLDER, make_workspace

# Every separator docs/security.md lists, and digits of other scripts and forms.
SEPARATORS = "-\u2010\u2011\u2013\u2014\u2212\uff0d \u00a0\u202f\u3000\t\n\r/\uff0f._\uff3f\uff0e"
DIGIT_FORMS = {
    "ascii": "0123456789",
    "fullwidth": "０１２３４５６７８９",
    "superscript": "⁰¹²³⁴⁵⁶⁷⁸⁹",
    "subscript": "₀₁₂₃₄₅₆₇₈₉",
    "arabic-indic": "٠١٢٣٤٥٦٧٨٩",
    "devanagari": "०१२३४५६७८९",
}
SHAPES = [
    "01-01-90-1234",
    "010190 - 1234",
    "010190/1234",
    "01 01 90 1234",
    "010190_1234",
    "010190.1234",
    "⁰¹⁰¹⁹⁰-¹²³⁴",
    "010190\n1234",
    "01/01/90 1234",
]


@st.composite
def cpr_shapes(draw: st.DrawFn) -> str:
    day = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
    serial = f"{draw(st.integers(0, 9999)):04d}"
    runs = st.text(alphabet=SEPARATORS, min_size=0, max_size=3)
    between = draw(runs)  # the same run between day, month and year
    rest = draw(st.text(alphabet=SEPARATORS, min_size=0, max_size=8))
    digits = DIGIT_FORMS[draw(st.sampled_from(sorted(DIGIT_FORMS)))]
    text = f"{day:%d}{between}{day:%m}{between}{day:%y}{rest}{serial}"
    return text.translate(str.maketrans("0123456789", digits))


@given(number=cpr_shapes(), before=st.sampled_from(["Borger ", "", "x:", "(", "æ "]))
def test_every_widened_shape_is_found_and_masked(number: str, before: str) -> None:
    text = f"{before}{number} deltog"
    assert looks_like_cpr(text)
    masked = mask_cpr(text)
    assert not looks_like_cpr(masked)
    assert masked.endswith("-XXXX deltog")
    assert list(find_cpr_lines(f"a: 1\nnote: '{text}'\n".encode())) == [2]


@pytest.mark.parametrize("shape", SHAPES)
def test_the_shapes_the_attack_used_are_found(shape: str) -> None:
    assert looks_like_cpr(f"Borger {shape}")


@pytest.mark.parametrize(
    "text",
    ["2021-03-01", "01.06.2021", "12 34 56 78", "+45 12 34 56 78", "1.05 20.1234", "v1.2.3"],
)
def test_dates_phone_numbers_and_decimals_are_still_left_alone(text: str) -> None:
    assert not looks_like_cpr(text)


# -- what the parser reads ------------------------------------------------------------------------

HIDDEN = {
    "folded": "note: >-\n      Borger 010190\n\n      1234\n",
    "escaped": 'note: "Borger \\x30\\x31\\x30\\x31\\x39\\x30-1234"\n',
    "joined": 'note: "Borger 010190-\\\n      1234"\n',
    "unicode-escape": 'note: "Borger \\u0030101901234"\n',
}


def run(root: Path, *args: str) -> Result:
    return CliRunner().invoke(app, ["--lang", "da", "--cycles", str(root), *args])


def _workspace(tmp_path: Path, note: str, warning: bool) -> Path:
    root = make_workspace(tmp_path)
    if warning:
        programme = root / "programme.yaml"
        text = programme.read_text(encoding="utf-8")
        programme.write_text(text + "personal_data:\n  cpr_numbers: warning\n", encoding="utf-8")
    measure = root / FOLDER / "measures" / "ventetid.yaml"
    text = measure.read_text(encoding="utf-8")
    # The measure's name too: every report shows it.
    text = text.replace("name: Ventetid til møde\n", "n" + note.replace("note:", "ame:", 1))
    entry = "  - date: 2021-03-29\n    value: 10\n    " + note.replace("\n", "\n    ").rstrip()
    measure.write_text(text.rstrip("\n") + "\n" + entry + "\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("how", sorted(HIDDEN))
def test_validate_refuses_a_number_the_bytes_do_not_show(tmp_path: Path, how: str) -> None:
    root = _workspace(tmp_path, HIDDEN[how], warning=False)
    done = run(root, "validate")
    assert done.exit_code == 1, done.output
    assert "ventetid.yaml" in done.output and "CPR" in done.output, done.output


@pytest.mark.parametrize("how", sorted(HIDDEN))
@pytest.mark.parametrize(
    "args",
    [
        ["export", "measurements"],
        ["export", "measurements", "--excel"],
        ["summary", "--format", "json"],
    ],
)
def test_no_output_shows_a_number_the_bytes_do_not_show(
    tmp_path: Path, how: str, args: list[str]
) -> None:
    root = _workspace(tmp_path, HIDDEN[how], warning=True)
    done = run(root, *args)
    assert done.exit_code == 0, done.output
    assert not looks_like_cpr(done.stdout), done.stdout
    assert "XXXX" in done.stdout


def test_an_xlsx_export_masks_every_column(tmp_path: Path) -> None:
    root = _workspace(tmp_path, HIDDEN["escaped"], warning=True)
    # An id is a valid slug and names a folder: it reaches the initiative and file columns.
    (root / FOLDER).rename(root / "hoersholm" / "borger-010190-1234")
    out = tmp_path / "data.xlsx"
    done = run(root, "export", "--out", str(out))
    assert done.exit_code == 0, done.output
    book = load_workbook(io.BytesIO(out.read_bytes()))
    cells = [str(c) for sheet in book for row in sheet.iter_rows(values_only=True) for c in row]
    assert not any(looks_like_cpr(cell) for cell in cells)
    assert any("010190-XXXX" in cell for cell in cells)
    csv = run(root, "export", "cycles")
    assert not looks_like_cpr(csv.stdout) and "borger-010190-XXXX" in csv.stdout


def test_a_title_or_file_name_on_the_chart_command_line_is_masked(tmp_path: Path) -> None:
    root = make_workspace(tmp_path)
    svg = tmp_path / "t.svg"
    done = run(root, "chart", "ventetid", "--title", "Borger 010190-1234", "--out", str(svg))
    assert done.exit_code == 0, done.output
    assert not looks_like_cpr(svg.read_text(encoding="utf-8"))
    png = tmp_path / "t.png"
    done = run(root, "chart", "ventetid", "--subtitle", "Borger 01 01 90 1234", "--out", str(png))
    assert done.exit_code == 0, done.output
    assert not looks_like_cpr(png.read_bytes().decode("latin-1"))
    data = tmp_path / "borger-010190-1234.csv"
    data.write_text("x,y\n" + "".join(f"2021-03-{d:02d},{d}\n" for d in range(1, 15)))
    csv_svg = tmp_path / "c.svg"
    done = run(root, "chart", str(data), "--out", str(csv_svg))
    assert done.exit_code == 0, done.output
    assert not looks_like_cpr(csv_svg.read_text(encoding="utf-8"))


def test_the_writer_never_folds_a_line_inside_a_number() -> None:
    long = "x" * 4079 + " 010190 1234"
    text = dump_text({"what": long})
    assert text.count("\n") == 1, "one line: a fold would split the number over two"


def test_adopt_writes_no_number_a_package_escapes(tmp_path: Path) -> None:
    root = make_workspace(tmp_path / "a")
    package = tmp_path / "p.zip"
    made = run(root, "package", "hoersholm-feedbackmoeder", "--out", str(package))
    assert made.exit_code == 0, made.output
    with zipfile.ZipFile(package) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    text = members["change.yaml"].decode("utf-8")
    escaped = '"Borger \\x30\\x31\\x30\\x31\\x39\\x30-1234"'
    text = text.replace(
        "initiative:\n  name: Feedbackmøder med reflekterende team",
        f"initiative:\n  name: {escaped}",
        1,
    )
    assert escaped in text
    members["change.yaml"] = text.encode("utf-8")
    hostile = tmp_path / "hostile.zip"
    with zipfile.ZipFile(hostile, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    target = make_workspace(tmp_path / "b")
    new = ["--municipality-name", "Ballerup", "--contact-role", "konsulent", "--no-input"]
    done = run(target, "adopt", str(hostile), "-m", "ballerup", *new)
    assert done.exit_code == 0, done.output
    written = [p for p in (target / "ballerup").rglob("*.yaml")]
    assert written
    for path in written:
        assert not looks_like_cpr(path.read_text(encoding="utf-8")), path
    assert run(target, "validate").exit_code == 0
