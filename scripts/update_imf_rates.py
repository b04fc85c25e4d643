"""Regenerate src/claimcheck/data/imf_rates.json from the IMF annual average exchange rates.

The source is `scripts/data/imf/imf_exchangerates_A_ENDA_USD.csv` (IMF International
Financial Statistics, indicator ENDA: units of national currency per USD, period average;
see `scripts/data/imf/SOURCE.md`). `scripts/data/imf/series.toml` declares which country's
series stands for a currency several report, the series the source labels with the wrong
code, the days each redenominated or replaced currency existed, and the currencies whose
official average the press does not use. The script keeps the years from 1999 (the start
of the ECB table) in which a currency existed all year, refuses a tenfold year-on-year fall
that no break explains, and rounds each mean to 6 significant digits.

Run from the repository root:

    python scripts/update_imf_rates.py            # rewrite the bundled table
    python scripts/update_imf_rates.py --check    # exit 1 if the bundled table is stale

The output carries no timestamp, so regenerating from the same data is byte-identical.
"""

from __future__ import annotations

import csv
import itertools
import sys
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from generated_file import arguments, one_line_each, write_or_check

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "scripts" / "data" / "imf"
CSV_NAME = "imf_exchangerates_A_ENDA_USD.csv"
BUNDLED = ROOT / "src" / "claimcheck" / "data" / "imf_rates.json"
FIRST_YEAR = 1999
# A series that falls to a tenth or less in one year changed its unit.
UNIT_CHANGE = 10.0
SOURCE = "IMF International Financial Statistics (ENDA, period average)"
ATTRIBUTION = (
    "Source: IMF, International Financial Statistics (ENDA, period average), via "
    "codeforIATI/imf-exchangerates; transformed by claimcheck (per-year values per USD)"
)
VIA = "codeforIATI/imf-exchangerates, commit 89e77b6b126e342527ce2d239917248f4493c4e2"
SOURCE_URL = "https://data.imf.org/"

Series = dict[int, float]  # year -> units per USD


class SourceError(Exception):
    """The source data or series.toml cannot be turned into a table."""


@dataclass(frozen=True)
class Declarations:
    """What series.toml declares."""

    issuers: dict[str, str]
    relabels: dict[str, str]
    since: dict[str, date]
    until: dict[str, date]
    excluded_until: dict[str, int | None]  # None: every year

    @classmethod
    def read(cls, path: Path) -> Declarations:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
        breaks = doc.get("break", [])
        return cls(
            issuers=dict(doc.get("issuer", {})),
            relabels=dict(doc.get("relabel", {})),
            since={b["currency"]: b["since"] for b in breaks if "since" in b},
            until={b["currency"]: b["until"] for b in breaks if "until" in b},
            excluded_until={e["currency"]: e.get("until") for e in doc.get("exclude", [])},
        )

    @property
    def dated(self) -> frozenset[str]:
        """Currencies with a declared start or end."""
        return frozenset(self.since) | frozenset(self.until)

    def keeps(self, currency: str, year: int) -> bool:
        """Whether `currency` existed all through `year` and its average is usable."""
        since, until = self.since.get(currency), self.until.get(currency)
        if since is not None and date(year, 1, 1) < since:
            return False
        if until is not None and date(year, 12, 31) > until:
            return False
        if currency in self.excluded_until:
            last = self.excluded_until[currency]
            return last is not None and year > last
        return True


def read_series(path: Path, declared: Declarations) -> dict[str, dict[str, Series]]:
    """Currency -> reporting country -> year -> units per USD, relabelled as declared."""
    series: dict[str, dict[str, Series]] = defaultdict(lambda: defaultdict(dict))
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            country = row["Country code"]
            currency = declared.relabels.get(country, row["Currency"])
            series[currency][country][int(row["Date"][:4])] = float(row["Rate"])
    return series


def one_series(currency: str, by_country: dict[str, Series], declared: Declarations) -> Series:
    """The series that stands for `currency`: the declared issuer's, or the one all agree on."""
    issuer = declared.issuers.get(currency)
    if issuer is not None:
        return by_country[issuer]
    countries = sorted(by_country)
    first = by_country[countries[0]]
    for country in countries[1:]:
        for year, rate in by_country[country].items():
            if year >= FIRST_YEAR and year in first and abs(rate / first[year] - 1) > 1e-6:
                raise SourceError(
                    f"{currency}: {countries[0]} and {country} report different rates for "
                    f"{year}; declare the issuer's series under [issuer] in series.toml"
                )
    return first


def check_units(currency: str, series: Series) -> None:
    """Fail on a tenfold year-on-year fall: a change of unit needs a declared break."""
    years = sorted(series)
    for before, after in itertools.pairwise(years):
        if after == before + 1 and series[after] * UNIT_CHANGE <= series[before]:
            raise SourceError(
                f"{currency}: {series[before]:g} per USD in {before}, {series[after]:g} in "
                f"{after}: a change of unit; declare a [[break]] in series.toml"
            )


def table(path: Path, declared: Declarations, known: frozenset[str]) -> dict[str, Series]:
    """Currency -> year -> mean per USD (6 significant digits), the years the table keeps."""
    out: dict[str, Series] = {}
    covered = known | declared.dated
    for currency, by_country in sorted(read_series(path, declared).items()):
        if currency == "USD" or currency not in covered:
            continue  # the reference currency, or a code no longer issued and not declared
        series = {
            year: rate
            for year, rate in one_series(currency, by_country, declared).items()
            if year >= FIRST_YEAR and rate > 0 and declared.keeps(currency, year)
        }
        check_units(currency, series)
        if series:
            out[currency] = {year: float(f"{rate:.6g}") for year, rate in sorted(series.items())}
    return out


def render(rates: dict[str, Series]) -> str:
    """The imf_rates.json text: one currency per line, keys sorted."""
    meta: dict[str, Any] = {
        "attribution": ATTRIBUTION,
        "first_year": min(min(s) for s in rates.values()),
        "last_year": max(max(s) for s in rates.values()),
        "source": SOURCE,
        "source_url": SOURCE_URL,
        "unit": "units of currency per 1 USD, calendar-year average",
        "via": VIA,
    }
    entries = {code: {str(year): rate for year, rate in s.items()} for code, s in rates.items()}
    return one_line_each(meta, "per_usd", entries)


def build(source_dir: Path = SOURCE_DIR) -> str:
    """The table's text from the source directory's CSV and series.toml."""
    from claimcheck.reference.currencies import ISO_CODES

    declared = Declarations.read(source_dir / "series.toml")
    return render(table(source_dir / CSV_NAME, declared, ISO_CODES))


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__, BUNDLED)
    parser.add_argument(
        "--source", type=Path, default=SOURCE_DIR, help="folder with the CSV and series.toml"
    )
    args = parser.parse_args(argv)
    try:
        text = build(args.source)
    except SourceError as exc:
        print(f"{args.source}: {exc}", file=sys.stderr)
        return 2
    return write_or_check(text, args.output, check=args.check, script="scripts/update_imf_rates.py")


if __name__ == "__main__":
    sys.exit(main())
