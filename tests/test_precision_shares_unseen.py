"""Clean wording of real copy whose shares once took the wrong whole: a whole a noun
names, a target set off as a comparison, and counts of other things or groups pointed
back to."""

from __future__ import annotations

import pytest

import claimcheck


def shares(text: str) -> list[str]:
    return [f.message for f in claimcheck.check(text).findings if f.rule == "CC201"]


# --- a share "of <noun>" takes the figure the noun names, or none ---------------------

BUDGET = (
    "Revenue came to €41.2 billion, while expenditure climbed 4% on the year to €48.9"
    " billion. Tax receipts made up about 62% of income, at €25.5 billion, some 9% below the"
    " year before; other sources supplied the remaining 38%, or €15.7 billion. Pensions, the"
    " biggest item at €19.6 billion, took about {pensions} of expenditure, and health"
    " followed at €9.8 billion, or {health} of the total."
)

OUTLAYS = (
    "Sales rose 6% to ¥820 billion, and outlays grew 3% year on year to ¥610 billion. Domestic"
    " buyers took 55% of sales, at ¥451 billion, up 2% on the year; exporters took the other"
    " 45%, or ¥369 billion. Wages, at ¥244 billion, took {wages} of outlays, and energy came"
    " next at ¥122 billion, or 20% of the total."
)


@pytest.mark.parametrize(
    "text",
    [
        BUDGET.format(pensions="40%", health="20%"),
        # spending's figure is not named by the noun: no whole, never the last part's
        "Income reached R310 billion and the state paid out R355 billion. Taxes brought in"
        " 70% of income, at R217 billion, some 5% above plan; the remaining 30%, or R93"
        " billion, came from fees. Salaries, at R142 billion, took about 40% of spending, and"
        " transfers followed at R71 billion, or 20% of the total.",
        OUTLAYS.format(wages="40%"),
    ],
)
def test_a_share_of_a_named_noun_takes_its_figure_or_none(text: str) -> None:
    assert shares(text) == []


@pytest.mark.parametrize(
    ("pensions", "health", "message"),
    [
        ("30%", "20%", "19.6 billion EUR / 48.9 billion EUR = 40.1%, not 30%"),
        ("40%", "25%", "9.8 billion EUR / 48.9 billion EUR = 20%, not 25%"),
    ],
)
def test_a_wrong_share_of_the_named_figure_is_still_caught(
    pensions: str, health: str, message: str
) -> None:
    assert shares(BUDGET.format(pensions=pensions, health=health)) == [message]


def test_a_wrong_share_of_a_figure_a_change_took_there_is_still_caught() -> None:
    assert shares(OUTLAYS.format(wages="50%")) == [
        "244 billion JPY / 610 billion JPY = 40%, not 50%"
    ]


# --- a target, forecast or budget set off by a comparison is never "the total" --------


@pytest.mark.parametrize(
    "text",
    [
        "Customs collected 8.46 trillion won in March, 4.2% more than a year earlier but 0.6"
        " trillion won short of the 9.1 trillion goal in the budget. Imports supplied 71.3% of"
        " the total (6.03 trillion won), led by fuel with 2.54 trillion (30% of the total)"
        " and machinery with 1.86 trillion (22%).",
        "The tax office took in 1.93 trillion rupees in May, while the ministry had set a 2.2"
        " trillion target. Local levies supplied 64% of the total (1.24 trillion rupees), led"
        " by excise with 0.58 trillion (30% of the total) and stamp duty with 0.41 trillion"
        " (21.2%).",
        "Lottery sales reached 6.3 billion pesos, above the 5.8 billion forecast. Scratch"
        " cards brought 2.52 billion (40% of the total) and draws 1.89 billion (30%).",
    ],
)
def test_a_target_is_never_the_total(text: str) -> None:
    assert shares(text) == []


def test_a_wrong_share_of_the_collected_total_is_still_caught() -> None:
    text = (
        "Customs collected 8.46 trillion won in March, 0.6 trillion won short of the 9.1"
        " trillion won goal. Imports supplied 71.3% of the total (6.03 trillion won), led by"
        " fuel with 2.54 trillion won (35% of the total)."
    )
    assert shares(text) == ["2.54 trillion KRW / 8.46 trillion KRW = 30%, not 35%"]


# --- a count of other things is no part; "Of their ..." points to the nearest group ---

ELECTION = (
    "Turnout in Sunday's vote for the mayors and councils of 212 municipalities was {turnout}"
    " of the 4.8 million registered voters, the electoral board said: 2,937,600 people"
    " voted. Of their ballots 2,731,968 ({valid}) were valid, 117,504 (4%) were blank and"
    " 88,128 (3%) were spoiled."
)


@pytest.mark.parametrize(
    "text",
    [
        ELECTION.format(turnout="61.2%", valid="93%"),
        "Turnout at the polls for 35 regional councils was 48% of the 2.1 million voters on"
        " the rolls.",
        "Polling in the contest for 19 county boards reached 52.4% of the 640,000 electors,"
        " officials said; 335,360 people cast a vote. Of these ballots 318,592 (95%) counted"
        " and 16,768 (5%) were rejected.",
    ],
)
def test_counts_of_other_things_and_groups_pointed_back_to(text: str) -> None:
    assert shares(text) == []


@pytest.mark.parametrize(
    ("turnout", "valid", "message"),
    [
        ("61.2%", "98%", "2,731,968 / 2,937,600 = 93%, not 98%"),
    ],
)
def test_a_wrong_share_of_the_group_pointed_back_to_is_still_caught(
    turnout: str, valid: str, message: str
) -> None:
    assert shares(ELECTION.format(turnout=turnout, valid=valid)) == [message]


REGIONS = (
    "Across the 14 regions, 3,250,000 people cast a vote on Sunday. Of their ballots"
    " 3,087,500 ({valid}) were valid and 162,500 (5%) were spoiled."
)


def test_a_group_pointed_back_to_is_the_count_no_preposition_governs() -> None:
    assert shares(REGIONS.format(valid="95%")) == []
    assert shares(REGIONS.format(valid="85%")) == ["3,087,500 / 3,250,000 = 95%, not 85%"]


def test_a_group_pointed_back_to_among_two_counts_is_no_whole() -> None:
    text = (
        "In the run-off 1,200,000 men and 1,500,000 women voted. Of their ballots 2,430,000"
        " (90%) were valid and 270,000 (10%) were spoiled."
    )
    assert shares(text) == []


def test_a_wrong_share_of_a_count_of_the_same_thing_is_still_caught() -> None:
    text = "The 2,937,600 voters who turned out were 71.2% of the 4.8 million registered voters."
    assert shares(text) == ["2,937,600 / 4.8 million = 61.2%, not 71.2%"]
