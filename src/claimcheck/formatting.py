"""Figures written back as a reader would write them."""

from __future__ import annotations

import math

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def number(value: float, digits: int = 3) -> str:
    """A number to `digits` significant figures, without exponent notation: 7.19, 151, 0.924."""
    if value == 0:
        return "0"
    if math.isnan(value):
        return "undefined"
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
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


def written(text: str) -> str:
    """A writer's words quoted mid-sentence: one line, a sentence's capital dropped
    ("Tripled" -> "tripled", "A third" -> "a third"; "CNY" and "McKinsey" stay)."""
    words = " ".join(text.split())
    first = words.split(" ", 1)[0]
    capital = first[1:2].isalpha() or (first == "A" and " " in words)  # "A third"
    if first[:1].isupper() and first[1:] == first[1:].lower() and capital:
        return words[0].lower() + words[1:]
    return words


def quoted(text: str) -> str:
    """Words from the text, in quotation marks on one line: “12 trillion dong ($480 million)”."""
    return f"“{' '.join(text.split())}”"


def ratio(factor: float) -> str:
    """How many times apart two figures are: '21x', '1.4x'."""
    return f"{number(factor, 2)}x"
