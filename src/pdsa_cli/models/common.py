"""Building blocks shared by the file models: strictness, closed sets, text types."""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints


class Strict(BaseModel):
    """Every file model: unknown keys are errors, so a misspelt key never vanishes silently."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


# A non-empty line of text; Danish letters are plain Unicode and welcome everywhere.
Text = Annotated[str, StringConstraints(min_length=1)]
# Slugs name folders and files: lower-case ASCII, digits and hyphens (æ -> ae, ø -> oe, å -> aa).
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=80)]


class Track(IntEnum):
    """The programme's two tracks."""

    CITIZEN = 1  # mødet med borgerne i hverdagen
    RELATIVES = 2  # mødet med pårørende i hverdagen


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
