"""A share of a part counted "of them", its whole in the sentence before beside a change's
size: "13.08 million people were unemployed, down 226,000 from a year earlier. The euro
countries accounted for 8.87 million of them, or 67.8%"; the size is no whole."""

from __future__ import annotations

import pytest

from readings import assert_caught, flagged


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        (
            "Some 4,716 flights were delayed in March, up 612 from February. Weather"
            " accounted for 1,893 of them, or 40.1%.",
            "40.1%",
            "44.1%",
        ),
        (
            "The region counted 2.84 million jobseekers in June, down 131,000 on a year"
            " earlier. Young people made up 0.61 million of them, or 21.5%.",
            "21.5%",
            "25.1%",
        ),
    ],
)
def test_the_whole_is_the_level_not_the_change(text: str, find: str, replace: str) -> None:
    assert_caught(text, text.replace(find, replace, 1), "CC201")


def test_two_levels_before_leave_the_whole_unsaid() -> None:
    text = (
        "Some 4,716 flights were delayed in March and 3,902 in February. Weather accounted"
        " for 1,893 of them, or 52.1%."
    )
    assert flagged(text) == []


def test_them_points_to_the_count_a_plural_noun_names() -> None:
    text = (
        "The chain ended the quarter with 1,284 stores after opening 47 and closing 12. The"
        " capital region is home to 356 of them, or 27.7%."
    )
    assert_caught(text, text.replace("27.7%", "37.7%"), "CC201")


@pytest.mark.parametrize(
    "text",
    [
        "The population grew 1.4 per cent, by 312,600, to 22.9 million people. Natural"
        " increase, 104,800, made up 33.5 per cent of that.",
        "The population grew by 312,600 to 22.9 million people. Natural increase, 104,800,"
        " made up 33.5 per cent of that.",
    ],
)
def test_that_may_point_to_the_change(text: str) -> None:
    """Of that may be of the growth: the people the population counts are no whole it
    must take."""
    assert flagged(text) == []
