"""A figure per head named by its total's noun ("GDP per capita works out at ...") over the
count of its clause, its total the figure that noun names in the sentence before ("GDP is
estimated at Rs 720.4 billion"); never a figure the noun does not name."""

from __future__ import annotations

from readings import assert_caught, flagged

STORY = (
    "GDP is estimated at Rs 720.4 billion for 2024, Statistics Mauritius said. Based on a"
    " mid-year population of 1,262,000, GDP per capita works out at about {rate}."
)


def test_a_rate_named_by_its_totals_noun_takes_that_total_from_the_sentence_before() -> None:
    assert_caught(STORY.format(rate="Rs 570,800"), STORY.format(rate="Rs 507,800"), "CC306")


def test_a_total_the_noun_does_not_name_is_not_taken() -> None:
    text = (
        "Exports are estimated at Rs 720.4 billion for 2024. Based on a mid-year population of"
        " 1,262,000, GDP per capita works out at about Rs 507,800."
    )
    assert flagged(text) == []
