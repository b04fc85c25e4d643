"""CC106 conflicting-conversions."""

from collections.abc import Iterable

from claimcheck import formatting
from claimcheck.context import CheckContext
from claimcheck.rules.base import Issue, Rule


class ConflictingConversions(Rule):
    """Two conversions between the same currencies for the same period imply rates that cannot agree.

    A newsroom converts one story at one rate. When two conversions of the same pair
    and period cannot share a rate, even allowing for rounding and the tolerance, one
    of them is wrong, even where no reference rate exists to say which.

    Failing example::

        HANOI - The plant cost 12 trillion dong ($480 million) and its expansion 6 trillion dong ($360 million) in 2024.

    Passing example::

        HANOI - The plant cost 12 trillion dong ($480 million) and its expansion 6 trillion dong ($240 million) in 2024.
    """

    code = "CC106"
    name = "conflicting-conversions"
    severity = "warning"

    def check(self, ctx: CheckContext) -> Iterable[Issue]:
        seen: dict[tuple[tuple[str, str], str], list[int]] = {}
        for index, assessment in ctx.fx.items():
            if assessment.diagnosis is not None:
                continue
            claim = assessment.claim
            period = "/".join(p.label for p in claim.periods)
            earlier_ones = seen.setdefault((assessment.reading, period), [])
            for earlier in earlier_ones:
                first = ctx.fx[earlier]
                if not first.implied.widen(ctx.tolerance).meets(assessment.implied):
                    a, b = assessment.reading
                    yield Issue(
                        index,
                        f"implied rate {formatting.number(claim.implied_rate)} {a}/{b} cannot"
                        f" agree with {formatting.number(first.claim.implied_rate)} {a}/{b}"
                        f" implied by {first.claim.text!r}",
                        suggestion=formatting.amount(
                            claim.source.value / first.claim.implied_rate, b
                        ),
                    )
                    break
            earlier_ones.append(index)
