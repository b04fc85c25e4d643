"""Currency conversions in the forms real copy uses: extracted, and judged right.

Converted amounts are computed from the bundled reference table, never typed in: a
story converts at the year's mean rate, and a wrong one is off by a factor no rate in
the year comes near.
"""

from __future__ import annotations

import pytest

from claimcheck import api
from claimcheck.extract.conversions import GAP
from claimcheck.model.claims import ConversionClaim, Money, StatedRateClaim
from claimcheck.model.judgement import ClaimVerdict
from claimcheck.period import Period
from claimcheck.reference.rates import RateTable
from claimcheck.report import DocumentReport

RATES = RateTable.bundled()
YEAR = 2024


def converted(amount: float, source: str, target: str, period: Period | None = None) -> float:
    """`amount` of `source` in `target` at the period's mean reference rate."""
    rate = RATES.cross(source, target, period or Period.year(YEAR))
    assert rate is not None
    return amount / rate.mean


def written(value: float, scale: float, digits: int = 3) -> str:
    """A value in units of `scale`, to `digits` significant figures: (4.1e9, 1e9) -> '4.10'."""
    scaled = value / scale
    decimals = max(0, digits - len(str(int(scaled))))
    return f"{scaled:,.{decimals}f}"


def check(text: str) -> DocumentReport:
    (document,) = api.check(text).documents
    return document


def conversions(document: DocumentReport) -> list[ConversionClaim]:
    return [c for c in document.claims if isinstance(c, ConversionClaim)]


def verdicts(document: DocumentReport) -> list[ClaimVerdict]:
    """The verdicts on the document's conversions."""
    return [document.verdict(c) for c in conversions(document)]


# (story with {} where the converted amount goes, source, amount, target, its scale)
FORMS = [
    (
        "Retail sales hit 66.9 trillion yuan ({} trillion U.S. dollars) in 2024.",
        "CNY",
        66.9e12,
        "USD",
        1e12,
    ),
    (
        "Retail sales hit 66.9 trillion yuan (about {} trillion U.S. dollars) in 2024.",
        "CNY",
        66.9e12,
        "USD",
        1e12,
    ),
    (
        "Exports were 25.45 trillion yuan, or about ${} trillion, in 2024.",
        "CNY",
        25.45e12,
        "USD",
        1e12,
    ),
    (
        "The fund holds 100 billion yuan, equivalent to ${} billion, in 2024.",
        "CNY",
        100e9,
        "USD",
        1e9,
    ),
    ("The stake is 50 billion yuan, worth about ${} billion, in 2024.", "CNY", 50e9, "USD", 1e9),
    ("Bank Mandiri earned Rp 64.1 trillion (USD {} billion) in 2024.", "IDR", 64.1e12, "USD", 1e9),
    ("Revenue was 56.6 billion euros (${} billion USD) in 2024.", "EUR", 56.6e9, "USD", 1e9),
    (
        "Nidec paid 77.5 billion yen, or around {} million U.S. dollars, in 2024.",
        "JPY",
        77.5e9,
        "USD",
        1e6,
    ),
    ("Revenue was RMB 2,130,456 million or USD {} million in 2024.", "CNY", 2130456e6, "USD", 1e6),
    ("Tata raised $5.25 billion or ₹{} crore in 2024.", "USD", 5.25e9, "INR", 1e7),
    ("Temasek invested US$3.00 billion (S${} billion) in 2024.", "USD", 3e9, "SGD", 1e9),
    ("The stake cost 100 million euros (£{} million) in 2024.", "EUR", 100e6, "GBP", 1e6),
    ("The plant cost 3.50 billion ringgit (S${} billion) in 2024.", "MYR", 3.5e9, "SGD", 1e9),
    (
        "Profit was RMB44.1 billion (US${} billion, down 3.2% YoY) in 2024.",
        "CNY",
        44.1e9,
        "USD",
        1e9,
    ),
    ("Tencent earned RMB48.2 billion (US${} billion) in 2024.", "CNY", 48.2e9, "USD", 1e9),
    ("The deficit was Rp 512.7 trillion (${} billion) in 2024.", "IDR", 512.7e12, "USD", 1e9),
    ("Reserves were HK$ 640 billion (US${} billion) in 2024.", "HKD", 640e9, "USD", 1e9),
    ("The unit sold bonds worth £318.5million (${} million) in 2024.", "GBP", 318.5e6, "USD", 1e6),
    ("The start-up sold for €270M (${} million) in 2024.", "EUR", 270e6, "USD", 1e6),
    ("Exports were 212.4 billion RM (${} billion) in 2024.", "MYR", 212.4e9, "USD", 1e9),
    ("Thailand pledged 2.1 trillion THB (${} billion) in 2024.", "THB", 2.1e12, "USD", 1e9),
    ("Canva raised AUS$80 million (US${} million) in 2024.", "AUD", 80e6, "USD", 1e6),
    ("Revenue was INR 640.5 Cr (${} million) in 2024.", "INR", 640.5e7, "USD", 1e6),
    (
        "The budget allots Rs 12,48,730.55 crore (${} billion) in 2024.",
        "INR",
        1248730.55e7,
        "USD",
        1e9,
    ),
    ("Beijing will spend three trillion yuan (${} billion) in 2024.", "CNY", 3e12, "USD", 1e9),
    ("The bank earned 41-point-26 billion yen (${} million) in 2024.", "JPY", 41.26e9, "USD", 1e6),
    ("Nestle paid 2.6 billion Swiss francs (${} billion) in 2024.", "CHF", 2.6e9, "USD", 1e9),
    ("Samsung will invest 20 trillion won (${} billion) in 2024.", "KRW", 20e12, "USD", 1e9),
    ("The fund raised 500 million euros [${} million] in 2024.", "EUR", 500e6, "USD", 1e6),
    ("Sales were 1.5 trillion yen — about ${} billion — in 2024.", "JPY", 1.5e12, "USD", 1e9),
]


