"""Never lose anyone's work: a form carries the version of the file it was made from.

The version is a hash of the file's bytes. When the file changed since the form was made (a
colleague, the CLI, `git pull`), the write is refused and the page says what changed, from the
bytes this server saw when it made the form to the bytes on disk now.
"""

from __future__ import annotations

import difflib
import hashlib
from collections import OrderedDict
from pathlib import Path

from pdsa_cli.workspace.cpr import mask_cpr

_KEPT = 256  # file versions remembered for showing a change (a few per open form)


def version_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Versions:
    """The bytes of each file version a form was made from, so a conflict can be shown."""

    def __init__(self) -> None:
        self._seen: OrderedDict[str, bytes] = OrderedDict()

    def stamp(self, path: Path) -> str:
        """The version of `path` now, remembered."""
        data = path.read_bytes()
        version = version_of(data)
        self._seen[version] = data
        self._seen.move_to_end(version)
        while len(self._seen) > _KEPT:
            self._seen.popitem(last=False)
        return version

    def changes(self, path: Path, version: str) -> list[str] | None:
        """None when `path` is still at `version`; else the lines that changed since (empty
        when the old version is no longer known), CPR-like numbers masked."""
        now = path.read_bytes()
        if version_of(now) == version:
            return None
        before = self._seen.get(version)
        if before is None:
            return []
        old = before.decode("utf-8", "replace").splitlines()
        new = now.decode("utf-8", "replace").splitlines()
        diff = difflib.unified_diff(old, new, lineterm="", n=1)
        return [mask_cpr(line) for line in diff if not line.startswith(("---", "+++"))]
