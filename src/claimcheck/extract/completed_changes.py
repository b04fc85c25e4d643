"""Changes read with their size and new value but not their old one, completed by the one
value in their sentence the words mark as the earlier state.

Runs after every other reader (`pipeline`), on each change that states its size (a
percentage, points or an amount, or a multiple) and its new value, but no old value, so
that nothing checks it. Example, the old value after the change, its words between::

    The central bank cut its rate by 25 basis points to 2.25%, having held it at 2.50%
    since September.

Candidates. Each value of the change's sentence outside every claim read so far, alike to
the new value (the same currency, or the same unit: both percentages), that is no view of
another value ("(€4.1bn)", "or 3.2%"). A candidate after the change is marked as the
earlier state by the words just before it, in its own clause: a `[pair sources]` word
("from", "against", "compared with"), an earlier-state phrase (`[earlier state]`,
`[earlier state after]`: "having held it at", "had stood at"), or a "when" clause whose
pronoun names the change's subject ("..., when it had brought the rate down to 2
percent"). Before the change only an earlier-state phrase marks one ("Having stood at
$1.47 billion, the budget was raised by 18% to $1.73 billion"): "From $5 billion in sales,
profit rose 10% to $1 billion" names another thing.

Score, on words only: a candidate is marked or not. The change is completed only when
exactly one candidate is marked and no other value stands between it and the change
("profit rose 8% to $3.1 billion, and sales were $12 billion against $11 billion" pairs
the $11 billion with the sales); two marked, or none, make no claim. Which candidate would
make the arithmetic work is never asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck import vocabulary
from claimcheck.extract.changes import (
    TOKEN,
    Value,
    alike,
    near,
    stated_values,
    values_within,
    word_list,
)
from claimcheck.extract.figures import hedge_start
from claimcheck.extract.mentions import Mentions
from claimcheck.model.claims import (
    Amount,
    ChangeClaim,
    Claim,
    FigureClaim,
    MoneyClaim,
    stated_parts,
)

_SOURCES = [tuple(word_list(p)) for p in vocabulary.words("directions", "pair sources")]
_EARLIER = [
    tuple(word_list(p)) for p in vocabulary.words("cues", "earlier state", "earlier state after")
]
_RELATIVES = frozenset(vocabulary.words("cues", "compared period relative"))
_PRONOUNS = frozenset(vocabulary.words("cues", "earlier state pronouns"))
_CLAUSE_STOPS = frozenset(",;:()—–")
_MAX_WORDS = 8  # words between a "when" and the value it gives: "it had brought the rate down to"
_REACH = 120  # characters before a value read for the words that mark it
_VIEW = re.compile(r"(?:\(|\bor)\s*\Z", re.IGNORECASE)  # "(€4.1bn)", "or 3.2%": a view


def with_completed_changes(mentions: Mentions, found: Sequence[Claim]) -> list[Claim]:
    """The claims read, each change missing only its old value completed where one value
    of its sentence is marked as the earlier state."""
    used = {
        (part.start, part.end)
        for claim in found
        if not isinstance(claim, (FigureClaim, MoneyClaim))
        for part in stated_parts(claim)
    }
    text = mentions.text
    values = stated_values(mentions)
    stated = (values, [v.start or 0 for v in values])
    completed: list[Claim] = []
    for claim in found:
        if isinstance(claim, ChangeClaim) and _open(claim):
            old = _earlier_value(mentions, stated, claim, used)
            if old is not None:
                start, end = (
                    min(claim.start or 0, old.start or 0),
                    max(claim.end or 0, old.end or 0),
                )
                claim = claim.model_copy(
                    update={"from_value": old, "start": start, "end": end, "text": text[start:end]}
                )
                used.add((old.start, old.end))
        completed.append(claim)
    return completed


def _open(change: ChangeClaim) -> bool:
    """Whether a change states its size and new value but no old value, nor a basis."""
    return (
        change.from_value is None
        and change.to_value is not None
        and bool(change.by or change.multiple)
        and change.basis is None
    )


def _earlier_value(
    mentions: Mentions,
    stated: tuple[Sequence[Value], list[int]],
    change: ChangeClaim,
    used: set[tuple[int | None, int | None]],
) -> Value | None:
    """The one value of the change's sentence marked as its earlier state, if exactly one
    is, and no other value stands between it and the change."""
    text = mentions.text
    sentence = mentions.document.sentence_at(change.start or 0)
    values, starts = stated
    marked = []
    for value in values_within(values, starts, sentence.start, sentence.end):
        start = value.start or 0
        if (change.start or 0) <= start < (change.end or 0) or (value.start, value.end) in used:
            continue
        if not alike(value, change.to_value) or (isinstance(value, Amount) and not value.unit):
            continue
        opening = hedge_start(text, value)
        if _VIEW.search(text, max(sentence.start, opening - 4), opening):
            continue
        after = start >= (change.end or 0)
        if _marked(TOKEN.findall(text, max(sentence.start, opening - _REACH), opening), after):
            marked.append(value)
    if len(marked) != 1:
        return None
    (value,) = marked
    if (value.start or 0) >= (change.end or 0):
        between = (change.end or 0, (value.start or 0) - 1)
    else:
        between = (value.end or 0, (change.start or 0) - 1)
    # "..., and revenue of $3.5bn against $2.9bn": a value between pairs with it
    return None if near(starts, *between) else value


def _marked(before: Sequence[str], after: bool) -> bool:
    """Whether the words before a value, read back to its clause's start, mark it as an
    earlier state: before the change only an earlier-state phrase does ("Having stood at
    $1.5 billion, the budget was raised"), for "From $5 billion in sales, profit rose"
    names another thing."""
    words = [w.lower() for w in before]
    clause = len(words)
    while clause > 0 and words[clause - 1] not in _CLAUSE_STOPS:
        clause -= 1
    own = words[clause:]
    phrases = (*_SOURCES, *_EARLIER) if after else _EARLIER
    if any(p and tuple(own[len(own) - len(p) :]) == p for p in phrases):
        return True
    return after and 1 < len(own) <= _MAX_WORDS + 1 and own[0] in _RELATIVES and own[1] in _PRONOUNS
