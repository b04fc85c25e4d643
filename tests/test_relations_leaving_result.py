"""A difference named as what a word leaves of the two values before it: "Revenue was
$5.2 billion and costs $3.9 billion, leaving a profit of $1.3 billion"; "brought in 326.6
billion yen of cash and investments used 203.4 billion yen, leaving free cash flow of
123.2 billion yen". A profit with no such word is no difference: other costs may come
between revenue and it."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import assert_caught, rules


def test_the_result_left_is_the_difference_of_the_two_values() -> None:
    clean = (
        "Operating activities brought in 326.6 billion yen of cash and investments used "
        "203.4 billion yen, leaving free cash flow of 123.2 billion yen."
    )
    assert_caught(clean, clean.replace("123.2 billion", "132.2 billion"), "CC304")


def test_a_profit_not_left_by_the_two_is_no_difference() -> None:
    """Net profit is what remains after more than the costs named: no claim."""
    text = (
        "Revenue was $5.21 billion and operating costs $3.94 billion; net profit was $0.83 billion."
    )
    assert rules(text) == []


@settings(max_examples=60, deadline=None)
@given(
    revenue=st.integers(min_value=2_001, max_value=9_999),
    costs=st.integers(min_value=101, max_value=1_999),
    slip=st.integers(min_value=-40, max_value=40),
    noun=st.sampled_from(["a profit", "an operating profit", "net income", "free cash flow"]),
    lead=st.sampled_from(["leaving", "which left", "which leaves"]),
)
def test_the_result_is_judged_whatever_its_name(
    revenue: int, costs: int, slip: int, noun: str, lead: str
) -> None:
    """Whatever the noun and the word leaving it, a result ten or more away from the
    difference is a finding, the difference itself none (every figure written to the
    unit)."""
    result = revenue - costs + slip
    assume(slip == 0 or abs(slip) >= 10)
    assume(result >= 100 and revenue % 10 and costs % 10 and result % 10)
    text = (
        f"Sales were ${revenue:,} million and costs ${costs:,} million, {lead} {noun} of "
        f"${result:,} million."
    )
    assert rules(text) == ([] if slip == 0 else ["CC304"])
