"""A change whose two values each carry a point in time ("climbed to $25.8 billion at the
end of June from $24 billion"): words that place a value at the start, middle, end or
close of a period stand between a change's parts as "in June" does, so the direction
word and both values are read, and a flipped word or a wrong value is caught."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck

PLACES_IN_TIME = [
    "at the end of June",
    "at end-June",
    "at the close of the quarter",
    "at the start of May",
    "at the beginning of the year",
    "at mid-year",
    "at the middle of March",
]


def change_rules(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text, date="2024-08-01").findings]


@pytest.mark.parametrize("when", PLACES_IN_TIME)
def test_a_point_in_time_between_a_change_and_its_earlier_value_keeps_them_one_change(
    when: str,
) -> None:
    clean = f"Public debt climbed to $25.8 billion {when} from $24 billion a year earlier."
    assert change_rules(clean) == []
    assert change_rules(clean.replace("climbed", "fell")) == ["CC302"]
    assert change_rules(clean.replace("$24 billion", "$27 billion")) == ["CC302"]


@settings(max_examples=40, deadline=None)
@given(
    when=st.sampled_from(PLACES_IN_TIME),
    old=st.integers(min_value=100, max_value=900),
    percent=st.integers(min_value=5, max_value=40),
)
def test_a_stated_percentage_is_checked_across_a_point_in_time(
    when: str, old: int, percent: int
) -> None:
    new = round(old * (1 + percent / 100))
    clean = f"Reserves rose {percent}% to {new} million tonnes {when}, from {old} million tonnes."
    assert change_rules(clean) == []
    wrong = percent + 30  # far outside any rounding of the two values
    assert change_rules(clean.replace(f"rose {percent}%", f"rose {wrong}%")) == ["CC301"]


def test_words_that_are_no_point_in_time_still_part_a_change_from_a_value() -> None:
    # "at home" says where, not when: the earlier value is not read as this change's
    text = "Sales climbed to $25.8 billion at home from $30 billion abroad."
    assert change_rules(text) == []
