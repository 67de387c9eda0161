"""A PDSA cycle, one file each (`<initiative>/cycle-NN-<slug>.yaml`), so people editing different
cycles never meet in a git conflict."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import Field, model_validator

from pdsa_cli.models.common import CycleStatus, Decision, Strict, Text


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
            raise ValueError("window 'after_do' needs points")
        if self.kind is WindowKind.DO_PERIOD and self.points is not None:
            raise ValueError("points only go with window 'after_do'")
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
                raise ValueError("'between' needs low and high (and no value)")
            if self.low > self.high:
                raise ValueError("low must not be above high")
        elif self.value is None or self.low is not None or self.high is not None:
            raise ValueError(f"'{self.comparator.value}' needs value (and no low/high)")
        if self.comparator is Comparator.ABOUT and self.tolerance is None:
            raise ValueError("'about' needs a tolerance")
        return self


class Plan(Strict):
    date: dt.date | None = None
    objective: Text
    questions: list[Question] = Field(default_factory=list)
    predictions: list[Prediction] = Field(default_factory=list)
    who: str | None = None
    what: str | None = None
    where: str | None = None
    when: str | None = None
    data_collection: str | None = None


class Do(Strict):
    start: dt.date
    end: dt.date | None = None
    what_happened: str | None = None
    problems: str | None = None
    surprises: str | None = None

    @model_validator(mode="after")
    def _end_after_start(self) -> Do:
        if self.end is not None and self.end < self.start:
            raise ValueError("do.end is before do.start")
        return self


class Study(Strict):
    date: dt.date
    results: Text
    compared_with_predictions: str | None = None
    learning: str | None = None


class Act(Strict):
    date: dt.date
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
            raise ValueError("study is filled in but do is not")
        if self.act is not None and self.study is None:
            raise ValueError("act is filled in but study is not")
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
