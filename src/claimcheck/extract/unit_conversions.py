"""A quantity stated again in another unit: two adjacent measures of one dimension.

"1,210 square kilometres (467 square miles)", "40,000 hectares, an area of about 98,800
acres", "10 to 20 feet (three to six meters)", "1,778.3 per square mile (686.6 per square
kilometre)". Joined as a conversion ("A (B)", "A, or about B", a verb or noun that equates
them) in different units, two measures make a `UnitConversionClaim`; in one unit in
brackets ("40,000 hectares (98,800 hectares)"), a second figure that differs is a
mislabelled unit. A temperature is a difference only when the words say so ("rose by
2°C (3.6°F)").
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence

from claimcheck import vocabulary
from claimcheck.extract.conversions import GAP, HEDGE, closing_bracket
from claimcheck.extract.figures import NOT_LETTER_AFTER, hedge_start, stated_fields
from claimcheck.extract.lexicon import CLAUSE_END, any_of
from claimcheck.extract.measures import (
    AREAS,
    PER_AREA,
    Measure,
    bridged,
    cued,
    names_a_unit,
    opening,
    past_shape,
)
from claimcheck.extract.mentions import Mentions
from claimcheck.model.claims import Amount, UnitConversionClaim

# What joins the parts of a compound quantity ("6 feet 2 inches", "7 pounds, 8 ounces"),
# and a number right after a measure ("6-foot-11", "5 ft 9 in"): such parts are no
# conversion on their own.
_JOINED = re.compile(r"[\s,]*(?:and\s+)?", re.IGNORECASE)
_MORE = re.compile(r"[-\u2011]?\s?[0-9]")
_BRACKET = re.compile(r"\s*[(\[]\s*")
# After "A (B)", a second restatement of A: ", or C", ", or about C".
_AGAIN = re.compile(rf"\s*,\s*or\s+(?:{HEDGE}\s+)?", re.IGNORECASE)
# A measure stated again after a verb: "4 million acres is roughly 6,250 square miles". A
# comma before the verb must close a clause that only sized the first measure ("the city,
# which covers 46.87 square miles, comes to nearly 30,000 acres"), and the second measure
# must end its clause: "is 20 square miles larger" compares, "grew by 20 square miles,"
# is another quantity.
_EQUALS = re.compile(
    rf"(?P<comma>\s*,)?\s+{vocabulary.pattern(vocabulary.words('cues', 'measure equals'))}"
    rf"\s+(?:{HEDGE}\s+)?",
    re.IGNORECASE,
)
_SIZED = re.compile(
    rf"(?<![\w-]){vocabulary.pattern(vocabulary.words('clauses', 'subordinators'))}\s+"
    rf"{vocabulary.pattern(vocabulary.words('cues', 'measure sizes'))}\s+\Z",
    re.IGNORECASE,
)


# A noun restating a measure after a comma: "40,000 hectares, an area of about 98,800 acres".
_APPOSED = cued(r"\s*,\s*", "measure appositions")
# A measure, what it measures, then its restatement: "2,000 hectares of forest (4,942 acres)".
_QUALIFIED = re.compile(
    rf"\s+{vocabulary.pattern(vocabulary.words('cues', 'measure qualifiers'))}"
    rf"(?:\s+[^\W\d_][\w-]*){{1,3}}?{GAP.pattern}",
    re.IGNORECASE | re.VERBOSE,
)
# The rest of a bracket after its restatement: "(98,800 acres, about twice the city's size)".
_BRACKET_REST = re.compile(r"\s*[,;][^()\[\]\n]{0,240}[)\]]")
# Between the bare first figure of a range and the measure ending it: "10 to 20 feet".
_RANGE_JOIN = re.compile(
    rf"\s+{vocabulary.pattern(vocabulary.words('cues', 'measure range joins'))}\s+|\s*[-–]\s*",
    re.IGNORECASE,
)
# The words around a temperature that make it a difference, and how far before it they are read.
_CUE_REACH = 40
# "rose by 2°C", "warmed 1.5°C", "a rise of 2°C"; never "a temperature of 16.95°C".
_TEMPERATURE_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:"
    + any_of(
        (
            *vocabulary.words("directions", "verb up", "verb down"),
            *vocabulary.words("cues", "temperature change before"),
        )
    )
    + r")\s+(?:by\s+)?|(?:"
    + any_of(
        (
            *vocabulary.words("directions", "verb up", "verb down", "noun up", "noun down"),
            *vocabulary.words("cues", "temperature change before"),
        )
    )
    + r")\s+of\s+)\Z",
    re.IGNORECASE,
)
_BY_OR_OF = re.compile(r"(?<![\w-])(?:by|of)\s+\Z", re.IGNORECASE)  # "rose by more than 2°C"
_TEMPERATURE_AFTER = re.compile(
    rf"\s+(?:{any_of(vocabulary.words('cues', 'temperature change after'))}){NOT_LETTER_AFTER}",
    re.IGNORECASE,
)


def find_unit_conversions(mentions: Mentions) -> list[UnitConversionClaim]:
    """Pairs of adjacent measures of one dimension joined as a conversion: in different
    units, or in one unit in brackets ("40,000 hectares (98,800 hectares)"), where a
    second figure that differs is a mislabelled unit."""
    text = mentions.text
    measures = mentions.measures
    parts = _compound_parts(text, measures)
    claims = []
    used = -1
    for i in range(len(measures) - 1):
        first, second = measures[i], measures[i + 1]
        gap = (past_shape(text, first.end), opening(text, second))
        if first.dimension == f"{second.dimension}/time" and _BRACKET.fullmatch(text, *gap):
            first = _quantity(first)  # "55 billion cubic metres a year (1.9 trillion cubic feet)"
        if (
            i <= used
            or {i, i + 1} & parts
            or first.dimension != second.dimension
            or not (
                GAP.fullmatch(text, *gap)
                or _equated(text, first, second, gap[0])
                or _qualified(text, first, second, gap)
                or bridged(text, first, second, gap)
            )
        ):
            continue
        closed = closing_bracket(text, past_shape(text, second.end))
        if (
            closed is None
            and any(bracket in text[slice(*gap)] for bracket in "([")
            and not _BRACKET_REST.match(text, second.end)
        ):
            continue  # "5 cm (1 inch last year)": the bracket says more than B
        if first.units == second.units and not _same_unit_again(text, gap, closed, second):
            continue
        end = closed or second.end
        claims.append(_conversion(text, first, second, end))
        used = i + 1
        third = measures[i + 2] if i + 2 < len(measures) else None
        if (
            third is not None
            and i + 2 not in parts
            and third.dimension == first.dimension
            and third.units not in (first.units, second.units)
            and _AGAIN.fullmatch(text, end, third.start)
        ):  # "11,799 hectares (29,160 acres), or 117.99 km2": A restated a second time
            claims.append(_conversion(text, first, third, third.end))
    return sorted(
        [*claims, *_density_conversions(mentions), *_range_conversions(mentions)],
        key=lambda c: c.start or 0,
    )


def _range_conversions(mentions: Mentions) -> list[UnitConversionClaim]:
    """A range of measures, its first figure bare, restated as a range in another unit:
    "10 to 20 feet (three to six meters)", "4 million to 5 million acres (1.6 million to 2
    million hectares)"; each end converts to its own."""
    text = mentions.text
    ranges = list(_ranges(mentions))
    claims = []
    for (low, high), (low2, high2) in itertools.pairwise(ranges):
        if high.dimension != high2.dimension or high.units == high2.units:
            continue
        closed = closing_bracket(text, high2.end)
        gap = GAP.fullmatch(text, high.end, low2.start)
        if gap is None or (closed is None and any(b in gap.group() for b in "([")):
            continue
        end = closed or high2.end
        claims += [_conversion(text, low, low2, end), _conversion(text, high, high2, end)]
    return claims