@pytest.mark.parametrize(("story", "source", "amount", "target", "scale"), FORMS)
def test_a_conversion_in_each_form_is_extracted_and_consistent(
    story: str, source: str, amount: float, target: str, scale: float
) -> None:
    text = story.format(written(converted(amount, source, target), scale))
    document = check(text)
    (judged,) = verdicts(document)
    assert judged.reading == (source, target)
    assert judged.verdict == "consistent", judged.rate_used
    assert document.findings == []


@pytest.mark.parametrize(("story", "source", "amount", "target", "scale"), FORMS)
def test_the_same_conversion_off_by_half_is_one_finding_on_it(
    story: str, source: str, amount: float, target: str, scale: float
) -> None:
    text = story.format(written(1.5 * converted(amount, source, target), scale))
    document = check(text)
    (claim,) = conversions(document)
    (finding,) = document.findings
    assert (finding.start, finding.end) == (claim.start, claim.end)
    assert text[claim.start : claim.end] == claim.text


@pytest.mark.parametrize(
    "text",
    [
        "Meituan ($95 billion) said revenue rose 22 percent in 2024.",
        "Monthly users (down from 2.4 million) fell to 2.1 million yuan (2022).",
        "Revenue of $50 billion (2023: 340 billion yuan) beat forecasts.",
        "Its shares fell 4% ($1.2 billion) on Tuesday.",
        "The fund manages ¥100 billion (JPY 100 billion) for clients.",
        "Revenue was $5 billion (up from 30 billion yuan a decade ago).",
    ],
)
def test_brackets_that_are_not_conversions(text: str) -> None:
    document = check(text)
    assert conversions(document) == []
    assert document.findings == []


def test_a_bracketed_amount_is_never_negative() -> None:
    usd = written(converted(2e9, "CNY", "USD"), 1e6)
    for text in (
        f"The unit lost 2 billion yuan (-${usd} million) in 2024.",
        f"The unit posted a loss of -2 billion yuan (${usd} million) in 2024.",
        f"The unit posted a loss of -2 billion yuan (-{usd} million dollars) in 2024.",
    ):
        document = check(text)
        (claim,) = conversions(document)
        assert claim.source.value > 0 and claim.target.value > 0
        assert document.verdict(claim).verdict == "consistent", text


