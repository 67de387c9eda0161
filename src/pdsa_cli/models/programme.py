"""The programme file (`programme.yaml` at the workspace root)."""

from __future__ import annotations

from pydantic import Field

from pdsa_cli.errors import Severity
from pdsa_cli.models.common import Date, RuleSet, Strict, Text, Theme, Track


class TrackInfo(Strict):
    id: Track
    """The track number: 1 or 2."""
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
