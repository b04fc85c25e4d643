"""Physical quantities: a figure and the unit written right after it.

A measure is a figure and its unit: "1,210 square kilometres", "a 900-square-kilometre
park", "5km", "30°C", "100,000 barrels a day". `unit_conversions` reads two of them as
one quantity stated in two units.

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
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck import vocabulary
from claimcheck.extract.conversions import GAP, HEDGE
from claimcheck.extract.figures import (
    NOT_LETTER_AFTER,
    Figure,
    Hedge,
    apply_hedge,
    figure_before_letter,
    read_hedge,
    stated_fields,
)
from claimcheck.extract.lexicon import CLAUSE_END, any_of
from claimcheck.interval import Interval
from claimcheck.model.claims import Amount, Money
from claimcheck.reference.units import UNITS, alternatives

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
_POUNDS = re.compile(r"[-\u2011\s]?pounds?\b", re.IGNORECASE)  # the one unit money may have
# The smaller part of a compound quantity follows a space or a comma ("6 feet, 2 inches");
# "in", which running text uses for other things, is an inch only right after feet and
# before no word ("5 ft 9 in the final" is no compound).
_PART_GAP = re.compile(r",?\s")
_INCHES = re.compile(r"\s?(?:in\b\.?(?!\s*[^\W\d_])|″|\")")
_COMPOUND_DIMENSIONS = ("length", "mass")


def cued(lead: str, cues: str) -> re.Pattern[str]:
    """`lead`, then a cue of the named section of `cues.txt`, then maybe a hedge."""
    return re.compile(
        rf"{lead}{vocabulary.pattern(vocabulary.words('cues', cues))}\s+(?:{HEDGE}\s+)?",
        re.IGNORECASE,
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
_BRIDGE_SENTENCE = cued(r"\s*\.\s+", "measure restatement openers")
_DASHES = re.compile(r"[-—–]")
_SET_OFF_END = re.compile(r"\s+-\s")  # a spaced hyphen closing a dash pair
# A temperature with a bare scale letter, glued or after a space ("40C", "104 F"): a
# measure only as one side of a conversion whose other side is in the other scale ("40C
# (104F)", "1.7 F (0.95 C)", "40°C (104F)"); alone ("Grade 4C", "row 12F") it is none.
_LETTER_HINT = re.compile(r"[0-9] ?[CF](?![^\W\d_])")
_LETTER_TEMPERATURE = re.compile(
    r"(?<![\w.,])(?:[-−](?=[0-9]))?[0-9]+(?:[.,][0-9]+)*(?P<space> ?)(?P<letter>[CF])(?![^\W\d_])"
)
_LETTER_UNITS = {"C": "degree_Celsius", "F": "degree_Fahrenheit"}
# A temperature in degrees with no scale ("45 degrees (113F)", "113° (45C)"): a measure only
# as one side of a conversion whose other side names a scale, and then in the other one.
_BARE_DEGREES = re.compile(
    r"(?:\s?°|[-\u2011\s]degrees?)(?!\s*(?:[CF]\b|celsius|fahrenheit))", re.IGNORECASE
)
_OTHER_SCALE = {"degree_Celsius": "degree_Fahrenheit", "degree_Fahrenheit": "degree_Celsius"}

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

_SIGN_BEFORE = re.compile(
    rf"(?<![\w-]){vocabulary.pattern(vocabulary.words('cues', 'temperature signs'))}\s+\Z",
    re.IGNORECASE,
)
_SIGN_REACH = 12  # characters before a temperature read for a sign word


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
    free: list[Measure] = []
    if _LETTER_HINT.search(text):
        free = [m for m in _letter_temperatures(text) if _span_at(spans, starts, m.start) is None]
        found = sorted([*found, *_paired(text, found, free)], key=lambda m: m.start)
    if "deg" in text or "°" in text:
        found = sorted(
            [*found, *_unscaled_degrees(text, figures, found, free)], key=lambda m: m.start
        )
    return _compounds(text, figures, found)


def _unscaled_degrees(
    text: str, figures: Sequence[Figure], measures: Sequence[Measure], letters: Sequence[Measure]
) -> list[Measure]:
    """Each figure in degrees with no scale joined as a conversion to a temperature in a
    scale right beside it ("45 degrees (113F)", "113°, or 45°C"), as a temperature in the
    other scale, with the other side when it is a bare letter's (`letters`, read only so);
    alone ("turned 180 degrees") it is none."""
    taken = {m.start for m in measures}
    temperatures = sorted(
        [
            *(m for m in measures if m.units[0] in _OTHER_SCALE),
            *(m for m in letters if m.start not in taken),
        ],
        key=lambda m: m.start,
    )
    starts = [m.start for m in temperatures]
    found: list[Measure] = []
    for figure in figures:
        degrees = _BARE_DEGREES.match(text, figure.end)
        if figure.start in taken or degrees is None:
            continue
        fields = stated_fields(text, figure, end=degrees.end())
        at = bisect.bisect_left(starts, figure.start)
        for other in temperatures[max(0, at - 1) : at + 1]:  # the ones right beside it
            unit = _OTHER_SCALE[other.units[0]]
            measure = Measure(Amount.made(fields | {"unit": unit}), (unit,), "temperature")
            first, second = sorted((measure, other), key=lambda m: m.start)
            if GAP.fullmatch(text, first.end, opening(text, second)):
                found.append(_signed(text, measure))
                found += [other] if other.start not in taken else []
                break
    return found


def _signed(text: str, measure: Measure) -> Measure:
    """The measure, a temperature after a sign word ("minus 10C") made negative."""
    signed = (measure.amount.digits or "").startswith(("-", "−"))
    if signed or opening(text, measure) == measure.start:
        return measure
    amount = measure.amount
    update = {"value": -amount.value, "low": -amount.high, "high": -amount.low}
    return Measure(amount.model_copy(update=update), measure.units, measure.dimension)


def opening(text: str, measure: Measure) -> int:
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
    gap = (past_shape(text, first.end), second.start)
    return GAP.fullmatch(text, *gap) is not None or bridged(text, first, second, gap)


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
        gap = GAP.fullmatch(text, first.end, opening(text, second))
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


def bridged(text: str, first: Measure, second: Measure, gap: tuple[int, int]) -> bool:
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
    after = past_shape(text, second.end)
    return CLAUSE_END.match(text, after) is not None or _SET_OFF_END.match(text, after) is not None


def names_a_unit(word: str) -> bool:
    """Whether a word is a unit's name or abbreviation ("tonnes", "km")."""
    return _UNIT.fullmatch(word) is not None


def past_shape(text: str, pos: int) -> int:
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
