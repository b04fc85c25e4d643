"""A sentence opening with "the" and a change's noun, its size and its earlier value ("The
15.7% decline from 2022's £6,612 million reflected ..."), names the move of the sentence
before: its new value is that move's."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import assert_caught, change_pairs, flagged


def test_the_change_noun_takes_the_new_value_of_the_move_before() -> None:
    text = (
        "Fish landings fell by 1,183 tonnes to 6,427 tonnes in 2024, the harbour board said."
        " The 15.5% decline from 2023's 7,610 tonnes was blamed on storms."
    )
    assert change_pairs(text) == [("7,610 tonnes", "6,427 tonnes")]
    assert_caught(
        text,
        text.replace("The 15.5% decline", "The 18.5% decline"),
        "CC301",
    )


def test_a_move_the_other_way_gives_no_new_value() -> None:
    text = (
        "Fish landings rose to 6,427 tonnes in 2024, the harbour board said. The 24.7%"
        " decline from 2019's 8,537 tonnes has not been made up."
    )
    assert change_pairs(text) == []
    assert flagged(text) == []


def test_a_move_with_its_own_earlier_value_gives_no_new_value() -> None:
    text = (
        "Fish landings fell to 6,427 tonnes in 2024 from 6,913 tonnes, the board said. The"
        " 24.7% decline from 2019's 8,537 tonnes has not been made up."
    )
    assert ("8,537 tonnes", "6,427 tonnes") not in change_pairs(text)
    assert flagged(text) == []


@settings(max_examples=40, deadline=None)
@given(
    old=st.integers(min_value=2_001, max_value=90_000),
    drop=st.integers(min_value=21, max_value=600),
    off=st.integers(min_value=10, max_value=80),
)
def test_the_named_decline_is_judged_against_both_values(old: int, drop: int, off: int) -> None:
    """The right size is never flagged; one off by a point or more always is."""
    new = old * (1000 - drop) // 1000
    right = round(100 * (old - new) / old, 1)
    wrong = round(right + off / 10, 1)
    assume(old % 10 and new % 10 and right * 10 % 10 and wrong * 10 % 10)

    def text(size: float) -> str:
        return (
            f"Sales fell to {new:,} units in 2024, the trade body said. The {size:.1f}%"
            f" decline from {old:,} units was the steepest in a decade."
        )

    assert flagged(text(right)) == []
    assert [rule for rule, _ in flagged(text(wrong))] == ["CC301"]


def test_a_pointer_as_the_subject_of_a_move_takes_the_value_before() -> None:
    """ "That figure increased from 5.3 million": the new value is the sentence before's."""
    text = (
        "Passenger numbers at the port totalled 2.47 million in 2024, the authority said."
        " That figure fell from 2.81 million a year earlier, it said."
    )
    assert change_pairs(text) == [("2.81 million", "2.47 million")]
    assert_caught(text, text.replace("That figure fell", "That figure increased"), "CC302")
