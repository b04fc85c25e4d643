"""Unit conversions judged with pint's exact factors.

A conversion "A (B)" is consistent when A's interval, converted with the exact factor
(and offset, for temperatures) of some reading of its units, meets B's interval: a
unit factor is exact, so the writer's rounding and hedges are the only slack, and the
tolerance for moving exchange rates is not stacked on it. A temperature is a
difference ("rose 2°C (3.6°F)") only when its words say so, and then the claim's units
are pint's delta units. When no reading fits, the judge looks for the likely slip, in
this order: a length factor applied to an area or a volume, the two units swapped, a
wrong unit on either side (a common unit of the same dimension that fits), else a
plain mismatch, with the correct value.

pint is imported, and its registry built, only when a conversion is judged; each
conversion factor is computed once per pair of units.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from claimcheck import formatting
from claimcheck.interval import Interval
from claimcheck.model.claims import Amount, Claim, UnitConversionClaim
from claimcheck.model.judgement import Judgement, Said, said
from claimcheck.reference.units import UNIT_NAMES

if TYPE_CHECKING:
    from claimcheck.judges.context import JudgeContext

# Common units a wrong unit name is tested against; only those of the right dimension count.
_COMMON = (
    "kilometer",
    "meter",
    "centimeter",
    "millimeter",
    "mile",
    "foot",
    "inch",
    "yard",
    "nautical_mile",
    "kilometer ** 2",
    "meter ** 2",
    "mile ** 2",
    "foot ** 2",
    "hectare",
    "acre",
    "mu",
    "kilometer ** 3",
    "meter ** 3",
    "foot ** 3",
    "acre_foot",
    "liter",
    "gallon",
    "imperial_gallon",
    "oil_barrel",
    "kilogram",
    "gram",
    "metric_ton",
    "ton",
    "pound",
    "ounce",
    "degree_Celsius",
    "degree_Fahrenheit",
    "kilometer / hour",
    "mile / hour",
    "knot",
    "kilowatt",
    "megawatt",
    "gigawatt",
    "kilowatt_hour",
    "megawatt_hour",
    "gigawatt_hour",
    "terawatt_hour",
)
_COMMON_AND_PER = (*_COMMON, *(f"1 / {unit}" for unit in _COMMON))  # densities: "per km²"
UNIT_CONVERSION = "unit-conversion"  # one diagnosis; the message tells the slips apart
_POWER = re.compile(r"(?P<base>\w+) \*\* (?P<power>[23])")
_SHAPES = {2: "area", 3: "volume"}
_POWERS_OF_TEN = (10.0, 100.0, 1000.0)

# A unit factor is exact: no tolerance for moving rates is stacked on it, only room for
# floating-point error ("8 feet (2.61 m)" is wrong: 2.61 m is 8.56 feet).
_FLOAT_SLACK = 1e-9
Slip = tuple[Said, str | None]  # what went wrong, and the fix if not the correct value


def judge(ctx: JudgeContext, claim: Claim) -> Judgement | None:
    """The verdict on a unit conversion; None for claims of other kinds."""
    if not isinstance(claim, UnitConversionClaim):
        return None
    return assess(claim)


def assess(claim: UnitConversionClaim) -> Judgement:
    """Judge one conversion under every reading of its units."""
    claim = claim.model_copy(
        update={"source": claim.source.as_written(), "target": claim.target.as_written()}
    )
    source, target = claim.source, claim.target
    expected = target.interval.widen(_FLOAT_SLACK)
    unreadable = [u for u in (*claim.source_units, *claim.target_units) if _canonical(u) is None]
    if unreadable:
        return Judgement.unverifiable(said("unit.unreadable", unit=unreadable[0]))
    readings = _readings(claim.source_units, claim.target_units)
    if not readings:
        a, b = claim.source_units[0], claim.target_units[0]
        return Judgement.unverifiable(said("unit.inconvertible", a=_name(a), b=_name(b)))
    for a, b, convert in readings:
        if convert(source.interval).meets(expected):
            return Judgement.consistent(_arithmetic(claim, a, b, convert))
    a, b, convert = readings[0]
    correct = formatting.amount(convert.at(source.value), _name(b))
    stated = said(
        "unit.is-not", source=_figure(source), a=_name(a), correct=correct, target=_figure(target)
    )
    if _canonical(a) == _canonical(b):
        stated = said("unit.same", source=_figure(source), a=_name(a), target=_figure(target))
    for diagnose in (_linear_slip, _unconverted, _swapped, _wrong_unit, _power_of_ten):
        slip = diagnose(claim, a, b, expected)
        if slip is not None:
            explanation, suggestion = slip
            message = said("unit.slip", stated=stated, explanation=explanation)
            return Judgement.inconsistent(
                UNIT_CONVERSION, message, suggestion or correct, _arithmetic(claim, a, b, convert)
            )
    return Judgement.inconsistent(
        UNIT_CONVERSION, stated, correct, _arithmetic(claim, a, b, convert)
    )


@dataclass(frozen=True, slots=True)
class _Affine:
    """target = scale × source + offset: a unit conversion, with an offset for temperatures."""

    scale: float
    offset: float

    def at(self, value: float) -> float:
        return self.scale * value + self.offset

    def __call__(self, interval: Interval) -> Interval:
        scaled = interval.scale(self.scale)
        return Interval(scaled.low + self.offset, scaled.high + self.offset)


def _readings(sources: Sequence[str], targets: Sequence[str]) -> list[tuple[str, str, _Affine]]:
    """Each pair of units the names can mean, with its conversion."""
    pairs = [(a, b) for a in sources for b in targets]
    return [(a, b, convert) for a, b in pairs if (convert := _conversion(a, b)) is not None]


def _linear_slip(claim: UnitConversionClaim, a: str, b: str, expected: Interval) -> Slip | None:
    """How the target fits a length factor (or its square) applied to an area or a volume."""
    source, target = _POWER.fullmatch(str(_canonical(a))), _POWER.fullmatch(str(_canonical(b)))
    if source is None or target is None or source["power"] != target["power"]:
        return None
    linear = _conversion(source["base"], target["base"])
    if linear is None:
        return None
    power = int(source["power"])
    for used, kind in ((1, "linear"), (2, "squared")):
        factor = linear.scale**used
        if used < power and claim.source.interval.scale(factor).meets(expected):
            explanation = said(
                f"unit.{kind}-{_SHAPES[power]}",
                target=_figure(claim.target),
                source=_figure(claim.source),
                factor=_number(factor),
                length=_name(source["base"]),
                target_length=_name(target["base"]),
                a=_name(a),
                b=_name(b),
                right=_number(linear.scale**power),
            )
            return explanation, None
    return None


def _unconverted(claim: UnitConversionClaim, a: str, b: str, expected: Interval) -> Slip | None:
    """Whether the figure was copied across without converting it."""
    if claim.source.interval.meets(expected):
        return said("unit.unconverted", target=_figure(claim.target)), None
    return None


def _swapped(claim: UnitConversionClaim, a: str, b: str, expected: Interval) -> Slip | None:
    """Whether the figures fit with the two units the other way round."""
    convert = _conversion(b, a)
    if convert is None or not convert(claim.source.interval).meets(expected):
        return None
    source, target = _figure(claim.source), _figure(claim.target)
    fixed = formatting.amount(convert.at(claim.source.value), _name(a))
    return (
        said("unit.swapped", source=source, b=_name(b), fixed=fixed),
        f"{source} {_name(b)} ({target} {_name(a)})",
    )


def _wrong_unit(claim: UnitConversionClaim, a: str, b: str, expected: Interval) -> Slip | None:
    """The common unit that fits best in place of the target's, else of the source's."""
    source, target = claim.source, claim.target
    written = {_canonical(u) for u in (*claim.source_units, *claim.target_units)}
    others = [u for u in _COMMON_AND_PER if _canonical(u) not in written]
    for side in ("target", "source"):
        fits: list[tuple[float, str, Said]] = []
        for unit in others:
            convert = _conversion(a, unit) if side == "target" else _conversion(unit, b)
            if convert is None or convert.at(source.value) not in expected:
                continue  # a unit that fits only at the edge of the source's rounding is chance
            point = convert.at(source.value)
            if side == "target":
                how = said(
                    "unit.target-fits",
                    target=_figure(target),
                    unit=_name(unit),
                    source=_figure(source),
                    a=_name(a),
                    converted=formatting.amount(point, _name(unit)),
                )
            else:
                how = said(
                    "unit.source-fits",
                    target=_figure(target),
                    source=_figure(source),
                    unit=_name(unit),
                    converted=formatting.amount(point, _name(b)),
                )
            fits.append((abs(point - target.value), unit, how))
        if fits:
            _, unit, how = min(fits, key=lambda fit: fit[:2])
            wrong = said("unit.wrong-target" if side == "target" else "unit.wrong-source", how=how)
            return wrong, _name(unit)
    return None


def _power_of_ten(claim: UnitConversionClaim, a: str, b: str, expected: Interval) -> Slip | None:
    """Whether the target is the right figure off by a power of ten."""
    convert = _conversion(a, b)
    assert convert is not None
    converted = convert(claim.source.interval)
    for factor in _POWERS_OF_TEN:
        for k in (factor, 1 / factor):
            if converted.scale(k).meets(expected):
                return said("unit.power-of-ten", factor=formatting.number(factor, 1)), None
    return None


def _arithmetic(claim: UnitConversionClaim, a: str, b: str, convert: _Affine) -> Said:
    source, target = claim.source, claim.target
    factor = _number(convert.scale)
    if convert.offset:
        sign = "+" if convert.offset > 0 else "−"
        factor += f" {sign} {_number(abs(convert.offset))}"
    return said(
        "unit.arithmetic",
        a=_name(a),
        b=_name(b),
        factor=factor,
        source=_figure(source),
        converted=_span(convert(source.interval)),
        stated=_span(target.interval),
    )


def _figure(amount: Amount) -> str:
    """The amount's figure as written, with its scale word: '1,210', '40 million'."""
    if amount.digits is None:
        return formatting.amount(amount.value)
    return f"{amount.digits} {amount.scale}" if amount.scale else amount.digits


