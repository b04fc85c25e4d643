"""A return compared with its benchmark by "outperforming" or "underperforming" (or
"outperformed", "underperformed") is a comparison whose direction is checked, as
"beating" and "trailing" are."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import rules

WORDS = ["outperforming", "underperforming", "outperformed", "underperformed"]
# How a return is set against its benchmark, by the word's form.
AFTER_A_COMMA = "The fund returned {fund}% last year, {word} its benchmark of {bench}%."
AS_THE_VERB = "The fund's return of {fund}% {word} its benchmark of {bench}%."


@settings(max_examples=60, deadline=None)
@given(
    benchmark=st.integers(101, 899).filter(lambda n: n % 10),
    gap=st.integers(11, 99),
    word=st.sampled_from(WORDS),
    slip=st.booleans(),
)
def test_a_return_against_its_benchmark_is_flagged_exactly_when_its_word_is_wrong(
    benchmark: int, gap: int, word: str, slip: bool
) -> None:
    up = word.startswith("out") != slip
    fund = benchmark + gap if up else benchmark - gap
    form = AFTER_A_COMMA if word.endswith("ing") else AS_THE_VERB
    text = form.format(fund=f"{fund / 100:.2f}", word=word, bench=f"{benchmark / 100:.2f}")
    assert rules(text) == (["CC302"] if slip else [])
