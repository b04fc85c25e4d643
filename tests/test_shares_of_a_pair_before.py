"""A share in a sentence that points back to a whole and its part stated together in the
sentence before, the part in a clause hung on the whole ("104.3 million customers, of
whom 94.2 million were in Brazil. That is 90.3% of the total"), is checked against them,
whether its "of" phrase names the whole by a noun or is left out."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import flagged, unrounded

POINTERS = ("That is {}", "That is {} of the total", "That was {} of the total")


@settings(max_examples=40, deadline=None)
@given(
    whole=unrounded(1_001, 1_999),
    part=unrounded(201, 899),
    pointer=st.sampled_from(POINTERS),
    slip=st.integers(4, 9),
)
def test_a_share_pointing_back_to_a_pair_hung_on_its_whole_is_checked(
    whole: int, part: int, pointer: str, slip: int
) -> None:
    share = round(100 * part / whole, 1)
    text = (
        "Nubank ended the quarter with {:.1f} million customers, of whom {:.1f} million were"
        " in Brazil. " + pointer + "."
    ).format(whole / 10, part / 10, f"{share}%")
    assert flagged(text) == []
    wrong = round(share + slip, 1)
    slipped = text.replace(f"{share}%", f"{wrong}%")
    assert [rule for rule, _ in flagged(slipped)] == ["CC201"]


def test_a_share_of_another_whole_named_by_its_noun_is_not_read_as_the_pair_s() -> None:
    text = (
        "Nubank ended the quarter with 104.3 million customers, of whom 94.2 million were in"
        " Brazil. That is 43.6% of the country's adults."
    )
    assert flagged(text) == []
