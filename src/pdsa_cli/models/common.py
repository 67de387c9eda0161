"""Building blocks shared by the file models: strictness, closed sets, text types."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints
from pydantic_core import PydanticCustomError


class Strict(BaseModel):
    """Every file model: unknown keys are errors, so a misspelt key never vanishes silently."""

    # Field docstrings become the schema's descriptions (`pdsa_cli.workspace.schema` reads them
    # from the source: pydantic's use_attribute_docstrings would parse it on every start instead).
    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=True, allow_inf_nan=False
    )


def rule_broken(reason: str, english: str, **context: Any) -> PydanticCustomError:
    """A cross-field rule of one model failed. The loader reports it with code
    `invalid-combination` and the catalogue text `reason` (key ``rule.<reason>``); `english` is
    the text for anyone validating the models directly."""
    return PydanticCustomError("invalid-combination", english, {"reason": reason, **context})


_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_date(value: object) -> object:
    # The loader hands every scalar over as text; only YYYY-MM-DD is a date (pydantic alone
    # would also take a Unix timestamp such as 1614556800, or a datetime).
    if isinstance(value, str) and not _ISO_DATE.match(value.strip()):
        raise PydanticCustomError("date_parsing", "Input should be a date as YYYY-MM-DD")
    return value


# A calendar date, written YYYY-MM-DD.
Date = Annotated[dt.date, BeforeValidator(_iso_date)]


# A non-empty line of text; Danish letters are plain Unicode and welcome everywhere.
Text = Annotated[str, StringConstraints(min_length=1)]
# Slugs name folders and files: lower-case ASCII, digits and hyphens (æ -> ae, ø -> oe, å -> aa).
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80)]


# A track's number: the programme defines its own tracks (North Zealand has two, Ballerup's
# programme three); that an initiative's track is one of them is a workspace check.
MAX_TRACKS = 20
Track = Annotated[int, Field(ge=1, le=MAX_TRACKS)]


class Theme(StrEnum):
    """The seven themes of the Danish dignity policies (værdighedspolitikkerne)."""

    QUALITY_OF_LIFE = "livskvalitet"
    SELF_DETERMINATION = "selvbestemmelse"
    CARE_QUALITY = "kvalitet-tvaerfaglighed-sammenhaeng"
    FOOD = "mad-og-ernaering"
    RELATIVES = "paaroerende"
    DIGNIFIED_DEATH = "vaerdig-doed"
    LONELINESS = "bekaempelse-af-ensomhed"


class Method(StrEnum):
    REFLECTING_TEAM = "reflecting-team"  # feedbackmøder med reflekterende teams
    LIFE_STORIES = "life-stories"  # livshistorier
    ICDP = "icdp"
    MARTE_MEO = "marte-meo"
    OUR_VOICE = "our-voice"  # "Vores stemme"-feedback
    ETHICS_COUNCIL = "ethics-council"  # etisk råd
    SERVICE_DESIGN = "service-design"
    INTERDISCIPLINARY_TEAM = "interdisciplinary-team"  # tværfagligt team
    OTHER = "other"  # described in `method_description`


class InitiativeStatus(StrEnum):
    ACTIVE = "active"
    ADOPTED = "adopted"
    ABANDONED = "abandoned"
    SPREAD = "spread"


class Family(StrEnum):
    OUTCOME = "outcome"
    PROCESS = "process"
    BALANCING = "balancing"


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"
    NEUTRAL = "neutral"


class DataType(StrEnum):
    VALUE = "value"  # a measured quantity (minutes, a score)
    COUNT = "count"  # a count of events (c, g charts)
    PROPORTION = "proportion"  # numerator/denominator, numerator <= denominator (p charts)
    RATE = "rate"  # count/exposure, e.g. falls per 1000 bed days (u charts)


class ChartType(StrEnum):
    RUN = "run"
    I = "i"  # noqa: E741 - the chart is called I
    MR = "mr"
    P = "p"
    PP = "pp"
    U = "u"
    UP = "up"
    C = "c"
    XBAR = "xbar"
    S = "s"
    G = "g"
    T = "t"


class RuleSet(StrEnum):
    ANHOEJ = "anhoej"
    IHI = "ihi"
    MDC = "mdc"
    WECO = "weco"


class Frequency(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"

    def period_of(self, day: dt.date) -> tuple[int, ...]:
        """The period `day` falls in: the day itself, its ISO week or its month. Two values in
        one period are one too many (validate, log, import, analyze and the report agree)."""
        if self is Frequency.WEEK:
            iso = day.isocalendar()
            return (iso.year, iso.week)
        if self is Frequency.MONTH:
            return (day.year, day.month)
        return (day.year, day.month, day.day)


class Decision(StrEnum):
    ADOPT = "adopt"
    ADAPT = "adapt"
    ABANDON = "abandon"


class CycleStatus(StrEnum):
    PLANNED = "planned"
    DOING = "doing"
    STUDYING = "studying"
    DONE = "done"


Positive = Annotated[float, Field(ge=0)]

_DECIMAL_COMMA = re.compile(r"^\s*[+-]?\d+,\d+\s*$")


def decimal_comma(value: object) -> object:
    # A Danish decimal comma in a quoted number ("7,5") or a block value (value: 7,5, which
    # YAML reads as text): 7.5. In a {…} line an unquoted 7,5 splits in two; the loader
    # explains that one.
    if isinstance(value, str) and _DECIMAL_COMMA.match(value):
        return value.replace(",", ".")
    return value


# A number as people write it in Danish too: 7.5, or "7,5".
Number = Annotated[float, BeforeValidator(decimal_comma)]
