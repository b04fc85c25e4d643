"""Which figure is the whole a part is of: a level, never its difference or its period.

A part after "of which" that follows a level and a figure comparing it ("€1.3 billion more
than a year earlier") is of the level; a month, quarter or year opening a sentence names
no whole, so figures of the same period are not the parts of an earlier one.
"""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.report import Finding


def findings(text: str, *rules: str) -> list[Finding]:
    return [f for f in claimcheck.check(text).findings if not rules or f.rule in rules]


# --- a difference after a level is no whole for "of which" -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Profit rose to £640 million, £120 million more than a year earlier, of which £450"
        " million came from Britain.",
        "Exports reached 12.4 billion yuan, 2.1 billion yuan more than in 2022, of which 9"
        " billion yuan went to Europe.",
        "Revenue was $5.1 billion, $1.2 billion higher than forecast, of which $3.4 billion came"
        " from cloud contracts.",
        "Tax receipts totalled €3.2 billion, €1.3 billion above the year before, of which €2.6"
        " billion arrived in March.",
        "Remittances reached $4.6 billion, $800 million less than in 2021, of which $3.9 billion"
        " came from the Gulf.",
        "Deposits grew to Rs 9,400 crore, Rs 1,100 crore more than last year, of which Rs 7,000"
        " crore came from households.",
        # "raised" may read as a change's verb, leaving the difference the first amount
        "Customs duty raised €4.1 billion in 2022, €0.9 billion more than a year earlier, and"
        " €3.3 billion of it came in June.",
        "The levy raised £2.2 billion, £0.4 billion above forecast, with £1.9 billion of that"
        " from banks.",
    ],
)
def test_a_part_of_which_is_of_the_level_not_its_difference(text: str) -> None:
    assert findings(text, "CC303") == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Profit rose to £640 million, £120 million more than a year earlier, of which £750"
            " million came from Britain.",
            "the parts listed (of which) add up to £750 million, more than the total of £640"
            " million: £750 million",
        ),
        (
            "Sales hit $840 million, up $95 million on the year, of which $910 million came from"
            " Asia.",
            "the parts listed (of which) add up to $910 million, more than the total of $840"
            " million: $910 million",
        ),
        (
            "Spending came to 880 million rand, 140 million rand more than budgeted, of which 960"
            " million rand went on wages.",
            "the parts listed (of which) add up to 960 million rand, more than the total of 880"
            " million rand: 960 million rand",
        ),
    ],
)
def test_a_part_above_the_level_is_still_caught(text: str, message: str) -> None:
    assert [(f.rule, f.message) for f in findings(text)] == [("CC303", message)]


# --- a period opening a sentence names no whole ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The deficit rose to $2.28 billion in June. In June the country earned $3.12 billion"
        " from goods and $646 million from services, while it paid $7.04 billion for imports.",
        "The trade gap narrowed to €1.4 billion in March. In March the country sold €5.2"
        " billion of goods and €900 million of services abroad.",
        "The shortfall reached ¥840 billion in the third quarter. In the third quarter the state"
        " collected ¥2.1 trillion in taxes and ¥600 billion in fees.",
        "The net loss was A$95 million this year. This year the group booked A$410 million from"
        " mining and A$220 million from energy.",
        "Exports rose to €131.2 billion in June. In June, exports to the EU were worth €71.5"
        " billion and exports to Asia €79.7 billion.",
    ],
)
def test_a_period_names_no_whole(text: str) -> None:
    assert findings(text, "CC303") == []


@pytest.mark.parametrize(
    "text",
    [
        "The surplus was £310 million last year. Last year the council raised £1.2 billion from"
        " council tax and £450 million from business rates.",
        "The surplus was £310 million in 2023. In 2023 the council raised £1.2 billion from"
        " council tax and £450 million from business rates.",
    ],
)
def test_guard_other_periods_name_no_whole_either(text: str) -> None:
    assert findings(text, "CC303") == []


def test_guard_a_whole_named_by_its_noun_is_still_checked() -> None:
    found = findings(
        "Exports rose to €131.2 billion in June. Exports to the EU were worth €71.5 billion"
        " and exports to Asia €79.7 billion."
    )
    assert [(f.rule, f.message) for f in found] == [
        (
            "CC303",
            "the parts listed (export) add up to €151.2 billion, more than the total of €131.2"
            " billion: €71.5 billion + €79.7 billion",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sales hit $840 million, $910 million of it from Asia, up $95 million on the year.",
        "Sales hit $840 million, of which $910 million came from Asia, up $95 million on the year.",
    ],
)
def test_guard_a_part_right_after_the_level_is_still_caught(text: str) -> None:
    assert [f.rule for f in findings(text)] == ["CC303"]


# --- a part pointing back to the level is no value the difference is compared with --------


@pytest.mark.parametrize(
    "text",
    [
        "Spending came to 880 million rand, 140 million rand more than budgeted, with 600"
        " million rand of it going on wages.",
        "Revenue was $5.1 billion, $1.2 billion higher than forecast, with $3.4 billion of that"
        " from cloud.",
        "Revenue was $5.1 billion, $1.2 billion more than last year, with $3.4 billion of it from"
        " cloud.",
    ],
)
def test_a_part_of_it_after_a_difference_is_no_compared_value(text: str) -> None:
    assert findings(text) == []


def test_guard_a_value_compared_with_is_still_checked() -> None:
    found = findings(
        "Output was 4,100 tonnes, 900 tonnes more than its sister plant, with 3,500 tonnes."
    )
    assert [(f.rule, f.message) for f in found] == [
        ("CC304", "4,100 tonnes − 3,500 tonnes is 600 tonnes, not 900 tonnes")
    ]
