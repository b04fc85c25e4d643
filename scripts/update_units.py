"""Regenerate src/claimcheck/vocabulary/units.txt: unit spellings from pint's definitions.

For each pint unit claimcheck reads (UNITS below), the file lists the names and aliases
pint gives it as words ("kilometer, kilometre = names") and its symbol and short aliases
("km = symbols"). A prefixed unit ("kilometer") is spelled from its prefix and the base
unit's names and symbols, as pint parses it. The extractor adds plurals, and the
spellings pint lacks ("kilos", "sq mi", "centigrade") stay by hand in
`claimcheck/extract/measures.py`.

Run from the repository root:

    python scripts/update_units.py            # rewrite the file
    python scripts/update_units.py --check    # exit 1 if the file is stale

The output depends only on the installed pint's definitions: a pint release that
renames or adds an alias for one of these units makes `--check` fail until it is rerun.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pint
from generated_file import arguments, write_or_check

BUNDLED = Path(__file__).resolve().parent.parent / "src" / "claimcheck" / "vocabulary" / "units.txt"
# The pint units claimcheck reads, in the order the extractor tries them.
UNITS = (
    "kilometer",
    "centimeter",
    "millimeter",
    "nautical_mile",
    "meter",
    "mile",
    "foot",
    "inch",
    "yard",
    "hectare",
    "acre_foot",
    "acre",
    "milliliter",
    "liter",
    "gallon",
    "kilogram",
    "gram",
    "megametric_ton",
    "metric_ton",
    "ton",
    "pound",
    "fluid_ounce",
    "troy_ounce",
    "ounce",
    "stone",
    "degree_Celsius",
    "degree_Fahrenheit",
    "knot",
    "terawatt_hour",
    "gigawatt_hour",
    "megawatt_hour",
    "kilowatt_hour",
    "terawatt",
    "gigawatt",
    "megawatt",
    "kilowatt",
)


def _is_name(alias: str) -> bool:
    """Whether an alias is a word ("metre", "feet", "celsius") rather than a symbol; a
    qualified alias ("international_foot", "US_liquid_gallon") is neither, as copy never
    writes it."""
    return alias.isalpha() and alias.islower() and len(alias) >= 4


def spellings(ureg: pint.UnitRegistry, unit: str) -> tuple[list[str], list[str]]:
    """The names and the symbols of a pint unit, each list in pint's order, each once."""
    ((prefix, base, _),) = ureg.parse_unit_name(unit)
    definition = ureg._units[base]
    prefix_symbol = ureg._prefixes[prefix].symbol if prefix else ""
    names = [base, *(a for a in definition.aliases if _is_name(a))]
    symbols = [definition.symbol, *(a for a in definition.aliases if not _is_name(a))]
    names = [prefix + " ".join(n.split("_")).lower() for n in names]
    symbols = [prefix_symbol + s for s in symbols if s and "_" not in s]
    return list(dict.fromkeys(names)), [s for s in dict.fromkeys(symbols) if s not in names]


def render(ureg: pint.UnitRegistry) -> str:
    lines = [
        "# Unit spellings generated from pint's unit definitions by",
        "# scripts/update_units.py: do not edit, run the script. Each section is a pint unit;",
        '# "names" are its name and aliases as words (read with a plural), "symbols" its',
        "# symbol and short aliases, matched as written.",
    ]
    for unit in UNITS:
        names, symbols = spellings(ureg, unit)
        lines += ["", f"[{unit}]", f"{', '.join(names)} = names"]
        if symbols:
            lines.append(f"{', '.join(symbols)} = symbols")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = arguments(__doc__ or "", BUNDLED).parse_args(argv)
    text = render(pint.UnitRegistry())
    return write_or_check(text, args.output, check=args.check, script="scripts/update_units.py")


if __name__ == "__main__":
    sys.exit(main())
