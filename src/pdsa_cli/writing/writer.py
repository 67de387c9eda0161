"""Writing workspace files without ever losing a word.

The guarantees, for every command that writes:

- **Atomic**: the new text goes to a temporary file in the same folder, is fsynced, then renamed
  over the old file (`os.replace`), so a crash or a kill leaves either the old or the new file,
  never half of one. A new file is published with `os.link`, which refuses to overwrite.
- **No lost updates**: every read-modify-write holds the workspace lock (the workspace folder
  itself where it can be locked, and `<root>/.pdsa.lock`) and re-reads the file under it, so
  concurrent writers queue instead of racing; just before the rename the file must still hold
  the bytes that were read (compare and swap), else the edit is redone. Deleting the lock file
  while writes run loses nothing.
- **Nothing a reader would refuse**: no CPR-like number is added, no file that `pdsa validate`
  rejects is edited, no link out of the workspace is followed, and a read-only file is left
  alone. New folders (a municipality, an initiative) appear in one rename, whole.
- **Comments kept, content checked**: edits go through ruamel.yaml's round-trip mode; the result
  is parsed back the way the loader reads it and validated by the model *before* it replaces the
  old file, and a write that would drop one of the user's comments is refused.

The parts, one module each: the lock (:mod:`~pdsa_cli.writing.lock`), the atomic write
(:mod:`~pdsa_cli.writing.atomic`), the YAML round trip (:mod:`~pdsa_cli.writing.round_trip`),
the checks before a write (:mod:`~pdsa_cli.writing.checks`) and the advice for a refused write
(:mod:`~pdsa_cli.writing.advice`). This module puts them together in :func:`edit_file` and
keeps every public name importable from here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pdsa_cli.errors import PdsaError, display_path
from pdsa_cli.writing.advice import advice_key
from pdsa_cli.writing.atomic import (
    TEMP_SUFFIX,
    NewFile,
    _ChangedMeanwhile,
    create_file,
    create_files,
    remove_stale_temps,
    replace_file,
)
from pdsa_cli.writing.checks import (
    M,
    Original,
    Parse,
    _valid,
    check_comments_kept,
    check_no_new_cpr,
    comment_start,
    comments_in,
    cpr_is_error,
    loader_problems,
    parse_as_loader,
    read_original,
    read_valid,
    refuse_held_cpr,
    refuse_outside,
    refuse_read_only,
    validate_text,
    workspace_of,
)
from pdsa_cli.writing.lock import (
    LOCK_FILE,
    LOCK_POLL_SECONDS,
    LOCK_TIMEOUT_SECONDS,
    workspace_lock,
)
from pdsa_cli.writing.round_trip import (
    Indent,
    dump_text,
    guess_indent,
    load_round_trip,
    round_trip,
    schema_header,
    text_scalar,
)

CHANGED_RETRIES = 20  # redoing an edit on a file that changed meanwhile (lock lost)

__all__ = [
    "CHANGED_RETRIES",
    "LOCK_FILE",
    "LOCK_POLL_SECONDS",
    "LOCK_TIMEOUT_SECONDS",
    "TEMP_SUFFIX",
    "Indent",
    "NewFile",
    "Original",
    "Parse",
    "advice_key",
    "check_comments_kept",
    "check_no_new_cpr",
    "comment_start",
    "comments_in",
    "cpr_is_error",
    "create_file",
    "create_files",
    "dump_text",
    "edit_file",
    "guess_indent",
    "load_round_trip",
    "loader_problems",
    "parse_as_loader",
    "read_original",
    "read_valid",
    "refuse_held_cpr",
    "refuse_outside",
    "refuse_read_only",
    "remove_stale_temps",
    "replace_file",
    "round_trip",
    "schema_header",
    "text_scalar",
    "validate_text",
    "workspace_lock",
    "workspace_of",
]


def edit_file(
    path: Path,
    model: type[M],
    change: Callable[[str, M], str],
    check: Callable[[M], None] | None = None,
    parse: Parse = parse_as_loader,
) -> M:
    """Read-modify-write one file under the lock: `change(text, model) -> new text`.

    The new text is validated (and passed to `check`) and its comments checked before it
    atomically replaces the file, if the file still holds what was read; if not, the edit is
    redone on what is there now (`change` may be called more than once).
    Call inside :func:`workspace_lock`.
    """
    refuse_outside(path)
    refuse_read_only(path)
    for _ in range(CHANGED_RETRIES):
        original = read_original(path)
        current = _valid(original, path, model, parse)
        refuse_held_cpr(original, path)
        new_text = change(original.text, current)
        check_no_new_cpr(original.text, new_text, path, parse)
        updated = validate_text(new_text, model, path, parse)
        if check is not None:
            check(updated)
        check_comments_kept(original.text, new_text, path)
        try:
            replace_file(path, new_text, expected=original.raw, newline=original.newline)
        except _ChangedMeanwhile:
            continue  # another writer got in: read again and redo the edit on its result
        return updated
    raise PdsaError("writing.changed_meanwhile", path=display_path(path))
