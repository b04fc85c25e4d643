"""A finite verb of comparison between two values: "profit of 3.2 billion baht exceeded
the 3.5 billion baht of last year" says the first is the larger, and is wrong."""

from __future__ import annotations

import pytest

import claimcheck

WRONG_WAY = [
    "The bank's profit of 3.2 billion baht exceeded the 3.5 billion baht of last year.",
    "Exports of 12.4 billion ringgit trailed the 11.8 billion ringgit shipped in June.",
    "Enrolment of 41,300 surpassed the 43,100 pupils counted in 2019.",
    "Wheat sales of 2.1 million tonnes lagged the 1.9 million tonnes sold a year earlier.",
    "Fees of £310m outstripped the £340m charged in the previous year.",
]

RIGHT_WAY = [
    "The bank's profit of 3.7 billion baht exceeded the 3.5 billion baht of last year.",
    "Exports of 11.4 billion ringgit trailed the 11.8 billion ringgit shipped in June.",
    "Enrolment of 44,300 surpassed the 43,100 pupils counted in 2019.",
    "Wheat sales of 1.6 million tonnes lagged the 1.9 million tonnes sold a year earlier.",
    "Fees of £370m outstripped the £340m charged in the previous year.",
]


@pytest.mark.parametrize("text", WRONG_WAY)
def test_a_comparison_verb_the_wrong_way_round_is_reported(text: str) -> None:
    report = claimcheck.check(text)
    assert [finding.rule for finding in report.findings] == ["CC302"]


@pytest.mark.parametrize("text", RIGHT_WAY)
def test_a_comparison_verb_the_right_way_round_is_consistent(text: str) -> None:
    report = claimcheck.check(text)
    assert not report.findings
    assert [verdict.verdict for claim, verdict in report.judged() if claim.kind == "change"] == [
        "consistent"
    ]


def test_a_gap_stated_after_the_verb_is_not_taken_for_its_subject() -> None:
    report = claimcheck.check(
        "Imports of $5.2 billion exceeded exports of $3.1 billion by $2.1 billion."
    )
    assert not report.findings
