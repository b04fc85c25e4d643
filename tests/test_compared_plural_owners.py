"""A value compared with may be owned by a plural noun, its apostrophe after the "s": "$21.8
million less than the Conservatives' $35.2 million", as "than Labour's" always was."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import flagged, unrounded

OWNERS = ("the Conservatives'", "the Democrats'", "its rivals'", "the unions'")


@settings(max_examples=40, deadline=None)
@given(
    low=unrounded(101, 499),
    gap=unrounded(11, 499),
    owner=st.sampled_from(OWNERS),
    slip=st.integers(2, 9),
)
def test_a_gap_to_a_plural_owners_value_is_checked(
    low: int, gap: int, owner: str, slip: int
) -> None:
    high = low + gap
    text = "The Liberals raised ${} million, ${} million less than {} ${} million."
    clean = text.format(f"{low / 10:.1f}", f"{gap / 10:.1f}", owner, f"{high / 10:.1f}")
    assert flagged(clean) == []
    wrong = f"{(gap + slip * 10) / 10:.1f}"
    slipped = text.format(f"{low / 10:.1f}", wrong, owner, f"{high / 10:.1f}")
    assert flagged(slipped) == [("CC304", f"${wrong} million")]


def test_trailing_a_plural_owners_value_by_a_gap_is_checked() -> None:
    text = (
        "The Liberal Party reported C$15.4 million in contributions for 2023, trailing the"
        " Conservatives' C$35.2 million by C$19.8 million."
    )
    assert flagged(text) == []
    assert [rule for rule, _ in flagged(text.replace("C$19.8", "C$21.8"))] == ["CC301"]
