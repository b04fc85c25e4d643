"""Percentages a ratio noun names, read as the share of the amounts its paragraph names
(issue 10): an operating margin is the operating profit over sales, wherever in the
paragraph the two are stated. The nouns live in the vocabulary (`[ratio nouns]`)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def share_verdicts(text: str) -> list[str | None]:
    return [v.verdict for c, v in claimcheck.check(text).judged() if c.kind == "share"]


def findings(text: str) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start : f.end]) for f in claimcheck.check(text).findings]


# (text with {} for the margin, the right margin, a slipped one)
MARGINS = [
    (
        "The brewer's revenue reached 19.3 billion euros last year, and operating profit of"
        " 2.6 billion euros gave it an EBIT margin of {}%.",
        "13.5",
        "15.4",
    ),
    (
        "Net sales came to 586,785 million yen in the year to March. The medical arm, which"
        " makes dialysis kits, brought in 453,613 million yen. Operating income was 22,335"
        " million yen, a margin of {}%.",
        "3.8",
        "8.3",
    ),
    (
        "The carmaker reported turnover of 21.64 trillion won and operating profit of 1.93"
        " trillion won for the quarter. Its operating margin, at {} percent, stayed in single"
        " digits.",
        "8.9",
        "9.8",
    ),
    (
        "Operating profit dropped to £504 million from £593 million as sales slipped to £1.6"
        " billion from £1.7 billion, so the operating margin narrowed to {}%.",
        "31.5",
        "35.1",
    ),
    (
        "The retailer posted a net margin of {}%, on net income of $420 million and revenue"
        " of $6 billion.",
        "7",
        "9",
    ),
]


@pytest.mark.parametrize(("text", "margin", "slip"), MARGINS)
def test_a_margin_is_the_profit_its_paragraph_names_over_the_sales(
    text: str, margin: str, slip: str
) -> None:
    assert findings(text.format(margin)) == []
    assert share_verdicts(text.format(margin)) == ["consistent"]
    found = findings(text.format(slip))
    assert [rule for rule, _ in found] == ["CC201"]
    assert f"{slip}" in found[0][1]


SILENT = [
    # an election margin: no profit, no sales
    "The senator won 1.2 million votes against 1.1 million, a margin of 4.3%.",
    # two profits: no telling which the margin is of
    "Sales were $10 billion, net profit $0.8 billion and operating profit $1.2 billion; the"
    " margin was 20%.",
    # a margin named for another profit than the one stated
    "Gross profit was $4 billion on revenue of $10 billion; the operating margin was 12%.",
    "Net income was $1 billion on revenue of $10 billion, and the EBITDA margin was 25%.",
    "Profit was $1.2 billion on revenue of $10 billion, an operating margin of 14%.",
    # profit and sales in different currencies
    "Profit was $1.2 billion on sales of 9 billion euros, a margin of 40%.",
    # the margin's change, not the margin
    "Sales were $10 billion and operating profit $1.2 billion; the operating margin fell 5%.",
    # the earlier margin is compared with, and is not the one the amounts give
    "Operating profit was $1.2 billion on sales of $10 billion, above the margin of 25%"
    " it earned a decade ago.",
    # no sales named in the paragraph
    "Operating profit rose to $1.2 billion.\n\nThe margin was 25%, against $10 billion of"
    " sales a year before.",
]


@pytest.mark.parametrize("text", SILENT)
def test_a_margin_without_one_profit_and_one_sales_figure_of_its_kind_is_never_a_finding(
    text: str,
) -> None:
    assert findings(text) == []


@settings(max_examples=40, deadline=None)
@given(
    sales=st.integers(min_value=200, max_value=9_000),
    margin=st.floats(min_value=0.02, max_value=0.6),
    currency=st.sampled_from(["$", "£", "€"]),
    profit_noun=st.sampled_from(["operating profit", "net income", "EBITDA", "earnings"]),
    sales_noun=st.sampled_from(["sales", "revenue", "turnover"]),
    order=st.booleans(),
)
def test_generated_margins_are_judged_right(
    sales: int, margin: float, currency: str, profit_noun: str, sales_noun: str, order: bool
) -> None:
    profit = round(sales * margin)
    percent = 100 * profit / sales

    def text(stated: float) -> str:
        amounts = [
            f"{sales_noun} of {currency}{sales:,} million",
            f"{profit_noun} of {currency}{profit:,} million",
        ]
        first, second = amounts if order else amounts[::-1]
        return f"The group reported {first} and {second} for the year, a margin of {stated:.1f}%."

    assert findings(text(percent)) == []
    assert share_verdicts(text(percent)) == ["consistent"]
    found = findings(text(percent * 1.3))
    assert [rule for rule, _ in found] == ["CC201"]
