"""Apply a rule set to one phase: run statistics plus every rule that fired, with its points."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from pdsa_cli.analysis.result import Occurrence, RuleHit
from pdsa_cli.analysis.rules.catalogue import rules_for
from pdsa_cli.analysis.rules.occurrences import occurrences_of
from pdsa_cli.analysis.rules.phase import PhaseContext, PhaseData


@dataclass(frozen=True)
class PhaseRules:
    n_useful: int
    longest_run: int | None
    longest_run_max: int | None
    n_crossings: int | None
    n_crossings_min: int | None
    runs_signal: bool  # a runs-type rule fired (not outside_limits; not the astronomical hint)
    hits: tuple[RuleHit, ...]  # fired rules; points are 1-based global positions
    occurrences: tuple[Occurrence, ...] = ()  # each fired rule's occurrences, unclassed


def evaluate_phase(rule_set: str, data: PhaseData, phase: int = 1) -> PhaseRules:
    """Run statistics (always Anhøj's, as qicharts2 reports them) and the fired rules of
    `rule_set` ("anhoej", "ihi", "mdc", "weco") for one phase.

    Missing values and infinities never raise: comparisons with NaN are False, and numpy's
    floating-point warnings are silenced here because they carry no news for the rules.
    """
    with np.errstate(all="ignore"):
        context = PhaseContext(data)
        hits: list[RuleHit] = []
        found: list[Occurrence] = []
        runs_signal = False
        for rule in rules_for(rule_set, data.chart, data.spc):
            spans = rule.find(context)
            if spans is None:
                continue
            hits.append(RuleHit(rule.id, context.points(spans)))
            found += occurrences_of(rule.id, rule.name, context, spans, phase)
            runs_signal = runs_signal or rule.runs_type
        stats = context.stats
    return PhaseRules(
        n_useful=stats.n_useful,
        longest_run=stats.longest_run,
        longest_run_max=stats.longest_run_max,
        n_crossings=stats.n_crossings,
        n_crossings_min=stats.n_crossings_min,
        runs_signal=runs_signal,
        hits=tuple(hits),
        occurrences=tuple(found),
    )
