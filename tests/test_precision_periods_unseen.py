"""Conversions of periods a story names without their year.

Two conversions whose sentences name different periods without a year ("in the first
quarter", "In September alone", "last year") are of different periods: each may be at
its own rate, as conversions of different dated periods may.
"""

from __future__ import annotations

from datetime import date

import pytest

import claimcheck


def rules(text: str, when: date | None) -> list[str]:
    return [f.rule for f in claimcheck.check(text, date=when).findings]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        (
            "Exports came to 380 billion lira ($20 billion) in the first quarter. In September"
            " alone they were 270 billion lira ($10 billion).",
            date(2023, 10, 16),
        ),
        (
            "Farm sales reached 1.9 trillion lira ($100 billion) last year, the ministry said."
            " This year they are expected at 2.7 trillion lira ($100 billion).",
            date(2023, 10, 2),
        ),
        (
            "The deficit widened to 190 billion lira ($10 billion) in the first half. For the"
            " full year it is seen at 810 billion lira ($30 billion).",
            date(2023, 12, 1),
        ),
    ],
)
def test_conversions_of_periods_named_without_a_year_may_differ(text: str, when: date) -> None:
    assert rules(text, when) == []


def test_conversions_of_a_period_and_a_sentence_naming_none_may_differ() -> None:
    text = (
        "The budget ran a deficit of 380 billion lira ($20 billion) in the first quarter."
        " Spending rose 60 percent to 1.9 trillion lira ($100 billion). In March alone,"
        " revenue came to 270 billion lira ($10 billion)."
    )
    assert rules(text, date(2023, 10, 16)) == []


def test_conversions_of_one_period_named_without_a_year_still_conflict() -> None:
    text = (
        "In the first quarter, exports came to 380 billion lira ($20 billion) and imports to"
        " 540 billion lira ($20 billion)."
    )
    assert rules(text, date(2023, 10, 16)) == ["CC106"]


def test_a_period_named_with_its_year_is_no_period_without_one() -> None:
    text = (
        "Exports came to 380 billion lira ($20 billion) in the first quarter of 2023."
        " In the first quarter of 2023 imports were 540 billion lira ($20 billion)."
    )
    assert rules(text, date(2023, 10, 16)) == ["CC106"]


# A balance's sides read from the next sentence must be of the balance's own period: a
# quarter named there that the balance's sentence does not name makes them another's.
@pytest.mark.parametrize(
    ("earlier", "later"),
    [("April-June", "third quarter"), ("first half", "second half"), ("Q1", "Q2")],
)
def test_a_balance_takes_no_sides_from_a_sentence_of_another_quarter(
    earlier: str, later: str
) -> None:
    text = (
        f"The deficit reached $38.10 billion in the {earlier} period. Exports grew 2 percent"
        f" in the {later} to $150.20 billion, but imports climbed 3 percent to $191.50 billion."
    )
    assert rules(text, date(2023, 10, 16)) == []


def test_a_balance_takes_its_sides_from_the_next_sentence_of_its_own_quarter() -> None:
    text = (
        "In the third quarter the deficit reached $38.10 billion. In the third quarter,"
        " exports grew to $150.20 billion, while imports climbed to $191.50 billion."
    )
    assert rules(text, date(2023, 10, 16)) == ["CC304"]
