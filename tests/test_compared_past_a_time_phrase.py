"""A time phrase after a value does not count against its distance from the comparison
that follows it: "At $62 billion in March, the US trade gap came in narrower than
forecasters had expected, down from a revised $65.6 billion in February" compares the two
values, as it did without "in March"."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import flagged, unrounded

TIMES = ("in the three months to June", "in the second half of 2024", "in March")


@settings(max_examples=40, deadline=None)
@given(
    low=unrounded(301, 599),
    gap=unrounded(11, 199),
    time=st.sampled_from(TIMES),
)
def test_a_direction_against_a_fronted_value_past_a_time_phrase_is_checked(
    low: int, gap: int, time: str
) -> None:
    text = (
        "At ${:.1f} billion {}, the current account surplus came in wider than analysts had"
        " expected, {} from a revised ${:.1f} billion in the quarter before."
    )
    new, old = (low + gap) / 10, low / 10
    assert flagged(text.format(new, time, "up", old)) == []
    assert [rule for rule, _ in flagged(text.format(new, time, "down", old))] == ["CC302"]
