"""Periods: what a text names, the publication date, and which period a conversion is judged in."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck import api
from claimcheck.extract.periods import document_date, find_periods, parse_date, rate_date
from claimcheck.model.claims import ConversionClaim
from claimcheck.period import Period
from claimcheck.reference.rates import RateTable
from claimcheck.report import JudgedClaim

RATES = RateTable.bundled()


@pytest.mark.parametrize(
    ("text", "label", "start", "end"),
    [
        ("sales rose in 2024", "2024", date(2024, 1, 1), date(2024, 12, 31)),
        ("profit for fiscal 2024", "fiscal 2024", date(2023, 4, 1), date(2025, 3, 31)),
        ("profit for FY2024", "fiscal 2024", date(2023, 4, 1), date(2025, 3, 31)),
        ("profit for FY24", "fiscal 2024", date(2023, 4, 1), date(2025, 3, 31)),
        (
            "exports in the first four months of 2024",
            "first four months of 2024",
            date(2024, 1, 1),
            date(2024, 4, 30),
        ),
        (
            "growth in the first half of 2024",
            "first half of 2024",
            date(2024, 1, 1),
            date(2024, 6, 30),
        ),
        ("growth in H2 2023", "H2 2023", date(2023, 7, 1), date(2023, 12, 31)),
        ("the third quarter of 2024", "third quarter of 2024", date(2024, 7, 1), date(2024, 9, 30)),
        ("results for Q1 2025", "Q1 2025", date(2025, 1, 1), date(2025, 3, 31)),
        ("in January-March 2024", "January-March 2024", date(2024, 1, 1), date(2024, 3, 31)),
        ("over Nov-Feb 2024", "Nov-Feb 2024", date(2023, 11, 1), date(2024, 2, 29)),
        (
            "in the year to March 2025",
            "year to March 2025",
            date(2024, 4, 1),
            date(2025, 3, 31),
        ),
        (
            "for the 12 months ended June 30, 2024",
            "12 months ended June 30, 2024",
            date(2023, 7, 1),
            date(2024, 6, 30),
        ),
        ("in the 2023/24 fiscal year", "2023/24", date(2023, 1, 1), date(2024, 12, 31)),
        ("on May 3, 2023", "May 2023", date(2023, 5, 1), date(2023, 5, 31)),
        ("in March 2024", "March 2024", date(2024, 3, 1), date(2024, 3, 31)),
    ],
)
def test_periods_named_in_the_text(text: str, label: str, start: date, end: date) -> None:
    (mention,) = find_periods(text)
    assert (mention.period.label, mention.period.start, mention.period.end) == (label, start, end)
    assert label[-2:] in text[mention.start : mention.end]


@pytest.mark.parametrize(
    "text",
    ["it rose 2024%", "a total of 2,024 units", "the $2024 million fund", "ISO date 12024"],
)
def test_numbers_that_are_not_years_name_no_period(text: str) -> None:
    assert [m for m in find_periods(text) if m.period.label == "2024"] == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "(equivalent to US$7.6 billion; US$1 is equal to Rp15,210, as of May 3, 2023)",
            "May 2023",
        ),
        ("($5 billion at 2023 exchange rates)", "2023"),
        ("($5 billion at the average 2024 rate)", "2024"),
        ("($5 billion, as at June 30, 2024)", "June 2024"),
    ],
)
def test_a_date_given_for_the_rate(text: str, label: str) -> None:
    found = rate_date(text, 0, len(text))
    assert found is not None
    assert (found.label, found.source) == (label, "stated")


@pytest.mark.parametrize(
    "text",
    [
        "($5 billion in 2023)",  # the figure's year, not the rate's date
        "($5 billion) and on May 3, 2023 it said",  # after the bracket closed
    ],
)
def test_no_date_for_the_rate(text: str) -> None:
    assert rate_date(text, 1, len(text)) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("BEIJING, March 3, 2024 (Reuters) - Output rose.", (date(2024, 3, 3), "dateline")),
        ("TOKYO, Dec 1 2023 - Output rose.", (date(2023, 12, 1), "dateline")),
        ("BEIJING - Output rose in 2024.", None),
    ],
)
def test_publication_date(text: str, found: tuple[date, str] | None) -> None:
    assert document_date(text) == found


@pytest.mark.parametrize(
    ("value", "day"),
    [("2024-03-05", date(2024, 3, 5)), ("2024-03", date(2024, 3, 1)), ("2024", date(2024, 7, 1))],
)
def test_a_date_given_on_the_command_line(value: str, day: date) -> None:
    assert parse_date(value) == day


def test_a_bad_date_is_refused() -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_date("March 5")


def _conversion(text: str, **options: object) -> JudgedClaim:
    (document,) = api.check(text, **options).documents  # type: ignore[arg-type]
    (judged,) = [j for j in document.judged() if isinstance(j.claim, ConversionClaim)]
    return judged


def _yen(dollars: float, period: Period) -> str:
    """Dollars converted to yen at the period's mean rate, in billions, as a reporter rounds."""
    rate = RATES.per_usd("JPY", period)
    assert rate is not None
    return f"{dollars * rate.mean / 1e9:.0f}"


