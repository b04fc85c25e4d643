"""A fraction restated as a percentage after its noun and a frame of a few words, a year
among them ("Nearly two-thirds of respondents to Victoria's 2025 household travel survey
(65.8 per cent)"), is checked as when the percentage follows the noun."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import flagged

FRAMES = (
    "to Victoria's 2025 household travel survey",
    "to the city's 2024 budget consultation",
    "polled by the chamber in 2023",
)
FRACTIONS = (("Nearly two-thirds", 64.1, 66.6), ("Just over half", 50.1, 54.9))


@settings(max_examples=40, deadline=None)
@given(
    frame=st.sampled_from(FRAMES),
    fraction=st.sampled_from(FRACTIONS),
    tenths=st.integers(1, 9),
)
def test_a_fraction_restated_after_a_frame_is_checked(
    frame: str, fraction: tuple[str, float, float], tenths: int
) -> None:
    words, low, high = fraction
    share = round(low + (high - low) * tenths / 10, 1)
    text = "{} of respondents {} ({} per cent) said they would ride trams more often."
    assert flagged(text.format(words, frame, share)) == []
    wrong = round(share - 20, 1)
    assert [rule for rule, _ in flagged(text.format(words, frame, wrong))] == ["CC202"]
