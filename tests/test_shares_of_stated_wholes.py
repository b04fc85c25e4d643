"""A share restating a part stated "out of" its whole is that part's share of it, whatever
stands between ("€7.65 billion in 2024 out of a group total of €17.19 billion, equivalent
to 44.5% of sales"); "instead of" replaces a figure and makes no whole; an ordinal before
"half" ("first-half sales") names a period, no fraction."""

from __future__ import annotations

from readings import assert_caught, flagged


def test_a_share_after_a_part_out_of_its_named_total_is_of_that_total() -> None:
    clean = (
        "Gucci, Kering's largest brand, posted revenue of €7.65 billion in 2024 out of a group"
        " total of €17.19 billion, equivalent to 44.5% of sales."
    )
    assert_caught(clean, clean.replace("44.5%", "54.5%"), "CC201")


def test_a_figure_instead_of_another_is_no_share_of_it() -> None:
    text = (
        "The board halved the dividend to 1.15 euros instead of the 2.30 euros planned,"
        " cutting the payout ratio to 22.9%."
    )
    assert flagged(text) == []


def test_first_half_sales_are_no_fraction() -> None:
    clean = (
        "Oncology drugs generated CHF 4.1 billion of Halvetra Pharma's CHF 11.6 billion in"
        " first-half sales, or 35%, the Basel-based group said on Thursday."
    )
    assert_caught(clean, clean.replace("35%", "45%"), "CC201")
    assert [rule for rule, _ in flagged("Two-thirds of the staff, or 45%, left.")] == ["CC202"]
