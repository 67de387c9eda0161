"""The programme file (`programme.yaml` at the workspace root)."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, model_validator

from pdsa_cli.errors import Severity
from pdsa_cli.models.common import RuleSet, Strict, Text, Theme, Track


class TrackInfo(Strict):
    id: Track
    name: Text
    description: str | None = None


class Seminar(Strict):
    """A cross-municipal learning seminar; the summary covers what changed since the last one."""

    number: int = Field(ge=1)
    date: dt.date
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
    seminars: list[Seminar] = Field(default_factory=list)
    personal_data: PersonalData = PersonalData()
    illustrative_data: bool = False  # True: the measurements are made-up examples
    data_note: str | None = None

    @model_validator(mode="after")
    def _seminars_in_order(self) -> Programme:
        dates = [s.date for s in self.seminars]
        if dates != sorted(dates):
            raise ValueError("seminars must be listed in date order")
        return self
