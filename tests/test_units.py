"""Unit conversions: a quantity and its stated equivalent in another unit (CC401)."""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

import claimcheck
from claimcheck.extract.figures import find_figures
from claimcheck.extract.measures import find_measures
from claimcheck.model.claims import Amount, Claim, UnitConversionClaim
from claimcheck.model.units import registry
from claimcheck.rules.cc401_unit_conversion import UnitConversion


def conversions(text: str) -> list[UnitConversionClaim]:
    return [c for c in claimcheck.extract(text) if isinstance(c, UnitConversionClaim)]


def findings(text: str, **options: object) -> list[claimcheck.Finding]:
    return claimcheck.check(text, **options).findings


# --- Reading the forms news uses -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target", "units"),
    [
        (
            "Pudong New Area covers 1,210 square kilometres (467 square miles).",
            "1,210 square kilometres",
            "467 square miles",
            ("kilometer ** 2", "mile ** 2"),
        ),
        (
            "Officials unveiled a 900-square-kilometre (347-square-mile) national park.",
            "900-square-kilometre",
            "347-square-mile",
            ("kilometer ** 2", "mile ** 2"),
        ),
        (
            "Work on the 1,200-km (746-mile) pipeline resumed on Monday.",
            "1,200-km",
            "746-mile",
            ("kilometer", "mile"),
        ),
        (
            "The lake shrank to 30 sq km (11.6 sq mi) during the drought.",
            "30 sq km",
            "11.6 sq mi",
            ("kilometer ** 2", "mile ** 2"),
        ),
        (
            "The fire burned 2,400 km² (927 mi²) of forest.",
            "2,400 km²",
            "927 mi²",
            ("kilometer ** 2", "mile ** 2"),
        ),
        (
            "The new campus takes up 5km2, or about 1.9 square miles.",
            "5km2",
            "1.9 square miles",
            ("kilometer ** 2", "mile ** 2"),
        ),
        (
            "The cooperative farms 500 mu (33 hectares) of rice paddies.",
            "500 mu",
            "33 hectares",
            ("mu", "hectare"),
        ),
        (
            "The estate spans 1,000 hectares (2,471 acres).",
            "1,000 hectares",
            "2,471 acres",
            ("hectare", "acre"),
        ),
        (
            "The summit stands at 8,849 metres (29,032 ft).",
            "8,849 metres",
            "29,032 ft",
            ("meter", "foot"),
        ),
        (
            "The panda cub now weighs 100 kg (220 pounds).",
            "100 kg",
            "220 pounds",
            ("kilogram", "pound"),
        ),
        (
            "Temperatures in Chongqing hit 40°C (104°F) on Tuesday.",
            "40°C",
            "104°F",
            ("degree_Celsius", "degree_Fahrenheit"),
        ),
        (
            "The planet has warmed 1.5 degrees Celsius (2.7 degrees Fahrenheit).",
            "1.5 degrees Celsius",
            "2.7 degrees Fahrenheit",
            ("degree_Celsius", "degree_Fahrenheit"),
        ),
        (
            "Typhoon Yagi brought gusts of 180 km/h (112 mph).",
            "180 km/h",
            "112 mph",
            ("kilometer / hour", "mile / hour"),
        ),
        (
            "Winds reached 200 kilometres per hour (125 miles per hour).",
            "200 kilometres per hour",
            "125 miles per hour",
            ("kilometer / hour", "mile / hour"),
        ),
        (
            "The field pumps 100,000 barrels a day (5.8 million cubic metres a year).",
            "100,000 barrels a day",
            "5.8 million cubic metres a year",
            ("oil_barrel / day", "meter ** 3 / year"),
        ),
        (
            "The 5km (3.1-mile) fun run starts at the Bund.",
            "5km",
            "3.1-mile",
            ("kilometer", "mile"),
        ),
        (
            "The 1,000-foot-tall (305-metre) tower opens next year.",
            "1,000-foot",
            "305-metre",
            ("foot", "meter"),
        ),
        (
            "The dam holds 40 million cubic metres (10.6 billion gallons) of water.",
            "40 million cubic metres",
            "10.6 billion gallons",
            ("meter ** 3", "gallon"),
        ),
    ],
)
def test_conversion_forms_are_read(
    text: str, source: str, target: str, units: tuple[str, str]
) -> None:
    (claim,) = conversions(text)
    assert (claim.source.text, claim.target.text) == (source, target)
    assert (claim.source.unit, claim.target.unit) == units
    assert claim.text == text[claim.start : claim.end]


