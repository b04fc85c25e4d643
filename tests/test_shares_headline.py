"""Shares read against the amount their paragraph opens with (issue 10).

Copy states an aggregate first and its parts in later sentences, each a share "of the
total". The whole is the amount of the part's kind that the paragraph's first sentence
states, when no other amount of that kind stands between it and the part; a change, a
member's value or a figure set off by a comparison is never that whole, and a part merely
restated as a percentage ("312,740, or 87.6%") names no whole at all. A whole the share's
own noun names may itself be a part stated with its share ("44,310 (12.4%) were foreign
nationals ... 38.4% of all the foreigners").
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def share_verdicts(text: str) -> list[str | None]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "share"]


def findings(text: str) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


OF_THE_TOTAL = [
    (
        "Goods trade reached 10.3 trillion yuan in the quarter; exports were 6.13 trillion"
        " yuan and imports 4.17 trillion yuan. Private firms traded 5.85 trillion yuan, up"
        " 5.8%, or {}% of the total.",
        "56.8",
        "65.8",
    ),
    (
        "Migrants sent home $22.4 billion in 2012, less than the $22.8 billion of 2011. The"
        " average transfer shrank from $326 to $313. Jalisco received $2.2 billion, or"
        " about {}% of the total.",
        "10",
        "15",
    ),
    (
        "The council will spend £840 million next year, with £310 million from grants and"
        " £95 million from fees. Social care alone takes £290 million, about {}% of the total.",
        "35",
        "45",
    ),
    # an amount in units, far below a part counted in millions, is no whole of it
    (
        "The county has set aside £1,460 million for its roads this year. A pilot scheme in"
        " one village also won £45,000 from a charity. Repairs take £960 million, about {}%"
        " of the total.",
        "66",
        "76",
    ),
    # a part listed after another under its own label: the other is a part too
    (
        "The province plans to spend 96 billion pesos next year. Health takes 31 billion"
        " pesos, schools 22 billion pesos (about {}% of the total), and roads 9 billion pesos.",
        "23",
        "33",
    ),
    # "supplied" and "provided" tie a part to its share as "made up" does
    (
        "Farm exports earned $18 billion last year. Beef, up 8% at $7.2 billion, supplied"
        " {}% of the total.",
        "40",
        "48",
    ),
    (
        "The charity raised £64 million in 2023. Legacies, at £16 million, provided {}% of"
        " the total.",
        "25",
        "35",
    ),
    # a pronoun subject that repeats the part before its verb
    (
        "The port handled 48 million tonnes of cargo last year. Grain was the biggest single"
        " cargo: at 12 million tonnes, it made up {}% of the total.",
        "25",
        "35",
    ),
    (
        "Farm exports earned $48 billion in the half year. Five growers each sold over $1"
        " billion abroad; together, at $12 billion, they accounted for {}% of the total.",
        "25",
        "35",
    ),
]


@pytest.mark.parametrize(("text", "share", "slip"), OF_THE_TOTAL)
def test_a_share_of_the_total_is_read_against_the_amount_the_paragraph_opens_with(
    text: str, share: str, slip: str
) -> None:
    assert findings(text.format(share)) == []
    assert "consistent" in share_verdicts(text.format(share))
    found = findings(text.format(slip))
    assert [rule for rule, _ in found] == ["CC201"]
    assert slip in found[0][1]


SILENT = [
    # another amount of the kind stands between the opening one and the part
    "Exports were $80 billion last year. Shipments to Asia were $30 billion. Machinery"
    " made up $12 billion, or 40%.",
    # the percentage is the change the amount made
    "Sales reached $12 billion in 2023. Profit rose by $1.2 billion, or 25%.",
    "The population stood at 22,683,600 in June. Natural increase was 151,300 people, up"
    " 800, or 0.5%, on the year.",
    "The population stood at 22,683,600 in June. Births were 800, or 0.5%, higher than in"
    " the year before.",
    # a member's value is no part of an aggregate counted in billions
    "The grants budget is R567 billion this year. The child grant is R480 (5.0%) a month.",
    # no amount of the kind opens the paragraph
    "Turnout was high in the north. Some 312,740 voted, or 47%.",
    # a part restated as a percentage says nothing of the whole it is of: a growth rate,
    # a place's own turnout, a return
    "Turnover reached €5 billion in 2023. A year later it was €5.5 billion (10%).",
    "The state has 5.2 million voters. In the capital, 1.1 million (61%) turned out.",
    "The fund manages $900 million. Its best performer returned $45 million, or 12%.",
    "The island counted 357,050 residents. Citizens numbered 312,740, or 78.6%.",
    # the part is in the paragraph's first sentence
    "The firm had 9,000 staff, and 2,000 of its engineers, or 80%, work remotely.",
    # another paragraph's amount is never the whole
    "The island counted 357,050 residents.\n\nCitizens numbered 12,740, or 87.6%.",
    # the amount listed before the part names a whole of its own
    "Tax receipts came to $900 million. Spending reached $1,200 million, schools $200"
    " million, about 17% of the total.",
    # "supplied" before a change is no share
    "Farm exports earned $18 billion last year. Beef exports of $7.2 billion supplied 30%"
    " more revenue than a year earlier.",
    # the one amount of the sentence before is a second aggregate, not the one the
    # paragraph opened with
    "Shipments abroad rose 8% to $48.2 billion in 2023. Purchases from abroad fell 3% to"
    " $41.5 billion. Machinery made up $19.3 billion, 40% of the total.",
    # a pronoun subject before a change, not a share
    "Exports were $48 billion last year. At $12 billion, it was 25% lower than the year before.",
    # a whole the part is stated "of" is no part listed with it
    "Tax receipts came to $900 million. Grants were $400 million, of which schools $200"
    " million, about 50% of the total.",
]


@pytest.mark.parametrize("text", SILENT)
def test_no_opening_amount_is_read_as_a_whole_the_words_do_not_make_one(text: str) -> None:
    assert findings(text) == []


@settings(max_examples=40, deadline=None)
@given(
    whole=st.integers(min_value=2_000, max_value=90_000),
    fractions=st.tuples(*(st.floats(min_value=0.05, max_value=0.3) for _ in range(3))),
    currency=st.sampled_from(["$", "€", "£", "¥"]),
)
def test_generated_shares_of_the_total_are_judged_against_the_opening_amount(
    whole: int, fractions: tuple[float, float, float], currency: str
) -> None:
    staff, rent, grants = (round(whole * f) for f in fractions)
    percent = 100 * grants / whole

    def text(stated: float) -> str:
        return (
            f"The agency spent {currency}{whole:,} million last year, with {currency}{staff:,}"
            f" million on staff and {currency}{rent:,} million on rent. Grants took"
            f" {currency}{grants:,} million, or {stated:.1f}% of the total."
        )

    assert findings(text(percent)) == []
    assert "consistent" in share_verdicts(text(percent))
    found = findings(text(percent * 1.3))
    assert [rule for rule, _ in found] == ["CC201"]
    assert f"{grants:,}" in found[0][1]


# --- a whole its share's noun names, though stated with a share of its own --------------------

NAMED_WITH_OWN_SHARE = [
    (
        "The island had 357,050 residents at the end of the year. Citizens numbered 312,740,"
        " and the other 44,310 (12.4%) were foreign nationals. Poles formed the biggest group"
        " at 17,010, about {}% of all the foreigners.",
        "38.4",
        "34.8",
    ),
    (
        "The ministry counted 9,400 schools in 2022; 2,100 (22%) were private academies."
        " Religious trusts ran 620 of them, or {}% of the academies.",
        "30",
        "13",
    ),
]


@pytest.mark.parametrize(("text", "share", "slip"), NAMED_WITH_OWN_SHARE)
def test_a_whole_named_by_the_shares_noun_may_be_a_part_stated_with_its_own_share(
    text: str, share: str, slip: str
) -> None:
    assert findings(text.format(share)) == []
    assert "consistent" in share_verdicts(text.format(share))
    found = findings(text.format(slip))
    assert [rule for rule, _ in found] == ["CC201"]
    assert slip in found[0][1]


def test_the_noun_a_percentage_is_of_never_names_the_amount_before_it() -> None:
    # "of GDP" is what 6.8% is of, not a name for the Rs7.2 trillion before it
    text = (
        "The shortfall came to Rs7.2 trillion, or 6.8 percent of GDP. Governments spent"
        " Rs20.5 trillion (19.3 percent of GDP), while revenue reached Rs13.3 trillion."
    )
    assert findings(text) == []
