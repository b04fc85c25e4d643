"""Gaps a verb states between two sides named by nouns, their figures stated before it:
"The census counted 23,498,000 females and 22,407,000 males. Females thus outnumbered males
by 1,091,000"; "New orders came in at $87.3 billion, while shipments were $84.9 billion.
Orders exceeded shipments by $2.4 billion".

The verb (`[side verbs]`) has one word before it naming one side (an adverb such as "thus"
may stand between) and one after it naming the other, then "by" and the gap. Each noun
must name exactly one figure of the gap's kind stated before the verb in its sentence or
in the sentence before: a figure is named by the words between it and the figure before it
(or the sentence's start) and by the words right after it, up to a mark. With none or
several for either side, no reading is clearly best: no claim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from claimcheck import vocabulary
from claimcheck.extract.changes import TOKEN, Value
from claimcheck.extract.figures import hedge_start
from claimcheck.extract.lexicon import Keywords, any_of, noun_stem
from claimcheck.extract.listed_parts import a_year, unit_key
from claimcheck.extract.mentions import Mentions
from claimcheck.model.claims import DifferenceClaim

_VERBS = vocabulary.words("cues", "side verbs")
_PRESENT = Keywords(*_VERBS)
_ADVERB = any_of(vocabulary.words("cues", "linking adverbs"))  # "Females [thus] outnumbered"
_VERB = re.compile(
    rf"(?<![\w'’-])(?P<subject>[^\W\d_][\w'’-]*)\s+(?:(?:{_ADVERB})\s+)?"
    rf"(?P<word>{any_of(_VERBS)})\s+(?:the\s+)?(?P<object>[^\W\d_][\w'’-]*)"
    r"(?:\s+[^\W\d_][\w'’-]*){0,2}?\s+by\s+\Z",
    re.IGNORECASE,
)
_SIDES = ("subject", "object")
_MARKS = frozenset(",;:.()—–")
_JOINS = frozenset(vocabulary.words("clauses", "coordinators", "contrasts"))
_WORDS_AFTER = 3  # words right after a figure that may name it: "23,498,000 [females] and"
_REACH = 80  # characters searched for the verb before a gap, and for a figure's words after it


def named_sides(mentions: Mentions, values: Sequence[Value]) -> Iterator[DifferenceClaim]:
    """Each gap stated by a side verb whose two sides' nouns each name one figure."""
    text = mentions.text
    if not _PRESENT.positions(text):
        return
    for index, stated in enumerate(values):
        start = hedge_start(text, stated)
        verb = _VERB.search(text, max(0, start - _REACH), start)
        if verb is None:
            continue
        sentence = mentions.document.sentence_at(start)
        if verb.start() < sentence.start:
            continue
        previous = mentions.document.sentence_before(sentence)
        floor = previous.start if previous else sentence.start
        kin = [
            (at, v)
            for at, v in enumerate(values[:index])
            if (v.start or 0) >= floor
            and (v.end or 0) <= verb.start()
            and not a_year(v)
            and _alike(v, stated)
        ]
        first, second = (_named(text, values, floor, kin, verb[side]) for side in _SIDES)
        if first is None or second is None or first is second:
            continue
        yield DifferenceClaim(
            text=text[min(first.start or 0, second.start or 0) : stated.end],
            start=min(first.start or 0, second.start or 0),
            end=stated.end,
            minuend=first,
            subtrahend=second,
            difference=stated,
            wording=" ".join(verb["word"].lower().split()),
        )


def _alike(value: Value, stated: Value) -> bool:
    """Whether a figure may be a side of a gap stated as `stated`: of its currency or unit,
    or bare beside a bare gap."""
    return unit_key(value) == unit_key(stated) and unit_key(stated) not in (
        "percent",
        "percentage_point",
    )


def _named(
    text: str, values: Sequence[Value], floor: int, kin: Sequence[tuple[int, Value]], noun: str
) -> Value | None:
    """The one figure among `kin` whose own words hold `noun`: those right after it ("23,498,000
    [females] and"), else those before it back to the figure before; None for none or
    several."""
    stem = noun_stem(noun.lower())
    after, before = [], []
    for at, value in kin:
        own = TOKEN.findall(text, value.end or 0, (value.end or 0) + _REACH)
        if any(noun_stem(w.lower()) == stem for w in _up_to_a_break(own)):
            after.append(value)
        start = values[at - 1].end or 0 if at > 0 else floor
        words = TOKEN.findall(text, max(floor, start), hedge_start(text, value))
        if any(noun_stem(w.lower()) == stem for w in words):
            before.append(value)
    found = after or before
    return found[0] if len(found) == 1 else None


def _up_to_a_break(tokens: Sequence[str]) -> list[str]:
    """The first few words, up to a mark or a word joining another clause or figure."""
    kept: list[str] = []
    for token in tokens[:_WORDS_AFTER]:
        if token in _MARKS or token.lower() in _JOINS:
            break
        kept.append(token)
    return kept