def test_the_claim_span_runs_to_the_closing_bracket() -> None:
    text = "Officials unveiled a 900-square-kilometre (347-square-mile) national park."
    (claim,) = conversions(text)
    assert claim.text == "900-square-kilometre (347-square-mile)"


@pytest.mark.parametrize(
    ("text", "target_units"),
    [
        ("The 40-tonne (44-ton) trucks were banned.", ("ton", "metric_ton")),
        ("The tank holds 500 litres (132 gallons).", ("gallon", "imperial_gallon")),
        ("The mine produced 50 tonnes (1.6 million ounces) of gold.", ("ounce", "troy_ounce")),
    ],
)
def test_ambiguous_unit_names_keep_every_reading(text: str, target_units: tuple[str, ...]) -> None:
    (claim,) = conversions(text)
    assert claim.target_units == target_units


def test_a_hedge_widens_the_figure_it_precedes() -> None:
    (claim,) = conversions(
        "The reserve covers 10,000 square kilometres (about 3,900 square miles)."
    )
    assert claim.target.hedge == "approx"
    assert claim.target.low < 3_850 and claim.target.high > 3_950


@pytest.mark.parametrize(
    "text",
    [
        "Yao, at 2.29 metres (7-foot-6), towered over the defence.",
        "Yields reached 10 tonnes per hectare (4 tons per acre).",
        "The park has 900 hectares (300 hectares of it wetland).",
        "The route is 20 km long (including 3 miles of tunnels).",
        "The new dike is 5 km (3 km of it over water).",
        "The seedlings grew 5 cm (1 inch last year).",
    ],
)
def test_compounds_ratios_and_asides_are_not_conversions(text: str) -> None:
    assert conversions(text) == []
    assert findings(text) == []


def test_pounds_are_money_unless_paired_with_a_mass() -> None:
    kinds = [c.kind for c in claimcheck.extract("The ticket costs 20 pounds (23 euros).")]
    assert "unit-conversion" not in kinds
    claims = claimcheck.extract("The panda cub now weighs 100 kg (220 pounds).")
    assert [c.kind for c in claims] == ["unit-conversion"]


def test_money_in_millions_is_not_metres() -> None:
    assert conversions("Rents fell to £5 m (3 ft) of shelf space.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the 5km race", 5),
        ("a 10kg bag", 10),
        ("a 100MW plant", 100),
        ("a 2GWh battery", 2),
        ("limited to 60mph", 60),
        ("a 6ft wall", 6),
        ("a 300ha farm", 300),
        ("a 50m² flat", 50),
    ],
)
def test_figures_glued_to_unit_abbreviations_are_read(text: str, value: float) -> None:
    (figure,) = find_figures(text)
    assert figure.value == value


@pytest.mark.parametrize("text", ["a 5Mbps line", "a 5GHz chip", "5mg daily", "a 5G network"])
def test_figures_glued_to_other_letters_are_still_not_read(text: str) -> None:
    assert find_figures(text) == []


# --- Judging -----------------------------------------------------------------------------


def test_public_case_p07_flags_only_the_wrong_area() -> None:
    text = (
        "Pudong New Area covers 1,210 square kilometres (467 square miles).\n"
        "The new free-trade zone adds 150 square kilometres (93 square miles) along the coast.\n"
    )
    (finding,) = findings(text)
    assert (finding.rule, finding.name, finding.severity) == ("CC401", "unit-conversion", "error")
    assert text[finding.start : finding.end] == "150 square kilometres (93 square miles)"
    assert finding.suggestion == "57.9 square miles"


def test_a_linear_factor_applied_to_an_area_is_named() -> None:
    (finding,) = findings("The fire burned 2,400 square kilometres (1,490 square miles) of forest.")
    assert finding.message.startswith("2,400 square kilometres is 927 square miles, not 1,490")
    assert "factor for kilometres to miles, applied to an area" in finding.message
    assert finding.suggestion == "927 square miles"


