"""Shares stated in the sentence after their part (issue 10): "3,415 of the 8,760 students
went on to university. That is a rate of 39.0%", and "Debt service will absorb N8.27
trillion. That is 28.8% of all spending" after a sentence stating the whole. Each form is
generated with its right share and with a slipped one; a sentence that points back to two
pairs, or to a part beside another amount, gives no reading.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import claimcheck


def rules(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text, date="2024-05-01").findings]


PAIRS = [
    "In Toyama, {part:,} of the {whole:,} students who finished school went on to university.",
    "Of the {whole:,} homes sold in the county last year, {part:,} were bought by first-time"
    " buyers, the agency said.",
    "The clinic saw {whole:,} patients in March, and {part:,} of them were children.",
]
SHARES = [
    "That is {share} per cent.",
    "That is a rate of {share}%, the highest since 1998.",
    "The rate of {share}% was the highest since records began.",
    "That represents about {share}%, officials said.",
]


@given(
    whole=st.integers(1_000, 90_000),
    tenths=st.integers(50, 950),
    pair=st.sampled_from(PAIRS),
    share=st.sampled_from(SHARES),
    slip=st.integers(60, 150),  # beyond what "about" allows
)
def test_a_share_pointing_back_to_a_part_and_its_whole(
    whole: int, tenths: int, pair: str, share: str, slip: int
) -> None:
    part = round(whole * tenths / 1000)
    assume(whole % 10 and part % 10)  # a round count may be rounded itself
    exact = part / whole * 100
    right = f"{exact:.1f}"
    assume(abs(float(right) - exact) < 0.049)  # no tie at the rounding edge
    text = pair.format(part=part, whole=whole) + " " + share
    assert rules(text.format(share=right)) == []
    wrong = f"{exact + slip / 10:.1f}" if exact < 50 else f"{exact - slip / 10:.1f}"
    assert rules(text.format(share=wrong)) == ["CC201"]


def test_two_pairs_before_give_no_reading() -> None:
    text = (
        "Of the 2,318 homes sold, 604 went to first-time buyers, and 310 of the 1,200 flats"
        " went to investors. That is 21 per cent."
    )
    assert rules(text) == []


def test_another_rate_pointing_back_is_no_share_of_the_pair() -> None:
    text = (
        "In Toyama, 3,415 of the 8,760 students went on to university. The unemployment rate"
        " of 4.0% was the highest since 1998."
    )
    assert rules(text) == []


WHOLES = [
    "Nigeria's budget provides for total expenditure of N{whole} trillion, the office said.",
    "The government will spend N{whole} trillion next year, budget documents show.",
]
OFS = ["of all spending", "of the total", "of total spending"]


@given(
    whole=st.integers(100, 400),
    tenths=st.integers(100, 600),
    opening=st.sampled_from(WHOLES),
    of=st.sampled_from(OFS),
    slip=st.integers(40, 90),
)
def test_a_share_pointing_back_to_its_part_with_the_whole_before(
    whole: int, tenths: int, opening: str, of: str, slip: int
) -> None:
    part = round(whole * tenths / 1000)
    exact = part / whole * 100
    right = f"{exact:.1f}"
    assume(abs(float(right) - exact) < 0.049)
    text = (
        opening.format(whole=f"{whole / 10:.1f}")
        + f" Debt service alone will absorb N{part / 10:.1f} trillion. That is {{}}% {of}, a"
        " level the office called worrying."
    )
    assert rules(text.format(right)) == []
    assert rules(text.format(f"{exact + slip / 10:.1f}")) == ["CC201"]


def test_a_part_beside_another_amount_gives_no_reading() -> None:
    text = (
        "Kestrel carried 38.6 million passengers in 2024. International routes, boosted by 14"
        " new destinations, accounted for 23.9 million of them. That is 71.9% of all traffic."
    )
    assert rules(text) == []


@pytest.mark.parametrize("dash", ["—", "–"])
def test_a_share_set_off_by_dashes_with_or_is_of_its_part(dash: str) -> None:
    clean = (
        "Some 2,318 shops closed in the first half, the survey found. Of those, 817"
        f" {dash} or 35% {dash} sold clothes."
    )
    assert rules(clean) == []
    assert rules(clean.replace("35%", "53%")) == ["CC201"]
