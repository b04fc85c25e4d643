"""Money mentions: a figure joined to the currency mark before or after it, and a scaled
figure written without one right after an amount of money in its sentence."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from claimcheck import vocabulary
from claimcheck.extract.currencies import CurrencyMark, find_currency_marks, rank_candidates
from claimcheck.extract.figures import (
    BARE_SCALE_LIMIT,
    Figure,
    find_figures,
    read_hedge,
    stated_fields,
    within_scale_spread,
)
from claimcheck.extract.places import currencies_in_context, place_before
from claimcheck.model.claims import Money
from claimcheck.model.hooks import lend
from claimcheck.reference.currencies import LETTER_SYMBOLS, PLACED_SYMBOLS
from claimcheck.reference.rates import RateTable

# What may stand between a mark and its figure: nothing, or a little white space
# ("HK$ 640 billion", a non-breaking space, the blanks left where markup was).
_MAX_GAP = 8
_GAP_AFTER = re.compile(rf"[^\S\n]{{1,{_MAX_GAP}}}")
# How many amounts a document writes with a lone letter ("N8.83 trillion") to use it as
# a currency when no place or other mark names one (see `_letters_in_use`).
_LETTER_USES = 2


def find_money(
    text: str,
    context: Mapping[str, float],
    marks: Sequence[CurrencyMark] | None = None,
    figures: Sequence[Figure] | None = None,
) -> list[Money]:
    """Every amount of money in the text, its currency candidates ranked by `context`."""
    if marks is None:
        marks = find_currency_marks(text)
    if not marks:
        return []  # an amount of money is a figure beside a mark
    if figures is None:
        figures = find_figures(text)
    by_end = {mark.end: mark for mark in marks}
    by_start = {mark.start: mark for mark in marks}
    in_use = _letters_in_use(marks, figures)
    readings: dict[tuple[tuple[str, ...], bool], tuple[str, ...]] = {}  # ranked once each
    found: list[Money] = []
    last: Money | None = None  # the money of the figure before, if it was money
    main: Money | None = None  # the last money not in brackets
    for figure in figures:
        money = _money_at(text, figure, by_end, by_start, context, in_use, readings)
        if money is None and last is not None:
            # "5.7 trillion roubles (about $74.2 billion) to 3.8 trillion": roubles
            source = main if main is not None and _bracketed(text, last) else last
            money = _continued(text, figure, source)
        if money is not None:
            found.append(money)
            main = main if _bracketed(text, money) else money
        last = money
    return _ranges_scaled(text, figures, found)


_CLOSING = re.compile(r"\s*[)\]]")


def _bracketed(text: str, money: Money) -> bool:
    """Whether an amount ends a bracket: another view of the amount before it."""
    return _CLOSING.match(text, money.end or 0) is not None


# A bare scaled figure that continues the money of its sentence: "VAT brought in 12.02
# trillion", after "32.83 trillion pesos"; what may follow it, and how far back its
# sentence's money may stand.
_ENDS_BARE = re.compile(
    r"\s*(?:[,;:)(]|\.(?:\s|\Z)|\Z|(?:"
    + vocabulary.pattern(vocabulary.words("clauses", "after a bare amount"))
    + r")\b)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]|\n")
_NAMED_BEFORE = re.compile(
    rf"\b(?:{vocabulary.pattern(vocabulary.words('clauses', 'before a bare count'))})\s+\Z",
    re.IGNORECASE,
)
_CONTINUED_REACH = 160


def _continued(text: str, figure: Figure, before: Money) -> Money | None:
    """A scaled figure with no mark, no unit and no noun after it, right after an amount of
    money in its sentence (no other figure between), as an amount of that money."""
    start = before.end or 0
    if figure.scale is None or figure.word or figure.start - start > _CONTINUED_REACH:
        return None
    if _ENDS_BARE.match(text, figure.end) is None:
        return None  # a noun of its own: "12 million people"
    if _SENTENCE_END.search(text, start, figure.start):
        return None
    hedge = read_hedge(text, figure.start)
    named_at = hedge[1] if hedge else figure.start  # "a population of [about ]333 million"
    if _NAMED_BEFORE.search(text, max(start, named_at - 12), named_at):
        return None  # a noun's own measure: "a population of 1.4 billion"
    fields = stated_fields(text, figure, figure.start, figure.end)
    return Money.made(fields | {"currency": before.currency, "candidates": before.candidates})


def read_money(text: str) -> list[Money]:
    """Every amount of money in a short text, read with the currencies the text points to."""
    return find_money(text, currencies_in_context(text))


lend("parse", Money, read_money)  # what `Money.parse` reads with


def _money_at(
    text: str,
    figure: Figure,
    by_end: Mapping[int, CurrencyMark],
    by_start: Mapping[int, CurrencyMark],
    context: Mapping[str, float],
    in_use: frozenset[str],
    readings: dict[tuple[tuple[str, ...], bool], tuple[str, ...]],
) -> Money | None:
    before = _supported(_mark_before(text, figure.start, by_end), context, in_use)
    after = _supported(_mark_after(text, figure.end, by_start), context, in_use)
    if before is None and after is None:
        return None
    candidates = _combine(before, after)
    start = before.start if before else figure.start
    end = after.end if after else figure.end
    key = (candidates, after is not None and after.kind == "name")
    ranked = readings.get(key)
    if ranked is None:
        ranked = readings[key] = rank_candidates(_narrow(*key, context), context)
    if len(ranked) > 1:  # "Pakistani Rs 3.4 trillion", "Canadian $5 million": that one
        named = place_before(text, start)
        ranked = tuple(code for code in ranked if code in named) or ranked
    return Money.made(
        stated_fields(text, figure, start, end) | {"currency": ranked[0], "candidates": ranked}
    )


def _letters_in_use(marks: Sequence[CurrencyMark], figures: Sequence[Figure]) -> frozenset[str]:
    """The lone letters of one currency each that the document writes as money: glued to a
    figure and a scale word, again and again ("N8.83 trillion ... N4.04 trillion"), as no
    mask ("N95") or road ("N1") is written."""
    placed = [mark for mark in marks if mark.text in PLACED_SYMBOLS and len(mark.candidates) == 1]
    if not placed:
        return frozenset()
    scaled = {figure.start for figure in figures if _scale_word(figure)}
    uses = Counter(mark.text for mark in placed if mark.end in scaled)
    return frozenset(letter for letter, count in uses.items() if count >= _LETTER_USES)


def _scale_word(figure: Figure) -> bool:
    """Whether a scale word, not a lone letter or a hundredth, follows the figure ("8.83
    trillion", "220bn"; not "5m", "6 cents")."""
    return figure.scale is not None and len(figure.scale) > 1 and figure.multiplier > 1


def _supported(
    mark: CurrencyMark | None, context: Mapping[str, float], in_use: frozenset[str]
) -> CurrencyMark | None:
    """The mark, unless it is a lone letter ("N220bn") whose currency nothing else in the
    document names and that the document does not use as money: "N95" in a story about
    masks is no naira."""
    if mark is None or mark.text not in PLACED_SYMBOLS or mark.text in in_use:
        return mark
    return mark if any(context.get(code, 0) > 0 for code in mark.candidates) else None


def _narrow(
    candidates: tuple[str, ...], named: bool, context: Mapping[str, float]
) -> tuple[str, ...]:
    """An ambiguous mark's readings: its usual one, and those the document's places support.

    A currency name several currencies share has a usual reading only where one of them
    alone is widely traded ("pounds": sterling), or where the document names places: then
    it is read as a mark is ("dollars" in a Tokyo story: US dollars). In a document that
    names no place, its readings are the widely traded ones ("kroner": Danish and
    Norwegian), or, if none is, every one ("dirhams": Emirati and Moroccan).
    """
    if named and not any(weight > 0 for weight in context.values()):
        traded = RateTable.bundled().traded_daily
        return tuple(c for c in candidates if c in traded) or candidates
    return tuple(c for i, c in enumerate(candidates) if i == 0 or context.get(c, 0) > 0)


def _mark_before(text: str, pos: int, by_end: Mapping[int, CurrencyMark]) -> CurrencyMark | None:
    """The mark before a figure, with a code before it that names one of its currencies
    when there is one ("USD $170 billion", "CAD $5 million": the code's)."""
    mark = by_end.get(_gap_start(text, pos))
    if mark is None or mark.kind == "name":
        return None
    code = by_end.get(_gap_start(text, mark.start)) if mark.kind == "symbol" else None
    both = tuple(c for c in code.candidates if c in mark.candidates) if code else ()
    if code is None or code.kind != "code" or not both:
        return mark
    return CurrencyMark(code.start, mark.end, text[code.start : mark.end], both, "code")


def _gap_start(text: str, pos: int) -> int:
    """Where the run of white space (on one line, within `_MAX_GAP`) before `pos` starts."""
    start = pos
    while start > max(0, pos - _MAX_GAP) and text[start - 1] != "\n" and text[start - 1].isspace():
        start -= 1
    return start


def _mark_after(text: str, pos: int, by_start: Mapping[int, CurrencyMark]) -> CurrencyMark | None:
    """The mark after a figure; never a lone letter, which goes before its own ("2 million
    N95 masks", "R5" in "2 million R5 coins"). A currency's name may be joined to it by a
    hyphen, as in a compound before a noun: "a 3.752-trillion-baht budget"."""
    gap = _GAP_AFTER.match(text, pos)
    mark = by_start.get(gap.end() if gap else pos)
    if mark is None and text.startswith("-", pos):
        joined = by_start.get(pos + 1)
        mark = joined if joined is not None and joined.kind == "name" else None
    return None if mark is None or mark.text in LETTER_SYMBOLS else mark


def _combine(before: CurrencyMark | None, after: CurrencyMark | None) -> tuple[str, ...]:
    """The candidates both marks allow ("$61.2 billion USD"), or the one mark's."""
    if before and after:
        both = tuple(c for c in before.candidates if c in after.candidates)
        return both or after.candidates
    mark = before or after
    assert mark is not None
    return mark.candidates


# Between the two ends of a range whose scale word only the second writes: "$1.2-1.5
# billion", "$1.5 to $1.2 billion", "between $1.2 and $1.5 billion", "1.2-1.5 trillion yen".
_RANGE_JOIN = re.compile(r"[^\S\n]*(?:[-\u2013]|to\b|and\b)[^\S\n]*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+\Z", re.IGNORECASE)
_DASHES = ("-", "\u2013")


def _ranges_scaled(text: str, figures: Sequence[Figure], found: list[Money]) -> list[Money]:
    """The amounts, the first end of a range whose scale word only the second end writes
    read at that scale and in its currency: "$1.2-1.5 billion" is $1.2 billion to $1.5
    billion, never $1.2. Only ends written under 1,000 and within ten times of each other
    are so read ("from $900 to $1.2 million" leaves $900 as written), "and" only after
    "between", and a figure with no mark of its own only before a dash ("1.2-1.5 trillion
    yen"; "rose by 5 to $1.2 billion" is no range)."""
    if not found:
        return found
    readings = zip(figures, _money_of(figures, found), strict=True)
    scaled: dict[int, Money] = {}
    for (first, before), (second, after) in itertools.pairwise(readings):
        if (
            after is None
            and before is not None
            and second.multiplier > 1
            and not second.word
            and text[first.end : second.start] in _DASHES
        ):  # "$1.2-1.5 million over five years": the second end is in the first's money
            fields = stated_fields(text, second, second.start, second.end)
            after = Money.made(fields | before.model_dump(include={"currency", "candidates"}))
            scaled[second.start] = after
        if after is None or after.multiplier <= 1 or first.multiplier != 1 or first.word:
            continue
        if before is not None and before.currency != after.currency:
            continue
        opening = (before.start or 0) if before is not None else first.start
        join = _RANGE_JOIN.fullmatch(text, first.end, after.start or 0)
        words = join.group().strip().lower() if join else ""
        if join is None or (before is None and words not in _DASHES):
            continue  # a bare figure only before a dash: "1.2-1.5 trillion yen", not "by 5 to"
        if words == "and" and not _BETWEEN.search(text, max(0, opening - 12), opening):
            continue
        written = after.value / after.multiplier
        if not (0 < first.value < BARE_SCALE_LIMIT and within_scale_spread(first.value, written)):
            continue
        mark = {"currency": after.currency, "candidates": after.candidates}
        start = Money.made(stated_fields(text, first, opening, first.end) | mark)
        scaled[opening] = start.at_scale(after.multiplier, after.scale)
    if not scaled:
        return found
    kept = [scaled.pop(money.start or 0, money) for money in found]
    return sorted([*kept, *scaled.values()], key=lambda money: money.start or 0)


def range_ends(text: str, low: Money, high: Money) -> bool:
    """Whether two amounts of one currency are the two ends of a range: "$1.2-1.5 billion",
    "€1.1 to €1.4 billion"."""
    return (
        low.currency == high.currency
        and _RANGE_JOIN.fullmatch(text, low.end or 0, high.start or 0) is not None
    )


def _money_of(figures: Sequence[Figure], found: Sequence[Money]) -> list[Money | None]:
    """The amount each figure is read in, if any (both lists in text order)."""
    result: list[Money | None] = []
    index = 0
    for figure in figures:
        while index < len(found) and (found[index].end or 0) < figure.end:
            index += 1
        money = found[index] if index < len(found) else None
        inside = money is not None and (money.start or 0) <= figure.start
        result.append(money if inside else None)
    return result
