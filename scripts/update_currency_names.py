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

import argparse
import json
import sys
import unicodedata
from collections import defaultdict
from importlib import metadata
from pathlib import Path

from babel import Locale, localedata
from babel.numbers import get_currency_name, get_territory_currencies

from claimcheck.reference import RateTable

BUNDLED = (
    Path(__file__).resolve().parent.parent / "src" / "claimcheck" / "data" / "currency_names.json"
)
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
    lines = [
        "{",
        '  "meta": {',
        f'    "source": "Unicode CLDR, via babel {metadata.version("babel")}",',
        '    "url": "https://cldr.unicode.org/"',
        "  },",
        '  "currencies": {',
    ]
    for code in sorted(codes):
        names = [get_currency_name(code, count, "en") for count in (1, 2)]
        if names[0] == code:  # CLDR has no English name for it
            continue
        entry = {"names": list(dict.fromkeys(names)), "symbols": sorted(by_code.get(code, ()))}
        lines.append(f"    {json.dumps(code)}: {json.dumps(entry, ensure_ascii=False)},")
    lines[-1] = lines[-1].rstrip(",")
    lines.extend(["  }", "}"])
    text = "\n".join(lines) + "\n"
    json.loads(text)  # the hand-rolled layout must stay valid JSON
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=BUNDLED, help="where to write the file")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if the file at --output is not up to date"
    )
    args = parser.parse_args(argv)
    text = render(RateTable.bundled().currencies())
    output: Path = args.output
    if args.check:
        current = output.read_text(encoding="utf-8") if output.exists() else None
        if current != text:
            print(
                f"{output} is stale or was edited by hand; "
                "regenerate it with: python scripts/update_currency_names.py",
                file=sys.stderr,
            )
            return 1
        print(f"{output} is up to date")
        return 0
    output.write_text(text, encoding="utf-8")
    print(f"wrote {output} ({len(text):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
