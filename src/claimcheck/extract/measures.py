"""Physical quantities, and a quantity's stated equivalent in another unit.

A measure is a figure and the unit written right after it: "1,210 square kilometres",
"a 900-square-kilometre park", "5km", "30°C", "100,000 barrels a day". Two adjacent
measures of one dimension, joined as a conversion ("A (B)", "A, or about B") in
different units, make a `UnitConversionClaim`.

A compound quantity ("151 ft 1 in", "8 lb 6 oz", "11 stone 4 pounds") is one measure in
its larger unit, its rounding the smaller part's.

The unit vocabulary (`reference.units`) gives each written unit its pint unit expression
and its dimension; pint is built only when a conversion is judged or a compound quantity
read.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck import vocabulary
from claimcheck.extract.conversions import GAP, HEDGE, closing_bracket
from claimcheck.extract.figures import (
    NOT_LETTER_AFTER,
    Figure,
    Hedge,
    apply_hedge,
    figure_before_letter,
    hedge_start,
    read_hedge,
    stated_fields,
)
from claimcheck.extract.lexicon import CLAUSE_END, any_of
from claimcheck.interval import Interval
from claimcheck.model.claims import Amount, Money, UnitConversionClaim
from claimcheck.reference.units import UNITS, alternatives

if TYPE_CHECKING:
    from claimcheck.extract.mentions import Mentions  # which finds measures with this module

# What no unit starts with (`tests/test_fast_paths.py` reads every unit's first characters):
# after a list of numbers, the alternation of every unit is not tried at all.
_NO_UNIT_START = r"[\d\s.,;:)\]]"
_UNIT = re.compile(
    rf"[-\u2011\s]?(?!{_NO_UNIT_START})(?:"
    + "|".join(f"(?P<u{i}>{alternatives(unit)})" for i, unit in enumerate(UNITS))
    + f"){NOT_LETTER_AFTER}",
    re.IGNORECASE,
)
_TIMES = {
    "second": "second",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "d": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "annum": "year",
    "yr": "year",
}
# "a day", "per year", "/yr": a rate; "per capita", "per tonne": a ratio we do not read;
# "a year earlier": a time counted back, no rate.
_COUNTED = rf"(?!\s+{vocabulary.pattern(vocabulary.words('cues', 'counted from now'))})"
_PER = re.compile(
    rf"(?:\s?/\s?|\s(?:per|a|an|each)\s)(?P<time>{'|'.join(_TIMES)})s?{NOT_LETTER_AFTER}"
    rf"{_COUNTED}"
    rf"|(?P<other>\s?/\s?|\sper\s)[^\W\d_]",
    re.IGNORECASE,
)
AREAS = tuple(unit for unit in UNITS if unit.dimension == "area")
# A figure per unit of area, maybe after the word of what it counts: "488 people per square
# kilometre", "5.87 tonnes a hectare", "a density of 414 per sq km".
PER_AREA = re.compile(
    rf"(?:\s+(?P<noun>[^\W\d_][\w-]*))?\s+"
    rf"(?P<cue>{vocabulary.pattern(vocabulary.words('cues', 'per area'))})\s+(?:"
    + "|".join(f"(?P<area{i}>{alternatives(unit)})" for i, unit in enumerate(AREAS))
    + f"){NOT_LETTER_AFTER}",
    re.IGNORECASE,
)
# A shape word a measure may carry before its conversion: "a 1,000-foot-tall (305-metre) tower".
_SHAPE = re.compile(
    rf"[-\u2011\s]{vocabulary.pattern(vocabulary.words('cues', 'measure shapes'))}"
    rf"{NOT_LETTER_AFTER}",
    re.IGNORECASE,
)
# What joins the parts of a compound quantity ("6 feet 2 inches", "7 pounds, 8 ounces"),
# and a number right after a measure ("6-foot-11", "5 ft 9 in"): such parts are no
# conversion on their own.
_JOINED = re.compile(r"[\s,]*(?:and\s+)?", re.IGNORECASE)
_MORE = re.compile(r"[-\u2011]?\s?[0-9]")
_POUNDS = re.compile(r"[-\u2011\s]?pounds?\b", re.IGNORECASE)  # the one unit money may have
# The smaller part of a compound quantity follows a space or a comma ("6 feet, 2 inches");
# "in", which running text uses for other things, is an inch only right after feet and
# before no word ("5 ft 9 in the final" is no compound).
_PART_GAP = re.compile(r",?\s")
_INCHES = re.compile(r"\s?(?:in\b\.?(?!\s*[^\W\d_])|″|\")")
_COMPOUND_DIMENSIONS = ("length", "mass")
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
def _cued(lead: str, cues: str) -> re.Pattern[str]:
    """`lead`, then a cue of the named section of `cues.txt`, then maybe a hedge."""
    return re.compile(
        rf"{lead}{vocabulary.pattern(vocabulary.words('cues', cues))}\s+(?:{HEDGE}\s+)?",
        re.IGNORECASE,
    )


_APPOSED = _cued(r"\s*,\s*", "measure appositions")
# A measure, what it measures, then its restatement: "2,000 hectares of forest (4,942 acres)".
_QUALIFIED = re.compile(
    rf"\s+{vocabulary.pattern(vocabulary.words('cues', 'measure qualifiers'))}"
    rf"(?:\s+[^\W\d_][\w-]*){{1,3}}?{GAP.pattern}",
    re.IGNORECASE | re.VERBOSE,
)
# A measure restated after words about what it measures, a date or a place, then a comma,
# colon, semicolon, dash or bracket and a restatement cue or a hedge ("500 hectares in the
# valley - some 1,236 acres -", "lost 5,000 hectares in 2020: roughly 12,355 acres"), or in
# the next sentence after an opener ("... 5 billion cubic metres. That is about 4 million
# acre-feet."). The words may not compare, contrast or count per member, and the whole gap
# is read only within `_BRIDGE_REACH` characters.
_BRIDGE_REACH = 90
_BRIDGE_WORDS = re.compile(r"(?:\s+(?:[^\W\d_][\w'’-]*|(?:1[89]|20)[0-9]{2}\b))*")
_BRIDGE_STOP = re.compile(
    r"(?<![\w-])"
    + vocabulary.pattern(
        (
            *vocabulary.words("cues", "measure restatement stops"),
            *vocabulary.words("clauses", "coordinators", "contrasts", "concessives"),
        )
    ),
    re.IGNORECASE,
)
_BRIDGE = re.compile(
    rf"\s*(?:(?P<open>\()|[,;:]|[—–]|\s-(?=\s))\s*(?P<first_hedge>{HEDGE}\s+(?=\S+\s))?"
    rf"(?P<cue>{vocabulary.pattern(vocabulary.words('cues', 'measure restatements'))}\s+)?"
    rf"(?P<hedge>{HEDGE}\s+)?",
    re.IGNORECASE,
)
_BRIDGE_SENTENCE = _cued(r"\s*\.\s+", "measure restatement openers")
_DASHES = re.compile(r"[-—–]")
_SET_OFF_END = re.compile(r"\s+-\s")  # a spaced hyphen closing a dash pair
# The rest of a bracket after its restatement: "(98,800 acres, about twice the city's size)".
_BRACKET_REST = re.compile(r"\s*[,;][^()\[\]\n]{0,240}[)\]]")
# A temperature with a bare scale letter, glued or after a space ("40C", "104 F"): a
# measure only as one side of a conversion whose other side is in the other scale ("40C
# (104F)", "1.7 F (0.95 C)", "40°C (104F)"); alone ("Grade 4C", "row 12F") it is none.
_LETTER_HINT = re.compile(r"[0-9] ?[CF](?![^\W\d_])")
_LETTER_TEMPERATURE = re.compile(
    r"(?<![\w.,])(?:[-−](?=[0-9]))?[0-9]+(?:[.,][0-9]+)*(?P<space> ?)(?P<letter>[CF])(?![^\W\d_])"
)
_LETTER_UNITS = {"C": "degree_Celsius", "F": "degree_Fahrenheit"}

# One unit written with an article, a measure only as one side of a conversion: "a mile
# (1.6 km)", "1.5 km (nearly a mile)", "30 cm, about a foot". "a" is one to the nearest
# whole unit, as a written "1" is.
_ONE_UNIT = re.compile(r"(?<![\w-])an?(?=\s)", re.IGNORECASE)
_ONE = Interval(0.5, 1.5)
# A fraction word or a number before the article makes it no whole unit: "half a mile",
# "three and a half feet".
_PART_OF_ONE = re.compile(
    r"(?:(?<![\w-])(?:"
    + any_of((*vocabulary.words("proportions", "fractions"), "and"))
    + r")|[0-9])\s+\Z",
    re.IGNORECASE,
)

# Between the bare first figure of a range and the measure ending it: "10 to 20 feet".
_RANGE_JOIN = re.compile(
    rf"\s+{vocabulary.pattern(vocabulary.words('cues', 'measure range joins'))}\s+|\s*[-–]\s*",
    re.IGNORECASE,
)
_SIGN_BEFORE = re.compile(
    rf"(?<![\w-]){vocabulary.pattern(vocabulary.words('cues', 'temperature signs'))}\s+\Z",
    re.IGNORECASE,
)
_SIGN_REACH = 12  # characters before a temperature read for a sign word
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
_TEMPERATURE_AFTER = re.compile(
    rf"\s+(?:{any_of(vocabulary.words('cues', 'temperature change after'))}){NOT_LETTER_AFTER}",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Measure:
    """A figure with a physical unit: the amount, the units its name can mean, its dimension."""

    amount: Amount
    units: tuple[str, ...]
    dimension: str

    @property
    def start(self) -> int:
        return self.amount.start or 0

    @property
    def end(self) -> int:
        return self.amount.end or 0


def find_measures(
    text: str,
    figures: Sequence[Figure],
    money: Sequence[Money],
    proportions: Sequence[Amount] = (),
) -> list[Measure]:
    """Every figure written with a physical unit, in text order.

    A figure that is money is a measure only as "pounds", which a conversion pairs
    only with another mass ("100 kg (220 pounds)"); a proportion ("5 percent") never is.
    """
    spans = sorted((m.start or 0, m.end or 0, isinstance(m, Money)) for m in (*money, *proportions))
    starts = [start for start, _, _ in spans]
    found = []
    for figure in figures:
        span = _span_at(spans, starts, figure.start)
        taken = span is not None
        is_money = span is not None and span[2]
        if taken and not (is_money and _POUNDS.match(text, figure.end)):
            continue
        measure = _measure_at(text, figure)
        if measure is not None and (not is_money or measure.units == ("pound",)):
            found.append(measure)
    found = [_signed(text, measure) for measure in found]
    found = _with_single_units(text, found, spans, starts)
    if _LETTER_HINT.search(text):
        free = [m for m in _letter_temperatures(text) if _span_at(spans, starts, m.start) is None]
        found = sorted([*found, *_paired(text, found, free)], key=lambda m: m.start)
    return _compounds(text, figures, found)


def _signed(text: str, measure: Measure) -> Measure:
    """The measure, a temperature after a sign word ("minus 10C") made negative."""
    signed = (measure.amount.digits or "").startswith(("-", "−"))
    if signed or _opening(text, measure) == measure.start:
        return measure
    amount = measure.amount
    update = {"value": -amount.value, "low": -amount.high, "high": -amount.low}
    return Measure(amount.model_copy(update=update), measure.units, measure.dimension)


def _opening(text: str, measure: Measure) -> int:
    """Where a measure's words start: at the sign word before a temperature ("minus 40F")."""
    if measure.dimension != "temperature":
        return measure.start
    sign = _SIGN_BEFORE.search(text, max(0, measure.start - _SIGN_REACH), measure.start)
    return measure.start if sign is None else sign.start()


