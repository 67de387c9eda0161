"""The file format reference (docs/file-format.md), generated from the JSON Schemas in schemas/.

`python -m pdsa_cli.workspace.file_format > docs/file-format.md` (or `make docs`); a test fails
when the committed page differs, so the page always says what `pdsa validate` accepts.
"""

from __future__ import annotations

import json
from typing import Any

from pdsa_cli.workspace.schema import render_schemas

# The file kinds in the order people meet them, with where each file lives.
KINDS = {
    "programme": "`programme.yaml` at the workspace root",
    "municipality": "`<municipality>/municipality.yaml`; the folder name is its id",
    "initiative": "`<municipality>/<initiative>/initiative.yaml`; the folder name is its id",
    "measure": "`<municipality>/<initiative>/measures/<measure>.yaml`; the file name is its id",
    "cycle": "`<municipality>/<initiative>/cycle-NN-<title>.yaml`, one file per PDSA cycle",
}

INTRO = """# File format

Generated from the JSON Schemas in `schemas/` (`make docs`); do not edit by hand. The schemas
come from the same models `pdsa validate` uses, so this page says exactly what it accepts.
Every file starts with a `# yaml-language-server: $schema=.../schemas/<kind>.schema.json` line,
which gives editors completion and checks as you type (see [editor.md](editor.md)).

Rules for every file: a key that is not listed here is an error (a misspelt key never vanishes);
dates are written `2021-03-15`; text may contain æ, ø and å. Checks across files (ids exist,
dates in order, no two values for one period, ...) are listed in [problems.md](problems.md).
"""


def render_file_format() -> str:
    schemas = {name.split(".")[0]: json.loads(text) for name, text in render_schemas().items()}
    lines = [INTRO]
    for kind, where in KINDS.items():
        schema = schemas[kind]
        lines += [f"## {kind}", "", f"Where: {where}.", ""]
        lines += _table(schema, schema)
        for name, part in sorted(schema.get("$defs", {}).items()):
            if "properties" in part:
                lines += [f"### {kind}: `{name}`", ""]
                if part.get("description"):
                    lines += [_cell(part["description"]), ""]
                lines += _table(part, schema)
    return "\n".join(lines).rstrip() + "\n"


def _table(part: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    required = set(part.get("required", ()))
    rows = ["| field | type | required | meaning |", "|---|---|---|---|"]
    for name, prop in part["properties"].items():
        kind = _type_of(prop, schema)
        needed = "yes" if name in required else _default(prop)
        rows.append(f"| `{name}` | {kind} | {needed} | {_cell(prop.get('description', ''))} |")
    return [*rows, ""]


def _default(prop: dict[str, Any]) -> str:
    if "default" not in prop or prop["default"] in (None, [], {}):
        return "no"
    return f"no (default `{json.dumps(prop['default'], ensure_ascii=False)}`)"


def _type_of(prop: dict[str, Any], schema: dict[str, Any]) -> str:
    """A short type in words: text, number, date, one of `a`/`b`, list of ..., a section."""
    options = [p for p in prop.get("anyOf", [prop]) if p.get("type") != "null"]
    return " or ".join(_one_type(option, schema) for option in options)


def _one_type(prop: dict[str, Any], schema: dict[str, Any]) -> str:
    if "$ref" in prop:
        name = prop["$ref"].rsplit("/", 1)[-1]
        target = schema["$defs"][name]
        if "enum" in target:
            return "one of " + ", ".join(f"`{v}`" for v in target["enum"])
        return f"`{name}` (below)"
    if "enum" in prop:
        return "one of " + ", ".join(f"`{v}`" for v in prop["enum"])
    kind = prop.get("type")
    if kind == "array":
        return f"list of {_one_type(prop.get('items', {}), schema)}"
    if kind == "string" and prop.get("format") == "date":
        return "date"
    words = {
        "string": "text",
        "integer": "whole number",
        "number": "number",
        "boolean": "true/false",
    }
    text = words.get(str(kind), str(kind or "any"))
    bounds = [
        f"{'≥' if key == 'minimum' else '>'} {prop[key]}"
        for key in ("minimum", "exclusiveMinimum")
        if key in prop
    ]
    return f"{text} ({', '.join(bounds)})" if bounds else text


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


if __name__ == "__main__":
    print(render_file_format(), end="")