def test_a_third_currency_in_the_bracket_is_a_second_conversion() -> None:
    usd = written(converted(1.35e9, "SGD", "USD"), 1e9)
    myr = written(converted(1.35e9, "SGD", "MYR"), 1e9, digits=2)
    text = f"Petronas will invest S$1.35 billion (US${usd} billion, or RM{myr} billion) in 2024."
    document = check(text)
    assert [(v.reading, v.verdict) for v in verdicts(document)] == [
        (("SGD", "USD"), "consistent"),
        (("SGD", "MYR"), "consistent"),
    ]
    wrong = text.replace(f"RM{myr}", f"RM{float(myr) * 2:.1f}")
    (finding,) = check(wrong).findings
    assert wrong[finding.start : finding.end].endswith("billion)")


def test_the_gap_regex_is_public_for_other_extractors() -> None:
    for gap in (" (", " (about ", ", or about ", ", equivalent to ", " (equivalent to about "):
        assert GAP.fullmatch(gap)
    for gap in (" (down from ", " (2022: ", " and "):
        assert not GAP.fullmatch(gap)


# Stated rates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "currency", "per", "rate"),
    [
        ("Sony converted at 145 yen to the dollar.", "JPY", "USD", 145),
        ("The firm paid in cash, converted at 145 yen to the dollar.", "JPY", "USD", 145),
        ("Costs rose, using an exchange rate of 7.1 yuan per U.S. dollar.", "CNY", "USD", 7.1),
        ("SHANGHAI - Output rose.\n($1 = 7.2315 Chinese yuan renminbi)", "CNY", "USD", 7.2315),
        ("(or US$7.6 billion; US$1 is equal to Rp15,210, as of May 3, 2023)", "IDR", "USD", 15210),
        ("FRANKFURT - Sales rose.\n($1 = 0.9132 euros)", "EUR", "USD", 0.9132),
        ("Vale's revenue grew, $1 = 4.87 reais, in 2024.", "BRL", "USD", 4.87),
        ("Sales rose in 2024. €1 = $1.08.", "USD", "EUR", 1.08),
        ("TORONTO - Sales rose.\n($1 = 1.3650 Canadian dollars)", "CAD", "USD", 1.365),
    ],
)  # fmt: skip
def test_stated_rates(text: str, currency: str, per: str, rate: float) -> None:
    (stated,) = [c for c in api.extract(text) if isinstance(c, StatedRateClaim)]
    assert (stated.currency, stated.per, stated.rate.value) == (currency, per, rate)
    assert text[stated.start : stated.end] == stated.text


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL - The won weakened to 1,390 won per dollar on Friday.",
        "TOKYO - The yen traded at 151 yen to the dollar in Tokyo.",
        "TOKYO - The yen, which hit a 34-year low, closed at 161.5 yen per dollar.",
        "The yen was quoted at 150 yen to the dollar on Monday.",
    ],
)
def test_a_spot_rate_reported_as_news_is_not_a_stated_rate(text: str) -> None:
    assert [c for c in api.extract(text) if isinstance(c, StatedRateClaim)] == []


def _jpy_off_reference() -> tuple[str, float]:
    """A yen rate well below the year's whole range, and a conversion made at it."""
    ref = RATES.per_usd("JPY", Period.year(YEAR))
    assert ref is not None
    rate = round(ref.low * 0.85)
    return f"{rate * 20 / 1000:.2f}", rate


def test_the_documents_own_rate_takes_precedence_over_the_reference() -> None:
    yen, rate = _jpy_off_reference()
    story = f"TOKYO - Toyota booked {yen} trillion yen ($20.0 billion) of spending in 2024"
    (judged,) = verdicts(check(f"{story}, converted at {rate} yen to the dollar."))
    assert judged.verdict == "consistent"
    assert judged.rate_used == f"the document's rate ({rate} yen to the dollar)"
    # Without the stated rate the same figures are off the reference.
    (finding,) = check(f"{story}.").findings
    assert finding.rule == "CC101"


def test_a_spot_rate_does_not_excuse_a_conversion() -> None:
    yen, rate = _jpy_off_reference()
    text = (
        f"TOKYO - The yen traded at {rate} yen to the dollar on Friday."
        f" Toyota booked {yen} trillion yen ($20.0 billion) of spending in 2024."
    )
    (finding,) = check(text).findings
    assert finding.rule == "CC101"