def _span_at(
    spans: Sequence[tuple[int, int, bool]], starts: Sequence[int], pos: int
) -> tuple[int, int, bool] | None:
    """The amount of money or proportion (start, end, is money) that spans `pos`, if any."""
    index = bisect.bisect_right(starts, pos) - 1
    return spans[index] if index >= 0 and pos < spans[index][1] else None


def _with_single_units(
    text: str,
    measures: list[Measure],
    spans: Sequence[tuple[int, int, bool]],
    starts: Sequence[int],
) -> list[Measure]:
    """The measures, with each unit written after "a" or "an" that is one side of a
    conversion to another unit of its dimension ("a mile (1.6 km)", "1.5 km, or nearly a
    mile") read as one of that unit."""
    if not measures:
        return measures
    ones = []
    for match in _ONE_UNIT.finditer(text):
        unit_match = _UNIT.match(text, match.end())
        if (
            unit_match is None
            or unit_match.lastgroup is None
            or not unit_match.group()[:1].isspace()
        ):
            continue
        if (
            _span_at(spans, starts, match.start()) is not None
            or _PER.match(text, unit_match.end())
            or _PART_OF_ONE.search(text, max(0, match.start() - 12), match.start())
        ):
            continue
        unit = UNITS[int(unit_match.lastgroup[1:])]
        found = read_hedge(text, match.start())
        hedge = found[0] if found else None
        interval = apply_hedge(_ONE, hedge)
        amount = Amount(
            value=1.0,
            low=interval.low,
            high=interval.high,
            multiplier=1.0,
            scale=None,
            digits=None,
            hedge=hedge.value if hedge else None,
            text=text[match.start() : unit_match.end()],
            start=match.start(),
            end=unit_match.end(),
            unit=unit.units[0],
        )
        ones.append(Measure(amount, unit.units, unit.dimension))
    if not ones:
        return measures
    merged = sorted([*measures, *ones], key=lambda m: m.start)
    added = {id(one) for one in ones}
    kept = []
    for i, measure in enumerate(merged):
        if id(measure) not in added:
            kept.append(measure)
            continue
        around = (merged[i - 1] if i else None, merged[i + 1] if i + 1 < len(merged) else None)
        before, after = around
        if (
            before is not None
            and before.dimension == measure.dimension
            and before.units != measure.units
            and _restates(text, before, measure)
        ) or (
            after is not None
            and after.dimension == measure.dimension
            and after.units != measure.units
            and _restates(text, measure, after)
        ):
            kept.append(measure)
    return kept


