"""An initiative (`<municipality>/<initiative>/initiative.yaml`); its id is the folder name."""

from __future__ import annotations

from pydantic import Field, model_validator

from pdsa_cli.models.common import Date, InitiativeStatus, Method, Strict, Text, Track, rule_broken


class Aim(Strict):
    """A SMART aim: what, how much, by when."""

    statement: Text
    measure: str | None = None  # the measure id the target is stated on
    target: float | None = None
    target_date: Date | None = None


class Initiative(Strict):
    name: Text
    track: Track
    aim: Aim
    change_ideas: list[Text] = Field(default_factory=list)
    method: Method
    method_description: str | None = None
    status: InitiativeStatus = InitiativeStatus.ACTIVE
    started: Date | None = None
    contact_role: str | None = None
    description: str | None = None

    @model_validator(mode="after")
    def _other_method_described(self) -> Initiative:
        if self.method is Method.OTHER and not self.method_description:
            raise rule_broken(
                "other_method_undescribed", "method 'other' needs a method_description"
            )
        return self
