"""A PDSA cycle, one file each (`<initiative>/cycle-NN-<slug>.yaml`), so people editing different
cycles never meet in a git conflict."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field, ValidationInfo, field_validator, model_validator
from pydantic_core import PydanticCustomError

from pdsa_cli.models.common import CycleStatus, Date, Decision, Strict, Text, rule_broken


class Question(Strict):
    question: Text
    prediction: str | None = None


class Comparator(StrEnum):
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    BETWEEN = "between"
    ABOUT = "about"


class WindowKind(StrEnum):
    DO_PERIOD = "do_period"  # the measurements dated within the Do period
    AFTER_DO = "after_do"  # the first `points` measurements on or after the Do start


class Window(Strict):
    kind: WindowKind = WindowKind.DO_PERIOD
    points: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _points_for_after_do(self) -> Window:
        if self.kind is WindowKind.AFTER_DO and self.points is None:
            raise rule_broken("window_needs_points", "window 'after_do' needs points")
        if self.kind is WindowKind.DO_PERIOD and self.points is not None:
            raise rule_broken(
                "window_points_only_after_do", "points only go with window 'after_do'"
            )
        return self


class Prediction(Strict):
    """A quantitative prediction the tool can check against the measure's data."""

    measure: Text
    comparator: Comparator
    value: float | None = None  # at_least, at_most, about
    low: float | None = None  # between
    high: float | None = None  # between
    tolerance: float | None = Field(default=None, ge=0)  # about
    window: Window = Window()
    text: str | None = None

    @model_validator(mode="after")
    def _values_fit_comparator(self) -> Prediction:
        if self.comparator is Comparator.BETWEEN:
            if self.low is None or self.high is None or self.value is not None:
                raise rule_broken(
                    "between_needs_low_high", "'between' needs low and high (and no value)"
                )
            if self.low > self.high:
                raise rule_broken("low_above_high", "low must not be above high")
        elif self.value is None or self.low is not None or self.high is not None:
            raise rule_broken(
                "comparator_needs_value",
                f"'{self.comparator.value}' needs value (and no low/high)",
                comparator=self.comparator.value,
            )
        if self.comparator is Comparator.ABOUT and self.tolerance is None:
            raise rule_broken("about_needs_tolerance", "'about' needs a tolerance")
        return self


class Plan(Strict):
    date: Date | None = None
    objective: Text
    questions: list[Question] = Field(default_factory=list)
    predictions: list[Prediction] = Field(default_factory=list)
    who: str | None = None
    what: str | None = None
    where: str | None = None
    when: str | None = None
    data_collection: str | None = None


class Do(Strict):
    start: Date
    end: Date | None = None
    what_happened: str | None = None
    problems: str | None = None
    surprises: str | None = None

    @field_validator("end")
    @classmethod
    def _end_not_before_start(cls, end: dt.date | None, info: ValidationInfo) -> dt.date | None:
        # A field validator, so the problem points at `do.end` (the loader's code: date-order).
        start = info.data.get("start")
        if end is not None and start is not None and end < start:
            raise PydanticCustomError(
                "date-order",
                "do.end is before do.start",
                {"date": end.isoformat(), "before": "do.start", "earlier": start.isoformat()},
            )
        return end


class Study(Strict):
    date: Date
    results: Text
    compared_with_predictions: str | None = None
    learning: str | None = None


class Act(Strict):
    date: Date
    decision: Decision
    next_step: str | None = None


class Cycle(Strict):
    number: int = Field(ge=1)
    title: Text
    change_idea: str | None = None
    measures: list[Text] = Field(default_factory=list)
    previous: int | None = Field(default=None, ge=1)  # the cycle of the ramp this one builds on
    plan: Plan
    do: Do | None = None
    study: Study | None = None
    act: Act | None = None

    @model_validator(mode="after")
    def _phases_filled_in_order(self) -> Cycle:
        if self.study is not None and self.do is None:
            raise rule_broken("study_without_do", "study is filled in but do is not")
        if self.act is not None and self.study is None:
            raise rule_broken("act_without_study", "act is filled in but study is not")
        return self

    @property
    def status(self) -> CycleStatus:
        """Status follows from what is filled in: planned -> doing -> studying -> done."""
        if self.act is not None:
            return CycleStatus.DONE
        if self.study is not None:
            return CycleStatus.STUDYING
        if self.do is not None:
            return CycleStatus.DOING
        return CycleStatus.PLANNED
