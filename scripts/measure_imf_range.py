"""Measure the range claimcheck allows a year known only by its IMF annual mean.

For every currency and year both the ECB table (daily fixings: true low and high) and the
IMF table (annual means) cover, it checks whether `mean_only_range`, with each candidate
spread, contains the ECB's daily low and high (and, separately, with the default tolerance
added as the judge does). It also counts, over every currency and year the IMF table
covers, how often an amount ten times too large or too small would fall outside that range
(a tenfold slip caught). Run from the repository root:

    python scripts/measure_imf_range.py

docs/reference-data.md quotes its output for the spread claimcheck uses.
"""

from __future__ import annotations

import json
from importlib import resources

from claimcheck.reference.rates import MEAN_ONLY_SPREAD, mean_only_range
from claimcheck.settings import DEFAULT_TOLERANCE

SPREADS = (1.0, 1.1, 1.2, 1.25, 1.3, 1.4, 1.5)
FULL_YEAR = 200  # ECB fixings that make a year's low and high comparable


def _load(name: str) -> dict[str, dict[str, list[float] | float]]:
    data = resources.files("claimcheck") / "data" / name
    per_usd: dict[str, dict[str, list[float] | float]] = json.loads(
        data.read_text(encoding="utf-8")
    )["per_usd"]
    return per_usd


def _ranges(means: dict[str, float], spread: float) -> dict[int, tuple[float, float]]:
    years = sorted(int(y) for y in means)
    return {
        y: mean_only_range(means.get(str(y - 1)), means[str(y)], means.get(str(y + 1)), spread)
        for y in years
    }


def main() -> None:
    ecb, imf = _load("rates.json"), _load("imf_rates.json")
    both = sorted(set(ecb) & set(imf))
    print(f"currencies in both tables: {len(both)}")
    imf_means = {
        code: {y: float(v) for y, v in series.items()}  # type: ignore[arg-type]
        for code, series in imf.items()
    }
    for spread in SPREADS:
        inside = inside_tol = total = 0
        worst: list[tuple[float, str, int]] = []
        for code in both:
            for year, (low, high) in _ranges(imf_means[code], spread).items():
                daily = ecb[code].get(str(year))
                if not isinstance(daily, list) or daily[3] < FULL_YEAR:
                    continue
                total += 1
                inside += low <= daily[1] and daily[2] <= high
                tol_low, tol_high = low / (1 + DEFAULT_TOLERANCE), high * (1 + DEFAULT_TOLERANCE)
                inside_tol += tol_low <= daily[1] and daily[2] <= tol_high
                worst.append((max(low / daily[1], daily[2] / high), code, year))
        caught = slips = 0
        for means in imf_means.values():
            for year, (low, high) in _ranges(means, spread).items():
                mean = means[str(year)]
                for slipped in (mean * 10, mean / 10):
                    slips += 1
                    caught += not (
                        low / (1 + DEFAULT_TOLERANCE) <= slipped <= high * (1 + DEFAULT_TOLERANCE)
                    )
        worst.sort(reverse=True)
        marker = "  <- used" if spread == MEAN_ONLY_SPREAD else ""
        print(
            f"spread {spread:.2f}: daily range inside {inside}/{total} "
            f"({inside / total:.1%}), with {DEFAULT_TOLERANCE:.0%} tolerance {inside_tol}/{total} "
            f"({inside_tol / total:.1%}); tenfold slips caught {caught}/{slips} "
            f"({caught / slips:.1%}){marker}"
        )
        misses = ", ".join(f"{c} {y} ({r:.2f}x)" for r, c, y in worst[:5] if r > 1)
        print(f"  largest misses: {misses or 'none'}")


if __name__ == "__main__":
    main()
