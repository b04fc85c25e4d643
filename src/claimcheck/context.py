"""What rules see: the claims of one document, judged once by the judge of each kind."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from claimcheck.judges import arithmetic, fx, shares, units
from claimcheck.judges.context import JudgeContext
from claimcheck.judges.facts import FactJudgement, judge_all
from claimcheck.model.claims import Claim, ConversionClaim, StatedRateClaim
from claimcheck.model.judgement import Judged


@dataclass(frozen=True)
class CheckContext(JudgeContext):
    """A judge's context, with every claim's judgement reached once for all rules."""

    @cached_property
    def fx(self) -> dict[str, fx.FxAssessment]:
        """The assessment of every conversion, by claim id."""
        stated = [c for c in self.claims if isinstance(c, StatedRateClaim)]
        ctx = fx.FxContext(self.rates, self.tolerance, stated, dict(self.currency_context))
        return {
            claim.id: fx.assess(claim, ctx, self.default_period)
            for claim in self.claims
            if isinstance(claim, ConversionClaim)
        }

    @cached_property
    def judgements(self) -> dict[str, Judged]:
        """The judgement of every claim a check applies to, by claim id."""
        found: dict[str, Judged] = {}
        for claim in self.claims:
            judge = JUDGES.get(claim.kind)
            judgement = judge(self, claim) if judge else None
            if judgement is not None:
                found[claim.id] = judgement
        return found

    @cached_property
    def fact_checks(self) -> dict[str, FactJudgement]:
        """The judgement against the facts sheet of every claim linked to it, by claim id."""
        return judge_all(self)


Judge = Callable[[CheckContext, Claim], Judged | None]

# One judge per claim kind: it reaches the claim's verdict and diagnoses any slip.
JUDGES: dict[str, Judge] = {
    "conversion": lambda ctx, claim: ctx.fx[claim.id],
    "unit-conversion": units.judge,
    "share": shares.judge_share,
    "fraction-restatement": shares.judge_restatement,
    "breakdown": shares.judge_breakdown,
    "change": arithmetic.judge_change,
    "total": arithmetic.judge_total,
    "difference": arithmetic.judge_difference,
    "restated-figure": arithmetic.judge_restated_figure,
    "per-capita": arithmetic.judge_per_capita,
}
