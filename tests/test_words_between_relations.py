"""Words that real copy sets between a relation's figures and its cue no longer hide it:
two words naming a balance after its article ("a so-called kimchi premium of"), a place
closing a listed part's name ("and parks in the south for"), an attribution between a
value and the multiple that compares it ("..., the ministry said, more than three times
the ..."), and a long name with its place for the value a difference is compared with,
tied to its figure by a relative clause ("more than the Vicente Pérez Rosales park in the
Los Lagos region, which logged 185,200")."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import assert_caught, flagged, unrounded

MODIFIERS = ("so-called kimchi", "record monthly", "seasonally adjusted")
NOUNS = ("premium", "gap", "difference")


@settings(max_examples=30, deadline=None)
@given(
    low=unrounded(1001, 4999),
    gap=unrounded(101, 899),
    slip=st.integers(1, 9),
    modifier=st.sampled_from(MODIFIERS),
    noun=st.sampled_from(NOUNS),
)
def test_two_words_may_name_a_balance_before_its_figure(
    low: int, gap: int, slip: int, modifier: str, noun: str
) -> None:
    assume((low + gap) % 10)  # a figure ending in 0 may be rounded
    text = "Bitcoin traded at ${:,} in Seoul against ${:,} in New York, a {} {} of ${:,}."
    wrong = gap + slip * 10
    assert_caught(
        text.format(low + gap, low, modifier, noun, gap),
        text.format(low + gap, low, modifier, noun, wrong),
        "CC304",
    )


PLACES = ("in the south", "in Wales", "across the north", "outside London")


@settings(max_examples=30, deadline=None)
@given(
    parts=st.lists(unrounded(31, 99), min_size=2, max_size=2),
    place=st.sampled_from(PLACES),
    slip=st.integers(1, 5),
)
def test_a_place_may_close_a_listed_parts_name(parts: list[int], place: str, slip: int) -> None:
    first, second = parts
    text = (
        "The health ministry spent €{:.1f} million last year. Hospitals in the capital accounted"
        " for €{:.1f} million and hospitals {} for €{:.1f} million."
    )
    total = first + second
    wrong = total - slip * 10  # parts that exceed their total: a list may leave parts out
    wrong -= 0 if wrong % 10 else 1  # a figure ending in 0 may be rounded
    assert flagged(text.format(total / 10, first / 10, place, second / 10)) == []
    assert flagged(text.format(wrong / 10, first / 10, place, second / 10)) == [
        ("CC303", f"€{wrong / 10:.1f} million")
    ]


def test_a_time_in_a_listed_name_is_no_place() -> None:
    # "spending in the first quarter" names a period, not a part of the year's spending
    text = (
        "The ministry spent €41.3 million in 2024. Hospitals accounted for €23.2 million and"
        " spending in the first quarter for €19.4 million."
    )
    assert flagged(text) == []


SOURCES = ("the ministry said", "Bloomberg data show", "according to the agency")


@settings(max_examples=30, deadline=None)
@given(
    earlier=unrounded(101, 499),
    source=st.sampled_from(SOURCES),
    times=st.sampled_from((("twice", 2), ("three times", 3), ("four times", 4))),
)
def test_an_attribution_may_stand_between_a_value_and_its_multiple(
    earlier: int, source: str, times: tuple[str, int]
) -> None:
    word, factor = times
    text = (
        "Deals reached ${:.1f} billion in the quarter, {}, more than {} the ${:.1f} billion"
        " of 2019."
    )
    later = earlier * factor + 11
    later -= 0 if later % 10 else 1
    wrong = {"twice": "four times", "three times": "six times", "four times": "eight times"}[word]
    assert_caught(
        text.format(later / 10, source, word, earlier / 10),
        text.format(later / 10, source, wrong, earlier / 10),
        "CC301",
    )


NAMES = (
    "the Vicente Pérez Rosales park in the Los Lagos region",
    "Yosemite in California",
    "the Lake District National Park in the north",
)
TIES = ("which logged", "which registered", "which saw")


@settings(max_examples=30, deadline=None)
@given(
    smaller=unrounded(101_001, 199_999),
    gap=unrounded(10_001, 99_999),
    slip=st.integers(1, 9),
    name=st.sampled_from(NAMES),
    tie=st.sampled_from(TIES),
)
def test_the_value_compared_with_may_be_named_at_length_in_a_relative_clause(
    smaller: int, gap: int, slip: int, name: str, tie: str
) -> None:
    assume((smaller + gap) % 10)  # a figure ending in 0 may be rounded
    text = "Torres del Paine drew {:,} visitors last season, {:,} more than {}, {} {:,}."
    wrong = gap + slip * 1000
    assert_caught(
        text.format(smaller + gap, gap, name, tie, smaller),
        text.format(smaller + gap, wrong, name, tie, smaller),
        "CC304",
    )
