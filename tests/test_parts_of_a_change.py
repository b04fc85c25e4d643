"""A figure "of" a change noun is a part of that change, not a change of its own: "37.5% of
growth" is a share of the growth, "5,000 of the gain" a part of the gain."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.model.claims import ChangeClaim


def _rules(text: str) -> list[str]:
    return [finding.rule for finding in claimcheck.check(text).findings]


@pytest.mark.parametrize(
    "text",
    [
        "Exports accounted for 60% of growth in the quarter.",
        "Household spending supplied about 40 per cent of the rise.",
        "Full-time jobs made up 5,000 of the gain.",
    ],
)
def test_a_figure_of_a_change_noun_is_no_change(text: str) -> None:
    assert not [claim for claim in claimcheck.check(text).claims if isinstance(claim, ChangeClaim)]


@pytest.mark.parametrize(
    ("clean", "slipped"),
    [
        (
            "Natural increase accounted for 37.5% of growth and net migration for the "
            "remaining 62.5%.",
            "Natural increase accounted for 37.5% of growth and net migration for the "
            "remaining 65.5%.",
        ),
        (
            "Consumer spending provided 55 percent of the gain, investment 30 percent and "
            "exports the remaining 15 percent.",
            "Consumer spending provided 55 percent of the gain, investment 30 percent and "
            "exports the remaining 25 percent.",
        ),
    ],
)
def test_shares_of_a_change_closed_by_the_rest_make_100_percent(clean: str, slipped: str) -> None:
    assert not _rules(clean)
    assert _rules(slipped) == ["CC303"]


def test_the_parts_of_a_change_are_not_parts_of_the_level_before_them() -> None:
    """The 5,000 and 4,100 split the 9,100 gain, not the 11.65 million employed."""
    text = (
        "The number employed went up by 9,100 to 11.65 million, full-time jobs accounting "
        "for 5,000 of the gain, to 8.13 million, and part-time jobs for 4,100, to 3.51 million."
    )
    assert not _rules(text)


@settings(max_examples=60, deadline=None)
@given(first=st.integers(min_value=5, max_value=95), rest=st.integers(min_value=5, max_value=95))
def test_a_share_of_growth_and_its_rest_are_checked_against_100(first: int, rest: int) -> None:
    text = (
        f"Natural increase supplied {first}% of the growth and net migration the remaining {rest}%."
    )
    # each whole number stands for half a point either way: the two may sum to 99 or 101
    assert (_rules(text) == ["CC303"]) == (abs(first + rest - 100) > 1)
