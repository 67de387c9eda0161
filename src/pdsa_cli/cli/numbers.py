"""Number options as people type them: `--target 0,9` as well as `--target 0.9`.

typer reads a `float` option the English way only; these options are read by the same function
that reads `pdsa log`'s values, so a decimal comma works everywhere a number is asked for.
"""

from __future__ import annotations

import typer

from pdsa_cli.errors import UsageError
from pdsa_cli.i18n import translate

METAVAR = "<float>"  # as typer shows a float option


def number(value: str | float) -> float:
    """An option's text as a number (`0,9`, `0.9`, `14`); refused with the words of `log`."""
    from pdsa_cli.cli.usage_words import command_line_language
    from pdsa_cli.writing.inputs import parse_number

    if isinstance(value, int | float):  # a default, already a number
        return float(value)
    try:
        return float(parse_number(value))
    except UsageError:
        raise typer.BadParameter(
            translate("cli.not_a_number", command_line_language(), value=value)
        ) from None
