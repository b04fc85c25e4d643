"""A verb of raising with money right after it says what was collected, not by how much
something rose (`[collecting]`): "the toll raised $144.9 million: ..." is a total that its
parts are checked against, while "raised prices 5%" and "raised its dividend to 50 cents"
still state changes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import change_pairs, flagged, rules, unrounded

SUBJECTS = ("The congestion toll", "The share sale", "The appeal", "The bond auction")
VERBS = ("raised", "has raised", "will raise")


@settings(max_examples=40, deadline=None)
@given(
    parts=st.lists(unrounded(101, 899), min_size=3, max_size=3),
    subject=st.sampled_from(SUBJECTS),
    verb=st.sampled_from(VERBS),
    slip=st.integers(1, 9),
)
def test_money_raised_is_a_total_its_parts_are_checked_against(
    parts: list[int], subject: str, verb: str, slip: int
) -> None:
    a, b, c = (f"{p / 10:.1f}" for p in parts)
    total = sum(parts)
    text = (
        "{} {} ${:.1f} million: ${} million from cars, ${} million from vans and ${} million"
        " from trucks."
    )
    assert flagged(text.format(subject, verb, total / 10, a, b, c)) == []
    wrong = total + slip * 10
    wrong -= 0 if wrong % 10 else 1  # a figure ending in 0 may be rounded
    stated = f"${wrong / 10:.1f} million"
    assert flagged(text.format(subject, verb, wrong / 10, a, b, c)) == [("CC303", stated)]


def test_raising_something_named_is_still_a_change() -> None:
    text = "The board raised its dividend to 61 cents from 56 cents, an increase of 9 percent."
    assert change_pairs(text) == [("56 cents", "61 cents")]
    assert flagged(text) == []
    assert rules(text.replace("9 percent", "19 percent")) == ["CC301"]
