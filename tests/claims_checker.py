"""An independent checker of what the reports claim about a series (issue 23, item 8).

It knows nothing of pdsa's analysis: from the raw values it recomputes by brute force, with
plain Python, what Anhøj's rules find (the median or mean, the runs of useful points, the
crossings, the points outside an I chart's limits), then reads a report's text, finds every
claim in it (Danish or English) and checks each one against that truth: a run's length, side
and dates, the count of points outside the limits per side, the class by the measure's
direction, too few points and how many are useful, "no signals" only where no rule fired, and
"supported by data" only where an improvement began on or after the change's Do start.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from dataclasses import dataclass, field

MIN_USEFUL = 10
MONTHS = {
    "da": ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    "en": ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
}


@dataclass(frozen=True)
class Run:
    first: int  # 0-based index of its first useful point
    last: int
    length: int  # useful points in it
    side: str  # above / below


@dataclass
class Truth:
    """What the data say, recomputed from the values alone."""

    dates: list[dt.date]
    y: list[float]
    chart: str  # run or i
    direction: str
    centre: float
    n_useful: int
    runs: list[Run]
    run_limit: int
    crossings: int
    crossings_min: int
    above: list[int] = field(default_factory=list)  # indices outside the upper limit
    below: list[int] = field(default_factory=list)
    kept: list[int] = field(default_factory=list)  # indices of the points not excluded

    @property
    def long_runs(self) -> list[Run]:
        return [r for r in self.runs if r.length > self.run_limit]

    @property
    def judged(self) -> bool:
        return self.n_useful >= MIN_USEFUL

    @property
    def few_crossings(self) -> bool:
        return self.n_useful > 0 and self.crossings < self.crossings_min

    @property
    def fired(self) -> bool:
        return self.judged and bool(
            self.long_runs or self.few_crossings or self.above or self.below
        )

    def klass(self, side: str) -> str:
        """improvement / concern / neutral for a pattern on `side` (above = up)."""
        if self.direction not in ("up", "down"):
            return "neutral"
        return "improvement" if (side == "above") == (self.direction == "up") else "concern"

    def improvement_since(self, day: dt.date) -> bool:
        """An improvement occurrence that begins on or after `day`."""
        if not self.judged:
            return False
        starts = [
            self.dates[r.first] for r in self.long_runs if self.klass(r.side) == "improvement"
        ]
        for side, points in (("above", self.above), ("below", self.below)):
            if points and self.klass(side) == "improvement":
                starts.append(self.dates[points[0]])
        return any(start >= day for start in starts)


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def _qbinom_05(trials: int) -> int:
    """The smallest k with P(X <= k) >= 0.05 for X ~ Binomial(trials, 1/2)."""
    total, cumulative = 2**trials, 0
    for k in range(trials + 1):
        cumulative += math.comb(trials, k)
        if 20 * cumulative >= total:
            return k
    return trials


def truth_of(
    dates: list[dt.date],
    y: list[float],
    chart: str,
    direction: str,
    *,
    n: list[float] | None = None,
    excluded: list[bool] | None = None,
    freeze: int | None = None,
) -> Truth:
    """The truth about one series of one phase: the first `freeze` points (less the excluded
    ones among them) set the centre line and limits; excluded points are left out of
    everything; `n` is the denominator of a p or u chart (y is then the proportion or rate)."""
    kept = [i for i in range(len(y)) if not (excluded and excluded[i])]
    base = [i for i in kept if i < freeze] if freeze else kept  # the first `freeze` positions
    centre, sigmas = _centre_and_sigma(
        chart, [y[i] for i in base], [n[i] for i in base] if n else [], n
    )
    useful = [i for i in kept if y[i] != centre]
    runs: list[Run] = []
    for i in useful:
        side = "above" if y[i] > centre else "below"
        if runs and runs[-1].side == side:
            last = runs[-1]
            runs[-1] = Run(last.first, i, last.length + 1, side)
        else:
            runs.append(Run(i, i, 1, side))
    count = len(useful)
    limit = round(math.log2(count)) + 3 if count else 0
    truth = Truth(
        dates,
        y,
        chart,
        direction,
        centre,
        count,
        runs,
        limit,
        max(len(runs) - 1, 0),
        _qbinom_05(count - 1) if count else 0,
        kept=kept,
    )
    if chart != "run":
        truth.above, truth.below = _outside(chart, y, kept, centre, sigmas)
    return truth


def _centre_and_sigma(
    chart: str, base: list[float], base_n: list[float], n: list[float] | None
) -> tuple[float, list[float] | float]:
    """The centre line, and sigma (one value, or one per point for p and u charts)."""
    if chart == "run":
        return _median(base), 0.0
    if chart in ("p", "u"):
        assert n is not None
        centre = sum(v * k for v, k in zip(base, base_n, strict=True)) / sum(base_n)
        spread = centre * (1 - centre) if chart == "p" else centre
        return centre, [math.sqrt(spread / k) for k in n]
    centre = sum(base) / len(base)
    if chart == "c":
        return centre, math.sqrt(centre)
    ranges = [abs(b - a) for a, b in itertools.pairwise(base)]  # I chart
    amr = sum(ranges) / len(ranges)
    kept = [r for r in ranges if r < 3.267 * amr] if amr > 0 else ranges
    return centre, (sum(kept) / len(kept)) / 1.128 if kept else 0.0


def _outside(
    chart: str, y: list[float], kept: list[int], centre: float, sigmas: list[float] | float
) -> tuple[list[int], list[int]]:
    """Points strictly outside centre +/- 3 sigma (p: within [0, 1]; c, u: lower at 0 or
    above); no spread (sigma 0) means no limits at all."""
    above, below = [], []
    for i in kept:
        sigma = sigmas[i] if isinstance(sigmas, list) else sigmas
        if not sigma > 0:
            continue
        upper, lower = centre + 3 * sigma, centre - 3 * sigma
        if chart in ("p", "u", "c"):
            lower = max(lower, 0.0)
        if chart == "p":
            upper = min(upper, 1.0)
        if y[i] > upper:
            above.append(i)
        elif y[i] < lower:
            below.append(i)
    return above, below


# --- reading claims ----------------------------------------------------------------------------

CLASS = {
    "forbedring": "improvement",
    "bekymring": "concern",
    "særlig variation": "neutral",
    "særlig variation (uden retning)": "special_cause",
    "improvement": "improvement",
    "concern": "concern",
    "special cause": "neutral",
    "special cause (no direction)": "special_cause",
}
_CLASS = (
    r"(forbedring|bekymring|særlig variation \(uden retning\)|særlig variation|improvement|"
    r"concern|special cause \(no direction\)|special cause)"
)
RUN = re.compile(
    _CLASS + r": (\d+) (?:punkter i træk|points in a row) (over|under|above|below) "
    r"(?:centerlinjen|the centre line) \(([^)]*)\)"
)
OUTSIDE = re.compile(
    _CLASS + r": (\d+) (?:punkt|punkter|point|points) (over den øvre kontrolgrænse|under den "
    r"nedre kontrolgrænse|above the upper control limit|below the lower control limit) "
    r"\(([^)]*)\)"
)
CROSSINGS = re.compile(
    _CLASS + r": (?:kurven krydser centerlinjen for få gange|the line crosses the centre line "
    r"too few times)"
)
TOO_FEW = re.compile(
    r"(?:for få punkter til at vurdere|too few points to judge): (\d+) (?:brugbare|useful)"
)
COMMON = re.compile(
    r"ingen signaler \(almindelig variation\)|no signals \(common-cause variation\)"
)
SUPPORTED = re.compile(r"understøttet af data|supported by data")
# A sentence that carries a class word is a claim about a series: each must be recognised.
CLAIMLIKE = re.compile(_CLASS + r": \d")
SIDE = {"over": "above", "above": "above", "under": "below", "below": "below"}


def _dates(text: str, lang: str) -> list[dt.date]:
    found = []
    months = MONTHS[lang]
    pattern = r"(\d{1,2})\. (\w{3})\.? (\d{4})" if lang == "da" else r"(\d{1,2}) (\w{3}) (\d{4})"
    for day, month, year in re.findall(pattern, text):
        found.append(dt.date(int(year), months.index(month.lower()) + 1, int(day)))
    return found


def _positions(text: str) -> list[int] | None:
    """ "punkt 2-3, 8" -> [2, 3, 8] (1-based); None when `text` names no positions."""
    match = re.fullmatch(r"(?:punkt|points?) ([\d, -]+)", text.strip())
    if match is None:
        return None
    found: list[int] = []
    for part in match.group(1).split(","):
        first, _, last = part.strip().partition("-")
        found += range(int(first), int(last or first) + 1)
    return found


@dataclass
class Report:
    checked: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def count(self, kind: str) -> None:
        self.checked[kind] = self.checked.get(kind, 0) + 1

    def fail(self, message: str) -> None:
        self.problems.append(message)


def _where_matches(
    where: str, lang: str, truth: Truth, first: int, last: int, points: list[int] | None = None
) -> bool:
    """The claim's dates are those of the pattern's first and last point; its positions are
    the pattern's points (`points`, 0-based), or all from the first to the last."""
    positions = _positions(where)
    if positions is not None:
        inside = [k for k in truth.kept if first <= k <= last]
        expected = points if points is not None else inside
        return positions == [p + 1 for p in expected]
    days = _dates(where, lang)
    if not days:
        return False
    return days[0] == truth.dates[first] and days[-1] == truth.dates[last]


