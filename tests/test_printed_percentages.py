"""A stated change in percent judged as writers print one: rounded twice (10.47% to a
release's "10.5%", then to "11%"), or padded with a last decimal zero ("33.60%" for
33.6%), is no slip; a figure off by more still is, and the message shows the difference."""

from __future__ import annotations

import pytest

import claimcheck


def findings(text: str) -> list[tuple[str, str]]:
    return [(f.message, str(f.suggestion)) for f in claimcheck.check(text).findings]


@pytest.mark.parametrize(
    "text",
    [
        "Output climbed 11% to 110,470 tonnes from 99,997 tonnes.",  # 10.47%: 10.5, then 11
        "Sales in Kenya fell 6% to Sh95,079 million from Sh100,570 million.",  # 5.46%
        "The rail network grew 4% over the year to 12,839 km, from 12,408 km.",  # 3.47%
        "Other income was up 33.60% at Rs1,335.81 crore, against Rs1,000.03 crore.",  # 33.58%
        "Fees fell 12.40% to €876.14 million from €1,000.02 million.",  # 12.386%
    ],
)
def test_a_percentage_printed_as_writers_print_it_is_no_slip(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Output climbed 12% to 110,470 tonnes from 99,997 tonnes.",
            "99,997 tonnes → 110,470 tonnes is +10.5%, not +12%",
        ),
        (
            "Other income was up 33.70% at Rs1,335.81 crore, against Rs1,000.03 crore.",
            "Rs1,000.03 crore → Rs1,335.81 crore is +33.58%, not +33.7%",
        ),
        (
            "Other income was up 33.61% at Rs1,335.81 crore, against Rs1,000.03 crore.",
            "Rs1,000.03 crore → Rs1,335.81 crore is +33.58%, not +33.61%",
        ),
    ],
)
def test_a_percentage_off_by_more_is_a_slip_whose_message_shows_the_difference(
    text: str, message: str
) -> None:
    assert [m for m, _ in findings(text)] == [message]
