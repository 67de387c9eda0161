"""Signal occurrences for hand-built analyses: each chosen rule hit becomes the occurrences its
points make (a contiguous stretch each), so the reports' own wording logic is what is tested."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from pdsa_cli.analysis.classify import classed
from pdsa_cli.analysis.result import Occurrence, RuleHit

PHASE_WIDE = ("crossings", "runs")


def _stretches(points: Sequence[int]) -> list[tuple[int, ...]]:
    found: list[list[int]] = []
    for point in sorted(points):
        if found and point == found[-1][-1] + 1:
            found[-1].append(point)
        else:
            found.append([point])
    return [tuple(s) for s in found]


def occurrences_of_hits(
    hits: Iterable[tuple[int, RuleHit]],
    y: np.ndarray,
    cl: np.ndarray,
    x: np.ndarray,
    x_kind: str,
    direction: str,
    phase_bounds: dict[int, tuple[int, int]],
) -> tuple[Occurrence, ...]:
    """(phase, hit) pairs -> classed occurrences with their x values."""
    found: list[Occurrence] = []
    for phase, hit in hits:
        if hit.id in PHASE_WIDE or not hit.points:
            first, last = phase_bounds[phase]
            found.append(Occurrence(hit.id, phase, first, last, last - first + 1))
            continue
        for stretch in _stretches(hit.points):
            index = np.asarray(stretch) - 1
            if hit.id == "trend":
                going = "up" if y[index[-1]] > y[index[0]] else "down"
                found.append(
                    Occurrence(
                        hit.id,
                        phase,
                        stretch[0],
                        stretch[-1],
                        len(stretch),
                        stretch,
                        direction=going,
                    )
                )
                continue
            above = float(np.nansum(np.sign(y[index] - cl[index]))) > 0
            side = "above" if above else "below"
            found.append(
                Occurrence(hit.id, phase, stretch[0], stretch[-1], len(stretch), stretch, side)
            )
    return classed(tuple(found), direction, x, x_kind)
