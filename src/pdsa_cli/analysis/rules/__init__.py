"""Run statistics and rule sets (Anhøj, IHI, MDC, Western Electric) as small named units.

The analysis core calls :func:`evaluate_phase` once per phase with a :class:`PhaseData`;
everything is vectorised with numpy, so a million points cost a few array passes.
"""

from pdsa_cli.analysis.rules.catalogue import (
    RULE_SETS,
    RULES,
    ChartKind,
    Rule,
    RuleSetRules,
    individuals_limits,
    rules_for,
)
from pdsa_cli.analysis.rules.evaluate import PhaseRules, evaluate_phase
from pdsa_cli.analysis.rules.patterns import Spans
from pdsa_cli.analysis.rules.phase import PhaseData
from pdsa_cli.analysis.rules.runs import (
    RunStatistics,
    anhoej_limits,
    binomial_half_quantile,
    run_statistics,
)
from pdsa_cli.analysis.rules.swed_eisenhart import runs_distribution, runs_limits

__all__ = [
    "RULES",
    "RULE_SETS",
    "ChartKind",
    "PhaseData",
    "PhaseRules",
    "Rule",
    "RuleSetRules",
    "RunStatistics",
    "Spans",
    "anhoej_limits",
    "binomial_half_quantile",
    "evaluate_phase",
    "individuals_limits",
    "rules_for",
    "run_statistics",
    "runs_distribution",
    "runs_limits",
]
