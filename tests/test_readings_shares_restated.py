"""A share restated by the figures it stands for, and percentages that only look like parts.

A share may be followed by its part "of" its whole ("just under half the seats, 243 of
500"), or a fraction by its percentage after a colon ("a fifth of board seats: 18
percent."): both state one proportion twice, so a slip in either is caught. Percentages
listed after a percentage "in", "among" or "of" groups may be each group's own rate ("half
of adults exercise: 30% in cities and 12% in villages"), so they are never added up.
"""

from __future__ import annotations

import pytest

import claimcheck


def said(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and message."""
    return [(f.rule, f.message) for f in claimcheck.check(text).findings]


# (a share, then its part "of" its whole, made right; the same with the share wrong)
PAIRS = [
    (
        "Just under half the seats, {} of 500, went to the ruling party.",
        "243",
        "163",
        "163 / 500 = 32.6%, not half",
    ),
    (
        "Nearly 30% of the loans (1,420 of {}) have gone bad.",
        "4,900",
        "3,400",
        "1,420 / 3,400 = 41.8%, not 30%",
    ),
    (
        "About 61 percent of eligible voters - 3.1 million out of {} - cast a ballot.",
        "5.1 million",
        "4.1 million",
        "3.1 million / 4.1 million = 75.6%, not 61 percent",
    ),
    (
        "The ministry spent three-quarters of its allocation, or Rs {} crore of Rs 10,000"
        " crore, by December.",
        "7,500",
        "5,500",
        "55 billion INR / 100 billion INR = 55%, not three-quarters",
    ),
    (
        "Exports to China made up roughly a quarter of the total: ${} billion of $205 billion.",
        "52",
        "82",
        "82 billion USD / 205 billion USD = 40%, not a quarter",
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong", "message"), PAIRS)
def test_a_share_restated_by_its_part_of_its_whole_is_checked(
    text: str, right: str, wrong: str, message: str
) -> None:
    assert said(text.format(right)) == []
    assert said(text.format(wrong)) == [("CC201", message)]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Women hold only a fifth of board seats: 18 percent.", False),
        ("Women hold only a fifth of board seats: 28 percent.", True),
        ("Nearly half of the voters asked: 47%.", False),
        ("Nearly half of the voters asked: 57%.", True),
    ],
)
def test_a_fraction_restated_after_a_colon_is_checked(text: str, flagged: bool) -> None:
    assert [rule for rule, _ in said(text)] == (["CC202"] if flagged else [])


@pytest.mark.parametrize(
    "text",
    [
        "Half of adults exercise weekly: 30% in cities and 12% in villages.",
        "A third of firms cut jobs: 14% in manufacturing and 9% in services.",
        "Nearly half of voters backed the deal: 30% of men and 12% of women.",
        "A quarter of pupils were absent: 19% among boys and 31% among girls.",
    ],
)
def test_each_groups_own_rate_is_no_part_of_a_percentage(text: str) -> None:
    assert said(text) == []


def test_a_percentage_split_by_what_it_is_spent_on_is_still_added_up() -> None:
    found = said("A third of the budget goes on health: 20% on hospitals and 4% on clinics.")
    assert found == [("CC303", "the parts add up to 24 percent, not a third: 20% + 4%")]


@pytest.mark.parametrize(
    "text",
    [
        "Half the seats went to the ruling party, 243 in all, up from 200 of 450 in 2019.",
        "Some 40% of loans are in arrears; the bank wrote off 1,420 of them in 2023.",
        "A quarter of the total went to China: $52 billion, against $31 billion of imports.",
    ],
)
def test_figures_after_a_share_that_do_not_restate_it_give_no_finding(text: str) -> None:
    """A share with no part "of" a whole right after it, only figures that are not its own."""
    assert said(text) == []
