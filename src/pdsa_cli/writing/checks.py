"""Checking a text before it is written: it parses the way the loader reads it and the model
accepts it (a file `pdsa validate` rejects is not edited), it stays inside the workspace, it
adds no CPR-like number, and it keeps every one of the user's comments."""

from __future__ import annotations

import contextlib
import os
import re
import stat
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from pdsa_cli.errors import PdsaError, Problem, Severity, display_path
from pdsa_cli.i18n import Phrase
from pdsa_cli.workspace.cpr import find_cpr, find_cpr_lines, mask_cpr
from pdsa_cli.workspace.index import PROGRAMME_FILE
from pdsa_cli.workspace.model_errors import findings_from
from pdsa_cli.workspace.yamltree import path_text, read_yaml
from pdsa_cli.writing.advice import advice_key

M = TypeVar("M", bound=BaseModel)

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_as_loader(text: str) -> Any:
    """Parse `text` the way the loader does (PyYAML, safe, YAML 1.1)."""
    return yaml.load(text, Loader=_Loader)  # a safe loader: no tags executed


Parse = Callable[[str], Any]


def validate_text(text: str, model: type[M], path: Path, parse: Parse = parse_as_loader) -> M:
    """The model of `text`, or a PdsaError naming the file and fields: nothing gets written."""
    shown = display_path(path)
    try:
        data = parse(text)
    except yaml.YAMLError as error:
        raise PdsaError("writing.would_be_unreadable", path=shown, error=str(error)) from None
    try:
        return model.model_validate(data)
    except ValidationError as error:
        problems = _problems(shown, error, model)
        raise PdsaError(
            "writing.would_be_invalid", path=shown, field=problems[0].path, problems=problems
        ) from None


def _problems(shown: str, error: ValidationError, model: type[BaseModel]) -> tuple[Problem, ...]:
    """The model's complaints in the loader's own words and codes (as `pdsa validate` says)."""
    from pdsa_cli.workspace.model_errors import findings_from
    from pdsa_cli.workspace.yamltree import path_text

    findings = findings_from(error.errors(include_url=False), model)
    return tuple(
        Problem(f.code, Severity.ERROR, shown, None, path_text(f.path), f.detail) for f in findings
    )


@dataclass(frozen=True)
class Original:
    """A file as it was read: its bytes (for the check before the rename), its text with `\\n`
    line ends, and the line end to write back (a CRLF file stays CRLF)."""

    raw: bytes
    text: str
    newline: str


