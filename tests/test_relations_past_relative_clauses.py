"""Every reader of a relation reads past the same asides (`changes.passed_over`): a
relative clause of plain words ("$2.1 billion, which the council approved on Monday,
bringing the total to"), a record ("756.2 million rand, the highest since 2019, falling
... short of"), a place and a time before a total, as well as an attribution; a compared
value may carry its own noun ("compared with 5,113 cars in 2023, an increase of")."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from readings import assert_caught, listed, rules, unrounded


@pytest.mark.parametrize(
    ("clean", "find", "replace", "rule"),
    [
        (
            "Schools got $4.2 billion, health $2.8 billion and roads $2.1 billion, which the"
            " council approved on Monday, bringing the total to $9.1 billion.",
            "$9.1 billion",
            "$8.1 billion",
            "CC303",
        ),
        (
            "Schools got $4.2 billion, health $2.8 billion and roads $2.1 billion in England and"
            " Wales, bringing the total to $9.1 billion.",
            "$9.1 billion",
            "$8.1 billion",
            "CC303",
        ),
        (
            "Revenue was $3.71 billion, which the board approved on Monday, compared with $3.06"
            " billion a year earlier, an increase of 21.2%.",
            "21.2%",
            "31.2%",
            "CC301",
        ),
        (
            "Dealers sold 6,482 cars, which the trade body welcomed, compared with 5,113 cars in"
            " 2023, an increase of 26.8%.",
            "26.8%",
            "36.8%",
            "CC301",
        ),
        (
            "The city collected 756.2 million rand, the highest since 2019, falling 38.7 million"
            " rand short of its 794.9 million rand target.",
            "38.7 million",
            "83.7 million",
            "CC304",
        ),
    ],
)
def test_a_relation_is_read_past_an_aside(clean: str, find: str, replace: str, rule: str) -> None:
    assert_caught(clean, clean.replace(find, replace), rule)


def test_a_relative_clause_with_a_figure_is_not_passed_over() -> None:
    text = (
        "Schools got $4.2 billion, health $2.8 billion and roads $2.1 billion, which rose 5%,"
        " bringing the total to $8.1 billion."
    )
    assert rules(text) == []


@given(
    parts=st.lists(unrounded(11, 89), min_size=2, max_size=4),
    clause=st.sampled_from(
        ["which the council approved on Monday", "who chairs the committee", "which he signed"]
    ),
    below=st.integers(3, 9),
)
def test_a_total_after_a_relative_clause_is_flagged_only_below_its_parts(
    parts: list[int], clause: str, below: int
) -> None:
    grants = listed([f"€{p} million" for p in parts])
    lead = f"The grants came to {grants}, {clause}, bringing the total to"
    assert rules(f"{lead} €{sum(parts)} million.") == []
    short = sum(parts) - below
    assume(short % 10)  # a figure ending in 0 may be rounded to tens
    assert rules(f"{lead} €{short} million.") == ["CC303"]
