"""The programme file (`programme.yaml` at the workspace root)."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field, WithJsonSchema, model_validator

from pdsa_cli.errors import Severity
from pdsa_cli.models.common import (
    Date,
    Method,
    RuleSet,
    Strict,
    Text,
    Theme,
    Track,
    rule_broken,
)


class TrackInfo(Strict):
    id: Track
    """The track's number (1, 2, 3, ...): initiatives name it in `track`."""
    name: Text
    """The track's name."""
    description: str | None = None
    """What the track covers."""


class Seminar(Strict):
    """A cross-municipal learning seminar; the summary covers what changed since the last one."""

    number: int = Field(ge=1)
    """The seminar's number (1, 2, ...)."""
    date: Date
    """The seminar's date."""
    title: str | None = None
    """The seminar's title."""
    place: str | None = None
    """Where it is held."""


_ID_FORM = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


def _driver_id(value: str) -> str:
    # Typed by people (unlike folder names), so a wrong form gets words, not a pattern.
    if not re.fullmatch(_ID_FORM, value):
        raise rule_broken("driver_id_form", f"'{value}' is not a valid driver id", id=value)
    return value


# An id people type and initiatives name: lower-case letters, digits and hyphens.
DriverId = Annotated[
    str, AfterValidator(_driver_id), WithJsonSchema({"type": "string", "pattern": _ID_FORM})
]


class SecondaryDriver(Strict):
    """A secondary driver of the driver diagram: initiatives name it in `driver:`."""

    id: DriverId
    """The driver's id (lower-case letters, digits and hyphens); initiatives name it."""
    name: Text
    """The driver's name."""
    change_ideas: list[Method] = Field(default_factory=list)
    """The change ideas (methods) that act on it."""


class PrimaryDriver(Strict):
    """A primary driver: what must change for the aim to be reached."""

    id: DriverId
    """The driver's id (lower-case letters, digits and hyphens)."""
    name: Text
    """The driver's name."""
    secondary: list[SecondaryDriver] = Field(default_factory=list)
    """Its secondary drivers."""


class PersonalData(Strict):
    # A CPR-like number in a cycle file is an error unless the programme downgrades it.
    cpr_numbers: Severity = Severity.ERROR
    """`error` (default) or `warning` for text that looks like a CPR number."""


class Programme(Strict):
    name: Text
    """The programme's name."""
    description: str | None = None
    """What the programme is about."""
    lead_municipality: str | None = None
    """The id of the municipality that leads it."""
    language: str = Field(default="da", pattern=r"^(da|en)$")
    """`da` or `en`: the language of messages and reports."""
    rules: RuleSet = RuleSet.ANHOEJ
    """The rule set for signals: `anhoej`, `ihi`, `mdc` or `weco`."""
    tracks: list[TrackInfo] = Field(min_length=1)
    """The programme's tracks."""
    themes: list[Theme] = Field(default_factory=list)
    """The dignity-policy themes it draws on."""
    seminars: list[Seminar] = Field(default_factory=list)
    """The learning seminars, in date order."""
    end: Date | None = None
    """The programme's last day: measures are not reported stale after it."""
    personal_data: PersonalData = PersonalData()
    """How CPR-like numbers are treated."""
    illustrative_data: bool = False
    """`true`: the measurements are made-up examples."""
    data_note: str | None = None
    """A note on the data, shown in reports."""
    aim: str | None = None
    """The programme's aim: the top of the driver diagram."""
    documentation_aim: str | None = None
    """The programme's own aim for documentation time, if it has one: quoted in the reports'
    documentation-time section (measures with `theme: documentation-time`)."""
    drivers: list[PrimaryDriver] = Field(default_factory=list)
    """The driver diagram: primary drivers, each with its secondary drivers."""

    @model_validator(mode="after")
    def _driver_ids_unique(self) -> Programme:
        seen: set[str] = set()
        for primary in self.drivers:
            for ident in (primary.id, *(s.id for s in primary.secondary)):
                if ident in seen:
                    raise rule_broken(
                        "duplicate_driver_id", f"driver id '{ident}' is used twice", id=ident
                    )
                seen.add(ident)
        return self
