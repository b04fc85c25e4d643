"""Balances whose two sides stand in the nearest sentence of the paragraph that names them.

A surplus, deficit, gap or shortfall (the cue words `totals` reads) is the difference of
one value named by a positive role word (exports, revenue) and one by a negative (imports,
spending), of its currency or unit. The readers in `totals` look for them in the balance's
sentence and the one next to it; real copy often puts them a sentence further, or next to
sentences that give parts of a side ("Exports to EU countries were worth ..."). Here the
sentences of the paragraph are read outward from the balance's, nearest first, and the
first that names any side decides:

- it must hold exactly one value of each role, and no other value of the balance's kind
  that is not a part of one ("copper sales among them at $2.8 billion", or listed after
  a side's breakdown cue: "imports cost $148.8 billion, of which ..."); else no claim
  (which values are meant is unsaid);
- a nearer sentence holding one side but not the other makes no claim, unless that side
  opens it, alone of the balance's kind but for its parts, and the other side does the
  same in the nearest sentence naming a side, when the first is the balance's own
  ("Korea's exports grew to $56.6 billion. Chip exports reached $11.7 billion. Imports
  shrank to $52.3 billion, which left a surplus of $4.3 billion"), or else in the next
  sentence on the same hand of it ("The trade gap narrowed to $1.9 billion. Imports came
  to $47.7 billion, with machinery purchases at $4.5 billion. Exports slid to $45.8
  billion");
- a sentence after the balance's that names a month or year the balance's does not is of
  another time, and ends the search that way; so does one before it, when the balance's
  names a time of its own.

Never a side: a change's size ("a $5.4 billion gain"), a value compared with ("6.3% above
the 1,203.8 billion euros"), a gap against another ("$10.4 billion above budget"), one
dated earlier ("February's"), a part going to or coming from one place ("exports to the
EU"), a total of both sides ("two-way trade"); a value whose role word a word before it
qualifies ("car exports") is a part, named by no role. A paragraph with another balance
of the same currency or unit and time makes no claim, unless that balance's own sentence
gives both its sides (`balances.another_balance`): whose the sides are is unsaid; one of
another time keeps the sides from being sought on its side.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence

from claimcheck import vocabulary
from claimcheck.document import Block
from claimcheck.extract.balances import (
    BALANCE_VERB,
    DIFFERENCE_WORDS,
    another_balance,
    balance_cue,
    of_another_time,
    periods_named,
    role_by_words,
    year_range_end,
)
from claimcheck.extract.changes import (
    OF_BACK_REFERENCE,
    TOKEN,
    Value,
    near,
    read_changes,
    stated_values,
)
from claimcheck.extract.differences import (
    SIDE_OPENERS,
    goes_somewhere,
    in_compound,
    of_an_earlier_time,
    qualified,
    sized_against,
    totals_both_sides,
)
from claimcheck.extract.lexicon import ROLES
from claimcheck.extract.listed_parts import (
    BREAKDOWN_CUE,
    WORD_WINDOW,
    unit_key,
)
from claimcheck.extract.mentions import Mentions
from claimcheck.model.claims import ChangeClaim, DifferenceClaim

_NON_SPACE = re.compile(r"\S")
_COMPARED = frozenset(vocabulary.words("directions", "compare up", "compare down"))
_COMPARED_WORDS = 2  # words before a value that may make it one compared with: "above the"
_NAMING_REACH = 30  # characters before a value where a balance word names it
_REACH = 3  # sentences from the balance's, either way, read for its sides
_SUBJECT_WORDS = 2  # words before a role word opening its sentence: "Canada's total exports"


def find_paragraph_balances(mentions: Mentions) -> list[DifferenceClaim]:
    """Every balance whose sides the nearest sentence naming them gives (see above)."""
    text = mentions.text
    positions = DIFFERENCE_WORDS.positions(text)
    if not positions:
        return []
    values = stated_values(mentions)
    changes = read_changes(mentions)
    sized = {by.start for change in changes for by in change.by} | _earlier(text, changes)
    balances = [
        (value, cue)
        for value in values
        if unit_key(value) not in ("", "percent", "percentage_point")
        and near(positions, (value.start or 0) - WORD_WINDOW, (value.end or 0) + WORD_WINDOW)
        and (cue := _cue(mentions, value)) is not None
    ]
    if not balances:
        return []
    previous = [None, *values[:-1]]
    named = [v for v, p in zip(values, previous, strict=True) if _named(text, positions, p, v)]
    found: list[DifferenceClaim] = []
    sides = [v for v in values if v.start not in sized]
    starts = [v.start or 0 for v in sides]
    for stated, cue_word in balances:
        if another_balance(mentions, values, stated):
            continue
        rivals = [v for v in named if v is not stated and unit_key(v) == unit_key(stated)]
        reach = _reach(mentions, stated, rivals)
        pair = None if reach is None else _nearest_sides(mentions, sides, starts, stated, reach)
        if pair is None:
            continue
        positive, negative = pair
        first = min(stated.start or 0, positive.start or 0, negative.start or 0)
        end = max(stated.end or 0, positive.end or 0, negative.end or 0)
        found.append(
            DifferenceClaim(
                text=text[first:end],
                start=first,
                end=end,
                minuend=positive,
                subtrahend=negative,
                difference=stated,
                wording=cue_word,
                ordered=True,
            )
        )
    return found


def _earlier(text: str, changes: Sequence[ChangeClaim]) -> set[int | None]:
    """Where each change's earlier value starts that plainly is one: the change is sized
    against it ("6.8 percent more than the $37.7 billion") or "from" leads to it ("slid to
    €40.3 billion from €47.7 billion"); not a value set "against" the new one, which may
    be of another thing ("against $7 billion in the budget")."""
    return {
        c.from_value.start
        for c in changes
        if c.from_value and c.to_value and (c.by or _word_before(text, c.from_value) == "from")
    }


def _word_before(text: str, value: Value) -> str:
    start = value.start or 0
    words = TOKEN.findall(text, max(0, start - WORD_WINDOW), start)
    return words[-1].lower() if words else ""


def _named(text: str, positions: Sequence[int], previous: Value | None, value: Value) -> bool:
    """Whether a balance word (at one of `positions`) names a value: a few words before it,
    since the value before ("the services deficit $2 billion"), or right after it ("a $2
    billion surplus"). Such a value is a balance, whether or not its sides can be read."""
    start, end = value.start or 0, value.end or 0
    floor = max(previous.end or 0 if previous else 0, start - _NAMING_REACH)
    return near(positions, floor, start - 1) or near(positions, end, end + 1)


def _cue(mentions: Mentions, value: Value) -> str | None:
    """The balance word that makes a value a balance of the time its sentence states, or None."""
    text = mentions.text
    sentence = mentions.document.sentence_at(value.start or 0)
    cue = balance_cue(text, sentence, value)
    if cue is None or of_another_time(text, sentence, cue.start(), value.end or 0):
        return None
    return "gap" if cue.re is BALANCE_VERB else cue.group("word").lower()


def _reach(mentions: Mentions, stated: Value, rivals: Sequence[Value]) -> tuple[int, int] | None:
    """How many sentences before and after its own a balance's sides may be sought: none
    on the side of its paragraph where another balance of its kind stands (whose sides
    they may be), and no claim (None) when one stands in its own sentence."""
    document = mentions.document
    sentence = document.sentence_at(stated.start or 0)
    paragraph = document.paragraph_at(stated.start or 0)
    near = [v.start or 0 for v in rivals if paragraph.start <= (v.start or 0) < paragraph.end]
    if any(sentence.start <= start < sentence.end for start in near):
        return None
    before = 0 if any(start < sentence.start for start in near) else _REACH
    after = 0 if any(start >= sentence.end for start in near) else _REACH
    return before, after


def _nearest_sides(
    mentions: Mentions,
    values: Sequence[Value],
    starts: Sequence[int],
    stated: Value,
    reach: tuple[int, int],
) -> tuple[Value, Value] | None:
    """The positive and negative side of `stated` in the nearest sentence naming a side,
    within `reach` sentences before and after its own, or None (see the module's notes)."""
    own = mentions.document.sentence_at(stated.start or 0)
    text = mentions.text
    lone: tuple[Block, int, Value] | None = None  # one side read alone in its sentence
    for sentences in _outward(mentions, own, reach):
        read = [
            (s, sides)
            for s in sentences
            if (sides := _sides_in(mentions, values, starts, stated, s))
        ]
        if lone is None:
            if not read:
                continue
            if len(read) != 1:
                return None
            pair = _both_sides(read[0][1])
            found = None if pair else _lone_side(text, *read[0])
            if found is None:
                return pair
            lone = (read[0][0], *found)
            continue
        if not read and lone[0] is own:
            continue  # one side in the balance's sentence: the other in the nearest naming one
        other = _lone_side(text, *read[0]) if len(read) == 1 else None
        if other is None or other[0] != -lone[1]:
            return None
        if lone[0] is not own and (read[0][0].start < own.start) != (lone[0].start < own.start):
            return None  # the sides on either hand of the balance
        return (lone[2], other[1]) if lone[1] > 0 else (other[1], lone[2])
    return None


def _both_sides(sides: Sequence[tuple[int, Value, int]]) -> tuple[Value, Value] | None:
    """The positive and the negative side a sentence gives, when it gives one of each and
    every other value of the kind there is a part of one; else None."""
    positives = [value for role, value, _ in sides if role > 0]
    negatives = [value for role, value, _ in sides if role < 0]
    if len(positives) != 1 or len(negatives) != 1 or not all(word for _, _, word in sides):
        return None
    return positives[0], negatives[0]


def _lone_side(
    text: str, sentence: Block, sides: Sequence[tuple[int, Value, int]]
) -> tuple[int, Value] | None:
    """The one side a sentence gives, with its role, when its role word opens the sentence
    ("Total exports rose 2.6 per cent to $65.6 billion", not "Exports of cars ...") and
    every other value of the kind there is a part of that side ("with machinery and
    equipment purchases down 11.3 per cent at $4.5 billion", "Imports cost $148.8
    billion, of which ..."); else None."""
    named = [(role, value) for role, value, _ in sides if role]
    if len(named) != 1:
        return None
    role, value = named[0]
    if any(word_role != role for _, _, word_role in sides):
        return None
    tokens = TOKEN.findall(
        text, sentence.start, min(value.start or 0, sentence.start + WORD_WINDOW)
    )
    words = [t.lower() for t in tokens]
    first = next((i for i, word in enumerate(words) if word in ROLES), None)
    if first is None or first > _SUBJECT_WORDS or ROLES[words[first]] != role:
        return None
    owners = (
        w in SIDE_OPENERS or w.endswith(("'s", "’s")) or (i and t[:1].isupper())
        for i, (t, w) in enumerate(zip(tokens[:first], words[:first], strict=True))
    )
    if words[first + 1 : first + 2] == ["of"] or not all(owners):
        return None  # "Exports of cars", "Car exports"
    return role, value


def _outward(mentions: Mentions, own: Block, reach: tuple[int, int]) -> Iterator[list[Block]]:
    """The balance's sentence, then the sentences before and after it, one step further
    each time, as far as `reach` allows, within its paragraph; a sentence naming another
    time than the balance's ends the way on (one before it, only when the balance's names
    a time)."""
    document, text = mentions.document, mentions.text
    yield [own]
    before: Block | None = own
    after: Block | None = own
    periods = periods_named(text, own)
    for step in range(max(reach)):
        before = document.sentence_before(before) if before and step < reach[0] else None
        after = _next_sentence(mentions, after) if after and step < reach[1] else None
        if before is not None and periods and not periods_named(text, before) <= periods:
            before = None  # "... in April. Analysts expect a surplus of $2 billion in May."
        if after is not None and not periods_named(text, after) <= periods:
            after = None
        found = [s for s in (before, after) if s is not None]
        if not found:
            return
        yield found


def _next_sentence(mentions: Mentions, sentence: Block) -> Block | None:
    """The sentence after `sentence` in its paragraph, if any."""
    following = _NON_SPACE.search(mentions.text, sentence.end)
    if following is None:
        return None
    after = mentions.document.sentence_at(following.start())
    return after if mentions.document.sentence_before(after) == sentence else None


def _sides_in(
    mentions: Mentions,
    values: Sequence[Value],
    starts: Sequence[int],
    stated: Value,
    sentence: Block,
) -> list[tuple[int, Value, int]]:
    """Each value of `stated`'s kind in a sentence that may be a side, with its role (+1,
    -1, or 0 when no role word names it or it is a part) and the role of the side it is
    a part of, or else of its role word: a part is named by a qualified role word ("car
    exports"), listed after a side's breakdown cue ("imports cost $9bn, of which ...") or
    points back to it ("exports came to $33.6bn; domestic firms earned $9.7bn of that").
    Empty when no value is named by a role word. `starts`: where each of `values` starts."""
    text, key = mentions.text, unit_key(stated)
    found: list[tuple[int, Value, int]] = []
    floor = sentence.start
    owner = 0  # the role of a side whose parts a cue after it lists: "imports of $9bn: ..."
    for value in itertools.islice(values, bisect.bisect_left(starts, sentence.start), None):
        if (value.start or 0) >= sentence.end:
            break
        if unit_key(value) != key or in_compound(text, value) or year_range_end(text, value):
            continue  # a role word before a value of another kind is still this one's
        start = floor
        floor = value.end or 0
        if value is stated:
            continue
        if (
            totals_both_sides(text, start, value)
            or of_an_earlier_time(text, start, value)
            or _compared_with(text, start, value)
            or sized_against(text, value)
        ):
            continue
        role = role_by_words(text, value, start)
        if role and goes_somewhere(text, start, value, ROLES):
            continue  # a part of its side
        if (
            found
            and found[-1][0]
            and (
                BREAKDOWN_CUE.search(text, found[-1][1].end or 0, value.start or 0)
                or OF_BACK_REFERENCE.match(text, value.end or 0)
            )
        ):
            owner = found[-1][0]
        if owner and role != -owner:
            found.append((0, value, owner))
            continue
        owner = 0
        found.append((0 if qualified(text, sentence, start, value, ROLES) else role, value, role))
    return found if any(role for role, _, _ in found) else []


def _compared_with(text: str, floor: int, value: Value) -> bool:
    """Whether the words right before a value make it one compared with: "above the"."""
    words = [t.lower() for t in TOKEN.findall(text, floor, value.start or 0)]
    return any(word in _COMPARED for word in words[-_COMPARED_WORDS - 1 :])
