"""An initiative (`<municipality>/<initiative>/initiative.yaml`); its id is the folder name."""

from __future__ import annotations

from pydantic import Field, model_validator

from pdsa_cli.models.common import Date, InitiativeStatus, Method, Strict, Text, Track, rule_broken


class Aim(Strict):
    """A SMART aim: what, how much, by when."""

    statement: Text
    """The SMART aim in words: what, how much, by when."""
    measure: str | None = None
    """The measure id the target is stated on."""
    target: float | None = None
    """The target value on that measure."""
    target_date: Date | None = None
    """When the target should be reached."""


class AdaptedFrom(Strict):
    """Where an adopted change came from: an initiative here, or a change package from outside."""

    initiative: Text
    """The source initiative's id."""
    municipality: str | None = None
    """The source municipality (its id, or its name for one outside the programme)."""
    cycle: int | None = Field(default=None, ge=1)
    """The source's adopted cycle whose version is taken up."""
    package: str | None = None
    """The change package's file name, when the change came as a package."""


class Initiative(Strict):
    name: Text
    """The initiative's name."""
    track: Track
    """The programme track: the number of one of programme.yaml's `tracks`."""
    aim: Aim
    """The aim, with its target."""
    change_ideas: list[Text] = Field(default_factory=list)
    """The change ideas to test."""
    method: Method
    """The method (see the allowed values); `other` needs `method_description`."""
    method_description: str | None = None
    """What the method is, when `method` is `other`."""
    status: InitiativeStatus = InitiativeStatus.ACTIVE
    """`active`, `adopted`, `abandoned` or `spread`."""
    started: Date | None = None
    """When the initiative started."""
    contact_role: str | None = None
    """The contact's role (not a person's name)."""
    description: str | None = None
    """A longer description."""
    driver: str | None = None
    """The id of the secondary driver (in programme.yaml) the initiative works on."""
    adapted_from: AdaptedFrom | None = None
    """The change this initiative takes up from another municipality (`pdsa adopt`)."""
    pitfalls: list[Text] = Field(default_factory=list)
    """Pitfalls the team found, for those who take the change up (shown in its package)."""

    @model_validator(mode="after")
    def _other_method_described(self) -> Initiative:
        if self.method is Method.OTHER and not self.method_description:
            raise rule_broken(
                "other_method_undescribed", "method 'other' needs a method_description"
            )
        return self
