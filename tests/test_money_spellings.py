"""How an amount is written: a currency code before a symbol of its currency ("USD $170
billion", "CAD $5 billion") is one mark, the code's, and a hyphenated "lakh-crore" one
scale; the amount is read whole, and a conversion to or from it is checked."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from readings import assert_caught


def money_in(text: str) -> list[tuple[str, str]]:
    """Each amount of money read alone, as written and with its currency."""
    return [
        (text[c.start : c.end], c.model_dump()["amount"]["currency"])
        for c in claimcheck.extract(text)
        if c.kind == "amount" and c.start is not None and c.end is not None
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund holds USD $170 billion.", [("USD $170 billion", "USD")]),
        ("The fund holds CAD $5 billion.", [("CAD $5 billion", "CAD")]),
        ("The fund holds AUD $5 billion.", [("AUD $5 billion", "AUD")]),
        # a code that names none of the symbol's currencies stays apart from it
        ("The bank sold EUR $5 billion.", [("$5 billion", "USD")]),
    ],
)
def test_a_code_before_a_symbol_of_its_currency_is_one_mark(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert money_in(text) == expected


def test_a_conversion_to_a_code_and_symbol_is_checked() -> None:
    clean = (
        "Indonesia's parliament passed a 2015 budget in which state spending tops IDR "
        "2,039.5 trillion (USD $170 billion) for the first time."
    )
    assert_caught(clean, clean.replace("$170", "$270"), "CC101")


@settings(max_examples=30, deadline=None)
@given(
    code=st.sampled_from(["USD", "CAD", "AUD", "NZD", "HKD", "SGD"]),
    value=st.integers(min_value=1, max_value=999),
)
def test_the_code_decides_the_dollar(code: str, value: int) -> None:
    """Whatever the dollar and the figure, the amount is in the dollar its code names,
    not the one "$" alone would be read as."""
    text = f"Last year the fund put {code} ${value} million into bonds."
    assert money_in(text) == [(f"{code} ${value} million", code)]


def test_a_hyphenated_lakh_crore_is_one_scale() -> None:
    """ "Rs 1.2 lakh-crore" is 1.2 trillion rupees, as Indian papers write it either way:
    its conversion is read, and a slip in it caught."""
    clean = "India's government set aside Rs 1.2 lakh-crore ($14.6 billion) for roads in 2023."
    assert_caught(clean, clean.replace("$14.6 billion", "$14.6 million"), "CC103")
