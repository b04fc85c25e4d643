"""Reference exchange rates: what a currency was worth per US dollar over a period.

`RateTable.bundled()` combines three files shipped in `claimcheck/data`, asked in
this order for a currency and period (ECB daily rates that cover only part of the
period come last):

- `rates.json`: yearly and monthly mean, low and high of the ECB daily reference
  rates, as units of each currency per 1 USD (regenerate with
  `python scripts/update_rates.py`);
- `pegs.toml`: currencies the ECB does not quote but whose peg to one it does quote
  is officially documented (e.g. MOP at 1.03 per HKD), each with its source;
- `imf_rates.json`: the IMF's annual average rates per USD for some 140 currencies
  (regenerate with `python scripts/update_imf_rates.py`). A year known only by its
  mean gets the range `mean_only_range` allows (docs/reference-data.md).

A user rates file adds currencies or periods, or overrides bundled figures for the
same currency and period (`RateTable.bundled().with_overrides(path)`). It is TOML:

    source = "Newsroom desk rates"    # required: cited in reports
    [[rate]]
    currency = "VND"                  # ISO 4217 code
    period = "2024"                   # "YYYY" or "YYYY-MM"
    per_usd = 24160                   # units per 1 USD (mean)
    low = 23400                       # optional, defaults to per_usd
    high = 25500                      # optional, defaults to per_usd

A yearly user figure also serves the months of that year when the table has no
monthly figure in that year for the currency.
"""

from __future__ import annotations

import functools
import json
import math
import re
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from claimcheck.errors import RatesFileError
from claimcheck.interval import Interval
from claimcheck.period import Period

ECB_SOURCE = "ECB reference rates"
IMF_SOURCE = "IMF annual average (mean only, range from the neighbouring years)"
# How far a year's daily rates may stray beyond the span of its own and its neighbours'
# annual means, as a factor: measured by scripts/measure_imf_range.py against the ECB's
# daily rates for the currencies both sources cover (docs/reference-data.md).
MEAN_ONLY_SPREAD = 1.25
_CODE = re.compile(r"[A-Z]{3}")
_PERIOD = re.compile(r"\d{4}(-(0[1-9]|1[0-2]))?")
_RATE_KEYS = frozenset({"currency", "period", "per_usd", "low", "high"})
_REMEMBERED = 100_000  # rates looked up and kept, per table


@dataclass(frozen=True, slots=True)
class RateRange:
    """Units of `base` per one `quote` over `period`: mean, low and high of the daily fixings."""

    base: str
    quote: str
    period: Period
    mean: float
    low: float
    high: float
    source: str

    @property
    def interval(self) -> Interval:
        return Interval(self.low, self.high)

    @property
    def mean_only(self) -> bool:
        """Whether the range rests on IMF annual means rather than daily rates."""
        return IMF_SOURCE in self.source.split("; ")


@dataclass(frozen=True, slots=True)
class Peg:
    """`currency` held at `rate` units per 1 `anchor` from `since` on, as `source` documents."""

    currency: str
    anchor: str
    rate: float
    since: date
    source: str
    url: str


@dataclass(frozen=True, slots=True)
class Coverage:
    """The periods one source gives `currency` a rate for: from `first` to `last` (None: on)."""

    currency: str
    source: str
    first: str
    last: str | None


class _Entry(NamedTuple):
    mean: float
    low: float
    high: float
    fixings: int  # 0 when unknown (user figures)
    source: str


