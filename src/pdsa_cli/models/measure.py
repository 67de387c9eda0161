"""A measure with its measurements (`<initiative>/measures/<measure>.yaml`); id = file stem."""

from __future__ import annotations

from pydantic import Field, model_validator

from pdsa_cli.models.common import (
    ChartType,
    DataType,
    Date,
    Direction,
    Family,
    Frequency,
    Strict,
    Text,
    rule_broken,
)


class Measurement(Strict):
    """One data point: a value, or numerator and denominator for proportions and rates."""

    date: Date  # the start of the period (its day, week or month)
    value: float | None = None
    numerator: float | None = Field(default=None, ge=0)
    denominator: float | None = Field(default=None, gt=0)
    note: str | None = None
    exclude: bool = False
    reason: str | None = None  # why it is excluded

    @model_validator(mode="after")
    def _one_kind_of_value(self) -> Measurement:
        ratio = self.numerator is not None or self.denominator is not None
        if ratio and self.value is not None:
            raise rule_broken(
                "value_and_ratio", "give either value, or numerator and denominator, not both"
            )
        if ratio and (self.numerator is None or self.denominator is None):
            raise rule_broken("ratio_incomplete", "numerator and denominator go together")
        if self.exclude and not self.reason:
            raise rule_broken("exclude_without_reason", "an excluded measurement needs a reason")
        return self


class Baseline(Strict):
    """The points that fix the centre line and limits: the first `points`, or up to `until`."""

    points: int | None = Field(default=None, ge=2)
    until: Date | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> Baseline:
        if (self.points is None) == (self.until is None):
            raise rule_broken("baseline_points_or_until", "give either points or until")
        return self


class Measure(Strict):
    name: Text
    family: Family
    definition: Text  # the operational definition
    unit: Text
    data_type: DataType
    chart: ChartType = ChartType.RUN
    direction: Direction = Direction.NEUTRAL
    target: float | None = None
    frequency: Frequency = Frequency.WEEK
    baseline: Baseline | None = None
    illustrative: bool = False  # the measurements are made-up examples
    measurements: list[Measurement] = Field(default_factory=list)
