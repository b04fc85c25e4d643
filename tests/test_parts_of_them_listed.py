"""A part pointing back to the total of the sentence before ("512 of them"), named before
it, and the other parts listed after it, each named: "Police recorded 1,893 road deaths.
Pedestrians made up 512 of them, cyclists 208, motorcyclists 263 and drivers 910". The
list may leave parts out: parts that fall short pass, parts that exceed are reported."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.model.claims import TotalClaim
from readings import flagged


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "Insurers paid out 4,716 claims after the floods. Homeowners filed 2,904 of them,"
            " landlords 1,126 and small firms 686.",
            3,
        ),
        (
            "The airport handled 62.4 million passengers in 2024. International travellers"
            " made up 41.7 million of those and domestic travellers 20.7 million.",
            2,
        ),
    ],
)
def test_parts_listed_after_a_part_of_them_are_read(text: str, parts: int) -> None:
    totals = [c for c in claimcheck.check(text).claims if isinstance(c, TotalClaim)]
    assert [len(t.parts) for t in totals] == [parts]
    assert flagged(text) == []


def test_parts_that_exceed_the_total_are_reported() -> None:
    text = (
        "Insurers paid out 4,176 claims after the floods. Homeowners filed 2,904 of them,"
        " landlords 1,126 and small firms 686."
    )
    assert [rule for rule, _ in flagged(text)] == ["CC303"]


@settings(max_examples=40, deadline=None)
@given(
    parts=st.lists(st.integers(min_value=101, max_value=9_999), min_size=3, max_size=3),
    over=st.integers(min_value=11, max_value=500),
)
def test_a_total_below_its_parts_is_reported(parts: list[int], over: int) -> None:
    """The sum of the parts as the total is never flagged; a total below it always is."""
    total = sum(parts)
    assume(all(p % 10 for p in parts) and total % 10 and (total - over) % 10)

    def text(stated: int) -> str:
        a, b, c = parts
        return (
            f"The clinic saw {stated:,} patients in May. Adults made up {a:,} of them,"
            f" children {b:,} and visitors {c:,}."
        )

    assert flagged(text(total)) == []
    assert [rule for rule, _ in flagged(text(total - over))] == ["CC303"]