def test_the_sentence_names_the_period() -> None:
    claim, judged = _conversion(
        f"Sony spent {_yen(2e9, Period.year(2023))} billion yen ($2.00 billion) in 2023."
    )
    assert [(p.label, p.source) for p in claim.periods] == [("2023", "sentence")]
    assert judged.rate_used is not None and "2023 (named in the sentence)" in judged.rate_used


def test_else_the_paragraph() -> None:
    yen = _yen(2e9, Period.year(2023))
    claim, _ = _conversion(
        f"Sony's results for 2023 were strong. It spent {yen} billion yen ($2.00 billion)."
    )
    assert [(p.label, p.source) for p in claim.periods] == [("2023", "paragraph")]


def test_else_the_publication_date() -> None:
    yen = _yen(2e9, Period.month(2023, 12))
    claim, judged = _conversion(
        f"TOKYO, Dec 12, 2023 (Reuters) - Sony spent {yen} billion yen ($2.00 billion)."
    )
    assert [(p.label, p.source) for p in claim.periods] == [
        ("December 2023", "document"),
        ("2023", "document"),
    ]
    assert judged.verdict == "consistent"
    assert judged.rate_used is not None and "(the publication date)" in judged.rate_used


def test_else_the_date_given_on_the_command_line() -> None:
    yen = _yen(2e9, Period.month(2022, 10))
    claim, judged = _conversion(
        f"Sony spent {yen} billion yen ($2.00 billion).", date=date(2022, 10, 20)
    )
    assert claim.periods[0].label == "October 2022"
    assert judged.verdict == "consistent"


def test_else_the_latest_full_year_and_the_report_says_so() -> None:
    year = RATES.latest_full_year()
    yen = _yen(2e9, Period.year(year))
    (document,) = api.check(f"Sony spent {yen} billion yen ($2.00 billion).").documents
    (judged,) = [v for c, v in document.judged() if isinstance(c, ConversionClaim)]
    assert judged.verdict == "consistent"
    assert judged.rate_used is not None
    assert f"{year} (latest full year; the text names no period)" in judged.rate_used


def test_a_wrong_conversion_names_its_period_and_where_it_came_from() -> None:
    year = RATES.latest_full_year()
    (document,) = api.check(
        "The region's GDP reached 11.5 trillion JPY (1.6 trillion USD)."
    ).documents
    (finding,) = document.findings
    assert f"{year} (latest full year; the text names no period)" in finding.message


def test_the_rate_date_given_beside_the_figure_becomes_its_period() -> None:
    claim, _ = _conversion(
        "JAKARTA - Capital spending was Rp 115.6 trillion (equivalent to US$7.6 billion;"
        " US$1 is equal to Rp15,210, as of May 3, 2023) in 2024."
    )
    assert [(p.label, p.source) for p in claim.periods] == [("May 2023", "stated")]


def test_a_figures_year_or_the_publication_dates_rate_is_consistent() -> None:
    # A 2022 figure written up in December 2023 at the December 2023 rate.
    december = RATES.per_usd("TRY", Period.month(2023, 12))
    year_2022 = RATES.per_usd("TRY", Period.year(2022))
    assert december is not None and year_2022 is not None
    assert december.low > year_2022.high * 1.2  # the two rates are far apart
    lira = f"{december.mean * 2:.0f}"
    story = f"ISTANBUL - Turkcell's 2022 profit was {lira} billion lira ($2.00 billion)."
    _, judged = _conversion(f"---\ndate: 2023-12-15\n---\n{story}")
    assert judged.verdict == "consistent"
    assert (
        judged.rate_used is not None and "December 2023 (the publication date)" in judged.rate_used
    )
    # Without the publication date only the figure's year is left, and it does not fit.
    assert _conversion(story).verdict.verdict == "inconsistent"


