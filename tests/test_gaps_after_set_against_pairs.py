"""A gap named after two values set against each other ("but", "while", "versus") is
theirs even when the second carries words of its own before the gap: "Rs 143 at the
market but Rs 261 in residential neighbourhoods, a markup of Rs 118"; "61% said it was
getting worse, versus 34% who said it was improving, a 27-point gap". With no side
known, the message puts the larger value first."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck
from readings import assert_caught, flagged, rules, unrounded


@pytest.mark.parametrize(
    ("clean", "find", "replace"),
    [
        (
            "Tomatoes were trading at Rs 143 a kilogram at the Badami Bagh market on Monday but"
            " retailing at Rs 261 in residential neighbourhoods, a markup of Rs 118.",
            "Rs 118",
            "Rs 181",
        ),
        (
            "The starting salary for a teacher in England rises to £31,650 from September,"
            " while the figure for inner London is £38,766, a premium of £7,116.",
            "£7,116",
            "£7,161",
        ),
        (
            "In the Ipsos poll, 61% said the health service was getting worse, versus 34% who"
            " said it was improving or unchanged, a 27-point gap.",
            "27-point",
            "17-point",
        ),
    ],
)
def test_a_gap_after_a_labelled_pair_set_against_each_other(
    clean: str, find: str, replace: str
) -> None:
    assert_caught(clean, clean.replace(find, replace), "CC304")


def test_the_larger_value_comes_first_when_no_side_is_known() -> None:
    (finding,) = claimcheck.check(
        "Tomatoes sold at Rs 143 at the market but at Rs 261 in shops, a markup of Rs 181."
    ).findings
    assert finding.message.startswith("Rs 261 − Rs 143 is Rs 118")


def test_two_values_not_set_against_each_other_give_no_gap_past_a_label() -> None:
    text = (
        "The ministry paid Rs 143 crore to farmers and Rs 261 crore to traders in the north,"
        " a margin of Rs 181 crore for the year."
    )
    assert flagged(text) == []


@given(
    low=unrounded(101, 4_999),
    gap=unrounded(11, 999),
    slip=st.sampled_from([0, 100, -100]),
)
def test_a_labelled_pair_is_flagged_only_when_its_gap_is_wrong(
    low: int, gap: int, slip: int
) -> None:
    high = low + gap
    stated = gap + slip
    if high % 10 == 0 or stated <= 0 or stated % 10 == 0:
        return
    text = (
        f"A room cost ${low:,} a night in March but ${high:,} at the height of the season,"
        f" a premium of ${stated:,}."
    )
    assert rules(text) == ([] if slip == 0 else ["CC304"])
