"""A balance's sides written after it with its scale word but no currency ("the trade gap
came to 94 billion dollars, with exports of 210 billion against imports of 304 billion")
are read in the balance's currency."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import assert_caught, rules


def test_bare_sides_after_a_balance_are_checked() -> None:
    clean = (
        "From January to October the trade gap came to 94 billion dollars, with exports of "
        "210 billion against imports of 304 billion."
    )
    assert_caught(clean, clean.replace("304 billion", "324 billion"), "CC304")


@pytest.mark.parametrize(
    "text",
    [
        # another unit named after the figure
        "The trade surplus reached $5.1 billion in May, with exports of 3.2 billion tonnes.",
        # another scale: a count of people, not an amount of the balance's currency
        "The deficit was 3 billion euros, as imports from 40 million consumers outpaced "
        "exports of 2 billion euros.",
        # moves of the sides, not the sides
        "The surplus stood at 12 billion yuan, while exports rose 5 billion and imports fell "
        "2 billion.",
    ],
)
def test_no_side_is_read_from_another_figure(text: str) -> None:
    assert not rules(text)


@settings(max_examples=50)
@given(
    exports=st.integers(100, 900),
    imports=st.integers(100, 900),
    slip=st.sampled_from([0, 0, 20]),
)
def test_a_finding_exactly_when_the_gap_is_not_the_sides_difference(
    exports: int, imports: int, slip: int
) -> None:
    """Whole billions, written exactly: any slip of the gap is found."""
    assume(exports != imports)
    word = "surplus" if exports > imports else "deficit"
    gap = abs(exports - imports) + slip
    text = (
        f"The trade {word} came to {gap} billion dollars, with exports of {exports} billion "
        f"against imports of {imports} billion."
    )
    assert ("CC304" in rules(text)) == bool(slip), text
