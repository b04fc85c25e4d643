"""Sentence forms from the real-copy corpus's development documents, refilled with figures.

A `Form` is one development document of `docs/` (split = "dev"; a held-out document is
never turned into a form): its words as written, its relations' figures as slots. Filling
a form gives a new passage with the same wording and:

- every amount of money or with a scale word in its text moved by one power of ten
  (`$184 billion` -> `$18.4 billion`, `1.145 trillion` -> `114.5 billion`; percentages,
  points, multiples, rates "per" something and years stay). Only a power of ten keeps
  each figure's rounding interval in proportion to its value, so a relation that held
  within the printed figures' rounding still holds, and a seeded slip stays a slip. When
  one amount cannot move so (a count tied to it, a number in words, Indian digit
  grouping, a stated rate), none moves;
- in a document without a currency conversion, its years moved together (and its date),
  and a lone dollar sign perhaps written as a euro or pound sign.

A filled passage keeps the document's slips: with one applied, the relation it breaks
is still broken by the same amount, relative to the figures.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from realcopy.score import DOCS, Document, load, shifted

Span = tuple[int, int]

# A number as digits, with any grouping commas; `_WESTERN` tells the ones `_written` writes.
_NUMBER = re.compile(r"\d+(?:,\d+)*(?:\.\d+)?")
_WESTERN = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?")
# What follows a number that is a ratio, not an amount: it keeps its value.
_RATIO_AFTER = re.compile(
    r"\s?(?:%|per\s?cent|percent|pc\b|percentage|points?\b|pts?\b|basis|bps?\b|pp\b|times\b"
    r"|x\b|per\b|a\s(?:head|person|share)\b|each\b|fold\b|-fold)",
    re.IGNORECASE,
)
# What follows an amount of money per something: a ratio, yet tied to its relation's amounts.
_PER_AFTER = re.compile(r"\s?(?:per\b|a\s(?:head|person|share)\b|each\b)", re.IGNORECASE)
_SCALES = "trillion|billion|million|crore|lakh"
_SCALE_AFTER = re.compile(rf"\s?(?P<word>{_SCALES}|tn|bn|mn|m|b)\b", re.IGNORECASE)
_WESTERN_SCALES = ("million", "billion", "trillion")
_MONEY_BEFORE = re.compile(r"(?:[$€£¥₹₩]|[A-Z]{3}\s?|Rs\.?\s?|Sh|N|R)$")
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    "|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen"
)
# Numbers in words, digit groups split by spaces or hyphens, degrees: left as written.
_ODD = re.compile(
    rf"\b(?:{_NUMBER_WORDS})\b|\d[ \u00a0\u202f]\d|\d-|-\d|\d/\d|°|degree", re.IGNORECASE
)
_SCALE_IN_WORDS = re.compile(rf"\b(?:a|{_NUMBER_WORDS})[ -](?:{_SCALES})", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d,.$£€])(?:19|20)\d\d(?!\d|[,.]\d)")
_YEAR_RANGE = re.compile(r"'\d\d\b|\b(?:19|20)\d\d[-–/]\d\d\b|\bFY\d")
_CURRENCY = re.compile(
    r"[€£¥₹₩]|[A-Z]{1,3}\$|\b(?:USD|EUR|GBP|JPY|CNY|RMB|INR|CHF|Rs|dollars?|euros?|pounds?"
    r"|yen|yuan|rupees?|won|francs?|pesos?|reais|real|rand|naira|shillings?|ringgit|baht"
    r"|rupiah|lira|kronor|krona|crowns?|roubles?|rubles?|zloty|dirhams?|riyals?|sterling)\b",
    re.IGNORECASE,
)
_CURRENCY_AFTER = re.compile(rf"\s(?:[A-Z][a-z]+\s)?(?:{_CURRENCY.pattern})", re.IGNORECASE)
_DOLLAR = re.compile(r"(?<![A-Za-z])\$")
DOLLAR_SWAPS = ("€", "£")
SHIFTS = (-2, -1, 1, 2)  # powers of ten an amount may move by
YEAR_SHIFTS = (-3, -2, -1, 1, 2)
LATEST_YEAR = 2025


@dataclass(frozen=True)
class Amount:
    """An amount of money or with a scale word: where its digits are, and its scale word."""

    start: int
    end: int
    scale: str | None  # "billion", "crore" ... written after it; None for a plain amount
    scale_end: int  # where the scale word ends (== end when there is none)


@dataclass(frozen=True)
class Form:
    """One development document as a form: its text, and what may change when filled."""

    document: Document
    amounts: tuple[Amount, ...]  # empty when the amounts must keep their values
    years_move: bool
    dollar_swaps: bool

    @property
    def id(self) -> str:
        return self.document.id


@dataclass(frozen=True)
class Passage:
    """A filled form: text, date, and each relation's figure spans and slip (None if clean)."""

    form: str  # the document id the wording comes from
    text: str
    date: str
    relations: tuple[tuple[str, tuple[Span, ...]], ...]  # (kind, figure spans) per relation
    slipped: int | None  # index of the relation its slip breaks


