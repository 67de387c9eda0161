"""Reading a change package (a zip from `pdsa package`, perhaps from outside the programme).

A zip from elsewhere is untrusted: nothing is extracted, only `change.yaml` is read, and only
after every member's name and the sizes are checked: a name that climbs out of the package
(`../`, an absolute path, a drive letter, a backslash) or a member a package does not have is
refused, and so is a zip that unpacks to more than the limits (a zip bomb). The description is
read in chunks with a cap, so a header that lies about its size cannot fill the memory.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import ValidationError

from pdsa_cli.errors import PdsaError, display_path
from pdsa_cli.i18n import Phrase
from pdsa_cli.models.package import PACKAGE_FORMAT, ChangePackageFile
from pdsa_cli.workspace.cpr import mask_cpr
from pdsa_cli.workspace.texts import shown_data
from pdsa_cli.workspace.yamltree import read_yaml
from pdsa_cli.writing.writer import parse_as_loader

DESCRIPTION = "change.yaml"
_BOUNDS = frozenset({"alias-bomb", "alias-too-large", "text-too-long"})
MAX_MEMBERS = 500
MAX_TOTAL_MB = 50
MAX_DESCRIPTION = 2 * 1024 * 1024
MAX_RATIO = 200  # unpacked / packed: text compresses about 5-20 times, a bomb thousands
_END_RECORD = b"PK\x05\x06"  # a zip's end of central directory record
_END_SEARCH = 22 + 0xFFFF  # the record, and a comment of at most 64 kB after it
_MEMBER = re.compile(r"^(change\.(yaml|html|md)|charts/[A-Za-z0-9._-]+\.svg|charts/)$")


def _safe_name(name: str) -> bool:
    if not name or "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return False
    return ".." not in PurePosixPath(name).parts


def read_package(path: Path) -> ChangePackageFile:
    """The package's description, checked; every refusal is a PdsaError naming the file."""
    shown = display_path(path)
    try:
        _check_count(path, shown)
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            _check_members(members, shown)
            raw = _read_capped(archive, shown)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, OSError) as error:
        if isinstance(error, FileNotFoundError):
            raise
        raise PdsaError("package.not_a_zip", path=shown) from None
    return _parse(raw, shown)


def _check_count(path: Path, shown: str) -> None:
    """Refuse a zip of too many members from its end record alone, before the directory of
    its members is read (a million members took 9 s and 550 MB to list). A zip64 record
    (65,535 members or more) is more than any package; a zip without an end record is left to
    the zip reader to refuse."""
    with path.open("rb") as file:
        size = file.seek(0, 2)
        file.seek(max(0, size - _END_SEARCH))
        tail = file.read()
    at = tail.rfind(_END_RECORD)
    if at < 0 or len(tail) < at + 22:
        return
    count = int.from_bytes(tail[at + 10 : at + 12], "little")
    if count > MAX_MEMBERS:
        shown_count = f"{count}+" if count == 0xFFFF else str(count)
        raise PdsaError("package.too_many", path=shown, count=shown_count, limit=MAX_MEMBERS)


def _check_members(members: list[zipfile.ZipInfo], shown: str) -> None:
    if len(members) > MAX_MEMBERS:
        raise PdsaError("package.too_many", path=shown, count=len(members), limit=MAX_MEMBERS)
    names = [info.filename for info in members]
    if names.count(DESCRIPTION) > 1:  # which one would be read depends on the reader
        raise PdsaError("package.duplicate_member", path=shown, member=DESCRIPTION)
    for info in members:
        if info.flag_bits & 0x1:  # encrypted: it cannot be read, and a package never is
            raise PdsaError("package.encrypted", path=shown, member=info.filename)
        if not _safe_name(info.filename):
            raise PdsaError("package.unsafe_member", path=shown, member=info.filename)
        if not _MEMBER.match(info.filename):
            raise PdsaError("package.unexpected_member", path=shown, member=info.filename)
    total = sum(info.file_size for info in members)
    packed = sum(info.compress_size for info in members)
    if total > MAX_TOTAL_MB * 1024 * 1024 or total > MAX_RATIO * max(packed, 1024):
        raise PdsaError("package.too_big", path=shown, limit=MAX_TOTAL_MB)
    if DESCRIPTION not in {info.filename for info in members}:
        raise PdsaError("package.no_description", path=shown)


def _read_capped(archive: zipfile.ZipFile, shown: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    with archive.open(DESCRIPTION) as stream:
        while chunk := stream.read(64 * 1024):
            size += len(chunk)
            if size > MAX_DESCRIPTION:
                raise PdsaError("package.too_big", path=shown, limit=MAX_TOTAL_MB)
            chunks.append(chunk)
    return b"".join(chunks)


def _parse(raw: bytes, shown: str) -> ChangePackageFile:
    for finding in read_yaml(raw).findings:  # the limits the loader keeps: aliases, lengths
        if finding.code in _BOUNDS:
            reason = Phrase(f"problem.{finding.code}", finding.detail)
            raise PdsaError("package.bad_description", path=shown, detail=reason)
    try:
        # A package from elsewhere may carry a CPR-like number: it never reaches a file here.
        # Masked before parsing and again as parsed: an escape or a fold can hide one.
        data: Any = shown_data(parse_as_loader(mask_cpr(raw.decode("utf-8"))))
    except Exception as error:  # a YAML or encoding slip: say what, never a traceback
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise PdsaError("package.bad_description", path=shown, detail=detail) from None
    if not isinstance(data, dict) or data.get("format") != PACKAGE_FORMAT:
        detail = f"format: {PACKAGE_FORMAT}"
        raise PdsaError("package.bad_description", path=shown, detail=detail)
    try:
        return ChangePackageFile.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        detail = f"{where}: {first['msg']}"
        raise PdsaError("package.bad_description", path=shown, detail=detail) from None
