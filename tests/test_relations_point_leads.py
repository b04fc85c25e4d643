"""A gap between two percentages written as a compound before its noun ("a 14-point lead",
"a 4 point difference", "a 0.8-percentage-point gap"): read as the difference of the two
percentages before it, in points, as "a lead of 14 points" is. Points of anything but two
percentages (a game's score) are left unread, and the fix offered is the figure."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def findings(text: str) -> list[claimcheck.Finding]:
    return list(claimcheck.check(text).findings)


@settings(max_examples=50, deadline=None)
@given(
    first=st.integers(min_value=300, max_value=700),  # tenths of a percent
    gap=st.integers(min_value=5, max_value=250),
    noun=st.sampled_from(["lead", "gap", "difference", "margin"]),
    joint=st.sampled_from(["-point", " point", "-percentage-point", " percentage point"]),
)
def test_a_gap_in_points_before_its_noun_is_the_difference_of_two_percentages(
    first: int, gap: int, noun: str, joint: str
) -> None:
    second = first - gap
    stated = f"{gap / 10:.1f}{joint}"
    polled = f"Labour polled {first / 10:.1f}% and the Conservatives {second / 10:.1f}%"
    text = f"{polled}, a {stated} {noun}."
    assert findings(text) == []
    wrong = f"{gap / 10 + 3:.1f}{joint}"  # three points off: beyond any rounding
    (finding,) = findings(text.replace(stated, wrong))
    assert finding.rule == "CC304"
    assert finding.suggestion == stated
    assert text.replace(stated, wrong)[finding.start : finding.end] == wrong


@pytest.mark.parametrize(
    "text",
    [
        "The Hawks won 98-91, a 17-point margin over their rivals.",
        "The index rose to 4,120 from 3,980, a 40-point gap with its peak.",
        "Exports were $5.2 billion and imports $3.1 billion, a $3 billion lead over 2022.",
    ],
)
def test_points_of_no_two_percentages_read_no_difference(text: str) -> None:
    assert findings(text) == []


def test_a_gap_worded_before_its_figure_keeps_its_word_in_the_fix() -> None:
    (finding,) = findings("Labour is on 44%, the Conservatives on 23%, a lead of 31 points.")
    assert finding.suggestion == "lead of 21 points"
