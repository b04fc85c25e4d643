"""A change sized in percent and restated after "or" in its new value's unit ("climbed
8.3% to $24.1 billion, or $1.85 billion more than a year earlier") is checked both ways:
the restated size gives the old value, which the percentage must fit."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readings import assert_caught, rules


def test_a_restated_size_that_does_not_fit_the_percentage_is_found() -> None:
    clean = "Exports climbed 8.3% to $24.1 billion, or $1.85 billion more than a year earlier."
    slipped = "Exports climbed 8.3% to $24.1 billion, or $2.85 billion more than a year earlier."
    assert_caught(clean, slipped, "CC301")


@pytest.mark.parametrize(
    "text",
    [
        # compared with an expectation, not the earlier value
        "Exports climbed 8.3% to $24.1 billion, or $2.85 billion more than analysts had expected.",
        # a share, not a size
        "Exports climbed 8.3% to $24.1 billion, or 41% of output.",
    ],
)
def test_no_size_is_read_from_another_comparison(text: str) -> None:
    assert not rules(text)


@settings(max_examples=60)
@given(
    old=st.integers(100, 999),
    rise=st.integers(20, 200),
    slip=st.booleans(),
)
def test_a_finding_exactly_when_the_restated_size_is_not_the_change(
    old: int, rise: int, slip: bool
) -> None:
    """An old value in tenths of a billion and a rise in tenths of a percent: the new
    value, the percentage and the size written as copy rounds them; a slipped size is
    doubled, far outside any rounding."""
    before = old / 10
    after = before * (1 + rise / 1000)
    size = (after - before) * (2 if slip else 1)
    text = (
        f"Sales rose {rise / 10:.1f}% to ${after:.1f} billion, or ${size:.2f} billion more "
        "than a year earlier."
    )
    assert ("CC301" in rules(text)) == slip, text
