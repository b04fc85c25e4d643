"""The shared shape of the rules that report one kind of conversion slip."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from claimcheck.context import CheckContext
from claimcheck.fx import Diagnosis
from claimcheck.rules.base import Issue, Rule


class ConversionSlipRule(Rule):
    """Reports each conversion whose assessment found this rule's slip."""

    diagnosis: ClassVar[Diagnosis]

    def check(self, ctx: CheckContext) -> Iterable[Issue]:
        for index, assessment in ctx.fx.items():
            if assessment.diagnosis == self.diagnosis:
                assert assessment.message is not None
                yield Issue(
                    index, assessment.message, assessment.suggestion, assessment.arithmetic
                )
