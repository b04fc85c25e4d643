"""From a document to its claims: every extractor, run once over shared mentions."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel

from claimcheck import vocabulary
from claimcheck.document import Document
from claimcheck.extract.changes import find_changes, states_a_gap, values_read
from claimcheck.extract.compared_changes import with_compared_changes
from claimcheck.extract.completed_changes import with_completed_changes
from claimcheck.extract.conversions import find_conversions
from claimcheck.extract.differences import find_differences
from claimcheck.extract.figures import Figure, read_hedge, stated_fields
from claimcheck.extract.mentions import Mentions
from claimcheck.extract.paragraph_balances import find_paragraph_balances
from claimcheck.extract.per_capita import find_per_capita
from claimcheck.extract.periods import (
    PeriodMention,
    YearlessMention,
    compared_period,
    find_periods,
    find_yearless,
    set_off_clause,
    with_source,
)
from claimcheck.extract.pointed_gaps import with_pointed_gaps
from claimcheck.extract.records import find_records
from claimcheck.extract.restatements import find_restated_figures
from claimcheck.extract.scored_balances import find_scored_balances
from claimcheck.extract.share_candidates import with_candidate_shares
from claimcheck.extract.shares import share_claims
from claimcheck.extract.stated_rates import find_stated_rates
from claimcheck.extract.totals import find_totals
from claimcheck.extract.unit_conversions import find_unit_conversions
from claimcheck.model.claims import (
    Amount,
    ChangeClaim,
    Claim,
    DifferenceClaim,
    FigureClaim,
    Money,
    MoneyClaim,
    stated_parts,
)
from claimcheck.model.inventory import BareFigures, Claims
from claimcheck.period import Period

Extractor = Callable[[Mentions], Sequence[Claim]]
Fallback = Callable[[Mentions, list[Claim]], list[Claim]]
_Model = TypeVar("_Model", bound=BaseModel)


def _currency_claims(mentions: Mentions) -> list[Claim]:
    rates = find_stated_rates(mentions.document, mentions.money, mentions.marks)
    return [*rates, *find_conversions(mentions.text, mentions.money)]


# Each extractor turns shared mentions into claims; a stated figure that no
# extractor claims is kept as a plain amount or figure, for the inventory.
EXTRACTORS: tuple[Extractor, ...] = (
    _currency_claims,
    find_unit_conversions,
    share_claims,
    find_changes,
    find_totals,
    find_differences,
    find_paragraph_balances,
    find_restated_figures,
    find_per_capita,
    find_records,
)


# Extractors that read a text (or part) with no word: a conversion needs none ("€90
# ($100)"). Every other claim is named by a word ("of", "rose", "a total of", "per
# person", "km2"), so a text of figures alone skips their readers.
_WORDLESS = (_currency_claims, find_unit_conversions)
# Words that place one value above or below another ("below", "short of"): said of a
# fall's size, they may compare the sizes or the signed rates.
_PLACING = frozenset(vocabulary.words("directions", "compare up", "compare down"))


def _scored_balances(mentions: Mentions, read: list[Claim]) -> list[Claim]:
    return [*read, *find_scored_balances(mentions, read)]


# Fallback readers, run after every extractor on a text with words: each scores candidates
# on the words for what the claims read so far left (a figure no claim relates, a change's
# missing value), and returns those claims with its own readings.
FALLBACKS: tuple[Fallback, ...] = (
    with_candidate_shares,
    _scored_balances,
    with_completed_changes,
    with_compared_changes,
    with_pointed_gaps,
)


_BLOCK = 1 << 16  # a longer document is read in parts of about this many characters


def extract_claims(document: Document, mentions: Mentions | None = None) -> Claims:
    """Every claim in the document, in text order, each with the periods it may refer to.

    `mentions` are the document's, if the caller has them (to share with the checks).
    A figure no extractor relates is kept as a compact record, made into its claim when read.
    A long document is read a part at a time (relations never cross a paragraph), so that
    what reading a figure takes is held for one part only.
    """
    mentions = mentions or Mentions(document)
    bare = BareFigures(document.text)
    if len(document.text) <= _BLOCK:
        return Claims(_read(mentions, bare), bare)
    held = [
        claim
        for start, end in _parts(document)
        for claim in _read(
            Mentions(document.part(start, end), mentions.currency_context), bare, start
        )
    ]
    return Claims(held, bare)


def _read(mentions: Mentions, bare: BareFigures, offset: int = 0) -> list[Claim]:
    """The claims of a document (or of the part at `offset` of one): the bare figures
    added to `bare`, the others returned in text order, placed in the whole document."""
    document = mentions.document
    periods = _PeriodIndex(document, sorted((m.start or 0, m.end or 0) for m in mentions.money))
    extractors = EXTRACTORS if mentions.has_words else _WORDLESS
    read = [claim for extractor in extractors for claim in extractor(mentions)]
    for fallback in FALLBACKS if mentions.has_words else ():
        read = fallback(mentions, read)
    claims = _best_readings(read)
    used = {(part.start, part.end) for claim in claims for part in stated_parts(claim)}
    text = mentions.text
    for amount in _leftovers(mentions, used):
        if isinstance(amount, Figure):  # a plain figure with no hedge
            interval = amount.interval
            floats = (amount.value, interval.low, interval.high, amount.multiplier)
            place, written = (amount.start, amount.end), (amount.scale, amount.digits)
            if bare.add_plain(text, place, floats, written, periods.around(place[0]), offset):
                continue
            amount = stated_fields(text, amount)
        if isinstance(amount, dict):  # a plain figure's amount, as its fields
            if bare.add_amount_fields(amount, periods.around(amount["start"]), offset):
                continue
            amount = Amount.made(amount)
        if not bare.add(amount, periods.around(amount.start or 0), offset):
            claims.append(_bare_claim(amount, periods))
    claims.sort(key=lambda c: (c.start or 0, c.end or 0))
    held = [c if c.periods else _with_periods(c, periods.around(c.start or 0)) for c in claims]
    return [_shifted(claim, offset) for claim in held] if offset else held


def _parts(document: Document) -> Iterator[tuple[int, int]]:
    """Spans of about `_BLOCK` characters that end where a paragraph does; a paragraph
    longer than that is cut after a line or a sentence, else after a space."""
    text = document.text
    starts = [paragraph.start for paragraph in document.paragraphs]
    start = 0
    while len(text) - start > _BLOCK:
        limit = start + _BLOCK
        end = starts[bisect.bisect_right(starts, limit) - 1]
        if end <= start:
            end = _cut(text, start, limit)
        yield start, end
        start = end
    yield start, len(text)


def _cut(text: str, start: int, limit: int) -> int:
    """Where to cut a paragraph between `start` and `limit`: after its last line or
    sentence there, else after its last space, else (a run with no space) at `limit`."""
    line = max(text.rfind("\n", start, limit) + 1, text.rfind(". ", start, limit) + 2)
    if line > start + 2:
        return line
    space = max(text.rfind(" ", start, limit), text.rfind("\t", start, limit)) + 1
    return space if space > start + 1 else limit


def _shifted(model: _Model, offset: int) -> _Model:
    """The claim (or figure) read from a part of a document, placed in the whole."""
    update: dict[str, object] = {}
    for name, value in model.__dict__.items():
        if name in ("start", "end") and value is not None:
            update[name] = value + offset
        elif isinstance(value, BaseModel):
            update[name] = _shifted(value, offset)
        elif isinstance(value, (list, tuple)) and any(isinstance(v, BaseModel) for v in value):
            update[name] = type(value)(
                _shifted(v, offset) if isinstance(v, BaseModel) else v for v in value
            )
    return model.model_copy(update=update)


def _best_readings(claims: list[Claim]) -> list[Claim]:
    """The claims, less a change that only restates the gap a difference reads from the
    same figures ("41,300, 2,100 fewer than the 43,400"), a difference whose stated
    figure an extractor before read as another difference (one reading per figure), and
    a comparison placing the size of a fall ("fell 4.5%, below the 3.1% drop expected":
    whether sizes or signed rates are compared is unsure; "a steeper drop than" is not)."""
    read: set[tuple[int | None, int | None]] = set()
    kept: list[Claim] = []
    for claim in claims:
        if isinstance(claim, DifferenceClaim):
            stated = (claim.difference.start, claim.difference.end)
            if stated in read:
                continue
            read.add(stated)
        kept.append(claim)
    claims = kept
    gaps = {
        (part.start, part.end)
        for claim in claims
        if isinstance(claim, DifferenceClaim)
        for part in stated_parts(claim)
    }
    fall_sizes = {
        (size.start, size.end)
        for claim in claims
        if isinstance(claim, ChangeClaim) and claim.direction == "down"
        for size in claim.by
    }
    return [
        claim
        for claim in claims
        if not (
            isinstance(claim, ChangeClaim)
            and (
                (states_a_gap(claim) and all((by.start, by.end) in gaps for by in claim.by))
                or _places_a_fall_size(claim, fall_sizes)
            )
        )
    ]


def _places_a_fall_size(claim: ChangeClaim, fall_sizes: set[tuple[int | None, int | None]]) -> bool:
    """Whether a comparison places a value that is the size of a fall above or below another."""
    new = claim.to_value
    return (
        " ".join(claim.wording.lower().split()) in _PLACING
        and not claim.by
        and claim.from_value is not None
        and new is not None
        and (new.start, new.end) in fall_sizes
    )


def _with_periods(claim: Claim, periods: tuple[Period, ...]) -> Claim:
    return claim.model_copy(update={"periods": periods}) if periods else claim


def _leftovers(
    mentions: Mentions, used: set[tuple[int | None, int | None]]
) -> Iterator[Amount | Money | Figure | dict[str, Any]]:
    """Amounts, proportions and counts that no extractor claimed; a count no reader made
    an amount of is given as the fields of its amount (`Amount.made`), or as itself when
    no hedge widens it (its record is kept from the figure's own fields)."""
    covered: list[tuple[int, int]] = []
    for money in mentions.money:
        covered.append((money.start or 0, money.end or 0))
        if (money.start, money.end) not in used:
            yield money
    for proportion in mentions.proportions:
        covered.append((proportion.start or 0, proportion.end or 0))
        if (proportion.start, proportion.end) not in used:
            yield proportion
    covered.extend((s, e) for s, e in used if s is not None and e is not None)
    covered.sort()
    starts = [s for s, _ in covered]
    # The readers' amount of each plain figure, if they made one: made once.
    read = {(v.start, v.end): v for v in values_read(mentions) if isinstance(v, Amount)}
    for figure in mentions.figures:
        if figure.looks_like_year or _covered(figure.start, covered, starts):
            continue
        amount = read.get((figure.start, figure.end))
        if amount is not None and not amount.unit:
            yield amount
        elif read_hedge(mentions.text, figure.start) is None:
            yield figure  # its fields are made only if its record cannot be kept
        else:
            yield stated_fields(mentions.text, figure)


def _bare_claim(amount: Amount | Money, periods: _PeriodIndex) -> Claim:
    """The claim of a figure no extractor relates: an amount of money, or a figure."""
    place = {"text": amount.text or "", "start": amount.start, "end": amount.end}
    around = periods.around(amount.start or 0)
    if isinstance(amount, Money):
        return MoneyClaim(**place, amount=amount, periods=around)
    return FigureClaim(**place, amount=amount, periods=around)


def _covered(offset: int, spans: Sequence[tuple[int, int]], starts: Sequence[int]) -> bool:
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


_NEAREST = 4


class _PeriodIndex:
    """Looks up the periods named near a claim: its sentence, else its paragraph."""

    def __init__(self, document: Document, amount_spans: Sequence[tuple[int, int]]) -> None:
        self.document = document
        starts = [start for start, _ in amount_spans]
        self.mentions = [
            m
            for m in find_periods(document.text)
            if not (_inside(m, amount_spans, starts) or compared_period(document.text, m))
        ]
        self.starts = [m.start for m in self.mentions]
        self.published = _publication_periods(document)
        self.yearless = [  # dated by the publication only: of no use in an undated text
            m
            for m in (find_yearless(document.text) if self.published else ())
            if not (_inside(m, amount_spans, starts) or compared_period(document.text, m))
        ]
        self.yearless_starts = [m.start for m in self.yearless]
        self._found: dict[tuple[int, int, str, tuple[int, int]], tuple[Period, ...]] = {}

    def around(self, offset: int) -> tuple[Period, ...]:
        if not self.starts and not self.yearless:  # a text (or part) that names no period
            return self.published
        sentence = self.document.sentence_at(offset)
        paragraph = self.document.paragraph_at(offset)
        # A clause set off after the claim (", though ... in 2006") names its own periods.
        cut = set_off_clause(self.document.text, offset, sentence.end)
        skipped = (
            bisect.bisect_left(self.starts, cut),
            bisect.bisect_left(self.starts, sentence.end),
        )
        for (start, end), source in (
            ((sentence.start, cut), "sentence"),
            ((paragraph.start, paragraph.end), "paragraph"),
        ):
            lo = bisect.bisect_left(self.starts, start)
            hi = bisect.bisect_left(self.starts, end)
            if hi - lo > max(0, min(hi, skipped[1]) - max(lo, skipped[0])):
                # The periods named nearest the claim: a few either side, so that a block
                # naming hundreds of periods costs no more per claim than one naming two.
                middle = bisect.bisect_left(self.starts, offset, lo, hi)
                window = (max(lo, middle - _NEAREST), min(hi, middle + _NEAREST), source, skipped)
                found = self._found.get(window)
                if found is None:  # claims of one sentence share their periods: made once
                    nearest = [
                        m
                        for i, m in enumerate(self.mentions[window[0] : window[1]], window[0])
                        if not skipped[0] <= i < skipped[1]
                    ]
                    named = (with_source(m.period, source) for m in nearest)  # type: ignore[arg-type]
                    found = self._found[window] = tuple(dict.fromkeys(named)) + self.published
                return found
        spans = ((sentence.start, cut), (paragraph.start, paragraph.end))
        return self._yearless(offset, spans, (cut, sentence.end))

    def _yearless(
        self, offset: int, spans: tuple[tuple[int, int], tuple[int, int]], cut: tuple[int, int]
    ) -> tuple[Period, ...]:
        """The publication's periods and, where the document is dated and the claim's
        sentence (else its paragraph, but for the clause set off after the claim) names
        periods without a year, those: a quarter and a month of it are different periods,
        though of a year not said. Each spans the publication's year, so that it asks no
        other rate of a conversion than the publication's own."""
        if not self.published:
            return self.published
        year = self.published[-1]
        for (start, end), source in zip(spans, ("sentence", "paragraph"), strict=True):
            lo = bisect.bisect_left(self.yearless_starts, start)
            hi = bisect.bisect_left(self.yearless_starts, end)
            middle = bisect.bisect_left(self.yearless_starts, offset, lo, hi)
            nearest = self.yearless[max(lo, middle - _NEAREST) : min(hi, middle + _NEAREST)]
            labels = dict.fromkeys(m.label for m in nearest if not cut[0] <= m.start < cut[1])
            if labels:
                named = (Period(year.start, year.end, label, source) for label in labels)  # type: ignore[arg-type]
                return self.published + tuple(named)
        return self.published


def _inside(
    mention: PeriodMention | YearlessMention,
    spans: Sequence[tuple[int, int]],
    starts: Sequence[int],
) -> bool:
    """Whether a period mention lies inside an amount ("$2024 million" names no year)."""
    return _covered(mention.start, spans, starts)


def _publication_periods(document: Document) -> tuple[Period, ...]:
    """A newsroom may convert at the rate of the day it publishes: its month and year."""
    if document.date is None:
        return ()
    day = document.date
    return (
        Period.month(day.year, day.month, "document"),
        Period.year(day.year, "document"),
    )