def _restates(text: str, first: Measure, second: Measure) -> bool:
    """Whether the words between two measures join them as a conversion."""
    gap = (_past_shape(text, first.end), second.start)
    return GAP.fullmatch(text, *gap) is not None or _bridged(text, first, second, gap)


def _letter_temperatures(text: str) -> list[Measure]:
    """Every figure written with a bare scale letter ("40C", "104 F"), as a temperature."""
    found = []
    for match in _LETTER_TEMPERATURE.finditer(text):
        figure = figure_before_letter(text, match.start(), match.start("space"))
        if figure is None:
            continue
        unit = _LETTER_UNITS[match["letter"]]
        amount = Amount.made(stated_fields(text, figure, end=match.end()) | {"unit": unit})
        found.append(_signed(text, Measure(amount, (unit,), "temperature")))
    return found


def _paired(text: str, measures: Sequence[Measure], letters: Sequence[Measure]) -> list[Measure]:
    """The temperatures with a bare letter that are one side of a conversion to the other
    scale, the other side a temperature with a letter or a degree sign: "40C (104F)",
    "104 F, or 40 C", "40°C (104F)"; never across a slash ("Grade 4C/5F")."""
    degrees = [(m, False) for m in measures if m.dimension == "temperature"]
    sides = sorted([*degrees, *((m, True) for m in letters)], key=lambda side: side[0].start)
    kept: dict[int, Measure] = {}
    for pair in itertools.pairwise(sides):
        (first, _), (second, _) = pair
        gap = GAP.fullmatch(text, first.end, _opening(text, second))
        if first.units != second.units and gap is not None and "/" not in gap.group():
            kept |= {m.start: m for m, letter in pair if letter}
    return list(kept.values())


