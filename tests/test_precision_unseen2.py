"""Clean copy misread by a share, a pair of complements or a change: a percentage sizing a
gap ("…, or 25.1%, more than in 2020/21"), parts whose sides each give a move and a level,
and a comparison with a forecast after a change's new value. Such text raises nothing;
the readings each look-alike is right for still catch a slip."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def rules(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text, date="2024-05-01").findings]


# --- a percentage set off before a comparative sizes a change, not a share -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Net receipts came to $1,563.8 million: $314.0 million, or 25.1%, more than in 2022.",
        "Exports reached €56.2 billion in March, €4.1 billion, or 7.9%, higher than a year"
        " earlier.",
        "The council collected £812 million, £96 million, or 10.6%, less than it had budgeted.",
        "Enrolment stood at 48,200: 3,900, or 7.5%, fewer than last autumn.",
    ],
)
def test_a_percentage_before_a_comparative_is_no_share(text: str) -> None:
    assert rules(text) == []


@given(
    whole=st.integers(min_value=200, max_value=9_000),
    share=st.integers(min_value=5, max_value=60),
)
@settings(max_examples=40, deadline=None)
def test_a_share_set_off_the_same_way_is_still_checked(whole: int, share: int) -> None:
    """Without the comparative the percentage is a share of the whole before it."""
    part = whole * share / 100
    text = f"Of the ${whole:,} million raised, ${part:,.0f} million, or {share}%, came from abroad."
    assert rules(text) == []
    assert rules(text.replace(f"{share}%", f"{share + 9}%")) == ["CC201"]


# --- two sides each with a move and a level: no reading is clearly the parts' --------------


@pytest.mark.parametrize(
    "text",
    [
        "Payrolls went up by 8.2 thousand (0.2 percent) to 4.35 million, full-time jobs"
        " accounting for 6.0 thousand of the gain, to 3.13 million, and part-time jobs for 2.2"
        " thousand, to 1.22 million.",
        "Payrolls went up by 8,200 to 4.35 million, full-time jobs accounting for 6,000 of the"
        " gain, to 3.13 million, and part-time jobs for 2,200, to 1.22 million.",
        "The workforce grew by 1,450 to 96,300, with men accounting for 900 of the rise, to"
        " 51,200, and women for 550, to 45,100.",
    ],
)
def test_sides_giving_a_move_and_a_level_are_not_mixed_into_parts(text: str) -> None:
    assert rules(text) == []


# --- a comparison with a forecast is no change's earlier value ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sony reported a 20% increase in quarterly operating income, to 310 billion yen,"
        " beating the 280 billion yen average estimate of analysts.",
        "The retailer posted a 48% rise in half-year profit, to £750 million, comfortably"
        " above the £593 million that analysts had forecast.",
        "Revenue climbed 9 percent to R41.2 billion, ahead of the R40.1 billion consensus.",
        "Output fell 6% to 2.1 million tonnes, below the 2.4 million tonnes the ministry had"
        " projected.",
    ],
)
def test_a_comparison_with_a_forecast_is_no_earlier_value(text: str) -> None:
    assert rules(text) == []


# --- the readings each look-alike is right for ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "find", "replace", "rule"),
    [
        # sides in one role are parts
        (
            "Payrolls reached 4.35 million in May, 3.13 million of them full-time and 1.22"
            " million part-time.",
            "1.22 million",
            "1.32 million",
            "CC303",
        ),
        (
            "Payrolls rose to 4.35 million, full-time jobs to 3.13 million and part-time jobs"
            " to 1.22 million.",
            "3.13 million",
            "3.31 million",
            "CC303",
        ),
        # a comparison with an earlier value is the change's base
        (
            "Exports rose 12% to $5.6 billion, above the $5.0 billion of 2022.",
            "$5.0 billion",
            "$5.2 billion",
            "CC301",
        ),
        (
            "Sales climbed 8 percent to €2.7 billion, ahead of the €2.5 billion a year earlier.",
            "8 percent",
            "18 percent",
            "CC301",
        ),
    ],
)
def test_a_look_alike_keeps_its_reading(text: str, find: str, replace: str, rule: str) -> None:
    assert rules(text) == []
    assert rules(text.replace(find, replace)) == [rule]


# --- a rate's base, a participle's own object, a compared period ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the base a rate is stated for is no value of a change
        "The sex ratio improved to 943 females per 1,000 males from 933, 10 points more than"
        " at the last census.",
        "Infant mortality fell to 27 deaths per 1,000 live births from 32, a drop of 5.",
        # a participle that names its own object moves that, not the value before it
        "Exports jumped 40 percent to $7.1 billion and imports rose 12 percent to $19.6"
        " billion, widening the trade deficit by 6.9 percent to $12.5 billion.",
        "Revenue grew 5% to ₹9,200 crore, lifting its operating margin to 21.4%.",
        "The budget left a deficit of HK$9.7 billion, cutting the reserves to HK$430.5 billion.",
    ],
)
def test_a_rate_base_or_a_participles_object_is_no_value_of_the_change(text: str) -> None:
    assert rules(text) == []


def test_a_participle_without_an_object_still_moves_the_value_before_it() -> None:
    text = "The deficit was put at $35.0B in 2024-25, falling to $14.0B in 2027-28, a drop of 60%."
    assert rules(text) == []
    assert rules(text.replace("60%", "70%")) == ["CC301"]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            "Turkey's tax take hit a record in March of 830 billion lira ($25.3 billion), a"
            " real increase of 6% on March 2022. Customs brought in 83 billion lira ($2.53"
            " billion).",
            [[], []],
        ),
        ("Exports were worth 830 billion lira ($25.3 billion), far more than in 2019.", [[]]),
        (
            "Turkey's tax take hit a record in March 2022 of 830 billion lira ($25.3 billion).",
            [["March 2022"]],
        ),
    ],
)
def test_a_compared_period_is_no_conversions_period(text: str, labels: list[list[str]]) -> None:
    """ "9.55% on July 2023", "than in 2019": what a figure is compared with, in its sentence
    or another of its paragraph, is not when any figure was converted."""
    judged = claimcheck.check(text).judged()
    found = [[p.label for p in j.claim.periods] for j in judged if j.claim.kind == "conversion"]
    assert found == labels
