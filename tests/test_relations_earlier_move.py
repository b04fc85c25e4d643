"""A change's earlier value stated as a move of its own, its verb in "-ing": "Inflation
climbed to 6.9% in January after easing to 6.6% in December", "After rising to $45
million in April, exports fell to $40 million in May"."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import assert_caught, change_pairs, rules


def test_a_move_after_the_change_gives_its_earlier_value() -> None:
    clean = "Inflation climbed to 6.9 per cent in January after easing to 6.6 per cent in December."
    assert change_pairs(clean) == [("6.6 per cent", "6.9 per cent")]
    assert_caught(clean, clean.replace("6.6 per cent", "7.6 per cent"), "CC302")


def test_a_move_before_the_change_gives_its_earlier_value() -> None:
    clean = "After rising to $45 million in April, exports fell to $40 million in May."
    assert change_pairs(clean) == [("$45 million", "$40 million")]
    assert_caught(clean, clean.replace("$45 million", "$35 million"), "CC302")


def test_a_move_of_another_subject_gives_nothing() -> None:
    """Only the change's own move, "after" right before its verb, states where it stood:
    "after spending rising to" is a move of spending."""
    text = "Profit rose to $5.2 billion after spending rising to $5.9 billion."
    assert change_pairs(text) == []
    assert rules(text) == []


UP = ["rose", "climbed", "increased", "jumped"]
DOWN = ["fell", "eased", "declined", "dropped"]
EARLIER = ["rising", "falling", "easing", "climbing", "slowing", "jumping"]


@settings(max_examples=60, deadline=None)
@given(
    up=st.booleans(),
    verb=st.integers(min_value=0, max_value=3),
    earlier=st.sampled_from(EARLIER),
    old=st.integers(min_value=50, max_value=200),
    step=st.integers(min_value=2, max_value=40),
    rises=st.booleans(),
)
def test_the_direction_is_judged_against_the_earlier_move(
    up: bool, verb: int, earlier: str, old: int, step: int, rises: bool
) -> None:
    """Whatever the verbs and figures, the change is read from the earlier move's value to
    its own, and its word is a finding exactly when the figures move the other way."""
    new = old + step if rises else old - step
    said = (UP if up else DOWN)[verb]
    text = (
        f"The jobless rate {said} to {new / 10:.1f}% in March after {earlier} to "
        f"{old / 10:.1f}% in February."
    )
    assert change_pairs(text) == [(f"{old / 10:.1f}%", f"{new / 10:.1f}%")]
    assert rules(text) == ([] if up == rises else ["CC302"])