def read_original(path: Path) -> Original:
    """A workspace file's bytes and text; unreadable or non-UTF-8 files get a clear message."""
    shown = display_path(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a pipe would be waited on, lock held
            raise PdsaError("writing.not_a_file", path=shown)
        raw = path.read_bytes()
    except OSError as error:
        raise PdsaError(
            "writing.read_failed",
            path=shown,
            error=error.strerror or str(error),
            advice=Phrase(advice_key(error)),
        ) from None
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        raise PdsaError("writing.not_utf8", path=shown, line=line) from None
    if "\r" not in decoded:
        return Original(raw, decoded, "\n")
    crlf = decoded.count("\r\n")
    newline = "\r\n" if crlf and crlf == decoded.count("\n") == decoded.count("\r") else "\n"
    return Original(raw, decoded.replace("\r\n", "\n").replace("\r", "\n"), newline)


def loader_problems(raw: bytes, model: type[BaseModel], path: Path) -> tuple[Problem, ...]:
    """The problems `pdsa validate` finds in this file on its own (duplicate keys, refused
    tags, wrong types, ...): a file it rejects is never edited."""
    tree = read_yaml(raw)
    findings = list(tree.findings)
    if tree.data is not None and not findings:
        try:
            model.model_validate(tree.data)
        except ValidationError as error:
            findings.extend(findings_from(error.errors(include_url=False), model))
    shown = display_path(path)
    return tuple(
        Problem(
            finding.code,
            Severity.ERROR,
            shown,
            finding.line if finding.line is not None else _line_of(tree.lines, finding.path),
            path_text(finding.path),
            finding.detail,
        )
        for finding in findings
    )


def _line_of(lines: Any, path: tuple[Any, ...]) -> int | None:
    for depth in range(len(path), -1, -1):
        found = lines.get(path[:depth])
        if found is not None:
            return int(found)
    return None


def _valid(original: Original, path: Path, model: type[M], parse: Parse) -> M:
    _refuse_unbounded(original, path, model)
    shown = display_path(path)
    problems = loader_problems(original.raw, model, path)
    if problems:
        raise PdsaError("writing.invalid_before", path=shown, problems=problems)
    try:
        data = parse(original.text)
    except yaml.YAMLError as error:
        raise PdsaError("writing.unreadable_before", path=shown, error=str(error)) from None
    try:
        return model.model_validate(data)
    except ValidationError as error:
        problems = _problems(shown, error, model)
        raise PdsaError("writing.invalid_before", path=shown, problems=problems) from None


def read_valid(path: Path, model: type[M], parse: Parse = parse_as_loader) -> tuple[str, M]:
    """A file's text and model; a file that is already invalid is not edited (fix it first)."""
    original = read_original(path)
    return original.text, _valid(original, path, model, parse)


# -- staying inside the workspace ---------------------------------------------------------------


def _refuse_unbounded(original: Original, path: Path, model: type[BaseModel]) -> None:
    """A file `pdsa validate` refuses for its size is refused here before it is parsed: 10^6
    measurements took `pdsa log` minutes and gigabytes, with the lock held."""
    from pdsa_cli.models import Measure
    from pdsa_cli.workspace.loader import MAX_FILE_BYTES, MAX_MEASUREMENTS, list_items

    shown = display_path(path)
    if len(original.raw) > MAX_FILE_BYTES:
        detail: dict[str, Any] = {"limit": MAX_FILE_BYTES // 1_000_000}
        problem = Problem("file-too-large", Severity.ERROR, shown, None, "", detail)
    elif model is Measure and (count := list_items(original.raw)) > MAX_MEASUREMENTS:
        detail = {"count": count, "limit": MAX_MEASUREMENTS}
        problem = Problem("too-many-measurements", Severity.ERROR, shown, None, "", detail)
    else:
        return
    raise PdsaError("writing.invalid_before", path=shown, problems=(problem,))


def workspace_of(path: Path) -> Path | None:
    """The workspace that holds `path` as the user named it (links not followed)."""
    for folder in Path(os.path.abspath(path)).parents:
        if (folder / PROGRAMME_FILE).is_file():
            return folder
    return None


def refuse_outside(path: Path, root: Path | None = None) -> None:
    """Refuse to write `path` if it, or a folder on the way, is a link that leaves the
    workspace (a municipality folder linked to a folder elsewhere, say)."""
    root = root or workspace_of(path)
    if root is None:
        return
    real = Path(os.path.realpath(path))
    if not real.is_relative_to(Path(os.path.realpath(root))):
        raise PdsaError("writing.link_outside", path=display_path(path), root=display_path(root))


def refuse_read_only(path: Path) -> None:
    """A file whose owner made it read-only (no write bit at all) is not rewritten behind their
    back, even by a user (root) the system would let write it."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # reading it says why
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise PdsaError("writing.read_only_file", path=display_path(path))


# -- no CPR numbers in the shared files ----------------------------------------------------------


def cpr_is_error(root: Path | None) -> bool:
    """Whether `pdsa validate` rejects a CPR-like number here (the programme may downgrade it
    to a warning with `personal_data: {cpr_numbers: warning}`)."""
    if root is None:
        return True
    try:
        data = read_yaml((root / PROGRAMME_FILE).read_bytes()).data
    except OSError:
        return True
    personal = data.get("personal_data") if isinstance(data, dict) else None
    setting = personal.get("cpr_numbers") if isinstance(personal, dict) else None
    return setting != Severity.WARNING.value


def refuse_held_cpr(original: Original, path: Path) -> None:
    """A file that already holds a CPR-like number is rejected by `pdsa validate`, so it is not
    edited either (unless the programme made that a warning): remove the number first."""
    if next(find_cpr(original.text), None) is None or not cpr_is_error(workspace_of(path)):
        return
    shown = display_path(path)
    problems = tuple(
        Problem("cpr-number", Severity.ERROR, shown, line, "")
        for line in find_cpr_lines(original.raw)
    )
    raise PdsaError("writing.invalid_before", path=shown, problems=problems)


def _cpr_numbers(text: str) -> Counter[str]:
    return Counter(text[found.start : found.end] for found in find_cpr(text))


def check_no_new_cpr(before: str, after: str, path: Path, parse: Parse = parse_as_loader) -> None:
    """Refuse a write that would add a CPR-like number to a file (or to its name).

    The one gate every write passes (edits and new files alike, whichever command or field the
    text came from): the message names the field and shows the number masked. A number counts
    both in the bytes and in the texts as a reader's parser reads them (a fold or an escape can
    join what the bytes keep apart).
    """
    if next(find_cpr(path.name), None) is not None:
        raise PdsaError("writing.cpr_refused", field=path.name, value=mask_cpr(path.name))
    parsed: Any = None
    with contextlib.suppress(yaml.YAMLError):
        parsed = parse(after)
    _refuse_new_controls(parsed, before, parse)
    added = _cpr_numbers(after) - _cpr_numbers(before)
    now = _parsed_cpr_numbers(parsed) if not added else Counter()
    if now:
        earlier: Any = None
        with contextlib.suppress(yaml.YAMLError):
            earlier = parse(before) if before else None
        added = now - _parsed_cpr_numbers(earlier)
    if not added:
        return
    field, value = "?", next(iter(added))
    found = _field_holding(parsed, set(added), ()) if parsed is not None else None
    if found is not None:
        field, value = found
    raise PdsaError("writing.cpr_refused", field=field, value=mask_cpr(value))


def _refuse_new_controls(parsed: Any, before: str, parse: Parse) -> None:
    """Refuse a write that would add a text holding a control character (a BEL or an escape
    sequence, typed, pasted or imported): it would disturb a terminal and no spreadsheet
    takes it. The message shows it visibly."""
    from pdsa_cli.workspace.texts import CONTROL, visible

    now = Counter(text for text in _texts(parsed) if CONTROL.search(text))
    if not now:
        return
    earlier: Any = None
    with contextlib.suppress(yaml.YAMLError):
        earlier = parse(before) if before else None
    added = now - Counter(text for text in _texts(earlier) if CONTROL.search(text))
    if not added:
        return
    field, value = "?", next(iter(added))
    found = _field_holding(parsed, set(added), ())
    if found is not None:
        field, value = found
    raise PdsaError("writing.control_refused", field=field, value=visible(value))


def _parsed_cpr_numbers(data: Any) -> Counter[str]:
    """The CPR-like numbers in the texts (keys too) of parsed YAML."""
    return Counter(number for text in _texts(data) for number in _cpr_numbers(text))


def _texts(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from _texts(key)
            yield from _texts(value)
    elif isinstance(data, list):
        for item in data:
            yield from _texts(item)


def _field_holding(data: Any, numbers: set[str], where: tuple[str, ...]) -> tuple[str, str] | None:
    """(dotted key path, text) of the first text in `data` that holds one of `numbers`."""
    if isinstance(data, str):
        return (".".join(where) or "?", data) if any(n in data for n in numbers) else None
    items: Any = ()
    if isinstance(data, dict):
        items = ((str(key), value) for key, value in data.items())
    elif isinstance(data, list):
        items = ((str(index + 1), value) for index, value in enumerate(data))
    for key, value in items:
        if any(n in key for n in numbers):
            return ".".join((*where, key)), key
        found = _field_holding(value, numbers, (*where, key))
        if found is not None:
            return found
    return None


# -- keeping comments ---------------------------------------------------------------------------

_BLOCK_SCALAR = re.compile(r":\s*[|>][-+0-9]*\s*(?:#.*)?$")


def comments_in(text: str) -> Counter[str]:
    """The comments of a YAML text (outside quoted strings and block scalars), as a multiset."""
    found: Counter[str] = Counter()
    block_indent: int | None = None
    for line in text.splitlines():
        indent = len(line) - len(line.lstrip())
        if block_indent is not None:
            if not line.strip() or indent > block_indent:
                continue  # the content of a literal or folded block
            block_indent = None
        comment = _comment_of(line)
        if comment:
            found[comment] += 1
        start = comment_start(line)
        if _BLOCK_SCALAR.search(line if start is None else line[:start]):
            block_indent = indent
    return found


def comment_start(line: str) -> int | None:
    """Where the comment of one line starts (a `#` after a blank, outside quotes), or None."""
    if "#" not in line:
        return None
    quote: str | None = None
    previous = " "
    for index, char in enumerate(line):
        if quote:
            if char == quote:
                quote = None
        elif char in "'\"" and previous in " [{,:":
            quote = char
        elif char == "#" and previous in " \t":
            return index
        previous = char
    return None


def _comment_of(line: str) -> str | None:
    start = comment_start(line)
    return None if start is None else line[start:].strip()


def check_comments_kept(before: str, after: str, path: Path) -> None:
    lost = comments_in(before) - comments_in(after)
    if lost:
        raise PdsaError(
            "writing.would_lose_comment", path=display_path(path), comment=next(iter(lost))
        )
