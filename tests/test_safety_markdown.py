"""Issue 15, item 10: the Markdown summary passes no markup from the files: no raw HTML, no
heading, no link, whatever the names hold."""

from __future__ import annotations

import re
from pathlib import Path

from tests.writing_support import FOLDER, INITIATIVE, make_workspace, run

HOSTILE = {
    "programme.yaml": (
        "name: Nye veje til et nærværende møde",
        'name: "Nye <script>alert(1)</script>"',
    ),
    "hoersholm/municipality.yaml": ("name: Hørsholm Kommune", 'name: "Hørsholm\\n# Overtaget"'),
    f"{FOLDER}/initiative.yaml": (
        "name: Feedbackmøder med reflekterende team",
        'name: "[klik her](javascript:alert(1)) <javascript:alert(2)> <img src=x onerror=y>"',
    ),
    f"{FOLDER}/measures/ventetid.yaml": (
        "name: Ventetid til møde",
        'name: "Ventetid | **fed** `kode`"',
    ),
    f"{FOLDER}/cycle-01-foerste-feedbackmoede.yaml": (
        "title: Første feedbackmøde",
        'title: "Første\\n\\n## Falsk afsnit\\n<iframe src=javascript:alert(3)>"',
    ),
}


def test_the_markdown_summary_escapes_what_the_files_hold(tmp_path: Path) -> None:
    root = make_workspace(tmp_path)
    for name, (old, new) in HOSTILE.items():
        path = root / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        path.write_text(text.replace(old, new), encoding="utf-8")
    result = run(root, "summary", "--format", "md", "--no-charts")
    assert result.exit_code == 0, result.output
    report = result.stdout
    assert re.search(r"<\s*(script|img|iframe)", report, re.IGNORECASE) is None
    assert "<javascript:" not in report
    assert re.search(r"(?<!\\)\]\(javascript:", report) is None  # `\]` is text, not a link
    assert not any(line.startswith(("# Overtaget", "## Falsk")) for line in report.splitlines())
    assert "**fed**" not in report and "`kode`" not in report
    # The words are still there, as plain text.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in report
    assert "Hørsholm # Overtaget" in report
    assert "\\[klik her\\](javascript:alert(1))" in report


def _hostile(tmp_path: Path) -> Path:
    root = make_workspace(tmp_path)
    for name, (old, new) in HOSTILE.items():
        path = root / name
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return root


def _passes_no_markup(report: str) -> None:
    assert re.search(r"<\s*(script|img|iframe)", report, re.IGNORECASE) is None
    assert "<javascript:" not in report
    assert re.search(r"(?<!\\)\]\(javascript:", report) is None
    assert not any(line.startswith(("# Overtaget", "## Falsk")) for line in report.splitlines())
    assert "**fed**" not in report and "`kode`" not in report


def test_the_closing_report_in_markdown_escapes_them_too(tmp_path: Path) -> None:
    """Every Markdown report shares one escaping (report/writers/markdown.py), not only the
    summary."""
    root = _hostile(tmp_path)
    result = run(root, "summary", "--final", "--format", "md", "--no-charts")
    assert result.exit_code == 0, result.output
    _passes_no_markup(result.stdout)


def test_the_change_package_in_markdown_escapes_them_too(tmp_path: Path) -> None:
    import zipfile

    root = _hostile(tmp_path)
    out = tmp_path / "pakke.zip"
    done = run(root, "package", INITIATIVE, "--format", "md", "--no-charts", "--out", str(out))
    assert done.exit_code == 0, done.output
    with zipfile.ZipFile(out) as archive:
        page = archive.read("change.md").decode("utf-8")
    _passes_no_markup(page)
    assert "&lt;iframe" in page  # the words are kept, as text