def test_a_linear_factor_applied_to_a_volume_is_named() -> None:
    (finding,) = findings("The 5,000-cubic-metre (16,404-cubic-foot) tank leaked.")
    assert "factor for metres to feet, applied to a volume" in finding.message
    assert finding.suggestion == "176,573 cubic feet"


def test_a_wrong_unit_names_the_unit_that_fits() -> None:
    (finding,) = findings("The reclaimed wetland covers 80 square kilometres (31 acres).")
    assert "31 fits square miles" in finding.message
    assert finding.suggestion == "square miles"


def test_a_wrong_source_unit_names_the_unit_that_fits() -> None:
    (finding,) = findings("The 30-hectare (7,413-acre) forest park opens in May.")
    assert "7,413 fits 30 square kilometres" in finding.message
    assert "the source's unit looks wrong" in finding.message
    assert finding.suggestion == "square kilometres"


def test_a_figure_copied_across_unconverted_is_named() -> None:
    (finding,) = findings("The 300-hectare (300-acre) site was cleared for the port.")
    assert finding.message == "300 hectares is 741 acres, not 300: 300 is the figure not converted"
    assert finding.suggestion == "741 acres"


def test_a_power_of_ten_slip_is_named() -> None:
    (finding,) = findings("Farmers planted 2 million mu (1.33 million hectares) of cotton.")
    assert finding.message.endswith("off by a factor of 10")
    assert finding.suggestion == "133,333 hectares"


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Temperatures in Turpan hit 45°F (113°C) on Sunday.", "45 °C (113 °F)"),
        (
            "The reserve covers 150 square kilometres (388 square miles).",
            "150 square miles (388 square kilometres)",
        ),
    ],
)
def test_swapped_units_are_named(text: str, suggestion: str) -> None:
    (finding,) = findings(text)
    assert "the units look swapped" in finding.message
    assert finding.suggestion == suggestion


def test_a_plain_mismatch_suggests_the_correct_value() -> None:
    (finding,) = findings("Work on the 1,200-km (846-mile) pipeline resumed on Monday.")
    assert finding.message == "1,200 kilometres is 746 miles, not 846"
    assert finding.suggestion == "746 miles"
    assert finding.arithmetic is not None and "kilometres to miles: × 0.6214" in finding.arithmetic


@pytest.mark.parametrize(
    "text",
    [
        "Pudong New Area covers 1,210 square kilometres (467 square miles).",
        "Temperatures in Chongqing hit 40°C (104°F) on Tuesday.",
        "Temperatures in Harbin fell to -20°C (-4°F) overnight.",
        "The planet has warmed 1.5 degrees Celsius (2.7 degrees Fahrenheit).",
        "The reserve covers about 10,000 square kilometres (3,900 square miles).",
        "The 40-tonne (44-ton) trucks were banned; the 40-tonne (40-ton) ones too.",
        "The tank holds 500 litres (132 gallons); the other 500 litres (110 gallons).",
        "The mine produced 50 tonnes (1.6 million ounces) of gold.",
        "The cooperative farms 500 mu (33 hectares) of rice paddies.",
        "The field pumps 100,000 barrels a day (5.8 million cubic metres a year).",
        "The route runs more than 300 km (more than 186 miles) along the coast.",
        "The marathon covers 42.195 kilometres (26.2 miles).",
        "A 12-fl oz (355 ml) can costs more.",
    ],
)
def test_correct_conversions_are_clean(text: str) -> None:
    report = claimcheck.check(text)
    assert report.findings == []
    assert {v.verdict for c, v in report.judged() if c.kind == "unit-conversion"} == {"consistent"}


def test_a_temperature_is_not_read_as_a_difference_when_neither_fits() -> None:
    (finding,) = findings("Temperatures in Chongqing hit 40°C (140°F) on Tuesday.")
    assert finding.suggestion == "104 °F"


@pytest.mark.parametrize("tolerance", [0.0, 0.03, 0.1])
def test_no_tolerance_is_stacked_on_an_exact_unit_factor(tolerance: float) -> None:
    # 1,210 km² is 467 square miles; the tolerance for moving exchange rates hides nothing.
    text = "Pudong New Area covers 1,210 square kilometres (480 square miles)."
    assert [f.rule for f in findings(text, tolerance=tolerance)] == ["CC401"]
    (finding,) = findings("The wall is 8 feet (2.61 m) high.", tolerance=tolerance)
    assert finding.message.startswith("8 feet is 2.44 metres, not 2.61")
    assert findings("The wall is 8 feet (2.44 m) high.", tolerance=tolerance) == []


