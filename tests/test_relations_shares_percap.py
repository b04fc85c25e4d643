"""Rates per a scale word of members, per-member figures in a unit of their own, and shares
whose part is joined to them by a second verb. Each form is checked clean (no finding, a
consistent claim) and with a seeded slip (the right rule, at the slipped figure)."""

from __future__ import annotations

import re

import pytest

import claimcheck


def findings(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def verdicts(text: str, kind: str) -> list[str]:
    return [str(v.verdict) for c, v in claimcheck.check(text).judged() if c.kind == kind]


def slipped_at(text: str, figure: str, rule: str) -> bool:
    """Whether a finding of `rule` points at the slipped figure (a word of its own)."""
    found = re.search(rf"(?<!\S){re.escape(figure)}(?!\d|[,.]\d)", text)
    assert found is not None
    at = found.start()
    return any(f.rule == rule and f.start <= at < f.end for f in claimcheck.check(text).findings)


# A rate per a scale word of members: "70 per million people" is 70 for each million.
PER_SCALE = [
    "The region recorded 4,200 road deaths among its 60 million people, or {} per million people.",
    "Police logged 19,500 burglaries across the 6.5 million residents of the state, or {} per "
    "thousand residents.",
    "Doctors reported 2,640 measles cases among the country's 12 million inhabitants, some {} "
    "per million inhabitants.",
]
PER_SCALE_RIGHT = ["70", "3", "220"]
PER_SCALE_SLIPPED = ["90", "8", "420"]


@pytest.mark.parametrize(
    ("form", "right", "slipped"),
    list(zip(PER_SCALE, PER_SCALE_RIGHT, PER_SCALE_SLIPPED, strict=True)),
)
def test_a_rate_per_a_scale_word_fits_and_its_slip_is_found(
    form: str, right: str, slipped: str
) -> None:
    text = form.format(right)
    assert findings(text) == []
    assert verdicts(text, "per-capita") == ["consistent"]
    assert slipped_at(form.format(slipped), f"{slipped} per", "CC306")


# A figure per member in a unit of its own, the total in a larger one.
OWN_UNIT = [
    "Tokyo's 14 million residents produced 4.4 million tonnes of rubbish, about {} kilograms "
    "per resident.",
    "The island's 1.3 million inhabitants used 91 million cubic metres of water, or about {} "
    "litres per inhabitant.",
]
OWN_UNIT_RIGHT = ["314", "70,000"]
OWN_UNIT_SLIPPED = ["250", "7,000"]


@pytest.mark.parametrize(
    ("form", "right", "slipped"),
    list(zip(OWN_UNIT, OWN_UNIT_RIGHT, OWN_UNIT_SLIPPED, strict=True)),
)
def test_a_per_member_figure_in_its_own_unit_fits_and_its_slip_is_found(
    form: str, right: str, slipped: str
) -> None:
    text = form.format(right)
    assert findings(text) == []
    assert verdicts(text, "per-capita") == ["consistent"]
    assert slipped_at(form.format(slipped), slipped, "CC306")


# "per-capita" hyphenated as an adjective before its noun, a rate per a round number of
# members who are people, counted by another noun of people, a unit named after a bare
# figure, and a count of people in digits a space groups.
OTHER_CUES = [
    "Kenya's economy produced $108 billion last year, giving its 54 million people a "
    "per-capita income of about {}.",
    "The country has 48,000 hospital beds for 16 million people, or {} beds per 1,000 inhabitants.",
    "The region's 2.5 million residents saw 1,350 burglaries, or {} burglaries per 100,000 people.",
    "The country's 10 million people eat 800,000 tonnes of meat a year, about {} kg per person.",
    "The state had 1,280 traffic deaths in 2022. With a population of 8.1 million, that "
    "amounts to {} deaths per 100,000 residents.",
    "The city logged 1,950 burglaries last year. With 650,000 residents, that is {} per "
    "1,000 residents.",
    "Malta covers just 320 km2 and had 526 000 inhabitants in 2020, a density of {} "
    "inhabitants per km2.",
]
OTHER_RIGHT = ["$2,000", "3", "54", "80", "15.8", "3", "1 644"]
OTHER_SLIPPED = ["$3,000", "4", "45", "60", "19.8", "5", "1 944"]


@pytest.mark.parametrize(
    ("form", "right", "slipped"), list(zip(OTHER_CUES, OTHER_RIGHT, OTHER_SLIPPED, strict=True))
)
def test_other_per_member_cues_fit_and_their_slips_are_found(
    form: str, right: str, slipped: str
) -> None:
    text = form.format(right)
    assert findings(text) == []
    assert verdicts(text, "per-capita") == ["consistent"]
    assert slipped_at(form.format(slipped), slipped, "CC306")


def test_a_rate_of_another_year_takes_no_total_from_the_sentence_before() -> None:
    text = (
        "In 2021 there were 1,400 traffic deaths. In 2022 the state's 8.1 million residents "
        "saw 15.8 deaths per 100,000 residents."
    )
    assert findings(text) == []


def test_a_rate_naming_nothing_beside_two_counts_is_not_read() -> None:
    text = (
        "The city, home to 650,000 residents, logged 1,950 burglaries and 420 robberies last "
        "year, or 5 per 1,000 residents."
    )
    assert findings(text) == []


def test_a_per_member_figure_in_a_unit_the_total_cannot_take_is_not_read() -> None:
    text = "The city's 2 million residents produced 900,000 tonnes of waste, 450 litres each."
    assert findings(text) == []


# A part, then a second verb on its subject that gives its share.
JOINED = [
    "Car sales rose 12% to 6.3 billion pesos and made up {} of the 33 billion pesos the "
    "sector earned.",
    "Wheat output reached 2.1 million tonnes in 2024 and supplied {} of the national "
    "harvest of 5.2 million tonnes.",
    "Chip shipments climbed to $8.1 billion and accounted for {} of the $40.5 billion exported.",
]
JOINED_RIGHT = ["19%", "40%", "20 percent"]
JOINED_SLIPPED = ["29%", "60%", "26 percent"]


@pytest.mark.parametrize(("form", "share"), list(zip(JOINED, JOINED_RIGHT, strict=True)))
def test_a_share_joined_to_its_part_by_a_second_verb_fits(form: str, share: str) -> None:
    text = form.format(share)
    assert findings(text) == []
    assert "consistent" in verdicts(text, "share")


@pytest.mark.parametrize(("form", "share"), list(zip(JOINED, JOINED_SLIPPED, strict=True)))
def test_a_slipped_share_joined_by_a_second_verb_is_found(form: str, share: str) -> None:
    assert slipped_at(form.format(share), share, "CC201")


# A part counted in people of a trade ("engineers", "nurses"), of a whole counted in staff.
TRADES = [
    "The firm employs 12,000 staff worldwide. Some 3,000 engineers make up {} of the workforce.",
    "The hospital trust has 25,500 employees. Its 2,300 nurses account for {} of them.",
]
TRADES_RIGHT = ["25%", "9%"]
TRADES_SLIPPED = ["52%", "19%"]


@pytest.mark.parametrize(
    ("form", "right", "slipped"), list(zip(TRADES, TRADES_RIGHT, TRADES_SLIPPED, strict=True))
)
def test_a_share_of_people_of_a_trade_fits_and_its_slip_is_found(
    form: str, right: str, slipped: str
) -> None:
    text = form.format(right)
    assert findings(text) == []
    assert "consistent" in verdicts(text, "share")
    assert slipped_at(form.format(slipped), slipped, "CC201")


@pytest.mark.parametrize(
    "text",
    [
        # the amount is what was paid or earned, not its subject's level
        "The company is valued at $200 million. The fund paid $50 million and took 30% of "
        "the company.",
        "The group had revenue of $8 billion. Its Asian arm earned $2 billion and held 30% "
        "of the market.",
        "The province grew 2.1 million tonnes of wheat and supplied 60% of the national "
        "harvest of 5.2 million tonnes.",
        # the share's part is the level, not the amount it rose from
        "Spending rose to $6 billion from $4 billion and accounted for 19% of the $31 billion "
        "budget.",
    ],
)
def test_an_amount_no_change_took_its_subject_to_is_no_joined_part(text: str) -> None:
    assert findings(text) == []


def test_two_listed_parts_before_a_joined_verb_give_no_share() -> None:
    # the verb's subject is both amounts: neither alone is 30% of the budget
    text = (
        "Wages cost $6 billion and pensions $4 billion and made up 30% of the $33 billion budget."
    )
    assert findings(text) == []
