"""A balance's sides may be named by what was done with the money, not by a noun: "ran a
budget deficit of Rs 651.8 billion: the government spent Rs 2400.9 billion but brought in
just Rs 1749.1 billion" ("collected", "earned", "received", "brought in" name the side
coming in, as "spent" names the side going out)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import flagged, unrounded

IN_VERBS = ("brought in", "collected", "earned", "received")


@settings(max_examples=40, deadline=None)
@given(
    spent=unrounded(20_001, 29_999),
    gap=unrounded(1_001, 9_999),
    verb=st.sampled_from(IN_VERBS),
    slip=st.integers(1, 9),
)
def test_a_deficit_between_money_spent_and_money_brought_in_is_checked(
    spent: int, gap: int, verb: str, slip: int
) -> None:
    text = (
        "The country ran a budget deficit of Rs {:.1f} billion in July-December: the"
        " government spent Rs {:.1f} billion in the half-year but {} just Rs {:.1f} billion."
    )
    clean = text.format(gap / 10, spent / 10, verb, (spent - gap) / 10)
    assert flagged(clean) == []
    wrong = (gap + slip * 100) / 10
    slipped = text.format(wrong, spent / 10, verb, (spent - gap) / 10)
    assert flagged(slipped) == [("CC304", f"Rs {wrong:.1f} billion")]
