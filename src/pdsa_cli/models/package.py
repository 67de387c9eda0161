"""The machine-readable description of a change package (`change.yaml` inside the zip that
`pdsa package` writes and `pdsa adopt` reads).

It carries what another team needs to start its own ramp: the source, the final version of the
change, the aim, and the measures' operational definitions (never their data).
"""

from __future__ import annotations

from pydantic import Field

from pdsa_cli.models.common import (
    ChartType,
    DataType,
    Date,
    Direction,
    Family,
    Frequency,
    Method,
    Slug,
    Strict,
    Text,
    Track,
)

PACKAGE_FORMAT = "pdsa-change-package/1"


class PackageSource(Strict):
    programme: str | None = None
    municipality: Text
    """The source municipality's id."""
    municipality_name: Text
    initiative: Text
    """The source initiative's id."""
    contact_role: str | None = None
    """Whom to ask: a role, never a person's name."""


class PackageAim(Strict):
    statement: Text
    measure: str | None = None
    target: float | None = None
    target_date: Date | None = None


class PackageInitiative(Strict):
    name: Text
    track: Track
    method: Method
    method_description: str | None = None
    aim: PackageAim
    why: str | None = None
    change_ideas: list[Text] = Field(default_factory=list)
    pitfalls: list[Text] = Field(default_factory=list)
    driver: str | None = None
    """The secondary driver of the source's driver diagram; kept where the adopters' has it."""


class FinalVersion(Strict):
    """The version of the change the source team adopted (its last adopted cycle)."""

    cycle: int = Field(ge=1)
    title: Text
    change_idea: str | None = None
    objective: Text
    who: str | None = None
    what: str | None = None
    where: str | None = None
    when: str | None = None
    learning: str | None = None
    next_step: str | None = None
    adopted: Date


class PackageMeasure(Strict):
    id: Text
    name: Text
    family: Family
    definition: Text
    unit: Text
    data_type: DataType
    chart: ChartType = ChartType.RUN
    direction: Direction = Direction.NEUTRAL
    target: float | None = None
    frequency: Frequency = Frequency.WEEK
    theme: Slug | None = None
    """What the measure shares across municipalities (e.g. documentation-time)."""
    allow_negative: bool = False


class PackageStep(Strict):
    number: int = Field(ge=1)
    title: Text
    decision: str | None = None
    learning: str | None = None


class ChangePackageFile(Strict):
    format: Text
    language: Text
    made: Date
    source: PackageSource
    initiative: PackageInitiative
    final_version: FinalVersion | None = None
    measures: list[PackageMeasure] = Field(default_factory=list)
    ramp: list[PackageStep] = Field(default_factory=list)
