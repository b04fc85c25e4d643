"""A currency symbol that starts with a small letter may be glued before its digits, as
Polish and Scandinavian amounts are written in English copy ("zł1.21 trillion",
"kr350"): the figure is money in that currency, and its relations are checked. Other small
letters glued to digits ("mp3", "v2") leave them no figure."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readings import flagged, money_in, unrounded


@settings(max_examples=40, deadline=None)
@given(
    parts=st.lists(unrounded(101, 899), min_size=2, max_size=2),
    symbol=st.sampled_from(("zł", "kr")),
    slip=st.integers(1, 9),
)
def test_a_breakdown_in_a_glued_small_letter_currency_is_checked(
    parts: list[int], symbol: str, slip: int
) -> None:
    a, b = parts
    text = (
        "Deposits totalled {s}{} billion, of which {s}{} billion sat in current accounts and"
        " {s}{} billion in term deposits."
    )
    assert flagged(text.format(a + b, a, b, s=symbol)) == []
    wrong = a + b - slip * 10
    wrong -= 0 if wrong % 10 else 1  # a figure ending in 0 may be rounded
    assert flagged(text.format(wrong, a, b, s=symbol)) == [("CC303", f"{symbol}{wrong} billion")]


def test_a_glued_small_letter_symbol_names_its_currency() -> None:
    assert money_in("Polish households held zł694 billion in current accounts.") == [
        ("zł694 billion", "PLN")
    ]


def test_other_small_letters_glued_to_digits_make_no_figure() -> None:
    assert money_in("The mp3 player and the v2 engine went on sale.") == []
    assert flagged("The mp3 player and the v2 engine went on sale in 2024.") == []