def load_forms(folder: Path = DOCS) -> list[Form]:
    """Every development document of `folder` as a form (held-out documents are skipped)."""
    forms = []
    for path in sorted(folder.glob("*.toml")):
        document = load(path)
        if document.split == "dev":
            forms.append(_form(document))
    return forms


def _form(document: Document) -> Form:
    text = document.text
    has_conversion = any(r.kind == "conversion" for r in document.relations)
    return Form(
        document,
        _movable_amounts(document),
        not (has_conversion or _YEAR_RANGE.search(text))
        and not any(_YEAR.search(figure) for r in document.relations for figure in r.figures)
        and bool(_YEAR.search(text) or document.date),
        not has_conversion
        and bool(_DOLLAR.search(text))
        and all(m.group() == "$" for m in _CURRENCY.finditer(text)),
    )


def _movable_amounts(document: Document) -> tuple[Amount, ...]:
    """Every amount of money or with a scale word in the text, if all can move together:
    none is written in a way `_written` cannot move, and no relation ties one to a figure
    that keeps its value (a count, a number in words, an amount "per" something, a stated
    exchange rate: "113.67 yen to the dollar"), and no per-capita relation divides one
    moving figure by another (a total and its population both moved leave the figure per
    head wrong). Otherwise nothing moves."""
    text = document.text
    amounts = _amounts_in(text, 0, len(text))
    if amounts is None or _SCALE_IN_WORDS.search(text) or "=" in text:
        return ()  # "($1 = 7.3430 yuan)": a stated rate keeps its unit amount
    moving = {(a.start, a.end) for a in amounts}
    for relation in document.relations:
        spans = document.spans(relation)
        numbers = [
            m.span()
            for start, end in spans
            for m in _NUMBER.finditer(text, start, end)
            if not _is_ratio(text, m.end())
        ]
        odd = (
            relation.kind == "per-capita"
            or (relation.kind == "conversion" and len(spans) > 2)  # its third figure, the rate
            or any(_ODD.search(text, start, end) for start, end in spans)
            or any(  # an amount "per" something keeps its value while its parts move
                _PER_AFTER.match(text, m.end())
                for start, end in spans
                for m in _NUMBER.finditer(text, start, end)
            )
        )
        if any(n in moving for n in numbers) and (odd or not set(numbers) <= moving):
            return ()
    return tuple(amounts)


def _amounts_in(text: str, pos: int, endpos: int) -> list[Amount] | None:
    """The amounts of money or with a scale word between `pos` and `endpos`, or None when
    one of them is written in a way `_written` cannot move ("Rs 4,60,518.80 crore")."""
    amounts = []
    for match in _NUMBER.finditer(text, pos, endpos):
        start, end = match.span()
        if _is_ratio(text, end):
            continue
        amount = _amount(text, start, end)
        money = (
            _MONEY_BEFORE.search(text, 0, start)
            or _SCALE_AFTER.match(text, end)
            or _CURRENCY_AFTER.match(text, end)
        )
        if money and amount is None:
            return None
        if money and amount is not None:
            amounts.append(amount)
    return amounts


def _amount(text: str, start: int, end: int) -> Amount | None:
    """The number at `start:end` as an amount, or None when it must keep its value."""
    digits = text[start:end]
    if not _WESTERN.fullmatch(digits) or _YEAR.fullmatch(digits):
        return None
    if text[end : end + 1].isdigit() or (start and text[start - 1] in "0123456789,."):
        return None  # a piece of a longer number: the figure was found inside it
    if start and (text[start - 1].isalnum() and not _MONEY_BEFORE.search(text, 0, start)):
        return None  # part of a word or a code: "G7", "Q3", "COVID-19"
    scale = _SCALE_AFTER.match(text, end)
    if scale is None:
        return Amount(start, end, None, end)
    return Amount(start, end, scale.group("word"), scale.end())


def _is_ratio(text: str, end: int) -> bool:
    return bool(_RATIO_AFTER.match(text, end))


def shifts(text: str, amounts: tuple[Amount, ...]) -> tuple[int, ...]:
    """The powers of ten every one of `amounts` in `text` can move by, written exactly."""
    if not amounts:
        return ()
    return tuple(n for n in SHIFTS if all(_written(text, a, n) for a in amounts))


