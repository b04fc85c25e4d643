"""Balances the other readers left, their sides chosen by scoring readings on words alone.

Runs after every other reader (`pipeline`), only on a balance (a surplus, deficit, gap or
shortfall named by `balances.balance_cue`: "a trade surplus of", "$2 billion deficit",
"the gap came to") whose figure no difference claim states, and whose clause, read from
the figure, is of its own time (not ", after a 1.4 billion yen shortfall in December").
Example, the positive side named by a verb, a compared value and a change between::

    Taiwan shipped $38.6 billion of goods abroad in October, 5.2 percent more than the
    $36.7 billion of a year before, the ministry said. Imports climbed 3.1 percent to
    $33.9 billion, leaving a surplus of $4.7 billion.

Candidates. Each value of the balance's currency or unit in its own sentence, and in the
sentence before (only when the balance's holds a named side or opens "That", "The gap")
and after, is a candidate side, unless its words make it something else: a change's size
or old value, a value compared with ("more than the $36.7 billion"), a gap against another
("$4 billion over budget"), one dated earlier ("February's"), a total of both sides
("two-way trade"), a part of a whole ("of that", "exports to the EU", "car exports"; a
word naming the whole side, `[side whole qualifiers]`, is no qualifier: "outbound
shipments"), another balance or a side of a difference already read. Its role is the
role word naming it (`balances.role_by_words`) or a side verb (`[scored side positives]`:
"shipped").

Sentences. A neighbour sentence is read only when the two name the same times (months,
years, quarters, `[span nouns]`, `[running periods]`: the one before names every time the
balance's does, the one after none it does not), holds no other balance, names every value
of the kind by a role, and neither the balance's own sentence nor its paragraph has
another balance of its time (`balances.another_balance`). The balance's
own sentence is not read when it names two times ("in March ... in the quarter"), or joins
an unnamed value to a side ("spending of 2.7 and 0.9 of transfers"). A part of a side
("tax revenue") in the balance's own sentence stays a candidate: the balance may be the
part's, so it competes with the whole side.

Score, on words only: 2 in the balance's own sentence, 0 next to it; plus 2 when the role
word is within `_CLOSE_TOKENS` tokens of the value ("imports of", "imports climbed 3.1
percent to"), else 1. The best candidate of each role is kept only when it leads the next
of its role by `_MARGIN` (2), a whole sentence's worth; a tie makes no claim. No claim
either for a balance of only some flows (`[partial balance qualifiers]`: "primary
deficit"), nor when both sides are whole numbers and the gap is not ("LE153 billion",
"LE243 billion", "LE91.5 billion"): a gap worked from finer figures than the sides shown.
The subtraction itself is never consulted.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Collection, Iterator, Mapping, Sequence

from claimcheck import vocabulary
from claimcheck.document import Block
from claimcheck.extract.balances import (
    BALANCE_VERB,
    DIFFERENCE_WORDS,
    RUNNING,
    another_balance,
    balance_cue,
    of_another_time,
    periods_named,
    role_by_words,
    year_range_end,
)
from claimcheck.extract.changes import OF_BACK_REFERENCE, TOKEN, Value, read_changes, stated_values
from claimcheck.extract.differences import (
    goes_somewhere,
    of_an_earlier_time,
    qualified,
    sized_against,
    totals_both_sides,
)
from claimcheck.extract.figures import hedge_start
from claimcheck.extract.lexicon import DIFFERENCE_COMPARATIVES, ROLES, any_of
from claimcheck.extract.listed_parts import sentence_after, unit_key
from claimcheck.extract.mentions import Mentions
from claimcheck.model.claims import ChangeClaim, Claim, DifferenceClaim

_OWN_SENTENCE = 2  # score of a candidate in the balance's own sentence
_CLOSE_TOKENS = 4  # tokens between a role word and its value, at most, to count as close
_CLOSE = 2  # score of a role word close to its value
_FAR = 1  # ... and of one further off (within `balances.role_by_words`' reach)
_MARGIN = 2  # the least lead of the best reading of a role over the next
_SIDE_VERB_ROLES = {
    **{" ".join(w.lower().split()): 1 for w in vocabulary.words("cues", "scored side positives")},
    **{" ".join(w.lower().split()): -1 for w in vocabulary.words("cues", "scored side negatives")},
}
_WHOLE_QUALIFIERS = frozenset(vocabulary.words("cues", "side whole qualifiers"))
_COMPARED = frozenset(vocabulary.words("directions", "compare up", "compare down"))
_COMPARATIVE_BEFORE = re.compile(rf"(?:{any_of(DIFFERENCE_COMPARATIVES)})(?:\s+the)?\Z")
_COMPARED_WORDS = 3  # words before a value that may make it one compared with: "more than the"
# A balance of only some flows, named by a word before its balance word: "primary deficit".
_PARTIAL = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('cues', 'partial balance qualifiers'))})"
    r"(?:\s+[^\W\d_][\w-]*)?\s+\Z",
    re.IGNORECASE,
)
_PARTIAL_REACH = 40  # characters before a balance word searched for such a word
# A sentence opening that points back to the values before: "That left", "The gap".
_BACK = re.compile(
    rf"[\"“'‘]?(?:{any_of(vocabulary.words('cues', 'balance back'))})\b", re.IGNORECASE
)
_SPANS = frozenset(vocabulary.words("cues", "span nouns"))
_FIGURE = re.compile(r"\d[\d,\s]*(?:\.(?P<fraction>\d+))?")
_SIDE_JOINS = frozenset(tuple(join.split()) for join in vocabulary.words("cues", "side joins"))
_PLAIN_KEYS = ("", "percent", "percentage_point")  # no balance of two flows in these


def find_scored_balances(mentions: Mentions, claims: Sequence[Claim]) -> list[DifferenceClaim]:
    """The balances described above, among figures no difference in `claims` states."""
    text = mentions.text
    positions = DIFFERENCE_WORDS.positions(text)
    if not positions:
        return []
    document = mentions.document
    worded = {document.sentence_at(at).start for at in positions}  # where a balance may be
    differences = [c for c in claims if isinstance(c, DifferenceClaim)]
    stated_gaps = {c.difference.start for c in differences}
    taken = {v.start for c in differences for v in (c.minuend, c.subtrahend)}
    values = stated_values(mentions)
    cued = [
        (value, cue)
        for value in values
        if unit_key(value) not in _PLAIN_KEYS
        and document.sentence_at(value.start or 0).start in worded
        and (cue := _cue(mentions, value)) is not None
    ]
    if all(value.start in stated_gaps for value, _ in cued):
        return []
    changes = [c for c in claims if isinstance(c, ChangeClaim)] or read_changes(mentions)
    not_sides = {v.start for c in changes for v in (*c.by, c.from_value) if v is not None}
    not_sides |= {v.start for v, _ in cued} | stated_gaps
    rivals: dict[str, list[int]] = {}  # where the balances of each currency or unit start
    for value, _ in cued:
        rivals.setdefault(unit_key(value), []).append(value.start or 0)
    found: list[DifferenceClaim] = []
    for stated, word in cued:
        if stated.start in stated_gaps:
            continue
        pair = _best_sides(mentions, values, stated, (not_sides, taken), rivals)
        if pair is None:
            continue
        positive, negative = pair
        first = min(stated.start or 0, positive.start or 0, negative.start or 0)
        end = max(stated.end or 0, positive.end or 0, negative.end or 0)
        span, sides = text[first:end], {"minuend": positive, "subtrahend": negative}
        claim = DifferenceClaim(
            text=span, start=first, end=end, difference=stated, wording=word, ordered=True, **sides
        )
        found.append(claim)
    return found


def _cue(mentions: Mentions, value: Value) -> str | None:
    """The balance word naming a value, lower-cased, when its clause is of its own time
    (the clause read from the figure, when the word follows it: "after a 1.4 billion
    deficit in May")."""
    text = mentions.text
    sentence = mentions.document.sentence_at(value.start or 0)
    cue = balance_cue(text, sentence, value)
    if cue is None or _PARTIAL.search(
        text, max(sentence.start, cue.start() - _PARTIAL_REACH), cue.start("word")
    ):
        return None
    start = min(cue.start(), hedge_start(text, value))
    if of_another_time(text, sentence, start, value.end or 0):
        return None
    return cue.group("word").lower() if cue.re is not BALANCE_VERB else "gap"


def _best_sides(
    mentions: Mentions,
    values: Sequence[Value],
    stated: Value,
    excluded: tuple[Collection[int | None], Collection[int | None]],
    balances: Mapping[str, Sequence[int]],
) -> tuple[Value, Value] | None:
    """The clearly best positive and negative side of `stated`, or None. `excluded`: the
    starts of values that are no side, and of the sides of differences already read."""
    not_sides, taken = excluded
    scored: dict[int, list[tuple[int, Value]]] = {1: [], -1: []}
    for value, where, floor in _candidates(mentions, values, stated, not_sides, balances):
        role = _role(mentions.text, value, floor)
        if role and value.start in taken:
            return None  # the sides near it are another balance's
        if role:
            scored[role].append((_score(mentions, value, where, floor, stated), value))
    best: list[Value] = []
    own = mentions.document.sentence_at(stated.start or 0)
    for role in (1, -1):
        ranked = sorted(scored[role], key=lambda pair: -pair[0])
        if not ranked or (len(ranked) > 1 and ranked[0][0] - ranked[1][0] < _MARGIN):
            return None
        side = ranked[0][1]
        if not own.start <= (side.start or 0) < own.end and _named_elsewhere(
            mentions, values, stated, side, role
        ):
            return None  # "Sales abroad were $41.2 billion" further on: which is the side?
        best.append(side)
    if _decimals(stated) and not any(_decimals(side) for side in best):
        return None  # sides rounded more coarsely than the gap: it was worked from others
    return best[0], best[1]


def _named_elsewhere(
    mentions: Mentions, values: Sequence[Value], stated: Value, side: Value, role: int
) -> bool:
    """Whether the paragraph names, by the same role, another candidate side of `stated`
    than `side` (which stands in a sentence next to the balance's), in a sentence naming no
    time that theirs do not ("In 2022 exports were ..." is of another time)."""
    document, text = mentions.document, mentions.text
    paragraph = document.paragraph_at(stated.start or 0)
    here = document.sentence_at(side.start or 0)
    sentences = {
        document.sentence_at(v.start or 0)
        for v in values[_first_at(values, paragraph.start) : _first_at(values, paragraph.end)]
        if v is not side
    }
    times = _times(text, here) | _times(text, document.sentence_at(stated.start or 0))
    return any(
        value is not side and _role(text, value, floor) == role
        for where in sentences
        if where != here and _times(text, where) <= times
        for value, _, floor in _sides_in(mentions, values, where, stated, (), [])
    )


def _decimals(value: Value) -> int:
    """The digits written after the decimal point of a value's figure, in its scale:
    "LE91.5 billion" has 1, "LE153 billion" 0."""
    digits = _FIGURE.search(value.text or "")
    return len(digits.group("fraction") or "") if digits else 0


def _candidates(
    mentions: Mentions,
    values: Sequence[Value],
    stated: Value,
    not_sides: Collection[int | None],
    balances: Mapping[str, Sequence[int]],
) -> Iterator[tuple[Value, Block, int]]:
    """Each candidate side of `stated`, with its sentence and the start of the words that
    may name it (its sentence's start, or the end of the value of its kind before).
    `balances`: where the balances of each currency or unit start."""
    document, text, key = mentions.document, mentions.text, unit_key(stated)
    own = document.sentence_at(stated.start or 0)
    times = _times(text, own)
    before, after = document.sentence_before(own), sentence_after(mentions, own)
    neighbours = [
        where
        for where in (before, after)
        if where is not None
        and (times <= _times(text, where) if where is before else _times(text, where) <= times)
    ]
    rivals = {where: _nearest(balances.get(key, ()), stated, where) for where in (own, *neighbours)}
    own_sides = list(_sides_in(mentions, values, own, stated, not_sides, rivals[own]))
    if len(times) > 1 or _joined(text, own_sides):
        own_sides = []  # a sentence of two times, or a side with more to it: unsaid
    yield from own_sides
    if rivals[own] or another_balance(mentions, values, stated):
        return  # another balance near: whose sides the sentences next to it give is unsaid
    named = any(_role(text, value, floor) for value, _, floor in own_sides)
    for where in neighbours:
        if rivals[where] or (where is before and not named and not _BACK.match(text, own.start)):
            continue  # the sentence before, when the balance's neither holds a side nor points back
        found = list(_sides_in(mentions, values, where, stated, not_sides, []))
        if all(_role(text, value, floor) for value, _, floor in found):
            yield from found  # else a value no role word names: which the sides are is unsaid


def _nearest(balances: Sequence[int], stated: Value, where: Block) -> list[int]:
    """Where the other balances of a sentence nearest `stated` start (`balances`: where each
    starts, in text order), one before it and one after: no side lies beyond them
    (`_beyond`), so a sentence of many balances costs each only its stretch."""
    start = stated.start or 0
    low = bisect.bisect_left(balances, where.start)
    high = bisect.bisect_left(balances, where.end)
    before = min(bisect.bisect_left(balances, start), high) - 1
    after = max(bisect.bisect_right(balances, start), low)
    return [balances[at] for at in (before, after) if low <= at < high]


def _joined(text: str, sides: Sequence[tuple[Value, Block, int]]) -> bool:
    """Whether a value no role word names is joined to the one before it ("spending of Rp
    2,701 trillion and Rp 920 trillion of transfers"): the side is more than its figure."""
    return any(
        not _role(text, value, floor)
        and tuple(t.lower() for t in TOKEN.findall(text, floor, value.start or 0)) in _SIDE_JOINS
        for value, _, floor in sides
    )


@functools.lru_cache(maxsize=8)  # each balance of a long sentence asks again
def _times(text: str, sentence: Block) -> frozenset[str]:
    """The months, years, quarters and halves a sentence names, and its words for a span
    of time but the year ("the quarter", "three months")."""
    spans = {
        token.lower().removesuffix("s")
        for token in TOKEN.findall(text, sentence.start, sentence.end)
        if token.lower().removesuffix("s") in _SPANS
    }
    runs = {m.group().lower() for m in RUNNING.finditer(text, sentence.start, sentence.end)}
    return periods_named(text, sentence) | spans | runs


def _sides_in(
    mentions: Mentions,
    values: Sequence[Value],
    where: Block,
    stated: Value,
    not_sides: Collection[int | None],
    rivals: Sequence[int],
) -> Iterator[tuple[Value, Block, int]]:
    """The values of `stated`'s kind in a sentence that may be its sides (see above). A
    part of a side ("car exports") is one in the balance's own sentence, where it competes
    with the whole side (the balance may be the part's: "oil exports ... an oil surplus")."""
    text, key = mentions.text, unit_key(stated)
    own = mentions.document.sentence_at(stated.start or 0)
    floor = where.start
    low = max([where.start, *(r for r in rivals if r < (stated.start or 0))])
    high = min([where.end, *(r for r in rivals if r > (stated.start or 0))])
    for value in values[_first_at(values, low) : _first_at(values, high)]:
        if unit_key(value) != key:
            continue
        previous, floor = floor, value.end or 0
        if value.start in not_sides or _beyond(rivals, stated, value):
            continue
        if not (
            year_range_end(text, value)
            or totals_both_sides(text, previous, value)
            or sized_against(text, value)
            or of_an_earlier_time(text, previous, value)
            or goes_somewhere(text, previous, value, ROLES)
            or OF_BACK_REFERENCE.match(text, value.end or 0)
            or _compared_with(text, previous, value)
            or (where is not own and _a_part(text, where, previous, value))
        ):
            yield value, where, previous


def _first_at(values: Sequence[Value], at: int) -> int:
    """The index of the first of `values` (in text order) starting at or after `at`."""
    return bisect.bisect_left(values, at, key=lambda value: value.start or 0)


def _role(text: str, value: Value, floor: int) -> int:
    """+1 or -1 for the role word naming a value (`balances.role_by_words`), else for a
    verb naming a side right before it ("shipped $40.3 billion"); 0 for none."""
    return (
        role_by_words(text, value, floor)
        or _SIDE_VERB_ROLES.get(
            " ".join(t.lower() for t in TOKEN.findall(text, floor, value.start or 0)[-2:]), 0
        )
        or _SIDE_VERB_ROLES.get(
            "".join(t.lower() for t in TOKEN.findall(text, floor, value.start or 0)[-1:]), 0
        )
    )


def _compared_with(text: str, floor: int, value: Value) -> bool:
    """Whether the words right before a value make it one compared with: "more than the
    $37.7 billion", "above the"."""
    words = [t.lower() for t in TOKEN.findall(text, floor, value.start or 0)][-_COMPARED_WORDS:]
    return any(w in _COMPARED for w in words) or bool(_COMPARATIVE_BEFORE.search(" ".join(words)))


def _a_part(text: str, sentence: Block, floor: int, value: Value) -> bool:
    """Whether a common word qualifies the role word naming a value ("car exports",
    "semiconductor exports"), making it a part of the side, unless that word names the
    whole side ("outbound shipments", "merchandise exports")."""
    if not qualified(text, sentence, floor, value, ROLES):
        return False
    words = [t.lower() for t in TOKEN.findall(text, floor, value.start or 0)]
    roles = [i for i, w in enumerate(words) if w in ROLES]
    return not (roles and roles[-1] > 0 and words[roles[-1] - 1] in _WHOLE_QUALIFIERS)


def _beyond(rivals: Sequence[int], stated: Value, value: Value) -> bool:
    """Whether another balance of the sentence stands between `stated` and `value`."""
    low, high = sorted((stated.start or 0, value.start or 0))
    return any(low < rival <= high for rival in rivals)


def _score(mentions: Mentions, value: Value, where: Block, floor: int, stated: Value) -> int:
    """The words' score of a candidate side (see the module's notes)."""
    text = mentions.text
    own = mentions.document.sentence_at(stated.start or 0)
    score = _OWN_SENTENCE if where == own else 0
    before = [t.lower() for t in TOKEN.findall(text, floor, value.start or 0)]
    after = [t.lower() for t in TOKEN.findall(text, value.end or 0, (value.end or 0) + 40)]
    close = any(t in ROLES for t in before[-_CLOSE_TOKENS:]) or any(t in ROLES for t in after[:3])
    return score + (_CLOSE if close else _FAR)