def _ranges(mentions: Mentions) -> Iterator[tuple[Measure, Measure]]:
    """Each measure after a bare figure joined to it as a range or a pair ("10 to 20
    feet"), with the figure as a measure in its unit."""
    text = mentions.text
    figures = mentions.figures
    ends = [figure.end for figure in figures]
    taken = {m.start for m in mentions.measures} | {
        a.start for a in (*mentions.money, *mentions.proportions)
    }
    for measure in mentions.measures:
        index = bisect.bisect_right(ends, measure.start) - 1
        figure = figures[index] if index >= 0 else None
        if (
            figure is None
            or figure.start in taken
            or not _RANGE_JOIN.fullmatch(text, figure.end, measure.start)
        ):
            continue
        amount = Amount.made(stated_fields(text, figure) | {"unit": measure.units[0]})
        yield Measure(amount, measure.units, measure.dimension), measure


def _density_conversions(mentions: Mentions) -> list[UnitConversionClaim]:
    """A figure per unit of area restated per another, in brackets: "1,778.3 per square
    mile (686.6 per square kilometre)", "2,500 people per km² (6,475 per sq mi)"; or per
    the same unit, where a figure that differs is a mislabelled unit. A yield is not read:
    its numerator has a unit of its own ("10 tonnes per hectare (4 tons per acre)")."""
    text = mentions.text
    densities = []
    for figure in mentions.figures:
        per = PER_AREA.match(text, figure.end)
        if per is None or figure.looks_like_year or names_a_unit(per["noun"] or ""):
            continue  # a yield ("10 tonnes per hectare") converts its numerator's unit too
        area = next(AREAS[i] for i in range(len(AREAS)) if per[f"area{i}"])
        units = tuple(f"1 / {unit}" for unit in area.units)
        amount = Amount(unit=units[0], **stated_fields(text, figure, end=per.end()))
        densities.append(Measure(amount, units, "1/area"))
    claims = []
    for first, second in itertools.pairwise(densities):
        gap = (first.end, second.start)
        closed = closing_bracket(text, second.end)
        if _BRACKET.fullmatch(text, *gap) and closed is not None:
            claims.append(_conversion(text, first, second, closed))
        elif _in_words(text, first, second):
            claims.append(_conversion(text, first, second, second.end))
    return claims


