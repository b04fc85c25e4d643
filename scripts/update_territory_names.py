"""Regenerate src/claimcheck/data/territory_names.json from the Unicode CLDR, through babel.

For every territory CLDR names in English whose legal tender since 1999 includes a
currency the bundled rate tables cover, it writes the name and the currencies ("Kuwait":
KWD; "Timor-Leste": IDR, USD). Spellings as the press writes them are added: "and" for
"&" ("Bosnia and Herzegovina"), "Saint" for "St.", a name without its bracket and the
bracket's own name ("Myanmar (Burma)": "Myanmar", "Burma"). Names CLDR qualifies with a
dash or "SAR" ("Congo - Kinshasa", "Hong Kong SAR China") are left to the hand-kept list
in src/claimcheck/vocabulary/places.txt, which also wins wherever it names a place.

Install babel with `pip install -e '.[refdata]'` (the version is pinned there, so that
`--check` is stable). Run from the repository root:

    python scripts/update_territory_names.py            # rewrite the bundled file
    python scripts/update_territory_names.py --check    # exit 1 if it is stale
"""

from __future__ import annotations

import datetime
import re
import sys
from importlib import metadata
from pathlib import Path

from babel import Locale
from babel.numbers import get_territory_currencies
from generated_file import arguments, one_line_each, write_or_check

from claimcheck.reference.rates import RateTable

BUNDLED = (
    Path(__file__).resolve().parent.parent / "src" / "claimcheck" / "data" / "territory_names.json"
)
CLDR_URL = "https://cldr.unicode.org/"
SINCE, UNTIL = datetime.date(1999, 1, 1), datetime.date(2100, 1, 1)
_BRACKET = re.compile(r"\s*\(([^()]+)\)")


def spellings(name: str) -> list[str]:
    """The ways the press writes a CLDR territory name; none for a qualified one."""
    if " - " in name or " SAR " in name:
        return []
    found = [_BRACKET.sub("", name)]
    bracket = _BRACKET.search(name)
    if bracket is not None and bracket.end() == len(name):
        found.append(bracket.group(1))
    found += [spelling.replace(" & ", " and ") for spelling in found if " & " in spelling]
    found += [spelling.replace("St. ", "Saint ") for spelling in found if "St. " in spelling]
    return list(dict.fromkeys(found))


def render(covered: frozenset[str]) -> str:
    """The territory_names.json text: one spelling per line, sorted."""
    entries: dict[str, list[str]] = {}
    for territory, name in Locale("en").territories.items():
        if not (len(territory) == 2 and territory.isalpha()):
            continue  # a region ("150": Europe), not a territory
        tender = get_territory_currencies(territory, SINCE, UNTIL, tender=True)
        codes = [code for code in tender if code in covered]
        for spelling in spellings(name) if codes else []:
            entries[spelling] = codes
    meta = {
        "source": f"Unicode CLDR, via babel {metadata.version('babel')}",
        "url": CLDR_URL,
        "tender": f"{SINCE.year} onwards",
    }
    return one_line_each(meta, "territories", dict(sorted(entries.items())))


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__, BUNDLED)
    args = parser.parse_args(argv)
    text = render(RateTable.bundled().currencies())
    return write_or_check(
        text, args.output, check=args.check, script="scripts/update_territory_names.py"
    )


if __name__ == "__main__":
    sys.exit(main())
