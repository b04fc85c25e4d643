"""A gap a sentence opens with ("The difference, NZ$16.45, ..."), read as the difference of
the two values of the sentence before, whichever is the larger; and the sentences it must
not read so."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import flagged

GAPS = [
    (
        "A trolley of 38 groceries cost €187.46 at the dearest chain in Cork and €169.83 at"
        " the cheapest, in Limerick. The difference, €17.63, was the smallest in two years.",
        "€17.63",
        "€16.73",
    ),
    (
        "Some 2,318,000 households formed last year, while builders finished 1,947,000"
        " homes, the group said. The shortfall of 371,000 adds to years of underbuilding.",
        "371,000",
        "317,000",
    ),
    (
        "Ridership reached 48.61 million trips in the spring quarter and 44.95 million in the"
        " winter one. The gap was 3.66 million trips, the authority said.",
        "3.66 million",
        "3.96 million",
    ),
    # what the gap is between, and an adverb, before its verb
    (
        "Median pay reached £38,412 in the private sector and £35,179 in the public sector."
        " The gap between the two therefore stood at £3,233, the ONS said.",
        "£3,233",
        "£3,323",
    ),
    # a gap in points between two percentages
    (
        "The pass rate was 71.8% at state schools and 88.3% at private ones. The gap of 16.5"
        " percentage points was the widest on record.",
        "16.5 percentage points",
        "15.6 percentage points",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace"), GAPS)
def test_a_gap_opening_a_sentence_is_the_difference_of_the_two_before(
    text: str, find: str, replace: str
) -> None:
    assert flagged(text) == []
    slipped = text.replace(find, replace, 1)
    assert ("CC304", replace) in flagged(slipped)


@pytest.mark.parametrize(
    "text",
    [
        # three values before: which two the gap is between is unsaid
        "The mill sold 4,812 tonnes in May, 3,907 in June and 4,115 in July. The difference"
        " of 905 tonnes was put down to the harvest.",
        # a part counted of its whole is no side
        "The council approved 640 of the 1,871 applications it received. The gap of 512 was"
        " blamed on staffing.",
        # percentages: the gap may be in points or in percent
        "Turnout was 61.4% in the city and 54.9% in the suburbs. The difference of 7.5 was"
        " the widest on record.",
        # a gap not opening its sentence: no pointer back
        "Ticket sales reached 48,613 in the spring and 44,957 in the winter. Organisers"
        " blamed a shortfall of 2,104 on the weather.",
    ],
)
def test_no_gap_is_read_where_its_sides_are_unsaid(text: str) -> None:
    assert flagged(text) == []


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(min_value=10_001, max_value=989_999),
    second=st.integers(min_value=10_001, max_value=989_999),
    off=st.integers(min_value=2, max_value=40),
    noun=st.sampled_from(["The difference,", "The gap of", "The shortfall of"]),
)
def test_the_gap_is_checked_whichever_side_is_larger(
    first: int, second: int, off: int, noun: str
) -> None:
    gap = abs(first - second)
    # figures written to the unit: "20,000" may be rounded to the thousand
    assume(gap and all(figure % 10 for figure in (first, second, gap, gap + off * 100)))

    def text(stated: int) -> str:
        comma = "," if noun.endswith(",") else ""
        return (
            f"The region counted {first:,} visitors in 2024 and its rival {second:,}."
            f" {noun} {stated:,}{comma} was widely reported."
        )

    assert flagged(text(gap)) == []
    assert [rule for rule, _ in flagged(text(gap + off * 100))] == ["CC304"]
