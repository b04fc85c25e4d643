"""Totals as real copy words them, second set: a total with its parts named in brackets
after it ("£14,842 per person (£12,605 current, £2,237 capital)")."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import claimcheck


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def verdicts(text: str, kind: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == kind]


# --- a total with its parts in brackets, each named by a word or two after it -----------


@pytest.mark.parametrize(
    ("text", "find", "replace", "total"),
    [
        (
            "London spent £14,842 per person (£12,605 current, £2,237 capital), 15% above"
            " the average.",
            "£2,237",
            "£2,337",
            "£14,842",
        ),
        (
            "Sales reached $5.2 billion ($3.1 billion domestic, $2.1 billion abroad) in"
            " the year to June.",
            "$2.1 billion",
            "$2.4 billion",
            "$5.2 billion",
        ),
        (
            "The trust treated 48,200 patients (31,900 adults and 16,300 children) last winter.",
            "16,300",
            "15,300",
            "48,200",
        ),
        (
            "Household debt stood at 1.92 trillion won (1.31 trillion won mortgages, 0.61"
            " trillion won unsecured) at the end of March.",
            "0.61 trillion won",
            "0.51 trillion won",
            "1.92 trillion won",
        ),
    ],
)
def test_a_total_with_its_parts_named_in_brackets(
    text: str, find: str, replace: str, total: str
) -> None:
    assert flagged(text) == []
    assert verdicts(text, "total") == ["consistent"]
    assert flagged(text.replace(find, replace)) == [("CC303", total)]


@pytest.mark.parametrize(
    "text",
    [
        # a comparison or restatement in brackets, not a breakdown
        "Revenue rose to £1.4bn, up from £1.2bn (£980m) a year earlier.",
        "Revenue was £1.4bn (£1.1bn in 2022, £1.0bn in 2021).",
        "Revenue was £1.4bn ($1.8bn, €1.6bn).",
        "The fund is worth $9 billion ($4 billion, $3 billion).",
        "Profit was $9 billion (against $4 billion, $3 billion).",
        "Its budget of $3.2 billion (versus $1.1 billion and $0.9 billion in 2019) grew.",
    ],
)
def test_figures_in_brackets_that_are_not_named_parts_make_no_total(text: str) -> None:
    assert flagged(text) == []
    assert verdicts(text, "total") == []


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(1_000, 50_000).filter(lambda n: n % 10),  # written to the unit
    second=st.integers(100, 9_000).filter(lambda n: n % 10),
    off=st.one_of(st.just(0), st.integers(5, 900), st.integers(-900, -5)),
)
def test_a_bracketed_breakdown_is_flagged_only_when_its_parts_miss_the_total(
    first: int, second: int, off: int
) -> None:
    total = first + second + off
    assume(total % 10)  # every figure written to the unit: no rounding hides the gap
    text = f"The region spent £{total:,} per pupil (£{first:,} current, £{second:,} capital)."
    assert verdicts(text, "total") == (["consistent"] if off == 0 else ["inconsistent"])
