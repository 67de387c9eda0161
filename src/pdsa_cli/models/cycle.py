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
    """A question the cycle should answer."""
    prediction: str | None = None
    """What you expect the answer to be, written before the test."""


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
    """Which measurements count: `do_period` (dated within the Do period) or `after_do`
    (the first `points` from the Do start)."""
    points: int | None = Field(default=None, ge=1)
    """With `after_do`: how many measurements."""

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
    """The measure id the prediction is about."""
    comparator: Comparator
    """`at_least`, `at_most`, `between` or `about`."""
    value: float | None = None
    """The predicted value (`at_least`, `at_most`, `about`); a proportion as 0-1 or as a percent."""
    low: float | None = None
    """With `between`: the lower bound."""
    high: float | None = None
    """With `between`: the upper bound."""
    tolerance: float | None = Field(default=None, ge=0)
    """With `about`: how far from `value` still counts as met."""
    window: Window = Window()
    """Which measurements the prediction is checked against."""
    text: str | None = None
    """The prediction in words."""

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
    """When the cycle was planned."""
    objective: Text
    """What the cycle tests."""
    questions: list[Question] = Field(default_factory=list)
    """The questions, each with its prediction."""
    predictions: list[Prediction] = Field(default_factory=list)
    """Quantitative predictions the tool checks against the data."""
    who: str | None = None
    """Who carries out the test."""
    what: str | None = None
    """What is done."""
    where: str | None = None
    """Where the test takes place."""
    when: str | None = None
    """When the test takes place."""
    data_collection: str | None = None
    """The data to collect, and how."""


class Do(Strict):
    start: Date
    """When the test began."""
    end: Date | None = None
    """When the test ended (not before `start`)."""
    what_happened: str | None = None
    """What happened during the test."""
    problems: str | None = None
    """Problems met on the way."""
    surprises: str | None = None
    """What surprised you."""

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
    """When the results were studied."""
    results: Text
    """What the data showed."""
    compared_with_predictions: str | None = None
    """The results compared with the predictions."""
    learning: str | None = None
    """What was learned."""


class Act(Strict):
    date: Date
    """When the decision was made."""
    decision: Decision
    """`adopt`, `adapt` or `abandon`."""
    next_step: str | None = None
    """What the next cycle tests."""


class Cycle(Strict):
    number: int = Field(ge=1)
    """The cycle's number in its initiative's ramp (1, 2, ...)."""
    title: Text
    """A short title."""
    change_idea: str | None = None
    """The change idea the cycle tests."""
    measures: list[Text] = Field(default_factory=list)
    """Ids of the measures the cycle is linked to (drawn on their charts)."""
    previous: int | None = Field(default=None, ge=1)
    """The number of the earlier cycle of the ramp this one builds on."""
    plan: Plan
    """Plan: objective, questions and predictions, who/what/where/when."""
    do: Do | None = None
    """Do: when the test was carried out and what happened."""
    study: Study | None = None
    """Study: results next to the predictions, and the learning."""
    act: Act | None = None
    """Act: the decision and the next step."""

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
