"""What may be claimed about a series and about a change (design.md section 9), as data.

One function per kind of claim, used by every output (analyze, charts, the summary in every
format, the change package, the closing report, the web pages), so two outputs never disagree:
- :func:`series_claim`: too few points to judge, signals (the occurrences), or common cause only;
- :func:`change_evidence`: whether a series backs up a change tested from a given day.
The words for them are in :mod:`pdsa_cli.analysis.describe`; nothing here is a sentence.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from pdsa_cli.analysis.result import MIN_USEFUL_POINTS, Analysis, Occurrence

SeriesStatus = Literal["too_few", "signals", "common_cause"]
EvidenceStatus = Literal["improvement", "concern", "changed", "before_test", "too_few", "none"]
SUSTAINED = frozenset({"longest_run", "shift"})  # a new level, not a single point


@dataclass(frozen=True)
class SeriesClaim:
    """What the data let us say about a series.

    `occurrences` are the signals that may be claimed: phases with fewer than
    MIN_USEFUL_POINTS useful points are too few to judge, so nothing found in them is claimed;
    hints (IHI's astronomical candidates) are kept apart in `hints`.
    """

    status: SeriesStatus
    occurrences: tuple[Occurrence, ...]
    n_useful: int  # useful points of the latest phase (points on the centre line do not count)
    n_obs: int  # points of the latest phase that are not excluded
    phases: int
    hints: tuple[Occurrence, ...] = ()

    @property
    def improvement(self) -> tuple[Occurrence, ...]:
        return tuple(o for o in self.occurrences if o.signal_class == "improvement")


def series_claim(analysis: Analysis) -> SeriesClaim:
    """The claim about a whole series (every phase), from its occurrences."""
    judged = {p.phase for p in analysis.phases if p.n_useful >= MIN_USEFUL_POINTS}
    claimable = [o for o in analysis.occurrences if o.phase in judged]
    signals = tuple(o for o in claimable if not o.hint)
    latest = analysis.phases[-1] if analysis.phases else None
    n_useful = latest.n_useful if latest else 0
    if signals:
        status: SeriesStatus = "signals"
    elif n_useful < MIN_USEFUL_POINTS:
        status = "too_few"
    else:
        status = "common_cause"
    return SeriesClaim(
        status=status,
        occurrences=signals,
        n_useful=n_useful,
        n_obs=latest.n_obs if latest else 0,
        phases=len(analysis.phases),
        hints=tuple(o for o in claimable if o.hint),
    )


@dataclass(frozen=True)
class ChangeEvidence:
    """Whether a series backs up a change tested from `tested_from`.

    - improvement: an improvement occurrence begins on or after the test began;
    - concern: none, but a concern does;
    - changed: only a signal with no direction (a phase-wide one, or a measure with no
      direction) covers the time after the test: the process changed, not "it improved";
    - before_test: signals, but every one began before the test;
    - too_few: too few points to judge; none: enough points, common cause only.
    """

    status: EvidenceStatus
    occurrence: Occurrence | None = None
    n_useful: int | None = None
    # a sustained shift after the change on one phase: a new phase at the change shows the new
    # level with its own centre line (pdsa chart --phase-at-adopt)
    suggest_phase: bool = False

    @property
    def supports(self) -> bool:
        return self.status == "improvement"


def change_evidence(claim: SeriesClaim, tested_from: dt.date | None) -> ChangeEvidence:
    """The evidence in a series for a change first tested (Do start) on `tested_from`."""
    if not claim.occurrences:
        if claim.status == "too_few":
            return ChangeEvidence("too_few", n_useful=claim.n_useful)
        return ChangeEvidence("none", n_useful=claim.n_useful)
    after = [o for o in claim.occurrences if _after(o, tested_from)]
    for wanted in ("improvement", "concern"):
        found = [o for o in after if o.signal_class == wanted and not o.phase_wide]
        if found:
            status: EvidenceStatus = "improvement" if wanted == "improvement" else "concern"
            suggest = wanted == "improvement" and claim.phases == 1 and found[0].rule in SUSTAINED
            return ChangeEvidence(status, found[0], claim.n_useful, suggest)
    if after:
        return ChangeEvidence("changed", after[0], claim.n_useful)
    return ChangeEvidence("before_test", claim.occurrences[0], claim.n_useful)


def _after(occurrence: Occurrence, tested_from: dt.date | None) -> bool:
    """An occurrence begins on or after the test; a phase-wide one counts when its phase runs
    past the test's start (it describes the whole phase, not a moment in it)."""
    if tested_from is None:
        return False
    day = occurrence.last_x if occurrence.phase_wide else occurrence.first_x
    return isinstance(day, dt.date) and day >= tested_from
