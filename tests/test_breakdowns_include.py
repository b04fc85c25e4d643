"""A plural verb may open a breakdown as its singular does ("The cuts, totalling 3,400
positions, include 1,900 in Germany, ..."): the list may leave parts out, unless its last
part is the rest ("650 elsewhere in Europe"), which closes it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import flagged, unrounded


@settings(max_examples=40, deadline=None)
@given(
    parts=st.lists(unrounded(101, 1_999), min_size=3, max_size=3),
    slip=st.integers(1, 9),
)
def test_a_list_after_include_closed_by_the_rest_is_checked(parts: list[int], slip: int) -> None:
    a, b, c = parts
    text = (
        "The cuts, totalling {:,} positions, include {:,} in Germany, {:,} in France and {:,}"
        " elsewhere in Europe, the union said."
    )
    assert flagged(text.format(a + b + c, a, b, c)) == []
    wrong = a + b + c + slip * 100
    wrong -= 0 if wrong % 10 else 1  # a figure ending in 0 may be rounded
    assert flagged(text.format(wrong, a, b, c)) == [("CC303", f"{wrong:,}")]


@settings(max_examples=30, deadline=None)
@given(parts=st.lists(unrounded(101, 1_999), min_size=3, max_size=3), more=unrounded(11, 999))
def test_a_list_after_include_may_leave_parts_out_but_not_exceed_the_total(
    parts: list[int], more: int
) -> None:
    a, b, c = parts
    text = (
        "The cuts, totalling {:,} positions, include {:,} in Germany, {:,} in France and {:,}"
        " in Italy."
    )
    assert flagged(text.format(a + b + c + more, a, b, c)) == []
    short = a + b + c - more
    short -= 0 if short % 10 else 1  # a figure ending in 0 may be rounded
    assert flagged(text.format(short, a, b, c)) == [("CC303", f"{short:,}")]
