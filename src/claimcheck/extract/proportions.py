"""Proportions: percentages, percentage points and fractions, as amounts in percent.

"30 percent", "30%", "30 per cent", "30 pct", "7.9-percent" are percentages; "7 percentage
points", "7 points", "a 50-basis-point cut" are differences of percentages, and so are
fractions of those units ("half a point" is exactly 0.5 points, "a quarter percentage point"
and "a quarter-point cut" 0.25). A range ("4.5-4.75%", "between 3% and 4%") is one amount
whose interval runs from its low end to its high end. "a quarter", "one-ninth",
"two-thirds", "half", "one in nine", "three out of four" are fractions, and so is one
with an adjective after "a" or "an" ("an estimated quarter", "a full third"). A fraction is
read as the percentages editors describe with it: its value within a tenth of itself, and
never more than 5 points either side ("half" is 45% to 55%, "a quarter" 22.5% to 27.5%,
"three-quarters" 70% to 80%; 67% is "two-thirds", not "three-quarters"). A hedge that
bounds a fraction bounds it at the fraction itself: "fewer than half" is below 50%,
"more than a third" above 33.3%, "nearly two-thirds" from 60% up to 66.7%.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from claimcheck import vocabulary
from claimcheck.extract.figures import WORD_VALUES, Figure, Hedge, apply_hedge, read_hedge
from claimcheck.extract.lexicon import any_of
from claimcheck.extract.scan import Scan
from claimcheck.extract.spans import Spans
from claimcheck.interval import Interval
from claimcheck.model.claims import Amount

# Numerators of fractions written out: "a third", "two-thirds", "one in nine".
_NUMBER_WORDS = {"a": 1, "an": 1} | {
    word: value for word, value in WORD_VALUES.items() if 1 <= value <= 10
}
_DENOMINATORS = {
    word: int(value) for word, value in vocabulary.values("proportions", "fractions").items()
}
_COUNT_WORDS = _NUMBER_WORDS | WORD_VALUES | {"hundred": 100}

# The unit each spelling after a figure makes it, and the factor to that unit.
_UNITS = (
    dict.fromkeys(vocabulary.words("proportions", "percent"), ("percent", 1.0))
    | dict.fromkeys(vocabulary.words("proportions", "points"), ("percentage_point", 1.0))
    | dict.fromkeys(vocabulary.words("proportions", "basis points"), ("percentage_point", 0.01))
)
# The unit may follow a space or a hyphen, and its words may be hyphenated as a compound
# modifier: "7.9-percent", "a 25-basis-point cut", "a 3.5-percentage-point gap"; but a
# hyphenated bare "point" is a count ("a 10-point plan", "a 25-point drop in the index").
_UNIT_WORDS = vocabulary.pattern(_UNITS).replace(r"\s+", r"(?:\s+|-)")
_UNIT = re.compile(rf"(?:\s|-(?!points?\b))?(?P<unit>{_UNIT_WORDS})", re.IGNORECASE)
_PERCENT = vocabulary.pattern(vocabulary.words("proportions", "percent"))
_NUMERATOR = "|".join(_NUMBER_WORDS)
_DENOMINATOR = "|".join(sorted(_DENOMINATORS, key=len, reverse=True))
# "an [estimated ]quarter", read only after "a" or "an"
_ADJECTIVES = vocabulary.pattern(vocabulary.words("proportions", "fraction adjectives"))
# A fraction of a unit is a size, not a share: "half a point", "a quarter percentage point",
# "three-quarters of a percentage point", and as a compound modifier "a quarter-point cut",
# "a half-point move" (tried before the fraction alone).
_SIZE = (
    rf"(?:(?P<size_num>{_NUMERATOR})[\s-]+(?P<size_den>{_DENOMINATOR})s?(?:\s+of\s+an?)?"
    rf"|(?P<size_half>half)(?:\s+an?)?)(?:\s+|-)(?P<size>{_UNIT_WORDS})"
)
_FRACTION = re.compile(
    rf"\b(?:{_SIZE}"
    rf"|(?P<num>{_NUMERATOR})(?:\s+(?P<adjective>{_ADJECTIVES}))?[\s-]+(?P<den>{_DENOMINATOR})s?"
    rf"|(?P<half>half)(?!\s+(?:a|an)\b|\s+of\s+(?:19|20)\d\d|-)"
    # never the end of a grouped number: "4,[001 out of 4],012" is no fraction
    rf"|(?P<n>{_NUMERATOR}|(?<![\d,.])\d+)\s+(?:in|out\s+of)\s+"
    rf"(?P<d>{'|'.join(_COUNT_WORDS)}|\d+(?![,.]\d))\b(?!\s*{_PERCENT})"
    rf")\b",
    re.IGNORECASE,
)
# Where a fraction may start: its numerator and what must follow it, or "half".
_FRACTIONS = Scan(
    _FRACTION,
    rf"(?:(?:{_NUMERATOR})(?:\s+{_ADJECTIVES})?[\s-]+(?:{_DENOMINATOR})"
    rf"|(?:{_NUMERATOR}|\d+)\s+(?:in|out)|half)",
)
# "the third quarter", "a third term": a fraction word used as an ordinal.
# A following preposition or verb keeps it a fraction: "a third in Hong Kong", "a fifth are".
_ORDINAL_USE = re.compile(
    rf"\s+(?!{vocabulary.pattern(vocabulary.words('proportions', 'after a fraction'))})[a-z]+",
    re.IGNORECASE,
)
# How far from its value a fraction word reaches: a tenth of the value, at most 5 points.
_FRACTION_REACH = 0.1
_FRACTION_POINTS = 5.0
_BOUNDING = (Hedge.ABOVE, Hedge.BELOW, Hedge.NEARLY)
_YEAR = re.compile(r"1[89]\d\d|2[01]\d\d")  # "opened 5 in 2024" is no fraction
# The words around a range's ends: "4.5-4.75%", "between 3% and 4%".
_DASH_BEFORE = re.compile(r"(?:-|[^\S\n]?–[^\S\n]?)\Z")
_BETWEEN_AND = re.compile(r"\s+and\s+")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+\Z", re.IGNORECASE)
# "the first half", "first-half sales", "a third-quarter loss": a period, no fraction
_ORDINAL_BEFORE = re.compile(
    rf"(?:\bthe\s+|\b(?:{any_of(vocabulary.values('numbers', 'ordinals'))})(?:\s+|-))$",
    re.IGNORECASE,
)


def find_proportions(text: str, figures: Sequence[Figure]) -> list[Amount]:
    """Every percentage, point difference and fraction in the text, in text order."""
    found = _ranges(text, figures, [p for f in figures if (p := _percentage(text, f)) is not None])
    # A fraction overlapping a percentage is part of it.
    percentages = Spans((p.start or 0, p.end or 0) for p in found)
    # A fraction of a scale word is a count: "three quarters of a million" is 750,000.
    counted = {f.start for f in figures if f.word and f.scale}
    for match in _FRACTIONS.finditer(text):
        if percentages.overlaps(match.start(), match.end()) or match.start() in counted:
            continue
        proportion = _fraction(text, match)
        if proportion is not None:
            found.append(proportion)
    return sorted(found, key=lambda p: p.start or 0)


def _percentage(text: str, figure: Figure) -> Amount | None:
    match = _UNIT.match(text, figure.end)
    if match is None or figure.multiplier != 1:
        return None
    unit, factor = _unit(match.group("unit"))
    interval = figure.interval if factor == 1 else figure.interval.scale(factor)
    return _amount(
        text, figure.start, match.end(), figure.value * factor, interval, unit, figure.digits
    )


@functools.lru_cache(maxsize=256)
def _unit(written: str) -> tuple[str, float]:
    """The unit and factor a unit as written stands for ("basis-point" -> 0.01 points)."""
    return _UNITS[" ".join(written.lower().replace("-", " ").split())]


def _ranges(text: str, figures: Sequence[Figure], percentages: list[Amount]) -> list[Amount]:
    """The percentages, with each range read as one interval from its low to its high:
    "4.5-4.75%" (a dash between the numbers), "between 3% and 4%". Never two figures, so
    that no change is read between its ends."""
    by_end = {figure.end: figure for figure in figures if figure.multiplier == 1}
    merged: list[Amount] = []
    for amount in percentages:
        low = merged[-1] if merged else None
        start = amount.start or 0
        gap = text[(low.end or 0) if low else 0 : start]
        if low is not None and low.unit == amount.unit and _BETWEEN_AND.fullmatch(gap):
            opening = _BETWEEN_BEFORE.search(text, max(0, (low.start or 0) - 12), low.start or 0)
            if opening is not None and low.value < amount.value:
                merged[-1] = _range(text, low.start or 0, amount, low.low)
                continue
        dashed = _DASH_BEFORE.search(text, max(0, start - 3), start)
        first = by_end.get(dashed.start()) if dashed else None
        if first is not None and first.value < amount.value and not first.looks_like_year:
            merged.append(_range(text, first.start, amount, first.interval.low))
            continue
        merged.append(amount)
    return merged


def _range(text: str, start: int, high: Amount, low: float) -> Amount:
    """The range from a low end at `start` to the percentage `high`."""
    value = (low + high.high) / 2
    return _amount(
        text,
        start,
        high.end or 0,
        value,
        Interval(low, high.high),
        high.unit,
        text[start : high.end],
    )


def _fraction(text: str, match: re.Match[str]) -> Amount | None:
    if match.group("size"):
        return _size(text, match)
    if match.group("half"):
        before = text[max(0, match.start() - 12) : match.start()]
        if _ORDINAL_BEFORE.search(before):
            return None
        reach = _FRACTION_POINTS
        return _amount(
            text,
            match.start(),
            match.end(),
            50.0,
            Interval(50 - reach, 50 + reach),
            "percent",
            "half",
            bounded=True,
        )
    if match.group("den"):
        numerator = _NUMBER_WORDS[match.group("num").lower()]
        denominator = _DENOMINATORS[match.group("den").lower()]
        if match.group("adjective") and match.group("num").lower() not in ("a", "an"):
            return None  # "two full thirds": no fraction read
        if (
            numerator == 1
            and match.group("num").lower() in ("a", "an", "one")
            and (_ORDINAL_USE.match(text, match.end()) and not text.startswith(" of", match.end()))
        ):
            return None
        if _ORDINAL_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
            return None
    else:
        numerator = _count(match.group("n"))
        denominator = _count(match.group("d"))
        if not 0 < numerator < denominator or _YEAR.fullmatch(match.group("d")):
            return None
    value = 100 * numerator / denominator
    reach = min(_FRACTION_REACH * value, _FRACTION_POINTS)
    return _amount(
        text,
        match.start(),
        match.end(),
        value,
        Interval(value - reach, value + reach),
        "percent",
        match.group(0),
        bounded=True,
    )


def _size(text: str, match: re.Match[str]) -> Amount:
    """A fraction of a unit ("half a point" is 0.5 points): the value it names, exactly."""
    unit, factor = _unit(match.group("size"))
    if match.group("size_half"):
        fraction = 0.5
    else:
        numerator = _NUMBER_WORDS[match.group("size_num").lower()]
        fraction = numerator / _DENOMINATORS[match.group("size_den").lower()]
    value = fraction * factor
    return _amount(
        text, match.start(), match.end(), value, Interval.exact(value), unit, match.group(0)
    )


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNT_WORDS[word.lower()]


def _amount(
    text: str,
    start: int,
    end: int,
    value: float,
    interval: Interval,
    unit: str,
    digits: str,
    *,
    bounded: bool = False,
) -> Amount:
    """The amount stated at text[start:end]; `bounded` (a fraction): a hedge that bounds it
    ("fewer than", "nearly") bounds it at its value, not at the edge of its band."""
    hedge = read_hedge(text, start)
    kind: Hedge | None = hedge[0] if hedge else None
    if bounded and kind in _BOUNDING:
        interval = Interval.exact(value)
    widened = apply_hedge(interval, kind)
    return Amount.made(
        {
            "value": value,
            "unit": unit,
            "low": widened.low,
            "high": widened.high,
            "digits": digits,
            "hedge": kind.value if kind else None,
            "text": text[start:end],
            "start": start,
            "end": end,
        }
    )
