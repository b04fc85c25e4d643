"""An amount split by two words that make it whole ("urban" and "rural", "full-time" and
"part-time") adds up to the amount before the split in its sentence: "Retail sales came to
19,521.0 billion yuan, with urban shoppers spending 16,692.4 billion yuan and rural ones
2,828.6 billion yuan". Never an average, and never an amount of the sentence before, which
may be any part ("June alone contributed ...")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import assert_caught, rules


def test_an_amount_split_into_urban_and_rural_adds_up() -> None:
    clean = (
        "Retail sales came to 19,521.0 billion yuan in the first half, with urban shoppers "
        "spending 16,692.4 billion yuan and rural ones 2,828.6 billion yuan."
    )
    assert_caught(clean, clean.replace("2,828.6", "2,128.6"), "CC303")


def test_an_amount_of_the_sentence_before_is_no_whole_of_the_split() -> None:
    text = (
        "Retail sales came to 19,521.0 billion yuan in the first half. June alone "
        "contributed 3,387.8 billion yuan. Urban shoppers spent 16,692.4 billion yuan over "
        "the six months and rural ones 2,828.6 billion yuan."
    )
    assert rules(text) == []


def test_averages_split_by_the_two_words_are_no_parts() -> None:
    """A per capita figure named anywhere in the whole's sentence makes the split two
    averages, which add up to nothing."""
    text = (
        "Per capita disposable income was 18,311 yuan in 2013, with urban residents' income "
        "at 26,955 yuan and rural households' at 8,896 yuan."
    )
    assert rules(text) == []


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(min_value=1_000, max_value=90_000),
    second=st.integers(min_value=1_000, max_value=90_000),
    off=st.sampled_from([0, 0, 1_000, -1_000, 25_000]),
    pair=st.sampled_from([("urban", "rural"), ("full-time", "part-time")]),
)
def test_a_split_amount_is_judged_against_its_whole(
    first: int, second: int, off: int, pair: tuple[str, str]
) -> None:
    """Whatever the figures, the split is a finding exactly when its parts miss the whole
    by more than the rounding of the figures written (a tenth each)."""
    whole = first + second + off
    text = (
        f"Wages came to ${whole / 10:,.1f} million last year, with {pair[0]} staff earning "
        f"${first / 10:,.1f} million and {pair[1]} staff ${second / 10:,.1f} million."
    )
    assert rules(text) == ([] if off == 0 else ["CC303"])
