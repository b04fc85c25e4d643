"""Conversions: an amount and its stated equivalent in another currency.

The second amount follows the first in brackets ("A (B)", "A (about B)", "A (equivalent
to B; US$1 is equal to Rp15,210, as of May 3, 2023)", "A [B]"), after a link word
("A, or about B,", "A, equivalent to B", "A, worth about B", "A or B"), a dash or a
slash. A bracket may go on after B ("(US$6.14 billion, down 3.2% YoY)") and may give
a third currency ("(US$740 million, or RM3.4 billion)"). A date the bracket gives for
the rate ("as of May 3, 2023", "at 2023 exchange rates") becomes the conversion's
period. A conversion states one amount twice, so neither side carries a sign:
"(-$280 million)" is a loss of 280 million dollars, as its first amount is. A cue per
member may come between them: "US$304 each, about MXN 5,563", "$1,624 per head (49,000 baht)".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck import vocabulary
from claimcheck.extract.figures import _HEDGES  # the hedge words figures reads
from claimcheck.extract.money import range_ends
from claimcheck.extract.periods import rate_date
from claimcheck.model.claims import ConversionClaim, Money
from claimcheck.period import Period

HEDGE = (
    "(?:"
    + "|".join(
        r"\s+".join(re.escape(word) for word in phrase.split())
        for phrase in sorted(_HEDGES, key=len, reverse=True)
    )
    + ")"
)
_LINK = vocabulary.pattern(vocabulary.words("cues", "conversion"))
# A cue naming the first amount as one member's ("US$304 each, about MXN 5,563").
_PER_MEMBER = vocabulary.pattern(vocabulary.words("cues", "per capita", "per member after"))
# The whole text between the first amount and the second must be one of these, maybe after
# a cue per member; the units extractor uses it too.
GAP = re.compile(
    rf"""(?:\s+{_PER_MEMBER})?\s*(?:
        \(\s*(?:{HEDGE}\s+)?(?:{_LINK}\s*:?\s*)?(?:{HEDGE}\s*)?[-−]?  # A (B), A (-B)
      | ,?\s*(?:{HEDGE}\s+)?{_LINK}\s*,?\s*(?:{HEDGE}\s*)?  # A, or about B / A, roughly equal to B
      | ,\s*{HEDGE}\s*                                  # A, about B,
      | (?:\s*[—–]|\s+-(?=\s))\s*(?:{_LINK}\s*)?(?:{HEDGE}\s*)?  # A — about B, A - about B
      | \s*/\s*                                          # A / B
      | \s*\[\s*(?:{HEDGE}\s*)?                         # A [B]
    )""",
    re.VERBOSE | re.IGNORECASE,
)
# Between the second amount and a third in the same bracket: "(US$740 million, or RM3.4 billion)"
_MORE = re.compile(rf"\s*[,;]\s*(?:or\s+)?(?:{HEDGE}\s*)?|\s+or\s+(?:{HEDGE}\s*)?", re.I)
_SAME_FIGURE = 1.01  # two figures this close are one figure restated
_OPEN = re.compile(r"[(\[]")
_CLOSE = re.compile(r"\s*[)\]]")
_BRACKET_REST = re.compile(r"[^()\[\]\n]{0,240}[)\]]")


def find_conversions(text: str, amounts: Sequence[Money]) -> list[ConversionClaim]:
    """Pairs of adjacent amounts in different currencies joined as a conversion; a range
    restated as a range ("$1.2-1.5 billion (€1.1-1.4 billion)"), each end to its own, and
    never one end of a range to a single amount."""
    claims = []
    used = -1
    for i in range(len(amounts) - 1):
        source, target = amounts[i], amounts[i + 1]
        if i <= used or not _joined(text, source, target, GAP):
            continue
        low = i > 0 and range_ends(text, amounts[i - 1], source)
        high = i + 2 < len(amounts) and range_ends(text, target, amounts[i + 2])
        if low or high:  # a range restated as a range: each end converts to its own
            if low and high and i - 1 > used:
                end = closing_bracket(text, amounts[i + 2].end or 0) or amounts[i + 2].end or 0
                claims += [
                    _claim(text, amounts[i - 1], target, end, ()),
                    _claim(text, source, amounts[i + 2], end, ()),
                ]
                used = i + 2
            continue
        assert source.end is not None and target.start is not None and target.end is not None
        opened = _OPEN.search(text, source.end, target.start) is not None
        rest = _BRACKET_REST.match(text, target.end) if opened else None
        dated = rate_date(text, target.end, rest.end() if rest else target.end + 60)
        periods = (dated,) if dated else ()
        end = closing_bracket(text, target.end) or target.end
        claims.append(_claim(text, source, target, end, periods))
        used = i + 1
        if rest is None:
            continue
        for third in amounts[i + 2 :]:
            assert third.end is not None
            if third.end > rest.end() or not _joined(text, amounts[used], third, _MORE):
                break
            if not set(third.candidates) & set(target.candidates):
                end = closing_bracket(text, third.end) or third.end
                claims.append(_claim(text, source, third, end, periods))
            used += 1
    return claims


def _joined(text: str, first: Money, second: Money, gap: re.Pattern[str]) -> bool:
    """Whether two amounts of different currencies are joined as one amount stated twice.

    Amounts whose marks may mean the same currency and whose figures agree are a
    restatement ("¥100 billion (JPY 100 billion)"), not a conversion.
    """
    assert first.end is not None and second.start is not None
    if not gap.fullmatch(text, first.end, second.start):
        return False
    ours, theirs = set(first.candidates), set(second.candidates)
    if ours == theirs:
        return False
    if ours & theirs:
        low, high = sorted((abs(first.value), abs(second.value)))
        return high > low * _SAME_FIGURE
    return True


def _claim(
    text: str, source: Money, target: Money, end: int, periods: tuple[Period, ...]
) -> ConversionClaim:
    assert source.start is not None
    return ConversionClaim(
        text=text[source.start : end],
        start=source.start,
        end=end,
        periods=periods,
        source=_unsigned(source),
        target=_unsigned(target),
    )


def _unsigned(money: Money) -> Money:
    """The amount without its sign: a conversion states a magnitude twice."""
    if money.value >= 0:
        return money
    return money.model_copy(update={"value": -money.value, "low": -money.high, "high": -money.low})


def closing_bracket(text: str, pos: int) -> int | None:
    """The end of a ')' or ']' that directly closes the bracket the second amount opened."""
    match = _CLOSE.match(text, pos)
    return match.end() if match else None
