"""Closed intervals of real numbers: the uncertainty every stated figure carries."""

from __future__ import annotations

import math
from dataclasses import dataclass

INF = math.inf


@dataclass(frozen=True, slots=True)
class Interval:
    """The closed interval [low, high]; either end may be infinite."""

    low: float
    high: float

    def __post_init__(self) -> None:
        if self.low > self.high:
            raise ValueError(f"empty interval [{self.low}, {self.high}]")

    @classmethod
    def exact(cls, value: float) -> Interval:
        return cls(value, value)

    @property
    def mid(self) -> float:
        """A representative point: the midpoint, or the finite end of a half-open interval."""
        if math.isinf(self.low) and math.isinf(self.high):
            return 0.0
        if math.isinf(self.high):
            return self.low
        if math.isinf(self.low):
            return self.high
        return (self.low + self.high) / 2

    def __contains__(self, value: float) -> bool:
        return self.low <= value <= self.high

    def meets(self, other: Interval) -> bool:
        """Whether the two intervals share at least one point."""
        return self.low <= other.high and other.low <= self.high

    def widen(self, rel: float) -> Interval:
        """Widen both ends by a relative tolerance (of each end's magnitude)."""
        if rel == 0:  # an infinite end times zero would be NaN
            return self
        return Interval(self.low - abs(self.low) * rel, self.high + abs(self.high) * rel)

    def scale(self, factor: float) -> Interval:
        a, b = self.low * factor, self.high * factor
        return Interval(min(a, b), max(a, b))

    def hull(self, other: Interval) -> Interval:
        return Interval(min(self.low, other.low), max(self.high, other.high))

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.low + other.low, self.high + other.high)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.low - other.high, self.high - other.low)

    def __mul__(self, other: Interval) -> Interval:
        products = [_mul(a, b) for a in (self.low, self.high) for b in (other.low, other.high)]
        return Interval(min(products), max(products))

    def __truediv__(self, other: Interval) -> Interval:
        """Divide by an interval that has zero at most as one end ("under $5": [0, 5]).

        A divisor that starts or ends at zero makes the quotient unbounded on that side.
        """
        if other.low < 0 < other.high or other.low == other.high == 0:
            raise ZeroDivisionError("interval divisor contains zero")
        low = 1 / other.high if other.high else -INF
        high = 1 / other.low if other.low else INF
        return self * Interval(low, high)

    def ratio_to(self, other: Interval) -> float:
        """How far apart two positive intervals are, as a factor >= 1 (1 when they meet)."""
        if self.meets(other):
            return 1.0
        if self.high < other.low:
            return other.low / self.high if self.high > 0 else INF
        return self.low / other.high if other.high > 0 else INF

    def __str__(self) -> str:
        return f"[{self.low:.6g}, {self.high:.6g}]"


def _mul(a: float, b: float) -> float:
    """Multiply with 0 * inf = 0, as interval arithmetic needs."""
    if a == 0 or b == 0:
        return 0.0
    return a * b
