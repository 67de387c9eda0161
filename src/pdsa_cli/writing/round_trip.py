"""The YAML round trip: ruamel.yaml keeps comments, key order, quotes and the file's own
indentation; text is written so that every YAML 1.1 reader (the loader is PyYAML) reads it
back as the same text, and floats as plain decimals."""

from __future__ import annotations

import io
import itertools
import re
import sys
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString


class _Representer(RoundTripRepresenter):
    """Floats as plain decimals: PyYAML (YAML 1.1) reads `1e+20` as text, not as a number."""


def _represent_float(representer: _Representer, value: float) -> Any:
    text = repr(value)
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
    if "." not in text:
        text += ".0"
    return representer.represent_scalar("tag:yaml.org,2002:float", text)


_Representer.add_representer(float, _represent_float)

_YAML_11 = VersionedResolver(version=(1, 1))


def text_scalar(value: str, flow: bool = False) -> Any:
    """A string as YAML that every reader reads back as the same text.

    Multi-line text becomes a literal block (escaped and quoted inside a flow mapping); text
    that a YAML 1.1 reader would take for something else (`no`, `on`, `12:30`, `0123`,
    `2021-03-01`) is quoted.
    """
    if len(value.splitlines()) > 1 or value != value.rstrip("\n\r\x85\u2028\u2029"):
        if flow:
            return DoubleQuotedScalarString(value)
        return LiteralScalarString(value.rstrip() + "\n")
    if _YAML_11.resolve(ScalarNode, value, (True, False)) != "tag:yaml.org,2002:str":
        return DoubleQuotedScalarString(value)
    if value[:1] in _INDICATORS:  # ":-) god uge" unquoted in `{...}` is no YAML 1.1 at all
        return DoubleQuotedScalarString(value)
    return value


# Characters a YAML 1.1 plain scalar may not start with inside a flow mapping (PyYAML's
# `check_plain`); ruamel writes some of them bare, which the loader then cannot read.
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")


@dataclass(frozen=True)
class Indent:
    mapping: int = 2
    sequence: int = 4
    offset: int = 2


_KEY_LINE = re.compile(r"^(\s*)(?:- )?[^#\s][^:#]*:\s*(?:#.*)?$")


def guess_indent(text: str) -> Indent:
    """The file's own indentation, so an edit does not re-indent untouched parts."""
    mapping: int | None = None
    offset: int | None = None
    lines = [
        line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
    for line, following in itertools.pairwise(lines):
        found = _KEY_LINE.match(line)
        if not found:
            continue
        own = len(found.group(1)) + (2 if line.lstrip().startswith("- ") else 0)
        inner = len(following) - len(following.lstrip())
        if following.lstrip().startswith("- ") and offset is None and inner >= own:
            offset = inner - own
        elif mapping is None and inner > own:
            mapping = inner - own
    mapping = mapping or 2
    offset = 2 if offset is None else offset
    return Indent(mapping, offset + 2, offset)


def round_trip(indent: Indent = Indent()) -> YAML:
    """A ruamel.yaml instance that keeps comments, key order and quotes."""
    handler = YAML(typ="rt")
    handler.Representer = _Representer
    handler.indent(mapping=indent.mapping, sequence=indent.sequence, offset=indent.offset)
    handler.width = sys.maxsize  # never fold a line: a fold inside a number hides it
    handler.preserve_quotes = True
    return handler


def load_round_trip(text: str) -> tuple[Any, YAML]:
    handler = round_trip(guess_indent(text))
    return handler.load(text), handler


def dump_text(document: Any, handler: YAML | None = None) -> str:
    stream = io.StringIO()
    (handler or round_trip()).dump(document, stream)
    return stream.getvalue()


def schema_header(relative: str) -> str:
    return f"# yaml-language-server: $schema={relative}\n"
