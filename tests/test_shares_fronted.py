"""A share set before the noun that points back to its part and whole in the sentence
before: "Single-family homes made up 947,000 of the 1,420,000 units started. At 66.7 per
cent, that share was the highest since 2019"."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import flagged, unrounded

POINTERS = ("that share", "this proportion", "the share", "the rate")


@settings(max_examples=40, deadline=None)
@given(
    whole=unrounded(1001, 9999),
    tenths=st.integers(101, 899),
    pointer=st.sampled_from(POINTERS),
    slip=st.integers(5, 9),
)
def test_a_fronted_share_of_the_pair_before_is_checked(
    whole: int, tenths: int, pointer: str, slip: int
) -> None:
    part = round(whole * tenths / 1000)
    assume(round(part / whole * 1000) == tenths)  # the share is right to its tenth
    before = f"Single-family homes made up {part:,} of the {whole:,} housing units started."
    clean = f"{before} At {tenths / 10:.1f} per cent, {pointer} was the highest since 2019."
    assert flagged(clean) == []
    slipped = clean.replace(f"At {tenths / 10:.1f}", f"At {(tenths + slip * 10) / 10:.1f}")
    assert [rule for rule, _ in flagged(slipped)] == ["CC201"]


def test_a_fronted_share_with_no_pointer_after_it_relates_nothing() -> None:
    text = (
        "Single-family homes made up 947,000 of the 1,420,000 housing units started. At 76.7"
        " per cent, mortgage rates were the main worry."
    )
    assert flagged(text) == []
