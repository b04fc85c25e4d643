"""What rules see: the claims of one document and what they are judged against."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from claimcheck.claims import Claim, ConversionClaim, StatedRateClaim
from claimcheck.judgement import Judged
from claimcheck.judges import fx
from claimcheck.period import Period
from claimcheck.reference import RateTable

DEFAULT_TOLERANCE = 0.03


@dataclass(frozen=True)
class CheckContext:
    """The claims of one document, the reference rates and the tolerance."""

    claims: Sequence[Claim]
    rates: RateTable
    tolerance: float = DEFAULT_TOLERANCE
    currency_context: Mapping[str, float] = ()  # type: ignore[assignment]

    @cached_property
    def default_period(self) -> Period:
        """The period of a claim whose text names none: the latest full year of data."""
        return Period.year(self.rates.latest_full_year(), "default")

    @cached_property
    def fx(self) -> dict[int, fx.FxAssessment]:
        """The assessment of every conversion, by claim index."""
        stated = [c for c in self.claims if isinstance(c, StatedRateClaim)]
        ctx = fx.FxContext(self.rates, self.tolerance, stated, dict(self.currency_context))
        return {
            i: fx.assess(claim, ctx, self.default_period)
            for i, claim in enumerate(self.claims)
            if isinstance(claim, ConversionClaim)
        }

    @cached_property
    def judgements(self) -> dict[int, Judged]:
        """The judgement of every claim a check applies to, by claim index."""
        found: dict[int, Judged] = {}
        for index, claim in enumerate(self.claims):
            judge = JUDGES.get(claim.kind)
            judgement = judge(self, index) if judge else None
            if judgement is not None:
                found[index] = judgement
        return found


Judge = Callable[[CheckContext, int], Judged | None]

# One judge per claim kind: it reaches the claim's verdict and diagnoses any slip.
JUDGES: dict[str, Judge] = {
    "conversion": lambda ctx, index: ctx.fx[index],
}
