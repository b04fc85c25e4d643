"""The shared shape of the rules about suppression comments themselves."""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.context import CheckContext
from claimcheck.rules.base import Issue, Rule


class SuppressionRule(Rule):
    """Reported by the suppression stage, which reads the comments; no claim is involved."""

    severity = "warning"

    def check(self, ctx: CheckContext) -> Iterable[Issue]:
        return ()
