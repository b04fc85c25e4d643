"""A total that a list "brings" a running figure to ("bringing the total to", "brought the
operator's full-year total to", "bringing its total energy bill to") may hold figures from
before the list: its parts may fall short of it, never exceed it. Such a total may be named
by a few words between "total" and "to", and a long last part or an attribution and a time
phrase before a total leave the list whole."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from readings import assert_caught, flagged, listed, unrounded


@pytest.mark.parametrize(
    "text",
    [
        "Oslo pledged €4.2 billion and Bern €3.1 billion, bringing the total to €9.5 billion.",
        "Quarterly volumes of 1.83 million, 2.07 million, 2.21 million and 1.96 million TEUs"
        " brought the terminal operator's full-year total to 8.70 million, it said.",
        "A household will spend €1,012 on electricity and €1,335 on gas this year, bringing"
        " its total energy bill to €2,517.",
    ],
)
def test_a_running_total_may_hold_more_than_its_listed_parts(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("clean", "slipped"),
    [
        (
            "Quarterly volumes of 1.83 million, 2.07 million, 2.21 million and 1.96 million"
            " TEUs brought the terminal operator's full-year total to 8.07 million, it said.",
            "Quarterly volumes of 1.83 million, 2.07 million, 2.21 million and 1.96 million"
            " TEUs brought the terminal operator's full-year total to 7.07 million, it said.",
        ),
        (
            "A household will spend €1,012 on electricity and €1,335 on gas this year,"
            " bringing its total energy bill to €2,347.",
            "A household will spend €1,012 on electricity and €1,353 on gas this year,"
            " bringing its total energy bill to €2,347.",
        ),
    ],
)
def test_parts_above_a_running_total_are_reported(clean: str, slipped: str) -> None:
    assert_caught(clean, slipped, "CC303")


def test_a_season_and_an_attribution_before_a_named_total_leave_the_list_whole() -> None:
    clean = (
        "Ukraine exported 29.6 million tonnes of corn, 18.4 million tonnes of wheat and 2.7"
        " million tonnes of barley in the 2023/24 season, the agriculture ministry said, for a"
        " grain total of 50.7 million tonnes."
    )
    assert_caught(clean, clean.replace("18.4", "16.4"), "CC303")


@given(
    parts=st.lists(unrounded(101, 899), min_size=2, max_size=4),
    earlier=st.integers(0, 500),
    excess=st.integers(20, 90),
)
def test_a_running_total_is_reported_only_below_its_parts(
    parts: list[int], earlier: int, excess: int
) -> None:
    pledges = listed([f"${p:,} million" for p in parts])
    lead = f"The fund received pledges of {pledges}, bringing its total commitments to"
    assert flagged(f"{lead} ${sum(parts) + earlier:,} million.") == []
    short = sum(parts) - excess
    assume(short % 10 and (sum(parts) + earlier) % 10)  # a figure ending in 0 may be rounded
    assert [rule for rule, _ in flagged(f"{lead} ${short:,} million.")] == ["CC303"]
