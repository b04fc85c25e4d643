"""A value a direction verb's participle describes ("the £180.22 million raised in April",
"the 250,000 added in May") is the value a comparison names, not the figure of a change of
its own, as "a 15% rise" is."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readings import assert_caught, change_pairs, rules


@pytest.mark.parametrize("participle", ["raised", "added", "increased", "lifted"])
def test_a_value_a_participle_describes_is_the_value_compared_with(participle: str) -> None:
    clean = (
        f"May's take of £167.18 million was well down on the £180.22 million {participle} in April."
    )
    assert change_pairs(clean) == [("£180.22 million", "£167.18 million")]
    assert_caught(clean, clean.replace("down on", "up on"), "CC302")


def test_a_participle_that_is_a_noun_too_is_left_unread() -> None:
    """ "the £180.22 million cut" may be a cut of that size: neither reading is clearly best."""
    text = "May's take of £167.18 million was well down on the £180.22 million cut in April."
    assert change_pairs(text) == []
    assert rules(text) == []


def test_a_direction_noun_after_a_value_still_names_its_own_change() -> None:
    """ "compared with a 15% rise" compares with a change, not a value."""
    text = "Exports rose 3% in June, compared with a 15% rise in May."
    assert change_pairs(text) == []
    assert rules(text) == []


@settings(max_examples=40, deadline=None)
@given(
    now=st.integers(min_value=100, max_value=900),
    then=st.integers(min_value=100, max_value=900),
    above=st.booleans(),
)
def test_the_comparison_is_judged_on_the_described_value(now: int, then: int, above: bool) -> None:
    """Whatever the figures (written to the unit, so their order is certain), "above" or
    "below" the value a participle describes is a finding exactly when the figures are
    the other way round."""
    assume(now != then)
    new, old = f"{now * 1000 + 137:,}", f"{then * 1000 + 611:,}"
    word = "above" if above else "below"
    text = f"Payrolls grew by {new} in June, {word} the {old} added in May."
    assert change_pairs(text) == [(old, new)]
    assert rules(text) == ([] if (now > then) == above else ["CC302"])
