"""A fiscal year written as a span ("2009-10", "2024/25") is a period, never a figure."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck


def figures_read(text: str) -> list[str]:
    """Each claim's text, as written."""
    return [text[c.start : c.end] for c in claimcheck.extract(text) if c.start is not None]


@settings(max_examples=60, deadline=None)
@given(year=st.integers(min_value=1950, max_value=2098), dash=st.sampled_from("-–"))
def test_the_second_year_of_a_fiscal_year_is_no_figure(year: int, dash: str) -> None:
    span = f"{year}{dash}{(year + 1) % 100:02d}"
    text = f"Spending reached £5.3 billion in {span}, the council said."
    assert figures_read(text) == ["£5.3 billion"]


def test_two_numbers_that_are_not_consecutive_years_stay_figures() -> None:
    """ "2009-12" is not one fiscal year: its "12" is left as written."""
    assert "12" in figures_read("The vote went 2009-12 in the final round.")
