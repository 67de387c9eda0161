"""No message is ever shown with a hole: every catalogue entry renders in both languages with its
fields filled, both languages take the same fields, and every call that names a message by a
literal key passes the fields its text needs (issue 14, item 5)."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from pdsa_cli.i18n import LANGUAGES, Phrase, catalogue, translate
from tests.conftest import REPO

LEFTOVER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
# Calls whose first argument is a catalogue key and whose keywords are its fields.
MESSAGE_CALLS = {"translate", "t", "PdsaError", "UsageError", "_fail", "Phrase"}
# Keywords of those calls that are not message fields.
NOT_FIELDS = {"exit_code", "problems", "lang"}
# Fields a helper adds itself (`_fail` says which reading: where and date).
ADDED = {"_fail": {"where", "date"}}
# Templates that typer fills in (its help hint), not our code.
FILLED_BY_TYPER = {"usage.try_help"}


def fields_of(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def entries() -> list[tuple[str, str]]:
    """Every text of the catalogue (help texts have only Danish: English is in the code)."""
    return [
        (key, lang) for key in sorted(catalogue()) for lang in LANGUAGES if lang in catalogue()[key]
    ]


@pytest.mark.parametrize(("key", "lang"), entries())
def test_every_message_renders_without_a_leftover_field(key: str, lang: str) -> None:
    template = catalogue()[key][lang]
    numbers = {name for _, name, spec, _ in string.Formatter().parse(template) if name and spec}
    fields: dict[str, object] = {name: f"<{name}>" for name in fields_of(template) - numbers}
    text = translate(key, lang, **fields, **dict.fromkeys(numbers, 1.5))
    assert not LEFTOVER.search(text), f"{key} ({lang}) left a field unfilled: {text}"
    for name in fields:
        assert f"<{name}>" in text


@pytest.mark.parametrize("key", sorted(catalogue()))
def test_both_languages_take_the_same_fields(key: str) -> None:
    entry = catalogue()[key]
    if "da" in entry and "en" in entry:
        assert fields_of(entry["da"]) == fields_of(entry["en"]), key


def test_a_phrase_field_is_rendered_in_the_message_language() -> None:
    text = translate("usage.invalid", "da", reason=Phrase("term.frequency.month"))
    assert text == "Ugyldig værdi: måned"


def _calls() -> list[tuple[str, int, str, set[str], bool]]:
    """(file, line, key, keyword names, has **kwargs) of every call naming a literal key."""
    found = []
    for path in sorted((REPO / "src" / "pdsa_cli").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            problem = _problem_call(node, name)
            if problem is not None:
                relative = Path(path).relative_to(REPO).as_posix()
                found.append((relative, node.lineno, *problem))
                continue
            first = node.args[0]
            if name not in MESSAGE_CALLS or not isinstance(first, ast.Constant):
                continue
            if not isinstance(first.value, str) or first.value not in catalogue():
                continue
            keywords = {k.arg for k in node.keywords if k.arg} - NOT_FIELDS | ADDED.get(name, set())
            splat = any(k.arg is None for k in node.keywords)
            if name == "Phrase" and len(node.args) > 1:
                splat = True  # the fields come as a mapping
            relative = Path(path).relative_to(REPO).as_posix()
            found.append((relative, node.lineno, first.value, keywords, splat))
    return found


def _problem_call(node: ast.Call, name: str | None) -> tuple[str, set[str], bool] | None:
    """`Problem("code", severity, file, line, path, {...})` and `problem_at(entry, "code", ...,
    field=...)`: the message is `problem.<code>`."""
    if name == "Problem" and len(node.args) == 5 and isinstance(node.args[0], ast.Constant):
        return f"problem.{node.args[0].value}", set(), False
    if name == "Problem" and len(node.args) == 6:
        code, detail = node.args[0], node.args[5]
        if isinstance(code, ast.Constant) and isinstance(detail, ast.Dict):
            if all(isinstance(k, ast.Constant) for k in detail.keys):
                keys = {str(k.value) for k in detail.keys if isinstance(k, ast.Constant)}
                return f"problem.{code.value}", keys, False
            return f"problem.{code.value}", set(), True
    if name == "problem_at" and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
        keywords = {k.arg for k in node.keywords if k.arg}
        splat = any(k.arg is None for k in node.keywords)
        return f"problem.{node.args[1].value}", keywords, splat
    return None


def test_every_call_passes_the_fields_its_message_needs() -> None:
    calls = _calls()
    assert len(calls) > 200  # the scan finds the calls (a broken scan would pass vacuously)
    missing = []
    for file, line, key, keywords, splat in calls:
        if splat or key in FILLED_BY_TYPER:
            continue
        for lang, template in catalogue()[key].items():
            lacking = fields_of(template) - keywords
            if lacking:
                missing.append(f"{file}:{line}: {key} ({lang}) lacks {sorted(lacking)}")
    assert missing == []


def _catalogue_modules() -> dict[str, list[str]]:
    """Key -> the catalogue modules that define it."""
    import importlib
    import pkgutil

    import pdsa_cli.i18n.messages as messages

    defined: dict[str, list[str]] = {}
    for info in pkgutil.iter_modules(messages.__path__):
        module = importlib.import_module(f"{messages.__name__}.{info.name}")
        for key in getattr(module, "MESSAGES", {}):
            defined.setdefault(key, []).append(info.name)
    return defined


def test_no_key_is_defined_in_two_catalogues() -> None:
    """Two areas defining one key would let the later one win silently."""
    twice = {key: areas for key, areas in _catalogue_modules().items() if len(areas) > 1}
    assert not twice


def test_every_key_family_built_at_run_time_exists() -> None:
    """f"summary.method.{value}" needs entries starting "summary.method."; a key family that a
    merge or a move left behind would print the bare key to the user."""
    families = {key.rsplit(".", 1)[0] + "." for key in catalogue()}
    built = re.compile(r'(?:translate|\bt|Phrase)\(\s*f"([a-z_]+(?:\.[a-z_\-]+)*\.)\{')
    missing = [
        f"{path.relative_to(REPO)}: {match.group(1)}"
        for path in sorted((REPO / "src" / "pdsa_cli").rglob("*.py"))
        if "i18n/messages" not in str(path)
        for match in built.finditer(path.read_text(encoding="utf-8"))
        if match.group(1) not in families
    ]
    assert not missing
