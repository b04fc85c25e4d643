"""How an amount is written: a currency code before a symbol of its currency ("USD $170
billion", "CAD $5 billion") is one mark, the code's, and a hyphenated "lakh-crore" one
scale; the amount is read whole, and a conversion to or from it is checked."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from readings import assert_caught, money_in


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


def amounts(text: str) -> list[tuple[str, float]]:
    """Each amount the reader finds, as written and with its value."""
    from claimcheck.extract.money import read_money

    return [(text[m.start or 0 : m.end or 0], m.value) for m in read_money(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It will cost $1.2-1.5 billion.", [("$1.2", 1.2e9), ("1.5 billion", 1.5e9)]),
        ("It will cost $1.2 to $1.5 billion.", [("$1.2", 1.2e9), ("$1.5 billion", 1.5e9)]),
        ("Analysts see between $1.2 and $1.5 billion.", [("$1.2", 1.2e9), ("$1.5 billion", 1.5e9)]),
        ("It will cost 1.2-1.5 trillion yen.", [("1.2", 1.2e12), ("1.5 trillion yen", 1.5e12)]),
        # ends more than ten times apart as written, "and" with no "between", a bare
        # figure before "to": no range, each end as written
        ("It rose from $900 to $1.2 million.", [("$900", 900.0), ("$1.2 million", 1.2e6)]),
        ("It paid $5 and $1.2 billion.", [("$5", 5.0), ("$1.2 billion", 1.2e9)]),
        ("Sales rose by 5 to $1.2 billion.", [("$1.2 billion", 1.2e9)]),
        ("It paid $5 and 1.2 million people came.", [("$5", 5.0)]),
        (
            "It will cost $1.2-1.5 million over five years.",
            [("$1.2", 1.2e6), ("1.5 million", 1.5e6)],
        ),
    ],
)
def test_a_range_whose_scale_only_its_second_end_writes(
    text: str, expected: list[tuple[str, float]]
) -> None:
    found = amounts(text)
    assert [written for written, _ in found] == [written for written, _ in expected]
    assert [value for _, value in found] == pytest.approx([value for _, value in expected])


def test_a_range_restated_as_a_range_converts_end_to_end() -> None:
    clean = "The project will cost $1.2-1.5 billion (€1.1-1.4 billion) in 2023."
    assert_caught(clean, clean.replace("€1.1-1.4", "€1.1-2.4"), "CC101")


def test_a_change_between_the_ends_of_a_range_is_read_at_its_scale() -> None:
    """ "fell from $1.5 to $1.2 billion" fell: $1.5 billion, not $1.5, is where it stood."""
    assert_caught(
        "Profit fell from $1.5 to $1.2 billion in 2023.",
        "Profit rose from $1.5 to $1.2 billion in 2023.",
        "CC302",
    )


def test_one_end_of_a_range_is_no_conversion_of_a_single_amount() -> None:
    text = "The project will cost $1.2-1.5 billion (€1.3 billion) in 2023."
    assert [c.kind for c in claimcheck.extract(text) if c.kind == "conversion"] == []


@settings(max_examples=40, deadline=None)
@given(
    low=st.integers(min_value=11, max_value=400),
    spread=st.integers(min_value=1, max_value=50),
    scale=st.sampled_from([("million", 1e6), ("billion", 1e9), ("trillion", 1e12)]),
    join=st.sampled_from(["-", " to $", "–"]),
)
def test_both_ends_of_a_range_take_its_scale(
    low: int, spread: int, scale: tuple[str, float], join: str
) -> None:
    """Whatever the ends and the scale word, both ends of "$A-B billion" are billions."""
    high = low + spread
    text = f"The plan will cost ${low / 10}{join}{high / 10} {scale[0]} over five years."
    assert [value for _, value in amounts(text)] == pytest.approx(
        [low / 10 * scale[1], high / 10 * scale[1]]
    )


@given(
    tenths=st.integers(11, 9_999),
    scale=st.sampled_from(["million", "billion", "trillion"]),
    name=st.sampled_from(
        [("baht", "THB"), ("euro", "EUR"), ("dollar", "USD"), ("rupee", "INR"), ("yen", "JPY")]
    ),
)
def test_a_currency_name_hyphened_to_its_figure_is_read(
    tenths: int, scale: str, name: tuple[str, str]
) -> None:
    """A compound before a noun joins the name by a hyphen: "a 3.752-trillion-baht budget"."""
    written = f"{tenths / 10:g}-{scale}-{name[0]}"
    text = f"The cabinet approved a {written} budget for the year."
    assert money_in(text) == [(written, name[1])]


def test_a_share_of_a_hyphened_amount_is_judged() -> None:
    text = (
        "The cabinet approved a 3.752-trillion-baht budget, with 909.6 billion baht, {} of"
        " it, for investment."
    )
    assert [f.rule for f in claimcheck.check(text.format("24.2%")).findings] == []
    assert [f.rule for f in claimcheck.check(text.format("34.2%")).findings] == ["CC201"]