class _Blocks(Mapping[str, dict[str, list[float]]]):
    """The per-currency blocks of rates.json, each parsed on first use.

    Relies on the layout scripts/update_rates.py writes (and its --check enforces):
    each currency opens on a line `    "XXX": {` and closes on a line `    }`.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._spans: dict[str, tuple[int, int]] = {}
        self._parsed: dict[str, dict[str, list[float]]] = {}
        pos = text.index('"per_usd": {')
        while (pos := text.find('\n    "', pos)) != -1:
            start = text.index("{", pos)
            end = text.index("\n    }", start) + 6
            self._spans[text[pos + 6 : text.index('"', pos + 6)]] = (start, end)
            pos = end

    def __getitem__(self, code: str) -> dict[str, list[float]]:
        parsed = self._parsed.get(code)
        if parsed is None:
            start, end = self._spans[code]
            parsed = self._parsed[code] = json.loads(self._text[start:end])
        return parsed

    def __iter__(self) -> Iterator[str]:
        return iter(self._spans)

    def __len__(self) -> int:
        return len(self._spans)


def mean_only_range(
    before: float | None, mean: float, after: float | None, spread: float = MEAN_ONLY_SPREAD
) -> tuple[float, float]:
    """Low and high a year's daily rates may have reached, known only by annual means.

    The span of the year's mean and its neighbours' (`before`, `after`; a missing one
    continues the move of the other, or none), widened by `spread` on both sides.
    """
    if before is None:
        before = mean if after is None else mean * mean / after
    if after is None:
        after = mean * mean / before
    return min(before, mean, after) / spread, max(before, mean, after) * spread


class RateTable:
    """Per-USD rates by currency and period, from the ECB table, pegs, IMF means and user files."""

    source: str
    attribution: tuple[str, ...]  # each source as its terms ask it to be cited
    data_until: date

    def __init__(
        self,
        ecb: Mapping[str, Mapping[str, list[float]]],
        pegs: Mapping[str, Peg],
        imf: Mapping[str, Mapping[str, float]],
        user: Mapping[str, Mapping[str, _Entry]],
        data_until: date,
        source: str,
        attribution: tuple[str, ...] = (),
    ) -> None:
        self._ecb = ecb
        self._pegs = pegs
        self._imf = imf
        self._user = user
        self.data_until = data_until
        self.source = source
        self.attribution = attribution
        # Rates looked up so far: per USD, and across two currencies.
        self._per_usd_found: dict[tuple[str, str, Period], RateRange | None] = {}
        self._cross_found: dict[tuple[str, str, Period], RateRange | None] = {}

    @classmethod
    def bundled(cls) -> RateTable:
        """The table shipped with claimcheck (loaded once)."""
        return _bundled()

    def with_overrides(self, path: Path) -> RateTable:
        """A new table in which the rates in the user file at `path` take precedence."""
        declared, entries = _read_user_file(path)
        user = {code: dict(periods) for code, periods in self._user.items()}
        for code, periods in entries.items():
            user.setdefault(code, {}).update(periods)
        source = f"{self.source}; user rates: {declared} ({path})"
        attribution = (*self.attribution, f"User rates: {declared} ({path})")
        return RateTable(
            self._ecb, self._pegs, self._imf, user, self.data_until, source, attribution
        )

    def latest_full_year(self) -> int:
        """The last calendar year with data through December.

        The ECB publishes no fixing on 25-26 December and, some years, none after
        the 28th, so data reaching 28 December counts as a full year.
        """
        until = self.data_until
        return until.year if until >= date(until.year, 12, 28) else until.year - 1

    def currencies(self) -> frozenset[str]:
        return self._currencies

    @functools.cached_property
    def _currencies(self) -> frozenset[str]:
        return (
            frozenset(self._ecb)
            | frozenset(self._user)
            | frozenset(self._pegs)
            | frozenset(self._imf)
        )

    @functools.cached_property
    def traded_daily(self) -> frozenset[str]:
        """The currencies the ECB's daily reference rates cover: the widely traded ones."""
        return frozenset(self._ecb)

    def coverage(self, currency: str) -> list[Coverage]:
        """What each source covers for `currency`, in the order they are asked."""
        found = []
        for source, keys in (
            (self._user_source(currency), self._user.get(currency, {})),
            ("ECB daily reference rates", self._ecb.get(currency, {})),
        ):
            if keys:
                months = [key for key in keys if len(key) > 4] or list(keys)
                found.append(Coverage(currency, source, min(months), max(months)))
        peg = self._pegs.get(currency)
        if peg is not None:
            pegged = f"peg to {peg.anchor} at {peg.rate:g} ({peg.source})"
            found.append(Coverage(currency, pegged, peg.since.isoformat(), None))
        if currency in self._imf:
            years = self._imf[currency]
            found.append(Coverage(currency, "IMF annual averages", min(years), max(years)))
        return found

    def _user_source(self, currency: str) -> str:
        sources = {entry.source for entry in self._user.get(currency, {}).values()}
        return "user rates: " + ", ".join(sorted(sources))

    def per_usd(self, currency: str, period: Period) -> RateRange | None:
        """Units of `currency` per 1 USD over `period`, or None if the table has no data."""
        return _remembered(self._per_usd_found, (currency, "USD", period), self._per_usd)

    def _per_usd(self, currency: str, _usd: str, period: Period) -> RateRange | None:
        found, whole = self._lookup(currency, period)
        if whole:
            return found
        # Daily rates for part of the period only (RUB in 2022) give way to a whole year's
        # mean, which the missing months moved too.
        return self._pegged(currency, period) or self._mean_only(currency, period) or found

    def _pegged(self, currency: str, period: Period) -> RateRange | None:
        """The rate a documented peg gives `currency` from its anchor's, if one applies."""
        peg = self._pegs.get(currency)
        if peg is None or period.start < peg.since:
            return None
        anchor = self.per_usd(peg.anchor, period)
        if anchor is None:
            return None
        r = peg.rate
        source = f"peg: {peg.source} ({r:g} {currency} per {peg.anchor})"
        if peg.anchor != "USD":
            source = _join(source, anchor.source)
        return RateRange(
            currency, "USD", period, anchor.mean * r, anchor.low * r, anchor.high * r, source
        )

    def _mean_only(self, currency: str, period: Period) -> RateRange | None:
        """The IMF annual means of the years `period` spans, if the table has each of them."""
        means = self._imf.get(currency)
        if means is None:
            return None
        months: dict[int, int] = {}
        for year, _ in period.month_keys():
            months[year] = months.get(year, 0) + 1
        if any(str(year) not in means for year in months):
            return None
        lows, highs = [], []
        for year in months:
            low, high = mean_only_range(
                means.get(str(year - 1)), means[str(year)], means.get(str(year + 1))
            )
            lows.append(low)
            highs.append(high)
        mean = math.fsum(means[str(y)] * n for y, n in months.items()) / sum(months.values())
        return RateRange(currency, "USD", period, mean, min(lows), max(highs), IMF_SOURCE)

    def cross(self, base: str, quote: str, period: Period) -> RateRange | None:
        """Units of `base` per 1 `quote`; the low-high range is conservatively wide."""
        return _remembered(self._cross_found, (base, quote, period), self._cross)

    def _cross(self, base: str, quote: str, period: Period) -> RateRange | None:
        if base == quote:
            if base not in self.currencies():
                return None
            return RateRange(base, quote, period, 1.0, 1.0, 1.0, "identity")
        b = self.per_usd(base, period)
        q = self.per_usd(quote, period)
        if b is None or q is None:
            return None
        return RateRange(
            base,
            quote,
            period,
            b.mean / q.mean,
            b.low / q.high,
            b.high / q.low,
            _join(*(r.source for r in (b, q) if r.base != "USD")),  # USD needs no source
        )

    def _entry(self, currency: str, key: str) -> _Entry | None:
        user = self._user.get(currency)
        if user is not None and key in user:
            return user[key]
        raw = self._ecb.get(currency, {}).get(key)
        if raw is None:
            return None
        mean, low, high, fixings = raw
        return _Entry(mean, low, high, int(fixings), ECB_SOURCE)

    def _lookup(self, currency: str, period: Period) -> tuple[RateRange | None, bool]:
        """The rate from ECB and user figures (not pegs), combining months as needed.

        With it, whether it covers the whole period (daily data may cover only some months).
        """
        if currency not in self._ecb and currency not in self._user:
            return None, False
        keys = period.month_keys()
        months = [e for y, m in keys if (e := self._entry(currency, f"{y}-{m:02d}")) is not None]
        first_year = keys[0][0]
        whole: _Entry | None = None
        if period.is_calendar_year:
            whole = self._entry(currency, str(first_year))
        elif keys[-1][0] == first_year and not self._has_months(currency, first_year):
            whole = self._entry(currency, str(first_year))  # a yearly figure without months
        if whole is None and not months:
            return None, False
        e = whole if whole is not None else _combine(months)
        source = e.source
        partial = bool(e.fixings) and 0 < len(months) < len(keys)
        if partial:  # daily data covers part of the period
            source += f" ({len(months)} of {len(keys)} months)"
        return RateRange(currency, "USD", period, e.mean, e.low, e.high, source), not partial

    def _has_months(self, currency: str, year: int) -> bool:
        return any(self._entry(currency, f"{year}-{m:02d}") is not None for m in range(1, 13))


