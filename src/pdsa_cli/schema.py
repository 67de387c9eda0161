"""JSON Schema for each file kind, generated from the models (so editors check as people type).

Every workspace file starts with `# yaml-language-server: $schema=<...>/schemas/<kind>.schema.json`;
`pdsa schema --out schemas/` writes them and a test fails when the committed ones are stale.
"""

from __future__ import annotations

import json

from pdsa_cli.workspace import MODEL_OF_KIND

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schema_file_name(kind: str) -> str:
    return f"{kind}.schema.json"


def render_schemas() -> dict[str, str]:
    """File name -> JSON text, one per file kind, in a stable form (same models, same bytes)."""
    rendered: dict[str, str] = {}
    for kind, model in MODEL_OF_KIND.items():
        schema = {"$schema": DIALECT, **model.model_json_schema()}
        text = json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
        rendered[schema_file_name(kind.value)] = text
    return rendered
