"""The words naming the first value of a comparison may join two words with "and" ("KSh
756.2 billion in customs and border taxes in the financial year, falling KSh 38.7 billion
short of its KSh 794.9 billion target"): that "and" opens no clause, and the gap is
checked."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import flagged, unrounded

NAMES = (
    "in customs and border taxes in the financial year",
    "of crude and condensate last year",
    "in fees and charges over the year",
)


@settings(max_examples=40, deadline=None)
@given(
    target=unrounded(5_001, 8_999),
    gap=unrounded(101, 999),
    name=st.sampled_from(NAMES),
    slip=st.integers(2, 9),
)
def test_a_gap_after_a_value_named_with_and_is_checked(
    target: int, gap: int, name: str, slip: int
) -> None:
    text = (
        "The authority collected KSh {} billion {}, falling KSh {} billion short of its KSh {}"
        " billion target."
    )
    figures = (f"{(target - gap) / 10:.1f}", name, f"{gap / 10:.1f}", f"{target / 10:.1f}")
    assert flagged(text.format(*figures)) == []
    wrong = f"{(gap + slip * 10) / 10:.1f}"
    slipped = text.format(figures[0], name, wrong, figures[3])
    assert flagged(slipped) == [("CC304", f"KSh {wrong} billion")]
