"""From a document to its claims: every extractor, run once, in one pass order."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from claimcheck.claims import Claim, ConversionClaim, Money, MoneyClaim, StatedRateClaim
from claimcheck.document import Document
from claimcheck.extract.conversions import find_conversions
from claimcheck.extract.currencies import find_currency_marks
from claimcheck.extract.money import find_money
from claimcheck.extract.periods import PeriodMention, find_periods, with_source
from claimcheck.extract.places import currencies_in_context
from claimcheck.extract.stated_rates import find_stated_rates
from claimcheck.period import Period


def extract_claims(document: Document) -> list[Claim]:
    """Every claim in the document, in text order, each with the periods it may refer to."""
    text = document.text
    marks = find_currency_marks(text)
    amounts = find_money(text, currencies_in_context(text), marks)
    rates = find_stated_rates(document, amounts, marks)
    conversions = find_conversions(text, amounts)
    used = {(c.start, c.end) for claim in [*rates, *conversions] for c in _amounts_of(claim)}
    singles = [
        MoneyClaim(text=a.text or "", start=a.start, end=a.end, amount=a)
        for a in amounts
        if (a.start, a.end) not in used
    ]
    claims: list[Claim] = [*rates, *conversions, *singles]
    periods = _PeriodIndex(document, [(a.start or 0, a.end or 0) for a in amounts])
    return sorted(
        (c.model_copy(update={"periods": periods.around(c.start or 0)}) for c in claims),
        key=lambda c: (c.start or 0, c.end or 0),
    )


def _amounts_of(claim: Claim) -> list[Money]:
    if isinstance(claim, ConversionClaim):
        return [claim.source, claim.target]
    if isinstance(claim, StatedRateClaim):
        return [claim.rate]
    return []


class _PeriodIndex:
    """Looks up the periods named near a claim: its sentence, else its paragraph."""

    def __init__(self, document: Document, amount_spans: Sequence[tuple[int, int]]) -> None:
        self.document = document
        taken = sorted(amount_spans)
        taken_starts = [start for start, _ in taken]
        self.mentions = [
            m for m in find_periods(document.text) if not _inside(m, taken, taken_starts)
        ]
        self.starts = [m.start for m in self.mentions]
        self.published = _publication_periods(document)

    def around(self, offset: int) -> tuple[Period, ...]:
        for block, source in (
            (self.document.sentence_at(offset), "sentence"),
            (self.document.paragraph_at(offset), "paragraph"),
        ):
            lo = bisect.bisect_left(self.starts, block.start)
            hi = bisect.bisect_left(self.starts, block.end)
            if lo < hi:
                named = (with_source(m.period, source) for m in self.mentions[lo:hi])  # type: ignore[arg-type]
                return tuple(dict.fromkeys(named)) + self.published
        return self.published


def _inside(
    mention: PeriodMention, spans: Sequence[tuple[int, int]], starts: Sequence[int]
) -> bool:
    """Whether a period mention lies inside an amount ("$2024 million" names no year)."""
    index = bisect.bisect_right(starts, mention.start) - 1
    return index >= 0 and spans[index][0] <= mention.start < spans[index][1]


def _publication_periods(document: Document) -> tuple[Period, ...]:
    """A newsroom may convert at the rate of the day it publishes: its month and year."""
    if document.date is None:
        return ()
    day = document.date
    return (
        Period.month(day.year, day.month, "document"),
        Period.year(day.year, "document"),
    )
