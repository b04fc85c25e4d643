"""Fallback totals: a total, a breakdown cue and its parts, read as scored candidates.

Runs after every other totals reader, only on cues whose figures none of them read. It
reads a total stated first and split after a cue in its own sentence, whatever words
stand between the figures: "The fund holds £4.1 billion, which trustees review yearly,
made up of £2.6 billion in bonds bought since 2019 and £1.5 billion of shares".

- Cue: a breakdown cue (`breakdown`, all the parts: "made up of", "split between") or
  "of which" (`breakdown one part`, some of them), as in the cue vocabulary. Not
  "including" or "provides": they may attach to a noun before the nearest figure, or to
  a list, which the words rarely pin down.
- Parts: the figures after the cue, up to a clause end ("; ", ": ", ", while", a nested
  cue, a figure pointing back: "of them"), all of one currency or unit. A list of all
  the parts must close with "and" or "plus" before its last part and have it last; one
  after "of which" may stop anywhere and have one part, its first right after the cue:
  the parts may fall short of the total, never exceed it ("of which a gain of $7
  billion" may). A figure restated in brackets right after another, a value compared
  with ("from", "against", "more than") and a change's size ("up 300") are no parts. A
  part its own words subtract ("-€8m", "a loss of €8m") leaves the total unread, as for
  every totals reader (`subtracts_a_part` in listed_parts).
- Total: each figure of the parts' currency or unit before the cue in its clause is a
  candidate, scored on the words alone: `_NEAR` less one for each word between it and
  the cue, less `_CROSSED` for each figure of its kind it stands behind, plus
  `_NAMED_BONUS` when a word names it a total ("total debt of"); none more than
  `_FARTHEST` words before the cue. A figure compared with is none. The best is kept
  only when it beats the next by `MARGIN` (otherwise no claim), never by whether the
  parts add up.
- Not read: percentages (parts of a rate need a base the words rarely fix), a balance
  or net figure (its parts may be losses), and a total per unit or period ("an average
  of 600 a day, of which 4,278 were delayed": the parts are of the month's flights).

`parallel_totals` reads the other order, parts before a total's cue ("for a total of",
"in all"), with changes and other words between them, when every figure of the total's
kind in its clause follows the same preposition: "the northern park grew 6% to 41.2
million francs, the lakeside one 3% to 28.5 million francs, for a total of 69.7
million francs". One after another word ("worth 28.5 million") leaves it unread.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from claimcheck import vocabulary
from claimcheck.extract.balances import balance_cue
from claimcheck.extract.breakdowns import split_total
from claimcheck.extract.changes import Value, inherit
from claimcheck.extract.figures import hedge_start
from claimcheck.extract.lexicon import PER_UNIT_AFTER, REPORTING_ASIDE, Keywords, any_of
from claimcheck.extract.listed_parts import COMPARATIVE_AFTER, unit_key
from claimcheck.extract.mentions import Mentions
from claimcheck.model.claims import TotalClaim


def _words(file: str, *names: str, before: str = "", after: str = "") -> re.Pattern[str]:
    """Any word of the vocabulary sections `names` of `file`, whole, between `before` and
    `after`."""
    spelled = any_of(vocabulary.words(file, *names))
    return re.compile(rf"{before}(?<![\w-])(?:{spelled})(?![\w-]){after}", re.IGNORECASE)


_WHOLE = frozenset(vocabulary.words("cues", "breakdown"))
# Of the open cues, only "of which": "including" and the verbs ("provides") may attach to
# a noun before the nearest figure, or to a list, which the words rarely pin down.
_OPEN = frozenset(vocabulary.words("cues", "breakdown one part"))
_CUE = _words("cues", "breakdown", "breakdown one part")
_CUE_WORDS = Keywords(*vocabulary.words("cues", "breakdown", "breakdown one part"))
# The list's close before its last part: "and" or "plus" with no comma after it.
_CLOSE = _words("cues", "list close", after=r"\s[^,]*\Z")
# A clause end: parts never run past it, and a total never stands behind it.
_CLAUSE_END = re.compile(
    rf"[;:]|\s[-\u2013\u2014]\s|,\s+(?:{any_of(vocabulary.words('clauses', 'contrasts'))}"
    r"|but|yet)(?![\w-])",
    re.IGNORECASE,
)
# Words right before a figure that make it a value compared with or a change's size.
_ROLE_BEFORE = _words("cues", "candidate part never after", after=r"\s+\Z")
# A figure pointing back to the one before it is its part, not the next in the list:
# "96 million voters, 21 million of them young".
_OF_BACK = _words("clauses", "pointing back", "pointing back to a group", before=r"\s+of\s+")
_WORD = re.compile(r"[^\W\d_][\w'-]*")
# An attribution right before the cue, whose words put a total no farther from it: "zł1.21
# trillion on deposit at the end of 2023[, Narodowy Bank Polski data show], of which".
_REPORTED_LAST = re.compile(rf"{REPORTING_ASIDE}(?=\s*,?\s*\Z)", re.IGNORECASE)
# A word naming a figure as a total in the few words before it: "total debt of".
_NAMED = _words("cues", "total named", after=r"(?:\W+[^\W\d_][\w'-]*){0,3}\W+\Z")
# A total's cue right before it ("for a total of") or right after it ("in all") ...
_TOTAL_BEFORE = _words("cues", "total before", after=r"\s+\Z")
_TOTAL_AFTER = _words("cues", "total after", before=r"\s+")
_TOTAL_WORDS = Keywords(*vocabulary.words("cues", "total before", "total after"))
# ... and the preposition right before each part of a parallel list before it: "sales to
# the EU rose 11.1% to 627.5 billion euros, those to third countries 4.1% to 341.5".
_MARKER = _words("cues", "governing prepositions", after=r"\s+\Z")
_BRACKET = re.compile(r"\s*\(\s*\Z")
_NEAR = 12  # a total candidate's score with no word between it and the cue
_NAMED_BONUS = 4  # what a word naming a candidate as a total adds to its score
_CROSSED = 2  # the cost of each figure of its kind between a candidate and the cue
MARGIN = 3  # how far the best total must score above the next to be read
_FARTHEST = 10  # the most words between a total and its cue
_WINDOW = 160  # the farthest a total stands before its cue, and a part after the last


def candidate_totals(
    mentions: Mentions,
    values: Sequence[Value],
    sizes: set[int | None],
    taken: set[int],
    parts_only: set[int],
) -> Iterator[TotalClaim]:
    """The totals split after a cue that no other reader read (see the module): no figure
    of one is in `taken`, but its total may be a part of another total (`parts_only`).
    A change's size (in `sizes`) may be a total, never a part."""
    text, document = mentions.text, mentions.document
    starts = [v.start or 0 for v in values]
    for at in _CUE_WORDS.positions(text):
        cue = _CUE.match(text, at)
        if cue is None:
            continue
        sentence = document.sentence_at(cue.start())
        word = " ".join(cue.group().lower().split())
        first = bisect.bisect_left(starts, cue.end())
        found = _parts(text, values, first, (cue.end(), sentence.end), word in _WHOLE, sizes)
        if not found:
            continue
        parts = found
        key = unit_key(parts[-1]) or unit_key(parts[0])
        if key == "percent" or (len(parts) < 2 and word not in _OPEN):
            continue
        if word in _OPEN and text[cue.end() : hedge_start(text, parts[0])].strip():
            continue  # "of which a one-off gain of $7 billion": a part that may exceed it
        total = _total(text, values, first, max(sentence.start, cue.start() - _WINDOW), cue, key)
        if total is None or balance_cue(text, sentence, total) is not None:
            continue
        if PER_UNIT_AFTER.match(text, total.end or 0):
            continue  # a rate has no parts: "an average of 600 a day, of which 4,278 ..."
        if (total.start or 0) in taken - parts_only or {p.start or 0 for p in parts} & taken:
            continue
        parts = [inherit(p, total) for p in parts]
        if any(unit_key(p) != unit_key(total) for p in parts):
            continue
        yield split_total(text, total, parts, word, word in _OPEN)


