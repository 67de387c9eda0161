"""A whole report served again when nothing that shapes it has changed.

A second `pdsa summary` over an unchanged workspace rebuilt everything but the charts: loading
and checking every file, the analyses, the page (a national report: 9 s). Its key is hashed
from all it is made of: every YAML file of the workspace (path and bytes), the command's
options, today's date (the default period and what is overdue depend on it), the language
settings of the environment, and the code (every source file of pdsa-cli and the versions of
the libraries that draw, word and number it). Same key, same report, byte for byte.

Only a report that was all its run showed is kept (no error in the workspace, no measure
refused; warnings are `pdsa validate`'s to show), so a hit has nothing else to repeat.
It lives in the user's cache folder beside the charts (`pdsa_cli.charts.cache`, which says
when that folder is trusted at all), never in the workspace; an entry that is unreadable or
does not match its key is ignored and the report built again. Light on purpose: a hit imports
neither the models nor the analysis.

An entry holds content, never a path: the report's text and, for Markdown, its charts by
measure id. Where they go is decided by the command line that asks (`--out`), exactly as for a
report built afresh. What is taken back passes the checks fresh content passes: CPR numbers
masked, no live markup in a page or a chart (`pdsa_cli.charts.inert`), chart names that are
measure ids. An entry that fails any of it is ignored and the report built again.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from pdsa_cli.charts.cache import ReportCache
from pdsa_cli.charts.inert import is_inert
from pdsa_cli.i18n import Lang, parse_lang
from pdsa_cli.workspace.cpr import mask_cpr
from pdsa_cli.workspace.find import leaves_workspace, yaml_files

# What the language and the words of a report may follow besides the files and the options.
_ENVIRONMENT = ("PDSA_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_LIBRARIES = ("matplotlib", "numpy", "babel", "pydantic", "orjson", "platformdirs")


@functools.cache
def code_fingerprint() -> str:
    """pdsa-cli's sources (code, word catalogues, style sheet) and its libraries' versions."""
    from importlib.metadata import PackageNotFoundError, version

    import pdsa_cli

    package = Path(pdsa_cli.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(p for p in package.rglob("*") if p.suffix in (".py", ".css")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    for library in _LIBRARIES:
        try:
            digest.update(f"{library}={version(library)};".encode())
        except PackageNotFoundError:
            digest.update(f"{library}=-;".encode())
    return digest.hexdigest()


def report_key(root: Path, options: Mapping[str, object]) -> str | None:
    """The key of the report `options` ask for over the workspace at `root`, or None when a
    file cannot be read (then the report is simply built)."""
    digest = hashlib.sha256()
    digest.update(code_fingerprint().encode())
    digest.update(f"today={dt.date.today().isoformat()};".encode())
    for name in _ENVIRONMENT:
        digest.update(f"{name}={os.environ.get(name, '')!r};".encode())
    for name in sorted(options):
        digest.update(f"{name}={options[name]!r};".encode())
    try:
        for path in yaml_files(root):
            digest.update(b"\0" + path.relative_to(root).as_posix().encode() + b"\0")
            if leaves_workspace(path, root):  # never read (the loader refuses it too)
                digest.update(b"link:" + os.fsencode(os.readlink(path)))
            elif path.is_file():
                digest.update(path.read_bytes())
            else:  # a pipe or a device named like YAML: nothing to read, nor to keep
                return None
    except OSError:
        return None
    return digest.hexdigest()


@dataclass(frozen=True)
class StoredReport:
    """What a report is made of, without saying where it goes: its text, its charts by
    measure id (a Markdown report's chart files) and its language."""

    text: str
    charts: Mapping[str, str]
    language: Lang


# The <meta> lines a page opens with (`pdsa_cli.report.html`, not imported: a hit stays light);
# a kept page may hold these and no other (a fresh page kept and served again shows they agree).
PAGE_META = (
    '<meta charset="utf-8">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
    "style-src 'unsafe-inline'; img-src data:\">",
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
)

# A measure id (`pdsa_cli.models.common.Slug`): the only names a chart file may get.
_MEASURE_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def stored_report(root: Path, key: str) -> StoredReport | None:
    """The report kept under `key` (None: not kept, not readable, or holding what a fresh
    report never holds)."""
    cache = ReportCache.for_workspace(root)
    text = cache.get(key) if cache is not None else None
    if text is None:
        return None
    try:
        entry = json.loads(text)
        report = StoredReport(
            mask_cpr(_text(entry["text"])),
            {_name(m): mask_cpr(_text(svg)) for m, svg in entry["charts"].items()},
            parse_lang(_text(entry["language"])),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if not is_inert(report.text, PAGE_META) or not all(map(is_inert, report.charts.values())):
        return None
    return report


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def _name(measure: object) -> str:
    if not isinstance(measure, str) or _MEASURE_ID.fullmatch(measure) is None:
        raise ValueError(measure)
    return measure


def store_report(root: Path, key: str, report: StoredReport) -> None:
    """Keep what a report is made of under `key`."""
    cache = ReportCache.for_workspace(root)
    if cache is None:
        return
    entry = {"language": report.language, "text": report.text, "charts": dict(report.charts)}
    cache.put(key, json.dumps(entry, ensure_ascii=False))
    cache.prune()
