"""Direction words whose way depends on what they describe: "improved", "worse than".

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

_BETTER = frozenset(vocabulary.words("directions", "verb better", "comparative better"))
COMPARATIVES = frozenset(vocabulary.words("directions", "comparative better", "comparative worse"))
WORDS = _BETTER | frozenset(vocabulary.words("directions", "verb worse")) | COMPARATIVES
_LOWER = frozenset(vocabulary.words("directions", "lower is better"))
_HIGHER = frozenset(vocabulary.words("directions", "higher is better"))
_REACH = 6  # words before the verb that may name its subject: "the bank's net interest margin"
_COMPARATIVE_REACH = 10  # and before a comparative: "the deficit came to 4.4% of GDP, a little"
_LOOK_BACK = 80  # characters read for them
_CLAUSE_END = re.compile(r"[,;:()\[\]!?]|\.\s")
_SENTENCE_PART_END = re.compile(r"[;:()\[\]!?]|\.\s")  # a comparative's reach: "X, better than"
_WORD = re.compile(r"[^\W\d_]+")


def direction(text: str, start: int, word: str) -> Literal["up", "down"] | None:
    """The way `word`, written at `start`, moves its figure; None if the words before it
    in its clause (for a comparative, up to a stop other than a comma) do not say which
    way is better."""
    lowered = word.lower()
    if lowered not in WORDS:
        return None
    window = text[max(0, start - _LOOK_BACK) : start]
    comparative = lowered in COMPARATIVES
    ends = _SENTENCE_PART_END if comparative else _CLAUSE_END
    cut = max((found.end() for found in ends.finditer(window)), default=0)
    nouns = [w.lower() for w in _WORD.findall(window, cut)][
        -(_COMPARATIVE_REACH if comparative else _REACH) :
    ]
    lower = any(noun in _LOWER for noun in nouns)
    if lower == any(noun in _HIGHER for noun in nouns):
        return None
    return "down" if lower == (lowered in _BETTER) else "up"
