"""Builders shared by the rules tests: a PhaseData from plain lists."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from pdsa_cli.analysis.rules import PhaseData, PhaseRules, evaluate_phase

NAN = float("nan")


def phase(
    y: Sequence[float],
    cl: float | Sequence[float] = 0.0,
    *,
    chart: str = "run",
    sigma: float = NAN,
    positions: Sequence[int] | None = None,
) -> PhaseData:
    """A phase with 3-sigma limits at cl +/- 3 sigma (NaN limits for a run chart)."""
    values = np.asarray(y, dtype=np.float64)
    n = values.shape[0]
    centre = np.broadcast_to(np.asarray(cl, dtype=np.float64), (n,)).copy()
    spread = np.full(n, sigma if chart != "run" else NAN)
    where = np.arange(1, n + 1) if positions is None else np.asarray(positions)
    return PhaseData(
        y=values,
        cl=centre,
        lcl=centre - 3 * spread,
        ucl=centre + 3 * spread,
        sigma=spread,
        positions=where.astype(np.int64),
        chart=chart,
        spc=chart != "run",
    )


def fired(rule_set: str, data: PhaseData) -> dict[str, tuple[int, ...]]:
    """Rule id -> flagged points, for the rules that fired."""
    return {hit.id: hit.points for hit in evaluate_phase(rule_set, data).hits}


def evaluate(rule_set: str, data: PhaseData) -> PhaseRules:
    return evaluate_phase(rule_set, data)