def _parts(
    text: str,
    values: Sequence[Value],
    first: int,
    span: tuple[int, int],
    whole: bool,
    sizes: set[int | None],
) -> list[Value] | None:
    """The parts after a cue (in `span`, from the cue to its sentence's end); None when a
    list of all parts (`whole`) never closes, or when a
    figure of its kind follows the close in its clause (the list may run on: "A for
    schools and hospitals, B for roads, and C")."""
    parts: list[Value] = []
    reach, stop = span
    closed = False
    for index in range(first, len(values)):  # to the sentence's end: no copy of the rest
        value = values[index]
        start = value.start or 0
        gap = text[reach:start]
        if start >= stop or start - reach > _WINDOW or _CLAUSE_END.search(gap):
            break
        if parts and (_CUE.search(gap) or _OF_BACK.match(text, value.end or 0)):
            break
        same = not parts or unit_key(value) == unit_key(parts[-1])
        if closed:
            return None if same else parts
        if (
            (parts and _BRACKET.fullmatch(gap))
            or _ROLE_BEFORE.search(gap)
            or COMPARATIVE_AFTER.match(text, value.end or 0)
            or value.start in sizes
            or not same
        ):
            reach = value.end or 0
            continue  # a restatement, a value compared with, a change, another kind: "up 4%"
        parts.append(value)
        reach = value.end or 0
        closed = len(parts) > 1 and _CLOSE.search(gap) is not None
    if closed or (parts and not whole):
        return parts
    return None


