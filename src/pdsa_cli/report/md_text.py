"""The files' text made safe for every Markdown report (summary, spread, closing report,
change package): it reads as the same plain words and can carry no markup of its own."""

from __future__ import annotations

import html
import re

# Characters that start Markdown markup inline: emphasis, code, links and images, tables.
_MARKUP = re.compile(r"([\\`*_\[\]|~])")
# What starts a block at the beginning of a line: a heading, a quote, a list, a rule.
_LINE_START = re.compile(r"^(#|>|[-+=]|\d+[.)])")


def cell(text: object) -> str:
    """One line of plain text anywhere (a table cell, a heading, a list item): no raw HTML
    (`<script>`), no link (`[x](javascript:...)`, `<javascript:>`), no emphasis or code."""
    if text is None or text == "":
        return ""
    flat = html.escape(" ".join(str(text).split()), quote=False)
    return _MARKUP.sub(r"\\\1", flat)


def block(text: str) -> str:
    """Several lines of plain text (a learning, a plan), line breaks kept, each line as safe
    as a cell and unable to start a heading, quote or list of its own."""
    lines = (cell(line) for line in text.splitlines())
    return "  \n".join(_LINE_START.sub(r"\\\1", line) for line in lines if line)
