"""The getting-started guides work as written: every `pdsa` line of their ```sh blocks runs, in
order, in a fresh folder, after the files they tell the reader to save (marked
`<!-- file: PATH -->` above the block), and every command succeeds; a block marked
`<!-- shows: PATH -->` is exactly what the commands before it wrote there."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from tests.conftest import REPO

GUIDES = ["getting-started.md", "kom-i-gang.md"]
_BLOCK = re.compile(
    r"(?:<!-- (?P<mark>file|shows): (?P<file>\S+) -->\n)?```(?P<lang>\w*)\n(?P<body>.*?)```", re.S
)


def steps(guide: str) -> list[tuple[str, str]]:
    """("file", path + text) to save, or ("run", command line), in the guide's order."""
    text = (REPO / "docs" / guide).read_text(encoding="utf-8")
    found: list[tuple[str, str]] = []
    for block in _BLOCK.finditer(text):
        if block["file"]:
            found.append((block["mark"], f"{block['file']}\n{block['body']}"))
        elif block["lang"] == "sh":
            found += [("run", line) for line in block["body"].splitlines() if line.strip()]
    return found


@pytest.mark.parametrize("guide", GUIDES)
def test_every_command_of_the_guide_works(
    guide: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PDSA_LANG", raising=False)
    runner = CliRunner()
    ran = 0
    for kind, content in steps(guide):
        if kind in ("file", "shows"):
            path, body = content.split("\n", 1)
            if kind == "shows":
                assert Path(path).read_text(encoding="utf-8") == body, path
                continue
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            Path(path).write_text(body, encoding="utf-8")
            continue
        words = shlex.split(content)
        assert words[0] == "pdsa", content
        result = runner.invoke(app, words[1:])
        assert result.exit_code == 0, f"{content}\n{result.output}"
        assert "Traceback" not in result.output
        ran += 1
    assert ran >= 15
    assert list(Path("cycles").glob("*/*/cycle-02-*.yaml"))  # the ramp went on
    assert Path("data.xlsx").stat().st_size > 0


def test_the_guides_link_only_to_pages_that_exist() -> None:
    for guide in GUIDES:
        text = (REPO / "docs" / guide).read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#]+\.md)\)", text):
            assert (REPO / "docs" / target).is_file(), (guide, target)


def test_readme_quick_start_is_two_make_commands_and_its_links_resolve() -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    quick = text.split("## Quick start", 1)[1].split("```", 2)[1]
    commands = [line.split("#")[0].strip() for line in quick.splitlines() if line.strip()]
    assert commands == ["make demo", "make test"]
    for target in re.findall(r"\]\(([^)#]+)\)", text):
        assert (REPO / target).exists(), target


def test_readme_python_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    code = text.split("```python\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(REPO)
    scope: dict[str, object] = {}
    exec(code, scope)  # our own README
    assert len(scope["analysis"]) > 20  # type: ignore[arg-type]