def test_mu_is_one_fifteenth_of_a_hectare() -> None:
    assert registry().Quantity(15, "mu").to("hectare").magnitude == pytest.approx(1)
    assert findings("The cooperative farms 500 mu (50 hectares) of rice paddies.")


def test_claims_built_by_hand_are_judged() -> None:
    wrong = UnitConversionClaim(
        source=Amount(value=150, low=149.5, high=150.5, unit="km**2"),
        target=Amount(value=93, low=92.5, high=93.5, unit="mi**2"),
    )
    assert wrong.source_units == ("km**2",)
    report = claimcheck.check_claims([wrong])
    assert [f.rule for f in report.findings] == ["CC401"]
    apples = UnitConversionClaim(
        source=Amount(value=150, unit="kilometer"), target=Amount(value=93, unit="kilogram")
    )
    unreadable = UnitConversionClaim(
        source=Amount(value=1, unit="furlongz"), target=Amount(value=2, unit="km")
    )
    report = claimcheck.check_claims([apples, unreadable])
    assert report.findings == []
    verdicts = [v for _, v in report.judged()]
    assert [v.verdict for v in verdicts] == ["unverifiable", "unverifiable"]
    assert verdicts[1].reason == "the unit “furlongz” is not one claimcheck can convert"


def test_judged_claims_round_trip_through_json() -> None:
    report = claimcheck.check("The 5km (3.1-mile) fun run starts at the Bund.")
    ((claim, judged),) = report.judged()
    again = TypeAdapter(Claim).validate_json(claim.model_dump_json())
    assert again == claim
    assert judged.verdict == "consistent"


def test_rule_docstring_examples_behave_as_documented() -> None:
    examples = UnitConversion.examples()
    for text in examples["Failing"]:
        assert [f.rule for f in findings(text)] == ["CC401"], text
    for text in examples["Passing"]:
        assert findings(text) == [], text


def _in(value: float, unit: str, target: str) -> float:
    return float(registry().Quantity(value, unit).to(target).magnitude)


@pytest.mark.parametrize(
    ("template", "larger", "smaller", "whole", "part", "target", "digits"),
    [
        ("Liberty stands {} m ({} ft {} in) from base to torch.", "foot", "inch", 151, 1,
         "meter", 2),
        ("He is {} metres tall ({} feet, {} inches).", "foot", "inch", 6, 2, "meter", 2),
        ("The baby weighed {} kg ({} lb {} oz) at birth.", "pound", "ounce", 8, 6,
         "kilogram", 1),
        ("She weighs {} kg, or {} stone {} pounds.", "stone", "pound", 11, 4, "kilogram", 1),
        ("The ramp is {} metres ({} miles {} yards) long.", "mile", "yard", 2, 300, "meter", 0),
    ],
)  # fmt: skip
def test_a_compound_quantity_is_one_measure_to_the_smaller_parts_rounding(
    template: str, larger: str, smaller: str, whole: int, part: int, target: str, digits: int
) -> None:
    """A compound ("151 ft 1 in" is 151.08 feet, give or take half an inch) is read as one
    figure: its metric equivalent must fit it, and a slip in either part is caught."""
    value = whole + _in(part, smaller, larger)
    metric = f"{_in(value, larger, target):,.{digits}f}"
    clean = template.format(metric, whole, part)
    (claim,) = conversions(clean)
    assert any(math.isclose(side.value, value) for side in (claim.source, claim.target))
    assert findings(clean) == []
    for slipped in (
        template.format(metric, whole + 2, part),
        template.format(metric, whole, part + 3),
    ):
        assert [f.rule for f in findings(slipped)] == ["CC401"], slipped


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("He ran 5 ft 9 in the final.", [5.0]),  # "in" before a word is a preposition
        ("The road is 3 km, 2 km of it uphill.", [3.0, 2.0]),  # no smaller unit
        ("The bag weighs 10 kg, 500 g of it sugar.", [10.0, 500.0]),  # not under one kg
        ("He is 6 ft 2 in tall.", [6.0]),  # "in" before a word again: left unread
        ('He is 6 ft 2" tall.', [6 + 2 / 12]),
    ],
)
def test_a_figure_after_a_measure_is_a_compound_only_as_a_smaller_part(
    text: str, values: list[float]
) -> None:
    measures = find_measures(text, find_figures(text), [])
    assert [m.amount.value for m in measures] == pytest.approx(values)


