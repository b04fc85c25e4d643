"""Comparisons set after a change: its rate or its new value compared with a value that
the clause after it names.

Runs after every other reader (`pipeline`). Examples::

    Consumer prices were 1.6 percent higher than a year earlier in September, a smaller
    gain than August's 2 per cent.

    Revenue grew 19% to 188.1 billion pesos ($10.79 billion), the company said, short of
    the 199.7 billion pesos analysts expected.

The change reader reads "1.6 percent higher" and "grew 19% to 188.1 billion pesos"; what
the next clause compares is the change's rate, or its new value. Read only so:

- the comparison opens its clause, after articles and `[degree]` words only: a `[compare
  up/down]` word ("a touch below"), a `[comparative up/down]` with "than" after it or
  after one noun ("a smaller gain than"), or a direction verb in "-ing", an `[adverb
  up/down]` or a `[noun up/down]` with "from" right after it ("quickening from", "down
  from", "a slowdown from");
- the compared value follows it within `_MAX_FILLER` words, none a number ("August's",
  "the hefty", "last year's monthly average of"), never right after "by", which sizes a
  gap ("trailing Longyuan by 9,300 units"), and no claim reads it but a change
  sized by it alone, in the subject's direction ("the 0.7 percent uptick");
- the subject is the change that ends last before the comparison's clause in its
  sentence, with only its own words after it (no value outside brackets, no clause
  word but a time's "a year before", at most `_MAX_TAIL` words) and at most reporting
  clauses ("the bureau said") between. Compared with a percentage, its rate, when it is
  a rise sized in percent alone (a fall's rate may be compared by its size or its
  sign); else its new value, when of the compared value's currency or unit. Both
  alike, or neither: no claim.

Which reading would make the arithmetic work is never asked.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from claimcheck import vocabulary
from claimcheck.extract.changes import (
    TOKEN,
    Value,
    alike,
    directed,
    stated_values,
    values_within,
)
from claimcheck.extract.figures import hedge_start
from claimcheck.extract.lexicon import BY_BEFORE
from claimcheck.extract.mentions import Mentions
from claimcheck.model.claims import Amount, ChangeClaim, Claim, parts_read

_COMPARES = directed("compare")
_COMPARATIVES = directed("comparative")
_FROM_WORDS = directed("adverb", "noun") | {
    word: way for word, way in directed("verb").items() if word.split()[0].endswith("ing")
}
_WAYS = _COMPARES | _COMPARATIVES | _FROM_WORDS
_OPENERS = vocabulary.pattern(("a", "an", "the", *vocabulary.words("directions", "degree")))
_WORD = r"[^\W\d_][\w'’-]*"
_MAX_FILLER = 6  # words between a comparison and its value: "last year's monthly average of"
# (one more for a comparative's own noun: "a smaller [gain] than August's")
_OPENING = re.compile(
    rf"\s*(?:{_OPENERS}\s+)*"
    rf"(?P<word>{vocabulary.pattern(_COMPARES)}"
    rf"|{vocabulary.pattern(_COMPARATIVES)}(?=(?:\s+{_WORD})?\s+than\b)"
    rf"|{vocabulary.pattern(_FROM_WORDS)}(?=\s+from\b))"
    rf"(?:\s+{_WORD}){{0,{_MAX_FILLER + 1}}}\s*",
    re.IGNORECASE,
)
_CLAUSE_STOP = re.compile(r"[,;:()—–]")
_MAX_TAIL = 12  # words after a change before the comma: "than a year earlier in September"
_CLAUSE_WORDS = frozenset(vocabulary.words("clauses", "coordinators", "subordinators"))
_DURATIONS = frozenset(vocabulary.words("cues", "durations"))
_REPORTING = frozenset(vocabulary.words("clauses", "reporting"))
_BRACKETS = re.compile(r"\([^()]*\)")


def with_compared_changes(mentions: Mentions, found: Sequence[Claim]) -> list[Claim]:
    """The claims read, with a comparison for each change whose rate or new value the
    clause after it compares with a value no other claim reads."""
    text = mentions.text
    changes = sorted(
        (claim for claim in found if isinstance(claim, ChangeClaim)),
        key=lambda claim: claim.end or 0,
    )
    if not changes:
        return list(found)
    readers = parts_read(found)
    values = stated_values(mentions)
    starts = [value.start or 0 for value in values]
    compared: list[Claim] = []
    ends = [change.end or 0 for change in changes]
    for value in values:
        opening = hedge_start(text, value)
        clause = _clause_start(text, opening)
        match = _OPENING.fullmatch(text, clause, opening) if clause else None
        if match is None or BY_BEFORE.search(text, clause, opening):
            continue  # "trailing Longyuan by 9,300 units": a gap's size, no value compared
        way = _WAYS[" ".join(match["word"].lower().split())]
        change = _subject(mentions, changes, ends, clause - 1, (values, starts))
        if change is None:
            continue
        subject = _compared(change, value, readers.get((value.start, value.end), []))
        if subject is not None:
            compared.append(_comparison(text, subject, value, way, match["word"]))
    return [*found, *compared]


def _clause_start(text: str, end: int) -> int:
    """Where the clause ending at `end` starts, just after a comma; 0 if another stop
    or none opens it within reach."""
    floor = max(0, end - 120)
    stops = list(_CLAUSE_STOP.finditer(text, floor, end))
    if not stops or stops[-1].group() != ",":
        return 0
    return stops[-1].end()


def _subject(
    mentions: Mentions,
    changes: Sequence[ChangeClaim],
    ends: Sequence[int],
    comma: int,
    stated: tuple[Sequence[Value], Sequence[int]],
) -> ChangeClaim | None:
    """The change a comparison opening after the comma at `comma` is said of: the last to
    end before it in its sentence, with only its own words and reporting clauses between."""
    index = bisect.bisect_right(ends, comma) - 1
    if index < 0:
        return None
    change = changes[index]
    end = change.end or 0
    sentence = mentions.document.sentence_at(comma)
    if end < sentence.start:
        return None
    between = _BRACKETS.sub(" ", mentions.text[end:comma])
    if any(
        not _in_brackets(mentions.text, value, end) for value in values_within(*stated, end, comma)
    ):
        return None
    tail, *asides = between.split(",")
    words = [word.lower() for word in TOKEN.findall(tail)]
    opening = [  # "from a year before": a time, not a clause
        word for i, word in enumerate(words) if not (i and words[i - 1] in _DURATIONS)
    ]
    if len(words) > _MAX_TAIL or _CLAUSE_WORDS.intersection(opening) or re.search(r"[;:]", tail):
        return None
    if any(not _REPORTING.intersection(TOKEN.findall(aside.lower())) for aside in asides):
        return None
    return change


def _in_brackets(text: str, value: Value, floor: int) -> bool:
    """Whether `value` stands inside brackets opened after `floor`: a view of another."""
    start = value.start or 0
    return text.rfind("(", floor, start) > text.rfind(")", floor, start)


def _compared(change: ChangeClaim, value: Value, readers: Sequence[Claim]) -> Value | None:
    """What of the change `value` is compared with: its rate or its new value; None when
    both or neither are alike to it, or another claim reads `value` otherwise."""
    rate = change.by[0] if len(change.by) == 1 else None
    if not (
        change.direction == "up"
        and change.basis is None
        and change.multiple is None
        and isinstance(rate, Amount)
        and rate.unit == "percent"
    ):
        rate = None
    new = change.to_value
    if alike(value, rate) == alike(value, new):
        return None
    for claim in readers:
        if not (
            rate is not None
            and alike(value, rate)
            and isinstance(claim, ChangeClaim)
            and claim.direction == change.direction
            and claim.from_value is None
            and claim.to_value is None
            and claim.by == (value,)
        ):
            return None  # read otherwise: "0.8% of GDP", "up from 5%"
    return rate if alike(value, rate) else new


def _comparison(text: str, subject: Value, value: Value, way: str, word: str) -> ChangeClaim:
    """The change from the compared value to the subject the comparison words state."""
    start, end = subject.start or 0, value.end or 0
    return ChangeClaim(
        direction="up" if way == "up" else "down",
        wording=" ".join(word.split()),
        from_value=value,
        to_value=subject,
        text=text[start:end],
        start=start,
        end=end,
    )
