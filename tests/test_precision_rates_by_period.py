"""Conversions of different periods, each at its own period's rate, do not conflict (CC106).

A story may convert a year's figure at the year's rate and one month's at the month's. Where
the currency moved within the time both periods cover (the lira in 2024, the pound in
2024), the two rates legitimately differ; a gap larger than the reference range over that
time allows, or one between conversions of the same period, is still a finding.

Converted amounts come from the bundled reference table, never typed in.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck import api
from claimcheck.period import Period
from claimcheck.reference.rates import RateTable

RATES = RateTable.bundled()


def dollars(amount: float, currency: str, period: Period, off: float = 1.0) -> str:
    """`amount` of `currency` in dollars at the period's mean rate, times `off`, to a tenth."""
    rate = RATES.per_usd(currency, period)
    assert rate is not None
    return f"{amount / rate.mean * off:.1f}"


def findings(text: str, when: str) -> list[tuple[str, str]]:
    """Each finding's rule and the text it marks."""
    (document,) = api.check(text, date=when).documents
    return [(f.rule, text[f.start : f.end]) for f in document.findings]


YEAR_2024 = Period.year(2024)
FISCAL_TO_JUNE_2024 = Period(date(2023, 7, 1), date(2024, 6, 30), "")
MONTHS_TO_JANUARY_2024 = Period(date(2023, 2, 1), date(2024, 1, 31), "")


# (story with {} for the dollars of the longer period, then of the shorter; currency; the
# longer period and the shorter one; the amounts in billions; the publication date)
BY_PERIOD = [
    (
        "ANKARA - Turkey's exports reached 3,400 billion lira (${} billion) in 2024, the"
        " trade ministry said. In December 2024 alone they were 330 billion lira (${} billion).",
        "TRY",
        (YEAR_2024, Period.month(2024, 12)),
        (3_400, 330),
        "2025-01-04",
    ),
    (
        "Egypt's budget deficit widened to 505 billion pounds (${} billion) in the fiscal year"
        " to June 2024, the finance ministry said. In June 2024 the shortfall was 96 billion"
        " Egyptian pounds (${} billion).",
        "EGP",
        (FISCAL_TO_JUNE_2024, YEAR_2024),
        (505, 96),
        "2024-07-20",
    ),
    (
        "Nigeria's oil revenue came to 9,800 billion naira (${} billion) in the 12 months to"
        " January 2024. Receipts for January 2024 were 1,050 billion naira (${} billion).",
        "NGN",
        (MONTHS_TO_JANUARY_2024, YEAR_2024),
        (9_800, 1_050),
        "2024-03-02",
    ),
    (
        "SAO PAULO - In December 2024 the retailer sold 12 billion reais (${1} billion) of"
        " goods. Its sales for the whole of 2024 reached 98 billion reais (${0} billion).",
        "BRL",
        (YEAR_2024, Period.month(2024, 12)),
        (98, 12),
        "2025-02-11",
    ),
    (
        "Turkish lenders' profits rose to 610 billion lira (${} billion) in 2023. For"
        " December 2023 alone, the banking watchdog put them at 72 billion lira (${} billion).",
        "TRY",
        (Period.year(2023), Period.month(2023, 12)),
        (610, 72),
        "2024-02-28",
    ),
]


@pytest.mark.parametrize(
    ("story", "currency", "periods", "amounts", "when"),
    BY_PERIOD,
    ids=["try-year-month", "egp-fiscal-month", "ngn-12-months", "brl-month-first", "try-2023"],
)
def test_each_period_at_its_own_rate_is_no_finding(
    story: str,
    currency: str,
    periods: tuple[Period, Period],
    amounts: tuple[float, float],
    when: str,
) -> None:
    text = story.format(*(dollars(a, currency, p) for a, p in zip(amounts, periods, strict=True)))
    assert findings(text, when) == []


def test_a_gap_too_big_even_for_a_moving_currency_is_still_a_finding() -> None:
    """The lira moved some 19% in 2024: a month's dollars half as many again is a slip."""
    wrong = dollars(330, "TRY", Period.month(2024, 12), off=1.5)
    text = (
        f"ANKARA - Turkey's exports reached 3,400 billion lira"
        f" (${dollars(3_400, 'TRY', YEAR_2024)} billion) in 2024, the trade ministry said."
        f" In December 2024 alone they were 330 billion lira (${wrong} billion)."
    )
    ((rule, marked),) = findings(text, "2025-01-04")
    assert rule in ("CC101", "CC106")  # off the reference, or off the year's conversion
    assert marked == f"330 billion lira (${wrong} billion)"


def test_a_gap_a_stable_currency_never_moved_is_still_a_finding() -> None:
    """The Hong Kong dollar held within 1% in 2023: a month 9% off the quarter is a slip."""
    march = Period.month(2023, 3)
    wrong = dollars(41, "HKD", march, off=1.09)
    text = (
        f"HONG KONG - Retail sales reached HK$120 billion"
        f" (US${dollars(120, 'HKD', Period.months(2023, 1, 3, ''))} billion) in the first"
        f" quarter of 2023. March 2023 sales were HK$41 billion (US${wrong} billion)."
    )
    ((rule, marked),) = findings(text, "2023-05-02")
    assert rule in ("CC101", "CC102", "CC106")  # the reference range is as narrow
    assert marked == f"HK$41 billion (US${wrong} billion)"


def test_conversions_of_one_period_still_share_one_rate() -> None:
    """Both figures are for 2024: the lira's movement in 2024 excuses no gap between them."""
    wrong = dollars(330, "TRY", YEAR_2024, off=1.08)
    text = (
        f"ANKARA - Turkey's exports reached 3,400 billion lira"
        f" (${dollars(3_400, 'TRY', YEAR_2024)} billion) in 2024, and its tourism revenue"
        f" 330 billion lira (${wrong} billion) in 2024."
    )
    assert findings(text, "2025-01-04") == [("CC106", f"330 billion lira (${wrong} billion)")]


def test_a_scale_slip_in_a_stable_year_is_still_a_finding() -> None:
    year = Period.year(2019)
    text = (
        f"TOKYO - The budget for 2019 was 101 trillion yen"
        f" (${dollars(101_000, 'JPY', year)} trillion) and"
        f" defence took 5.3 trillion yen (${dollars(5_300, 'JPY', year)} billion) in 2019."
    )
    assert findings(text, "2019-12-20") != []
