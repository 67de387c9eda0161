"""One Danish and one English word per concept, and the way back from any word shown.

Files keep the canonical English value (``adopt``, ``done``, ``proportion``) so workspaces stay
comparable; everything a person reads or types goes through this table. :func:`term` gives the
word to show, :func:`parse` takes any word shown (Danish or English, any case, æøå or their
ASCII spelling ae/oe/aa, ``i gang`` or ``i-gang``) back to the canonical value, and
:func:`accepted` lists the words for help texts and prompts.

Layer 0, i18n: words only, no models (the values are the models' enum values as text; a test
keeps both in step).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

from pdsa_cli.i18n import Lang, get_language

# kind -> canonical value -> (Danish, English)
TERMS: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "decision": {
        "adopt": ("indfør", "adopt"),
        "adapt": ("tilpas", "adapt"),
        "abandon": ("forkast", "abandon"),
    },
    "cycle_status": {
        "planned": ("planlagt", "planned"),
        "doing": ("i gang", "doing"),
        "studying": ("studeres", "studying"),
        "done": ("afsluttet", "done"),
    },
    "initiative_status": {
        "active": ("aktiv", "active"),
        "adopted": ("indført", "adopted"),
        "abandoned": ("forkastet", "abandoned"),
        "spread": ("spredt", "spread"),
    },
    "family": {
        "outcome": ("resultat", "outcome"),
        "process": ("proces", "process"),
        "balancing": ("balance", "balancing"),
    },
    "data_type": {
        "value": ("værdi", "value"),
        "count": ("antal", "count"),
        "proportion": ("andel", "proportion"),
        "rate": ("rate", "rate"),
    },
    "direction": {
        "up": ("op", "up"),
        "down": ("ned", "down"),
        "neutral": ("neutral", "neutral"),
    },
    "frequency": {
        "day": ("dag", "day"),
        "week": ("uge", "week"),
        "month": ("måned", "month"),
    },
    "method": {
        "reflecting-team": (
            "feedbackmøder med reflekterende team",
            "reflecting-team feedback meetings",
        ),
        "life-stories": ("livshistorier", "life stories"),
        "icdp": ("ICDP", "ICDP"),
        "marte-meo": ("Marte Meo", "Marte Meo"),
        "our-voice": ("Vores stemme", "Our Voice"),
        "ethics-council": ("etisk råd", "ethics council"),
        "service-design": ("servicedesign", "service design"),
        "interdisciplinary-team": ("tværfagligt team", "interdisciplinary team"),
        "other": ("andet", "other"),
    },
    # The rules' short names (tables, lists of signals); the legend's longer names are in the
    # charts catalogue.
    "rule": {
        "shift": ("skift", "shift"),
        "trend": ("trend", "trend"),
        "longest_run": ("længste serie", "longest run"),
        "crossings": ("antal krydsninger", "number of crossings"),
        "runs": ("antal serier", "number of runs"),
        "outside_limits": ("uden for grænserne", "outside the limits"),
        "astronomical": ("astronomisk punkt", "astronomical point"),
        "two_of_three": ("2 af 3 over 2 sigma", "2 of 3 beyond 2 sigma"),
        "four_of_five": ("4 af 5 over 1 sigma", "4 of 5 beyond 1 sigma"),
        "hugging": ("tæt om centerlinjen", "hugging"),
    },
    # The lines of an SPC chart (columns of `pdsa analyze`, labels at a chart's edge).
    "line": {
        "cl": ("CL", "CL"),  # centerlinje
        "ucl": ("ØKG", "UCL"),
        "lcl": ("NKG", "LCL"),
        "median": ("Median", "Median"),
        "target": ("Målværdi", "Target"),
    },
}


def term(kind: str, value: str, lang: Lang | str | None = None) -> str:
    """The word shown for `value` (a canonical value of `kind`); an unknown value as written."""
    words = TERMS.get(kind, {}).get(str(value))
    if words is None:
        return str(value)
    return words[0] if (lang or get_language()) == "da" else words[1]


def fold(word: str, letters: tuple[str, str, str] = ("ae", "oe", "aa")) -> str:
    """A word as compared: lower case, æøå as ae/oe/aa, accents dropped, one space, no '-'/'_'."""
    text = word.strip().lower()
    for letter, plain in zip("æøå", letters, strict=True):
        text = text.replace(letter, plain)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.replace("-", " ").replace("_", " ").split())


def parse(kind: str, word: str) -> str | None:
    """The canonical value for any word shown for `kind` (Danish, English or the value itself),
    or None when it is none of them."""
    wanted = fold(word)
    if not wanted:
        return None
    for value, words in TERMS.get(kind, {}).items():
        if wanted in {form for w in (value, *words) for form in _forms(w)}:
            return value
    return None


def _forms(word: str) -> tuple[str, str]:
    """The ways a word is typed without Danish letters: 'indfør' as indfoer or indfor."""
    return fold(word), fold(word, ("ae", "o", "a"))


def accepted(kind: str, lang: Lang | str | None = None) -> str:
    """The words to type, for help texts and prompts: 'indfør, tilpas, forkast' in Danish,
    'adopt, adapt, abandon' in English (each is accepted in either language)."""
    return ", ".join(term(kind, value, lang) for value in TERMS.get(kind, {}))


def values(kind: str) -> tuple[str, ...]:
    """The canonical values of `kind`, in order."""
    return tuple(TERMS.get(kind, {}))