def test_the_unit_registry_is_built_only_to_judge_a_unit_conversion() -> None:
    code = (
        "import claimcheck\n"
        "from claimcheck.model.units import registry\n"
        "claimcheck.check('The 12 districts have 5 km of cycle lanes and 300 hectares of parks.')\n"
        "print(registry.cache_info().currsize)\n"
        "claimcheck.check('The 5km (3.1-mile) fun run starts at the Bund.')\n"
        "print(registry.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "1"]


# --- Properties --------------------------------------------------------------------------

# Spellings a writer uses for each unit: plural forms, then the singular form of a
# hyphenated compound ("a 900-square-kilometre park").
SPELLINGS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "kilometer ** 2": (
        ("square kilometres", "sq km", "km²", "square kilometers", "km2"),
        ("square-kilometre", "square-kilometer", "sq-km"),
    ),
    "mile ** 2": (("square miles", "sq mi", "sq. miles", "mi²"), ("square-mile",)),
    "meter ** 2": (("square metres", "sq m", "m²", "square meters"), ("square-metre",)),
    "foot ** 2": (("square feet", "sq ft"), ("square-foot",)),
    "hectare": (("hectares", "ha"), ("hectare",)),
    "acre": (("acres",), ("acre",)),
    "mu": (("mu",), ("mu",)),
    "kilometer": (("kilometres", "km", "kilometers"), ("kilometre", "km")),
    "meter": (("metres", "m", "meters"), ("metre", "meter")),
    "mile": (("miles", "mi"), ("mile",)),
    "foot": (("feet", "ft"), ("foot",)),
    "kilogram": (("kilograms", "kg", "kilos"), ("kilogram", "kg")),
    "pound": (("pounds", "lb", "lbs"), ("pound",)),
    "metric_ton": (("tonnes", "metric tons"), ("tonne",)),
    "ounce": (("ounces", "oz"), ("ounce",)),
    "liter": (("litres", "liters", "L"), ("litre",)),
    "meter ** 3": (("cubic metres", "m³", "cu m"), ("cubic-metre",)),
    "foot ** 3": (("cubic feet", "cu ft"), ("cubic-foot",)),
    "gallon": (("gallons",), ("gallon",)),
    "oil_barrel": (("barrels",), ("barrel",)),
    "kilometer / hour": (("km/h", "kilometres per hour", "kph"), ("km/h",)),
    "mile / hour": (("mph", "miles per hour"), ("mph",)),
}
DIMENSIONS = (
    ("kilometer ** 2", "mile ** 2", "meter ** 2", "foot ** 2", "hectare", "acre", "mu"),
    ("kilometer", "meter", "mile", "foot"),
    ("kilogram", "pound", "metric_ton", "ounce"),
    ("liter", "meter ** 3", "foot ** 3", "gallon", "oil_barrel"),
    ("kilometer / hour", "mile / hour"),
)
# The readings of a unit name, where it has more than one.
READINGS = {"gallon": ("gallon", "imperial_gallon"), "ounce": ("ounce", "troy_ounce")}


def convert(value: float, source: str, target: str) -> float:
    return float(registry().Quantity(value, source).to(target).magnitude)


def rounded(value: float, digits: int) -> str:
    """A value rounded to significant figures as a writer prints it: '1,210', '0.39'."""
    decimals = digits - 1 - math.floor(math.log10(abs(value)))
    if decimals > 0:
        return f"{value:,.{decimals}f}"
    return f"{round(value, decimals):,.0f}"


def written(draw: st.DrawFn, unit: str, hyphenated: bool) -> str:
    plural, singular = SPELLINGS[unit]
    return draw(st.sampled_from(singular if hyphenated else plural))


