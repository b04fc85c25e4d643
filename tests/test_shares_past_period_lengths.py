"""A count that is a time phrase's length ("in the three months to June 30", "over the
past 12 months") is no part of a share after it: the part is the amount before the time
phrase ("$41.3 billion in the three months to June 30, accounting for 25.2% of ...")."""

from __future__ import annotations

import pytest

from readings import assert_caught


@pytest.mark.parametrize(
    "time",
    ["in the three months to June 30", "over the past 12 months", "in the first nine months"],
)
def test_a_share_after_a_period_with_a_length(time: str) -> None:
    clean = (
        f"Exports to China reached $41.3 billion {time}, accounting for 25.2% of total exports"
        " of $163.7 billion."
    )
    assert_caught(clean, clean.replace("25.2%", "35.2%"), "CC201")


def test_a_share_of_counted_weeks_is_still_read() -> None:
    clean = "Of the 52 weeks, 13 weeks, or 25%, were wetter than average."
    assert_caught(clean, clean.replace("25%", "35%"), "CC201")
