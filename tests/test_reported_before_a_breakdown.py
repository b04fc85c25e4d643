"""An attribution between a total and the cue that breaks it down puts the total no
farther from its parts: "zł1.21 trillion on deposit with banks at the end of 2023,
Narodowy Bank Polski data show, of which zł694 billion ... and zł516 billion ..."."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import flagged, unrounded

ATTRIBUTIONS = (
    "Narodowy Bank Polski data show",
    "the central bank said in its monthly report",
    "according to figures published on Friday",
)


@settings(max_examples=40, deadline=None)
@given(
    parts=st.lists(unrounded(101, 899), min_size=2, max_size=2),
    attribution=st.sampled_from(ATTRIBUTIONS),
    slip=st.integers(1, 9),
)
def test_a_breakdown_after_an_attribution_is_checked(
    parts: list[int], attribution: str, slip: int
) -> None:
    a, b = parts
    text = (
        "Households had €{} billion on deposit with banks at the end of 2023, {}, of which"
        " €{} billion sat in current and savings accounts and €{} billion in term deposits."
    )
    assert flagged(text.format(a + b, attribution, a, b)) == []
    wrong = a + b - slip * 10
    wrong -= 0 if wrong % 10 else 1  # a figure ending in 0 may be rounded
    assert flagged(text.format(wrong, attribution, a, b)) == [("CC303", f"€{wrong} billion")]
