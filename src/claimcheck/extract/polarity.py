"""Direction words whose way depends on what they describe: "improved", "worsened".

Unemployment that improves falls; profit that improves rises. Such a word states a
direction only when a noun before it in its clause says which way is better
(`vocabulary/directions.txt`: [lower is better], [higher is better]). Otherwise, or when
the clause names both kinds ("losses and profits"), it states none and no change is read
with it: what the figure is, never the arithmetic, decides.
"""

from __future__ import annotations

import re
from typing import Literal

from claimcheck import vocabulary

_BETTER = frozenset(vocabulary.words("directions", "verb better"))
WORDS = _BETTER | frozenset(vocabulary.words("directions", "verb worse"))
_LOWER = frozenset(vocabulary.words("directions", "lower is better"))
_HIGHER = frozenset(vocabulary.words("directions", "higher is better"))
_REACH = 6  # words before the verb that may name its subject: "the bank's net interest margin"
_LOOK_BACK = 80  # characters read for them
_CLAUSE_END = re.compile(r"[,;:()\[\]!?]|\.\s")
_WORD = re.compile(r"[^\W\d_]+")


def direction(text: str, start: int, word: str) -> Literal["up", "down"] | None:
    """The way `word`, written at `start`, moves its figure; None if the words before it
    in its clause do not say which way is better."""
    lowered = word.lower()
    if lowered not in WORDS:
        return None
    window = text[max(0, start - _LOOK_BACK) : start]
    cut = max((found.end() for found in _CLAUSE_END.finditer(window)), default=0)
    nouns = [w.lower() for w in _WORD.findall(window, cut)][-_REACH:]
    lower = any(noun in _LOWER for noun in nouns)
    if lower == any(noun in _HIGHER for noun in nouns):
        return None
    return "down" if lower == (lowered in _BETTER) else "up"
