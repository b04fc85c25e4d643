"""A change whose parts are split by a period named in other words than a date.

Seasons, sessions, school and tax years, decades and fortnights date a value as a year or
a month does: "shrank to 27.1 million tonnes this season from 26.2 million tonnes".
"""

from __future__ import annotations

import pytest

import claimcheck

WRONG_WAY = [
    "Cocoa output shrank to 812,000 tonnes this season from 790,000 tonnes, the board said.",
    "Enrolment fell to 41,300 pupils in the current school year from 40,100 pupils.",
    "Receipts climbed to R14.2 billion in the latest tax year from R15.9 billion.",
    "The index slid to 3,410 points over the past fortnight from 3,180 points.",
    "Membership grew to 1.2 million over the past decade from 1.6 million.",
    "Turnover declined to 9.4 billion kronor in the spring session from 8.7 billion kronor.",
]

RIGHT_WAY = [
    "Cocoa output shrank to 790,000 tonnes this season from 812,000 tonnes, the board said.",
    "Enrolment fell to 40,100 pupils in the current school year from 41,300 pupils.",
    "Receipts climbed to R15.9 billion in the latest tax year from R14.2 billion.",
    "The index slid to 3,180 points over the past fortnight from 3,410 points.",
    "Membership grew to 1.6 million over the past decade from 1.2 million.",
    "Turnover declined to 8.7 billion kronor in the spring session from 9.4 billion kronor.",
]


@pytest.mark.parametrize("text", WRONG_WAY)
def test_a_direction_word_against_values_split_by_a_period_is_reported(text: str) -> None:
    report = claimcheck.check(text)
    assert [finding.rule for finding in report.findings] == ["CC302"]


@pytest.mark.parametrize("text", RIGHT_WAY)
def test_the_same_change_the_right_way_is_consistent(text: str) -> None:
    report = claimcheck.check(text)
    assert not report.findings
    assert [verdict.verdict for claim, verdict in report.judged() if claim.kind == "change"] == [
        "consistent"
    ]
