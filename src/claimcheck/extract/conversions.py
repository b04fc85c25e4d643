"""Conversions: an amount and its stated equivalent in another currency."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.claims import ConversionClaim, Money

_HEDGE = (
    r"(?:about|around|approximately|approx\.?|roughly|some|nearly|almost|an\s+estimated"
    r"|just\s+(?:over|under)|more\s+than|less\s+than|over|under|close\s+to|c\.|~)"
)
_LINK = (
    r"(?:or|i\.e\.|which\s+is|that\s+is|equivalent\s+to|the\s+equivalent\s+of|equal\s+to"
    r"|equalling|worth|amounting\s+to|converted\s+to|valued\s+at)"
)
# The whole text between the first amount and the second must be one of these.
_GAP = re.compile(
    rf"""\s*(?:
        \(\s*(?:{_LINK}\s*:?\s*)?(?:{_HEDGE}\s*)?        # A (B), A (about B), A (equivalent to B)
      | ,?\s*{_LINK}\s*,?\s*(?:{_HEDGE}\s*)?             # A, or about B / A, equivalent to B
      | ,\s*{_HEDGE}\s*                                  # A, about B,
      | \s*[—–]\s*(?:{_LINK}\s*)?(?:{_HEDGE}\s*)?        # A — about B
      | \s*/\s*                                          # A / B
      | \s*\[\s*(?:{_HEDGE}\s*)?                         # A [B]
    )""",
    re.VERBOSE | re.IGNORECASE,
)
_CLOSE = re.compile(r"\s*[)\]]")


def find_conversions(text: str, amounts: Sequence[Money]) -> list[ConversionClaim]:
    """Pairs of adjacent amounts in different currencies joined as a conversion."""
    claims = []
    used = -1
    for i in range(len(amounts) - 1):
        source, target = amounts[i], amounts[i + 1]
        if i <= used or set(source.candidates) == set(target.candidates):
            continue
        assert source.end is not None and target.start is not None and target.end is not None
        if not _GAP.fullmatch(text, source.end, target.start):
            continue
        assert source.start is not None
        end = _closing_bracket(text, target.end) or target.end
        claims.append(
            ConversionClaim(
                text=text[source.start : end],
                start=source.start,
                end=end,
                source=source,
                target=target,
            )
        )
        used = i + 1
    return claims


def _closing_bracket(text: str, pos: int) -> int | None:
    """The end of a ')' or ']' that directly closes the bracket the second amount opened."""
    match = _CLOSE.match(text, pos)
    return match.end() if match else None
