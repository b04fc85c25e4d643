"""The shared shape of the rules that report one diagnosis of a claim's judge."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from claimcheck import messages
from claimcheck.context import CheckContext
from claimcheck.rules.base import Issue, Rule


class DiagnosisRule(Rule):
    """Reports each claim whose judgement diagnosed this rule's slip."""

    diagnosis: ClassVar[str]

    def check(self, ctx: CheckContext) -> Iterable[Issue]:
        for claim, judgement in ctx.judgements.items():
            if judgement.diagnosis == self.diagnosis:
                assert judgement.message is not None
                start, end = judgement.span or (None, None)
                yield Issue(
                    claim,
                    messages.text(judgement.message),
                    judgement.suggestion,
                    messages.optional(judgement.arithmetic),
                    start,
                    end,
                )