def sentence(
    draw: st.DrawFn, left: str, source: str, right: str, label: str
) -> tuple[str, int, int]:
    """A news sentence stating "left source (right label)" in a random form, and the pair's span."""
    form = draw(st.sampled_from(["brackets", "about", "or", "or about", "hyphenated"]))
    hyphenated = form == "hyphenated"
    a, b = written(draw, source, hyphenated), written(draw, label, hyphenated)
    if hyphenated:
        prefix, pair = "Officials approved a ", f"{left}-{a} ({right}-{b})"
    else:
        gap, close = {
            "brackets": (" (", ")"),
            "about": (" (about ", ")"),
            "or": (", or ", ""),
            "or about": (", or about ", ""),
        }[form]
        prefix, pair = "The project covers ", f"{left} {a}{gap}{right} {b}{close}"
    return f"{prefix}{pair}, officials said.", len(prefix), len(prefix) + len(pair)


@st.composite
def stated(draw: st.DrawFn, units: tuple[str, ...]) -> tuple[str, float, str, str]:
    """A source unit, a value as a writer rounds it (as text and as read), a target unit."""
    source, target = draw(st.permutations(units))[:2]
    left = rounded(draw(st.floats(0.5, 50_000)), draw(st.integers(2, 4)))
    return source, float(left.replace(",", "")), left, target


def overlaps(finding: claimcheck.Finding, start: int, end: int) -> bool:
    return finding.start < end and start < finding.end


@settings(max_examples=300, deadline=None)
@given(st.data(), st.sampled_from(DIMENSIONS))
def test_conversions_rounded_as_writers_do_are_clean(
    data: st.DataObject, units: tuple[str, ...]
) -> None:
    source, value, left, target = data.draw(stated(units))
    correct = convert(value, source, target)
    assume(correct >= 0.01)
    right = rounded(correct, data.draw(st.integers(2, 4)))
    text, _, _ = sentence(data.draw, left, source, right, target)
    report = claimcheck.check(text)
    assert report.findings == [], (text, [f.message for f in report.findings])
    assert [c.kind for c in report.claims] == ["unit-conversion"], text


@settings(max_examples=100, deadline=None)
@given(st.floats(-30, 45), st.integers(2, 3), st.integers(2, 3), st.booleans())
def test_temperatures_rounded_as_writers_do_are_clean(
    celsius: float, digits: int, other: int, fahrenheit_first: bool
) -> None:
    units = ["degree_Celsius", "degree_Fahrenheit"]
    signs = ["°C", "°F"]
    if fahrenheit_first:
        units.reverse()
        signs.reverse()
        celsius = convert(celsius, "degree_Celsius", "degree_Fahrenheit")
    assume(abs(celsius) >= 0.5)
    left = rounded(celsius, digits)
    correct = convert(float(left), units[0], units[1])
    assume(abs(correct) >= 0.5)
    text = f"Temperatures in Harbin reached {left}{signs[0]} ({rounded(correct, other)}{signs[1]})."
    assert findings(text) == [], text


# Pairs of a square (or cube) of one length and of another, with the length factor.
POWERS = (
    ("kilometer ** 2", "mile ** 2"),
    ("meter ** 2", "foot ** 2"),
    ("mile ** 2", "kilometer ** 2"),
    ("foot ** 2", "meter ** 2"),
    ("meter ** 3", "foot ** 3"),
    ("foot ** 3", "meter ** 3"),
)


@settings(max_examples=200, deadline=None)
@given(st.data(), st.sampled_from(POWERS))
def test_a_length_factor_applied_to_an_area_or_volume_is_caught(
    data: st.DataObject, pair: tuple[str, str]
) -> None:
    source, value, left, target = data.draw(stated(pair))
    lengths = [unit.partition(" ** ")[0] for unit in (source, target)]
    power = int(source[-1])
    used = data.draw(st.integers(1, power - 1))
    slipped = value * convert(1, *lengths) ** used
    right = rounded(slipped, data.draw(st.integers(2, 4)))
    text, start, end = sentence(data.draw, left, source, right, target)
    found = [f for f in findings(text) if f.rule == "CC401" and overlaps(f, start, end)]
    assert len(found) == 1, text
    assert "applied to a" in found[0].message, (text, found[0].message)


