"""A measure restated in another unit, and a figure restated at another scale, as copy
relates them beyond a fixed form: words about what the measure measures, a date or a place
before its restatement ("300 hectares on the south bank - some 741 acres -"), a colon or a
semicolon, the next sentence ("That is about ..."), "the size of"; one unit written with
an article ("a mile (1.6 km)"); barrels a day as the oil trade abbreviates them; the
international acre; a part of a scale word in full digits ("0.4 million (400,000)"), a
number at two scale words ("400 billion dollars, or 0.4 trillion"), a respelling after a
verb ("1.2 crore comes to 12 million") or after a hedge alone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def flagged(text: str) -> list[str]:
    """Each finding's rule."""
    return [f.rule for f in claimcheck.check(text).findings]


def verdicts(text: str, *kinds: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind in kinds]


def slipped(text: str, find: str, replace: str) -> str:
    assert text.count(find) == 1
    return text.replace(find, replace)


UNIT_CASES = [
    ("The vineyard covers 300 hectares on the south bank - some 741 acres - in all.", "741", "471"),
    ("The estate lost 2,000 hectares of woodland in 2019: roughly 4,942 acres.", "4,942", "9,442"),
    ("The lagoon spreads over 65 square kilometres; that is nearly 25 square miles.", "25", "52"),
    ("The dam holds 3 billion cubic metres. That is about 2.4 million acre-feet.", "2.4", "4.2"),
    ("It takes in 2,590 square kilometres, about the size of 1,000 square miles.", "1,0", "1,6"),
    ("The causeway runs for a mile (1.6 km) across the bay.", "1.6 km", "6.1 km"),
    ("The ice front has pulled back 1.5 kilometres, or nearly a mile, since 2001.", "1.5", "5.1"),
    ("A storm left 30 cm of snow on the pass overnight, about a foot.", "30 cm", "80 cm"),
    ("The refinery runs 250,000 bpd (39,750 cubic metres a day) of crude.", "39,750", "93,750"),
]


@pytest.mark.parametrize(("text", "find", "replace"), UNIT_CASES)
def test_a_measure_restated_past_words_a_date_or_a_sentence_end_is_checked(
    text: str, find: str, replace: str
) -> None:
    assert verdicts(text, "unit-conversion") == ["consistent"]
    assert flagged(text) == []
    assert "CC401" in flagged(slipped(text, find, replace))


def test_the_international_acre_is_a_reading_of_acres() -> None:
    # 987,654 international acres are 399,689.4 hectares; US survey acres, 399,691.0
    text = "Fires blackened 987,654 acres (399,689 hectares) across the state that summer."
    assert verdicts(text, "unit-conversion") == ["consistent"]
    assert flagged(text) == []


RESTATEMENT_CASES = [
    ("The scheme reached 0.4 million (400,000) homes.", "400,000", "500,000"),
    ("Imports were 400 billion dollars, or 0.4 trillion dollars.", "0.4 tr", "0.5 tr"),
    ("Its electorate of 1.2 crore comes to 12 million.", "12 million", "21 million"),
    ("Roads get Rs 3,25,000 crore, roughly Rs 3.25 lakh crore.", "3.25 lakh", "2.35 lakh"),
]


@pytest.mark.parametrize(("text", "find", "replace"), RESTATEMENT_CASES)
def test_a_figure_restated_at_another_scale_is_checked(text: str, find: str, replace: str) -> None:
    assert verdicts(text, "restated-figure", "restatement") == ["consistent"]
    assert flagged(text) == []
    assert flagged(slipped(text, find, replace)) != []


@pytest.mark.parametrize(
    "text",
    [
        "Wheat covered 5,000 hectares last year, roughly 3,000 acres more than in 2019.",
        "The farm covers 500 hectares in the north, about 1,200 acres in the south.",
        "Each farm has 50 hectares, while the largest has some 400 acres.",
        "The park is 200 square miles. That is about 100 square kilometres larger than the next.",
        "The river runs 500 km through the region; some 200 miles of it are navigable.",
        "They own 300 acres of wheat, or 200 hectares of barley.",
        "The lake shrank from 500 hectares to 1,000 acres.",
        "The path runs half a mile (800 metres) to the shore.",
        "A plot of 40 hectares, an acre per family, was handed to 99 households.",
    ],
)
def test_a_second_measure_that_is_another_quantity_is_no_conversion(text: str) -> None:
    assert verdicts(text, "unit-conversion") == []
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The fund pays ₹50 crore, or ₹5 lakh a village, to 1,000 villages.",
        "About 3 million (2,000 of them children) were displaced.",
        "The group reported 1.2 million customers (950,000) a year earlier.",
        "It had 300 billion dollars in assets, or 1.3 trillion dollars with its partners.",
    ],
)
def test_a_second_figure_that_is_another_quantity_is_no_restatement(text: str) -> None:
    assert flagged(text) == []


_WHERE = ("on the coast", "in 2021", "near the border", "of dry scrub", "in the north-east")
_JOIN = (
    " - about {b} square miles - then died down.",
    ", roughly {b} square miles, then died down.",
    ": some {b} square miles.",
)


@settings(max_examples=40, deadline=None)
@given(
    km2=st.integers(min_value=120, max_value=90_000),
    where=st.sampled_from(_WHERE),
    join=st.sampled_from(_JOIN),
    off=st.sampled_from((1.0, 1.6)),
)
def test_generated_area_restatements_past_words(
    km2: int, where: str, join: str, off: float
) -> None:
    miles = round(km2 / 2.589988 * off)
    text = f"The fire burned {km2:,} square kilometres {where}{join.format(b=f'{miles:,}')}"
    got = flagged(text)
    if off == 1.0:
        assert got == []
        assert verdicts(text, "unit-conversion") == ["consistent"]
    else:
        assert "CC401" in got
