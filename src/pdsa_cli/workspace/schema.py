"""JSON Schema for each file kind, generated from the models (so editors check as people type).

Every workspace file starts with `# yaml-language-server: $schema=<...>/schemas/<kind>.schema.json`;
`pdsa schema --out schemas/` writes them and a test fails when the committed ones are stale.
"""

from __future__ import annotations

import ast
import inspect
import itertools
import json
from typing import Any

from pdsa_cli.models import cycle, initiative, measure, municipality, programme
from pdsa_cli.workspace.index import MODEL_OF_KIND

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schema_file_name(kind: str) -> str:
    return f"{kind}.schema.json"


def render_schemas() -> dict[str, str]:
    """File name -> JSON text, one per file kind, in a stable form (same models, same bytes)."""
    rendered: dict[str, str] = {}
    for kind, model in MODEL_OF_KIND.items():
        schema = {"$schema": DIALECT, **model.model_json_schema()}
        _describe(schema, field_docs())
        text = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
        rendered[schema_file_name(kind.value)] = text
    return rendered


def field_docs() -> dict[tuple[str, str], str]:
    """(model class, field) -> the docstring written under the field in `pdsa_cli.models`."""
    docs: dict[tuple[str, str], str] = {}
    for module in (cycle, initiative, measure, municipality, programme):
        _collect(inspect.getsource(module), docs)
    return docs


def _collect(source: str, docs: dict[tuple[str, str], str]) -> None:
    for node in ast.parse(source).body:
        if not isinstance(node, ast.ClassDef):
            continue
        body = node.body
        for field, after in itertools.pairwise(body):
            if (
                isinstance(field, ast.AnnAssign)
                and isinstance(field.target, ast.Name)
                and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
            ):
                docs[(node.name, field.target.id)] = inspect.cleandoc(after.value.value)


def _describe(schema: dict[str, Any], docs: dict[tuple[str, str], str]) -> None:
    """Put each field's docstring into its property as `description` (the top level and $defs)."""
    for part in (schema, *schema.get("$defs", {}).values()):
        owner = part.get("title")
        for name, prop in part.get("properties", {}).items():
            text = docs.get((owner, name))
            if text is not None:
                prop["description"] = text
