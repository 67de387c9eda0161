"""Reading a prediction's numbers on its measure's scale.

Convention for proportion measures: proportions are stored as 0-1 (as numerator/denominator
gives them). A prediction on a proportion measure whose value, low or high is above 1 is read as
a percent (all its numbers, tolerance included, are divided by 100); above 100, or below 0, it is
out of range. On proportion measures written in 0-1, a tolerance above 1 is out of range.
Counts and rates cannot be negative. Values (minutes, scores) take any number.
"""

from __future__ import annotations

from dataclasses import dataclass

from pdsa_cli.models import Comparator, DataType
from pdsa_cli.models.cycle import Prediction

PERCENT = 100.0


@dataclass(frozen=True)
class Bounds:
    """The range a prediction accepts on the measure's scale (None: open on that side)."""

    low: float | None
    high: float | None
    percent: bool = False  # the prediction was written as a percent


def _numbers(prediction: Prediction) -> list[float]:
    return [v for v in (prediction.value, prediction.low, prediction.high) if v is not None]


def out_of_range(prediction: Prediction, data_type: DataType) -> bool:
    """True when the prediction's numbers cannot be read on the measure's scale."""
    numbers = _numbers(prediction)
    if data_type in (DataType.COUNT, DataType.RATE):
        return any(v < 0 for v in numbers)
    if data_type is DataType.PROPORTION:
        if any(v < 0 or v > PERCENT for v in numbers):
            return True
        percent = any(v > 1 for v in numbers)
        return not percent and (prediction.tolerance or 0.0) > 1
    return False


def bounds_of(prediction: Prediction, data_type: DataType) -> Bounds | None:
    """The accepted range on the measure's scale, or None when the numbers are out of range."""
    if out_of_range(prediction, data_type):
        return None
    percent = data_type is DataType.PROPORTION and any(v > 1 for v in _numbers(prediction))
    scale = PERCENT if percent else 1.0
    value = None if prediction.value is None else prediction.value / scale
    comparator = prediction.comparator
    if comparator is Comparator.AT_LEAST:
        return Bounds(value, None, percent)
    if comparator is Comparator.AT_MOST:
        return Bounds(None, value, percent)
    if comparator is Comparator.BETWEEN:
        assert prediction.low is not None and prediction.high is not None  # the model checks
        return Bounds(prediction.low / scale, prediction.high / scale, percent)
    assert value is not None and prediction.tolerance is not None  # the model checks
    tolerance = prediction.tolerance / scale
    return Bounds(value - tolerance, value + tolerance, percent)
