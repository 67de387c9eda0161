"""The rules: small named units with the source of each threshold beside it, and the rule sets.

A unit's ``find`` returns None when the rule did not fire, else the :class:`Spans` of its
occurrences (indices into the phase's arrays; no spans = fired without points, as the
crossings and runs rules do). ``id`` is the contract id in ``phases[].rules`` (design.md
section 5); ``name`` is unique per unit and keys its title (``rules.<name>`` in
i18n/messages/rules.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

import numpy as np

from pdsa_cli.analysis.result import FloatArray
from pdsa_cli.analysis.rules.patterns import (
    Spans,
    beyond_in_windows,
    monotone_runs,
    monotone_runs_ties_once,
    side_runs,
    true_runs,
    windows,
)
from pdsa_cli.analysis.rules.phase import PhaseContext
from pdsa_cli.analysis.rules.swed_eisenhart import runs_limits
from pdsa_cli.i18n import translate

ChartKind = Literal["run", "spc"]
RUN: frozenset[ChartKind] = frozenset({"run"})
SPC: frozenset[ChartKind] = frozenset({"spc"})
BOTH: frozenset[ChartKind] = RUN | SPC

Finder = Callable[[PhaseContext], Spans | None]

ANHOEJ_2014 = "Anhøj J, Olesen AV. Run charts revisited. PLoS ONE 2014;9(11):e113825"
QICHARTS2 = "qicharts2 (anhoej/qicharts2), R/helper.functions.R, runs.analysis"
PERLA_2011 = (
    "Perla RJ, Provost LP, Murray SK. The run chart: a simple analytical tool for learning "
    "from variation in healthcare processes. BMJ Qual Saf 2011;20:46-51"
)
PROVOST_MURRAY_2011 = "Provost LP, Murray SK. The Health Care Data Guide. Jossey-Bass 2011, ch. 5"
MDC = (
    "NHS England, Making Data Count (2019); NHSRplotthedots 0.2.2 R/ptd_calculate_point_type.R "
    "and R/ptd_spc_standard.R (close_to_limits: beyond 2 sigma and not outside the limits)"
)
WECO = "Western Electric Co. Statistical Quality Control Handbook, 1956, pp. 25-28"


@dataclass(frozen=True)
class Rule:
    name: str  # unique unit name; title key rules.<name>
    id: str  # contract id
    citation: str
    charts: frozenset[ChartKind]
    runs_type: bool  # firing sets the phase's runs_signal (not the 3-sigma rule, not hints)
    find: Finder

    def title(self, lang: str | None = None) -> str:
        return translate(f"rules.{self.name}", lang)


@dataclass(frozen=True)
class RuleSetRules:
    """The units a rule set applies to run charts and to SPC charts, in reporting order."""

    run: tuple[Rule, ...]
    spc: tuple[Rule, ...]


def _fired(spans: Spans) -> Spans | None:
    return spans if len(spans) else None


# --- Shewhart and Anhøj -----------------------------------------------------------------


def _outside_limits(ctx: PhaseContext) -> Spans | None:
    # Strictly outside, as qicharts2's sigma.signal (y > ucl | y < lcl); NaN limits never fire.
    index = np.flatnonzero((ctx.y > ctx.ucl) | (ctx.y < ctx.lcl)).astype(np.int64)
    return _fired(Spans(index, index))


def _longest_run(ctx: PhaseContext) -> Spans | None:
    # The signal is "the longest run is longer than longest_run_max"; every run over that limit
    # is as unlikely by chance, so each is an occurrence of its own (a run after a change is
    # not hidden by a longer one before it).
    stats = ctx.stats
    if stats.longest_run is None or stats.longest_run_max is None:
        return None
    if stats.longest_run <= stats.longest_run_max:
        return None
    return stats.runs.where(stats.run_lengths > stats.longest_run_max)


def _few_crossings(ctx: PhaseContext) -> Spans | None:
    stats = ctx.stats
    if stats.n_crossings is None or stats.n_crossings_min is None:
        return None
    return Spans.none() if stats.n_crossings < stats.n_crossings_min else None


# --- Pattern finders, parameterised by threshold and convention ----------------------------


def _shift_skipping_line(min_length: int) -> Finder:
    """`min_length`+ useful points in a row on one side; points on the line are skipped."""

    def find(ctx: PhaseContext) -> Spans | None:
        stats = ctx.stats
        return _fired(stats.runs.where(stats.run_lengths >= min_length))

    return find


def _shift_breaking_at_line(min_length: int) -> Finder:
    """`min_length`+ points in a row on one side; a point on the line breaks the run."""

    def find(ctx: PhaseContext) -> Spans | None:
        return _fired(side_runs(ctx.side, min_length).through(ctx.judged))

    return find


def _trend(min_points: int, *, ties_count_once: bool) -> Finder:
    """`min_points`+ points each higher (or each lower) than the one before."""
    monotone = monotone_runs_ties_once if ties_count_once else monotone_runs

    def find(ctx: PhaseContext) -> Spans | None:
        return _fired(monotone(ctx.y[ctx.present], min_points).through(ctx.present))

    return find


def _k_of_m(
    k: int, m: int, zone: float, *, all_on_one_side: bool, beyond_only: bool = False
) -> Finder:
    """`k` of `m` consecutive points beyond cl +/- zone sigma on the same side; with
    `all_on_one_side`, all `m` points must lie on that side of the centre line; with
    `beyond_only` (MDC, as NHSRplotthedots 0.2.2), a point counts only while it is still inside
    the limits (one outside is the outside-limits signal, not part of a 2-of-3) and only the
    counted points are flagged; else each occurrence runs from its first to its last point."""
    found = beyond_in_windows if beyond_only else windows

    def find(ctx: PhaseContext) -> Spans | None:
        up, down = ctx.beyond(zone)
        if beyond_only:
            up, down = up & ~ctx.outside, down & ~ctx.outside
        above = ctx.side > 0 if all_on_one_side else None
        below = ctx.side < 0 if all_on_one_side else None
        spans = found(up, m, k, above).join(found(down, m, k, below))
        return _fired(spans.through(ctx.judged))

    return find


def _hugging(min_length: int) -> Finder:
    """`min_length`+ points in a row within 1 sigma of the centre line (either side)."""

    def find(ctx: PhaseContext) -> Spans | None:
        up, down = ctx.beyond(1.0)
        has_sigma = ~np.isnan(ctx.sigma[ctx.judged])
        spans = true_runs(has_sigma & ~up & ~down)
        return _fired(spans.where(spans.lengths >= min_length).through(ctx.judged))

    return find


# --- IHI run-chart rules that are not patterns ---------------------------------------------


def _ihi_runs(ctx: PhaseContext) -> Spans | None:
    # Perla et al. 2011: applies from 10 useful points; limits from the exact Swed-Eisenhart
    # distribution at two-sided 5 % (swed_eisenhart.py).
    stats = ctx.stats
    if stats.n_crossings is None or stats.n_useful < 10:
        return None
    lower, upper = runs_limits(stats.n_useful)
    n_runs = stats.n_crossings + 1
    return Spans.none() if n_runs < lower or n_runs > upper else None


def individuals_limits(y: FloatArray) -> tuple[float, float] | None:
    """3-sigma limits of an I chart on `y` (mean +/- 3 AMR/1.128, moving ranges of 3.267 AMR or
    more screened out once; Nelson 1982, as qicharts2's qic.i). None when they cannot be had."""
    mr = np.abs(np.diff(y))
    mr = mr[~np.isnan(mr)]  # a missing value is not bridged
    if not mr.shape[0]:
        return None
    screened = mr[mr < 3.267 * mr.mean()]
    sigma = float(screened.mean()) / 1.128 if screened.shape[0] else 0.0
    if not sigma > 0:  # no spread left to judge by (e.g. a clean step): no limits
        return None
    centre = float(np.nanmean(y))
    return centre - 3 * sigma, centre + 3 * sigma


def _astronomical(ctx: PhaseContext) -> Spans | None:
    # A judgement in Perla et al. 2011; we offer candidates (beyond an I chart's limits on the
    # same phase) for people to confirm, so it never sets runs_signal.
    limits = individuals_limits(ctx.y)
    if limits is None:
        return None
    lower, upper = limits
    index = np.flatnonzero((ctx.y < lower) | (ctx.y > upper)).astype(np.int64)
    return _fired(Spans(index, index))


# --- The units -----------------------------------------------------------------------------

OUTSIDE_LIMITS = Rule(
    "outside_limits", "outside_limits", f"Shewhart 1931; {QICHARTS2}", SPC, False, _outside_limits
)
ANHOEJ_LONGEST_RUN = Rule(
    "anhoej.longest_run",
    "longest_run",
    f"{ANHOEJ_2014}; Schilling MF 2012, The surprising predictability of long runs; {QICHARTS2}",
    BOTH,
    True,
    _longest_run,
)
ANHOEJ_CROSSINGS = Rule(
    "anhoej.crossings",
    "crossings",
    f"{ANHOEJ_2014}; Chen Z 2010, crossings ~ Binomial(n - 1, 0.5); {QICHARTS2}",
    BOTH,
    True,
    _few_crossings,
)
IHI_SHIFT_RUN = Rule("ihi.shift_run", "shift", PERLA_2011, RUN, True, _shift_skipping_line(6))
IHI_TREND_RUN = Rule(
    "ihi.trend_run", "trend", PERLA_2011, RUN, True, _trend(5, ties_count_once=True)
)
IHI_RUNS = Rule("ihi.runs", "runs", f"{PERLA_2011}; Swed & Eisenhart 1943", RUN, True, _ihi_runs)
IHI_ASTRONOMICAL = Rule("ihi.astronomical", "astronomical", PERLA_2011, RUN, False, _astronomical)
IHI_SHIFT_SPC = Rule(
    "ihi.shift_spc", "shift", PROVOST_MURRAY_2011, SPC, True, _shift_skipping_line(8)
)
IHI_TREND_SPC = Rule(
    "ihi.trend_spc", "trend", PROVOST_MURRAY_2011, SPC, True, _trend(6, ties_count_once=True)
)
TWO_OF_THREE = Rule(
    "two_of_three",
    "two_of_three",
    f"{PROVOST_MURRAY_2011}; {WECO}",
    SPC,
    True,
    _k_of_m(2, 3, 2.0, all_on_one_side=False),
)
IHI_HUGGING = Rule("ihi.hugging", "hugging", PROVOST_MURRAY_2011, SPC, True, _hugging(15))
MDC_TREND = Rule("mdc.trend", "trend", MDC, BOTH, True, _trend(7, ties_count_once=False))
MDC_TWO_OF_THREE = Rule(
    "mdc.two_of_three",
    "two_of_three",
    MDC,
    SPC,
    True,
    _k_of_m(2, 3, 2.0, all_on_one_side=True, beyond_only=True),
)
MDC_SHIFT = Rule("mdc.shift", "shift", MDC, BOTH, True, _shift_breaking_at_line(7))
WECO_FOUR_OF_FIVE = Rule(
    "weco.four_of_five", "four_of_five", WECO, SPC, True, _k_of_m(4, 5, 1.0, all_on_one_side=False)
)
# The handbook's "eight in a row on one side": a point on the centre line is on neither side.
WECO_SHIFT = Rule("weco.shift", "shift", WECO, BOTH, True, _shift_breaking_at_line(8))

RULES: Mapping[str, Rule] = {
    rule.name: rule
    for rule in (
        OUTSIDE_LIMITS,
        ANHOEJ_LONGEST_RUN,
        ANHOEJ_CROSSINGS,
        IHI_SHIFT_RUN,
        IHI_TREND_RUN,
        IHI_RUNS,
        IHI_ASTRONOMICAL,
        IHI_SHIFT_SPC,
        IHI_TREND_SPC,
        TWO_OF_THREE,
        IHI_HUGGING,
        MDC_TREND,
        MDC_TWO_OF_THREE,
        MDC_SHIFT,
        WECO_FOUR_OF_FIVE,
        WECO_SHIFT,
    )
}

RULE_SETS: Mapping[str, RuleSetRules] = {
    "anhoej": RuleSetRules(
        run=(ANHOEJ_LONGEST_RUN, ANHOEJ_CROSSINGS),
        spc=(OUTSIDE_LIMITS, ANHOEJ_LONGEST_RUN, ANHOEJ_CROSSINGS),
    ),
    "ihi": RuleSetRules(
        run=(IHI_SHIFT_RUN, IHI_TREND_RUN, IHI_RUNS, IHI_ASTRONOMICAL),
        spc=(OUTSIDE_LIMITS, IHI_SHIFT_SPC, IHI_TREND_SPC, TWO_OF_THREE, IHI_HUGGING),
    ),
    # MDC is an XmR method; on a run chart only its sigma-free rules can apply.
    "mdc": RuleSetRules(
        run=(MDC_TREND, MDC_SHIFT),
        spc=(OUTSIDE_LIMITS, MDC_TREND, MDC_TWO_OF_THREE, MDC_SHIFT),
    ),
    "weco": RuleSetRules(
        run=(WECO_SHIFT,),
        spc=(OUTSIDE_LIMITS, TWO_OF_THREE, WECO_FOUR_OF_FIVE, WECO_SHIFT),
    ),
}


def rules_for(rule_set: str, chart: str, spc: bool) -> tuple[Rule, ...]:
    """The units `rule_set` applies to a chart. An MR chart gets no runs-type rule
    (design.md section 5, as qicharts2 ignores the runs analysis for MR charts)."""
    try:
        chosen = RULE_SETS[rule_set]
    except KeyError:
        raise ValueError(f"unknown rule set {rule_set!r}; known: {sorted(RULE_SETS)}") from None
    rules = chosen.spc if spc else chosen.run
    if chart == "mr":
        return tuple(rule for rule in rules if not rule.runs_type)
    return rules
