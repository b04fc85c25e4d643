"""An aside saying what a side counts, set off by commas as a relative clause is ("while
Spain[, including the Canaries,] recorded 61,372"), is read past: its "including" opens no
part."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import flagged, unrounded

ASIDES = (
    ", including the Canaries,",
    ", excluding overseas territories,",
    ", counting its islands,",
    ", which reports monthly,",
)


@settings(max_examples=40, deadline=None)
@given(
    low=unrounded(20_001, 60_000),
    gap=unrounded(1_001, 9_999),
    aside=st.sampled_from(ASIDES),
    slip=st.integers(1, 9),
)
def test_a_gap_after_a_side_with_a_counting_aside_is_checked(
    low: int, gap: int, aside: str, slip: int
) -> None:
    assume((low + gap) % 10)  # a side ending in 0 may be rounded, which widens the gap
    text = "Italy recorded {:,} sea arrivals in 2024, while Spain{} recorded {:,} — a gap of {:,}."
    assert flagged(text.format(low + gap, aside, low, gap)) == []
    wrong = gap + slip * 1000 if slip % 2 else gap - slip * 100
    assert flagged(text.format(low + gap, aside, low, wrong)) == [("CC304", f"{wrong:,}")]


def test_a_part_introduced_by_including_is_still_no_side_of_a_gap() -> None:
    text = (
        "Revenue came to Rp3,005.1 trillion, including taxes of Rp2,490.9 trillion, leaving a"
        " deficit of Rp507.8 trillion."
    )
    assert flagged(text) == []
