"""A whole report served again when nothing that shapes it has changed.

A second `pdsa summary` over an unchanged workspace rebuilt everything but the charts: loading
and checking every file, the analyses, the page (a national report: 9 s). Its key is hashed
from all it is made of: every YAML file of the workspace (path and bytes), the command's
options, today's date (the default period and what is overdue depend on it), the language
settings of the environment, and the code (every source file of pdsa-cli and the versions of
the libraries that draw, word and number it). Same key, same report, byte for byte.

Only a report that was all its run showed is kept (no error in the workspace, no measure
refused; warnings are `pdsa validate`'s to show), so a hit has nothing else to repeat.
It lives in the user's cache folder beside the charts (`pdsa_cli.charts.cache`), never in the
workspace; an entry that is unreadable or does not match its key is ignored and the report
built again. Light on purpose: a hit imports neither the models nor the analysis.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path

from pdsa_cli.charts.cache import ReportCache
from pdsa_cli.i18n import Lang, parse_lang
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


def stored_report(root: Path, key: str) -> tuple[dict[Path, str], Lang] | None:
    """The files of the report kept under `key` and its language (None: not kept, or not
    readable)."""
    cache = ReportCache.for_workspace(root)
    text = cache.get(key) if cache is not None else None
    if text is None:
        return None
    try:
        entry = json.loads(text)
        files = {Path(path): str(body) for path, body in entry["files"].items()}
        return files, parse_lang(str(entry["language"]))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def store_report(root: Path, key: str, files: Mapping[Path, str], language: Lang) -> None:
    """Keep the files of a report (as written) and its language under `key`."""
    cache = ReportCache.for_workspace(root)
    if cache is None:
        return
    # Absolute: a hit from another folder (same --out, as the key has it) writes the same files.
    written = {str(path.absolute()): text for path, text in files.items()}
    entry = {"language": language, "files": written}
    cache.put(key, json.dumps(entry, ensure_ascii=False))
    cache.prune()
