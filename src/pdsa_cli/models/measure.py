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
    Slug,
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
    allow_negative: bool = False
    """`true`: a value may be below 0 (e.g. a difference); a duration never is otherwise."""
    theme: Slug | None = None
    """What the measure watches across municipalities, e.g. `documentation-time`: the summary
    shows the measures of that theme side by side."""
    measurements: list[Measurement] = Field(default_factory=list)
    """The data points, in date order."""


# Units of time: a value in one of them is a duration, never below 0 (unless allowed).
DURATION_UNITS = frozenset(
    {
        "min", "min.", "minut", "minutter", "minute", "minutes", "sek", "sek.", "sekunder",
        "second", "seconds", "time", "timer", "hour", "hours", "dag", "dage", "day", "days",
    }
)  # fmt: skip


def is_duration(unit: str) -> bool:
    """'minutter pr. besøg', 'timer', 'min': a unit of time (its first word)."""
    words = unit.strip().lower().split()
    return bool(words) and words[0] in DURATION_UNITS


def impossible_value(
    measure: Measure, value: float | None, numerator: float | None, denominator: float | None
) -> tuple[str, str, float] | None:
    """(code, field, number) when a measurement cannot be: a count that is not a whole number
    of 0 or more (a count measure's value, a proportion's or rate's numerator, a proportion's
    denominator), or a duration below 0 on a measure that does not allow negatives."""
    kind = measure.data_type
    ratio = kind in (DataType.PROPORTION, DataType.RATE)
    if kind is DataType.COUNT and value is not None and not _whole(value):
        return "count-not-whole", "value", value
    if ratio and numerator is not None and not float(numerator).is_integer():
        return "numerator-not-whole", "numerator", numerator
    if kind is DataType.PROPORTION and denominator is not None and not _whole(denominator):
        return "denominator-not-whole", "denominator", denominator
    if (
        kind is DataType.VALUE
        and value is not None
        and value < 0
        and not measure.allow_negative
        and is_duration(measure.unit)
    ):
        return "negative-duration", "value", value
    return None


def _whole(number: float) -> bool:
    return number >= 0 and float(number).is_integer()