@settings(max_examples=300, deadline=None)
@given(st.data(), st.sampled_from([units for units in DIMENSIONS if len(units) > 2]))
def test_a_wrong_unit_name_is_caught(data: st.DataObject, units: tuple[str, ...]) -> None:
    source, value, left, target = data.draw(stated(units))
    label = data.draw(st.sampled_from([u for u in units if u not in (source, target)]))
    off = [convert(1, target, reading) for reading in READINGS.get(label, (label,))]
    assume(all(abs(math.log(factor)) > math.log(1.25) for factor in off))
    correct = convert(value, source, target)
    assume(correct >= 0.01)
    right = rounded(correct, data.draw(st.integers(2, 4)))
    text, start, end = sentence(data.draw, left, source, right, label)
    found = [f for f in findings(text) if f.rule == "CC401" and overlaps(f, start, end)]
    assert len(found) == 1, text


@pytest.mark.parametrize(
    ("clean", "slipped", "correct"),
    [
        (
            "The reserve spans 2,430 hectares (6,005 acres), or 24.3 km2, of wetland.",
            "The reserve spans 2,430 hectares (6,005 acres), or 243 km2, of wetland.",
            "24.3 square kilometres",
        ),
        (
            "The bell weighs 13,000 kg (28,660 pounds), or about 13 tonnes.",
            "The bell weighs 13,000 kg (28,660 pounds), or about 31 tonnes.",
            "13.0 tonnes",
        ),
        (
            "The tunnel runs 9.6 miles (15.4 km), or 50,700 feet, under the bay.",
            "The tunnel runs 9.6 miles (15.4 km), or 57,000 feet, under the bay.",
            "50,688 feet",
        ),
    ],
)
def test_a_quantity_restated_a_second_time_after_its_bracket_is_read(
    clean: str, slipped: str, correct: str
) -> None:
    """ "A (B), or C": C restates A as B does, and a slip in C is caught at C."""
    assert findings(clean) == []
    assert len(conversions(clean)) == 2  # A (B), and A restated as C
    (finding,) = findings(slipped)
    assert finding.rule == "CC401"
    assert correct in finding.message


@pytest.mark.parametrize(
    ("clean", "slipped", "suggestion"),
    [
        (
            "The reservoir stores 1,500,000 acre-feet (1.85 km3) of water.",
            "The reservoir stores 1,500,000 acre-feet (18.5 km3) of water.",
            "1.85 cubic kilometres",
        ),
        (
            "Each year the canal delivers 2.5 cubic kilometres (2,027,000 acre feet) to farms.",
            "Each year the canal delivers 2.5 cubic kilometres (2,027,000 cubic feet) to farms.",
            "acre-feet",
        ),
    ],
)
def test_acre_feet_are_read_as_a_volume(clean: str, slipped: str, suggestion: str) -> None:
    assert findings(clean) == []
    (finding,) = findings(slipped)
    assert finding.rule == "CC401"
    assert finding.suggestion == suggestion


OPEN_HEDGES = ["more than", "at least", "over", "less than", "up to", "under"]


@settings(max_examples=200, deadline=None)
@given(st.data(), st.sampled_from([units for units in DIMENSIONS if len(units) > 2]))
def test_an_open_hedge_bounds_the_quantity_not_the_conversion(
    data: st.DataObject, units: tuple[str, ...]
) -> None:
    """ "more than 50 hectares (120 acres)" restates 50 hectares: the hedge leaves the pair
    clean when it fits and hides no wrong unit when it does not."""
    source, value, left, target = data.draw(stated(units))
    correct = convert(value, source, target)
    assume(correct >= 0.01)
    right = rounded(correct, data.draw(st.integers(2, 4)))
    hedge = data.draw(st.sampled_from(OPEN_HEDGES))
    text, start, end = sentence(data.draw, f"{hedge} {left}", source, right, target)
    assert findings(text) == [], text
    label = data.draw(st.sampled_from([u for u in units if u not in (source, target)]))
    off = [convert(1, target, reading) for reading in READINGS.get(label, (label,))]
    assume(all(abs(math.log(factor)) > math.log(1.25) for factor in off))
    text, start, end = sentence(data.draw, f"{hedge} {left}", source, right, label)
    found = [f for f in findings(text) if f.rule == "CC401" and overlaps(f, start, end)]
    assert len(found) == 1, text


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Blazes destroyed more than 60 hectares (148 hectares) of pine forest.", "acres"),
        ("The lake covers at least 2,500 acres (1,012 acres) in a wet spring.", "hectares"),
        ("The new runway is over 3 miles (4.8 miles) long.", "kilometres"),
        ("Trucks may carry up to 40 tonnes (88,000 kilograms) on the bridge.", "pounds"),
    ],
)
def test_a_mislabelled_unit_after_an_open_hedge_names_the_unit_that_fits(
    text: str, suggestion: str
) -> None:
    (finding,) = findings(text)
    assert finding.rule == "CC401"
    assert finding.suggestion == suggestion


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        # "of" after a noun that is no change: a reading, not a difference
        (
            "The month's average temperature of 16.95 degrees Celsius (62.51 degrees Fahrenheit)"
            " beat the record.",
            [],
        ),
        (
            "The month's average temperature of 16.95 degrees Celsius (30.51 degrees Fahrenheit)"
            " beat the record.",
            ["CC401"],
        ),
        # "of" after a change word: a difference
        ("Scientists expect a rise of 2 degrees Celsius (3.6 degrees Fahrenheit) by 2050.", []),
        ("Warming of 1.5 degrees Celsius (2.7 degrees Fahrenheit) is the limit.", []),
        ("Warming of 1.5 degrees Celsius (34.7 degrees Fahrenheit) is the limit.", ["CC401"]),
    ],
)
def test_a_temperature_of_is_a_reading_and_a_rise_of_is_a_difference(
    text: str, rules: list[str]
) -> None:
    assert [f.rule for f in claimcheck.check(text).findings] == rules


