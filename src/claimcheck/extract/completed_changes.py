"""Changes read with their size and only one of their values, completed from the words
and claims around them.

Runs after every other reader (`pipeline`), on each change that states its size (a
percentage, points or an amount, or a multiple) and one value, so that nothing checks it.

A missing old value. Example, the old value after the change, its words between::

    The central bank cut its rate by 25 basis points to 2.25%, having held it at 2.50%
    since September.

Candidates are the values of the change's sentence outside every claim read so far, alike
to the new value (the same currency, or the same unit: both percentages), that are no view
of another value ("(€4.1bn)", "or 3.2%"). A candidate after the change is marked as the
earlier state by the words just before it, in its own clause: a `[pair sources]` word
("from", "against", "compared with"), an earlier-state phrase (`[earlier state]`,
`[earlier state after]`: "having held it at", "had stood at"), or a "when" clause whose
pronoun names the change's subject ("..., when it had brought the rate down to 2
percent"). Before the change only an earlier-state phrase marks one ("Having stood at
$1.47 billion, the budget was raised by 18% to $1.73 billion"): "From $5 billion in sales,
profit rose 10% to $1 billion" names another thing. The change is completed only when
exactly one candidate is marked and no other value stands between it and the change
("profit rose 8% to $3.1 billion, and sales were $12 billion against $11 billion" pairs
the $11 billion with the sales).

A missing new value: a comparison stated after its subject ("collected $812.4 million,
91 percent of the $892.7 million budgeted but 2.5 percent above the $792.6 million of
2022"). The candidates are the values before the change in its sentence, alike to its
old value, that no other claim explains (a share's whole, another change's value; a
share's part may be the subject), that are no view, and that do not look like a year
("constant 2017 dollars"). The one candidate is the new value, unless a semicolon parts
them or it is the change's size in other words ("$100 million, or 0.1%, below"). A verb's
new value is only its subject's, right before it: "Revenue of $5 billion rose 25% from $4
billion" (`[subject value openers]`, `[subject value auxiliaries]`).

On words and claims only: two candidates, or none, make no claim, and which candidate
would make the arithmetic work is never asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck import vocabulary
from claimcheck.extract.changes import (
    EARLIER_STATE,
    EARLIER_STATE_AFTER,
    PAIR_SOURCES,
    PERIOD_RELATIVE,
    STATE_PRONOUNS,
    TOKEN,
    Value,
    alike,
    near,
    phrase_ending,
    stated_values,
    values_within,
)
from claimcheck.extract.figures import hedge_start, looks_like_year
from claimcheck.extract.mentions import Mentions
from claimcheck.model.claims import Amount, ChangeClaim, Claim, ShareClaim, parts_read

_EARLIER = (*EARLIER_STATE, *EARLIER_STATE_AFTER)
# The words of a change stated after its subject ("$412 million, 8% [higher] than"), never a
# verb: "At $5 billion, the fund said profit [fell] 10% from $2 billion" names no new value.
_COMPARISONS = frozenset(
    vocabulary.words(
        "directions",
        "compare up",
        "compare down",
        "adverb up",
        "adverb down",
        "comparative up",
        "comparative down",
        "noun up",
        "noun down",
    )
)
_CLAUSE_STOPS = frozenset(",;:()—–")
# A verb's subject stating its new value right before it: "Revenue [of] $5 billion [has]
# risen 25% from $4 billion".
_SUBJECT_OPENERS = frozenset(vocabulary.words("cues", "subject value openers"))
_SUBJECT_LINKS = frozenset((*vocabulary.words("cues", "subject value auxiliaries"), ","))
_MAX_WORDS = 8  # words between a "when" and the value it gives: "it had brought the rate down to"
_REACH = 120  # characters before a value read for the words that mark it
_WINDOW = 400  # characters around a change its other value is looked for in
_SIZE_AGAIN = re.compile(r"\s*,?\s*(?:or|\()\s*")  # "US$100 million, or 0.1%, below"
_VIEW = re.compile(r"(?:\(|\bor)\s*\Z", re.IGNORECASE)  # "(€4.1bn)", "or 3.2%": a view


def with_completed_changes(mentions: Mentions, found: Sequence[Claim]) -> list[Claim]:
    """The claims read, each change stated with its size and one value completed where
    one reading of its other value is clearly best."""
    used = set(parts_read(found))
    # a share's part may be the subject a change compares: "collected $812.4 million, 91
    # percent of the $892.7 million budgeted but 2.5 percent above the $792.6 million"
    subjects = {
        (claim.part.start, claim.part.end)
        for claim in found
        if isinstance(claim, ShareClaim) and claim.part is not None
    }
    unexplained = used - subjects
    text = mentions.text
    values = stated_values(mentions)
    stated = (values, [v.start or 0 for v in values])
    completed: list[Claim] = []
    for claim in found:
        if isinstance(claim, ChangeClaim):
            missing = _missing(claim)
            value = None
            if missing == "from_value":
                value = _earlier_value(mentions, stated, claim, used)
            elif missing == "to_value":
                value = _subject_value(mentions, stated, claim, unexplained)
            if value is not None and missing is not None:
                claim = _with(text, claim, missing, value)
                used.add((value.start, value.end))
                unexplained.add((value.start, value.end))
        completed.append(claim)
    return completed


def _with(text: str, change: ChangeClaim, part: str, value: Value) -> ChangeClaim:
    """The change with `value` as its `part`, its span and text stretched to take it in."""
    start = min(change.start or 0, value.start or 0)
    end = max(change.end or 0, value.end or 0)
    return change.model_copy(
        update={part: value, "start": start, "end": end, "text": text[start:end]}
    )


def _missing(change: ChangeClaim) -> str | None:
    """The value a change stated with its size and one value lacks ("from_value" or
    "to_value"); None for any other change, or one whose basis makes it unchecked."""
    if change.basis is not None or not (change.by or change.multiple):
        return None
    if change.from_value is None and change.to_value is not None:
        return "from_value"
    if change.to_value is None and change.from_value is not None:
        return "to_value"
    return None


def _candidates(
    mentions: Mentions,
    stated: tuple[Sequence[Value], list[int]],
    change: ChangeClaim,
    span: tuple[int, int],
    used: set[tuple[int | None, int | None]],
) -> list[Value]:
    """The values in `span` (of the change's sentence) outside the change and every other
    claim, alike to its stated value, with a unit, and no view of another value."""
    text = mentions.text
    values, starts = stated
    like = change.to_value or change.from_value
    found = []
    for value in values_within(values, starts, *span):
        opening = hedge_start(text, value)
        if (
            (change.start or 0) <= (value.start or 0) < (change.end or 0)
            or (value.start, value.end) in used
            or not alike(value, like)
            or (isinstance(value, Amount) and not value.unit)
            or _VIEW.search(text, max(span[0], opening - 4), opening)
        ):
            continue
        found.append(value)
    return found


def _subject_value(
    mentions: Mentions,
    stated: tuple[Sequence[Value], list[int]],
    change: ChangeClaim,
    used: set[tuple[int | None, int | None]],
) -> Value | None:
    """The one value before a change in its sentence, alike to its old value and read by
    no other claim: the subject it compares ("collected Rp1,957.2 trillion, 90.4 percent of
    the Rp2,165.1 trillion it aimed for but 0.7 percent above the Rp1,943.7 trillion"); for
    a verb, only the value of its subject right before it ("Revenue of $5 billion rose 25%
    from $4 billion"), never one of another clause ("At $5 billion, the fund said profit
    fell 10% from $2 billion")."""
    text = mentions.text
    sentence = mentions.document.sentence_at(change.start or 0)
    span = (max(sentence.start, (change.start or 0) - _WINDOW), change.start or 0)
    found = [
        value
        for value in _candidates(mentions, stated, change, span, used)
        if not looks_like_year(value.digits or "")
    ]
    if len(found) != 1:
        return None
    (value,) = found
    between = text[value.end or 0 : change.start or 0]
    if ";" in between or _SIZE_AGAIN.fullmatch(between):
        return None  # another clause's value; or the change's size in other words
    if change.wording.lower() not in _COMPARISONS and not _states_subject(text, value, between):
        return None
    return value


def _states_subject(text: str, value: Value, between: str) -> bool:
    """Whether a value is its verb's subject's, right before the verb: "of" or "at" before
    it, and only commas and "has" or "have" after it ("Revenue, at $5 billion, has grown")."""
    opening = hedge_start(text, value)
    before = TOKEN.findall(text, max(0, opening - _REACH), opening)
    return (
        len(before) >= 2
        and before[-1].lower() in _SUBJECT_OPENERS
        and (before[-2].isalpha() or before[-2] == ",")
        and all(word.lower() in _SUBJECT_LINKS for word in TOKEN.findall(between))
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
    marked = []
    span = (
        max(sentence.start, (change.start or 0) - _WINDOW),
        min(sentence.end, (change.end or 0) + _WINDOW),
    )
    for value in _candidates(mentions, stated, change, span, used):
        opening = hedge_start(text, value)
        after = (value.start or 0) >= (change.end or 0)
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
    return None if near(stated[1], *between) else value


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
    if phrase_ending(own, (*PAIR_SOURCES, *_EARLIER) if after else _EARLIER):
        return True
    return (
        after
        and 1 < len(own) <= _MAX_WORDS + 1
        and own[0] in PERIOD_RELATIVE
        and own[1] in STATE_PRONOUNS
    )
