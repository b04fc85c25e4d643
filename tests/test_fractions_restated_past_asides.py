"""A fraction and the percentage restating it, read past a place named after the fraction's
noun ("one in four spectators at the Stade de France, 42.7 per cent") and past a year and
an attribution after the percentage ("one in five of its goods exports, 29.6 per cent in
2024 according to the revenue service's trade statistics,")."""

from __future__ import annotations

import pytest

from readings import assert_caught


@pytest.mark.parametrize(
    ("story", "right", "wrong"),
    [
        (
            "Roughly one in four spectators at the Stade de France, {share}, travelled from"
            " outside the region, a survey found.",
            "24.7 per cent",
            "42.7 per cent",
        ),
        (
            "Nearly two in five hotel guests in Rio de Janeiro, {share}, came from abroad.",
            "38.2%",
            "48.2%",
        ),
        (
            "The European Union takes about one in five of South Africa's goods exports,"
            " {share} in 2024 according to the revenue service's trade statistics, making the"
            " bloc its biggest partner.",
            "19.6 per cent",
            "29.6 per cent",
        ),
    ],
)
def test_a_fraction_restated_past_a_place_or_an_attribution_is_checked(
    story: str, right: str, wrong: str
) -> None:
    assert_caught(story.format(share=right), story.format(share=wrong), "CC202")
