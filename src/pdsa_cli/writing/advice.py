"""What to tell the user when the machine refuses a read or a write (a full disk, a read-only
share, no permission): the catalogue key of the advice for an OS error."""

from __future__ import annotations

import errno

# What to do when the machine refuses a write: errno -> catalogue key of the advice.
_ADVICE = {
    errno.ENOSPC: "writing.advice.disk_full",
    getattr(errno, "EDQUOT", errno.ENOSPC): "writing.advice.disk_full",  # not on Windows
    errno.EROFS: "writing.advice.read_only",
    errno.EACCES: "writing.advice.permission",
    errno.EPERM: "writing.advice.permission",
}


def advice_key(error: OSError) -> str:
    return _ADVICE.get(error.errno or 0, "writing.advice.other")