def _compounds(text: str, figures: Sequence[Figure], measures: list[Measure]) -> list[Measure]:
    """The measures, each larger unit and the smaller part after it read as one ("151 ft 1
    in" is 151.08 feet, to the half inch); the part must be under one larger unit, and
    the units not a power of ten apart."""
    if not any(measure.dimension in _COMPOUND_DIMENSIONS for measure in measures):
        return measures
    by_start = {figure.start: figure for figure in figures}
    after = {measure.start: measure for measure in measures}
    merged: list[Measure] = []
    skip = -1
    for measure in measures:
        if measure.start <= skip:
            continue
        part = _smaller_part(text, measure, by_start, after)
        if part is None:
            merged.append(measure)
            continue
        figure, unit, end = part
        from claimcheck.model.units import registry  # loads pint: only for a compound

        factor = float(registry().Quantity(1, unit).to(measure.units[0]).magnitude)
        whole = measure.amount.value
        if _decimal(factor) or not 0 < figure.interval.high * factor < 1 or whole != int(whole):
            merged.append(measure)
            continue
        hedge = Hedge(measure.amount.hedge) if measure.amount.hedge else None
        interval = apply_hedge(
            Interval(whole + figure.interval.low * factor, whole + figure.interval.high * factor),
            hedge,
        )
        amount = measure.amount.model_copy(
            update={
                "value": whole + figure.value * factor,
                "low": interval.low,
                "high": interval.high,
                "digits": None,  # no one number: messages give the value in the larger unit
                "text": text[measure.amount.start or 0 : end],
                "end": end,
            }
        )
        merged.append(Measure(amount, measure.units[:1], measure.dimension))
        skip = figure.start
    return merged


