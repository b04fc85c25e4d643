"""Figures written back as a reader would write them."""

from __future__ import annotations

import math

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def number(value: float, digits: int = 3) -> str:
    """A number to `digits` significant figures, without exponent notation: 7.19, 151, 0.924."""
    if value == 0 or not math.isfinite(value):
        return str(value)
    magnitude = math.floor(math.log10(abs(value)))
    decimals = max(0, digits - 1 - magnitude)
    return f"{value:,.{decimals}f}"


def amount(value: float, currency: str = "", digits: int = 3) -> str:
    """An amount with a scale word: amount(7.6e10, "USD") -> '76.0 billion USD'."""
    for factor, word in _SCALES:
        if abs(value) >= factor:
            text = f"{number(value / factor, digits)} {word}"
            break
    else:
        text = number(value, digits)
    return f"{text} {currency}".rstrip()


def ratio(factor: float) -> str:
    """How many times apart two figures are: '21x', '1.4x'."""
    return f"{number(factor, 2)}x"
