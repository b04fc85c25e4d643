"""The largest part of a whole, named so, and the parts ranked after it.

"Germany's budget has spending of EUR 477 billion and new borrowing of 39 billion euros;
the biggest slice, 175 billion euros, goes to the labour ministry"; "Mortgages are by far
the biggest piece at $12.80 trillion, followed by $1.64 trillion in auto loans, $1.63
trillion in student loans and $1.18 trillion on credit cards". The part is an amount of
money or a measure named a few plain words before it by a superlative and a part noun,
not "of" some other whole ("the biggest slice of the fund"); the parts ranked after it
are listed after "followed by". The whole is an amount of their currency or unit before
the part in its sentence, or else in the sentence before: the largest of them there, for
a part of any is no larger than the largest; none when a verb gives one of them as a part
itself ("Health gets R40 billion; the biggest slice, ..."). The parts may fall short of
the whole, never exceed it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from claimcheck import vocabulary
from claimcheck.document import Block
from claimcheck.extract.breakdowns import part_of
from claimcheck.extract.changes import Value, inherit
from claimcheck.extract.figures import hedge_start
from claimcheck.extract.lexicon import Keywords, any_of
from claimcheck.extract.listed_parts import WORD_WINDOW, list_after, loose_list, unit_key
from claimcheck.extract.mentions import Mentions
from claimcheck.model.claims import TotalClaim

_LARGEST = Keywords(*vocabulary.words("cues", "largest part"))
_LARGEST_BEFORE = re.compile(
    rf"(?<![\w-])(?P<word>{any_of(vocabulary.words('cues', 'largest part'))})"
    rf"\s*(?:,|\s(?:{any_of(vocabulary.words('cues', 'largest part links'))}))\s*\Z",
    re.IGNORECASE,
)
# A verb giving a figure as a part ("Health gets $2 billion"): no whole of the largest part.
_GIVEN = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('cues', 'share list verbs'))})"
    r"\s+(?:[^\W\d_][\w-]*\s+){0,2}\Z",
    re.IGNORECASE,
)
_RANKED_AFTER = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('cues', 'ranked after'))})\s+", re.IGNORECASE
)


def largest_parts(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
    """Each part named as the largest of a whole, with the parts ranked after it (see above)."""
    text = mentions.text
    positions = _LARGEST.positions(text)
    if not positions:
        return
    starts = [hedge_start(text, v) for v in values]
    for at in positions:
        index = bisect.bisect_left(starts, at)
        if index >= len(values) or starts[index] - at > WORD_WINDOW:
            continue
        part = values[index]
        named = _LARGEST_BEFORE.search(text, at, starts[index])
        if named is None or unit_key(part) in ("", "percent", "percentage_point"):
            continue
        sentence = mentions.document.sentence_at(at)
        whole = _largest_before(mentions, values, index, sentence)
        if whole is None:
            continue
        parts = [inherit(p, whole) for p in (part, *_ranked_after(text, values, index, sentence))]
        if not all(part_of(p, whole) for p in parts):
            continue
        yield TotalClaim(
            text=text[whole.start or 0 : parts[-1].end or 0],
            start=whole.start,
            end=parts[-1].end,
            parts=tuple(parts),
            total=whole,
            wording=" ".join(named.group("word").lower().split()),
            open=True,
        )


def _largest_before(
    mentions: Mentions, values: Sequence[Value], index: int, sentence: Block
) -> Value | None:
    """The largest amount of the part's kind before it in its sentence, or else in the
    sentence before in its paragraph, that no verb gives as a part itself ("Health gets
    $2 billion; the biggest slice, $5 billion, goes to defence"); None when there is none."""
    text, key = mentions.text, unit_key(values[index])
    before = mentions.document.sentence_before(sentence)
    for block in (sentence, before):
        if block is None:
            return None
        kin = [
            v
            for v in values[:index]
            if block.start <= (v.start or 0) < block.end and unit_key(v) == key
        ]
        if kin:
            return (
                max(kin, key=lambda v: v.value) if not any(_given(text, v) for v in kin) else None
            )
    return None


def _given(text: str, value: Value) -> bool:
    """Whether a verb right before a figure gives it as a part: "Health gets $2 billion"."""
    start = hedge_start(text, value)
    return _GIVEN.search(text, max(0, start - WORD_WINDOW), start) is not None


def _ranked_after(text: str, values: Sequence[Value], index: int, sentence: Block) -> list[Value]:
    """The parts listed right after "followed by" a little after the largest part, if any."""
    part = values[index]
    end = min(sentence.end, (part.end or 0) + WORD_WINDOW)
    ranked = _RANKED_AFTER.search(text, part.end or 0, end)
    if ranked is None:
        return []
    following = next(
        (k for k in range(index + 1, len(values)) if unit_key(values[k]) == unit_key(part)),
        len(values),
    )
    if following >= len(values) or hedge_start(text, values[following]) != ranked.end():
        return []
    return list_after(text, values, following, sentence) or loose_list(
        text, values, following, sentence
    )
