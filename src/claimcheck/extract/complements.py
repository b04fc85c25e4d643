"""Wholes split by the two words that make them whole.

- A count split by two words that make it whole ("623,121,843 of them male and
  587,447,730 female", full-time and part-time, urban and rural): the two parts add up
  to the one other count before them.
- An amount named as a whole that two words split ("trade": "exports" and "imports"),
  and the two parts after it.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator, Sequence

from claimcheck import vocabulary
from claimcheck.document import Block, Document
from claimcheck.extract.balances import word_near, year_range_end
from claimcheck.extract.changes import (
    TOKEN,
    Value,
    near,
)
from claimcheck.extract.figures import hedge_start
from claimcheck.extract.lexicon import CHANGE_NOUNS, Keywords
from claimcheck.extract.listed_parts import (
    COMPARED_WITH,
    NOT_A_LISTED_PART,
    PART_GAP,
    ROLE_WORDS,
    WORD_AFTER_REACH,
    WORD_WINDOW,
    compared,
    sentence_after,
    unit_key,
)
from claimcheck.extract.mentions import Mentions
from claimcheck.extract.per_capita import in_a_rate
from claimcheck.model.claims import (
    TotalClaim,
)

# Two words that split one count whole ("male" and "female"): each word to its pair and side.
_PAIRS = tuple(entry.spellings for entry in vocabulary.section("cues", "complement pairs"))
_SIDES = {
    spelling.lower(): (pair, side)
    for pair, spellings in enumerate(_PAIRS)
    for side, spelling in enumerate(spellings)
}
_SIDE_WORDS = Keywords(*_SIDES)
_SECOND_SIDES = Keywords(*(spellings[-1] for spellings in _PAIRS))  # no pair without one
# Two words that split an amount whole ("exports" and "imports"), each to its side, and
# the words naming the whole ("trade"), which a balance word after them makes a balance's.
_AMOUNT_SIDES = {
    spelling.lower(): side
    for entry in vocabulary.section("cues", "amount pairs")
    for side, spelling in enumerate(entry.spellings)
}
_AMOUNT_WHOLES = frozenset(vocabulary.words("cues", "amount pair wholes"))
_BALANCE_WORDS = frozenset(vocabulary.words("cues", "difference"))
_BALANCE_STATES = tuple(state.split() for state in vocabulary.words("cues", "balance states"))
_CONTRASTS = frozenset(vocabulary.words("clauses", "contrasts"))
_DETERMINERS = frozenset(vocabulary.words("clauses", "determiners"))
_MAX_WHOLE_NAME = 8  # words between a whole's name and its figure: "trade in the first ..."
_COMPLEMENT_GUARD = re.compile(
    rf"\b{vocabulary.pattern(vocabulary.words('cues', 'complement guards'))}", re.IGNORECASE
)
# After a part, the change whose size it is a part of, not the level before it: "5,000
# [of the gain]".
_OF_A_CHANGE = re.compile(
    rf"\s+of\s+(?:{vocabulary.pattern(vocabulary.words('clauses', 'determiners'))}\s+)?"
    rf"{vocabulary.pattern(CHANGE_NOUNS)}",
    re.IGNORECASE,
)
# The last word before a figure that makes it a value compared with or a date, not the
# state a part reached: "rose to $5 billion [from] $4 billion".
_NOT_A_STATE = NOT_A_LISTED_PART - {"to"}


def amount_wholes(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
    """An amount named as a whole that two words split ("trade": "exports" and
    "imports"), and the two parts after it: "goods trade hit $144.9 billion, with exports
    of $78.0 billion and imports of $66.9 billion"; "trade totalled RMB 7.01 trillion.
    Exports grew 6.7% to RMB 3.77 trillion, while imports ...".

    The whole's name stands a few words before its figure, with no balance word or other
    owner after it ("trade surplus", "the trade ministry's budget"). The parts are the next
    figures of its currency or unit, in its sentence or the next, each named by the
    nearest side word before it; a figure compared with ("up from $4 billion") is skipped,
    and any other figure first leaves it unread.
    A part may be the value a change reached ("exports grew 6.7% to RMB 3.77 trillion").
    """
    text = mentions.text
    lowered = text.lower()
    if not any(word in lowered for word in _AMOUNT_WHOLES):
        return
    for index, whole in enumerate(values):
        key = unit_key(whole)
        start = hedge_start(text, whole)
        if not key or key in ("percent", "percentage_point"):
            continue
        sentence = mentions.document.sentence_at(start)
        before = [
            t.lower() for t in TOKEN.findall(text, max(sentence.start, start - WORD_WINDOW), start)
        ]
        named = [i for i, w in enumerate(before) if w in _AMOUNT_WHOLES]
        if not named or len(before) - named[-1] > _MAX_WHOLE_NAME:
            continue
        name = before[named[-1] + 1 :]
        if _BALANCE_WORDS.intersection(name) or any(w.endswith(("'s", "’s")) for w in name):
            continue  # "the trade surplus of $41.5 billion", "the trade ministry's budget"
        if any(_contains(name, state) for state in _BALANCE_STATES):
            continue  # a balance, no sum: "trade was in the black by $2.4 billion"
        parts = _amount_sides(mentions, values, index, sentence)
        if parts is None:
            continue
        end = parts[-1].end or 0
        yield TotalClaim(
            text=text[whole.start or 0 : end],
            start=whole.start,
            end=end,
            parts=parts,
            total=whole,
            wording=before[named[-1]],
        )


def _amount_sides(
    mentions: Mentions, values: Sequence[Value], index: int, sentence: Block
) -> tuple[Value, Value] | None:
    """The two figures after values[index] named by the two sides of a pair, in order;
    None when another figure of its kind comes first or the sides are not one each."""
    text, whole = mentions.text, values[index]
    following = sentence_after(mentions, sentence)
    end = following.end if following is not None else sentence.end
    found: list[Value] = []
    for value in values[index + 1 :]:
        start = hedge_start(text, value)
        if start >= end or len(found) == 2:
            break
        if unit_key(value) != unit_key(whole):
            continue
        before = TOKEN.findall(text, max(sentence.start, start - WORD_WINDOW), start)
        if (before and before[-1].lower() in _NOT_A_STATE) or COMPARED_WITH.search(
            text, max(0, start - WORD_WINDOW), start
        ):
            continue
        if _another_subject(TOKEN.findall(text, whole.end or 0, start)):
            return None  # "trade ..., while oil, with exports of ...": oil's sides
        sides = [
            _AMOUNT_SIDES[w.lower()] for w in before[-ROLE_WORDS:] if w.lower() in _AMOUNT_SIDES
        ]
        if not sides or sides[-1] != len(found):
            return None
        found.append(value)
    return (found[0], found[1]) if len(found) == 2 else None


def _contains(words: Sequence[str], phrase: Sequence[str]) -> bool:
    """Whether a phrase's words stand together, in order, among some words."""
    size = len(phrase)
    return any(list(words[i : i + size]) == list(phrase) for i in range(len(words) - size + 1))


