"""The basis a change is stated on, scoped to the clause it governs.

A basis ("in real terms", "like-for-like", "excluding fuel", "month on month") keeps a
change's values as written from being compared: the judge calls such a change
unverifiable. A sentence's basis qualifies each change in it, but for:

- a basis naming the change's own subject ("Germany's adjusted trade surplus shrank to
  ...", "Underlying profit was ..."): it qualifies both values, which stay comparable. It
  stands a few words before the change's word, or before its first value with up to ten
  words of subject and verb between and no figure or comma ("the lender's underlying
  mortgage book finished September at €88.2 billion, 2.9% larger than ..."); it names no
  subject when it heads a phrase of its own (`[subject basis stops]`: "adjusted for
  inflation", "on an underlying basis");
- a basis in another clause with its own subject: "Adjusted operating profit slipped to
  $4.1bn from $4.4bn, and turnover grew to $20.3bn from $19.8bn" ("adjusted" is the
  profit's, not the turnover's), "Turnover grew to $20.3bn from $19.8bn, while underlying
  margins narrowed to 6.2% from 6.9%". The clauses are split by a semicolon or by a comma
  and a word of `[subject breaks]` (clauses.txt); the clause is the other one's when the
  words between the break and the change it holds name a subject (a letter, no figure:
  "and turnover grew", not "and down from"), and the basis stands before the end of that
  clause's change (a basis after the sentence's last change, "..., both in real terms",
  qualifies them all).

A basis that opens the sentence, set off by a comma before any figure ("Adjusted for
inflation, sales rose 3% and profit 5%", "In real terms, wages fell ..., and pensions
rose ..."), governs every clause.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from claimcheck import vocabulary
from claimcheck.document import Block
from claimcheck.extract.lexicon import any_of

# A stated basis that keeps the values as written from being compared.
BASIS = re.compile(
    rf"\b(?:{vocabulary.pattern(vocabulary.words('cues', 'change bases'), word_end=False)}"
    r"|(?<!seasonally )(?<!seasonally-)adjusted"
    rf"|in\s+(?!(?:{vocabulary.pattern(vocabulary.words('cues', 'as-written bases'))})\s)"
    r"(?:real|local[- ]currency|\w+)\s+terms)\b",
    re.IGNORECASE,
)
_SUBJECT_BASES = frozenset(vocabulary.words("cues", "subject bases"))
# The words of a noun phrase between a basis naming a change's subject and the change.
_SUBJECT_WORDS = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){1,4}\s+")
# The words of a clause's subject and verb between a basis naming the subject and the
# first value of the change: "adjusted profit before tax for the year to June 30 climbed",
# "the bank's adjusted loan book ended June at".
_SUBJECT_CLAUSE = re.compile(r"(?:\s+[\w'’-]+){1,10}\s+")
_SUBJECT_STOPS = frozenset(vocabulary.words("cues", "subject basis stops"))
_WORD = re.compile(r"\s*([^\W\d_]+)")
# Where a clause with its own subject may open: "; ", ", and ", ", while " before a letter.
_BREAK = re.compile(
    rf";\s*(?=[^\W\d_])|,\s+(?:{any_of(vocabulary.words('clauses', 'subject breaks'))})"
    r"\s+(?=[^\W\d_])",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[^\W\d_]")
_REACH = 600  # characters around a change a basis of its own or another clause is read in

Span = tuple[int, int]  # where a change starts and ends, its values included


class SentenceBases:
    """The bases one sentence states, and which of its changes each qualifies."""

    def __init__(self, text: str, sentence: Block, figures: Sequence[int]) -> None:
        self.text = text
        self.sentence = sentence
        self.figures = figures  # where each figure of the text starts, in order
        self.found = list(BASIS.finditer(text, sentence.start, sentence.end))
        self._starts = [found.start() for found in self.found]
        self._governing = [found for found in self.found if self._governs(found)]

    def of(self, changes: Sequence[Span], index: int, cue: int) -> str | None:
        """The basis of the sentence's change `changes[index]` (the changes in text order),
        whose word stands at `cue`; None when no basis qualifies it. Only the bases that
        govern the sentence, and those within `_REACH` of the change, are read."""
        start, end = changes[index]
        low = bisect.bisect_left(self._starts, start - _REACH)
        high = bisect.bisect_right(self._starts, end + _REACH)
        near = self.found[low:high]
        for found in sorted({*self._governing, *near}, key=lambda found: found.start()):
            basis = " ".join(found.group().lower().split())
            if self._names_subject(found, basis, cue, changes[index][0]) or self._elsewhere(
                found, changes, index
            ):
                continue
            return basis
        return None

    def _names_subject(self, found: re.Match[str], basis: str, cue: int, start: int) -> bool:
        """Whether a basis names the subject of the change whose word is at `cue` and whose
        first value or word is at `start`: a few words before its word, or a subject and
        verb before its first value, with no figure, comma or word of a phrase it heads
        ("adjusted for") between."""
        if basis not in _SUBJECT_BASES or found.end() > min(cue, start):
            return False
        after = _WORD.match(self.text, found.end(), start)
        if after is None or after.group(1).lower() in _SUBJECT_STOPS:
            return False
        return _SUBJECT_WORDS.fullmatch(self.text, found.end(), cue) is not None or (
            _SUBJECT_CLAUSE.fullmatch(self.text, found.end(), start) is not None
            and not self._figure_in(found.end(), start)
        )

    def _elsewhere(self, found: re.Match[str], changes: Sequence[Span], index: int) -> bool:
        """Whether a basis stands in another clause with its own subject than the change."""
        start, end = changes[index]
        if start <= found.start() < end or any(found is g for g in self._governing):
            return False
        if found.start() >= end:  # after the change: in the clause of a later change?
            later = self._break_after(end, found.end())
            if later is None:
                return False
            then = next((c for c in changes if c[0] >= later), None)
            return then is not None and found.start() < then[1] and self._subject(later, then[0])
        opening = self._last_break(found.end(), start)
        return opening is not None and self._subject(opening, start)

    def _governs(self, found: re.Match[str]) -> bool:
        """Whether a basis opens the sentence, set off by a comma before any figure."""
        if self._figure_in(self.sentence.start, found.start()):
            return False
        comma = self.text.find(",", found.end(), self.sentence.end)
        return comma >= 0 and not self._figure_in(found.end(), comma)

    def _break_after(self, low: int, high: int) -> int | None:
        """The end of the first clause break in [low, high), if any."""
        found = _BREAK.search(self.text, low, high)
        return found.end() if found is not None else None

    def _last_break(self, low: int, high: int) -> int | None:
        """The end of the last clause break in [low, high), if any."""
        last = None
        for found in _BREAK.finditer(self.text, low, high):
            last = found.end()
        return last

    def _subject(self, low: int, high: int) -> bool:
        """Whether [low, high) names a subject: a word, and no figure."""
        return bool(_LETTER.search(self.text, low, high)) and not self._figure_in(low, high)

    def _figure_in(self, low: int, high: int) -> bool:
        at = bisect.bisect_left(self.figures, low)
        return at < len(self.figures) and self.figures[at] < high