def _local(currency: str, dollars: float, period: Period) -> str:
    """Dollars in a currency at the period's mean rate, in billions, to two decimals."""
    rate = RATES.per_usd(currency, period)
    assert rate is not None
    return f"{dollars * rate.mean / 1e9:.2f}"


def _far_apart(currency: str, year: int) -> None:
    """Guard: the currency's rate in `year` is far from the latest full year's."""
    old = RATES.per_usd(currency, Period.year(year))
    latest = RATES.per_usd(currency, Period.year(RATES.latest_full_year()))
    assert old is not None and latest is not None
    assert old.high * 1.1 < latest.low or latest.high * 1.1 < old.low


# A figure converted at today's rate, then a clause set off from it that names a year of
# its own: the year is the other clause's comparison point, not the figure's period.
_SET_OFF_YEAR = [
    (
        "CAD",
        2011,
        "Timber sales were C${local} billion (US$2.00 billion) in the year to June, though"
        " that is well short of 2011, when mills shipped far more.",
    ),
    (
        "JPY",
        2012,
        "The ministry spent {local} billion yen ($2.00 billion) on ports, while in 2012 it"
        " spent nothing at all.",
    ),
    (
        "GBP",
        2007,
        "Lottery receipts came to £{local} billion ($2.00 billion); whereas the 2007 draw"
        " raised far less.",
    ),
    (
        "CAD",
        2011,
        "Gas royalties brought in C${local} billion (US$2.00 billion), compared with 2011,"
        " when they topped the list.",
    ),
    (
        "JPY",
        2012,
        "Pension payouts reached {local} billion yen ($2.00 billion), up steadily since 2012.",
    ),
    (
        "GBP",
        2007,
        "Ticket income was £{local} billion ($2.00 billion), a long way down from 2007, when"
        " crowds were bigger.",
    ),
]


@pytest.mark.parametrize(("currency", "year", "story"), _SET_OFF_YEAR)
def test_a_year_in_a_clause_set_off_after_the_figure_is_not_its_period(
    currency: str, year: int, story: str
) -> None:
    _far_apart(currency, year)
    latest = Period.year(RATES.latest_full_year())
    claim, judged = _conversion(story.format(local=_local(currency, 2e9, latest)))
    assert judged.verdict == "consistent"
    assert str(year) not in [p.label for p in claim.periods]
    assert judged.rate_used is not None and "latest full year" in judged.rate_used


@pytest.mark.parametrize(("currency", "year", "story"), _SET_OFF_YEAR)
def test_a_slipped_conversion_before_a_set_off_clause_is_still_caught(
    currency: str, year: int, story: str
) -> None:
    latest = Period.year(RATES.latest_full_year())
    # 70% off the latest rate, a rate the pair never had: undated, a slip that fits an
    # earlier year's rate would be unverifiable (that year may be the text's own)
    text = story.format(local=_local(currency, 2e9 * 0.3, latest))
    (document,) = api.check(text).documents
    (finding,) = document.findings
    assert finding.rule == "CC101"
    assert text[finding.start : finding.end].startswith(
        ("C$", "£", _local(currency, 0.6e9, latest))
    )
    assert "latest full year" in finding.message


@pytest.mark.parametrize(
    ("currency", "year", "story"),
    [
        (
            "JPY",
            2012,
            "In {year} the ministry spent {local} billion yen ($2.00 billion) on ports, though"
            " rivals spent more.",
        ),
        (
            "CAD",
            2011,
            "Timber sales were C${local} billion (US$2.00 billion) in {year}, while pulp sales"
            " fell.",
        ),
        (
            "GBP",
            2007,
            "Though the draw was smaller, lottery receipts came to £{local} billion"
            " ($2.00 billion) in {year}.",
        ),
    ],
)
def test_a_year_in_the_figures_own_clause_stays_its_period(
    currency: str, year: int, story: str
) -> None:
    _far_apart(currency, year)
    local = _local(currency, 2e9, Period.year(year))
    claim, judged = _conversion(story.format(local=local, year=year))
    assert [(p.label, p.source) for p in claim.periods] == [(str(year), "sentence")]
    assert judged.verdict == "consistent"
