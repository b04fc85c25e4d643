"""A population "estimated at" or "put at" its count ("With Wales's population estimated
at 3.13 million, ..."), and a count "each of" opens after its owner ("each of the
country's 52.4 million citizens owes"), read as per-capita figures."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import assert_caught, flagged


@pytest.mark.parametrize("link", ["estimated at", "put at", "projected at"])
def test_a_population_estimated_at_its_count_is_read(link: str) -> None:
    assert_caught(
        f"With Wales's population {link} 3.13 million, the £11.7bn schools budget comes to"
        " about £3,740 a head.",
        f"With Wales's population {link} 3.13 million, the £11.7bn schools budget comes to"
        " about £4,370 a head.",
        "CC306",
    )


@settings(max_examples=40, deadline=None)
@given(
    people=st.integers(min_value=1_001, max_value=9_999),
    each=st.integers(min_value=1_001, max_value=99_999),
    off=st.integers(min_value=11, max_value=40),
)
def test_each_of_an_owned_count_is_judged_against_the_total(
    people: int, each: int, off: int
) -> None:
    """The total over the count is never flagged; a figure each off by a tenth is."""
    total = people * each
    assume(people % 10 and each % 10 and total % 10)
    wrong = each * (100 + off) // 100
    assume(wrong % 10)

    def text(per: int) -> str:
        return (
            f"The fund paid out ${total:,} last year, meaning each of the town's {people:,}"
            f" residents received ${per:,}."
        )

    assert flagged(text(each)) == []
    assert [rule for rule, _ in flagged(text(wrong))] == ["CC306"]
