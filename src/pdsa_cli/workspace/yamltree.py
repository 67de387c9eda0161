"""YAML bytes -> plain data plus a line map, with every problem recorded rather than raised.

Why not `yaml.safe_load`: it forgets where things are, keeps the last of two duplicate keys
without a word, and its YAML 1.1 resolver turns `no` into False, `12:30` into 750 and `0123`
into 83 before the models can say what the field wants. So PyYAML (its C parser when present)
only *composes* the node tree, with a resolver that knows no implicit types; this module turns
the nodes into dicts, lists and strings (plus None for empty values) and notes the line of every
key path. The models then coerce text to a number, date or boolean only where the field wants one.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import BaseResolver

from pdsa_cli.i18n import Phrase

try:  # the C parser is several times faster; the pure-Python one behaves the same
    from yaml.cyaml import CParser as _Parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml.composer import Composer
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, Parser, Composer):  # type: ignore[no-redef]
        def __init__(self, stream: str | bytes) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)


KeyPath = tuple[str | int, ...]

TAG = "tag:yaml.org,2002:"
STR, NULL, MAP, SEQ = TAG + "str", TAG + "null", TAG + "map", TAG + "seq"
# Standard tags that only say how to read a scalar; anything else (`!!python/object`, `!custom`)
# is refused: it is never executed, and it has no meaning in a workspace file.
SAFE_SCALAR_TAGS = frozenset(
    {STR, NULL, TAG + "int", TAG + "float", TAG + "bool", TAG + "timestamp"}
)
NULL_WORDS = frozenset({"", "~", "null", "Null", "NULL"})
# Nodes reached through aliases, per file. A real file needs few; billion laughs needs billions.
MAX_ALIASED_NODES = 10_000
# Characters of text reached through aliases, per file: sixty aliases of a 1 MB text make a
# 60 MB file out of a few kilobytes, with few nodes. A real file repeats a sentence or two.
MAX_ALIASED_CHARS = 1_000_000
# Characters one text may hold (about 40 pages): a learning of 200 MB made `pdsa summary` take
# half a minute and 3 GB; no field of a PDSA file needs more.
MAX_TEXT_CHARS = 100_000
# A text this long is checked for aliases to it (shorter ones cannot add up to the limit above
# within MAX_ALIASED_NODES of them), so the check keeps no set of every text of a large file.
_LONG_TEXT = MAX_ALIASED_CHARS // MAX_ALIASED_NODES


class _Loader(_Parser, BaseResolver):
    """Composes nodes only; every untagged scalar resolves to `str` (no YAML 1.1 guessing)."""

    def __init__(self, stream: str | bytes) -> None:
        _Parser.__init__(self, stream)
        BaseResolver.__init__(self)

    def resolve(self, kind: type[Node], value: Any, implicit: Any) -> str:
        # Called for every untagged node: the plainest answer, without BaseResolver's
        # (empty) implicit and path resolver lookups, which cost a fifth of parsing time.
        if kind is ScalarNode:
            return STR
        return SEQ if kind is SequenceNode else MAP


@dataclass(frozen=True)
class Finding:
    """A problem found while reading one file (the loader adds the file and severity)."""

    code: str
    line: int | None
    path: KeyPath = ()
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass
class Tree:
    data: Any  # a dict when the file could be read as a mapping, else None
    lines: dict[KeyPath, int]
    findings: list[Finding]


class _AliasBomb(Exception):
    def __init__(self, line: int, chars: bool = False) -> None:
        self.line = line
        self.chars = chars  # too much text, rather than too many nodes

    def finding(self) -> Finding:
        if self.chars:
            return Finding("alias-too-large", self.line, (), {"limit": MAX_ALIASED_CHARS})
        return Finding("alias-bomb", self.line, (), {"limit": MAX_ALIASED_NODES})


def read_yaml(raw: bytes) -> Tree:
    """Decode, compose and convert one file's bytes; never raises for bad input."""
    lines: dict[KeyPath, int] = {}
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        return Tree(None, lines, [Finding("encoding", line)])
    try:
        root = yaml.compose(text, Loader=_Loader)  # type: ignore[arg-type]
    except yaml.MarkedYAMLError as exc:
        return Tree(None, lines, [_syntax_finding(exc, text)])
    except (yaml.YAMLError, RecursionError) as exc:
        return Tree(None, lines, [Finding("yaml-syntax", None, (), {"problem": str(exc)})])
    if root is None:
        return Tree(None, lines, [Finding("empty-file", 1)])
    if not isinstance(root, MappingNode):
        return Tree(
            None, lines, [Finding("not-a-mapping", _line(root), (), {"found": _kind(root)})]
        )
    converter = _Converter(lines)
    try:
        data = converter.convert(root, ())
    except _AliasBomb as bomb:
        return Tree(None, {}, [bomb.finding()])
    except RecursionError:
        return Tree(None, {}, [Finding("yaml-syntax", _line(root), (), {"problem": "nesting"})])
    lines[()] = _line(root)
    return Tree(data, lines, converter.findings)


def _line(node: Node) -> int:
    return int(node.start_mark.line) + 1


def _kind(node: Node) -> Phrase:
    return Phrase("found.list" if isinstance(node, SequenceNode) else "found.text")


def _syntax_finding(exc: yaml.MarkedYAMLError, text: str) -> Finding:
    mark = exc.problem_mark or exc.context_mark
    line = int(mark.line) + 1 if mark is not None else None
    problem = str(exc.problem or exc.context or "")
    tab_line = _tab_indented_line(text, line)
    if tab_line is not None:
        return Finding("tab-indent", tab_line)
    return Finding("yaml-syntax", line, (), {"problem": explain_syntax(problem)})


