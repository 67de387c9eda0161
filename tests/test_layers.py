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


# -- no import circles -----------------------------------------------------------------------


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _targets(path: Path, known: set[str]) -> set[str]:
    """The modules of `src/` that `path` imports, anywhere in it (in a function too): the
    module named, or the submodule when a name imported from a package is one."""
    own = _module_name(path)
    package = own if path.stem == "__init__" else own.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            # `from package import module` names the module; `from module import name`
            # names the module (its parent package's own code is not counted, as below).
            names = [f"{base}.{alias.name}" for alias in node.names]
            names = [n for n in names if n in known] or [base]
        else:
            continue
        for name in names:
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name and name != own:
                found.add(name)
    return found


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def import_graph() -> dict[str, set[str]]:
    paths = _modules()
    known = {_module_name(p) for p in paths}
    return {_module_name(p): _targets(p, known) for p in paths}


def test_the_import_graph_finds_a_circle() -> None:
    """The checker itself: a circle of three is found, a chain is not."""
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _circles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_no_import_circle_anywhere_in_src() -> None:
    """No module imports, however indirectly or lazily, a module that imports it back: a
    circle makes the import order matter and hides which side is the lower one."""
    circles = _circles(import_graph())
    assert not circles, "import circles:\n" + "\n".join(" <-> ".join(c) for c in circles)


def test_report_builders_and_writers_do_not_know_each_other() -> None:
    """A builder decides what a report says, a writer how a format shows any document: no
    builder imports a writer (or rich), no writer a builder or a report's model."""
    graph = import_graph()
    builders = {m for m in graph if m.startswith("pdsa_cli.report.builders.")}
    writers = {m for m in graph if m.startswith("pdsa_cli.report.writers.")}
    assert builders and writers
    crossing = [
        f"{m} imports {target}"
        for group, other in ((builders, "pdsa_cli.report.writers"), (writers, "pdsa_cli.report."))
        for m in group
        for target in graph[m]
        if target.startswith(other) and target not in {"pdsa_cli.report.document", *writers}
    ]
    assert not crossing, "\n".join(crossing)
    for path in (SRC / "report" / "builders").glob("*.py"):
        assert "rich" not in {name.split(".")[0] for _, name in _imports(path)}, path


def _private_assignments(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            found += [
                f"{path.relative_to(SRC)}:{node.lineno}: {ast.unparse(part)}"
                for target in targets
                for part in ast.walk(target)
                if isinstance(part, ast.Attribute)
                and part.attr.startswith("_")
                and not part.attr.startswith("__")
                and ast.unparse(part.value) not in {"self", "cls"}
            ]
    return found


def test_no_library_internals_are_patched() -> None:
    """A private attribute (`_name`) is set only on one's own object (self, cls): setting one
    on a library's class or module (matplotlib's Artist, typer's internals) breaks with any
    release of it (style.md principle 17)."""
    patched = [line for path in _modules() for line in _private_assignments(path)]
    assert not patched, "\n".join(patched)
