"""Every command and option explains itself in English and Danish, and docs/cli*.md is the
same text as `--help` (regenerate with `make docs`)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer.core
import typer.main

from pdsa_cli.cli.app import app
from pdsa_cli.cli.reference import render_reference
from pdsa_cli.i18n import catalogue
from tests.conftest import REPO


def _params(command: Any, key: str) -> Iterator[tuple[str, Any]]:
    for param in command.params:
        if isinstance(param, typer.core.TyperOption | typer.core.TyperArgument):
            yield f"help.{key}.{param.name}", param


def _help_texts() -> Iterator[tuple[str, str | None]]:
    """(catalogue key, English help) of the root, every command and every parameter."""
    root: Any = typer.main.get_command(app)
    yield "help.pdsa", root.help
    yield from ((key, p.help) for key, p in _params(root, "pdsa"))
    for name, command in root.commands.items():
        yield f"help.{name}", command.help
        yield from ((key, p.help) for key, p in _params(command, name))


HELP = dict(_help_texts())


def test_the_command_tree_is_all_there() -> None:
    commands = {key.split(".")[1] for key in HELP if key.count(".") == 1}
    assert {"init", "new", "do", "study", "act", "log", "show", "validate", "analyze"} < commands
    assert {"chart", "summary", "import", "export", "predictions", "list", "schema"} < commands


@pytest.mark.parametrize("key", sorted(HELP))
def test_every_command_and_option_has_english_and_danish_help(key: str) -> None:
    english = HELP[key]
    assert english and english.strip(), f"{key} has no English help"
    danish = catalogue().get(key, {}).get("da")
    assert danish and danish.strip(), f"{key} has no Danish help"
    assert danish != english, f"{key}: the Danish help is the English text"


def _help_screen(*args: str) -> str:
    env = {**os.environ, "COLUMNS": "120", "PDSA_LANG": "en"}
    done = subprocess.run(
        [sys.executable, "-m", "pdsa_cli", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr
    return " ".join(done.stdout.split())


def test_danish_help_screen_is_danish_throughout() -> None:
    screen = _help_screen("--lang", "da", "log", "--help")
    assert "Tilføj en måling til et mål" in screen
    assert "Målets id (dets filnavn)." in screen
    assert "Tilvalg" in screen and "Argumenter" in screen and "[påkrævet]" in screen
    assert "Vis denne hjælp og afslut." in screen
    assert "Show this message" not in screen and "Options" not in screen


def test_init_of_a_danish_workspace_speaks_danish_to_the_end(tmp_path: Path) -> None:
    env = {**os.environ, "COLUMNS": "120", "PDSA_LANG": "en"}
    args = ["init", str(tmp_path / "ws"), "--name", "Hjemmeplejen", "--language", "da"]
    done = subprocess.run(
        [sys.executable, "-m", "pdsa_cli", *args],
        input="",  # the questions get no answer: typer's own "aborted" ends it
        capture_output=True,
        text=True,
        env=env,
        check=False,
        cwd=REPO,
    )
    said = done.stdout + done.stderr
    assert "Navn på spor 1" in said and "Afbrudt." in said, said
    assert "Aborted" not in said


def test_english_help_screen_stays_english() -> None:
    screen = _help_screen("--lang", "en", "log", "-h")
    assert "Add a measurement to a measure" in screen
    assert "Options" in screen and "Show this message and exit." in screen


@pytest.mark.parametrize(("lang", "name"), [("en", "cli.md"), ("da", "cli.da.md")])
def test_the_cli_reference_in_docs_is_current(lang: str, name: str) -> None:
    committed = (REPO / "docs" / name).read_text(encoding="utf-8")
    fresh = render_reference(lang)  # type: ignore[arg-type]
    assert committed == fresh, f"docs/{name} is stale: run `make docs`"


def test_the_reference_names_every_command_and_option() -> None:
    text = render_reference("en")
    root: Any = typer.main.get_command(app)
    for name, command in root.commands.items():
        assert f"## `pdsa {name}`" in text
        for param in command.params:
            if isinstance(param, typer.core.TyperOption):
                assert f"`{param.opts[0]}`" in text, (name, param.opts)


def test_the_file_format_page_is_current_and_describes_every_field() -> None:
    from pdsa_cli.workspace.file_format import render_file_format

    fresh = render_file_format()
    committed = (REPO / "docs" / "file-format.md").read_text(encoding="utf-8")
    assert committed == fresh, "docs/file-format.md is stale: run `make docs`"
    rows = [line for line in fresh.splitlines() if line.startswith("| `")]
    assert len(rows) > 60
    undescribed = [row for row in rows if row.rstrip().endswith("|  |")]
    assert undescribed == [], "every field needs a docstring in pdsa_cli.models"


def _complete(words: str, cword: int) -> list[str]:
    env = {**os.environ, "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    env["_PDSA_COMPLETE"] = "complete_bash"
    done = subprocess.run(
        [sys.executable, "-m", "pdsa_cli"], capture_output=True, text=True, env=env, check=False
    )
    return done.stdout.split()


def test_shell_completion_completes_commands_and_options() -> None:
    script = _help_screen("--show-completion", "bash")
    assert "complete -o default -F _pdsa_completion pdsa" in script
    assert _complete("pdsa sum", 1) == ["summary"]
    assert "--format" in _complete("pdsa summary --fo", 2)
