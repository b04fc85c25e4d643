"""Reference exchange rates: bundled ECB table, pegs, user overrides and the generator."""

from __future__ import annotations

import contextlib
import json
import math
import subprocess
import sys
import tomllib
from collections.abc import Callable
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.errors import RatesFileError
from claimcheck.period import Period
from claimcheck.reference.rates import IMF_SOURCE, RateRange, RateTable

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "update_rates.py"
TABLE = RateTable.bundled()
Daily = Callable[[str, date, date], list[float]]


def _get(r: RateRange | None) -> RateRange:
    assert r is not None
    return r


@pytest.fixture(scope="module")
def daily() -> Daily:
    """Units per 1 USD on each day with a fixing, computed with CurrencyConverter's own API."""
    cc = pytest.importorskip("currency_converter")
    converter = cc.CurrencyConverter()  # no fallbacks: missing days raise

    def rates(currency: str, first: date, last: date) -> list[float]:
        out = []
        day = first
        while day <= last:
            with contextlib.suppress(cc.RateNotFoundError):
                out.append(float(converter.convert(1, "USD", currency, date=day)))
            day += timedelta(days=1)
        return out

    return rates


def _assert_matches(r: RateRange | None, values: list[float]) -> None:
    r = _get(r)
    assert values, "no daily data to compare with"
    assert r.mean == pytest.approx(math.fsum(values) / len(values), rel=1e-5)
    assert r.low == pytest.approx(min(values), rel=1e-5)
    assert r.high == pytest.approx(max(values), rel=1e-5)


@pytest.mark.parametrize(
    ("currency", "year"), [("JPY", 2024), ("CNY", 2024), ("EUR", 2023), ("GBP", 2008)]
)
def test_annual_figures_match_daily_data(daily: Daily, currency: str, year: int) -> None:
    values = daily(currency, date(year, 1, 1), date(year, 12, 31))
    _assert_matches(TABLE.per_usd(currency, Period.year(year)), values)


@pytest.mark.parametrize(("currency", "year", "month"), [("JPY", 2024, 3), ("CNY", 2026, 10)])
def test_monthly_figures_match_daily_data(
    daily: Daily, currency: str, year: int, month: int
) -> None:
    period = Period.month(year, month)
    _assert_matches(TABLE.per_usd(currency, period), daily(currency, period.start, period.end))


def test_months_are_combined_for_other_periods(daily: Daily) -> None:
    period = Period.months(2024, 1, 6, "first half of 2024")
    r = TABLE.per_usd("KRW", period)
    _assert_matches(r, daily("KRW", period.start, period.end))
    assert _get(r).period == period


def test_usd_is_one() -> None:
    r = _get(TABLE.per_usd("USD", Period.year(2024)))
    assert (r.mean, r.low, r.high) == (1.0, 1.0, 1.0)


def test_cross_rate_is_consistent_with_per_usd(daily: Daily) -> None:
    period = Period.year(2024)
    jpy, cny = _get(TABLE.per_usd("JPY", period)), _get(TABLE.per_usd("CNY", period))
    cross = _get(TABLE.cross("JPY", "CNY", period))
    assert (cross.base, cross.quote) == ("JPY", "CNY")
    assert cross.mean == pytest.approx(jpy.mean / cny.mean)
    assert cross.low == pytest.approx(jpy.low / cny.high)
    assert cross.high == pytest.approx(jpy.high / cny.low)
    # Conservative: every actual daily JPY/CNY rate lies inside the range.
    jpy_days, cny_days = (
        daily("JPY", period.start, period.end),
        daily("CNY", period.start, period.end),
    )
    for j, c in zip(jpy_days, cny_days, strict=True):
        assert j / c in cross.interval


def test_cross_with_itself_is_exactly_one() -> None:
    r = _get(TABLE.cross("MOP", "MOP", Period.year(2024)))
    assert (r.mean, r.low, r.high) == (1.0, 1.0, 1.0)
    assert TABLE.cross("XYZ", "XYZ", Period.year(2024)) is None


def test_peg_scales_its_anchor() -> None:
    period = Period.year(2024)
    hkd, mop = _get(TABLE.per_usd("HKD", period)), _get(TABLE.per_usd("MOP", period))
    assert mop.mean == pytest.approx(1.03 * hkd.mean)
    assert mop.low == pytest.approx(1.03 * hkd.low)
    assert mop.high == pytest.approx(1.03 * hkd.high)
    assert "Monetary Authority of Macao" in mop.source
    aed = _get(TABLE.per_usd("AED", period))
    assert (aed.mean, aed.low, aed.high) == (3.6725, 3.6725, 3.6725)
    eur, xof = _get(TABLE.per_usd("EUR", period)), _get(TABLE.per_usd("XOF", period))
    assert xof.mean == pytest.approx(655.957 * eur.mean)


