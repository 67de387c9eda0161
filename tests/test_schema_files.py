"""schemas/ is generated from the models and must not go stale; workspace files point at it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from ruamel.yaml import YAML
from typer.testing import CliRunner

from pdsa_cli.cli.app import app
from pdsa_cli.workspace.index import iter_workspace_files
from pdsa_cli.workspace.schema import render_schemas
from tests.conftest import EXAMPLE, REPO
from tests.loader_corpus import BASE

SCHEMAS = REPO / "schemas"
SCHEMA_LINE = "# yaml-language-server: $schema="
# Editors read YAML 1.2, where `no` and `12:30` are text, as they are for pdsa.
YAML_12 = YAML(typ="safe", pure=True)


def test_committed_schemas_are_up_to_date() -> None:
    rendered = render_schemas()
    committed = {p.name: p.read_text(encoding="utf-8") for p in SCHEMAS.glob("*.schema.json")}
    assert committed == rendered, "schemas/ is stale: run `pdsa schema --out schemas`"


def test_schema_command_writes_the_same_files(runner: CliRunner, tmp_path: Path) -> None:
    done = runner.invoke(app, ["schema", "--out", str(tmp_path)])
    assert done.exit_code == 0, done.output
    written = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.iterdir()}
    assert written == render_schemas()


@pytest.mark.parametrize("name", sorted(render_schemas()))
def test_each_schema_is_valid_json_schema(name: str) -> None:
    Draft202012Validator.check_schema(json.loads(render_schemas()[name]))


def _workspaces() -> list[Path]:
    return [root for root in (BASE, EXAMPLE) if (root / "programme.yaml").is_file()]


def _as_json(value: Any) -> Any:
    """What an editor's YAML 1.2 reading gives: dates stay text."""
    if isinstance(value, dict):
        return {key: _as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_json(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@pytest.mark.parametrize("root", _workspaces(), ids=lambda p: p.name)
def test_workspace_files_name_their_schema_and_meet_it(root: Path) -> None:
    for path, kind in iter_workspace_files(root):
        assert kind is not None, path
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith(SCHEMA_LINE), path
        schema_path = (path.parent / first.removeprefix(SCHEMA_LINE)).resolve()
        assert schema_path == (SCHEMAS / f"{kind.value}.schema.json").resolve(), path
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        data = _as_json(YAML_12.load(path.read_text(encoding="utf-8")))
        errors = [e.message for e in Draft202012Validator(schema).iter_errors(data)]
        assert errors == [], f"{path}: {errors}"
