"""A gap named before its figure and "over" the value below: "a majority of 437 over the
Conservatives on 13,771", "a gap of 13,845 over the 9,374 of the division below"."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import assert_caught, flagged


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        (
            "The Greens' candidate polled 18,306 votes, a majority of 2,417 over Labour's"
            " 15,889, the returning officer said.",
            "2,417",
            "2,471",
        ),
        (
            "Premium rents in the district reached €46.80 per square metre, a premium of"
            " €9.35 over the €37.45 charged across the river.",
            "€9.35",
            "€3.95",
        ),
    ],
)
def test_a_gap_over_the_value_below_is_checked(text: str, find: str, replace: str) -> None:
    assert_caught(text, text.replace(find, replace, 1), "CC304")


def test_a_gap_over_a_larger_value_is_reported() -> None:
    text = "The mayor won 13,771 votes, a majority of 437 over her rival's 14,208."
    assert [rule for rule, _ in flagged(text)] == ["CC304"]


@pytest.mark.parametrize(
    "text",
    [
        # no gap named: "over" is a span of time, and the size is a change's
        "Sales rose to 4,213 homes, a gain of 309 over the 3,904 sold a year earlier.",
        "The fund raised 4,126 pounds over the weekend, up from 3,980.",
    ],
)
def test_over_without_a_gap_is_no_difference(text: str) -> None:
    assert flagged(text) == []


@settings(max_examples=40, deadline=None)
@given(
    winner=st.integers(min_value=5_001, max_value=40_000),
    lead=st.integers(min_value=11, max_value=4_000),
    off=st.integers(min_value=9, max_value=900),
)
def test_a_majority_over_the_runner_up(winner: int, lead: int, off: int) -> None:
    """The right majority is never flagged; one off by more than rounding always is."""
    second = winner - lead
    assume(winner % 10 and second % 10 and lead % 10 and (lead + off) % 10)

    def text(majority: int) -> str:
        return (
            f"She took {winner:,} votes, a majority of {majority:,} over the Liberal"
            f" Democrats on {second:,}."
        )

    assert flagged(text(lead)) == []
    assert [rule for rule, _ in flagged(text(lead + off))] == ["CC304"]