def test_peg_not_applied_before_since() -> None:
    # Before the peg's date only the IMF annual mean answers, never the peg.
    before = _get(TABLE.per_usd("QAR", Period.year(2001)))  # Amiri Decree of July 2001
    assert before.source == IMF_SOURCE
    after = _get(TABLE.per_usd("QAR", Period.months(2001, 8, 12, "Aug-Dec 2001")))
    assert "Qatar Central Bank" in after.source
    assert _get(TABLE.per_usd("BHD", Period.year(2001))).source == IMF_SOURCE
    assert "Central Bank of Bahrain" in _get(TABLE.per_usd("BHD", Period.year(2002))).source


def test_bundled_pegs_are_documented_and_anchored() -> None:
    text = (resources.files("claimcheck") / "data" / "pegs.toml").read_text(encoding="utf-8")
    pegs = tomllib.loads(text)["peg"]
    codes = {p["currency"] for p in pegs}
    assert {"MOP", "AED", "SAR", "QAR", "BHD", "OMR", "JOD", "BND", "XOF", "XAF", "BAM"} <= codes
    assert len(codes) == len(pegs)
    for p in pegs:
        assert p["anchor"] == "USD" or p["anchor"] in TABLE.currencies()
        assert TABLE.per_usd(p["currency"], Period.year(2024)) is not None  # not an ECB code
        assert p["rate"] > 0 and isinstance(p["since"], date)
        assert p["source"].strip() and p["url"].startswith(("https://", "http://"))


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rates.toml"
    path.write_text(text, encoding="utf-8")
    return path


USER_FILE = """
source = "Newsroom desk rates"

[[rate]]
currency = "IRR"
period = "2024"
per_usd = 24160
low = 23400
high = 25500

[[rate]]
currency = "CNY"
period = "2024"
per_usd = 7.2
"""


