"""A scaled figure written without its currency right after an amount of money in its
sentence ("32.8 trillion pesos, led by VAT with 12.0 trillion") is an amount of that money;
a figure with a noun of its own, after another figure, or in another sentence is not."""

from __future__ import annotations

import pytest

import claimcheck


def money(text: str) -> list[tuple[str, str]]:
    """Each amount of money read, as written and with its currency."""
    return [
        (text[c.start : c.end], c.model_dump()["amount"]["currency"])
        for c in claimcheck.extract(text)
        if c.kind == "amount" and c.start is not None and c.end is not None
    ]


SHARES = (
    "Tax receipts were 32.8 trillion pesos in Bogotá, led by VAT with 12.0 trillion (36.6%"
    " of the total) and income tax with 11.5 trillion (35.1%)."
)


def test_a_share_of_figures_continuing_the_money_is_checked() -> None:
    assert claimcheck.check(SHARES).findings == []
    slipped = SHARES.replace("36.6%", "39.6%")
    assert [f.rule for f in claimcheck.check(slipped).findings] == ["CC201"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan costs $4 billion and will serve 12 million people.", [("$4 billion", "USD")]),
        (
            "Remittances reached $2.3 billion in 41.04 million transactions, compared with"
            " 37.98 million.",
            [("$2.3 billion", "USD")],
        ),
        ("The fund holds €5 billion. 4.6 billion went to bonds.", [("€5 billion", "EUR")]),
        ("Sony earned ¥310 billion and sold 2.1 million consoles.", [("¥310 billion", "JPY")]),
        (
            "China has GDP of $15.3 trillion and a population of 1.4 billion.",
            [("$15.3 trillion", "USD")],
        ),
    ],
)
def test_a_figure_with_its_own_noun_or_after_another_figure_is_no_money(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert money(text) == expected


def test_a_continuing_figure_takes_the_money_before_it() -> None:
    text = "The ministry spent £4.2 billion on schools and 3.3 billion on roads."
    assert money(text) == [("£4.2 billion", "GBP"), ("3.3 billion", "GBP")]
