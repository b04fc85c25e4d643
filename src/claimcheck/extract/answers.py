"""Poll answers: the shares of the people asked that gave each answer to one question.

"62% support the plan, 28% oppose it and 10% are undecided" are shares of the same people,
so together they make at most 100% (some may not answer). Every percentage of the sentence
is followed, after a few opening words ("said they", "are"), by an answer (`poll answers`
in the cue vocabulary); the answers are of different kinds (for, against, undecided), and
after the first only a pronoun or the first answer's own object follows one ("oppose it",
"oppose the plan"): "62% support the plan and 70% oppose the tax" answers two questions. A
share of a group of its own ("62% of Democrats") leaves its sentence unread.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from claimcheck import vocabulary
from claimcheck.document import Block
from claimcheck.extract.changes import TOKEN, Value, near
from claimcheck.extract.lexicon import Keywords
from claimcheck.extract.mentions import Mentions
from claimcheck.extract.remainders import HUNDRED_PERCENT
from claimcheck.model.claims import TotalClaim

_KINDS = {
    spelling.lower(): entry.value
    for entry in vocabulary.section("cues", "poll answers")
    for spelling in entry.spellings
}
_ANSWER_WORDS = Keywords(*_KINDS)
_OPENERS = frozenset(vocabulary.words("cues", "poll answer openers"))
_OWN_GROUP = frozenset(vocabulary.words("cues", "poll own group"))
_FOLLOWS = frozenset((*vocabulary.words("cues", "poll answer follows"), ",", ";", ".", ":", ")"))
_REACH = 60  # characters after a share that may hold its answer and the answer's object
_OBJECT_WORDS = 2


@dataclass(frozen=True)
class _Answer:
    share: Value
    kind: str | None  # None: no answer follows the share, or it names a group of its own
    after: tuple[str, ...]  # the words after the answer


def poll_answers(mentions: Mentions, shares: Sequence[Value]) -> Iterator[TotalClaim]:
    """The shares of one poll question's answers in each sentence, at most 100% together."""
    text = mentions.text
    positions = _ANSWER_WORDS.positions(text)
    if not positions:
        return
    by_sentence: dict[int, list[_Answer]] = {}
    for share in shares:
        sentence = mentions.document.sentence_at(share.start or 0)
        end = share.end or 0
        answer = (
            _answer(text, share, sentence)
            if near(positions, end, end + _REACH)
            else _Answer(share, None, ())  # no answer word near it
        )
        by_sentence.setdefault(sentence.start, []).append(answer)
    for answers in by_sentence.values():
        if _one_question(answers):
            first, last = answers[0].share, answers[-1].share
            yield TotalClaim(
                text=text[first.start or 0 : last.end or 0],
                start=first.start,
                end=last.end,
                parts=tuple(a.share for a in answers),
                total=HUNDRED_PERCENT,
                wording="poll answers",
                open=True,
            )


def _answer(text: str, share: Value, sentence: Block) -> _Answer:
    """The answer the words after a share give, if any."""
    end = share.end or 0
    words = [t.lower() for t in TOKEN.findall(text, end, min(sentence.end, end + _REACH))]
    at = 0
    while at < len(words) and words[at] in _OPENERS:
        at += 1
    if at >= len(words) or words[at] in _OWN_GROUP:
        return _Answer(share, None, ())
    kind = _KINDS.get(words[at])
    return _Answer(share, kind, tuple(words[at + 1 : at + 1 + _OBJECT_WORDS]))


def _one_question(answers: Sequence[_Answer]) -> bool:
    """Whether a sentence's shares all answer one question, each a different answer."""
    kinds = [a.kind for a in answers]
    if len(answers) < 2 or None in kinds or len(set(kinds)) != len(kinds):
        return False
    first = answers[0].after
    return all(not a.after or a.after[0] in _FOLLOWS or a.after == first for a in answers[1:])
