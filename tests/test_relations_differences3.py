"""Differences whose second value is named apart from the difference: a rate or amount
compared with one named by the same words earlier in the paragraph ("0.5 point below the
repo rate", "£250 more than the national average"), a compared value tied to its figure
across a comma ("more than exports to Japan, which came to"), a difference restated after
", or", a balance left to its holder ("leaving them $9.4 billion in the black"), and a
balance named before a range of years ("the deficit for fiscal 2023-24 came to")."""

from __future__ import annotations

import pytest

import claimcheck


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


# (text with a slip, the figure the difference finding points at)
SLIPS = [
    # a rate named again by the words it was stated with, a paragraph's sentence before
    (
        "The central bank kept the policy rate at 6.5 percent on Thursday. The deposit rate"
        " stays at 5.75 per cent, 1.25 percentage points below the policy rate, and the cash"
        " reserve ratio at 4.0 per cent.",
        "1.25 percentage points",
    ),
    (
        "Its main refinancing rate stood at 4.25% after the June meeting. The deposit rate,"
        " at 3.5%, is 50 basis points below the main refinancing rate.",
        "50 basis points",
    ),
    (
        "The national jobless rate was 5.2% in May. Among young women the rate was 6.1%,"
        " 0.6 point higher than the national jobless rate.",
        "0.6 point",
    ),
    # an amount named again by the words it was stated with
    (
        "The national average stood at £1,200 a month in June. Tenants in Hackney paid"
        " £1,450, £350 more than the national average.",
        "£350",
    ),
    (
        "Its closest rival's revenue was $4.4 billion. The firm's revenue was $4.6 billion,"
        " $0.5 billion more than its closest rival's revenue.",
        "$0.5 billion",
    ),
    # the compared value named, then a comma and the words tying it to its figure
    (
        "Exports to China were worth $12.1 billion, $3.4 billion more than exports to Japan,"
        " which came to $8.9 billion.",
        "$3.4 billion",
    ),
    (
        "The music unit earned ¥412 billion in operating profit, ¥37 billion more than the film"
        " arm, at ¥385 billion.",
        "¥37 billion",
    ),
    (
        "Ticket sales reached €84 million, €9 million less than the festival's sponsorship"
        " income, which totalled €91 million.",
        "€9 million",
    ),
    (
        "Ms Okafor polled 41,200 votes, 3,400 more than her rival, who got 38,800.",
        "3,400",
    ),
    # a range of years between a balance's name and its figure
    (
        "The trade gap in 2021/22 widened to $9.1 billion, as exports rose to $42.7 billion and"
        " imports to $52.8 billion.",
        "$9.1 billion",
    ),
    (
        "Kenya's budget deficit for fiscal 2023-24 came to KSh 1.1 trillion: spending was KSh"
        " 3.9 trillion and revenue KSh 2.6 trillion.",
        "KSh 1.1 trillion",
    ),
    # ", or" before a difference restating the first value
    (
        "Revenue came to £4.6 billion in 2023, or £0.5 billion more than the £4.4 billion of"
        " a year earlier.",
        "£0.5 billion",
    ),
    # the balance left to its holder, named by a pronoun
    (
        "The clubs earned €45.9 million from broadcasting and paid out €36.5 million,"
        " leaving them €8.4 million in the black.",
        "€8.4 million",
    ),
    (
        "The club took in £12.4 million and paid out £9.1 million, leaving it with a surplus"
        " of £3.5 million.",
        "£3.5 million",
    ),
]


@pytest.mark.parametrize(("text", "figure"), SLIPS)
def test_a_slipped_difference_is_flagged(text: str, figure: str) -> None:
    assert ("CC304", figure) in flagged(text)


CLEAN = [
    # each slip above, made right
    "The central bank kept the policy rate at 6.5 percent on Thursday. The deposit rate stays"
    " at 5.75 per cent, 0.75 percentage points below the policy rate, and the cash reserve"
    " ratio at 4.0 per cent.",
    "Its main refinancing rate stood at 4.25% after the June meeting. The deposit rate, at"
    " 3.5%, is 75 basis points below the main refinancing rate.",
    "Exports to China were worth $12.1 billion, $3.2 billion more than exports to Japan, which"
    " came to $8.9 billion.",
    "Ticket sales reached €84 million, €7 million less than the festival's sponsorship income,"
    " which totalled €91 million.",
    "The clubs earned €45.9 million from broadcasting and paid out €36.5 million,"
    " leaving them €9.4 million in the black.",
    # a balance named before a range of years, its sides after a colon: no total of them
    "Kenya's budget deficit for fiscal 2023-24 came to KSh 1.3 trillion: spending was KSh 3.9"
    " trillion and revenue KSh 2.6 trillion.",
    "The national average stood at £1,200 a month in June. Tenants in Hackney paid £1,450,"
    " £250 more than the national average.",
    # two averages named so before: which one is meant is unsaid
    "The national average stood at £1,200 in 2022 and the national average stood at £1,300"
    " in 2023. Tenants in Hackney paid £1,450, £350 more than the national average.",
    # two rates named so before: which one is meant is unsaid
    "The policy rate was 6.5 percent in March and the policy rate was 6.25 percent in June."
    " The deposit rate, at 5.75 per cent, is 1.25 percentage points below the policy rate.",
    # a rate named by other words ("reverse" before it) is no rate the comparison names
    "The reverse repo rate stood at 6.25 percent. The deposit rate stays at 5.75 per cent,"
    " 1.25 percentage points below the repo rate.",
    # the rate named before is a change's new value, not its old one (6.75 - 5.75 = 1)
    "The bank cut the policy rate to 6.5 percent from 6.75 percent. The deposit rate stays at"
    " 5.75 per cent, 0.75 percentage points below the policy rate.",
    "Ms Okafor polled 41,200 votes, 2,400 more than her rival, who got 38,800.",
    # the compared value tied by a verb the comparison does not know: no claim
    "The northern mill produced 41,200 tonnes of pulp, 3,400 tonnes more than its sister mill"
    " in Ohio, which made 38,800 tonnes last year.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_copy_gives_no_finding(text: str) -> None:
    assert flagged(text) == []
