"""Danish and English text for everything a user reads.

Catalogues live in :mod:`pdsa_cli.i18n.messages`, one module per area (``validate.py``,
``analysis.py``, ...), each defining ``MESSAGES: dict[str, dict[str, str]]`` that maps a key to
``{"da": ..., "en": ...}``. Templates use ``str.format`` fields. The modules are discovered on
first use, so a new area is a new file and nobody edits a shared list.

Layer 0, i18n: the words. May import nothing of pdsa_cli.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from collections.abc import Mapping
from typing import Any, Literal, NamedTuple

Lang = Literal["da", "en"]
LANGUAGES: tuple[Lang, ...] = ("da", "en")
DEFAULT_LANG: Lang = "en"

_catalogue: dict[str, dict[str, str]] | None = None
_current: Lang | None = None


class Phrase(NamedTuple):
    """A catalogue reference used as a field of another message; translated in the same
    language as the message that holds it (so a stored Problem renders in any language)."""

    key: str
    fields: Mapping[str, Any] = {}


def parse_lang(value: str) -> Lang:
    """Accept `da`/`en` (and `da_DK.UTF-8`-style locale names)."""
    short = value.strip().lower()[:2]
    for lang in LANGUAGES:
        if short == lang:
            return lang
    raise ValueError(value)


def set_language(lang: Lang | None) -> None:
    global _current
    _current = lang


def chosen_language() -> Lang | None:
    """The language set explicitly, if any (to restore it after a temporary change)."""
    return _current


def get_language() -> Lang:
    """The chosen language: set explicitly, else $PDSA_LANG, else English."""
    if _current is not None:
        return _current
    return env_language() or DEFAULT_LANG


def env_language() -> Lang | None:
    """$PDSA_LANG when it names a language we speak (else None: it is ignored)."""
    try:
        return parse_lang(os.environ.get("PDSA_LANG") or "")
    except ValueError:
        return None


def catalogue() -> Mapping[str, Mapping[str, str]]:
    global _catalogue
    if _catalogue is None:
        merged: dict[str, dict[str, str]] = {}
        from pdsa_cli.i18n import messages

        for info in pkgutil.iter_modules(messages.__path__):
            module = importlib.import_module(f"{messages.__name__}.{info.name}")
            entries: dict[str, dict[str, str]] = module.MESSAGES
            duplicate = merged.keys() & entries.keys()
            if duplicate:
                raise RuntimeError(f"message keys defined twice: {sorted(duplicate)}")
            merged.update(entries)
        _catalogue = merged
    return _catalogue


class _DecimalComma(float):
    """A number in a Danish message: 2,5 as people write it, whatever the template's format."""

    def __format__(self, spec: str) -> str:
        text = float.__format__(self, spec) if spec else float.__repr__(self)
        return text.replace(".", ",")

    def __str__(self) -> str:
        return self.__format__("")


def translate(key: str, lang: str | None = None, /, **fields: Any) -> str:
    """The text for `key` in `lang` (default: the chosen language), with `fields` filled in.

    An unknown key returns the key itself, so a missing entry is visible but never crashes.
    """
    language = lang or get_language()
    entry = catalogue().get(key)
    if entry is None:
        return key if not fields else f"{key} {fields}"
    template = entry.get(language) or entry.get("en") or key
    resolved = {
        name: translate(value.key, language, **value.fields)
        if isinstance(value, Phrase)
        else _DecimalComma(value)
        if language == "da" and type(value) is float
        else value
        for name, value in fields.items()
    }
    try:
        return template.format(**resolved)
    except (KeyError, IndexError, ValueError):
        return template


def plural(key: str, n: float, lang: str | None = None, /, **fields: Any) -> str:
    """The text for `key` counting `n`: the catalogue's `key.one` where the language's plural
    rule (CLDR's, through Babel: Danish "1 punkt", "2 punkter") says "one", else `key` itself.
    `n` is passed to the text as the field `n`."""
    from babel import Locale

    language = lang or get_language()
    form = Locale.parse(language).plural_form(abs(n))
    chosen = f"{key}.{form}" if form != "other" and f"{key}.{form}" in catalogue() else key
    return translate(chosen, language, n=n, **fields)


t = translate
