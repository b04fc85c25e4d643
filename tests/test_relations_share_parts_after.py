"""A share may state its part after its "of" phrase: restated after "or" ("Schools take
43% of the total, or $109.1 million") or given by the verb after a share set off between
commas after its subject ("Its general fund, 43% of the total, stands at $109.1 million").
The whole is then the one the noun names, as for any share."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readings import assert_caught, rules

_BUDGET = "The council adopted a budget of $251.7 million. "


@pytest.mark.parametrize(
    ("clean", "slipped"),
    [
        (
            _BUDGET + "Its general fund takes 43% of the total, or $109.1 million.",
            _BUDGET + "Its general fund takes 43% of the total, or $129.1 million.",
        ),
        (
            _BUDGET + "Its general fund, 43% of the total, stands at $109.1 million.",
            _BUDGET + "Its general fund, 43% of the total, stands at $129.1 million.",
        ),
        (
            "The federal budget is put at $1.9 trillion. Health gets 40 percent of the budget, "
            "or $760 billion.",
            "The federal budget is put at $1.9 trillion. Health gets 40 percent of the budget, "
            "or $960 billion.",
        ),
    ],
)
def test_a_part_after_its_share_is_checked_against_the_whole(clean: str, slipped: str) -> None:
    assert_caught(clean, slipped, "CC201")


@pytest.mark.parametrize(
    "text",
    [
        # the amount after the aside is compared, not given
        _BUDGET + "Its general fund, 43% of the total, is $20 million more than last year's.",
        # no comma opens the aside: the share is the subject's own, not set off
        _BUDGET + "It said 43% of the total is $129.1 million short of what schools need.",
        # the amount after "or" is not the end of its clause
        _BUDGET + "Schools take 43% of the total, or $129.1 million less than they asked for.",
    ],
)
def test_no_part_is_read_from_an_amount_doing_something_else(text: str) -> None:
    assert not rules(text)


@settings(max_examples=50)
@given(
    whole=st.integers(100, 900),
    share=st.integers(10, 60),
    aside=st.booleans(),
    slip=st.booleans(),
)
def test_a_finding_exactly_when_the_part_is_not_the_share_of_the_whole(
    whole: int, share: int, aside: bool, slip: bool
) -> None:
    """A whole in millions, a share in whole percent and its part to one decimal; a
    slipped part is ten points of the whole more, far beyond any rounding."""
    part = whole * (share + (10 if slip else 0)) / 100
    sized = (
        f"Its general fund, {share}% of the total, stands at ${part:.1f} million."
        if aside
        else f"Its general fund takes {share}% of the total, or ${part:.1f} million."
    )
    text = f"The council adopted a budget of ${whole} million. {sized}"
    assert ("CC201" in rules(text)) == slip, text
