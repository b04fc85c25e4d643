"""Differences compared from a first value named at length ("6.2 million patients waiting
for routine surgery at the end of March, 300,000 fewer than"), against a value named past
a compound number ("above the 10-year average of"), a second comparison of the same first
value joined by "and" ("... and 0.8 million below the 19.05 million of 2016"), and a
balance whose side another value of its role in the paragraph no longer hides when that
value is a part of the side ("chip sales abroad")."""

from __future__ import annotations

import pytest

import claimcheck


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


# (text with a slip, the figure the difference finding points at)
SLIPS = [
    # the first value named by a long phrase, of one clause, before the comma
    (
        "Hospitals reported 6.25 million patients waiting for routine surgery at the end of"
        " March, 260,000 fewer than the 6.41 million of February.",
        "260,000",
    ),
    (
        "The registry listed 2.84 million firms trading in the capital in June 2024, 120,000"
        " more than the 2.62 million of a year before.",
        "120,000",
    ),
    # a compound number between the comparison and the value compared with
    (
        "Maize output is estimated at 31.8 million tonnes, 4.6 million tonnes above the"
        " 10-year average of 28.2 million tonnes.",
        "4.6 million tonnes",
    ),
    (
        "The cooperative sold €52.4 million of cheese, €3.9 million more than its three-year"
        " average of €49.5 million.",
        "€3.9 million",
    ),
    # a second comparison of the first value, joined by "and"
    (
        "The commission counted 18.25 million voters in 2024, 0.2 million fewer than the"
        " 18.45 million of 2020 and 1.8 million below the 19.05 million of 2016.",
        "1.8 million",
    ),
    # a part of a side named later in the paragraph ("chip sales abroad") is no rival side
    (
        "Korea sold $40.3 billion of goods abroad in May. Imports rose 7.5 percent to $38.9"
        " billion, leaving a surplus of $2.4 billion. Officials hailed the result. Chip sales"
        " abroad climbed 23 percent to $8.2 billion.",
        "$2.4 billion",
    ),
    (
        "Brazil exported $29.6 billion of goods in June. Imports came to $21.2 billion, so the"
        " trade surplus reached $9.4 billion. The ministry hailed it on Monday. Soybean exports"
        " alone rose to $6.1 billion.",
        "$9.4 billion",
    ),
]


@pytest.mark.parametrize(("text", "figure"), SLIPS)
def test_a_slipped_difference_is_flagged(text: str, figure: str) -> None:
    assert ("CC304", figure) in flagged(text)


CLEAN = [
    # each slip above, made right
    "Hospitals reported 6.25 million patients waiting for routine surgery at the end of March,"
    " 160,000 fewer than the 6.41 million of February.",
    "Maize output is estimated at 31.8 million tonnes, 3.6 million tonnes above the 10-year"
    " average of 28.2 million tonnes.",
    "The commission counted 18.25 million voters in 2024, 0.2 million fewer than the 18.45"
    " million of 2020 and 0.8 million below the 19.05 million of 2016.",
    "Korea sold $40.3 billion of goods abroad in May. Imports rose 7.5 percent to $38.9"
    " billion, leaving a surplus of $1.4 billion. Officials hailed the result. Chip sales"
    " abroad climbed 23 percent to $8.2 billion.",
    # a clause word between the first value and the comparison: whose value is compared is
    # unsaid
    "The firm booked $5.2 billion of orders while its rival cut prices sharply, $0.4 billion"
    " more than the $4.1 billion of last year.",
    # "and" opening a clause of its own: the second comparison is not of the first value
    "Exports came to $5.1 billion, $0.4 billion more than the $4.7 billion of 2022, and"
    " imports were $0.9 billion below the $3.9 billion of 2022.",
    # a side named again in the paragraph, not a part of it: which one is meant is unsaid
    "Korea sold $40.3 billion of goods abroad in May. Imports rose 7.5 percent to $38.9"
    " billion, leaving a surplus of $2.4 billion. Officials hailed the result. Sales abroad"
    " were $41.2 billion on customs figures.",
    # "of" before a role word qualifies no part: "the value of sales abroad" is a rival side
    "Korea sold $40.3 billion of goods abroad in May. Imports rose 7.5 percent to $38.9"
    " billion, leaving a surplus of $2.4 billion. Officials hailed the result. Customs put"
    " the value of sales abroad at $41.2 billion.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_copy_gives_no_finding(text: str) -> None:
    assert flagged(text) == []
