"""Shares the share readers left without a part or a whole, read by scoring candidates.

The readers in `shares` match a share's structures one by one; this one runs after them,
on each percentage they left with no share, no breakdown and no restatement, or with a
share that lacks its part or its whole, and that a share cue marks: an "of" phrase after
it ("30% of regional spending"), a share noun before it ("an acceptance rate of 45%", "a
share of 12.5 percent"), or a whole counted "of the", "out of" or "among" in its clause
with the share set off after its part ("Of the 640 stalls, 180 sold food, or 30%"). A
percentage stated as a change ("up 5.8%", "rose 9 percent") or as another rate ("an
interest rate of 9%") is never read.

Every reading is a pair of amounts of one kind (one currency, one unit dimension, or counts
of the same things) from the share's sentence, or, for the whole only, from up to `_BACK`
sentences before it in its paragraph. Each amount is scored for each role on its words:

- a whole: stated in the share's "of" phrase or right after its noun (+4: "of regional
  spending of 21 billion euros"), after "of the", "out of" or "among" in the share's
  clause, or sized by a compound ("its 60-seat council") (+4: "Of the 1,800 applicants"),
  named by the noun of the share's "of" phrase
  (+4, from the sentence before at most: "2,400 patients ... or 40% of the patients"),
  marked as a total (+2: "in all", "combined"); half a point less a sentence back. An "of"
  phrase with no amount takes only a whole its noun names ("45% of those admitted" is of
  no amount stated);
- a part: stated with the share ("640 (45%)", "8.2 billion, or 20%": +5), the subject of a
  share verb, once relative clauses and brackets are set aside ("8.4 billion euros, which
  the council approved on Monday, amounts to 30% of ...": +3; never an amount inside the
  relative clause), the last of its kind set off before the share ("42 million tonnes,
  against 55 million a decade ago, or 28% of ...": +2), counted of a whole ("300 of the
  2,000 loaves": +3), less a twentieth of a point a word past ten words;
- either role loses 4 points when a comparison or a starting value sets the amount off
  ("from 4.1 billion", "against", "than"); a change, a value per unit, a duration ("12
  months"), an amount with a share of its own or the whole of another share ("85.0% of the
  [10,179,702]"), and a count in words are never candidates; an amount in a whole's role,
  or a compound size, is never a part. The noun of an "of" phrase is its last word before
  any figure ("of the revised [estimate] of Rs 18.48 lakh crore").

A part another reader read with its whole (a total of one part: "Of those, 193,000 ...",
"7,176,141 of the 14,213,137", "36,680 farms out of 255,010") is the part (+5) and that
whole the whole (+4) of the share set off after it in its sentence (", or", a bracket, a
dash; with an "of" phrase, a comma and a few words: ", equivalent to 6.2% of the total"),
of one opening the next sentence by pointing back to it ("That put the organic share at
14.4%", when it is the one part of a total there), and of one whose "of" phrase a colon or
a dash follows before it ("two-thirds of revenue comes from abroad: $3.51 billion of the
$7.98 billion"); never with a share between them or a share of its own. An amount set off
in apposition after the whole of the share's "of" phrase is its part (+5): "One in three of
the 12,600 health workers hired under the programme, 3,150 people, had not been paid".

A pair's score is its part's plus its whole's (+2 when a share "of the total" leaves the
whole to a word it shares with the part: "traded ... of the total" and "goods trade"). The
best pair is claimed only when its part has 2 points, its whole 3 (a role marker or its
name: a total's mark alone is not enough), and it leads every other pair by at least
`MARGIN` (2 points, one role marker); otherwise no claim is made and the share stays
unverifiable. The arithmetic of a reading never chooses it: a slip must stay a slip.

Example: "A bakery that baked 300 of the 2,000 loaves sold in the village last week has a
share of 25 percent" is a share of 25 percent, part 300, whole 2,000 (the judge finds 15%).
Each candidate's words are read in a bounded window of its sentence: linear time.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimcheck import vocabulary
from claimcheck.document import Block
from claimcheck.extract.lexicon import any_of
from claimcheck.extract.listed_parts import COUNTED_OF
from claimcheck.extract.mentions import Mentions
from claimcheck.extract.shares import (
    _ON_A_RATE,
    Thing,
    _a_change,
    _counts_other_things,
    _Head,
    _heads,
    _in_digits,
    _Index,
    _is_change,
    _of_phrase,
    _per_unit,
    _same_kind,
    _with_own_share,
    index_of,
)
from claimcheck.model.claims import (
    BreakdownClaim,
    Claim,
    FractionRestatementClaim,
    Money,
    ShareClaim,
    TotalClaim,
)

MARGIN = 2.0  # points the best reading must lead every other by
_ROLE = 2.0  # points a part needs
_WHOLE_ROLE = 3.0  # points a whole needs: a role marker or its name, never a total's mark alone
_BACK = 3  # sentences before the share searched for its whole
_CANDIDATE_REACH = (
    600  # characters before the share, and after its "of" phrase, a candidate may stand
)
_WINDOW = 40  # characters before an amount read for its role markers
_REACH = 80  # characters of the share's "of" phrase read for a whole
_AFTER = 25  # characters after an amount read for the words naming it
_NEAR = 5  # words between a part and its share's verb that may still be its noun's
_SKIPPED = 2  # durations and counts in words passed over before a share, at most
_POINTER_WORDS = 7  # words opening a share's sentence by pointing back ("That put the share at")
_POINTER_REACH = 80  # characters of those words, at most

_WORDS = re.compile(r"[^\W\d_]+")
_SHARE_NOUNS = any_of(vocabulary.words("cues", "share nouns"))
_OTHER_RATES = frozenset(vocabulary.words("cues", "other rates"))
_WHOLE_NOUNS = frozenset(vocabulary.words("cues", "whole nouns"))
# "a share of 12.5 percent", "an acceptance rate of 45%", "the turnout was 61%"
_NOUN_LINKS = any_of(vocabulary.words("cues", "share noun links"))
_NOUN_CUE = re.compile(rf"\b(?P<noun>{_SHARE_NOUNS})\s+(?:{_NOUN_LINKS})\s+\Z", re.IGNORECASE)


def _cue_before(section: str, then: str) -> re.Pattern[str]:
    """The words of a cue section ending right before an amount, `then` after them."""
    return re.compile(rf"\b(?:{any_of(vocabulary.words('cues', section))}){then}", re.I)


_VERB_CUE = _cue_before("candidate share verbs", r"\s+\Z")
_PARTITIVE = _cue_before("candidate whole markers", r"\s+(?:[^\W\d_]+\s+)?\Z")
_TOTAL_BEFORE = _cue_before("total named", r"\b[^,;:.]{0,30}\Z")
_SET_OFF = _cue_before("candidate set off", r"\s+(?:[^\W\d_]+\s+){0,4}\Z")
_TOTAL_AFTER = re.compile(rf"\s+(?:{any_of(vocabulary.words('cues', 'total after'))})\b")
# "640 of the 1,800": a part counted of a whole stated right after it
_COUNTED_OF = re.compile(rf"{COUNTED_OF.pattern}(?=\d)", re.IGNORECASE)


def _noun(word: str) -> str:
    """A word as its nouns compare: lower case, a plural "s" dropped ("exports", "export")."""
    word = word.lower()
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


_WHOLE_STEMS = frozenset(_noun(w) for w in _WHOLE_NOUNS)
_COMMON = frozenset(_noun(w) for w in vocabulary.words("clauses", "determiners"))
_YEAR_RANGE = re.compile(r"\d[-–/]\Z")  # "1997-98": no amount
_RELATIVE = re.compile(
    rf",\s*(?:{any_of(vocabulary.words('clauses', 'relative openers'))})\b[^,;]*,", re.I
)
_IN_RELATIVE = re.compile(
    rf",\s*(?:{any_of(vocabulary.words('clauses', 'relative openers'))})\b[^,;]*\Z", re.I
)
_BRACKETED = re.compile(r"\([^()]*\)")
_COORDINATORS = frozenset(vocabulary.words("clauses", "coordinators"))
_APPOSED = re.compile(r"(?:,|\(|\bor)\s*\Z")
# An amount right after the noun of an "of" phrase, naming it: "of spending[ of 21 billion]"
_NAMED_AFTER = re.compile(
    rf"(?:\s+(?:{any_of(vocabulary.words('cues', 'candidate whole links'))})|,)\s+", re.I
)
_DURATIONS = frozenset(vocabulary.words("cues", "durations"))
_OWN_PERCENT = re.compile(r"(?:\s+[^\W\d_]+){0,2},\s*")
_DIGIT = re.compile(r"\d")
_CLAUSE_MARK = re.compile(r"[,;:()]")
_CONTRASTS = any_of(vocabulary.words("cues", "candidate clause breaks"))
_CLAUSE_BREAK = re.compile(rf"[;:]|,\s+and\b|\b(?:{_CONTRASTS})\b", re.IGNORECASE)
# A share set off after the part before it: ", or", "(", a dash, or a comma and a few words
# ("equivalent to", "which accounted for").
_SET_APART = re.compile(r"(?:,|\(|\bor|[–—])\s*\Z|(?P<comma>,)(?:\s+[^\W\d_]+){1,3}\s+\Z")
# Words only, then a colon or a dash, before a part after its share: "... comes from abroad: "
_SET_BEFORE = re.compile(r"[^\d;.!?]*[:—–]\s*(?:[^\W\d_]+\s+){0,2}")
# ... and before a part apposed to the whole: "... hired under the programme, "
_APPOSED_AFTER = re.compile(r"[^;:!?()]*[,—–]\s*")
# A part in apposition ends in a mark after at most two words: "3,150 people,", "2,212 in all"
_CLOSED_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*(?:[,;—–)]|\.(?:\s|\Z)|\Z)")
# A sentence opening by pointing back to the figure before it: "That was 26.2% of ..."
_POINTER = re.compile(
    rf"[\"“'‘]?(?:{any_of(vocabulary.words('clauses', 'pointing back'))})\b", re.IGNORECASE
)


def with_candidate_shares(mentions: Mentions, found: Sequence[Claim]) -> list[Claim]:
    """The claims the share readers found, with the shares read here: a share they made
    without a part or a whole is replaced by the one read here for its percentage."""
    index = index_of(mentions)
    read: set[int | None] = set()
    for claim in found:
        if isinstance(claim, ShareClaim):
            if claim.part is not None and claim.whole is not None:
                read.add(claim.share.start)
        elif isinstance(claim, BreakdownClaim):
            read.update(item.share.start for item in claim.items)
        elif isinstance(claim, FractionRestatementClaim):
            read.update((claim.first.start, claim.second.start))
    of_parts = {
        c.parts[0].start: c.total.start
        for c in found
        if isinstance(c, TotalClaim) and len(c.parts) == 1
    }
    every_part = frozenset(p.start for c in found if isinstance(c, TotalClaim) for p in c.parts)
    counted = _Counted(of_parts, every_part)
    added: list[ShareClaim] = []
    document = mentions.document
    for sentence, proportions in index.by_sentence(document.sentences):
        for head in _heads(index, sentence, proportions):
            if head.share.start in read:
                continue
            share = _candidate_share(index, sentence, head, counted)
            if share is not None:
                added.append(share)
                read.add(head.share.start)
    replaced = {share.share.start for share in added}
    kept = [c for c in found if not (isinstance(c, ShareClaim) and c.share.start in replaced)]
    return [*kept, *added]


@dataclass(frozen=True, slots=True)
class _Counted:
    """The parts other readers read with their wholes ("Of those, 193,000 ..."), by start."""

    wholes: dict[int | None, int | None]
    parts: frozenset[int | None]  # of every total read, listed or not
    whole_starts: frozenset[int | None] = field(init=False)  # the values of `wholes`
    sorted_parts: tuple[int, ...] = field(init=False)  # its keys, sorted

    def __post_init__(self) -> None:
        object.__setattr__(self, "whole_starts", frozenset(self.wholes.values()))
        parts = tuple(sorted(p for p in self.wholes if p is not None))
        object.__setattr__(self, "sorted_parts", parts)

    def part_before(
        self, index: _Index, sentence: Block, pos: int, *, phrase: bool
    ) -> Thing | None:
        """The last such part before the share at `pos`, with no figure in digits after it
        but a duration or its whole: in the sentence before when `sentence` opens by
        pointing back to it ("... hosted 2,871,320 of them. That was 26.2% of ...") and it
        is the only part of a total there; else in `sentence`, with the share set off after
        it (", or 6.2%", "– roughly 25% –", or with an "of" `phrase`, ", equivalent to 6.2%
        of the total"); either way with no share between them and none of its own ("N67.4
        trillion, or 72.1 percent, ..., leaving 27.9 percent")."""
        if not self.wholes:
            return None
        text = index.text
        pointed = (
            pos - sentence.start <= _POINTER_REACH  # read in a bounded window: linear time
            and _POINTER.match(text, sentence.start) is not None
            and len(_WORDS.findall(text, sentence.start, pos)) <= _POINTER_WORDS
            and not _DIGIT.search(text, sentence.start, pos)
        )
        before = index.document.sentence_before(sentence) if pointed else None
        floor = before.start if before else sentence.start
        if not self._any_part(floor, pos):
            return None
        found = index.thing_before(pos, floor)
        passed: int | None = None  # a part's whole after it: "36,680 farms out of 255,010"
        for _ in range(_SKIPPED):  # "417,000 had claimed for over [two] years"
            if found is None:
                break
            if passed is None and found.start in self.whole_starts:
                passed = found.start
            elif _in_digits(found) and not _a_size_or_duration(index, found):
                break
            found = index.thing_before(index.head_start(found.start or 0), floor)
        if found is None or found.start not in self.wholes:
            return None
        if passed is not None and self.wholes[found.start] != passed:
            return None
        between = bisect.bisect_left(index.starts, found.end or 0) < bisect.bisect_left(
            index.starts, pos
        )
        if between or _with_own_share(index, found):
            return None  # "..., giving coverage of 91.4%. That remains below the 95% level"
        if before is not None and (found.start or 0) < sentence.start:
            pairs = [p for p in self.parts if p is not None and before.start <= p < before.end]
            return found if len(pairs) == 1 else None  # two pairs: "That is 21 per cent"
        set_off = _SET_APART.search(text, max(0, pos - _WINDOW), pos)
        return None if set_off is None or (set_off["comma"] and not phrase) else found

    def _any_part(self, start: int, end: int) -> bool:
        """Whether a part read with its whole starts in [start, end)."""
        at = bisect.bisect_left(self.sorted_parts, start)
        return at < len(self.sorted_parts) and self.sorted_parts[at] < end

    def whole_of(self, part: Thing | None) -> int | None:
        return None if part is None else self.wholes.get(part.start)

    def part_after(self, index: _Index, sentence: Block, end: int) -> Thing | None:
        """Such a part set off after a share's "of" phrase (ending at `end`) by a colon or
        a dash, words only between: "About two-thirds of its revenue comes from abroad:
        $3.51 billion of the $7.98 billion"."""
        if not self.wholes:
            return None
        found = _thing_after(index, end, min(sentence.end, end + _POINTER_REACH))
        if found is None or found.start not in self.wholes:
            return None
        between = index.text[end : index.head_start(found.start or 0)]
        return found if _SET_BEFORE.fullmatch(between) else None


def _thing_after(index: _Index, pos: int, limit: int) -> Thing | None:
    """The first amount that starts at or after `pos` and before `limit`."""
    at = bisect.bisect_left(index.thing_starts, pos)
    return (
        index.thing(at) if at < len(index.thing_starts) and index.thing_starts[at] < limit else None
    )


def _apposed_to_whole(index: _Index, sentence: Block, whole: Thing) -> Thing | None:
    """The amount set off in apposition after the whole of a share's "of" phrase, its part:
    "One in three of the 12,600 health workers hired under the programme, 3,150 people,
    had not been paid", "About a quarter of the 4,860 dwellings were in the south-east —
    1,212 in all". No amount or share between (a year may be), a comma or dash right
    before it, and at most two words and a mark after it."""
    text = index.text
    found = _thing_after(index, whole.end or 0, min(sentence.end, (whole.end or 0) + _REACH + 40))
    if found is None or not _same_kind(index, found, whole) or not _in_digits(found):
        return None
    between = text[whole.end or 0 : index.head_start(found.start or 0)]
    if not _APPOSED_AFTER.fullmatch(between) or not _CLOSED_AFTER.match(text, found.end or 0):
        return None
    shares = (
        bisect.bisect_left(index.starts, whole.end or 0),
        bisect.bisect_left(index.starts, found.start or 0),
    )
    return found if shares[0] == shares[1] else None  # no share between them


def _candidate_share(
    index: _Index, sentence: Block, head: _Head, counted: _Counted
) -> ShareClaim | None:
    """The share a percentage states, when one reading of its part and whole is clearly
    best; else none."""
    text = index.text
    share = head.share
    start, end = head.start, head.end
    if _is_change(index, share):
        return None
    phrase = _of_phrase(text, end, sentence.end)
    noun = _NOUN_CUE.search(text, max(sentence.start, start - 40), start)
    if noun is not None and (
        _other_rate(text, noun.start())
        or _ON_A_RATE.search(text, max(sentence.start, noun.start() - 20), noun.end())
    ):
        return None  # "an interest rate of", "on a turnout of": some other proportion
    apposed = _APPOSED.search(text, max(sentence.start, start - 10), start) is not None
    floor = max(sentence.start, start - _CANDIDATE_REACH)
    pointed = counted.part_before(index, sentence, start, phrase=phrase is not None) or (
        counted.part_after(index, sentence, phrase[1]) if phrase is not None else None
    )
    if (
        phrase is None
        and noun is None
        and pointed is None
        and not (apposed and _counted_in(index, floor, start))
    ):
        return None
    reach = (end, end)  # no "of" phrase: the whole is before the share
    of_stems: set[str] = set()
    if phrase is not None:
        reach = (phrase[0], _reach_end(index, phrase[1]))
        of_stems = _head_noun(text[phrase[0] : phrase[1]])
    candidates = _candidates(
        index, sentence, (start - _CANDIDATE_REACH, reach[1] + _CANDIDATE_REACH)
    )
    pointed_whole = counted.whole_of(pointed)
    in_phrase = _thing_after(index, reach[0], reach[1]) if phrase is not None else None
    if pointed is None and in_phrase is not None:
        # its own whole, which `_candidates` leaves out as another share's
        pointed = _apposed_to_whole(index, sentence, in_phrase)
        pointed_whole = in_phrase.start if pointed else None
    own = in_phrase if in_phrase is not None and pointed_whole == in_phrase.start else None
    for extra in (head.part, pointed, own):
        if extra is not None and all(t is not extra for t in candidates):
            candidates.append(extra)
    wholes = [
        (t, _whole_score(index, (sentence, start), t, reach, of_stems, pointed_whole))
        for t in candidates
        if (t.end or 0) <= start
        or reach[0] <= (t.start or 0) < reach[1]
        or (t.start is not None and t.start == pointed_whole)
    ]
    if phrase is not None and not any(_in_reach(index, t, reach) for t, _ in wholes):
        # an "of" phrase with no amount: only a whole its noun names ("640 of the 1,800
        # applicants were women, or 45% of those admitted" is of no amount stated)
        # or "of the total" its part's whole, read with it ("Of those, 193,000 ..., 6.2% of
        # the total")
        total = bool(of_stems & _WHOLE_STEMS) or (
            pointed is not None and (pointed.start or 0) > end
        )
        wholes = [
            (t, w)
            for t, w in wholes
            if _named(index, t, of_stems) or (total and t.start == pointed_whole)
        ]
    parts = [
        (t, 5.0 if t is pointed else _part_score(index, sentence, t, head, reach))
        for t in candidates
        if (t.end or 0) <= start or t is head.part or t is pointed
    ]
    whole_roles = {id(t) for t, score in wholes if score >= _ROLE + 2}
    plain = bool(of_stems & _WHOLE_STEMS)
    pairs = [
        (p_score + w_score + _kin_bonus(index, p, w, plain), p, w, p_score, w_score)
        for p, p_score in parts
        if id(p) not in whole_roles or p is head.part
        for w, w_score in wholes
        if w is not p and _same_kind(index, p, w) and not _other_things(index, p, w)
    ]
    if not pairs:
        return None
    pairs.sort(key=lambda pair: -pair[0])
    best = pairs[0]
    if best[3] < _ROLE or best[4] < _WHOLE_ROLE:
        return None
    if len(pairs) > 1 and best[0] - pairs[1][0] < MARGIN:
        return None
    _, part, whole, _, _ = best
    lo = min(index.head_start(part.start or 0), start)
    hi = max(end, phrase[1] if phrase else end, part.end or 0)
    if (whole.start or 0) >= sentence.start:
        lo = min(lo, index.head_start(whole.start or 0))
        hi = max(hi, whole.end or 0)
    of = text[phrase[0] : phrase[1]] if phrase else None
    return ShareClaim(
        text=text[lo:hi], start=lo, end=hi, share=share, part=part, whole=whole, of=of
    )


def _counted_in(index: _Index, floor: int, pos: int) -> bool:
    """Whether an amount from `floor` (in the sentence) to `pos` is a whole a part is counted
    in: "Of the 640 nurses on the rota, 208 worked nights, or 40%"."""
    starts = index.thing_starts
    i = bisect.bisect_left(starts, floor)
    while i < len(starts) and starts[i] < pos:
        thing = index.thing(i)
        if _PARTITIVE.search(_before(index, thing)):
            return _CLAUSE_BREAK.search(index.text, thing.end or 0, pos) is None
        i += 1
    return False


def _named(index: _Index, thing: Thing, of_stems: set[str]) -> bool:
    """Whether the noun of a share's "of" phrase names an amount by its words."""
    return bool(of_stems & _near_stems(index, thing))


def _in_reach(index: _Index, thing: Thing, reach: tuple[int, int]) -> bool:
    return reach[0] <= index.head_start(thing.start or 0) and (thing.end or 0) <= reach[1]


def _kin_bonus(index: _Index, part: Thing, whole: Thing, plain: bool) -> float:
    """Points for a whole before its part that a share "of the total" (a noun naming a
    whole) leaves to the words: one the part's own words name ("Private firms [traded]
    5.85 trillion yuan, or 56.8% of the total" of "goods [trade] at 10.3 trillion yuan")."""
    if not plain or (whole.start or 0) >= (part.start or 0):
        return 0.0
    return 2.0 if _near_stems(index, part) & _near_stems(index, whole) - _COMMON else 0.0


def _other_rate(text: str, pos: int) -> bool:
    """Whether the word before a share noun makes it some other rate: "an interest rate"."""
    words = _WORDS.findall(text, max(0, pos - 20), pos)
    return bool(words) and words[-1].lower() in _OTHER_RATES


def _reach_end(index: _Index, pos: int) -> int:
    """Where a share's "of" phrase ends, with the amount that may name it right after its
    noun: "of regional spending[ of 21 billion euros]", "of total exports[, $18 billion]"."""
    link = _NAMED_AFTER.match(index.text, pos)
    named = index.thing_at(link.end()) if link else None
    return named.end or pos if named else pos


def _head_noun(phrase: str) -> set[str]:
    """The stem of an "of" phrase's last word before any figure, its noun: "of total
    service [exports]", "of the [estimate] of Rs 18.48 lakh crore"."""
    digit = _DIGIT.search(phrase)
    words = _WORDS.findall(phrase[: digit.start() if digit else None])
    return {_noun(words[-1])} if words and len(words[-1]) > 3 else set()


def _near_stems(index: _Index, thing: Thing) -> set[str]:
    """The stems of the words naming an amount: those before it in its clause, and a few
    after it up to a clause mark ("total exports of [$33.62 billion]", "[$8.2 billion] of
    exports")."""
    text = index.text
    before = _before(index, thing)
    mark = max(before.rfind(c) for c in ",;:(0123456789")
    after = text[thing.end or 0 : (thing.end or 0) + _AFTER]
    stop = _CLAUSE_MARK.search(after)
    near = before[mark + 1 :] + " " + after[: stop.start() if stop else None]
    return {_noun(w) for w in _WORDS.findall(near)}


def _candidates(index: _Index, sentence: Block, bounds: tuple[int, int]) -> list[Thing]:
    """The amounts of the share's sentence and of up to `_BACK` sentences before it in its
    paragraph, within `bounds` (a long run of shares costs each share only its reach):
    never a change, a value per unit, nor one stated with a share of its own."""
    document = index.document
    spans = [(sentence.start, sentence.end)]
    before: Block | None = sentence
    for _ in range(_BACK):
        before = document.sentence_before(before) if before else None
        if before is None:
            break
        spans.append((before.start, before.end))
    found: list[Thing] = []
    for lo, hi in ((max(lo, bounds[0]), min(hi, bounds[1])) for lo, hi in reversed(spans)):
        first = index.thing_starts
        i = _bisect(first, lo)
        while i < len(first) and first[i] < hi:
            thing = index.thing(i)
            i += 1
            if (thing.end or 0) > hi or not _in_digits(thing) or _a_change(index, thing):
                continue
            if _per_unit(index, thing):
                continue
            if _with_own_share(index, thing) or _YEAR_RANGE.search(_before(index, thing)):
                continue
            if _a_size_or_duration(index, thing) or _of_another_share(index, thing):
                continue
            found.append(thing)
    return found


def _other_things(index: _Index, part: Thing, whole: Thing) -> bool:
    """Whether two counts count different things: people and things, or two plural nouns
    right after them ("25,892 votes" is no part of "17 seats")."""
    if _counts_other_things(index, part, whole):
        return True
    if isinstance(part, Money) or isinstance(whole, Money) or part.unit or whole.unit:
        return False
    nouns = [_WORDS.match(index.text, (t.end or 0) + 1) for t in (part, whole)]
    plural = [n.group().lower() for n in nouns if n and n.group().lower().endswith("s")]
    return len(plural) == 2 and _noun(plural[0]) != _noun(plural[1])


def _sized(index: _Index, thing: Thing) -> bool:
    """Whether a count is a compound size, a whole never a part: "its [400]-seat assembly"."""
    end = thing.end or 0
    return index.text[end : end + 1] == "-"


def _a_size_or_duration(index: _Index, thing: Thing) -> bool:
    """Whether a count is a duration ("[12] months to October") or has a percentage of its
    own right after it."""
    text, end = index.text, thing.end or 0
    words = _WORDS.findall(text, end, end + _AFTER)
    own = _OWN_PERCENT.match(text, end)
    return bool(own and index.proportion_at(own.end())) or (
        not isinstance(thing, Money)
        and not thing.unit
        and bool(words)
        and words[0].lower() in _DURATIONS
    )


def _of_another_share(index: _Index, thing: Thing) -> bool:
    """Whether an amount is what another percentage right before it is of: "85.0% of the
    [10,179,702] cast"."""
    before = _before(index, thing)
    marker = _PARTITIVE.search(before)
    if marker is None:
        return False
    floor = index.head_start(thing.start or 0) - len(before) + marker.start()
    found = bisect.bisect_right(index.ends, floor) - 1
    return found >= 0 and not index.text[index.ends[found] : floor].strip()


def _bisect(starts: Sequence[int], pos: int) -> int:
    return bisect.bisect_left(starts, pos)


def _before(index: _Index, thing: Thing) -> str:
    """The words before an amount in its sentence, up to `_WINDOW` characters."""
    start = index.head_start(thing.start or 0)
    floor = max(index.document.sentence_at(start).start, start - _WINDOW)
    return index.text[floor:start]


def _set_off(index: _Index, thing: Thing) -> bool:
    return _SET_OFF.search(_before(index, thing)) is not None


def _whole_score(
    index: _Index,
    at: tuple[Block, int],
    thing: Thing,
    reach: tuple[int, int],
    of_stems: set[str],
    pointed_whole: int | None = None,
) -> float:
    """The points an amount has as the whole of the share at `at` (its sentence and start):
    see the module's docstring."""
    sentence, share_start = at
    text = index.text
    start = index.head_start(thing.start or 0)
    score = 0.0
    marked = _PARTITIVE.search(_before(index, thing)) or _sized(index, thing)
    in_clause = _CLAUSE_BREAK.search(text, thing.end or 0, share_start) is None
    if (
        _in_reach(index, thing, reach)
        or (start >= sentence.start and marked and in_clause)
        or (thing.start is not None and thing.start == pointed_whole)
    ):
        score += 4
    if _TOTAL_BEFORE.search(_before(index, thing)) or _TOTAL_AFTER.match(text, thing.end or 0):
        score += 2
    back = _sentences_back(index, start, sentence)
    if of_stems and not reach[0] <= start < reach[1] and back <= 1:
        if _named(index, thing, of_stems):
            score += 4
        elif of_stems & _WHOLE_STEMS and score >= _ROLE:
            score += 1
    score -= 0.5 * back
    if _set_off(index, thing):
        score -= 4
    return score


def _sentences_back(index: _Index, pos: int, sentence: Block) -> int:
    """How many sentences before `sentence` the one at `pos` is (at most `_BACK` + 1)."""
    back = 0
    block: Block | None = sentence
    while block is not None and pos < block.start and back <= _BACK:
        block = index.document.sentence_before(block)
        back += 1
    return back


def _part_score(
    index: _Index, sentence: Block, thing: Thing, head: _Head, reach: tuple[int, int]
) -> float:
    text = index.text
    start = index.head_start(thing.start or 0)
    share_start = head.start
    if thing is head.part:
        return 5.0
    if _sized(index, thing):
        return -4.0
    if start < sentence.start or reach[0] <= start < reach[1]:
        return 0.0
    between = text[thing.end or 0 : share_start]
    score = 0.0
    verb = _VERB_CUE.search(text, max(start, share_start - 40), share_start)
    clause = _CLAUSE_BREAK.search(between)
    later = [
        t
        for t in _later_kin(index, thing, share_start)
        if not _set_off(index, t) and not _PARTITIVE.search(_before(index, t))
    ]
    if clause is None and not later:
        if verb is None and _set_off_share(text, share_start):
            score += 2  # set off before the share: "640 ..., an acceptance rate of 45%"
        elif verb is not None and _subject(_past_relative(index, thing, verb.start())):
            score += 3
    if _COUNTED_OF.match(text, thing.end or 0):
        score += 3
    if _PARTITIVE.search(_before(index, thing)):
        score -= 4
    if _set_off(index, thing):
        score -= 4
    words = _WORDS.findall(_RELATIVE.sub(" ", _BRACKETED.sub(" ", between)))
    score -= 0.05 * max(0, len(words) - 2 * _NEAR)
    return score


def _set_off_share(text: str, pos: int) -> bool:
    """Whether the share at `pos` is set off after its part: "208 ..., or 40%", "640 ..., an
    acceptance rate of 45%" (a comma, a bracket or "or", then at most a share noun's few
    words), never the object of a verb ("so the two consume 53.7% of ...")."""
    floor = max(0, pos - _WINDOW)
    if _APPOSED.search(text, max(floor, pos - 10), pos):
        return True
    comma = text.rfind(",", floor, pos)
    noun = _NOUN_CUE.search(text, comma, pos) if comma >= 0 else None
    return noun is not None and len(_WORDS.findall(text, comma, noun.start())) <= 3


def _past_relative(index: _Index, thing: Thing, verb: int) -> str:
    """The words between an amount and a verb after it; a comma for an amount in a relative
    clause, which sizes what the clause says, not its subject ("Guangdong, which invested
    2 billion yuan, accounts for 15 percent of ...")."""
    text, end = index.text, thing.end or 0
    if _IN_RELATIVE.search(_before(index, thing)):
        return ","  # the relative clause's own amount: never the subject's part
    return text[end:verb]


def _subject(between: str) -> bool:
    """Whether the part before `between` is the share verb's subject: once relative clauses
    and brackets are set aside, only its noun's few words before the verb, none of another
    subject ("8.4 billion euros, which the council approved on Monday, amounts to", never
    "N34 trillion, the shortfall amounts to" nor "1.2 million visitors, and pupils, who come
    free, made up")."""
    left = _RELATIVE.sub(" ", _BRACKETED.sub(" ", between))
    words = [w.lower() for w in _WORDS.findall(left)]
    return len(words) <= _NEAR and _COORDINATORS.isdisjoint(words) and "," not in left


def _later_kin(index: _Index, thing: Thing, end: int) -> list[Thing]:
    """The amounts of a part's kind after it and before the share."""
    starts = index.thing_starts
    i = _bisect(starts, (thing.end or 0))
    found = []
    while i < len(starts) and starts[i] < end:
        other = index.thing(i)
        i += 1
        if other is thing or (other.end or 0) > end or _sized(index, other):
            continue
        if _same_kind(index, thing, other):
            found.append(other)
    return found
