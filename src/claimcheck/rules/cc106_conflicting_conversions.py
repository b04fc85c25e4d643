"""CC106 conflicting-conversions."""

import bisect
from collections.abc import Iterable

from claimcheck import formatting
from claimcheck.context import CheckContext
from claimcheck.interval import Interval
from claimcheck.rules.base import Issue, Rule


class ConflictingConversions(Rule):
    """Two conversions between the same currencies for the same period imply rates that cannot agree.

    A newsroom converts one story at one rate. When two conversions of the same pair
    and period cannot share a rate, even allowing for rounding and the tolerance, one
    of them is wrong, even where no reference rate exists to say which.

    Failing example::

        TEHRAN - The plant cost 12 trillion Iranian rials ($480 million) and its expansion 6 trillion Iranian rials ($360 million) in 2024.

    Passing example::

        TEHRAN - The plant cost 12 trillion Iranian rials ($480 million) and its expansion 6 trillion Iranian rials ($240 million) in 2024.
    """

    code = "CC106"
    name = "conflicting-conversions"
    severity = "warning"

    def check(self, ctx: CheckContext) -> Iterable[Issue]:
        seen: dict[tuple[tuple[str, str], str], _Earlier] = {}
        for index, assessment in ctx.fx.items():
            if assessment.diagnosis is not None:
                continue
            claim = assessment.claim
            period = "/".join(p.label for p in claim.periods)
            earlier_ones = seen.setdefault((assessment.reading, period), _Earlier())
            earlier = earlier_ones.first_apart(assessment.implied)
            if earlier is not None:
                first = ctx.fx[earlier]
                a, b = assessment.reading
                yield Issue(
                    index,
                    f"implied rate {formatting.number(claim.implied_rate)} {a}/{b} cannot"
                    f" agree with {formatting.number(first.claim.implied_rate)} {a}/{b}"
                    f" implied by {first.claim.text!r}",
                    suggestion=formatting.amount(claim.source.value / first.claim.implied_rate, b),
                )
            earlier_ones.add(index, assessment.implied.widen(ctx.tolerance))


class _Earlier:
    """The conversions of one pair and period so far, in text order, with their widened rates.

    The first one whose rate cannot meet a new one is found by bisection, not by comparing
    with each in turn: prefix minima of the high ends fall, prefix maxima of the low ends rise.
    """

    def __init__(self) -> None:
        self.indices: list[int] = []
        self.lowest_high: list[float] = []  # negated, so that the list rises
        self.highest_low: list[float] = []

    def add(self, index: int, rate: Interval) -> None:
        negated_high, low = -rate.high, rate.low
        if self.indices:
            negated_high = max(negated_high, self.lowest_high[-1])
            low = max(low, self.highest_low[-1])
        self.indices.append(index)
        self.lowest_high.append(negated_high)
        self.highest_low.append(low)

    def first_apart(self, rate: Interval) -> int | None:
        """The first conversion whose rate lies wholly below or wholly above `rate`."""
        below = bisect.bisect_right(self.lowest_high, -rate.low)  # first high < rate.low
        above = bisect.bisect_right(self.highest_low, rate.high)  # first low > rate.high
        first = min(below, above)
        return self.indices[first] if first < len(self.indices) else None
