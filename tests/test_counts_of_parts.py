"""A bare count that says how many parts a list holds ("across four districts: 3.4 million
in Sylhet, ...") numbers the parts; the figure before it is what they add up to."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import flagged, listed, unrounded

NUMBER_WORDS = ("two", "three", "four", "five", "six")
PLACES = ("Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir")
GROUPS = ("districts", "provinces", "regions", "counties")


@settings(max_examples=40, deadline=None)
@given(
    parts=st.lists(unrounded(101, 989), min_size=2, max_size=6),
    groups=st.sampled_from(GROUPS),
    slip=st.integers(1, 9),
)
def test_a_count_of_the_listed_parts_is_not_their_total(
    parts: list[int], groups: str, slip: int
) -> None:
    count = NUMBER_WORDS[len(parts) - 2]
    listing = listed([f"{part:,} in {place}" for part, place in zip(parts, PLACES, strict=False)])
    clean = (
        f"The storm damaged {sum(parts):,} homes across {count} {groups}, officials said:"
        f" {listing}."
    )
    assert flagged(clean) == []
    wrong = sum(parts) + slip * 100
    slipped = clean.replace(f"{sum(parts):,} homes", f"{wrong:,} homes")
    assert flagged(slipped) == [("CC303", f"{wrong:,}")]


def test_the_count_of_districts_in_a_flood_report_is_not_the_total() -> None:
    text = (
        "Flash floods affected 7.2 million people across four districts, the disaster"
        " ministry said: 3.4 million in Sylhet, 2.6 million in Sunamganj, 0.7 million in"
        " Moulvibazar and 0.5 million in Habiganj."
    )
    assert flagged(text) == []
    assert flagged(text.replace("0.5 million", "0.9 million")) == [("CC303", "7.2 million")]
