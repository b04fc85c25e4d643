"""IMF annual average rates: the generated table, the lookup order, breaks and judged stories."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.cli import main
from claimcheck.period import Period
from claimcheck.reference.rates import IMF_SOURCE, RateRange, RateTable, mean_only_range
from claimcheck.settings import DEFAULT_TOLERANCE

ROOT = Path(__file__).resolve().parent.parent
IMF_SCRIPT = ROOT / "scripts" / "update_imf_rates.py"
NAMES_SCRIPT = ROOT / "scripts" / "update_currency_names.py"
TERRITORIES_SCRIPT = ROOT / "scripts" / "update_territory_names.py"
TABLE = RateTable.bundled()
DATA = resources.files("claimcheck") / "data"
MEANS: dict[str, dict[str, float]] = json.loads(
    (DATA / "imf_rates.json").read_text(encoding="utf-8")
)["per_usd"]
MEANS_LAST_YEAR = max(int(year) for series in MEANS.values() for year in series)


def _get(r: RateRange | None) -> RateRange:
    assert r is not None
    return r


def _run(script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script), *args], capture_output=True, text=True, check=False
    )


# --- the generated files ---------------------------------------------------------------


def test_bundled_imf_table_is_up_to_date() -> None:
    result = _run(IMF_SCRIPT, "--check")
    assert result.returncode == 0, result.stderr


def test_check_detects_an_edited_imf_table(tmp_path: Path) -> None:
    bundled = (DATA / "imf_rates.json").read_text(encoding="utf-8")
    edited = tmp_path / "imf_rates.json"
    edited.write_text(bundled.replace('"2023": 645.194', '"2023": 645.0'), encoding="utf-8")
    assert edited.read_text(encoding="utf-8") != bundled
    result = _run(IMF_SCRIPT, "--check", "--output", str(edited))
    assert result.returncode == 1
    assert "python scripts/update_imf_rates.py" in result.stderr


def test_generator_refuses_a_tenfold_fall_without_a_declared_break(tmp_path: Path) -> None:
    header = "Date,Rate,Currency,Frequency,Source,Country code,Country\n"
    rows = "".join(
        f"{year}-12-31,{rate},NGN,A,IMF,NG,Nigeria\n"
        for year, rate in ((2005, 1300.0), (2006, 1400.0), (2007, 1.5), (2008, 1.6))
    )
    (tmp_path / "imf_exchangerates_A_ENDA_USD.csv").write_text(header + rows, encoding="utf-8")
    (tmp_path / "series.toml").write_text("", encoding="utf-8")
    result = _run(IMF_SCRIPT, "--source", str(tmp_path), "--output", str(tmp_path / "out.json"))
    assert result.returncode == 2
    assert "NGN" in result.stderr and "declare a [[break]]" in result.stderr
    # Declared, the years before the break are dropped and the table is written.
    (tmp_path / "series.toml").write_text(
        '[[break]]\ncurrency = "NGN"\nsince = 2007-01-01\n', encoding="utf-8"
    )
    result = _run(IMF_SCRIPT, "--source", str(tmp_path), "--output", str(tmp_path / "out.json"))
    assert result.returncode == 0, result.stderr
    written = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert written["per_usd"] == {"NGN": {"2007": 1.5, "2008": 1.6}}


def test_bundled_currency_names_are_up_to_date() -> None:
    pytest.importorskip("babel")
    result = _run(NAMES_SCRIPT, "--check")
    assert result.returncode == 0, result.stderr


def test_bundled_territory_names_are_up_to_date() -> None:
    pytest.importorskip("babel")
    result = _run(TERRITORIES_SCRIPT, "--check")
    assert result.returncode == 0, result.stderr


def test_every_territory_name_points_to_covered_currencies() -> None:
    names = json.loads((DATA / "territory_names.json").read_text(encoding="utf-8"))
    assert names["territories"]["Kuwait"] == ["KWD"]
    assert names["territories"]["Bosnia and Herzegovina"] == ["BAM"]  # as the press spells it
    assert {c for codes in names["territories"].values() for c in codes} <= TABLE.currencies()


def test_every_covered_currency_has_a_name() -> None:
    names = json.loads((DATA / "currency_names.json").read_text(encoding="utf-8"))
    assert set(names["currencies"]) == TABLE.currencies()


# --- lookup order and sources ----------------------------------------------------------


def test_ecb_is_preferred_where_it_has_the_currency_and_period() -> None:
    for code in ("JPY", "TRY", "CNY", "BRL"):
        assert code in MEANS
        assert _get(TABLE.per_usd(code, Period.year(2023))).source == "ECB reference rates"


def test_imf_mean_answers_where_the_ecb_has_no_rate() -> None:
    ngn = _get(TABLE.per_usd("NGN", Period.year(2023)))
    assert ngn.source == IMF_SOURCE
    assert ngn.mean == MEANS["NGN"]["2023"]
    assert (ngn.low, ngn.high) == mean_only_range(
        MEANS["NGN"]["2022"], MEANS["NGN"]["2023"], MEANS["NGN"]["2024"]
    )
    # A month, or a span of months, within a year gets that year's range.
    march = _get(TABLE.per_usd("NGN", Period.month(2023, 3)))
    assert march.interval == ngn.interval
    # The IMF series ends: later years have no rate, not the last one's.
    assert TABLE.per_usd("NGN", Period.year(MEANS_LAST_YEAR + 1)) is None


def test_a_year_the_ecb_quoted_in_part_is_judged_against_the_imf_mean() -> None:
    # The ECB stopped quoting the rouble on 1 March 2022; mid-2022 rates were far lower.
    rub = _get(TABLE.per_usd("RUB", Period.year(2022)))
    assert rub.source == IMF_SOURCE and rub.mean == MEANS["RUB"]["2022"]
    ecb_months = _get(TABLE.per_usd("RUB", Period.months(2022, 1, 2, "Jan-Feb 2022")))
    assert ecb_months.source == "ECB reference rates"
    report = claimcheck.check("MOSCOW - Gazprom earned 1.2 trillion roubles ($20 billion) in 2022.")
    assert report.findings == [] and _conversion(report).verdict == "consistent"
    # Without an IMF mean, the ECB's months still answer, and say how many they are.
    jpy = _get(TABLE.per_usd("JPY", Period.year(TABLE.data_until.year)))
    assert "of 12 months" in jpy.source


def test_a_documented_peg_comes_before_the_imf_mean() -> None:
    aed = _get(TABLE.per_usd("AED", Period.year(2023)))
    assert "Central Bank of the UAE" in aed.source
    assert aed.low == aed.high  # the peg's exact rate, not a mean's range


def test_a_user_rate_overrides_the_imf_mean(tmp_path: Path) -> None:
    path = tmp_path / "rates.toml"
    path.write_text(
        'source = "Desk"\n[[rate]]\ncurrency = "NGN"\nperiod = "2023"\nper_usd = 700\n',
        encoding="utf-8",
    )
    ngn = _get(TABLE.with_overrides(path).per_usd("NGN", Period.year(2023)))
    assert (ngn.mean, ngn.source) == (700, "Desk")


def test_mean_only_range_spans_the_neighbours_and_continues_a_move() -> None:
    assert mean_only_range(100, 200, 400, spread=1.0) == (100, 400)
    low, high = mean_only_range(100, 200, None, spread=1.0)  # the last year: the move goes on
    assert (low, high) == (100, pytest.approx(400))
    assert mean_only_range(None, 200, None, spread=1.0) == (200, 200)
    low, high = mean_only_range(100, 200, 400)
    assert low < 100 and high > 400


# --- redenominations and successions ---------------------------------------------------


@pytest.mark.parametrize(
    ("code", "before", "first"),
    [
        ("GHS", 2007, 2008),  # cedi re-based in July 2007
        ("SLE", 2022, 2023),  # new leone from July 2022
        ("AZN", 2005, 2006),
        ("ZMW", 2012, 2013),
        ("MRU", 2017, 2018),
    ],
)
def test_no_rate_before_a_currency_existed_all_year(code: str, before: int, first: int) -> None:
    assert TABLE.per_usd(code, Period.year(before)) is None
    assert TABLE.per_usd(code, Period.year(first)) is not None
    # Nor is the first year's range built from a year on the other side of the break.
    means = MEANS[code]
    after = means.get(str(first + 1))
    expected = mean_only_range(None, means[str(first)], after)
    assert _get(TABLE.per_usd(code, Period.year(first))).interval.low == expected[0]


def test_the_old_turkish_lira_is_never_compared_with_the_new() -> None:
    assert TABLE.per_usd("TRY", Period.year(2004)) is None
    report = claimcheck.check("ANKARA - The state spent 1.5 trillion lira ($1 billion) in 2004.")
    claim = _conversion(report)
    assert claim.verdict == "unverifiable" and "TRY in 2004" in (claim.reason or "")
    assert report.findings == []


def test_replaced_currencies_have_no_rate_after_the_euro() -> None:
    assert TABLE.per_usd("HRK", Period.year(2022)) is not None
    assert TABLE.per_usd("HRK", Period.year(2023)) is None  # euro from 1 January 2023
    assert TABLE.per_usd("BGN", Period.year(2026)) is None  # euro from 1 January 2026
    for code in ("VED", "ZWG", "XCG"):  # the source's series predate these codes
        assert code not in MEANS


# --- stories judged against the IMF means ----------------------------------------------

# Dateline, how the story writes an amount in billions, and the currency.
STORIES = [
    ("TAIPEI", "NT${} billion", "TWD"),
    ("LAGOS", "₦{} billion", "NGN"),
    ("HANOI", "{} billion dong", "VND"),
    ("CAIRO", "E£{} billion", "EGP"),
    ("KARACHI", "Rs{} billion", "PKR"),
    ("DHAKA", "Tk {} billion", "BDT"),
    ("NAIROBI", "KSh {} billion", "KES"),
    ("KYIV", "{} billion hryvnias", "UAH"),
    ("BOGOTÁ", "{} billion pesos", "COP"),
    ("BUENOS AIRES", "{} billion pesos", "ARS"),
]
YEAR = 2023
DOLLARS = 2.0  # billion


def _story(dateline: str, written: str, per_usd: float, extra: str = "") -> str:
    amount = f"{DOLLARS * per_usd:,.1f}"
    return (
        f"{dateline} - The programme will cost {written.format(amount)} (${DOLLARS:g} billion)"
        f" in {YEAR}, officials said.{extra}"
    )


def _conversion(report: claimcheck.Report) -> claimcheck.ClaimVerdict:
    """The verdict on the report's one conversion."""
    (judged,) = [v for c, v in report.judged() if isinstance(c, claimcheck.ConversionClaim)]
    return judged


