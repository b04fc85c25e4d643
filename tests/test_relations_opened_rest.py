"""A total opening its sentence ("Of the 3,200 jobs to be cut, ...") and its parts listed
after it, closed by the rest ("..., with the remaining 500 spread across other markets"):
the rest makes the list complete, so the parts must add up to the total."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readings import assert_caught, rules


@pytest.mark.parametrize(
    ("clean", "slipped"),
    [
        (
            "Of the 3,200 jobs to be cut, 1,900 will go in Germany and 800 in France, with the "
            "remaining 500 spread across other markets.",
            "Of the 3,200 jobs to be cut, 1,900 will go in Germany and 800 in France, with the "
            "remaining 700 spread across other markets.",
        ),
        (
            # short of the total: an open list may be, a list closed by its rest may not
            "Of the $3.2 billion to be saved, $1.9 billion will come from Germany and $0.8 "
            "billion from France, with the remaining $0.5 billion from other markets.",
            "Of the $3.2 billion to be saved, $1.9 billion will come from Germany and $0.8 "
            "billion from France, with the remaining $0.3 billion from other markets.",
        ),
    ],
)
def test_parts_closed_by_the_rest_must_add_up(clean: str, slipped: str) -> None:
    assert_caught(clean, slipped, "CC303")


def test_without_a_rest_the_list_may_fall_short() -> None:
    text = (
        "Of the $3.2 billion to be saved, $1.9 billion will come from Germany and $0.8 "
        "billion from France."
    )
    assert not rules(text)


@settings(max_examples=50)
@given(
    first=st.integers(100, 900),
    second=st.integers(100, 900),
    rest=st.integers(100, 900),
    slip=st.sampled_from([0, 0, -200, 200]),
)
def test_a_finding_exactly_when_the_listed_parts_miss_the_total(
    first: int, second: int, rest: int, slip: int
) -> None:
    """Whole counts, written exactly: any slip of the rest breaks the sum."""
    total = first + second + rest
    text = (
        f"Of the {total:,} homes to be built, {first:,} will go up in the north and {second:,} "
        f"in the south, with the remaining {rest + slip:,} in the capital."
    )
    assert ("CC303" in rules(text)) == bool(slip), text
