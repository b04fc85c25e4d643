"""Clean wordings the older readers misread, and slips in the same forms they still catch:
a list whose parts are set against their earlier values, a change's earlier value before
a breakdown's colon, parts of two splits, amounts that explain a total, parts per period,
a share "each of" a pool, and a payment per member with the sum it raises."""

from __future__ import annotations

import pytest

import claimcheck
from claimcheck.model.claims import TotalClaim


def flagged(text: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it points at."""
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


def verdicts(text: str, kind: str) -> list[str]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == kind]


# --- parts set against their earlier values -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Shipments totalled ¥3.9tn: cars ¥1.6tn, up from ¥1.4tn, and machinery ¥0.9tn, down"
        " from ¥1.1tn.",
        "Revenue was A$18.2bn: mining A$7.5bn, against A$6.8bn, and farming A$4.1bn, compared"
        " with A$4.4bn.",
        "Imports fell to £52.6bn: fuel £14.0bn (down from £17.2bn) and food £9.8bn (up from"
        " £9.1bn).",
    ],
)
def test_parts_set_against_earlier_values_may_leave_others_out(text: str) -> None:
    assert flagged(text) == []


def test_a_value_a_part_is_compared_with_is_no_part() -> None:
    text = (
        "Revenue was A$18.2bn: mining A$7.5bn, against A$6.8bn, and farming A$4.1bn, compared"
        " with A$4.4bn."
    )
    (total,) = [c for c in claimcheck.extract(text) if isinstance(c, TotalClaim)]
    assert [p.text for p in total.parts] == ["A$7.5bn", "A$4.1bn"]
    assert total.open


def test_parts_set_against_earlier_values_that_add_up_are_still_checked() -> None:
    text = (
        "Spending reached CHF 9.5bn: health CHF 6.1bn, up from CHF 5.7bn, and schools CHF"
        " 3.4bn, down from CHF 3.6bn."
    )
    assert "consistent" in verdicts(text, "total")
    assert flagged(text) == []


def test_parts_set_against_earlier_values_that_exceed_the_total_are_flagged() -> None:
    text = "Spending reached CHF 8.5bn: health CHF 6.1bn, up from CHF 5.7bn, and schools CHF 3.4bn."
    assert flagged(text) == [("CC303", "CHF 8.5bn")]


def test_a_plain_list_after_a_colon_must_still_add_up() -> None:
    text = "Spending reached CHF 9.9bn: health CHF 6.1bn and schools CHF 3.4bn."
    assert flagged(text) == [("CC303", "CHF 9.9bn")]


# --- the value compared with before a breakdown's colon -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose to ¥820bn from ¥760bn: domestic ¥500bn and overseas ¥320bn.",
        "Profit fell to 310 million rand from 355 million rand a year earlier: mining 200"
        " million rand and retail 110 million rand.",
        "Turnover hit R45.6 million, compared with R39.8 million: retail R30.1 million and"
        " wholesale R15.5 million.",
    ],
)
def test_the_total_before_a_value_compared_with_is_the_one_broken_down(text: str) -> None:
    assert flagged(text) == []
    assert verdicts(text, "total") == ["consistent"]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Sales rose to ¥820bn from ¥760bn: domestic ¥500bn and overseas ¥420bn.", "¥820bn"),
        (
            "Turnover hit R45.6 million, compared with R39.8 million: retail R30.1 million and"
            " wholesale R18.5 million.",
            "R45.6 million",
        ),
    ],
)
def test_parts_that_miss_the_total_before_a_comparison_are_flagged(text: str, total: str) -> None:
    assert flagged(text) == [("CC303", total)]


# --- parts of two splits of one total -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Grants came to €12.0bn, including €7.2bn to farmers and €6.1bn of loan guarantees.",
        "The bank lent $4.5bn last year, including $3.2bn to small firms and $2.4bn in mortgages.",
    ],
)
def test_some_parts_of_two_splits_may_overlap(text: str) -> None:
    assert flagged(text) == []


def test_some_parts_of_one_split_that_exceed_the_total_are_flagged() -> None:
    text = "Grants came to €12.0bn, including €7.2bn to farmers and €6.1bn to fishermen."
    assert flagged(text) == [("CC303", "€12.0bn")]


# --- amounts that explain a total ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Operating profit was $2.3bn: it was weighed down by $0.8bn of restructuring costs and"
        " $0.4bn of writedowns.",
        "Pre-tax profit came in at ¥96bn: the result reflected ¥40bn of asset sales and ¥25bn"
        " of currency gains.",
        "Net income was £1.9bn: earnings were hit by a £0.6bn fine and £0.3bn in legal fees.",
    ],
)
def test_amounts_that_explain_a_total_are_no_parts(text: str) -> None:
    assert flagged(text) == []


def test_parts_a_total_is_said_to_include_may_fall_short_of_it() -> None:
    text = (
        "Net income was €2.0bn: the total includes €1.1bn of asset sales and €0.6bn of tax credits."
    )
    assert verdicts(text, "total") == ["consistent"]
    text = text.replace("€1.1bn", "€1.6bn").replace("€0.6bn", "€0.9bn")
    assert flagged(text) == [("CC303", "€2.0bn")]


def test_parts_after_a_colon_that_miss_the_total_are_flagged() -> None:
    text = "Operating profit was $2.3bn: $1.5bn in Europe and $1.2bn in Asia."
    assert flagged(text) == [("CC303", "$2.3bn")]


# --- parts per period or member -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The contract is worth €120m: €45m on signing and €15m a year.",
        "The sponsorship is worth £30m: £12m up front and £2.5m per month.",
        "The grant totals $18m: $6m now and $3m annually.",
    ],
)
def test_a_part_per_period_is_no_part_of_a_one_off_total(text: str) -> None:
    assert flagged(text) == []


def test_one_off_parts_that_miss_the_total_are_flagged() -> None:
    text = "The contract is worth €120m: €45m on signing and €55m on completion."
    assert flagged(text) == [("CC303", "€120m")]


def test_parts_per_period_of_a_total_per_period_are_checked() -> None:
    assert verdicts("The scheme costs $9m a year: $5m for staff and $4m for rent.", "total") == [
        "consistent"
    ]
    text = "The scheme costs $9m a year: $5m for staff and $6m for rent."
    assert flagged(text) == [("CC303", "$9m")]


# --- a share "each of" a pool -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Each of the 12 regions will receive €150m from the €2bn recovery fund.",
        "Each of the 4 finalists gets £250,000 out of a £1.5 million purse.",
        "Each of the 6 laureates receives SEK 1.5 million from a prize fund of SEK 11 million.",
    ],
)
def test_shares_out_of_a_pool_may_fall_short_of_it(text: str) -> None:
    assert flagged(text) == []
    assert verdicts(text, "per-capita") == ["consistent"]


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("Each of the 12 regions will receive €250m from the €2bn recovery fund.", "€250m"),
        ("Each of the 4 finalists gets £450,000 out of a £1.5 million purse.", "£450,000"),
        (
            "Each of the 9 laureates receives SEK 1.5 million from a prize fund of SEK 11 million.",
            "SEK 1.5 million",
        ),
    ],
)
def test_shares_that_exceed_their_pool_are_flagged(text: str, per: str) -> None:
    assert flagged(text) == [("CC306", per)]


# --- a payment per member and the sum it raises -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Each member pays $120 a month, raising $6m from 50,000 members.",
        "Every driver will pay £40 a year, raising £80m from 2 million motorists.",
        "Each firm pays €2,000 annually, raising €90m from 45,000 firms.",
        "Every tenant will pay ¥8,000, raising ¥2.4bn from 300,000 tenants.",
    ],
)
def test_a_payment_and_the_sum_it_raises_are_no_change(text: str) -> None:
    assert flagged(text) == []
    assert verdicts(text, "change") == []


def test_a_value_per_period_that_moves_is_still_a_change() -> None:
    assert verdicts("Subscriptions cost ₹499 a month, rising from ₹399.", "change") == [
        "consistent"
    ]
    text = "The fee is $120 a month, rising from $130."
    assert flagged(text) == [("CC302", "$120 a month, rising from $130")]
