"""A number that names one of a sequence ("term 2", "week 7", "phase 3 of the plan") is
no figure: read as one, "rose to 53.6% in term 2, up from 46.7%" compared 2 with 46.7%."""

from __future__ import annotations

import pytest

import claimcheck
from readings import assert_caught, change_pairs, flagged


@pytest.mark.parametrize(
    "text",
    [
        "Attendance rose to 53.6% in term 2 of 2024, up from 46.7% a year earlier.",
        "Ridership climbed to 81.2% of capacity in week 7, up from 74.9% in week 6.",
        "Completions fell to 38.4% in phase 3 of the scheme, down from 41.7%.",
        "The share of votes counted reached 92.6% by round 4, up from 88.3%.",
    ],
)
def test_a_labelled_number_is_not_a_value(text: str) -> None:
    assert flagged(text) == []
    (pair,) = change_pairs(text)
    assert "%" in pair[0] and "%" in pair[1]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a period of its own before the noun: the number after it counts
        ("In the third quarter 127 stores opened, up from 101.", "127"),
        # a percentage or a grouped figure is a value whatever comes before it
        ("Prices rose by a quarter 2.5% faster than wages.", "2.5%"),
        ("In week 2,317 claims were filed.", "2,317"),
    ],
)
def test_a_value_after_a_period_noun_is_still_read(text: str, figure: str) -> None:
    read = {c.text for c in claimcheck.check(text).claims}
    assert any(figure in t for t in read), read


@pytest.mark.parametrize(
    ("text", "find", "replace"),
    [
        (
            "Enrolment climbed 12.0% to 412,390 in fall 2023 from 368,127 a year before.",
            "12.0%",
            "6.8%",
        ),
        ("Admissions will reach 8,416 this fall, up 4.6% from 8,046.", "4.6%", "6.4%"),
    ],
)
def test_fall_naming_a_season_is_no_change(text: str, find: str, replace: str) -> None:
    assert_caught(text, text.replace(find, replace, 1), "CC301")
