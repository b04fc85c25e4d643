"""Unit conversions and restatements as wire copy writes them: temperatures with a bare
scale letter ("40C (104F)", "95 F (35 C)"), a sign in words ("minus 10C"), unit spellings
("ac", "short tons", "US gallons"), a noun restating a measure ("an area of about ...") and
link words restating an amount in another currency ("which translates to roughly ...")."""

from __future__ import annotations

import pytest

import claimcheck


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def verdicts(text: str, kind: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == kind]


def slipped(text: str, find: str, replace: str) -> str:
    assert text.count(find) == 1
    return text.replace(find, replace)


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        ("Temperatures reached 40C (104F) in Seville on Tuesday.", "104F", "114F"),
        ("The mercury hit 104F, or 40C, in Phoenix, a record for June.", "40C", "46C"),
        ("Overnight lows of -5C (23F) are forecast for the Highlands.", "23F", "32F"),
        ("The boy was admitted with a fever of 38.5C (101.3F) on Sunday.", "101.3F", "103.1F"),
        ("Forecasters expect highs near 95 F (35 C) across Texas by Friday.", "35 C", "53 C"),
        ("Water boils at 212F (100°C) at sea level, the guide says.", "100°C", "110°C"),
        ("It was minus 10C (14F) in Moscow at dawn.", "14F", "41F"),
        ("Yakutsk recorded minus 40C (minus 40F) overnight.", "minus 40F", "minus 4F"),
    ],
)
def test_a_temperature_with_a_bare_scale_letter_is_checked_against_its_conversion(
    text: str, find: str, replace: str
) -> None:
    assert verdicts(text, "unit-conversion") == ["consistent"]
    assert flagged(text) == []
    found = flagged(slipped(text, find, replace))
    assert [rule for rule, _ in found] == ["CC401"]
    assert replace in found[0][1]


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        ("The sea has warmed 1.5C (2.7F) since 1900, the agency said.", "2.7F", "3.7F"),
        (
            "Land temperatures were about 2.1 F (1.2 C) above the 20th-century average.",
            "1.2 C",
            "2.2 C",
        ),
    ],
)
def test_a_temperature_difference_with_a_bare_letter_converts_as_a_difference(
    text: str, find: str, replace: str
) -> None:
    assert verdicts(text, "unit-conversion") == ["consistent"]
    assert [rule for rule, _ in flagged(slipped(text, find, replace))] == ["CC401"]


def test_a_sign_in_words_makes_a_temperature_negative() -> None:
    text = "It was minus 10°C (14°F) in Moscow, and minus 18 degrees C (0 degrees F) in Omsk."
    assert verdicts(text, "unit-conversion") == ["consistent", "consistent"]
    assert flagged(text) == []


def test_a_bare_letter_alone_or_glued_to_a_label_is_no_temperature() -> None:
    text = (
        "Pupils in Grade 4C and class 4C/5F, the 5G network, seat 12F, a 4K screen, vitamin"
        " C and a lone 40C on the sign aside, temperatures reached 40C (104F) on Tuesday."
        " Hotel room 4C (floor 5F) stayed free, and he bought 5 C batteries (2 F cells)."
        " He scored 12 in (the final)."
    )
    claims = [c.text for c, _ in claimcheck.check(text).judged() if c.kind == "unit-conversion"]
    assert claims == ["40C (104F)"]
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        ("The fire burned 40,000 ha (98,800 ac) of forest.", "98,800 ac", "89,800 ac"),
        (
            "The reserve spans 40,000 hectares, an area of about 98,800 acres.",
            "98,800 acres",
            "89,800 acres",
        ),
        (
            "The ship carried 20,000 tonnes (22,046 short tons) of grain.",
            "22,046 short",
            "24,046 short",
        ),
        (
            "The tanker spilled 50,000 liters, roughly 13,200 US gallons, of water.",
            "13,200 US",
            "31,200 US",
        ),
        (
            "The pool holds 500,000 litres (110,000 imperial gallons) of water.",
            "110,000 imperial",
            "132,000 imperial",
        ),
        ("The storm dumped 30 cm (12 in) of snow on Denver.", "12 in", "21 in"),
        (
            "The trail runs 12 miles, a distance of nearly 20 km, along the coast.",
            "20 km",
            "30 km",
        ),
    ],
)
def test_a_measure_restated_in_another_spelling_is_checked(
    text: str, find: str, replace: str
) -> None:
    assert verdicts(text, "unit-conversion") == ["consistent"]
    assert [rule for rule, _ in flagged(slipped(text, find, replace))] == ["CC401"]


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        (
            "The deal is worth 13 billion yuan, which translates to roughly $1.84 billion.",
            "$1.84 billion",
            "$18.4 billion",
        ),
        (
            "Sales reached 2.4 trillion won, converting to roughly $1.84 billion, last year.",
            "$1.84 billion",
            "$18.4 billion",
        ),
    ],
)
def test_an_amount_restated_after_a_conversion_verb_is_checked(
    text: str, find: str, replace: str
) -> None:
    assert verdicts(text, "conversion") == ["consistent"]
    assert flagged(slipped(text, find, replace)) != []


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        ("The asteroid was 10 to 20 feet (three to six meters) across.", "six", "nine"),
        ("The asteroid was 10 to 20 feet (three to six meters) across.", "three", "five"),
        (
            "Wildfires burn 4 million to 5 million acres (1.6 million to 2 million hectares)"
            " in a typical year.",
            "1.6 million",
            "2.6 million",
        ),
        ("Waves of 6-9 m (20-30 ft) battered the coast.", "20-30", "20-40"),
        ("Shelters lie 10-15 km (6-9 miles) away.", "6-9", "6-12"),
        (
            "Most lakes there cover between 40 and 90 square miles (104 and 233 square km).",
            "233 square",
            "323 square",
        ),
    ],
)
def test_a_range_of_measures_restated_as_a_range_converts_end_by_end(
    text: str, find: str, replace: str
) -> None:
    assert verdicts(text, "unit-conversion") == ["consistent", "consistent"]
    assert flagged(text) == []
    assert [rule for rule, _ in flagged(slipped(text, find, replace))] == ["CC401"]
