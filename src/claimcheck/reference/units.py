"""Unit vocabulary: how each physical unit is written, the pint units it may mean, its name.

Names and abbreviations are regular expressions (names matched case-insensitively,
abbreviations as written); `UNIT_NAMES` is how messages name each pint unit.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class UnitWords:
    """A unit as written: its full names, abbreviations, pint units, dimension and name."""

    words: str  # full names, a regex matched case-insensitively ("" if none)
    abbrev: str  # abbreviations, a regex matched as written ("" if none)
    units: tuple[str, ...]  # the pint units the name can mean, most likely first
    dimension: str
    name: str  # how a message names it, plural


# Lengths, which also make the squares and cubes below.
_LENGTHS = (
    UnitWords(r"kilomet(?:re|er)s?", "km|Km|KM", ("kilometer",), "length", "kilometres"),
    UnitWords(r"centimet(?:re|er)s?", "cm", ("centimeter",), "length", "centimetres"),
    UnitWords(r"millimet(?:re|er)s?", "mm", ("millimeter",), "length", "millimetres"),
    UnitWords(r"nautical[-\s]miles?", "nmi", ("nautical_mile",), "length", "nautical miles"),
    UnitWords(r"met(?:re|er)s?", "m", ("meter",), "length", "metres"),
    UnitWords(r"miles?", "mi", ("mile",), "length", "miles"),
    UnitWords(r"feet|foot", "ft", ("foot",), "length", "feet"),
    UnitWords(r"inch(?:es)?", "", ("inch",), "length", "inches"),
    UnitWords(r"yards?", "yd", ("yard",), "length", "yards"),
)


def _powers(word: str, short: str, power: int, dimension: str) -> Iterator[UnitWords]:
    """'square kilometres', 'sq km', 'km²', 'km2' for power 2; the cubic ones for power 3."""
    superscript = "²³"[power - 2]
    for length in _LENGTHS:
        yield UnitWords(
            rf"(?:{word}|{short}\.?)[-\s]?(?:{alternatives(length)})",
            rf"(?:{length.abbrev})[{superscript}{power}]" if length.abbrev else "",
            tuple(f"{unit} ** {power}" for unit in length.units),
            dimension,
            f"{word} {length.name}",
        )


def alternatives(unit: UnitWords) -> str:
    """The unit's names and abbreviations as one regex, abbreviations case-sensitive."""
    return "|".join(filter(None, (unit.words, unit.abbrev and f"(?-i:{unit.abbrev})")))


_DEGREE = "[°º˚]"
# Tried in order, so a longer reading comes before any shorter one it starts with.
UNITS: tuple[UnitWords, ...] = (
    UnitWords("", "km/h|kph|kmh", ("kilometer / hour",), "length/time", "km/h"),
    UnitWords("", "mph", ("mile / hour",), "length/time", "mph"),
    UnitWords(r"knots?", "", ("knot",), "length/time", "knots"),
    *_powers("cubic", "cu", 3, "volume"),
    *_powers("square", "sq", 2, "area"),
    UnitWords(r"hectares?", "ha", ("hectare",), "area", "hectares"),
    UnitWords(r"acres?", "", ("acre",), "area", "acres"),
    UnitWords("", "mu", ("mu",), "area", "mu"),
    UnitWords(r"millilit(?:re|er)s?", "ml|mL", ("milliliter",), "volume", "millilitres"),
    UnitWords(r"lit(?:re|er)s?", "L", ("liter",), "volume", "litres"),
    UnitWords(r"gallons?", "gal", ("gallon", "imperial_gallon"), "volume", "gallons"),
    UnitWords(r"barrels?", "bbl", ("oil_barrel",), "volume", "barrels"),
    UnitWords(r"kilogram(?:me)?s?|kilos", "kg", ("kilogram",), "mass", "kilograms"),
    UnitWords(r"gram(?:me)?s?", "g", ("gram",), "mass", "grams"),
    UnitWords(r"tonnes?|metric[-\s]tons?", "", ("metric_ton",), "mass", "tonnes"),
    UnitWords(r"tons?", "", ("ton", "metric_ton"), "mass", "short tons"),
    UnitWords(r"pounds?", r"lbs?", ("pound",), "mass", "pounds"),
    UnitWords(r"fluid[-\s]ounces?", r"fl\.?\s?oz", ("fluid_ounce",), "volume", "fluid ounces"),
    UnitWords(r"troy[-\s]ounces?", "", ("troy_ounce",), "mass", "troy ounces"),
    UnitWords(r"ounces?", "oz", ("ounce", "troy_ounce"), "mass", "ounces"),
    UnitWords(r"stones?", "", ("stone",), "mass", "stone"),
    UnitWords(
        r"degrees?[-\s](?:celsius|centigrade)|celsius|centigrade",
        rf"{_DEGREE}\s?C|℃|degrees?\sC",
        ("degree_Celsius",),
        "temperature",
        "°C",
    ),
    UnitWords(
        r"degrees?[-\s]fahrenheit|fahrenheit",
        rf"{_DEGREE}\s?F|℉|degrees?\sF",
        ("degree_Fahrenheit",),
        "temperature",
        "°F",
    ),
    *_LENGTHS,
)

# How messages name each unit (the first pint unit a name can mean).
UNIT_NAMES: dict[str, str] = {u: unit.name for unit in UNITS for u in unit.units[:1]} | {
    "imperial_gallon": "imperial gallons",
    "metric_ton": "tonnes",
}
