"""A gap set off after its two values by a dash, as by a comma: "R1.382 billion, ahead of
the R1.115 billion written by its rival — a gap of R267 million"."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import assert_caught, flagged


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_a_gap_after_a_dash_is_checked(dash: str) -> None:
    assert_caught(
        f"Sales reached €4.718 billion, ahead of the €4.263 billion booked by its rival"
        f" {dash} a gap of €455 million.",
        f"Sales reached €4.718 billion, ahead of the €4.263 billion booked by its rival"
        f" {dash} a gap of €545 million.",
        "CC304",
    )


def test_a_dash_and_a_comma_both_before_the_gap_leave_it_unread() -> None:
    text = (
        "Sales reached €4.718 billion, ahead of the €4.263 billion booked by its rival, the"
        " market leader — a gap of €545 million."
    )
    assert flagged(text) == []


@settings(max_examples=40, deadline=None)
@given(
    a=st.integers(min_value=2_001, max_value=99_999),
    b=st.integers(min_value=1_001, max_value=99_999),
    off=st.integers(min_value=3, max_value=500),
)
def test_a_dashed_gap_is_judged_by_its_two_values(a: int, b: int, off: int) -> None:
    """The right gap is never flagged; a gap off by more than rounding always is."""
    gap = a - b
    assume(gap > 100 and a % 10 and b % 10 and gap % 10 and (gap + off) % 10)

    def text(stated: int) -> str:
        return (
            f"The north recorded {a:,} admissions, against {b:,} in the south — a"
            f" difference of {stated:,}."
        )

    assert flagged(text(gap)) == []
    assert [rule for rule, _ in flagged(text(gap + off))] == ["CC304"]