def test_a_conversion_off_the_footer_rate() -> None:
    usd_per_eur = 1 / 0.9132
    text = (
        f"FRANKFURT - Siemens paid 100 million euros (${100 * usd_per_eur:.1f} million) and"
        f" 200 million euros (${200 / usd_per_eur:.1f} million) for two start-ups in 2024.\n"
        "($1 = 0.9132 euros)"
    )
    document = check(text)
    (finding,) = document.findings
    assert finding.rule == "CC105"
    assert text[finding.start : finding.end].startswith("200 million euros")


def test_of_two_stated_rates_a_conversion_uses_the_one_beside_it() -> None:
    text = (
        "JAKARTA - Pertamina spent Rp 115.6 trillion (US$7.6 billion; US$1 is equal to Rp15,210,"
        " as of May 3, 2023) and Rp 160 trillion (US$10 billion; US$1 is equal to Rp16,000,"
        " as of June 30, 2024)."
    )
    document = check(text)
    assert [v.verdict for v in verdicts(document)] == ["consistent", "consistent"]
    assert [v.rate_used for v in verdicts(document)] == [
        "the document's rate (US$1 is equal to Rp15,210)",
        "the document's rate (US$1 is equal to Rp16,000)",
    ]


# Ambiguous marks ----------------------------------------------------------------------


@pytest.mark.parametrize(("place", "currency"), [("BEIJING", "CNY"), ("TOKYO", "JPY")])
def test_the_yen_sign_is_read_by_the_documents_place(place: str, currency: str) -> None:
    usd = written(converted(100e9, currency, "USD"), 1e9)
    (judged,) = verdicts(
        check(f"{place} - The group invested ¥100 billion (${usd} billion) in 2024.")
    )
    assert judged.reading == (currency, "USD")
    assert judged.verdict == "consistent"


def test_dollars_are_read_by_the_documents_place() -> None:
    usd = written(converted(4e9, "SGD", "USD"), 1e9, digits=2)
    text = f"SINGAPORE - The government set aside 4.0 billion dollars (US${usd} billion) in 2024."
    (judged,) = verdicts(check(text))
    assert judged.reading == ("SGD", "USD")
    assert judged.verdict == "consistent"


# Mislabelled currencies -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("place", "true", "written_as", "mark"),
    [
        ("HANGZHOU", "CNY", "JPY", "{} trillion yen"),
        ("WUHAN", "CNY", "JPY", "JPY {} trillion"),
        ("MUMBAI", "INR", "JPY", "¥{} trillion"),
        ("SEOUL", "KRW", "IDR", "Rp {} trillion"),
    ],
)
def test_a_mislabelled_currency_is_named(place: str, true: str, written_as: str, mark: str) -> None:
    usd = written(converted(9e12, true, "USD"), 1e9)
    text = (
        f"{place} - The province's output reached {mark.format('9.00')} (${usd} billion) in 2024."
    )
    (finding,) = check(text).findings
    assert finding.rule == "CC102"
    assert finding.suggestion == true
    assert written_as in finding.message and true in finding.message


def test_the_seed_article_gives_its_two_findings() -> None:
    report = api.check_file("fixtures/articles/seed.txt")
    assert [(f.rule, f.suggestion) for f in report.findings] == [("CC102", "CNY"), ("CC102", "CNY")]


def test_a_conversion_built_by_hand_in_one_currency_is_unverifiable_not_an_error() -> None:
    claim = ConversionClaim(
        source=Money(value=5e9, currency="USD"), target=Money(value=5e9, currency="USD")
    )
    ((_, judged),) = api.check_claims([claim]).judged()
    assert judged.verdict == "unverifiable"
    assert judged.reason == "both amounts are in the same currency"


