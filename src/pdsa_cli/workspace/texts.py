"""What the parsed texts of a file hold that must never be shown as they are.

The loader hands every reader (show, list, summary, chart, export) texts as they may be shown:

- a CPR-like number masked (`pdsa_cli.workspace.cpr`), found in the text as the YAML parser
  reads it (after folding, escapes and joined lines), not only in the file's bytes;
- a control character made visible: a YAML escape such as `"\\e[2J"` or `"\\a"` gives a text
  that would clear a terminal, retitle its window, hide the text after it, or break a
  spreadsheet (xlsx forbids most control characters). Each is shown as its Unicode picture
  (ESC as `␛`, BEL as `␇`), or as `\\x9b` for the C1 controls; tab and line break stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

from pdsa_cli.workspace.cpr import looks_like_cpr, mask_cpr

if TYPE_CHECKING:
    from pdsa_cli.workspace.yamltree import KeyPath

# C0 controls but tab, line feed and carriage return; DEL; the C1 controls (ESC's 8-bit twins).
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NAME_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")

Kind = Literal["cpr-number", "control-character"]


def _picture(match: re.Match[str]) -> str:
    code = ord(match[0])
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ ... ␟
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"\\x{code:02x}"


def visible(text: str) -> str:
    """`text` with each control character shown by a visible stand-in (unchanged, the same
    object, when it has none)."""
    return CONTROL.sub(_picture, text) if CONTROL.search(text) else text


def visible_name(name: str) -> str:
    """A file's name with every control character visible, line breaks and tabs too."""
    return _NAME_CONTROL.sub(_picture, name) if _NAME_CONTROL.search(name) else name


def shown(text: str) -> str:
    """`text` as it may be shown anywhere: CPR-like numbers masked, controls visible."""
    return visible(mask_cpr(text))


def text_findings(data: object, path: KeyPath = ()) -> Iterator[tuple[KeyPath, Kind]]:
    """Where parsed YAML holds a CPR-like number or a control character (a key counts as its
    own value), in document order."""
    if isinstance(data, str):
        if looks_like_cpr(data):
            yield path, "cpr-number"
        if CONTROL.search(data):
            yield path, "control-character"
    elif isinstance(data, dict):
        for key, value in data.items():
            here = (*path, key if isinstance(key, str | int) else str(key))
            if isinstance(key, str):
                yield from text_findings(key, here)
            yield from text_findings(value, here)
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from text_findings(item, (*path, index))


def shown_data(data: object) -> object:
    """Parsed YAML with every text (keys too) as it may be shown (`shown`)."""
    if isinstance(data, str):
        return shown(data)
    if isinstance(data, dict):
        return {shown_data(key): shown_data(value) for key, value in data.items()}
    if isinstance(data, list):
        return [shown_data(item) for item in data]
    return data