def _remembered(
    found: dict[tuple[str, str, Period], RateRange | None],
    key: tuple[str, str, Period],
    find: Callable[[str, str, Period], RateRange | None],
) -> RateRange | None:
    """`find(*key)`, looked up once and kept in `found` (emptied when it grows too big)."""
    if key not in found:
        if len(found) >= _REMEMBERED:
            found.clear()
        found[key] = find(*key)
    return found[key]


def _combine(entries: list[_Entry]) -> _Entry:
    """Monthly figures merged: mean weighted by fixings (equal weights if any is unknown)."""
    if len(entries) == 1:
        return entries[0]
    fixings = [e.fixings for e in entries]
    weights = [1] * len(entries) if 0 in fixings else fixings
    mean = sum(e.mean * w for e, w in zip(entries, weights, strict=True)) / sum(weights)
    low, high = min(e.low for e in entries), max(e.high for e in entries)
    total = 0 if 0 in fixings else sum(fixings)
    return _Entry(mean, low, high, total, _join(*(e.source for e in entries)))


def _join(*sources: str) -> str:
    """Distinct '; '-separated source parts, in order of first appearance."""
    parts = [part for s in sources for part in s.split("; ")]
    return "; ".join(dict.fromkeys(parts))


@functools.cache
def _bundled() -> RateTable:
    data = resources.files("claimcheck") / "data"
    text = (data / "rates.json").read_text(encoding="utf-8")
    meta = json.loads(text[text.index("{", 1) : text.index("\n  }") + 4])
    pegs = {
        p["currency"]: Peg(p["currency"], p["anchor"], p["rate"], p["since"], p["source"], p["url"])
        for p in tomllib.loads((data / "pegs.toml").read_text(encoding="utf-8"))["peg"]
    }
    imf = json.loads((data / "imf_rates.json").read_text(encoding="utf-8"))
    imf_meta = imf["meta"]
    source = (
        f"{meta['source']} (via {meta['package']}, data until {meta['data_until']}); "
        f"documented pegs for {', '.join(sorted(pegs))}; "
        f"{imf_meta['source']}, {imf_meta['first_year']}-{imf_meta['last_year']}, "
        f"for {len(imf['per_usd'])} currencies"
    )
    until = date.fromisoformat(meta["data_until"])
    attribution = (
        f"{meta['source']}, {meta['source_url']} (via {meta['package']})",
        "Currency pegs: the central banks and laws named in claimcheck/data/pegs.toml",
        imf_meta["attribution"],
    )
    return RateTable(_Blocks(text), pegs, imf["per_usd"], {}, until, source, attribution)