def _written(text: str, amount: Amount, shift: int) -> str | None:
    """The amount moved by 10**shift as the press writes it, scale word included, or None
    if that would need a digit the original did not print (a trailing zero) or more than
    three decimals below one. The zeros that end a whole number are read as its rounding
    (as claimcheck reads "3,460": to tens), so they never become printed decimals: "3,460"
    moved down is "34.6", not "34.60", which would state a precision the original did not."""
    digits = text[amount.start : amount.end].replace(",", "")
    value = Decimal(digits).scaleb(shift)
    scale = amount.scale
    if scale is not None and scale.lower() in _WESTERN_SCALES:
        index = _WESTERN_SCALES.index(scale.lower())
        while value < 1 and index > 0:
            value, index = value.scaleb(3), index - 1
        while value >= 1000 and index < len(_WESTERN_SCALES) - 1:
            value, index = value.scaleb(-3), index + 1
        scale = _WESTERN_SCALES[index] if scale.islower() else _WESTERN_SCALES[index].title()
    if value < Decimal("0.001") or _exponent(value) > 0:
        return None
    if "." not in digits:  # drop the zeros a reader takes as rounding ("3,460": to tens)
        zeros = len(digits) - len(digits.rstrip("0"))
        rounding = min(zeros, max(len(digits) - 2, 0))
        value = value.quantize(Decimal(1).scaleb(min(_exponent(value) + rounding, 0)))
    number = f"{value:,f}" if value >= 1000 else f"{value:f}"
    written = text[amount.end : amount.scale_end]
    if amount.scale is not None and scale is not None:
        written = written.replace(amount.scale, scale)
    return number + written


def _exponent(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)
    return exponent


def fill(form: Form, rng: random.Random, slip: int | None = None) -> Passage:
    """A passage in `form`'s words with new figures; with `slip`, that slip of the
    document made (its replacement's amounts moved like the figure it replaces)."""
    document = form.document
    text, spans = document.text, [document.spans(r) for r in document.relations]
    amounts = form.amounts
    broken = None
    if slip is not None:
        made = document.slips[slip]
        broken = made.relation
        at, end = _slip_at(document, made.find)
        text = text[:at] + made.replace + text[end:]
        shift = len(made.replace) - len(made.find)
        spans = [[shifted(s, at, end, shift) for s in relation] for relation in spans]
        amounts = _slipped_amounts(form.amounts, text, at, end, shift)
    edits: list[tuple[int, int, str]] = []
    choices = shifts(text, amounts)
    if choices:
        power = rng.choice((0, *choices))
        if power:
            for amount in amounts:
                written = _written(text, amount, power)
                assert written is not None
                edits.append((amount.start, amount.scale_end, written))
    date = document.date
    if form.years_move:
        offset = rng.choice(YEAR_SHIFTS)
        years = list(_YEAR.finditer(text))
        latest = max([int(m.group()) for m in years] + ([int(date[:4])] if date else []))
        if latest + offset > LATEST_YEAR:
            offset = -abs(offset)
        edits += [(m.start(), m.end(), str(int(m.group()) + offset)) for m in years]
        if date:
            date = f"{int(date[:4]) + offset}{date[4:]}"
    if form.dollar_swaps:
        sign = rng.choice(("$", *DOLLAR_SWAPS))
        edits += [(m.start(), m.end(), sign) for m in _DOLLAR.finditer(text)]
    text, spans = _apply(text, edits, spans)
    relations = tuple(
        (relation.kind, tuple(found))
        for relation, found in zip(document.relations, spans, strict=True)
    )
    return Passage(form.id, text, date, relations, broken)


def _slip_at(document: Document, find: str) -> Span:
    at = document.text.index(find)
    return at, at + len(find)


def _slipped_amounts(
    amounts: tuple[Amount, ...], text: str, at: int, end: int, shift: int
) -> tuple[Amount, ...]:
    """The movable amounts of the slipped text: those outside the slip, moved along, and
    the numbers of the slip's replacement that stand where a movable amount stood."""
    kept = []
    inside = [a for a in amounts if a.start < end and at < a.scale_end]
    for amount in amounts:
        if amount in inside:
            continue
        offset = shift if amount.start >= end else 0
        kept.append(
            Amount(
                amount.start + offset,
                amount.end + offset,
                amount.scale,
                amount.scale_end + offset,
            )
        )
    replaced = _amounts_in(text, at, end + shift)
    if (
        replaced is None
        or len(replaced) != len(inside)
        or any(a.start < at or a.scale_end > end for a in inside)
    ):
        return ()  # the slip changes which numbers are amounts, or cuts one: keep every value
    kept += replaced
    return tuple(sorted(kept, key=lambda a: a.start))


def _apply(
    text: str, edits: list[tuple[int, int, str]], spans: list[list[Span]]
) -> tuple[str, list[list[Span]]]:
    """`text` with each (start, end, new) edit made, and `spans` moved to match."""
    edits.sort()
    pieces: list[str] = []
    last = 0
    moves: list[tuple[int, int, int]] = []  # (start, end, change in length)
    for start, end, new in edits:
        pieces += [text[last:start], new]
        moves.append((start, end, len(new) - (end - start)))
        last = end
    pieces.append(text[last:])

    return "".join(pieces), [
        [(_moved(start, moves, False), _moved(stop, moves, True)) for start, stop in relation]
        for relation in spans
    ]


def _moved(position: int, moves: list[tuple[int, int, int]], is_end: bool) -> int:
    """Where `position` of the text is after the edits `moves` (start, end, change in
    length); a position inside an edit goes to the edit's start, or its end for a span's end."""
    offset = 0
    for start, end, delta in moves:
        if end <= position:
            offset += delta
        elif start < position:
            return start + offset + ((end - start + delta) if is_end else 0)
        else:
            break
    return position + offset