@pytest.mark.parametrize(("dateline", "written", "code"), STORIES)
def test_a_conversion_at_the_imf_mean_is_consistent(dateline: str, written: str, code: str) -> None:
    report = claimcheck.check(_story(dateline, written, MEANS[code][str(YEAR)]))
    assert report.findings == []
    claim = _conversion(report)
    assert claim.verdict == "consistent" and claim.reading == (code, "USD")


@pytest.mark.parametrize(("dateline", "written", "code"), STORIES)
def test_a_tenfold_slip_is_reported_as_one(dateline: str, written: str, code: str) -> None:
    report = claimcheck.check(_story(dateline, written, MEANS[code][str(YEAR)] * 10))
    (finding,) = report.findings
    assert finding.rule == "CC103"
    assert "a range from IMF annual averages only" in finding.message
    assert finding.arithmetic is not None and IMF_SOURCE in finding.arithmetic


@pytest.mark.parametrize(("dateline", "written", "code"), STORIES)
def test_an_amount_in_yuan_labelled_as_the_local_currency_is_a_mislabel(
    dateline: str, written: str, code: str
) -> None:
    cny = _get(TABLE.per_usd("CNY", Period.year(YEAR))).mean
    text = _story(dateline, written, cny, " The Chinese partner will lend the rest.")
    (finding,) = claimcheck.check(text).findings
    assert (finding.rule, finding.suggestion) == ("CC102", "CNY")


