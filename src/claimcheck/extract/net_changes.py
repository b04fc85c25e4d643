"""Changes that add up: a change and the contributions in points listed after it, and a net
change and the moves it nets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck import vocabulary
from claimcheck.extract.breakdowns import parts_after_cue
from claimcheck.extract.changes import (
    TOKEN,
    Value,
    inherit,
    read_changes,
    stated_values,
)
from claimcheck.extract.figures import hedge_start
from claimcheck.extract.lexicon import Keywords, any_of
from claimcheck.extract.listed_parts import BREAKDOWN_WORDS, WORD_WINDOW, unit_key
from claimcheck.extract.mentions import Mentions
from claimcheck.model.claims import (
    ChangeClaim,
    TotalClaim,
)

# A contribution that is negative: a word of a fall, or one that subtracts a part ("cut",
# "subtracted", "negative"), or "weighed".
NEGATIVE_CONTRIBUTION = Keywords(
    *vocabulary.words(
        "directions", "verb down", "adverb down", "noun down", "comparative down", "compare down"
    ),
    *vocabulary.words("cues", "contribution down", "subtracted parts"),
)
_CONTRIBUTIONS = re.compile(
    r"(?P<label>(?:\s+[^\W\d_][\w'’-]*){0,6}?)"
    rf"(?:\s*:|\s*,?\s+(?P<word>with|{any_of(BREAKDOWN_WORDS)}))\s+",
    re.IGNORECASE,
)
# A net change: its cue a few words before its figure, and the words that sign it.
_NET = frozenset(vocabulary.words("cues", "net"))
_NET_REACH = 4  # words before a net figure read for its cue and direction: "a net gain of"
_NET_DIRECTIONS = {
    **{w: "up" for w in vocabulary.words("directions", "verb up", "noun up")},
    **{w: "down" for w in vocabulary.words("directions", "verb down", "noun down")},
    **{w: "down" for w in vocabulary.words("cues", "net down")},
}


def read_contributions(mentions: Mentions) -> Iterator[TotalClaim]:
    """A change in percent and the contributions in points listed after it, which add up
    to it: "GDP grew 2.1% in the quarter: consumption added 1.5 percentage points and
    investment 0.6 points"; "..., with exports contributing 0.9 points and ...". A list
    with a word of a fall ("cut", "subtracted", "negative") is left unread: which
    contributions are negative is not guessed.
    """
    text = mentions.text
    changes = [
        c for c in read_changes(mentions) if len(c.by) == 1 and unit_key(c.by[0]) == "percent"
    ]
    values = stated_values(mentions) if changes else []
    index_of = {v.start: i for i, v in enumerate(values)}
    for change in changes:
        total = change.by[0]
        index = index_of.get(total.start)
        cue = _CONTRIBUTIONS.match(text, total.end or 0)
        if index is None or index + 2 >= len(values) or cue is None:
            continue
        parts = parts_after_cue(mentions, values, index + 1, cue)
        parts = [inherit(p, parts[-1]) for p in parts]
        if len(parts) < 2 or any(unit_key(p) != "percentage_point" for p in parts):
            continue
        end = parts[-1].end or 0
        if NEGATIVE_CONTRIBUTION.positions(text[total.end or 0 : end]):
            continue
        start = total.start or 0
        yield TotalClaim(
            text=text[start:end],
            start=start,
            end=end,
            parts=tuple(p.model_copy(update={"unit": "percent"}) for p in parts),
            total=total,
            wording=" ".join((cue.group("word") or ":").lower().split()),
        )


def read_net_changes(mentions: Mentions) -> Iterator[TotalClaim]:
    """A net change and the moves it nets, stated in one sentence: "full-time jobs rose by
    123,000 while part-time work shrank by 68,000, for a net gain of 55,000"; "gained
    15,900 full-time jobs but lost 8,500 part-time ones, a net increase of 7,400".

    The net figure has a net word a few words before it ("net", "overall") and one
    direction: its own change's, else the one direction word among those words. The moves
    are the other changes before it in its sentence sized in its unit, at least one each
    way, each signed by its direction word; moves after it ("rose by a net 50,000, as
    factories added 10,000 and shops lost 5,000") may be examples, not all it nets.
    Changes in percent are not summed.
    """
    text = mentions.text
    lowered = text.lower()
    if not any(word in lowered for word in _NET):
        return
    sized = [(c, _absolute(c)) for c in read_changes(mentions) if c.multiple is None]
    changes = {by.start: (c, by) for c, by in sized if by is not None}
    if len(changes) < 2:
        return
    for value in stated_values(mentions):
        start = value.start or 0
        if unit_key(value) in ("percent", "percentage_point"):
            continue
        sentence = mentions.document.sentence_at(start)
        before = TOKEN.findall(
            text, max(sentence.start, start - WORD_WINDOW), hedge_start(text, value)
        )
        words = [t.lower() for t in before[-_NET_REACH:]]
        if not _NET.intersection(words):
            continue
        own = changes.get(value.start)
        directions = {_NET_DIRECTIONS[w] for w in words if w in _NET_DIRECTIONS}
        if own is not None:
            directions = {own[0].direction}
        if len(directions) != 1:
            continue
        moves = [
            (c, by)
            for at, (c, by) in changes.items()
            if at != value.start
            and sentence.start <= (c.start or 0) < sentence.end
            and unit_key(inherit(by, value)) == unit_key(value)
        ]
        if (
            len(moves) < 2
            or any((by.start or 0) > start for _, by in moves)
            or {c.direction for c, _ in moves} != {"up", "down"}
        ):
            continue
        parts = tuple(_signed(inherit(by, value), c.direction) for c, by in moves)
        first = min(start, *(c.start or 0 for c, _ in moves))
        end = max(value.end or 0, *(c.end or 0 for c, _ in moves))
        yield TotalClaim(
            text=text[first:end],
            start=first,
            end=end,
            parts=parts,
            total=_signed(value, directions.pop()),
            wording=next(w for w in words if w in _NET),
        )


def _absolute(change: ChangeClaim) -> Value | None:
    """The one size of a change stated in its values' own unit, not in percent: "123,000"
    of "increased by 123,000, or 0.8 per cent"."""
    sizes = [b for b in change.by if unit_key(b) not in ("percent", "percentage_point")]
    return sizes[0] if len(sizes) == 1 else None


def _signed(value: Value, direction: str) -> Value:
    """A move's size with the sign of its direction: a fall is negative, and shown so."""
    if direction == "up" or value.value < 0:
        return value
    return value.model_copy(
        update={
            "value": -value.value,
            "low": -value.high,
            "high": -value.low,
            "text": f"-{value.text}",
        }
    )
