"""Shares whose whole the sentence names: the amount an "of which" clause hangs on
("$121.9 billion, of which Europe took $48.4 billion, or 39.7%"), never a whole of the
sentences before; and the figure a qualified noun names ("85 percent of total electronics
exports"), never a bare total."""

from __future__ import annotations

import pytest

import claimcheck


def shares(text: str) -> list[str]:
    return [f.message for f in claimcheck.check(text).findings if f.rule == "CC201"]


# --- "<whole>, of which <part>, or <share>" ------------------------------------------

EUROPE = (
    "Regional sales were US$25.52 billion in May, of which Asia took US$10.2 billion, or"
    " 40%. Sales for the first five months reached US$121.9 billion, of which shipments to"
    " Europe took up US$48,362 million, or {share}."
)

WINE = (
    "Wine exports came to €4.1 billion in the third quarter, of which France bought €1.23"
    " billion, or 30%. For the nine months they reached €11.8 billion so far this year, of"
    " which shipments to Asian buyers were €2,950 million, or {share}."
)


@pytest.mark.parametrize(
    "text",
    [
        EUROPE.format(share="39.7%"),
        # a clause the part cannot be bound through: no whole, never the paragraph's last
        "Coal imports were 8.4 million tonnes in March, of which Indonesia supplied 3.36"
        " million tonnes, or 40%. Over the first three months imports reached 27.5 million"
        " tonnes, of which cargoes from Australia, shipped mainly to southern ports, came to"
        " 8.25 million tonnes, or 30%.",
        "Passenger traffic was 4.2 million in June, of which domestic flyers made up 2.94"
        " million, or 70%. Over the half year the airport handled 23.6 million passengers, of"
        " which travellers to and from Gulf hubs were 5.9 million, or 25%.",
    ],
)
def test_a_part_after_of_which_is_never_of_an_earlier_whole(text: str) -> None:
    assert shares(text) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (EUROPE.format(share="45%"), "48.362 billion USD / 121.9 billion USD = 39.7%, not 45%"),
        (WINE.format(share="35%"), "2.95 billion EUR / 11.8 billion EUR = 25%, not 35%"),
    ],
)
def test_a_wrong_share_of_the_whole_before_of_which_is_caught(text: str, message: str) -> None:
    assert shares(text) == [message]


# --- "<share> of total <qualifier> <noun>" -------------------------------------------

CHIPS = (
    "South Korea's exports climbed 5% to $52.1 billion in April. Semiconductor shipments,"
    " which make up about a fifth of the total, rose to $10.4 billion; memory chips alone"
    " brought in $7.28 billion, {share} of all semiconductor exports."
)

RICE = (
    "India's grain output rose 4% to 330 million tonnes. Rice output, grown mostly in the"
    " east, reached 137 million tonnes; basmati varieties alone made up 13.7 million tonnes,"
    " {share} of total rice output."
)

HEALTH = (
    "The state's spending rose 6% to £48 billion this year. Health spending, the largest"
    " item, climbed to £16 billion, and hospital wages took £9.6 billion, or {share} of all"
    " health spending."
)


@pytest.mark.parametrize(
    "text",
    [
        CHIPS.format(share="70 percent"),
        RICE.format(share="10 percent"),
        HEALTH.format(share="60%"),
        "Mexico's remittances rose 8% to $63.3 billion in 2023. Payments sent from Texas,"
        " where many migrants work, came to $14 billion, and Houston senders alone wired $4.2"
        " billion, or 30% of total Texas remittances.",
        # no figure says what electronics exports were: unverifiable, never of all exports
        "Taiwan's exports rose 7% to US$23.74 billion. Chips were worth US$6.63 billion, 85"
        " percent of total electronics exports.",
    ],
)
def test_a_qualified_whole_is_never_a_bare_total(text: str) -> None:
    assert shares(text) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            CHIPS.format(share="80 percent"),
            "7.28 billion USD / 10.4 billion USD = 70%, not 80 percent",
        ),
        (RICE.format(share="12 percent"), "13.7 million t / 137 million t = 10%, not 12 percent"),
        (HEALTH.format(share="50%"), "9.6 billion GBP / 16 billion GBP = 60%, not 50%"),
    ],
)
def test_a_wrong_share_of_the_qualified_whole_is_caught(text: str, message: str) -> None:
    assert shares(text) == [message]


# --- guards: wholes the change leaves as they were ------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # "total" widens, never qualifies: the bare total is the whole
        (
            "Taiwan's exports rose 7% to US$23.74 billion. Chips were worth US$6.63 billion,"
            " 35 percent of total exports.",
            "6.63 billion USD / 23.74 billion USD = 27.9%, not 35 percent",
        ),
        # an owner says whose, not which: "the province's" qualifies nothing
        (
            "The province's farm output reached 62 billion rand. Wine grapes brought in 9.3"
            " billion rand, or 20% of the province's farm output.",
            "9.3 billion ZAR / 62 billion ZAR = 15%, not 20%",
        ),
    ],
)
def test_an_unqualified_whole_is_still_checked(text: str, message: str) -> None:
    assert shares(text) == [message]


def test_a_share_of_a_qualifier_a_figure_names_stays_clean() -> None:
    assert (
        shares(
            "Brazil's farm exports climbed 9% to $165 billion. Soy shipments reached $53.2"
            " billion, and soybeans bound for China earned $37.2 billion, or 70% of all soy"
            " exports."
        )
        == []
    )


# --- a headline count is the whole of "the total", not of a named whole ------------------


@pytest.mark.parametrize(
    "text",
    [
        "In the three months to October, Norway had 103,000 unemployed persons, 9,000 more"
        " than before. That was 3.8 per cent of the labour force. The number of employed"
        " persons fell by 5,000 to 2,635,000, or 68.2 per cent of the population aged 15-74.",
        "The city counted 41,200 homeless people in January, the council said. Rents rose"
        " again in the spring. Some 812,000 residents, 61 per cent of the population, rent"
        " their homes.",
    ],
)
def test_a_headline_group_is_not_the_population_it_is_part_of(text: str) -> None:
    assert not shares(text)


def test_a_headline_figure_is_still_the_whole_of_the_total() -> None:
    text = (
        "Councils budgeted £2,519 million for schools this year. Most of it is delegated."
        " Schools control £2,123 million, about {share} of the total."
    )
    assert not shares(text.format(share="84%"))
    assert shares(text.format(share="74%"))