@pytest.mark.parametrize(
    ("sentence", "amount", "source", "scale", "year", "slip"),
    [
        ("The bank pledged at least 3 trillion won (US${} billion) in credit in {}.", 3e12,
         "KRW", 1e9, 2015, 10),
        ("In {1} Russia drew more than 1 trillion roubles (about ${0} billion) from the fund.",
         1e12, "RUB", 1e9, 2022, 10),
        ("The grant of up to 500 million euros (${} million) was agreed in {}.", 5e8, "EUR",
         1e6, 2019, 0.1),
        ("Fewer than 40,000 pounds (${} thousand) was raised in {}, the charity said.", 4e4,
         "GBP", 1e3, 2021, 0.1),
    ],
)  # fmt: skip
def test_an_open_hedge_bounds_the_quantity_and_the_bracket_converts_the_figure(
    sentence: str, amount: float, source: str, scale: float, year: int, slip: float
) -> None:
    """The slip is on the side the hedge leaves open: a bracket ten times too large
    after "more than", ten times too small after "up to"."""
    dollars = converted(amount, source, "USD", Period.year(year))
    assert check(sentence.format(written(dollars, scale, 2), year)).findings == []
    slipped = check(sentence.format(written(dollars * slip, scale, 2), year))
    assert [f.rule for f in slipped.findings] == ["CC103"]  # off by a factor of ten


@pytest.mark.parametrize(
    ("sentence", "source", "target", "year"),
    [
        ("In {year} the firm paid MXN {a} million (about ${b}) for the site.", "MXN", "USD", 2011),
        ("In {year} the council spent AUD {a} million (${b}) on the pools.", "AUD", "USD", 2020),
        ("The club paid HK${a} million (US${b}) for the horse in {year}.", "HKD", "USD", 2019),
    ],
)
def test_a_dollar_sign_beside_another_dollar_currency_is_a_conversion_not_a_restatement(
    sentence: str, source: str, target: str, year: int
) -> None:
    amount = 12e6
    dollars = converted(amount, source, target, Period.year(year))
    text = sentence.format(year=year, a=written(amount, 1e6, 2), b=f"{dollars:,.0f}")
    document = check(text)
    assert document.findings == [], text
    assert [c.kind for c in document.claims if c.kind in ("conversion", "restated-figure")] == [
        "conversion"
    ]


@pytest.mark.parametrize("wrong_first", [True, False])
def test_of_two_conflicting_conversions_the_one_off_the_reference_is_reported(
    wrong_first: bool,
) -> None:
    """Both rates fit the wide range of a currency with only annual means, but cannot agree:
    the finding names the one farther from the year's mean, first or second in the text."""
    period = Period.year(2013)
    right = written(converted(60, "EGP", "USD", period), 1)
    wrong = written(converted(120, "EGP", "USD", period) * 1.25, 1)
    first, second = (f"E£120bn (${wrong}bn)", f"E£60bn (${right}bn)")
    if not wrong_first:
        first, second = (f"E£60bn (${right}bn)", f"E£120bn (${wrong}bn)")
    text = f"In 2013 Egypt's government spent {first} on fuel subsidies and {second} on food."
    report = check(text)
    assert [(f.rule, text[f.start : f.end]) for f in report.findings] == [
        ("CC106", f"E£120bn (${wrong}bn)")
    ]
    (finding,) = report.findings
    assert finding.suggestion == f"{written(converted(120, 'EGP', 'USD', period), 1)} billion USD"


def test_of_three_conversions_the_one_the_other_two_disagree_with_is_reported() -> None:
    """A story converts at one rate: the conversion the others cannot agree with is the slip,
    reported once, not the two that agree with each other, though no reference rate tells
    them apart (the story's rate and the slip lie about as far from the year's mean)."""
    period = Period.year(2022)
    loss, revenue = (
        written(converted(x, "INR", "GBP", period) * 1.05, 1) for x in (50_000, 1_020_000)
    )
    slipped = written(converted(32_000, "INR", "GBP", period) * 0.93, 1)
    text = (
        f"In 2022 the carmaker earned Rs 32 billion (£{slipped} million) in the first half,"
        f" having lost Rs 50 billion (£{loss} million) a year before. Its revenue reached"
        f" Rs 1,020 billion (£{revenue} million)."
    )
    report = check(text)
    assert [(f.rule, text[f.start : f.end]) for f in report.findings] == [
        ("CC106", f"Rs 32 billion (£{slipped} million)")
    ]
    suggested = float(str(report.findings[0].suggestion).split()[0])
    assert suggested == pytest.approx(converted(32_000, "INR", "GBP", period) * 1.05, rel=0.01)
