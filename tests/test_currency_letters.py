"""One capital letter glued to a figure as its currency: the rand's "R87 billion" always,
the naira's "N220bn" only where the document's places or other marks name the naira."""

from __future__ import annotations

import pytest

import claimcheck


def money_in(text: str) -> list[tuple[str, str]]:
    """Each amount of money read in a text, as written and with its currency."""
    return [
        (text[c.start : c.end], c.model_dump()["amount"]["currency"])
        for c in claimcheck.extract(text)
        if c.kind == "amount" and c.start is not None and c.end is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pretoria set aside R87 billion for the grid.", [("R87 billion", "ZAR")]),
        ("The Treasury's R1.2trn plan for Cape Town.", [("R1.2trn", "ZAR")]),
        ("President Tinubu proposed N220bn for the sinking fund.", []),
        ("Nigeria's Senate proposed N220bn for the sinking fund.", [("N220bn", "NGN")]),
        ("Nurses in Lagos earn N150,000 a month.", [("N150,000", "NGN")]),
        # a lone letter no place or other mark supports is no currency
        ("Health workers still need N95 masks, the ministry said.", []),
        ("The Airbus A380 flew to the G20 meeting in Q3.", []),
    ],
)
def test_a_currency_letter_glued_to_its_figure_is_money_where_places_support_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert money_in(text) == expected


def test_a_slip_in_a_conversion_from_a_glued_rand_amount_is_caught() -> None:
    clean = "South Africa's Treasury set aside R87 billion ($4.7 billion) for Eskom in 2023."
    assert claimcheck.check(clean).findings == []
    (finding,) = claimcheck.check(clean.replace("$4.7", "$47")).findings
    assert finding.rule == "CC103"
