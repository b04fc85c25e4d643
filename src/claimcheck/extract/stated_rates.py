"""Exchange rates the document states: "($1 = 7.2315 yuan)", "at 145 yen to the dollar".

A rate the document uses for its own conversions is stated in a footer or beside a
figure ("$1 = 4.87 reais", "€1 = $1.08", "US$1 is equal to Rp15,210, as of May 3,
2023") or in running text after "at", "using" or "based on" ("at 145 yen to the
dollar", "using an exchange rate of 7.1 yuan per U.S. dollar"). A rate reported as
market news ("the yen traded at 151 yen to the dollar on Friday") is the day's price,
not the rate of the document's conversions, and is not a stated rate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck import vocabulary
from claimcheck.document import Document
from claimcheck.extract.currencies import CurrencyMark
from claimcheck.extract.lexicon import any_of
from claimcheck.extract.periods import rate_date
from claimcheck.model.claims import Money, StatedRateClaim

# "$1 = 7.2315 yuan", "US$1 is equal to Rp15,210", "€1 buys $1.08"
_EQUALS = re.compile(
    rf"\s*(?:=|{vocabulary.pattern(vocabulary.words('cues', 'rate equals'))})\s*", re.IGNORECASE
)
# "at 145 yen to the dollar", "at an exchange rate of 7.1 yuan per U.S. dollar",
# "using the current exchange rate of", "based on a rate of"
_AT = re.compile(
    r"\b(?:at|using|based\s+on)\s+"
    r"(?:(?:an?|the)\s+(?:[a-z-]+\s+)?(?:exchange\s+|conversion\s+)?rate\s+of\s+)?\Z",
    re.IGNORECASE,
)
_PER = re.compile(r"\s+(?:to|per|for|against)\s+(?:the|one|a|each|every|1)?\s*", re.IGNORECASE)
_WINDOW = 60  # characters before a rate searched for "at ..." and for market news
# A currency moving in the market: "the won weakened to", "the yen traded at".
_MARKET_MOVE = re.compile(
    rf"\b(?:{any_of(vocabulary.words('cues', 'market moves'))}"
    rf"|{any_of(vocabulary.words('directions', 'verb up', 'verb down'))})\b",
    re.IGNORECASE,
)
# ... or quoted for a day: "at 151 yen to the dollar on Friday", "in late trade".
_MARKET_DAY = re.compile(
    rf"\s*,?\s*{vocabulary.pattern(vocabulary.words('cues', 'market days'))}", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(r"[,;:()—–]")
_DATE_REACH = 60  # characters after a stated rate searched for its "as of" date


def find_stated_rates(
    document: Document, amounts: Sequence[Money], marks: Sequence[CurrencyMark]
) -> list[StatedRateClaim]:
    """Every exchange rate the document states as its own."""
    text = document.text
    marks_by_start = {mark.start: mark for mark in marks}
    claims = []
    for i, amount in enumerate(amounts):
        assert amount.start is not None and amount.end is not None
        nxt = amounts[i + 1] if i + 1 < len(amounts) else None
        # A rate is positive: "$1 = 0 yuan" states none.
        if amount.digits == "1" and amount.multiplier == 1 and nxt is not None and nxt.value > 0:
            assert nxt.start is not None and nxt.end is not None
            pair = _distinct(nxt.candidates, amount.candidates)
            if _EQUALS.fullmatch(text, amount.end, nxt.start) and pair is not None:
                claims.append(_claim(text, amount.start, nxt.end, nxt.reading(pair[0]), pair[1]))
                continue
        if amount.value <= 0:
            continue
        per = _PER.match(text, amount.end)
        mark = marks_by_start.get(per.end()) if per else None
        pair = _distinct(amount.candidates, mark.candidates) if mark else None
        if mark is None or pair is None:
            continue
        window = max(document.sentence_at(amount.start).start, amount.start - _WINDOW)
        at = _AT.search(text, window, amount.start)
        if at is None or _market_news(text, window, at.start(), mark.end):
            continue
        claims.append(_claim(text, amount.start, mark.end, amount.reading(pair[0]), pair[1]))
    return claims


def _distinct(rate: Sequence[str], per: Sequence[str]) -> tuple[str, str] | None:
    """The likeliest reading of a rate's two marks as two different currencies."""
    return next(((r, p) for r in rate for p in per if r != p), None)


def _market_news(text: str, window: int, at: int, end: int) -> bool:
    """Whether the rate is a market price: a currency moving in the clause, or a day's quote."""
    clause = window
    for match in _CLAUSE_BREAK.finditer(text, window, at):
        clause = match.end()
    return bool(_MARKET_MOVE.search(text, clause, at) or _MARKET_DAY.match(text, end))


def _claim(text: str, start: int, end: int, rate: Money, per: str) -> StatedRateClaim:
    dated = rate_date(text, end, min(len(text), end + _DATE_REACH))
    return StatedRateClaim(
        text=text[start:end],
        start=start,
        end=end,
        periods=(dated,) if dated else (),
        currency=rate.currency,
        per=per,
        rate=rate,
    )
