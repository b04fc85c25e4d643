"""CC601 fact-mismatch."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, ClassVar

from claimcheck import messages
from claimcheck.context import CheckContext
from claimcheck.judges.facts import FIGURE_MISMATCH
from claimcheck.rules.base import Issue, Rule

# The sheet the examples of the facts rules are checked with (tests and docs).
EXAMPLE_FACTS = Path(__file__).resolve().parents[3] / "fixtures" / "facts" / "china-regions.toml"


class FactRule(Rule):
    """Reports each claim whose judgement against the facts sheet diagnosed this rule's slip."""

    diagnosis: ClassVar[str]
    example_options: ClassVar[dict[str, Any]] = {"facts": [EXAMPLE_FACTS]}

    def check(self, ctx: CheckContext) -> Iterable[Issue]:
        for claim, judgement in ctx.fact_checks.items():
            if judgement.diagnosis == self.diagnosis:
                assert judgement.message is not None
                yield Issue(
                    claim,
                    messages.text(judgement.message),
                    judgement.suggestion,
                    messages.optional(judgement.arithmetic),
                )


class FactMismatch(FactRule):
    """A figure misses the value the facts sheet gives for its entity, metric and period.

    Only with a facts sheet (`--facts`). The figure is linked to a fact when a phrase
    such as "the region's GDP" or "China's total area" comes before it in its sentence
    (a reference such as "the region's" stands for the region named last). Its interval
    (rounding and hedge) must meet the fact, converted to the figure's unit by the exact
    unit factor or, for another currency, by the reference rates of the fact's period,
    within the tolerance. The examples are checked with `fixtures/facts/china-regions.toml`.

    Failing example::

        The Beijing-Tianjin-Hebei region's GDP reached 13.5 trillion yuan in 2024.

    Passing example::

        The Beijing-Tianjin-Hebei region's GDP reached 11.5 trillion yuan in 2024.
    """

    code = "CC601"
    name = "fact-mismatch"
    diagnosis = FIGURE_MISMATCH
