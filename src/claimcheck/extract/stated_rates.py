"""Exchange rates the document states: "($1 = 7.2315 yuan)", "at 145 yen to the dollar"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.claims import Money, StatedRateClaim
from claimcheck.document import Document
from claimcheck.extract.currencies import CurrencyMark

# "$1 = 7.2315 yuan", "US$1 is equal to Rp15,210", "€1 buys $1.08"
_EQUALS = re.compile(
    r"\s*(?:=|is\s+equal\s+to|equals|is\s+equivalent\s+to|is\s+worth|was\s+worth|buys)\s*",
    re.IGNORECASE,
)
# "at 145 yen to the dollar", "at an exchange rate of 7.1 yuan per U.S. dollar"
_AT = re.compile(r"\bat\s+(?:an?\s+(?:exchange\s+)?rate\s+of\s+)?$", re.IGNORECASE)
_PER = re.compile(r"\s+(?:to|per|for|against)\s+(?:the|one|a|each|every|1)?\s*", re.IGNORECASE)
# A rate reported as market news is the day's price, not the document's conversion rate.
_MARKET_NEWS = re.compile(
    r"\b(?:weaken|strengthen|trad|clos|fell|fall|rose|rise|slid|slump|hit|touch|stood|firm"
    r"|eas|climb|drop|plung|surg|rall|tumbl|depreciat|appreciat)\w*",
    re.IGNORECASE,
)


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
        if amount.digits == "1" and amount.multiplier == 1 and nxt is not None:
            assert nxt.start is not None and nxt.end is not None
            if _EQUALS.fullmatch(text, amount.end, nxt.start) and nxt.currency != amount.currency:
                claims.append(_claim(text, amount.start, nxt.end, nxt, amount.currency))
                continue
        sentence = document.sentence_at(amount.start)
        if not _AT.search(text, max(sentence.start, amount.start - 40), amount.start):
            continue
        per = _PER.match(text, amount.end)
        mark = marks_by_start.get(per.end()) if per else None
        if mark is None or mark.candidates[0] == amount.currency:
            continue
        if _MARKET_NEWS.search(text, sentence.start, sentence.end):
            continue
        claims.append(_claim(text, amount.start, mark.end, amount, mark.candidates[0]))
    return claims


def _claim(text: str, start: int, end: int, rate: Money, per: str) -> StatedRateClaim:
    return StatedRateClaim(
        text=text[start:end], start=start, end=end, currency=rate.currency, per=per, rate=rate
    )
