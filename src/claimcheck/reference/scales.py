"""Scale words: the factor each stands for ("billion" is 1e9, "crore" 1e7), and abbreviations."""

from __future__ import annotations

import math

SCALES: dict[str, float] = {
    "thousand": 1e3,
    "lakh": 1e5,
    "million": 1e6,
    "crore": 1e7,
    "billion": 1e9,
    "trillion": 1e12,
}

# Abbreviations and variants, lower-cased, to the canonical word they stand for.
SCALE_ALIASES: dict[str, str] = {
    "k": "thousand",
    "lac": "lakh",
    "m": "million",
    "mn": "million",
    "mln": "million",
    "cr": "crore",
    "b": "billion",
    "bn": "billion",
    "bln": "billion",
    "tn": "trillion",
    "trn": "trillion",
}


def scale_word_for(multiplier: float) -> str | None:
    """The canonical scale word for a factor (1e9 -> "billion"), or None if there is none."""
    for word, factor in SCALES.items():
        if math.isclose(factor, multiplier):
            return word
    return None
