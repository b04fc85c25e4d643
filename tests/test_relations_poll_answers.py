"""The answers to one poll question: "62% support the plan, 28% oppose it and 10% are
undecided" are shares of the same people, so together at most 100%. Answers to two
questions, or shares of groups of their own, are never added up."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def rules(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text).findings]


@settings(max_examples=60, deadline=None)
@given(
    shares=st.lists(st.integers(min_value=1, max_value=80), min_size=3, max_size=3),
    form=st.sampled_from(
        [
            "A survey of 2,000 adults found {0}% support the levy, {1}% oppose it and {2}% are"
            " undecided.",
            "In the poll, {0} percent said they approve, {1} percent disapprove and {2} percent"
            " are unsure.",
            "Asked about the merger, {1}% of members were against, {0}% backed it and {2}% were"
            " undecided.",
        ]
    ),
)
def test_the_answers_to_one_question_make_at_most_100_percent(shares: list[int], form: str) -> None:
    text = form.format(*shares)
    expected = ["CC303"] if sum(shares) >= 102 else []  # 1.5 points of rounding, three shares
    if "of members" in text:
        expected = []  # a share of a group of its own: no list is read
    assert rules(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "62% support the plan and 70% oppose the new tax.",  # two questions
        "62% of Democrats support the plan, while 58% of Republicans oppose it.",  # two groups
        "In the poll, 55% backed the Yes side and 52% backed the No side.",  # one answer twice
        "Support rose to 62%, while opposition fell to 48%.",  # no answer after a share
    ],
)
def test_shares_of_two_questions_or_groups_are_never_added_up(text: str) -> None:
    assert rules(text) == []


def test_the_finding_names_the_answers_and_offers_no_stated_total_to_fix() -> None:
    text = "A survey of 1,000 adults found 62% support the plan, 38% oppose it and 10% are unsure."
    (finding,) = claimcheck.check(text).findings
    assert "add up to 110%" in finding.message
    assert finding.suggestion is None
    assert text[finding.start : finding.end].startswith("62% support")