def _another_subject(between: Sequence[str]) -> bool:
    """Whether a contrast ("while", "whereas") between a whole and a figure opens a clause
    with a subject other than the whole's sides, whose figures are its own: "while oil and
    gas, with exports of ..."; not "while imports fell to ..."."""
    words = [t.lower() for t in between]
    turns = [i for i, w in enumerate(words) if w in _CONTRASTS]
    if not turns:
        return False
    subject = [w for w in words[turns[-1] + 1 :] if w not in _DETERMINERS]
    return not subject or subject[0] not in _AMOUNT_SIDES


def complements(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
    """A count or an amount split by two words that make it whole ("male" and "female",
    "full-time" and "part-time", "urban" and "rural"), each part named by its word right
    after it or the nearest before it: "The census counted 1,210,569,573 Indians,
    623,121,843 of them male and 587,447,730 female"; "Employment fell to 11,902,300.
    Full-time jobs rose to 8,228,700, while part-time employment shed 18,500 to 3,673,600";
    "Retail sales came to 19,521.0 billion yuan. Urban shoppers spent 16,692.4 billion
    yuan and rural ones 2,828.6 billion yuan". One figure of each side, the second in the
    first's sentence or the next; the total is the one other figure of their currency or
    unit before them in the first part's sentence, else, for a count, in the sentence
    before (an amount there may be any part: "June alone contributed ..."). No averages
    (for an amount, named anywhere in the whole's sentence: "per capita income ...: 18,311
    yuan"), no percentages, and never the two counts of a rate ("1022 females for every
    1,000 males")."""
    text = mentions.text
    positions = _SECOND_SIDES.positions(text) and _SIDE_WORDS.positions(text)
    if not positions:
        return
    groups: dict[str, list[Value]] = {}
    for v in values:
        key = unit_key(v)
        if key not in ("percent", "percentage_point") and not (
            year_range_end(text, v) or in_a_rate(text, v)
        ):
            groups.setdefault(key, []).append(v)
    for key, group in groups.items():
        yield from _split_wholes(mentions, positions, group, amounts=bool(key))


def _split_wholes(
    mentions: Mentions, positions: Sequence[int], counts: Sequence[Value], *, amounts: bool
) -> Iterator[TotalClaim]:
    """The splits `complements` reads among figures of one currency or unit (`counts`):
    bare counts, or `amounts`."""
    text, document = mentions.text, mentions.document
    sides: list[tuple[int, int] | None] = []
    floor = 0
    for index, value in enumerate(counts):
        if not near(
            positions, (value.start or 0) - PART_GAP, (value.end or 0) + WORD_AFTER_REACH + 10
        ):
            sides.append(None)  # no side word where one could name it
            floor = value.end or 0
            continue
        sentence = document.sentence_at(value.start or 0)
        later = counts[index + 1].start or 0 if index + 1 < len(counts) else sentence.end
        # a count followed in its clause by another that no side word names ("part-time
        # employment shed 18,500 to 3,673,600"): the word before may name either
        between = TOKEN.findall(text, value.end or 0, min(later, sentence.end))
        alone = later >= sentence.end or any(w in ",;" or w.lower() in _SIDES for w in between)
        side = word_near(text, value, max(floor, sentence.start), _SIDES, before=alone)
        sides.append(side)
        floor = value.end or 0
    for pair in sorted({side[0] for side in sides if side}):
        found = [(s[1], v) for s, v in zip(sides, counts, strict=True) if s and s[0] == pair]
        for first, second in _side_by_side(document, found):
            if _reached(text, first) != _reached(text, second):
                continue  # "accounting for 5,000 of the gain, to 8.13 million, and ... for 4,100"
            if any(_OF_A_CHANGE.match(text, part.end or 0) for part in (first, second)):
                continue  # the parts of a change's size: "5,000 of the gain, ..., and 4,100"
            where = document.sentence_at(first.start or 0)
            if document.sentence_at(second.start or 0) not in (
                where,
                sentence_after(mentions, where),
            ):
                continue
            total = _complemented(mentions, counts, sides, first, pair, across=not amounts)
            if total is None:
                continue
            start, end = total.start or 0, second.end or 0
            guarded = document.sentence_at(start).start if amounts else start
            if _COMPLEMENT_GUARD.search(text, guarded, end):
                continue
            yield TotalClaim(
                text=text[start:end],
                start=start,
                end=end,
                parts=(first, second),
                total=total,
                wording=" and ".join(_PAIRS[pair]),
            )


def _side_by_side(
    document: Document, found: Sequence[tuple[int, Value]]
) -> list[tuple[Value, Value]]:
    """The two counts of a split, from those named by the two sides of a pair (`found`:
    each one's side and count, in text order): one of each, in one sentence or the next;
    or, where the pair names more, each two of a sentence that names one of each and no
    other ("38,400 full-time ... 3,200 part-time. ... 282,800 of them full-time and 37,500
    part-time" are two splits)."""
    if sorted(side for side, _ in found) == [0, 1]:
        return [(found[0][1], found[1][1])]
    sentences = itertools.groupby(
        found, key=lambda named: document.sentence_at(named[1].start or 0)
    )
    twos = [list(named) for _, named in sentences]
    return [(two[0][1], two[1][1]) for two in twos if sorted(side for side, _ in two) == [0, 1]]


def _reached(text: str, value: Value) -> bool:
    """Whether a count is the level a move reached ("rose [to] 8,228,700"), not its size: two
    parts must be the same, or each side names a move and a level and either may be its."""
    start = hedge_start(text, value)
    before = TOKEN.findall(text, max(0, start - WORD_WINDOW), start)
    return bool(before) and before[-1].lower() == "to"


def _complemented(
    mentions: Mentions,
    counts: Sequence[Value],
    sides: Sequence[tuple[int, int] | None],
    first: Value,
    pair: int,
    *,
    across: bool,
) -> Value | None:
    """The one count no side word of the split's pair names before `first`: in its
    sentence, else (`across`) in the one before; None when there is none or several. A count another
    pair's side names ("rural population at 649,866") may be the whole, and when the
    words opening the split name one side of such a pair ("Rural residents split into
    349,674 men and ..."; not "Women outnumbered men: there were ..."), only a count that
    side names is."""
    document, text = mentions.document, mentions.text
    sentence = document.sentence_at(first.start or 0)
    start = hedge_start(text, first)
    lead = TOKEN.findall(text, max(sentence.start, start - WORD_WINDOW), start)
    sides_named = {_SIDES[w.lower()] for w in lead if w.lower() in _SIDES}
    pairs_named = Counter(p for p, _ in sides_named)
    named = {s for s in sides_named if s[0] != pair and pairs_named[s[0]] == 1}
    for block in (sentence, document.sentence_before(sentence) if across else None):
        if block is None:
            return None
        found = [
            v
            for v, side in zip(counts, sides, strict=True)
            if (side in named if named else side is None or side[0] != pair)
            and block.start <= (v.start or 0) < min(block.end, first.start or 0)
            and not compared(text, v, block.start)
        ]
        if found:
            return found[0] if len(found) == 1 else None
    return None