def _read_user_file(path: Path) -> tuple[str, dict[str, dict[str, _Entry]]]:
    """The declared source and the entries of a user rates file; RatesFileError if invalid."""
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RatesFileError(
            f"{path}: cannot read rates file ({exc.strerror}); check the path"
        ) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RatesFileError(f"{path}: not valid TOML ({exc}); fix the syntax") from exc
    unknown = set(doc) - {"source", "rate"}
    if unknown:
        raise RatesFileError(
            f"{path}: unknown key(s) {', '.join(sorted(unknown))}; "
            "a rates file has only 'source' and [[rate]] entries"
        )
    declared = doc.get("source")
    if not isinstance(declared, str) or not declared.strip():
        raise RatesFileError(
            f"{path}: missing 'source'; add a line such as source = \"Newsroom desk rates\""
        )
    rates = doc.get("rate")
    if not isinstance(rates, list) or not rates:
        raise RatesFileError(
            f"{path}: no [[rate]] entries; add at least one (currency, period, per_usd)"
        )
    entries: dict[str, dict[str, _Entry]] = {}
    for i, item in enumerate(rates, start=1):
        code, key, entry = _read_rate(f"{path}: rate #{i}", item, declared.strip())
        if key in entries.setdefault(code, {}):
            raise RatesFileError(f"{path}: rate #{i}: {code} {key} is given twice; keep one entry")
        entries[code][key] = entry
    return declared.strip(), entries


def _read_rate(where: str, item: Any, source: str) -> tuple[str, str, _Entry]:
    """One [[rate]] entry, checked; `where` prefixes error messages."""
    if not isinstance(item, dict):
        raise RatesFileError(f"{where}: must be a [[rate]] table")
    unknown = set(item) - _RATE_KEYS
    if unknown:
        raise RatesFileError(
            f"{where}: unknown key(s) {', '.join(sorted(unknown))}; "
            f"allowed: {', '.join(sorted(_RATE_KEYS))}"
        )
    code = item.get("currency")
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise RatesFileError(
            f"{where}: 'currency' must be a three-letter ISO 4217 code such as \"VND\" "
            f"(got {code!r})"
        )
    if code == "USD":
        raise RatesFileError(f"{where}: USD is the reference currency (1 per USD); remove it")
    key = item.get("period")
    if not isinstance(key, str) or not _PERIOD.fullmatch(key):
        raise RatesFileError(
            f'{where}: \'period\' must be "YYYY" or "YYYY-MM", e.g. period = "2024" (got {key!r})'
        )
    mean = _positive(where, item, "per_usd", None)
    low = _positive(where, item, "low", mean)
    high = _positive(where, item, "high", mean)
    if not low <= mean <= high:
        raise RatesFileError(
            f"{where}: need low <= per_usd <= high (got {low:g}, {mean:g}, {high:g}); "
            "fix the bounds"
        )
    return code, key, _Entry(float(mean), float(low), float(high), 0, source)


def _positive(where: str, item: dict[str, Any], name: str, default: float | None) -> float:
    value = item.get(name, default)
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not (value > 0 and math.isfinite(value))
    ):
        raise RatesFileError(f"{where}: '{name}' must be a positive number (got {value!r})")
    return float(value)
