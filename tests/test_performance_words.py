"""A return compared with its benchmark by "outperforming" or "underperforming" (or
"outperformed", "underperformed") is a comparison whose direction is checked, as
"beating" and "trailing" are."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import rules


@settings(max_examples=40, deadline=None)
@given(
    benchmark=st.integers(101, 899).filter(lambda n: n % 10),
    gap=st.integers(11, 99),
    word=st.sampled_from(["outperforming", "underperforming"]),
    slip=st.booleans(),
)
def test_a_return_against_its_benchmark_is_flagged_exactly_when_its_word_is_wrong(
    benchmark: int, gap: int, word: str, slip: bool
) -> None:
    up = (word == "outperforming") != slip
    fund = benchmark + gap if up else benchmark - gap
    text = (
        f"The fund returned {fund / 100:.2f}% last year, {word} its benchmark of"
        f" {benchmark / 100:.2f}%."
    )
    assert rules(text) == (["CC302"] if slip else [])


@settings(max_examples=30, deadline=None)
@given(
    benchmark=st.integers(101, 899).filter(lambda n: n % 10),
    gap=st.integers(11, 99),
    word=st.sampled_from(["outperformed", "underperformed"]),
    slip=st.booleans(),
)
def test_a_return_that_outperformed_its_benchmark_is_checked(
    benchmark: int, gap: int, word: str, slip: bool
) -> None:
    up = (word == "outperformed") != slip
    fund = benchmark + gap if up else benchmark - gap
    text = f"The fund's return of {fund / 100:.2f}% {word} its benchmark of {benchmark / 100:.2f}%."
    assert rules(text) == (["CC302"] if slip else [])
