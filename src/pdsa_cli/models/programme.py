"""The programme file (`programme.yaml` at the workspace root)."""

from __future__ import annotations

from pydantic import Field

from pdsa_cli.errors import Severity
from pdsa_cli.models.common import Date, RuleSet, Strict, Text, Theme, Track


class TrackInfo(Strict):
    id: Track
    name: Text
    description: str | None = None


class Seminar(Strict):
    """A cross-municipal learning seminar; the summary covers what changed since the last one."""

    number: int = Field(ge=1)
    date: Date
    title: str | None = None
    place: str | None = None


class PersonalData(Strict):
    # A CPR-like number in a cycle file is an error unless the programme downgrades it.
    cpr_numbers: Severity = Severity.ERROR


class Programme(Strict):
    name: Text
    description: str | None = None
    lead_municipality: str | None = None
    language: str = Field(default="da", pattern=r"^(da|en)$")
    rules: RuleSet = RuleSet.ANHOEJ
    tracks: list[TrackInfo] = Field(min_length=1)
    themes: list[Theme] = Field(default_factory=list)
    seminars: list[Seminar] = Field(default_factory=list)  # in date order (a workspace check)
    personal_data: PersonalData = PersonalData()
    illustrative_data: bool = False  # True: the measurements are made-up examples
    data_note: str | None = None
