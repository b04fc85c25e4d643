"""A measure restated in another unit, ninth set: a rate per time restated in brackets as
the quantity it counts ("55 billion cubic metres a year (1.9 trillion cubic feet)"), and a
temperature in degrees with no scale beside one in a scale ("45 degrees (113F)"), read in
the other scale; never degrees alone ("turned 180 degrees")."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from readings import assert_caught, rules


def kinds(text: str) -> list[str]:
    return [claim.kind for claim in claimcheck.check(text).claims]


@pytest.mark.parametrize(
    ("clean", "find", "slip"),
    [
        (
            "The pipeline carries 55 billion cubic metres a year (1.9 trillion cubic feet).",
            "1.9",
            "2.9",
        ),
        ("The plant will make 2 million tonnes a year (2.2 million short tons).", "2.2", "3.2"),
        ("The field pumps 1.2 million barrels a day (190,000 cubic metres).", "190,000", "290,000"),
    ],
)
def test_a_rate_restated_as_the_quantity_it_counts(clean: str, find: str, slip: str) -> None:
    assert_caught(clean, clean.replace(find, slip), "CC401")


@pytest.mark.parametrize(
    ("clean", "find", "slip"),
    [
        ("Temperatures hit 45 degrees (113F) in Seville on Monday.", "113F", "123F"),
        ("Temperatures hit 113 degrees (45C) in Phoenix on Monday.", "45C", "55C"),
        ("It reached 45°C (113 degrees) in Phoenix.", "113 degrees", "131 degrees"),
        ("The thermometer showed 104°, or 40°C, at noon.", "104°", "140°"),
    ],
)
def test_degrees_with_no_scale_beside_a_temperature_in_a_scale(
    clean: str, find: str, slip: str
) -> None:
    assert_caught(clean, clean.replace(find, slip), "CC401")


@pytest.mark.parametrize(
    "text",
    [
        "The ship turned 180 degrees (about 3.14 radians) off the coast.",
        "The tanker turned 90 degrees, and it was 40C on deck.",
        "The road climbs at 12 degrees (a 21% grade).",
    ],
)
def test_degrees_with_no_temperature_beside_them_are_no_temperature(text: str) -> None:
    assert "unit-conversion" not in kinds(text)
    assert rules(text) == []


@settings(max_examples=40, deadline=None)
@given(celsius=st.integers(min_value=-30, max_value=55), off=st.sampled_from([0, 0, 9, -12]))
def test_unscaled_degrees_are_judged_in_the_other_scale(celsius: int, off: int) -> None:
    """Whatever the temperature, "N degrees (M F)" is a finding exactly when M is not N
    degrees Celsius in Fahrenheit, to the rounding of the figures written."""
    fahrenheit = round(celsius * 9 / 5 + 32) + off
    text = f"Temperatures hit {celsius} degrees ({fahrenheit}F) in the city on Monday."
    assert rules(text) == ([] if off == 0 else ["CC401"])