# Years in which a currency's range spans tenfold or more (a collapse or a float: MMK
# 2011-2012, CDF 2000-2001, SSP 2015-2016) cannot tell a tenfold slip from the market.
def _tenfold_visible(code: str, year: str) -> bool:
    r = _get(TABLE.per_usd(code, Period.year(int(year))))
    margin = 1 + DEFAULT_TOLERANCE
    return r.mean * 10 > r.high * margin and r.mean / 10 < r.low / margin


IMF_ONLY = sorted(
    (code, year)
    for code, series in MEANS.items()
    for year in series
    if _get(TABLE.per_usd(code, Period.year(int(year)))).mean_only
)
VISIBLE = [(code, year) for code, year in IMF_ONLY if _tenfold_visible(code, year)]


def test_few_years_are_too_volatile_to_catch_a_tenfold_slip() -> None:
    assert len(IMF_ONLY) - len(VISIBLE) <= len(IMF_ONLY) // 200


@settings(max_examples=150, deadline=None)
@given(pick=st.sampled_from(VISIBLE), dollars=st.floats(0.01, 1e12))
def test_an_amount_at_the_tables_mean_is_never_flagged_and_ten_times_it_always_is(
    pick: tuple[str, str], dollars: float
) -> None:
    code, year = pick
    mean = MEANS[code][year]
    target = claimcheck.Money(currency="USD", value=dollars)
    period = [Period.year(int(year))]

    def verdict(factor: float) -> str:
        source = claimcheck.Money(currency=code, value=dollars * mean * factor)
        claim = claimcheck.ConversionClaim(source=source, target=target, periods=period)
        return _conversion(claimcheck.check_claims([claim])).verdict

    assert verdict(1) == "consistent"
    assert verdict(10) == "inconsistent"
    assert verdict(0.1) == "inconsistent"


