"""Records since a time: a value said to be the highest or lowest since then, set against the
value a "when" clause gives that time.

"Inflation reached 6.2% in March, its highest since October 2008, when it was 6.7%" says
6.2% is at or below the 6.7% of October 2008 (else the record would reach further back):
read as a change from 6.7% to 6.2% worded "highest since", which a value above 6.7% makes
wrong. "Output slipped to 4.1 million barrels a day, the lowest level since 2021, when it
averaged 3.9 million" says the reverse. The record word (`[record up]`, `[record down]` in
directions.txt) stands a few words before "since"; the earlier value is the first after
"when" in the sentence, and the record's value the one value before the record word alike
to it (or, when several are, the new value of a change read before it: "rose to 6.2% from
5.9%, its highest since"). The "when" clause must name the record's subject, by a pronoun
or a word sharing a stem with the record's sentence: "since 2008, when 12 banks failed"
states another thing. With no such pair, nothing is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck import vocabulary
from claimcheck.extract.changes import (
    STATE_PRONOUNS,
    Value,
    alike,
    read_changes,
    stated_values,
    values_within,
)
from claimcheck.extract.figures import hedge_start
from claimcheck.extract.lexicon import Keywords, noun_stem
from claimcheck.extract.mentions import Mentions
from claimcheck.model.claims import ChangeClaim

_UP = frozenset(vocabulary.words("directions", "record up"))
_DOWN = frozenset(vocabulary.words("directions", "record down"))
_SINCE = re.compile(r"(?<![\w-])since\s", re.IGNORECASE)
_SINCE_WORD = Keywords("since")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MAX_RECORD_WORDS = 4  # words between a record word and "since": "highest [level on record]"
_RECORD_REACH = 60  # characters before "since" that may hold the record word
_WHEN = re.compile(r"[^,;:.]{0,40}?,?\s+when\s", re.IGNORECASE)  # "October 2008, when "
_MIN_STEM = 4  # a word longer than this names a subject by its stem (`changes.noun_stem`)
_REACH = 160  # characters before a record word, and after "when", its values stand within
_MAX_WHEN_WORDS = 5  # words between "when" and the earlier value: "production averaged"


def find_records(mentions: Mentions) -> list[ChangeClaim]:
    """Every record since a time whose earlier value the sentence states, in text order."""
    text = mentions.text
    values: Sequence[Value] = []
    starts: list[int] = []
    claims = []
    for at in _SINCE_WORD.positions(text):
        since = _SINCE.match(text, at)
        if since is None:
            continue
        record = _record_word(text, since.start())
        if record is None:
            continue
        if not starts:
            values = stated_values(mentions)
            starts = [value.start or 0 for value in values]
        sentence = mentions.document.sentence_at(since.start())
        when = _WHEN.match(text, since.end())
        if when is None:
            continue
        after = values_within(values, starts, when.end(), min(sentence.end, when.end() + _REACH))
        if not after:
            continue
        words = text[when.end() : hedge_start(text, after[0])].lower().split()
        floor = max(sentence.start, record.start() - _REACH)
        named = text[floor : record.start()].lower().split()
        if not _points_back(words, named):
            continue
        earlier = after[0]
        new = _record_value(mentions, values_within(values, starts, floor, record.start()), earlier)
        if new is None:
            continue
        word = record.group().lower()
        claims.append(
            ChangeClaim(
                text=text[new.start or 0 : earlier.end],
                start=new.start,
                end=earlier.end,
                direction="down" if word in _UP else "up",
                wording=f"{record.group()} since",
                wording_first=False,
                from_value=earlier,
                to_value=new,
            )
        )
    return claims


def _record_word(text: str, since: int) -> re.Match[str] | None:
    """The record word a few words before "since": "its [highest] since", "the [lowest]
    level since", "a 62-month [high] and the [steepest] rise in living costs since"."""
    words = list(_WORD.finditer(text, max(0, since - _RECORD_REACH), since))
    for match in reversed(words[-_MAX_RECORD_WORDS - 1 :]):
        word = match.group().lower().rsplit("-", 1)[-1]
        if word in _UP or word in _DOWN:
            return match
    return None


def _points_back(words: Sequence[str], named: Sequence[str]) -> bool:
    """Whether the few words between "when" and a value name the record's own subject: a
    pronoun ("when it stood at") or a word sharing a stem with one of the record's sentence
    ("Mortgage approvals ..., when lenders approved"); not "when 12 banks failed"."""
    if not words or len(words) > _MAX_WHEN_WORDS or not all(map(_WORD.fullmatch, words)):
        return False
    stems = {noun_stem(word) for word in named if len(word) > _MIN_STEM}
    return words[0] in STATE_PRONOUNS or any(noun_stem(word) in stems for word in words)


def _record_value(mentions: Mentions, before: Sequence[Value], earlier: Value) -> Value | None:
    """The value the record is of: the one before the record word alike to the earlier
    value, or the new value of the last change read before it."""
    candidates = [value for value in before if alike(value, earlier)]
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        return None
    last = candidates[-1]
    for change in read_changes(mentions):
        if change.to_value is not None and change.to_value.start == last.start:
            return last
    return None
