"""A time phrase between a change's two values is passed over when the pair is read later in
the verb's clause ("is projected to shrink to $6.1 billion by the end of fiscal 2025 from
$8.6 billion"; "dropped to 7.9% of the amount in the second quarter of 2023 from 8.5%")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import flagged, unrounded

TIMES = (
    "by the end of fiscal 2025",
    "in the second quarter of 2023",
    "at the end of last year",
)
VERBS = (("shrink", "grow"), ("fall", "rise"), ("narrow", "widen"))


@settings(max_examples=40, deadline=None)
@given(
    low=unrounded(21, 69),
    gap=unrounded(11, 29),
    time=st.sampled_from(TIMES),
    verbs=st.sampled_from(VERBS),
)
def test_a_direction_against_a_pair_past_a_time_phrase_is_checked(
    low: int, gap: int, time: str, verbs: tuple[str, str]
) -> None:
    right, wrong = verbs
    text = (
        "The surplus is projected to {} to ${:.1f} billion {} from ${:.1f} billion a year earlier."
    )
    figures = (low / 10, time, (low + gap) / 10)
    assert flagged(text.format(right, *figures)) == []
    assert [rule for rule, _ in flagged(text.format(wrong, *figures))] == ["CC302"]
