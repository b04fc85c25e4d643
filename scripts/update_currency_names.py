"""Regenerate src/claimcheck/data/currency_names.json from the Unicode CLDR, through babel.

For every currency the bundled rate tables cover (ECB, pegs, IMF), it writes the English
names CLDR gives (singular and plural: "Nigerian naira", "Nigerian nairas") and the symbols
used for it in English and in the locales of the territories that use it ("₦", "₴", "৳",
"GH₵", "S/"). A symbol is kept only if a reader of English text would recognise it as
money: it must not be the ISO code itself, must hold a currency sign or a capital letter,
must be written in Latin letters, signs or punctuation, must not be one letter or two
capitals alone ("K", "KM", "FC" are too often something else), and must not be one of the signs
many currencies share ("$", "£", "¥", "kr", which claimcheck decides by the document's
places). A symbol several currencies use lists them all.

Install babel with `pip install -e '.[refdata]'` (the version is pinned there, so that
`--check` is stable). Run from the repository root:

    python scripts/update_currency_names.py            # rewrite the bundled file
    python scripts/update_currency_names.py --check    # exit 1 if it is stale
"""

from __future__ import annotations

import sys
import unicodedata
from collections import defaultdict
from importlib import metadata
from pathlib import Path

from babel import Locale, localedata
from babel.numbers import get_currency_name, get_territory_currencies
from generated_file import arguments, one_line_each, write_or_check

from claimcheck.reference.rates import RateTable

BUNDLED = (
    Path(__file__).resolve().parent.parent / "src" / "claimcheck" / "data" / "currency_names.json"
)
CLDR_URL = "https://cldr.unicode.org/"
SHARED_SIGNS = frozenset({"$", "£", "¥", "￥", "kr", "kr.", "Kr", "Kr."})


def _readable(symbol: str, code: str) -> bool:
    """Whether `symbol` is one a reader of English text takes for `code`'s money."""
    if symbol == code or symbol in SHARED_SIGNS:
        return False
    has_sign = any(unicodedata.category(ch) == "Sc" for ch in symbol)
    has_capital = any(ch.isupper() for ch in symbol)
    latin = all(
        ch.isascii() or unicodedata.category(ch) == "Sc" or "LATIN" in unicodedata.name(ch, "")
        for ch in symbol
    )
    # One letter, or two capitals alone, is too often something else ("K", "KM", "FC").
    bare_letters = symbol.isalpha() and (
        len(symbol) == 1 or (len(symbol) == 2 and symbol.isupper())
    )
    return latin and (has_sign or has_capital) and not bare_letters


def symbols(codes: frozenset[str]) -> dict[str, set[str]]:
    """Currency -> the readable symbols CLDR gives for it in English and its territories."""
    found: dict[str, set[str]] = defaultdict(set)
    english = Locale("en").currency_symbols
    for code in codes:
        if _readable(english.get(code, code), code):
            found[code].add(english[code])
    for identifier in sorted(localedata.locale_identifiers()):
        locale = Locale.parse(identifier)
        if not locale.territory:
            continue
        for code in get_territory_currencies(locale.territory):
            symbol = locale.currency_symbols.get(code, code)
            if code in codes and _readable(symbol, code):
                found[code].add(symbol)
    return found


def render(codes: frozenset[str]) -> str:
    """The currency_names.json text: one currency per line, keys sorted."""
    by_code = symbols(codes)
    meta = {"source": f"Unicode CLDR, via babel {metadata.version('babel')}", "url": CLDR_URL}
    entries = {}
    for code in sorted(codes):
        names = [get_currency_name(code, count, "en") for count in (1, 2)]
        if names[0] != code:  # else CLDR has no English name for it
            symbols_of = sorted(by_code.get(code, ()))
            entries[code] = {"names": list(dict.fromkeys(names)), "symbols": symbols_of}
    return one_line_each(meta, "currencies", entries)


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__, BUNDLED)
    args = parser.parse_args(argv)
    text = render(RateTable.bundled().currencies())
    return write_or_check(
        text, args.output, check=args.check, script="scripts/update_currency_names.py"
    )


if __name__ == "__main__":
    sys.exit(main())
