"""Hand-built `Analysis` results for chart tests: renderers are tested on results, not on the
analysis engine (style.md principle 11). The numbers are simple but consistent: centre lines are
each phase's median (run) or mean (SPC), limits mean +/- 3 x the given sigma."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np

from pdsa_cli.analysis.result import (
    Analysis,
    PhaseSummary,
    RuleHit,
    Variation,
    Verdict,
)
from tests.occurrence_support import occurrences_of_hits


def weekly(start: dt.date, n: int) -> np.ndarray:
    return np.array([np.datetime64(start + dt.timedelta(weeks=k), "D") for k in range(n)])


def make_analysis(
    y: Sequence[float],
    *,
    chart: str = "run",
    rules: str = "anhoej",
    start: dt.date = dt.date(2021, 1, 4),
    x: np.ndarray | None = None,
    x_kind: str = "date",
    parts: Sequence[int] = (),
    hits: dict[int, Sequence[RuleHit]] | None = None,
    runs_signal: Sequence[bool] | None = None,
    sigma: float | Sequence[float] | None = None,
    excluded: Sequence[int] = (),
    baseline: int | None = None,
    variation: Sequence[str] | None = None,
    verdict: Verdict | None = None,
    target: float | None = None,
    multiply: float = 1.0,
    direction: str = "neutral",
) -> Analysis:
    """An analysis of `y`; `parts` are 1-based phase ends (as --part), `hits` maps a phase
    number to its rule hits, `excluded` holds 1-based positions, `baseline` freezes the first
    points of each phase."""
    values = np.asarray(y, dtype=np.float64)
    n = values.size
    ends = [*parts, n]
    phase = np.empty(n, dtype=np.int64)
    first = 0
    bounds: list[tuple[int, int]] = []
    for number, end in enumerate(ends, start=1):
        phase[first:end] = number
        bounds.append((first, end))
        first = end
    excluded_mask = np.zeros(n, dtype=bool)
    excluded_mask[[i - 1 for i in excluded]] = True
    base = np.zeros(n, dtype=bool)
    cl = np.full(n, np.nan)
    lcl = np.full(n, np.nan)
    ucl = np.full(n, np.nan)
    sigmas = np.broadcast_to(np.asarray(sigma if sigma is not None else np.nan, float), (n,))
    for lo, hi in bounds:
        stop = hi if baseline is None else min(hi, lo + baseline)
        base[lo:stop] = True
        used = values[lo:stop][~excluded_mask[lo:stop]]
        centre = float(np.median(used)) if chart == "run" else float(np.mean(used))
        cl[lo:hi] = centre
        if chart != "run":
            lcl[lo:hi] = centre - 3 * sigmas[lo:hi]
            ucl[lo:hi] = centre + 3 * sigmas[lo:hi]
    outside = (values > ucl) | (values < lcl)
    hits = hits or {}
    runs = list(runs_signal) if runs_signal is not None else [False] * len(bounds)
    summaries = tuple(
        PhaseSummary(
            phase=k,
            first=lo + 1,
            last=hi,
            n_obs=int((~excluded_mask[lo:hi]).sum()),
            n_useful=int((~excluded_mask[lo:hi]).sum()),
            longest_run=None,
            longest_run_max=None,
            n_crossings=None,
            n_crossings_min=None,
            runs_signal=runs[k - 1],
            sigma_signal=int(outside[lo:hi].sum()),
            rules=tuple(hits.get(k, ())),
        )
        for k, (lo, hi) in enumerate(bounds, start=1)
    )
    xs = x if x is not None else weekly(start, n)
    occurrences = occurrences_of_hits(
        ((k, hit) for k, found in hits.items() for hit in found),
        values,
        cl,
        xs,
        x_kind,
        direction,
        {k: (lo + 1, hi) for k, (lo, hi) in enumerate(bounds, start=1)},
    )
    return Analysis(
        chart=chart,
        rules=rules,
        x=xs,
        x_kind=x_kind,  # type: ignore[arg-type]
        y=values,
        cl=cl,
        lcl=lcl,
        ucl=ucl,
        lcl_2=np.full(n, np.nan),
        ucl_2=np.full(n, np.nan),
        lcl_1=np.full(n, np.nan),
        ucl_1=np.full(n, np.nan),
        n=np.full(n, np.nan),
        phase=phase,
        baseline=base,
        excluded=excluded_mask,
        sigma_signal=outside,
        runs_signal=np.array([runs[p - 1] for p in phase], dtype=bool),
        variation=np.array(variation if variation is not None else ["common_cause"] * n),
        phases=summaries,
        verdict=verdict or Verdict(Variation.COMMON_CAUSE, None),
        target=target,
        multiply=multiply,
        direction=direction,
        occurrences=occurrences,
    )


# A shift: ten low weeks, then twelve high ones (the longest run flagged by Anhøj's rule).
SHIFT_Y = [12, 14, 11, 13, 15, 12, 13, 14, 12, 13, 18, 19, 17, 20, 18, 19, 21, 18, 20, 19, 18, 20]
LONG_RUN = RuleHit("longest_run", tuple(range(11, 23)))
