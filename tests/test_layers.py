"""The architecture as a test: each layer of `src/pdsa_cli/` imports only the layers below it.

Bottom to top: words, errors, models, workspace, tables, writing, analysis, predictions, charts,
report, the package face (`pdsa_cli.loader`), web (beside cli: only `pdsa serve` imports
it), cli. An import inside a function or under
TYPE_CHECKING is still an arrow, so every import statement in a module counts.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "pdsa_cli"

LAYERS = (
    "i18n",
    "errors",
    "models",
    "workspace",
    "tables",
    "writing",
    "analysis",
    "predictions",
    "charts",
    "report",
    "loader",
    "web",  # `pdsa serve`'s pages: beside cli (nothing but cli/commands/serve.py imports it)
    "cli",
    "__main__",
)
RANK = {name: rank for rank, name in enumerate(LAYERS)}
# The package's own __init__ only holds the version; nothing imports through it but cli.
FACE = {"__init__"}


def _layer_of_module(dotted: str) -> str | None:
    parts = dotted.split(".")
    if parts[0] != "pdsa_cli":
        return None
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "egg-info" not in str(p))


def test_every_top_level_name_has_a_layer() -> None:
    top = {p.stem if p.parent == SRC else p.relative_to(SRC).parts[0] for p in _modules()}
    assert top - FACE <= set(LAYERS), f"a new top-level module needs a layer: {top - set(LAYERS)}"
    loose = {p.stem for p in SRC.glob("*.py")} - FACE
    assert loose <= {"errors", "loader", "__main__"}, f"loose modules at the top: {loose}"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_arrows_point_down(path: Path) -> None:
    own = path.stem if path.parent == SRC else path.relative_to(SRC).parts[0]
    if own in FACE:
        return
    upward = [
        f"{path.relative_to(SRC)}:{line}: {own} imports {target}"
        for line, target in _imports(path)
        if (layer := _layer_of_module(target)) is not None
        and layer not in FACE
        and RANK[layer] > RANK[own]
    ]
    assert not upward, "\n".join(upward)


def test_the_rule_catches_an_upward_import(tmp_path: Path) -> None:
    """The checker itself: a models module importing the CLI is reported."""
    module = tmp_path / "bad.py"
    module.write_text("def f():\n    from pdsa_cli.cli.app import app\n")
    assert [t for _, t in _imports(module)] == ["pdsa_cli.cli.app"]
    assert RANK[_layer_of_module("pdsa_cli.cli.app") or ""] > RANK["models"]