# --- claimcheck rates ------------------------------------------------------------------


def test_rates_command_lists_coverage_sources_and_attribution(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["rates", "NGN", "JPY", "XYZ"]) == 0
    out = capsys.readouterr().out
    ngn = out[out.index("NGN") : out.index("JPY")]
    assert "IMF annual averages: 1999 to" in ngn
    assert "ECB daily reference rates" in out[out.index("JPY") : out.index("XYZ")]
    assert "none: conversions in XYZ are unverifiable" in out
    assert "Source: IMF, International Financial Statistics (ENDA, period average)" in out
    assert "transformed by claimcheck" in out


def test_rates_command_lists_every_covered_currency(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rates"]) == 0
    listed = {line[:3] for line in capsys.readouterr().out.splitlines() if line[:3].isupper()}
    assert TABLE.currencies() <= listed


@pytest.mark.parametrize(
    ("dateline", "written", "code"),
    [
        ("NAIROBI", "Sh{} billion", "KES"),
        ("KAMPALA", "Sh{} billion", "UGX"),
        ("KARACHI", "Rs {} billion", "PKR"),
        ("COLOMBO", "Rs {} billion", "LKR"),
        ("MUMBAI", "Rs {} billion", "INR"),
        ("BOGOTÁ", "{} billion pesos", "COP"),
        ("SANTIAGO, Chile", "{} billion pesos", "CLP"),
        ("MONTEVIDEO", "{} billion pesos", "UYU"),
    ],
)
def test_shared_marks_are_read_by_the_places_of_the_story(
    dateline: str, written: str, code: str
) -> None:
    per_usd = _get(TABLE.per_usd(code, Period.year(YEAR))).mean
    claim = _conversion(claimcheck.check(_story(dateline, written, per_usd)))
    assert claim.verdict == "consistent" and claim.reading == (code, "USD")
