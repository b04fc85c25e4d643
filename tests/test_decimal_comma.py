"""Tests for a decimal comma before a scale word or a percent ("R259,2 billion", "6,1%"),
as South African and continental European copy writes it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimcheck
from claimcheck.extract.figures import find_figures


def read(text: str) -> list[tuple[str, float]]:
    """Each figure of a text, as written and with its value."""
    return [(text[f.start : f.end], f.value) for f in find_figures(text)]


def money_in(text: str) -> list[tuple[float, str]]:
    """Each amount of money in a text, with its currency."""
    return [
        (c.model_dump()["amount"]["value"], c.model_dump()["amount"]["currency"])
        for c in claimcheck.extract(text)
        if c.kind == "amount"
    ]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("The Treasury set aside R259,2 billion for health.", "259,2 billion", 259.2e9),
        ("Exports came to €3,4 milliards last year.", "3,4 milliards", 3.4e9),
        ("The deficit narrowed to 12,75 million rand.", "12,75 million", 12.75e6),
        ("Turnover of 7,5bn euros was flat.", "7,5bn", 7.5e9),
        ("Outlays reached R2,04 trillion in 2022/23.", "2,04 trillion", 2.04e12),
        ("Prices rose 6,1% on the year.", "6,1", 6.1),
        ("The jobless rate climbed to 32,5 per cent.", "32,5", 32.5),
    ],
)
def test_a_comma_before_one_or_two_digits_and_a_scale_word_is_a_decimal(
    text: str, written: str, value: float
) -> None:
    assert (written, pytest.approx(value)) in read(text)


def test_the_decimal_sets_the_rounding_the_figure_states() -> None:
    (figure,) = find_figures("a budget of R48,6 billion")
    assert figure.interval.low == pytest.approx(48.55e9)
    assert figure.interval.high == pytest.approx(48.65e9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # three digits after the comma: thousands, as before
        ("a loss of 1,500 million euros", [("1,500 million", 1.5e9)]),
        ("sales of 2,125 billion yen", [("2,125 billion", 2.125e12)]),
        ("shares jumped 1,500%", [("1,500", 1500)]),
        # no scale word or percent after it: a comma that may be a list's is left unread
        ("pick 3,4 or 5", [("5", 5)]),
        ("scores of 12,5 and 7", [("7", 7)]),
        # a year run into a figure is no decimal
        ("In 2019,12 million people moved.", []),
        # Indian grouping keeps its lakhs
        ("Rs 1,24,000 crore was spent.", [("1,24,000 crore", 1.24e12)]),
        ("a count of 1,234,5 million", []),
    ],
)
def test_commas_that_may_group_thousands_or_part_figures_are_not_decimals(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert read(text) == [(w, pytest.approx(v)) for w, v in expected]


def test_a_decimal_comma_amount_keeps_its_currency() -> None:
    assert money_in("Pretoria budgeted R113,1 billion for district health.") == [
        (pytest.approx(113.1e9), "ZAR")
    ]
    assert money_in("Brussels paid EUR 22,7 million in interest.") == [
        (pytest.approx(22.7e6), "EUR")
    ]


@given(
    st.integers(min_value=0, max_value=999),
    st.sampled_from(["{}", "{:02d}"]),
    st.integers(min_value=0, max_value=9),
    st.sampled_from(["million", "billion", "bn", "trillion", "milliard"]),
)
def test_any_decimal_written_with_a_comma_before_a_scale_word_reads_as_with_a_point(
    whole: int, decimals: str, fraction: int, scale: str
) -> None:
    pointed = f"{whole}.{decimals.format(fraction)}"
    commas = read(f"a bill of R{pointed.replace('.', ',')} {scale} was paid")
    points = read(f"a bill of R{pointed} {scale} was paid")
    assert [value for _, value in commas] == [value for _, value in points] != []


def test_a_slip_in_a_total_written_with_decimal_commas_is_caught() -> None:
    clean = (
        "Health gets R259,2 billion, to be split between district services (R113,1 billion), "
        "central hospitals (R48,6 billion), provincial services (R40,2 billion), upkeep "
        "(R11,3 billion) and other services (R46,0 billion)."
    )
    assert claimcheck.check(clean).findings == []
    (finding,) = claimcheck.check(clean.replace("R46,0", "R48,1")).findings
    assert finding.rule == "CC303"
    # the message restates the figure the way the writer wrote it
    assert "R261,3 billion, not R259,2 billion" in finding.message


def test_a_slip_in_a_change_to_a_decimal_comma_percent_is_caught() -> None:
    clean = "Outlays reached R2,04 trillion in 2022/23, 6,1% above the R1,92 trillion of 2021/22."
    assert claimcheck.check(clean).findings == []
    (finding,) = claimcheck.check(clean.replace("6,1%", "16,1%")).findings
    assert finding.rule == "CC301"
