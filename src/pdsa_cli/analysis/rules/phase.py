"""What the rules see of one phase (`PhaseData`) and what they share (`PhaseContext`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import numpy.typing as npt

from pdsa_cli.analysis.result import FloatArray, IntArray
from pdsa_cli.analysis.rules.patterns import BoolArray, SideArray, Spans, side_of
from pdsa_cli.analysis.rules.runs import RunStatistics, run_statistics


@dataclass(frozen=True)
class PhaseData:
    """The non-excluded points of one phase, in order."""

    y: FloatArray  # plotted values, NaN = missing
    cl: FloatArray  # centre line per point
    lcl: FloatArray  # lower 3-sigma limit per point (NaN for run charts)
    ucl: FloatArray
    sigma: FloatArray  # sigma per point (NaN for run charts); zones are cl +/- k * sigma
    positions: IntArray  # 1-based global positions of these points (excluded points removed)
    chart: str  # a ChartType value: "run", "i", "mr", "p", ...
    spc: bool  # False for run charts


class PhaseContext:
    """The phase's arrays as float64, plus what several rules need, computed once on demand.

    Rules skip missing points: a missing value is not plotted, so its neighbours are adjacent
    for every pattern (qicharts2 drops NA before its runs analysis in the same way).
    """

    def __init__(self, data: PhaseData) -> None:
        self.y = np.asarray(data.y, dtype=np.float64)
        n = self.y.shape[0]
        self.cl = self._column(data.cl, n, "cl")
        self.lcl = self._column(data.lcl, n, "lcl")
        self.ucl = self._column(data.ucl, n, "ucl")
        self.sigma = self._column(data.sigma, n, "sigma")
        self.positions = np.asarray(data.positions, dtype=np.int64)
        if self.positions.shape != (n,):
            raise ValueError(f"positions has shape {self.positions.shape}, expected ({n},)")
        self.n = n
        self._beyond: dict[float, tuple[BoolArray, BoolArray]] = {}

    @staticmethod
    def _column(values: npt.ArrayLike, n: int, name: str) -> FloatArray:
        array = np.asarray(values, dtype=np.float64)
        if array.shape != (n,):
            raise ValueError(f"{name} has shape {array.shape}, expected ({n},)")
        return array

    @cached_property
    def stats(self) -> RunStatistics:
        return run_statistics(self.y, self.cl)

    @cached_property
    def present(self) -> IntArray:
        """Indices of the points with a value."""
        return np.flatnonzero(~np.isnan(self.y)).astype(np.int64)

    @cached_property
    def judged(self) -> IntArray:
        """Indices of the points with a value and a centre line to judge it against."""
        return np.flatnonzero(~np.isnan(self.y) & ~np.isnan(self.cl)).astype(np.int64)

    def _judged(self, values: FloatArray) -> FloatArray:
        """`values` at the judged points (the array itself when every point is judged)."""
        return values if self.judged.shape[0] == self.n else values[self.judged]

    @cached_property
    def side(self) -> SideArray:
        """Side of the centre line of each judged point (0 = on the line)."""
        return side_of(self._judged(self.y), self._judged(self.cl))

    @cached_property
    def outside(self) -> BoolArray:
        """Judged points strictly outside their limits (NaN limits: never outside)."""
        y, lcl, ucl = self._judged(self.y), self._judged(self.lcl), self._judged(self.ucl)
        return np.asarray((y > ucl) | (y < lcl), dtype=bool)

    def beyond(self, k: float) -> tuple[BoolArray, BoolArray]:
        """Judged points strictly beyond cl + k sigma (up) and cl - k sigma (down)."""
        if k not in self._beyond:
            y, cl, sigma = self._judged(self.y), self._judged(self.cl), self._judged(self.sigma)
            reach = k * sigma
            self._beyond[k] = (y > cl + reach, y < cl - reach)
        return self._beyond[k]

    def points(self, spans: Spans) -> tuple[int, ...]:
        """1-based global positions covered by `spans`, sorted, once each."""
        covered = self.positions[spans.mask(self.n)]
        return tuple(covered.tolist())
