"""A comparison whose subject a pronoun points back to ("a surplus of $9.3 billion, though
it is smaller than last year's $22.1 billion"), a move stated in a measure ("has shrunk as
a share of the budget, from 30 percent to 11 percent") and a hedge on its new value ("to
as little as 11 percent") are read as the change they state."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import change_pairs, rules


@pytest.mark.parametrize(
    ("clean", "slipped", "pair"),
    [
        (
            "The budget delivers a surplus of $9.3 billion this year, though it is smaller "
            "than last year's $22.1 billion.",
            "The budget delivers a surplus of $9.3 billion this year, though it is bigger "
            "than last year's $22.1 billion.",
            ("$22.1 billion", "$9.3 billion"),
        ),
        (
            "Exports hit a record 4.1 million tonnes, but that is still below the 4.5 million "
            "tonnes the ministry targeted.",
            "Exports hit a record 4.8 million tonnes, but that is still below the 4.5 million "
            "tonnes the ministry targeted.",
            ("4.5 million tonnes", "4.1 million tonnes"),
        ),
        (
            "Debt service has shrunk as a share of the budget, from 30 percent in 1996 to as "
            "little as 11 percent in 2017.",
            "Debt service has grown as a share of the budget, from 30 percent in 1996 to as "
            "little as 11 percent in 2017.",
            ("30 percent", "11 percent"),
        ),
        (
            "Spending rose as a proportion of output, to 41 percent from 38 percent.",
            "Spending fell as a proportion of output, to 41 percent from 38 percent.",
            ("38 percent", "41 percent"),
        ),
    ],
)
def test_the_change_is_read_and_judged(clean: str, slipped: str, pair: tuple[str, str]) -> None:
    assert pair in change_pairs(clean)
    assert not rules(clean)
    assert rules(slipped) == ["CC302"]


@pytest.mark.parametrize(
    "text",
    [
        # the pronoun's clause has a verb of its own: what it compares is another figure
        "The company earned $5 billion, and it now expects revenue below the $6 billion of 2022.",
        # a cleft sentence: the value compared is another subject's
        "Imports were $7 billion in May, but it was exports, at $9 billion, that drove the "
        "surplus.",
        # another subject between the value and the comparison
        "Revenue was $5 billion, and costs were well above the $4 billion of 2022.",
    ],
)
def test_no_comparison_is_read_past_another_subject(text: str) -> None:
    assert not rules(text)


_WORDS = {"above": 1, "higher than": 1, "bigger than": 1, "below": -1, "smaller than": -1}
_POINTERS = [", though it is", ", but that was", ", and this is", ", and that was still"]


@settings(max_examples=60)
@given(
    new=st.integers(11, 99),
    old=st.integers(11, 99),
    word=st.sampled_from(sorted(_WORDS)),
    pointer=st.sampled_from(_POINTERS),
)
def test_a_finding_exactly_when_the_comparison_contradicts_the_two_values(
    new: int, old: int, word: str, pointer: str
) -> None:
    """Two amounts to one decimal, written to the same precision: the comparison is
    wrong exactly when their order says the other way."""
    assume(new != old)
    text = (
        f"The trade surplus came to ${new / 10:.1f} billion in May{pointer} {word} the "
        f"${old / 10:.1f} billion of a year earlier."
    )
    wrong = (new - old) * _WORDS[word] < 0
    assert ("CC302" in rules(text)) == wrong, text
