"""Differences stated between the two values they compare ("A, D more than B"), as real
copy words them: a reporting clause or a participle between the first value and the
difference, times in their units, more comparatives; and the difference's sign, which its
comparative states as surely as its size."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import claimcheck
from readings import flagged

COMPARED = [
    (  # a reporting clause between the first value and the difference
        "The city collected £5.763 billion in fares in 2023-24, according to its annual"
        " report, £214 million short of the £5.977 billion it had budgeted.",
        "£214 million",
        "£241 million",
    ),
    (
        "The shipyard delivered 73 vessels in 2025, the company said on Friday, 29 more than"
        " its rival, whose 44 deliveries were held back by a strike.",
        "29 more",
        "31 more",
    ),
    (  # a participle opening the difference
        "The service hired 1,873 nurses last year, falling 318 short of its target of 2,191,"
        " according to figures released to the assembly.",
        "318 short",
        "381 short",
    ),
    (  # times in their units, compared "longer than"
        "Patients waited an average of 96 days for surgery in the spring, the board said, 23"
        " days longer than those in the north, where the average was 73 days.",
        "23 days",
        "32 days",
    ),
    (  # "ahead of" a rival's value
        "The insurer wrote R2.417 billion of new business in the year, R388 million ahead of"
        " the R2.029 billion written by its closest rival.",
        "R388 million",
        "R338 million",
    ),
]


@pytest.mark.parametrize(("text", "find", "replace"), COMPARED)
def test_a_difference_between_its_values_is_checked(text: str, find: str, replace: str) -> None:
    assert flagged(text) == []
    slipped = text.replace(find, replace, 1)
    assert any(rule == "CC304" and span in replace for rule, span in flagged(slipped))


def test_a_small_count_is_no_first_value_of_a_difference_in_millions() -> None:
    text = (
        "Some 281.6 million people in 59 countries faced hunger in 2023, according to the"
        " report, 24.1 million more than the 257.5 million of a year earlier."
    )
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Sales were 342,000 units in the quarter, 24,000 more than the 366,000 of 2023.",
            "342,000 is less than 366,000, not more than it",
        ),
        (
            "The port handled 41.12 million boxes, 10.38 million behind the 30.74 million of"
            " its nearest rival.",
            "41.12 million is more than 30.74 million, not behind it",
        ),
    ],
)
def test_a_difference_placed_the_wrong_way_is_reported(text: str, message: str) -> None:
    (finding,) = claimcheck.check(text).findings
    assert finding.rule == "CC304"
    assert message in finding.message


@settings(max_examples=50, deadline=None)
@given(
    first=st.integers(min_value=1_001, max_value=98_999),
    second=st.integers(min_value=1_001, max_value=98_999),
    pair=st.sampled_from([("more than", "fewer than"), ("higher than", "lower than")]),
)
def test_the_comparative_states_the_sign_of_the_difference(
    first: int, second: int, pair: tuple[str, str]
) -> None:
    """The word that places the first value right is never flagged; the other always is."""
    # figures written to the unit: "20,000" may be rounded to the thousand
    assume(first != second and all(figure % 10 for figure in (first, second, first - second)))
    above, below = pair
    right, wrong = (above, below) if first > second else (below, above)

    def text(word: str) -> str:
        return (
            f"The county recorded {first:,} births last year, {abs(first - second):,} {word}"
            f" the {second:,} of the year before."
        )

    assert flagged(text(right)) == []
    assert [rule for rule, _ in flagged(text(wrong))] == ["CC304"]


def test_that_points_back_to_the_count_of_what_the_compared_value_counts() -> None:
    """Beside a count of other things, "That" points to the count whose noun the value
    compared with shares: 677 seats, not 10 councils."""
    text = (
        "The party won control of 14 councils and took 683 seats. That was 294 more than"
        " the Liberal Democrats, who finished second with 389 seats."
    )
    assert flagged(text) == []
    assert [rule for rule, _ in flagged(text.replace("294", "394"))] == ["CC304"]


def test_that_points_back_to_no_count_when_nouns_leave_it_unsaid() -> None:
    """677 seats is the value before "That", but 9 councils counts other things."""
    text = (
        "The party won 12 councils and 677 seats. That was 3 more than the Greens, who won"
        " 9 councils."
    )
    assert flagged(text) == []
