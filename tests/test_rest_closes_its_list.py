"""A figure named as "other" things is the rest of its list only when it closes the list:
in "crèches and other collective settings 478,000; écoles 97,000; and nannies the remaining
53,000" the "and other" joins two words of one item's name, and the list goes on, so the
total is checked against all four parts, never against the first two."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import flagged, unrounded

ITEMS = (
    ("childminders", "crèches and other group settings", "nursery schools", "nannies"),
    ("wind farms", "solar parks and other renewables", "gas plants", "coal plants"),
    ("state schools", "academies and other trusts", "free schools", "private schools"),
)


@settings(max_examples=40, deadline=None)
@given(
    parts=st.lists(unrounded(11, 899), min_size=4, max_size=4),
    names=st.sampled_from(ITEMS),
    slip=st.integers(1, 9),
)
def test_a_rest_named_inside_the_list_does_not_close_it(
    parts: list[int], names: tuple[str, ...], slip: int
) -> None:
    assume(sum(parts) % 10)  # a total ending in 0 may be rounded past the slip
    a, b, c, d = names
    text = (
        "The region counted {:,} places in 2024. {} provided {:,} of them; {} {:,}; {} {:,};"
        " and {} the remaining {:,}."
    )
    total = sum(parts) * 1000
    pieces = [p * 1000 for p in parts]
    clean = text.format(total, a.capitalize(), pieces[0], b, pieces[1], c, pieces[2], d, pieces[3])
    assert flagged(clean) == []
    wrong = parts[3] + slip * 10
    wrong -= 0 if wrong % 10 else 1  # a figure ending in 0 may be rounded
    slipped = text.format(
        total, a.capitalize(), pieces[0], b, pieces[1], c, pieces[2], d, wrong * 1000
    )
    assert flagged(slipped) == [("CC303", f"{total:,}")]
