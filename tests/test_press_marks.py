"""Currency marks the press writes that the Unicode CLDR does not: Thai English-language
papers' "Bt" for the baht ("Bt5 billion"), wire copy's "dlrs" for dollars ("12.4 bln
dlrs"), the Financial Times' "SKr5bn" and "Rb5bn", and plurals English copy uses ("5
trillion soums"). An amount so written is money, and its conversion is checked."""

from __future__ import annotations

import pytest

from readings import assert_caught, money_in, rules


@pytest.mark.parametrize(
    ("place", "written", "currency"),
    [
        ("Sweden", "SKr5.2bn", "SEK"),
        ("Norway", "NKr5.2bn", "NOK"),
        ("Denmark", "DKr5.2bn", "DKK"),
        ("Switzerland", "Sfr 5.2 billion", "CHF"),
        ("Senegal", "CFA 5.2 billion", "XOF"),
        ("Cameroon", "CFA 5.2 billion", "XAF"),
        ("Rwanda", "Rwf5.2 billion", "RWF"),
        ("Peru", "S/. 5.2 billion", "PEN"),
        ("Russia", "Rb5.2bn", "RUB"),
        ("Russia", "Rbs 5.2 billion", "RUB"),
        ("Bulgaria", "5.2 billion levs", "BGN"),
        ("Bulgaria", "5.2 billion leva", "BGN"),
        ("Uzbekistan", "5.2 trillion soums", "UZS"),
        ("Laos", "5.2 trillion kip", "LAK"),
        ("Paraguay", "5.2 trillion guaranies", "PYG"),
    ],
)
def test_a_press_mark_is_money_of_its_currency(place: str, written: str, currency: str) -> None:
    text = f"In 2023 {place}'s government spent {written} on roads."
    assert money_in(text) == [(written, currency)]


def test_bt_before_a_figure_is_the_baht() -> None:
    assert money_in("The ministry spent Bt5.3 billion.") == [("Bt5.3 billion", "THB")]
    clean = "In 2023 Thailand's ministry spent Bt5 billion (about $143 million) on roads."
    assert_caught(clean, clean.replace("$143 million", "$243 million"), "CC101")


def test_bt_before_a_word_is_no_mark() -> None:
    """ "Bt cotton" is a crop, not money."""
    assert rules("Bt cotton covers 90% of the land, against 52% of the land in 2010.") == []
    assert money_in("Bt cotton covers 90% of the land.") == []


def test_dlrs_after_a_figure_are_dollars() -> None:
    assert money_in("Reserves stood at 12.4 bln dlrs.") == [("12.4 bln dlrs", "USD")]
    clean = "Exports rose to 12.4 bln dlrs (11.2 bln euros) in 2019."
    assert_caught(clean, clean.replace("11.2 bln euros", "16.2 bln euros"), "CC101")