def _in_words(text: str, first: Measure, second: Measure) -> bool:
    """Whether a density is restated without brackets: "28,317 people per square mile, or
    10,933 per square kilometre", "... is about 10,933 per square kilometre"."""
    gap = (first.end, second.start)
    if any(bracket in text[slice(*gap)] for bracket in "(["):
        return False
    if first.units == second.units:
        return _same_unit_again(text, gap, None, second)
    return GAP.fullmatch(text, *gap) is not None or _equated(text, first, second, first.end)


def _same_unit_again(text: str, gap: tuple[int, int], closed: int | None, second: Measure) -> bool:
    """Whether a measure is restated in its own unit, where a figure that differs is a
    mislabelled unit: in brackets ("40,000 hectares (98,800 hectares)") or after ", or"
    ending the clause ("3,500 square miles, or almost 9,000 square miles."); never
    "5 miles, or 8 miles with the detour"."""
    if closed is not None:
        return _BRACKET.fullmatch(text, *gap) is not None
    return (
        _AGAIN.fullmatch(text, *gap) is not None and CLAUSE_END.match(text, second.end) is not None
    )


def _qualified(text: str, first: Measure, second: Measure, gap: tuple[int, int]) -> bool:
    """Whether words naming what `first` measures come before its restatement in another
    unit, which ends its clause: "2,000 hectares of forest (4,942 acres)", "5 million
    acres of forest, roughly 2 million hectares,"; never "5,000 acres of wheat, or 2,000
    acres of corn"."""
    return (
        first.units != second.units
        and _QUALIFIED.fullmatch(text, *gap) is not None
        and CLAUSE_END.match(text, past_shape(text, second.end)) is not None
    )


def _equated(text: str, first: Measure, second: Measure, end: int) -> bool:
    """Whether a verb or a noun after a comma states `first` (ending at `end`) again as
    `second`: "4 million acres is roughly 6,250 square miles", "the city, which covers 46.87
    square miles, comes to nearly 30,000 acres", "40,000 hectares, an area of about 98,800
    acres"; never "is 20 square miles larger"."""
    if CLAUSE_END.match(text, second.end) is None:
        return False
    if _APPOSED.fullmatch(text, end, second.start):
        return True
    verb = _EQUALS.fullmatch(text, end, second.start)
    if verb is None:
        return False
    return not verb["comma"] or _SIZED.search(text, 0, hedge_start(text, first.amount)) is not None


def _quantity(rate: Measure) -> Measure:
    """A rate per time as the quantity it counts, which a bracket may restate without its
    period: "55 billion cubic metres a year (1.9 trillion cubic feet)"."""
    units = tuple(unit.rsplit(" / ", 1)[0] for unit in rate.units)
    amount = rate.amount.model_copy(update={"unit": units[0]})
    return Measure(amount, units, rate.dimension.removesuffix("/time"))


def _conversion(text: str, first: Measure, second: Measure, end: int) -> UnitConversionClaim:
    """The claim that `second` restates `first`, ending at `end`."""
    source_units, target_units = first.units, second.units
    if first.dimension == "temperature" and _temperature_change(text, first, end):
        source_units = tuple(f"delta_{unit}" for unit in source_units)
        target_units = tuple(f"delta_{unit}" for unit in target_units)
    return UnitConversionClaim(
        text=text[first.start : end],
        start=first.start,
        end=end,
        source=first.amount,
        target=second.amount,
        source_units=source_units,
        target_units=target_units,
    )


def _temperature_change(text: str, first: Measure, end: int) -> bool:
    """Whether the words make a temperature a difference: "warmed 1.5°C (2.7°F)",
    "rose by 2°C (3.6°F)", "2°C (3.6°F) above pre-industrial levels"; not "hit 40°C".
    """
    start = hedge_start(text, first.amount)
    before = _TEMPERATURE_BEFORE.search(text, max(0, start - _CUE_REACH), start)
    if before is not None and first.amount.hedge is not None and not _BY_OR_OF.search(before[0]):
        before = None  # a verb then a bound names a level: "did not drop below 25°C"
    return before is not None or _TEMPERATURE_AFTER.match(text, end) is not None


def _compound_parts(text: str, measures: Sequence[Measure]) -> set[int]:
    """The indexes of measures that are parts of a compound quantity."""
    parts = set()
    for i, measure in enumerate(measures):
        if _MORE.match(text, measure.end):
            parts.add(i)
        if i + 1 < len(measures):
            after = measures[i + 1]
            if after.dimension == measure.dimension and _JOINED.fullmatch(
                text, measure.end, after.start
            ):
                parts |= {i, i + 1}
    return parts
