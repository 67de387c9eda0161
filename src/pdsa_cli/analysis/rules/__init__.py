"""Run statistics and rule sets (Anhøj, IHI, MDC, Western Electric) as small named units.

The analysis core calls :func:`evaluate_phase` once per phase with a :class:`PhaseData`;
everything is vectorised with numpy, so a million points cost a few array passes.

Conventions every rule shares (design.md sections 4-5):
- A hit's points are the 1-based global positions from the first to the last point of each
  occurrence, inclusive (points on the line and missing points inside it too, excluded points
  never, as they are not in the phase), all occurrences merged, sorted, once each.
- Missing values are skipped by every rule: their neighbours count as adjacent.
- "On the line" follows each rule set: skipped by Anhøj and IHI, a break for MDC and WECO.
- The run statistics reported are always Anhøj's (qicharts2's summary fields), whatever the
  rule set; an MR chart gets them too, but no runs-type rule.
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
