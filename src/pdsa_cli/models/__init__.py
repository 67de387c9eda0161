"""The pydantic models of every file kind in a workspace (declared once, strictly).

Layer 2, models: may import errors and i18n; knows no workspace, files or CLI.
"""

from pdsa_cli.models.common import (
    ChartType,
    CycleStatus,
    DataType,
    Date,
    Decision,
    Direction,
    Family,
    Frequency,
    InitiativeStatus,
    Method,
    RuleSet,
    Theme,
    Track,
)
from pdsa_cli.models.cycle import (
    Act,
    Comparator,
    Cycle,
    Do,
    Plan,
    Prediction,
    Question,
    Study,
    Window,
    WindowKind,
)
from pdsa_cli.models.initiative import AdaptedFrom, Aim, Initiative
from pdsa_cli.models.measure import Baseline, Measure, Measurement
from pdsa_cli.models.municipality import Municipality
from pdsa_cli.models.programme import (
    PersonalData,
    PrimaryDriver,
    Programme,
    SecondaryDriver,
    Seminar,
    TrackInfo,
)

__all__ = [
    "Act",
    "AdaptedFrom",
    "Aim",
    "Baseline",
    "ChartType",
    "Comparator",
    "Cycle",
    "CycleStatus",
    "DataType",
    "Date",
    "Decision",
    "Direction",
    "Do",
    "Family",
    "Frequency",
    "Initiative",
    "InitiativeStatus",
    "Measure",
    "Measurement",
    "Method",
    "Municipality",
    "PersonalData",
    "Plan",
    "Prediction",
    "PrimaryDriver",
    "Programme",
    "Question",
    "RuleSet",
    "SecondaryDriver",
    "Seminar",
    "Study",
    "Theme",
    "Track",
    "TrackInfo",
    "Window",
    "WindowKind",
]
