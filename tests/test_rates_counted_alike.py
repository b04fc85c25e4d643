"""A rate per a noun read over a count named by another noun counting the same members
(`[counted alike]` in the vocabulary): "531,280 registered growers, ... per farmer",
"612,955 paying fans, ... a spectator"; never over a count of other things."""

from __future__ import annotations

import pytest

from readings import assert_caught, flagged


@pytest.mark.parametrize(
    ("clean", "slipped"),
    [
        (
            "The board distributed TSh 74.6 billion in bonuses to 531,280 registered growers,"
            " an average of about TSh 140,400 per farmer.",
            "The board distributed TSh 74.6 billion in bonuses to 531,280 registered growers,"
            " an average of about TSh 104,400 per farmer.",
        ),
        (
            "Ticket receipts of $38.47 million from 612,955 paying fans last season work out at"
            " $62.76 a spectator.",
            "Ticket receipts of $38.47 million from 612,955 paying fans last season work out at"
            " $67.26 a spectator.",
        ),
        (
            "The college spent £41.6 million on 9,212 learners, or £4,516 per student.",
            "The college spent £41.6 million on 9,212 learners, or £5,416 per student.",
        ),
    ],
)
def test_a_rate_over_members_counted_by_another_noun_is_checked(clean: str, slipped: str) -> None:
    assert_caught(clean, slipped, "CC306")


def test_a_rate_over_other_things_is_not_read() -> None:
    assert (
        flagged("The board paid TSh 74.6 billion to 531,280 farms, or TSh 9,400 per farmer.") == []
    )
