"""Masking text that looks like a Danish CPR number, for what is shown or exported.

The rule is :mod:`pdsa_cli.workspace.cpr`'s (ddmmyy, a real date, then four digits, with or
without a hyphen); the digits become stars and the hyphen stays, so readers see that something
was there.
"""

from __future__ import annotations

import re

from pdsa_cli.workspace.cpr import is_cpr_date

_CPR = re.compile(r"(?<!\d)(\d\d)(\d\d)(\d\d)(-?)\d{4}(?!\d)")


def mask_cpr(text: str) -> str:
    """`text` with every CPR-like number replaced by stars."""

    def star(match: re.Match[str]) -> str:
        day, month, year2 = (int(match[i]) for i in (1, 2, 3))
        if not is_cpr_date(day, month, year2):
            return match[0]
        return "******" + match[4] + "****"

    return _CPR.sub(star, text)
