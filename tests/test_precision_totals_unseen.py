"""Clean copy misread by the total and difference readers: percentages listed "of that"
read as parts of a percentage before them, gaps against a budget read as the sides of a
balance, and one period's balance or the reserves it moves read as the sides of another.
Such text raises nothing; the readings each look-alike is right for still catch a slip."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def rules(text: str) -> list[str]:
    return [f.rule for f in claimcheck.check(text, date="2024-05-01").findings]


# --- shares listed "of that" are shares of what a percentage measures, not parts of it ---


@pytest.mark.parametrize(
    "text",
    [
        "The treasury tabled a budget of €58.2 billion, or 31.4% of output. Of that amount,"
        " €40.1 billion, or 68.9 percent, is to come from taxes and €3.3 billion, 5.7 percent,"
        " from EU transfers.",
        "Spending will reach 22.6 percent of GDP in 2025. Of that, 61 percent goes on wages and"
        " 24 percent on debt service.",
        "Turnout was 58 percent. Of those, 52 percent backed the mayor and 41 percent her rival.",
        "The deficit is forecast at 4.8% of national income. Of this amount, 80% will be"
        " financed locally and 20% by foreign loans.",
        "Health takes 9.5% of the budget. Of that sum, 55% pays for hospitals, 30% for clinics"
        " and 15% for drugs.",
    ],
)
def test_shares_of_that_are_no_parts_of_a_percentage(text: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "The treasury tabled a budget of €58.2 billion, or 31.4% of output. Of that amount,"
            " €40.1 billion will come from taxes and €23.3 billion from EU transfers.",
            "CC303",
        ),
        (
            "The treasury tabled a budget of €58.2 billion. Of that amount, €40.1 billion, or"
            " 78.9 percent, is to come from taxes.",
            "CC201",
        ),
    ],
)
def test_amounts_of_that_are_still_parts_of_the_amount(text: str, rule: str) -> None:
    """The amounts listed "of that" are parts of the amount, their shares shares of it."""
    assert rules(text) == [rule]


# --- a gap against a budget, forecast or target is no side of a balance ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tax receipts came in R8.2 billion, or 3.1%, above target, and outlays R5.6 billion, or"
        " 1.9%, below it. The budget surplus for the half-year was R64.5 billion, beating the"
        " target by R13.8 billion.",
        "Revenue ran €2.4 billion ahead of forecast and spending €0.9 billion short of plan,"
        " leaving a surplus of €17.3 billion.",
        "Income was £1.2bn higher than budgeted and costs £0.4bn lower than budgeted, for a"
        " surplus of £9.8bn.",
        "Receipts came in ₱31.5 billion above the program and expenditure ₱12.2 billion below"
        " it, leaving a deficit of ₱402.6 billion.",
        "Receipts came in ₱31.5 billion above the program and expenditure ₱12.2 billion below"
        " it. The fiscal deficit was ₱402.6 billion for the year.",
        "Revenues beat the budget by $4.1 billion and spending undershot it by $2.2 billion,"
        " for a surplus of $19.6 billion.",
        "Revenue overshot the forecast by about R3.2 billion and outlays fell short of it by"
        " R1.1 billion. The surplus came to R22.4 billion.",
        "Exports grew by $4bn to $50.3bn and imports by $2bn to $45.1bn, leaving a surplus of"
        " $5.2bn.",
        "Receipts came in Rs 41 billion over budget and spending Rs 12 billion under it,"
        " for a deficit of Rs 604 billion.",
        "Income was CHF 1.3 billion better than budgeted and costs CHF 0.4 billion lower,"
        " leaving a surplus of CHF 5.9 billion.",
    ],
)
def test_gaps_against_a_budget_are_no_sides(text: str) -> None:
    assert rules(text) == []


@given(
    revenue=st.integers(min_value=300, max_value=900),
    spending=st.integers(min_value=100, max_value=290),
    slip=st.integers(min_value=5, max_value=40),
)
@settings(max_examples=30, deadline=None)
def test_a_balance_of_revenue_and_spending_is_still_checked(
    revenue: int, spending: int, slip: int
) -> None:
    """Revenue and spending themselves, beside a gap against budget, are the sides."""
    text = (
        f"Revenue came in at ₹{revenue / 10:.1f} trillion, ₹1.2 trillion above budget, and"
        f" spending at ₹{spending / 10:.1f} trillion, for a surplus of"
        f" ₹{(revenue - spending) / 10:.1f} trillion."
    )
    assert rules(text) == []
    wrong = f"₹{(revenue - spending + slip) / 10:.1f} trillion."
    assert rules(text.replace(f"₹{(revenue - spending) / 10:.1f} trillion.", wrong)) == ["CC304"]


# --- a balance, or the reserves it moves, is no side of another balance -------------------


@pytest.mark.parametrize(
    "text",
    [
        "The city fund posted a surplus of €4 billion in 2019, raising its reserves to €90"
        " billion, and a deficit of €1.5 billion in 2020 cut them to €88.5 billion.",
        "Singapore ran a surplus of S$3.1 billion in 2017, lifting its reserves to S$52"
        " billion, and the projected deficit of S$1.9 billion for 2018 takes them to S$50.1"
        " billion.",
        "Revenue of C$3 billion in 2023 raised the fund's reserves to C$14 billion, and the"
        " projected deficit of C$1.2 billion for 2024 brings them down to C$12.8 billion.",
        "The province ran a deficit of A$2.4 billion in 2021, leaving reserves of A$18.1"
        " billion. A surplus of A$0.7 billion in 2022 rebuilt them to A$18.8 billion, and the"
        " expected deficit of A$1.1 billion for 2023 takes them to A$17.7 billion.",
    ],
)
def test_a_balance_or_its_reserves_is_no_side(text: str) -> None:
    assert rules(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A surplus of HK$5.3 billion in 1999/00 lifted the reserves to HK$444.3 billion. In"
        " 2000/01 revenue was HK$232.4 billion and spending HK$240.1 billion, leaving a deficit"
        " of HK$9.7 billion.",
        "Revenue of C$3.1 billion and spending of C$4.5 billion gave a deficit of C$1.2 billion,"
        " bringing the reserves down to C$12.8 billion.",
    ],
)
def test_a_balance_of_its_own_flows_is_still_checked(text: str) -> None:
    """Revenue and spending are the balance's sides, whatever reserves stand beside them."""
    assert rules(text) == ["CC304"]


# --- a multiple or a ratio of two counts is no total of them ---


@pytest.mark.parametrize(
    "text",
    [
        "Among the country's millionaires there are almost four times as many men as women:"
        " 681,000 men against 179,000 women.",
        "Graduates outnumber school leavers three to one: 600,000 graduates and 150,000 school"
        " leavers applied.",
        "The city has twice as many buses as trams: 2,400 buses and 1,150 trams.",
        "Female candidates were outnumbered five to 1 in the poll: 410 women and 2,050 men.",
    ],
)
def test_a_multiple_before_a_colon_is_no_total_of_the_counts_after_it(text: str) -> None:
    assert rules(text) == []


def test_a_count_before_a_colon_is_still_a_total_of_the_counts_after_it() -> None:
    assert rules("The survey reached 13,000 adults: 5,000 men and 7,000 women.") == ["CC303"]
