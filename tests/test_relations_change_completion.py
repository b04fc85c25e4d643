"""A change read with its size and new value takes its old value from the words that mark
one value of its sentence as the earlier state, and only when exactly one is so marked."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.model.claims import ChangeClaim


def _changes(text: str) -> list[ChangeClaim]:
    return [c for c in claimcheck.check(text).claims if isinstance(c, ChangeClaim)]


def _rules(text: str) -> list[str]:
    return [finding.rule for finding in claimcheck.check(text).findings]


@pytest.mark.parametrize(
    ("clean", "slipped"),
    [
        (
            "The central bank trimmed its policy rate by 50 basis points to 4.00% on Tuesday, "
            "having held it at 4.50% since March.",
            "The central bank trimmed its policy rate by 75 basis points to 4.00% on Tuesday, "
            "having held it at 4.50% since March.",
        ),
        (
            "The regulator lifted the cap by 13% to £2,150 a year, its second rise in 2024, "
            "when it had set it at £1,900.",
            "The regulator lifted the cap by 9% to £2,150 a year, its second rise in 2024, "
            "when it had set it at £1,900.",
        ),
        (
            "Fares went up by 12% to €2.80 on Monday, the first increase since 2021, when they "
            "had been raised to €2.50.",
            "Fares went up by 6% to €2.80 on Monday, the first increase since 2021, when they "
            "had been raised to €2.50.",
        ),
    ],
)
def test_the_one_marked_earlier_value_completes_the_change(clean: str, slipped: str) -> None:
    (change,) = _changes(clean)
    assert change.from_value is not None
    assert not _rules(clean)
    assert _rules(slipped) == ["CC301"]


def test_two_values_marked_as_earlier_leave_the_change_unchecked() -> None:
    """Either could be the old value: no reading is clearly best, so nothing is claimed."""
    text = (
        "Sales climbed 10% to $550 million in the quarter, having stood at $480 million in "
        "May and having been $520 million in June."
    )
    assert all(change.from_value is None for change in _changes(text))
    assert not _rules(text)


def test_a_marked_value_paired_in_another_clause_is_not_taken() -> None:
    """The "against" value pairs with the sales figure before it, not with the profit."""
    text = "Profit rose 8% to $3.1 billion, and sales were $12 billion against $11 billion."
    assert not _rules(text)
    assert all(
        change.from_value is None or change.from_value.text != "$11 billion"
        for change in _changes(text)
        if change.to_value is not None and change.to_value.text == "$3.1 billion"
    )


def test_a_value_in_another_currency_is_not_taken() -> None:
    text = "Revenue grew 10% to €5.5 billion in the year, having stood at $4 billion in 2022."
    assert all(change.from_value is None for change in _changes(text))
    assert not _rules(text)


_FILLERS = st.sampled_from(
    ["", " on Thursday", " in the quarter", ", its first move since October", ", a record"]
)
_MARKERS = st.sampled_from(
    ["having held it at", "having stood at", "when it had stood at", "against", "from"]
)


@settings(max_examples=60, deadline=None)
@given(
    old=st.integers(min_value=200, max_value=900),
    rise=st.integers(min_value=5, max_value=60),
    stated=st.integers(min_value=5, max_value=60),
    filler=_FILLERS,
    marker=_MARKERS,
)
def test_a_stated_rise_is_judged_against_the_marked_old_value(
    old: int, rise: int, stated: int, filler: str, marker: str
) -> None:
    old += old % 10 == 0  # a last digit of 0 may be rounded to tens: "$200 million"
    new = round(old * (1 + rise / 100))
    new += new % 10 == 0
    text = f"Revenue rose {stated}% to ${new:,} million{filler}, {marker} ${old:,} million."
    # whole numbers: the rise the values allow runs from (new - 0.5) / (old + 0.5) to
    # (new + 0.5) / (old - 0.5), and the stated rise from stated - 0.5 to stated + 0.5
    low = ((new - 0.5) / (old + 0.5) - 1) * 100
    high = ((new + 0.5) / (old - 0.5) - 1) * 100
    if stated + 0.5 < low - 1 or stated - 0.5 > high + 1:
        assert "CC301" in _rules(text)
    elif low <= stated <= high:
        assert "CC301" not in _rules(text)


@pytest.mark.parametrize(
    ("clean", "slipped"),
    [
        (
            "The city collected $812.4 million in fees, 91 percent of the $892.7 million it "
            "had budgeted but still 2.5 percent above the $792.6 million of 2022.",
            "The city collected $812.4 million in fees, 91 percent of the $892.7 million it "
            "had budgeted but still 4.5 percent above the $792.6 million of 2022.",
        ),
    ],
)
def test_the_one_unexplained_value_before_a_comparison_is_its_new_value(
    clean: str, slipped: str
) -> None:
    """The budget is the share's whole, so the fees are the one value left to compare."""
    changes = [c for c in _changes(clean) if c.from_value is not None]
    assert [c.to_value.text for c in changes if c.to_value] == ["$812.4 million"]
    assert not _rules(clean)
    assert _rules(slipped) == ["CC301"]


def test_a_size_restated_before_a_comparison_is_not_its_new_value() -> None:
    """ "$100 million, or 0.1%, below": the amount is the change's size, not the new value."""
    text = (
        "Reserves stood at $102.0 billion at the end of the month, $100 million, or 0.1%, "
        "below the $102.1 billion of a fortnight earlier."
    )
    assert not _rules(text)


def test_a_year_before_dollars_or_another_clause_is_not_a_new_value() -> None:
    text = (
        "Measured in constant 2017 dollars, output was put at $39.06 billion for 2021, a gain "
        "of 1.64% on the $38.43 billion of 2020; the pandemic year had seen it shrink by "
        "4.56% from $40.27 billion."
    )
    assert not _rules(text)
