"""Scale words: the factor each stands for ("billion" is 1e9, "crore" 1e7), and abbreviations,
as `vocabulary/scales.txt` lists them."""

from __future__ import annotations

import math

from claimcheck import vocabulary


def _scale_table() -> tuple[dict[str, float], dict[str, str]]:
    """The canonical scale words with their factors, and each other spelling's canonical word."""
    factors: dict[str, float] = {}
    aliases: dict[str, str] = {}
    for entry in vocabulary.section("scales", "scales"):
        canonical, *others = entry.spellings
        factors[canonical] = float(entry.value or "nan")
        aliases.update(dict.fromkeys(others, canonical))
    return factors, aliases


SCALES, SCALE_ALIASES = _scale_table()


def scale_word_for(multiplier: float) -> str | None:
    """The canonical scale word for a factor (1e9 -> "billion"), or None if there is none."""
    for word, factor in SCALES.items():
        if math.isclose(factor, multiplier):
            return word
    return None