def test_user_file_adds_and_overrides(tmp_path: Path) -> None:
    path = _write(tmp_path, USER_FILE)
    table = TABLE.with_overrides(path)
    y2024 = Period.year(2024)

    irr = _get(table.per_usd("IRR", y2024))
    assert (irr.mean, irr.low, irr.high) == (24160, 23400, 25500)
    assert irr.source == "Newsroom desk rates"
    assert "IRR" in table.currencies() and "IRR" not in TABLE.currencies()
    march = _get(table.per_usd("IRR", Period.month(2024, 3)))  # a yearly figure serves months
    assert march.interval == irr.interval
    assert table.per_usd("IRR", Period.year(2023)) is None

    cny = _get(table.per_usd("CNY", y2024))
    assert (cny.mean, cny.low, cny.high) == (7.2, 7.2, 7.2)
    assert table.per_usd("CNY", Period.year(2023)) == TABLE.per_usd("CNY", Period.year(2023))
    assert _get(TABLE.per_usd("CNY", y2024)).mean != 7.2  # the bundled table is untouched

    cross = _get(table.cross("IRR", "CNY", y2024))
    assert cross.mean == pytest.approx(24160 / 7.2)
    assert "Newsroom desk rates" in table.source and str(path) in table.source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("source = 'x'\n[[rate]]\ncurrency = 'VND'\nperiod = '2024'\n", "rate #1: 'per_usd'"),
        (
            "source = 'x'\n[[rate]]\ncurrency = 'VND'\nperiod = '2024'\nper_usd = 1\n"
            "[[rate]]\ncurrency = 'VND'\nperiod = '2025'\nper_usd = -3\n",
            "rate #2: 'per_usd' must be a positive number",
        ),
        ("source = 'x'\n[[rate]]\ncurrency = 'VND'\nperiod = '2024-13'\nper_usd = 1\n", "'period'"),
        ("source = 'x'\n[[rate]]\ncurrency = 'vnd'\nperiod = '2024'\nper_usd = 1\n", "'currency'"),
        ("source = 'x'\n[[rate]]\ncurrency = 'VND'\nperiod = 2024\nper_usd = 1\n", "'period'"),
        (
            "source = 'x'\n[[rate]]\ncurrency = 'VND'\nperiod = '2024'\nperusd = 1\n",
            "unknown key(s) perusd",
        ),
        (
            "source = 'x'\n[[rate]]\ncurrency = 'VND'\nperiod = '2024'\nper_usd = 10\nlow = 11\n",
            "low <= per_usd <= high",
        ),
        (
            "source = 'x'\n" + "[[rate]]\ncurrency = 'VND'\nperiod = '2024'\nper_usd = 1\n" * 2,
            "rate #2: VND 2024 is given twice",
        ),
        ("source = 'x'\n[[rate]]\ncurrency = 'USD'\nperiod = '2024'\nper_usd = 1\n", "USD"),
        ("[[rate]]\ncurrency = 'VND'\nperiod = '2024'\nper_usd = 1\n", "missing 'source'"),
        ("source = 'x'\n[[rates]]\ncurrency = 'VND'\n", "unknown key(s) rates"),
        ("source = 'x'\n", "no [[rate]] entries"),
        ("source = 'x\n", "not valid TOML"),
    ],
)
def test_bad_user_files_name_file_and_field(tmp_path: Path, text: str, expected: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(RatesFileError) as info:
        TABLE.with_overrides(path)
    message = str(info.value)
    assert str(path) in message
    assert expected in message


def test_missing_user_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.toml"
    with pytest.raises(RatesFileError, match="cannot read rates file"):
        TABLE.with_overrides(path)


def test_unknown_currency_and_future_period_give_none() -> None:
    assert TABLE.per_usd("XYZ", Period.year(2024)) is None
    assert TABLE.cross("JPY", "XYZ", Period.year(2024)) is None
    future = Period.year(TABLE.data_until.year + 1)
    assert TABLE.per_usd("JPY", future) is None
    assert TABLE.per_usd("MOP", future) is None
    assert TABLE.cross("JPY", "CNY", future) is None
    assert TABLE.per_usd("JPY", Period.month(2026, 12)) is None  # data ends October 2026


def test_partial_final_year_uses_available_months(daily: Daily) -> None:
    until = TABLE.data_until
    assert until.month < 12, "the bundled data is expected to end mid-year"
    r = TABLE.per_usd("JPY", Period.year(until.year))
    _assert_matches(r, daily("JPY", date(until.year, 1, 1), until))
    assert f"{until.month} of 12 months" in _get(r).source


def test_latest_full_year(daily: Daily) -> None:
    until = TABLE.data_until
    # The last year with USD fixings in its final days of December.
    full = max(
        y
        for y in range(until.year - 1, until.year + 1)
        if daily("USD", date(y, 12, 28), date(y, 12, 31))
    )
    assert TABLE.latest_full_year() == full
    assert TABLE.per_usd("JPY", Period.month(full, 12)) is not None


def test_every_bundled_figure_is_served() -> None:
    """The lazy per-currency loader returns exactly what a full JSON parse reads.

    A year the ECB quoted for only some months is served from the IMF's annual mean
    where it has one (RUB in 2022), from the ECB's months otherwise.
    """
    text = (resources.files("claimcheck") / "data" / "rates.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert TABLE.data_until == date.fromisoformat(data["meta"]["data_until"])
    assert set(data["per_usd"]) <= TABLE.currencies()
    served_by_imf = set()
    for code, periods in data["per_usd"].items():
        for key, (mean, low, high, _fixings) in periods.items():
            year, _, month = key.partition("-")
            period = Period.month(int(year), int(month)) if month else Period.year(int(year))
            r = _get(TABLE.per_usd(code, period))
            if r.source == IMF_SOURCE:
                months = sum(f"{year}-{m:02d}" in periods for m in range(1, 13))
                assert not month and months < 12, (code, key)
                served_by_imf.add((code, key))
            else:
                assert (r.mean, r.low, r.high) == (mean, low, high)
    assert ("RUB", "2022") in served_by_imf and ("JPY", "2024") not in served_by_imf


def _run_script(*args: str) -> subprocess.CompletedProcess[str]:
    pytest.importorskip("currency_converter")
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False
    )


def test_bundled_table_is_up_to_date() -> None:
    result = _run_script("--check")
    assert result.returncode == 0, result.stderr


def test_the_refdata_extra_pins_the_release_the_bundled_table_was_built_from() -> None:
    """`--check` compares against the pinned release, so a new one cannot break it."""
    bundled = json.loads((resources.files("claimcheck") / "data" / "rates.json").read_text())
    package, _, version = bundled["meta"]["package"].partition(" ")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for extra in ("refdata", "dev"):
        assert f"{package}=={version}" in project["optional-dependencies"][extra], extra


def test_check_detects_edited_table(tmp_path: Path) -> None:
    bundled = (resources.files("claimcheck") / "data" / "rates.json").read_text(encoding="utf-8")
    edited = tmp_path / "rates.json"
    edited.write_text(bundled.replace("151.431", "150.0"), encoding="utf-8")
    result = _run_script("--check", "--output", str(edited))
    assert result.returncode == 1
    assert "python scripts/update_rates.py" in result.stderr


CODES = sorted(TABLE.currencies())
periods = st.one_of(
    st.integers(1998, 2027).map(Period.year),
    st.tuples(st.integers(1998, 2027), st.integers(1, 12)).map(lambda t: Period.month(*t)),
    st.tuples(st.integers(1998, 2027), st.integers(1, 12), st.integers(0, 11)).map(
        lambda t: Period.months(t[0], t[1], min(12, t[1] + t[2]), "span")
    ),
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(CODES), periods)
def test_ranges_are_ordered_and_positive(code: str, period: Period) -> None:
    r = TABLE.per_usd(code, period)
    if r is not None:
        assert 0 < r.low <= r.mean <= r.high
        assert (r.base, r.quote, r.period) == (code, "USD", period)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(CODES), st.sampled_from(CODES), periods)
def test_cross_rates_invert(a: str, b: str, period: Period) -> None:
    ab, ba = TABLE.cross(a, b, period), TABLE.cross(b, a, period)
    assert (ab is None) == (ba is None)
    if ab is not None and ba is not None:
        assert ab.mean * ba.mean == pytest.approx(1.0)
        assert 1 / ba.mean in ab.interval.widen(1e-12)
        assert ab.low == pytest.approx(1 / ba.high) and ab.high == pytest.approx(1 / ba.low)
