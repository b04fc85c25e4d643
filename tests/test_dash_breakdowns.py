"""A total broken down after a dash, as after a colon: "two grants totalling $47.3 million
— $28.9 million from the foundation and $18.4 million from the state"."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import assert_caught, flagged


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        (
            "The museum's extension will cost £61.7 million — £38.2 million from the lottery"
            " fund and £23.5 million from the council — the trustees said.",
            "£23.5 million",
            "£32.5 million",
        ),
        (
            "The clinic saw 4,381 patients last year – 2,917 adults and 1,464 children.",
            "1,464",
            "1,646",
        ),
        (
            "Unpaid fines reached R1.84bn—R1.27bn in Gauteng and R0.57bn in the Western Cape.",
            "R1.84bn",
            "R1.48bn",
        ),
    ],
)
def test_parts_after_a_dash_are_checked(text: str, find: str, replace: str) -> None:
    assert_caught(text, text.replace(find, replace, 1), "CC303")


@pytest.mark.parametrize(
    "text",
    [
        # what follows the dash compares the figure, it does not split it
        "Revenue rose to $5.2 billion — $0.3 billion more than expected and $0.5 billion"
        " above last year.",
        # a range, not a breakdown
        "The bill will cost $4.1–4.6 billion, with $1.2 billion and $0.9 billion in the first"
        " two years.",
    ],
)
def test_a_dash_before_figures_that_are_no_parts(text: str) -> None:
    assert flagged(text) == []


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(min_value=101, max_value=9_999),
    second=st.integers(min_value=101, max_value=9_999),
    off=st.integers(min_value=11, max_value=90),
)
def test_a_dashed_list_adds_up(first: int, second: int, off: int) -> None:
    """The right total is never flagged; one off by more than rounding always is."""
    assume(first % 10 and second % 10 and (first + second) % 10 and (first + second + off) % 10)

    def text(total: int) -> str:
        return (
            f"The charity handed out {total:,} food parcels — {first:,} in the city and"
            f" {second:,} in the villages — over the winter."
        )

    assert flagged(text(first + second)) == []
    assert [rule for rule, _ in flagged(text(first + second + off))] == ["CC303"]