def _span(interval: Interval) -> str:
    low, high = (
        formatting.amount(interval.low, digits=4),
        formatting.amount(interval.high, digits=4),
    )
    return low if low == high else f"{low}–{high}"


def _number(value: float) -> str:
    return formatting.number(value, 4)


@cache
def _conversion(source: str, target: str) -> _Affine | None:
    """The exact conversion between two units, or None if they measure different things."""
    from claimcheck.model.units import pint, registry  # loads pint: only when needed

    ureg = registry()
    try:
        zero = ureg.Quantity(0.0, source).to(target).magnitude
        one = ureg.Quantity(1.0, source).to(target).magnitude
    except (pint.DimensionalityError, pint.OffsetUnitCalculusError, pint.UndefinedUnitError):
        return None
    return _Affine(float(one - zero), float(zero))


@cache
def _canonical(unit: str) -> str | None:
    """The unit as pint names it ('km**2' -> 'kilometer ** 2'), or None if pint cannot read it."""
    from claimcheck.model.units import registry  # loads pint: only when needed

    try:
        return str(registry().Unit(unit))
    except Exception:  # pint's parser raises many kinds of error on a malformed unit
        return None


def _name(unit: str) -> str:
    """How a message names a unit: 'square kilometres', 'barrels a day', '°C'."""
    canonical = (_canonical(unit) or unit).removeprefix("delta_")
    if canonical in UNIT_NAMES:
        return UNIT_NAMES[canonical]
    base, slash, per = canonical.partition(" / ")
    if slash and base == "1":  # a density: "per square kilometre"
        return f"per {_name(per).removesuffix('s')}"
    if slash:
        return f"{_name(base)} a {per}"
    return canonical.replace("_", " ")
