"""Start-up stays fast: `pdsa --help` and `pdsa validate` import neither pandas nor matplotlib."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import EXAMPLE

PROBE = """
import json, sys
from pdsa_cli.cli.app import app
try:
    app(args=sys.argv[1:], standalone_mode=False)
except SystemExit:
    pass
heavy = sorted(m for m in ("pandas", "matplotlib", "numpy", "scipy") if m in sys.modules)
print("\\n" + json.dumps(heavy))
"""


@pytest.mark.parametrize(
    "args",
    [["--help"], ["--cycles", str(EXAMPLE), "validate"], ["validate", str(EXAMPLE)]],
)
def test_light_commands_do_not_import_heavy_libraries(args: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=False
    )
    heavy = json.loads(done.stdout.strip().splitlines()[-1])
    assert "pandas" not in heavy, done.stdout
    assert "matplotlib" not in heavy, done.stdout


def test_help_loads_no_models_and_no_yaml() -> None:
    """`pdsa --help` is what people type first; it must not wait for pydantic or PyYAML."""
    probe = PROBE.replace('("pandas", "matplotlib", "numpy", "scipy")', '("pydantic", "yaml")')
    done = subprocess.run(
        [sys.executable, "-c", probe, "--help"], capture_output=True, text=True, check=False
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [], done.stdout


def test_the_console_script_builds_only_the_command_it_runs() -> None:
    """typer builds each command from its signature; `pdsa log ...` builds only `log`, while
    help for `pdsa` and a mistyped command (answered with the commands it may mean) get all."""
    from pdsa_cli.cli.app import app, command_tree

    every = set(typer_command_names(app))
    assert set(
        command_tree(["--lang", "da", "--cycles", "x", "summary", "-f", "html"]).commands
    ) == {"summary"}
    assert set(command_tree(["new-measure", "--help"]).commands) == {"new-measure"}
    for argv in (["--help"], ["sumary"], [], ["--cycles", "summary"], ["--version"]):
        assert set(command_tree(argv).commands) == every, argv


def typer_command_names(app: object) -> list[str]:
    import typer.main

    return list(typer.main.get_command(app).commands)  # type: ignore[arg-type, attr-defined]


WHOLE_TREE = """
import sys
import typer.main
from pdsa_cli.cli import app as cli
cli.command_tree = lambda argv: typer.main.get_command(cli.app)
sys.argv = ["pdsa", *sys.argv[1:]]
cli.main()
"""


@pytest.mark.parametrize("command", ["summary", "log", "new-measure", "import"])
def test_a_command_s_help_is_the_same_from_the_console_script(command: str) -> None:
    env = {**os.environ, "COLUMNS": "100", "PDSA_LANG": "da"}

    def help_text(*how: str) -> str:
        done = subprocess.run(
            [sys.executable, *how, command, "--help"],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        return done.stdout

    lean = help_text("-m", "pdsa_cli")
    assert "Brug: pdsa" in lean
    assert lean == help_text("-c", WHOLE_TREE)


def test_a_drawing_process_needs_no_models() -> None:
    """The process that draws a summary's charts while the command loads must not spend that
    time importing the models and pydantic: unpickling and drawing a chart job needs neither."""
    probe = (
        "import sys\n"
        "import pdsa_cli.charts.processes as p\n"
        "for name in p.PRELOAD: __import__(name)\n"
        "import pdsa_cli.report.charts\n"  # what unpickling a summary's chart job imports
        "print(sorted(m for m in ('pydantic', 'pdsa_cli.models', 'yaml') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("args", [["--help"], ["serve", "--help"]])
def test_help_does_not_load_the_web_stack(args: list[str]) -> None:
    """`pdsa serve` imports Starlette, Jinja2 and uvicorn only when it runs."""
    probe = PROBE.replace(
        '("pandas", "matplotlib", "numpy", "scipy")', '("starlette", "jinja2", "uvicorn")'
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, text=True, check=False
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == [], done.stdout
