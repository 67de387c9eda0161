"""A measure with its measurements (`<initiative>/measures/<measure>.yaml`); id = file stem."""

from __future__ import annotations

from typing import Annotated

from pydantic import BeforeValidator, Field, model_validator

from pdsa_cli.models.common import (
    ChartType,
    DataType,
    Date,
    Direction,
    Family,
    Frequency,
    Number,
    Strict,
    Text,
    decimal_comma,
    rule_broken,
)


class Measurement(Strict):
    """One data point: a value, or numerator and denominator for proportions and rates."""

    date: Date
    """The start of the period (its day, week or month)."""
    value: Number | None = None
    """The value (for value and count measures)."""
    numerator: Annotated[float, Field(ge=0), BeforeValidator(decimal_comma)] | None = None
    """For proportions and rates: the count of events."""
    denominator: Annotated[float, Field(gt=0), BeforeValidator(decimal_comma)] | None = None
    """For proportions and rates: the count they are out of (above 0)."""
    note: str | None = None
    """A note on this measurement."""
    exclude: bool = False
    """`true`: shown on the chart but left out of the calculations (needs `reason`)."""
    reason: str | None = None
    """Why the measurement is excluded."""

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
    """The first N points set the centre line and limits."""
    until: Date | None = None
    """The points up to this date set the centre line and limits."""

    @model_validator(mode="after")
    def _exactly_one(self) -> Baseline:
        if (self.points is None) == (self.until is None):
            raise rule_broken("baseline_points_or_until", "give either points or until")
        return self


class Measure(Strict):
    name: Text
    """The measure's name, as the chart title."""
    family: Family
    """`outcome`, `process` or `balancing`."""
    definition: Text
    """The operational definition: exactly what is counted, and how."""
    unit: Text
    """The unit (minutes, share of citizens, ...)."""
    data_type: DataType
    """`value`, `count`, `proportion` (numerator/denominator) or `rate`."""
    chart: ChartType = ChartType.RUN
    """The chart type the analysis uses."""
    direction: Direction = Direction.NEUTRAL
    """Which way is better: `up`, `down` or `neutral`."""
    target: float | None = None
    """A target value, drawn on the chart."""
    frequency: Frequency = Frequency.WEEK
    """How often it is measured: `day`, `week` or `month` (one value per period)."""
    baseline: Baseline | None = None
    """The baseline period: `points` or `until`."""
    illustrative: bool = False
    """`true`: the measurements are made-up examples."""
    measurements: list[Measurement] = Field(default_factory=list)
    """The data points, in date order."""