def _decimal(factor: float) -> bool:
    """Whether one unit is a power of ten of the other: metric writers use decimals, so
    "10 kg, 500 g of it sugar" is two quantities, not 10.5 kg."""
    return math.isclose(math.log10(factor), round(math.log10(factor)), abs_tol=1e-9)


def _smaller_part(
    text: str, measure: Measure, figures: dict[int, Figure], measures: dict[int, Measure]
) -> tuple[Figure, str, int] | None:
    """The figure, pint unit and end of the smaller part right after a measure, if any."""
    if measure.dimension not in _COMPOUND_DIMENSIONS:
        return None
    gap = _PART_GAP.match(text, measure.end)
    if gap is None:
        return None
    start = gap.end()
    figure = figures.get(start)
    if figure is None or figure.scale or figure.word:
        return None
    part = measures.get(start)
    if part is not None and part.dimension == measure.dimension:
        return figure, part.units[0], part.end
    inches = _INCHES.match(text, figure.end)
    if part is None and measure.units[0] == "foot" and inches is not None:
        return figure, "inch", inches.end()
    return None


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
        gap = (_past_shape(text, first.end), _opening(text, second))
        if (
            i <= used
            or {i, i + 1} & parts
            or first.dimension != second.dimension
            or not (
                GAP.fullmatch(text, *gap)
                or _equated(text, first, second, gap[0])
                or _qualified(text, first, second, gap)
                or _bridged(text, first, second, gap)
            )
        ):
            continue
        closed = closing_bracket(text, _past_shape(text, second.end))
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
        if per is None or figure.looks_like_year or _UNIT.fullmatch(per["noun"] or ""):
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
        and CLAUSE_END.match(text, _past_shape(text, second.end)) is not None
    )


def _bridged(text: str, first: Measure, second: Measure, gap: tuple[int, int]) -> bool:
    """Whether `second` restates `first` in another unit after words about what `first`
    measures, a date or a place: "500 hectares in the valley - some 1,236 acres -", "lost
    5,000 hectares in 2020: roughly 12,355 acres", "1,100 square kilometres, about the size
    of 430 square miles", or in the next sentence ("... 5 billion cubic metres. That is about
    4 million acre-feet."); never "5,000 hectares more than in 2019, or 2,000 acres", nor
    a second measure that goes on ("roughly 3,000 acres in the south")."""
    start, end = gap
    if first.units == second.units or not 0 < end - start <= _BRIDGE_REACH:
        return False
    words = _BRIDGE_WORDS.match(text, start, end)
    middle = words.end() if words else start
    if _BRIDGE_STOP.search(text, start, middle):
        return False
    link = _BRIDGE.fullmatch(text, middle, end)
    if link is None:
        if _BRIDGE_SENTENCE.fullmatch(text, middle, end) is None:
            return False
    elif not (link["open"] or link["cue"] or link["hedge"] or _DASHES.search(link.group())):
        return False  # a bare comma may start a list: "5,000 hectares, 2,000 acres and ..."
    if link is not None and link["open"]:
        return True  # the bracket must close after the restatement: read by the caller
    after = _past_shape(text, second.end)
    return CLAUSE_END.match(text, after) is not None or _SET_OFF_END.match(text, after) is not None


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


def _past_shape(text: str, pos: int) -> int:
    """Where a shape word after `pos` ends ("-tall", " long"), or `pos` if none follows."""
    match = _SHAPE.match(text, pos)
    return match.end() if match else pos


def _measure_at(text: str, figure: Figure) -> Measure | None:
    """The measure a figure starts, if a unit follows it."""
    match = _UNIT.match(text, figure.end)
    if match is None or match.lastgroup is None:
        return None
    unit = UNITS[int(match.lastgroup[1:])]
    units, dimension, end = unit.units, unit.dimension, match.end()
    per = _PER.match(text, end)
    if per is not None:
        if per["other"] is not None:
            return None
        time = _TIMES[per["time"].lower()]
        units = tuple(f"{u} / {time}" for u in units)
        dimension = f"{dimension}/time"
        end = per.end()
    amount = Amount.made(stated_fields(text, figure, end=end) | {"unit": units[0]})
    return Measure(amount, units, dimension)