# --- Densities ----------------------------------------------------------------------------

DENSITY_FORMS = [
    "The town's population density was {a} per square mile ({b} per square kilometre).",
    "Its density is {a} people per sq mi ({b} per km²), the census found.",
    "At {a} inhabitants per square mile ({b} per square kilometre), it is the densest county.",
]


@settings(max_examples=60, deadline=None)
@given(
    density=st.floats(5, 50_000),
    form=st.sampled_from(DENSITY_FORMS),
    slip=st.sampled_from([None, 1.1, 0.9, 2.59]),
)
def test_a_density_restated_per_another_area_is_checked(
    density: float, form: str, slip: float | None
) -> None:
    """A figure per square mile against its figure per square kilometre: right to its
    rounding is clean; a wrong digit, or the figure left per square mile, is a slip."""
    per_mile = round(density, 1)
    per_km = _in(per_mile, "1 / mile ** 2", "1 / kilometer ** 2") * (slip or 1)
    text = form.format(a=f"{per_mile:,.1f}", b=f"{per_km:,.1f}")
    (claim,) = conversions(text)
    assert claim.source_units == ("1 / mile ** 2",)
    assert [f.rule for f in findings(text)] == (["CC401"] if slip else [])


def test_a_density_restated_in_the_same_unit_names_the_unit_that_fits() -> None:
    (finding,) = findings("The density was 1,778.3 per square mile (686.6 per square mile).")
    assert finding.suggestion == "per square kilometre"


@pytest.mark.parametrize(
    "text",
    [
        "Yields reached 10 tonnes per hectare (4.5 tons per acre).",  # a unit over an area
        "The town has 4,908 people (1,778 per square mile).",  # a count, then a density
        "Density rose to 400 per km2 (from 350 per km2 in 2010).",  # a change, not a restatement
    ],
)
def test_only_a_bracketed_density_restates_a_density(text: str) -> None:
    assert conversions(text) == []


def test_a_pint_cache_left_by_a_deleted_environment_does_not_break_a_check(tmp_path):
    """Another environment's pint, since deleted, left its parsed definitions in the cache."""
    import pint

    other_pint = tmp_path / "other-env" / "pint"
    other_pint.mkdir(parents=True)
    for name in ("default_en.txt", "constants_en.txt"):
        (other_pint / name).write_bytes((Path(pint.__file__).parent / name).read_bytes())
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    fill_pint_cache = "import pint, sys; pint.UnitRegistry(sys.argv[1], cache_folder=':auto:')"
    subprocess.run(
        [sys.executable, "-c", fill_pint_cache, str(other_pint / "default_en.txt")],
        env=environment,
        check=True,
    )
    shutil.rmtree(tmp_path / "other-env")
    check = (
        "import claimcheck;"
        "print(len(claimcheck.check('The park covers 40 km² (100 square miles).').findings))"
    )
    run = subprocess.run(
        [sys.executable, "-c", check], env=environment, capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "1"