# libyaml's words for the usual slips, and what they mean to someone editing by hand.
_SYNTAX_WORDS = {
    "mapping values are not allowed in this context": "colon",
    "did not find expected key": "indent",
    "did not find expected '-' indicator": "list",
    "found unexpected end of stream": "quote",
    "did not find expected ',' or ']'": "bracket",
    "did not find expected ',' or '}'": "brace",
    "found undefined alias": "alias",
    "found character that cannot start any token": "character",
    "but found another document": "documents",
}


def explain_syntax(problem: str) -> Phrase | str:
    """A plain explanation of a YAML parser's complaint in the user's language (else as is)."""
    word = _SYNTAX_WORDS.get(problem)
    return Phrase(f"yaml.problem.{word}") if word else problem


def _tab_indented_line(text: str, near: int | None) -> int | None:
    """The first line up to `near` (and one past it) that is indented with a tab, if any."""
    limit = (near or 0) + 1
    for number, line in enumerate(text.splitlines()[:limit], start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent and line.strip():
            return number
    return None


class _Converter:
    """Walks the node tree once: data, line map and per-node findings."""

    def __init__(self, lines: dict[KeyPath, int]) -> None:
        self.lines = lines
        self.findings: list[Finding] = []
        self.seen: set[int] = set()  # collection nodes already converted (a revisit is an alias)
        self.on_path: set[int] = set()  # collection nodes being converted (a revisit is a loop)
        self.aliased = 0  # nodes converted again through an alias
        self.aliased_chars = 0  # characters of text converted again through an alias
        self.long_texts: set[int] = set()  # long text nodes already converted
        self.in_alias = 0

    def convert(self, node: Node, path: KeyPath) -> Any:
        if isinstance(node, ScalarNode):
            if self.in_alias or self._repeated_long_text(node):
                self._count_alias(node)
                self._count_chars(node)
            return self._scalar(node, path)
        key = id(node)
        if key in self.on_path:
            raise _AliasBomb(_line(node))
        aliased = key in self.seen
        self.seen.add(key)
        self.on_path.add(key)
        self.in_alias += aliased
        try:
            if self.in_alias:
                self._count_alias(node)
            if isinstance(node, MappingNode):
                return self._mapping(node, path)
            assert isinstance(node, SequenceNode)
            return self._sequence(node, path)
        finally:
            self.in_alias -= aliased
            self.on_path.discard(key)

    def _count_alias(self, node: Node) -> None:
        self.aliased += 1
        if self.aliased > MAX_ALIASED_NODES:
            raise _AliasBomb(_line(node))

    def _repeated_long_text(self, node: ScalarNode) -> bool:
        """True when `node` is a long text met before (an alias to it: `*name`)."""
        if len(node.value) < _LONG_TEXT:
            return False
        key = id(node)
        if key in self.long_texts:
            return True
        self.long_texts.add(key)
        return False

    def _count_chars(self, node: ScalarNode) -> None:
        self.aliased_chars += len(node.value)
        if self.aliased_chars > MAX_ALIASED_CHARS:
            raise _AliasBomb(_line(node), chars=True)

    def _scalar(self, node: ScalarNode, path: KeyPath) -> str | None:
        if len(node.value) > MAX_TEXT_CHARS:
            detail = {"limit": MAX_TEXT_CHARS, "length": len(node.value)}
            self.findings.append(Finding("text-too-long", _line(node), path, detail))
            return None
        tag = node.tag
        if tag == STR:
            if node.value in NULL_WORDS and not node.style:
                return None
            return str(node.value)
        if tag not in SAFE_SCALAR_TAGS:
            self._unsafe(node, path)
            return None
        return None if tag == NULL else str(node.value)

    def _unsafe(self, node: Node, path: KeyPath) -> None:
        self.findings.append(Finding("unsafe-tag", _line(node), path, {"tag": node.tag}))

    def _mapping(self, node: MappingNode, path: KeyPath) -> dict[str, Any] | None:
        if node.tag != MAP:
            self._unsafe(node, path)
            return None
        result: dict[str, Any] = {}
        lines = self.lines
        for key_node, value_node in node.value:
            key = self._key(key_node, path)
            if key is None:
                continue
            child = (*path, key)
            if key in result:
                detail = {"key": key, "first": lines.get(child)}
                self.findings.append(Finding("duplicate-key", _line(key_node), child, detail))
            lines[child] = _line(key_node)
            result[key] = self.convert(value_node, child)
        return result

    def _key(self, node: Node, path: KeyPath) -> str | None:
        if isinstance(node, ScalarNode) and node.tag in (STR, TAG + "int"):
            return str(node.value)
        if isinstance(node, ScalarNode) and node.tag not in SAFE_SCALAR_TAGS:
            self._unsafe(node, path)
            return None
        self.findings.append(Finding("complex-key", _line(node), path))
        return None

    def _sequence(self, node: SequenceNode, path: KeyPath) -> list[Any] | None:
        if node.tag != SEQ:
            self._unsafe(node, path)
            return None
        lines = self.lines
        items: list[Any] = []
        for index, item in enumerate(node.value):
            child = (*path, index)
            lines[child] = _line(item)
            items.append(self.convert(item, child))
        return items


def path_text(path: tuple[Hashable, ...]) -> str:
    """A key path as users count: `measurements[3].date` is the third measurement (list
    positions from 1, as in every message that names one)."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += f".{part}" if out else str(part)
    return out
