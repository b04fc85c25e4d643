"""What a judge sees: the claims of one document and what they are judged against."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from claimcheck.facts.link import LinkedFacts
from claimcheck.model.claims import Claim
from claimcheck.period import Period
from claimcheck.reference.rates import RateTable
from claimcheck.settings import DEFAULT_TOLERANCE


@dataclass(frozen=True)
class JudgeContext:
    """The claims of one document, the reference rates and the tolerance."""

    claims: Sequence[Claim]
    rates: RateTable
    tolerance: float = DEFAULT_TOLERANCE
    currency_context: Mapping[str, float] = ()  # type: ignore[assignment]
    facts: LinkedFacts = field(default_factory=LinkedFacts)  # a facts sheet and links to it

    @cached_property
    def default_period(self) -> Period:
        """The period of a claim whose text names none: the latest full year of data."""
        return Period.year(self.rates.latest_full_year(), "default")
