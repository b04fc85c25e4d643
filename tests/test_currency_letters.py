"""One capital letter glued to a figure as its currency: the rand's "R87 billion" always,
the naira's "N220bn" only where the document's places or other marks name the naira, or
where the document writes amounts so again and again ("N8.83 trillion ... N4.04 trillion")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck
from readings import money_in


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
        # a letter goes before its own figure, never after another's
        ("The mint in Pretoria struck 2 million R5 coins.", [("R5", "ZAR")]),
    ],
)
def test_a_currency_letter_glued_to_its_figure_is_money_where_places_support_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert money_in(text) == expected


def test_a_letter_is_never_the_currency_of_the_figure_before_it() -> None:
    text = "Lagos clinics got 2 million N95 masks; the state paid N1.2 billion and N3 billion."
    assert not any(written.startswith("2 million") for written, _ in money_in(text))


def test_a_slip_in_a_conversion_from_a_glued_rand_amount_is_caught() -> None:
    clean = "South Africa's Treasury set aside R87 billion ($4.7 billion) for Eskom in 2023."
    assert claimcheck.check(clean).findings == []
    (finding,) = claimcheck.check(clean.replace("$4.7", "$47")).findings
    assert finding.rule == "CC103"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document that writes amounts with the letter and a scale word again and again
        # uses the letter as its currency, though it names no place
        (
            "President Buhari proposed spending of N8.83 trillion; debt service takes "
            "N2.14 trillion.",
            [("N8.83 trillion", "NGN"), ("N2.14 trillion", "NGN")],
        ),
        (
            "The approved budget spends N7.44tn against revenue of N5.08tn.",
            [("N7.44tn", "NGN"), ("N5.08tn", "NGN")],
        ),
        # ... and then every amount it writes with that letter
        (
            "Capital spending gets N1.8 trillion and education N396billion; a bag of rice "
            "costs N30,000.",
            [("N1.8 trillion", "NGN"), ("N396billion", "NGN"), ("N30,000", "NGN")],
        ),
    ],
)
def test_a_letter_the_document_uses_as_money_is_money(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert money_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ministry bought N95 masks and N99 respirators for 12 clinics.",
        "The survey (N=400) and a second one (N = 1,200) agree.",
        "Take the N1 north and the N2 east.",
        # one amount is not use enough
        "The senate added N400bn to the bill.",
        # a letter of several currencies stays unread: which kwacha (or kina) is it?
        "The mine will cost K5 billion, and the road K2 billion.",
    ],
)
def test_a_letter_without_place_or_repeated_money_use_stays_unread(text: str) -> None:
    assert money_in(text) == []


def test_a_slip_in_a_difference_of_amounts_in_letter_naira_is_caught() -> None:
    clean = (
        "The approved federal budget spends N7.44tn against total revenue of N5.08tn, "
        "leaving a deficit of N2.35tn."
    )
    assert claimcheck.check(clean).findings == []
    (finding,) = claimcheck.check(clean.replace("N5.08tn", "N5.80tn")).findings
    assert finding.rule == "CC304"


@given(
    st.lists(
        st.tuples(
            st.decimals(min_value=1, max_value=999, places=2),
            st.sampled_from(["trillion", "billion", "bn", "tn", "million"]),
        ),
        min_size=2,
        max_size=4,
    )
)
def test_any_amounts_a_document_writes_with_the_naira_letter_read_as_naira(
    amounts: list[tuple[Decimal, str]],
) -> None:
    text = "Spending: " + ", ".join(f"N{number} {scale}" for number, scale in amounts) + "."
    factors = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6}
    read = [
        (c.model_dump()["amount"]["value"], c.model_dump()["amount"]["currency"])
        for c in claimcheck.extract(text)
        if c.kind == "amount"
    ]
    assert read == [
        (pytest.approx(float(number) * factors[scale]), "NGN") for number, scale in amounts
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the Philippine peso's "P" in a story placed in the Philippines
        (
            "Manila's 2018 budget lets the government spend P3,767 billion.",
            [("P3,767 billion", "PHP")],
        ),
        # the pula's "P" in one placed in Botswana
        ("Botswana's budget sets aside P70 billion for roads.", [("P70 billion", "BWP")]),
        # "P" is two currencies' letter: no place, no currency, however often it is used
        ("The act spends P3,767 billion, P417 billion more than the year before.", []),
        # Mexican companies' "Ps." before a space, its full stop ending no sentence
        (
            "Revenue was Ps. 2,987.9 million. Costs were Ps. 2,178.1 million.",
            [("Ps. 2,987.9 million", "MXN"), ("Ps. 2,178.1 million", "MXN")],
        ),
    ],
)
def test_peso_and_pula_marks(text: str, expected: list[tuple[str, str]]) -> None:
    assert money_in(text) == expected


def test_a_slip_between_amounts_in_pesos_written_ps_is_caught() -> None:
    clean = (
        "Mexican carrier AXTEL lifted revenue to Ps. 2,987.9 million in the quarter, against "
        "Ps. 2,178.1 million a year earlier, a gain of Ps. 809.8 million or 37%."
    )
    assert claimcheck.check(clean).findings == []
    rules = {f.rule for f in claimcheck.check(clean.replace("2,987.9", "2,897.9")).findings}
    assert rules and rules <= {"CC301", "CC304"}
