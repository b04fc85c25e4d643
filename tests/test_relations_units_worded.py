"""Unit conversions and restatements stated in words rather than brackets: a measure said
again after a verb ("4 million acres is roughly 6,250 square miles"), a density restated
per another area after ", or", a measure restated in its own unit after ", or" (a
mislabelled unit), and an Indian figure regrouped at another scale ("₹4,37,821 crore, or
₹4.37 lakh crore")."""

from __future__ import annotations

import pytest

import claimcheck


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


@pytest.mark.parametrize(
    ("text", "find", "replace", "claim"),
    [
        # "X is (hedge) Y"
        (
            "Four million acres is roughly 6,250 square miles, larger than two small states.",
            "6,250 square miles",
            "6,250 square kilometres",
            "Four million acres is roughly 6,250 square kilometres",
        ),
        (
            "The weight limit of 80 kg is about 176 lb.",
            "176 lb",
            "17.6 lb",
            "80 kg is about 17.6 lb",
        ),
        # "X comes to / works out at Y"
        (
            "The pool's 2.5 million litres comes to roughly 660,000 gallons.",
            "660,000",
            "66,000",
            "2.5 million litres comes to roughly 66,000 gallons",
        ),
        (
            "The reservoir's 900 hectares works out at about 2,224 acres, officials said.",
            "acres",
            "square miles",
            "900 hectares works out at about 2,224 square miles",
        ),
        # a clause that only sizes the subject, then the verb
        (
            "The forest, which spans 2,000 hectares, is about 4,940 acres.",
            "4,940",
            "494",
            "2,000 hectares, is about 494 acres",
        ),
        # a second restatement after the first in words
        (
            "The glacier, which covers 120 square kilometres, is about 46 square miles, or"
            " 29,650 acres.",
            "29,650 acres",
            "2,965 acres",
            "120 square kilometres, is about 46 square miles, or 2,965 acres",
        ),
        # a temperature, and a temperature difference the words name
        ("Saturday's high of 35°C was 95°F.", "95°F", "59°F", "35°C was 59°F"),
        (
            "A rise of 1.5°C is about 2.7°F, scientists said.",
            "2.7°F",
            "34.7°F",
            "1.5°C is about 34.7°F",
        ),
        # a density restated per another area in words
        (
            "The district packs 12,400 people per square mile, or 4,788 per square kilometre.",
            "4,788",
            "478",
            "12,400 people per square mile, or 478 per square kilometre",
        ),
        # a measure restated in its own unit after ", or": the unit is mislabelled
        (
            "The district packs 12,400 people per square mile, or 4,788 per square kilometre.",
            "4,788 per square kilometre",
            "4,788 per square mile",
            "12,400 people per square mile, or 4,788 per square mile",
        ),
        (
            "The burn scar covers about 1,200 square miles, or almost 3,100 square kilometres,"
            " officials said.",
            "3,100 square kilometres",
            "3,100 square miles",
            "1,200 square miles, or almost 3,100 square miles",
        ),
    ],
)
def test_a_measure_stated_again_in_words_is_checked(
    text: str, find: str, replace: str, claim: str
) -> None:
    assert flagged(text) == []
    assert flagged(text.replace(find, replace)) == [("CC401", claim)]


@pytest.mark.parametrize(
    ("text", "find", "replace", "claim"),
    [
        (
            "Cost overruns came to ₹4,37,821 crore, or ₹4.37 lakh crore, the ministry said.",
            "₹4.37 lakh crore",
            "₹43.7 lakh crore",
            "₹4,37,821 crore, or ₹43.7 lakh crore",
        ),
        (
            "The state will spend Rs 2,40,000 crore, that is Rs 2.4 lakh crore, on roads.",
            "Rs 2.4 lakh crore",
            "Rs 24 lakh crore",
            "Rs 2,40,000 crore, that is Rs 24 lakh crore",
        ),
    ],
)
def test_an_indian_figure_regrouped_at_another_scale_is_checked(
    text: str, find: str, replace: str, claim: str
) -> None:
    assert flagged(text) == []
    assert flagged(text.replace(find, replace)) == [("CC305", claim)]


def test_a_temperature_anomaly_is_a_difference() -> None:
    text = "Ocean temperatures ran at an anomaly of 0.95°C (1.71°F) for the month."
    assert flagged(text) == []
    assert flagged(text.replace("1.71°F", "17.1°F")) == [("CC401", "0.95°C (17.1°F)")]


def test_a_larger_scale_cut_short_agrees() -> None:
    """Indian copy cuts the larger scale short as often as it rounds it."""
    text = "Overruns now exceed ₹4,37,821 crore, or ₹4.37 lakh crore."
    judged = [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "restated-figure"]
    assert judged == ["consistent"]
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a share per member, not the sum again
        "The scheme costs ₹50 crore, or ₹5 lakh a village.",
        # two different quantities: a comparison, a distance from a place, what a measure is of
        "Its 5,000 hectares is 1,200 acres more than last year's.",
        "The 10 km loop is 6.2 miles long.",
        "The 10 km race is 60 miles from the capital.",
        "The first 5 km was 30 miles of climbing.",
        "The park, which grew by 20 square miles, is 30,000 acres.",
        "The park, which grew 20 square miles, is 30,000 acres.",
        "Four million acres burned, larger than Rhode Island (1,544 square miles).",
        # one unit twice, as alternatives
        "The detour adds 5 miles, or 8 miles with the bridge closed.",
        # a temperature compared, not restated
        "Saturday's high of 35°C was 9°F above normal.",
    ],
)
def test_other_quantities_and_clean_copy_give_no_finding(text: str) -> None:
    assert flagged(text) == []