def check_text(text: str, lang: str, truth: Truth, do_start: dt.date, report: Report) -> None:
    """Check every claim `text` makes about the one series of `truth`."""
    flat = " ".join(text.split())
    recognised = 0
    for klass, n, side_word, where in RUN.findall(flat):
        recognised += 1
        report.count("run")
        side = SIDE[side_word]
        match = [r for r in truth.long_runs if r.length == int(n) and r.side == side]
        if not match:
            report.fail(f"no run of {n} {side} over the limit {truth.run_limit}: {truth.runs}")
            continue
        if not any(_where_matches(where, lang, truth, r.first, r.last) for r in match):
            report.fail(f"run of {n} {side} at the wrong place: {where!r}")
        if CLASS[klass] != truth.klass(side):
            report.fail(f"run {side} classed {klass}, direction {truth.direction}")
    for klass, n, limit_words, where in OUTSIDE.findall(flat):
        recognised += 1
        report.count("outside")
        side = "above" if limit_words.startswith(("over", "above")) else "below"
        points = truth.above if side == "above" else truth.below
        if len(points) != int(n):
            report.fail(f"{n} points {side} the limits claimed, {len(points)} found")
        elif not _where_matches(where, lang, truth, points[0], points[-1], points):
            report.fail(f"points {side} the limits at the wrong place: {where!r}")
        if CLASS[klass] != truth.klass(side):
            report.fail(f"points {side} the limits classed {klass}")
    for klass in CROSSINGS.findall(flat):
        recognised += 1
        report.count("crossings")
        if not (truth.judged and truth.few_crossings):
            report.fail(f"too few crossings claimed: {truth.crossings} >= {truth.crossings_min}")
        if CLASS[klass] != "special_cause":
            report.fail(f"a phase-wide signal classed {klass}")
    for n in TOO_FEW.findall(flat):
        report.count("too_few")
        if int(n) != truth.n_useful or truth.judged:
            report.fail(f"too few: {n} useful claimed, {truth.n_useful} found")
    if COMMON.search(flat):
        report.count("common_cause")
        if truth.fired or not truth.judged:
            report.fail("'no signals' where a rule fired or the points are too few")
    elif truth.judged and not truth.fired and not TOO_FEW.search(flat):
        pass  # a report may leave a quiet series unsaid
    if truth.fired and not (RUN.search(flat) or OUTSIDE.search(flat) or CROSSINGS.search(flat)):
        report.fail("a rule fired but no signal is claimed")
    if not truth.judged and TOO_FEW.search(flat) is None:
        report.fail("too few points, but the report does not say so")
    unrecognised = len(CLAIMLIKE.findall(flat)) - recognised
    if unrecognised > 0:
        report.fail(f"{unrecognised} claim(s) the checker could not read")
    report.count("claims")


def check_change(text: str, truth: Truth, do_start: dt.date, marker: str, report: Report) -> None:
    """The verdict on the adopted change (its line holds `marker`): "supported by data" exactly
    when an improvement occurrence begins on or after the Do start."""
    line = next((row for row in text.splitlines() if marker in row), None)
    if line is None:
        report.fail(f"no line for the change {marker!r}")
        return
    report.count("change_verdict")
    said = bool(SUPPORTED.search(line))
    if said != truth.improvement_since(do_start):
        report.fail(f"change verdict {line!r}; improvement since {do_start}: {not said}")