def _total(
    text: str, values: Sequence[Value], first: int, floor: int, cue: re.Match[str], key: str
) -> Value | None:
    """The total the cue splits: the best scored candidate before it, by `MARGIN`."""
    scored: list[tuple[int, Value]] = []
    crossed = 0
    for index in range(first - 1, -1, -1):
        value = values[index]
        start = value.start or 0
        if start < floor:
            break
        gap = text[value.end or 0 : cue.start()]
        if _CLAUSE_END.search(gap):
            break
        if unit_key(value) not in (key, ""):
            continue
        reported = _REPORTED_LAST.search(gap)
        words = len(_WORD.findall(gap, 0, reported.start() if reported else len(gap)))
        if not (
            words > _FARTHEST
            or _ROLE_BEFORE.search(text, max(floor, start - 20), start)
            or COMPARATIVE_AFTER.match(text, value.end or 0)
        ):
            named = _NAMED.search(text, max(floor, start - 40), start) is not None
            scored.append((_NEAR - words - _CROSSED * crossed + _NAMED_BONUS * named, value))
        crossed += 1
    scored.sort(key=lambda pair: -pair[0])
    if not scored or (len(scored) > 1 and scored[0][0] - scored[1][0] < MARGIN):
        return None
    return scored[0][1]


def parallel_totals(
    mentions: Mentions, values: Sequence[Value], sizes: set[int | None], taken: set[int]
) -> Iterator[TotalClaim]:
    """A total after its cue ("for a total of", "in all") whose parts before it, in its
    clause, each follow the same preposition, whatever words stand between them: "sales
    to the EU rose 11.1% to 627.5 billion euros, those to third countries 4.1% to 341.5
    billion euros, for a total of 969.0 billion euros". Every figure of the total's kind
    in the clause is a part (a change's size, a value compared with and a restatement in
    brackets are none), or no claim: one whose preposition differs ("worth $20bn")
    makes the reading unclear."""
    text, document = mentions.text, mentions.document
    if not _TOTAL_WORDS.positions(text):
        return
    for index, total in enumerate(values):
        opening = hedge_start(text, total)
        before = _TOTAL_BEFORE.search(text, max(0, opening - 30), opening)
        after = _TOTAL_AFTER.match(text, total.end or 0)
        cue = before or after
        if cue is None or unit_key(total) in ("percent", "") or (total.start or 0) in taken:
            continue
        sentence = document.sentence_at(total.start or 0)
        reach = cue.start() if before else opening
        parts = _parallel(text, values, index, (sentence.start, reach), sizes)
        if not parts or {p.start or 0 for p in parts} & taken:
            continue
        if balance_cue(text, sentence, total) is not None:
            continue
        span = (parts[0].start or 0, after.end() if after else total.end or 0)
        yield split_total(text, total, parts, " ".join(cue.group().split()), span=span)


def _parallel(
    text: str,
    values: Sequence[Value],
    index: int,
    span: tuple[int, int],
    sizes: set[int | None],
) -> list[Value] | None:
    """The parts before the total at `index` in `span` back to its clause's start, when
    two or more and each after the same preposition; None when a bare figure may be one
    ("4, 7 and 9 billion")."""
    floor, reach = span
    key = unit_key(values[index])
    parts: list[Value] = []
    markers: set[str] = set()
    for back in range(index - 1, -1, -1):
        value = values[back]
        start, opening = value.start or 0, hedge_start(text, value)
        gap = text[value.end or 0 : reach]
        if start < floor or _CLAUSE_END.search(gap):
            break
        if not unit_key(value) and start not in sizes:
            return None
        if unit_key(value) != key or (
            start in sizes
            or _ROLE_BEFORE.search(text, max(floor, start - 20), opening)
            or COMPARATIVE_AFTER.match(text, value.end or 0)
            or _BRACKET.search(text, max(floor, opening - 3), opening)
        ):
            reach = start
            continue
        if parts and not ("," in gap or " and " in gap):
            return None
        marker = _MARKER.search(text, max(floor, opening - 16), opening)
        markers.add(marker.group().strip().lower() if marker else "")
        parts.append(value)
        reach = start
    if len(parts) < 2 or len(markers) != 1 or "" in markers:
        return None
    return parts[::-1]
