"""Sums: a total named before a cue and the parts listed after it, read over a sentence's figures.

"Railways get Rs 1,137 crore (Rs 11.37 billion): Rs 237 crore for modernisation and
Rs 900 crore for the rest"; "Health gets R259.2 billion, to be split between district
services (R113.1 billion), ... and other services (R46.0 billion)"; "Exports totalled
$9.4 billion, with cars bringing in $5.1 billion and parts $3.2 billion". Strictly:

- the total is money, a measure or a count, the one figure of its kind before the cue in
  its sentence, a few plain words before the cue, not compared with, not a balance
  ("net", "loss") and not a share of a whole ("most of");
- every part is written in the total's currency or unit, in its scale or the next one
  down, labelled alike, and the list runs to the end of its clause, closed by "and" or
  "plus", with no figure of another kind, year, period, count, comparison, change or
  nested split between its parts;
- after a colon, "came from", ", with", "including", "of which" or "among" the list may
  leave parts out: the parts may fall short of the total but never exceed it.

A total after its parts ("Toyota took $2.1 billion and Honda $3.4 billion, for a combined
$5.5 billion"; "..., for total sales of $5.5 billion"; "..., £20.5 million in all") is read
as strictly: the parts are the only
figures of its kind before it in the sentence, the last named by a few words only, and a
total a list brings a running figure to ("bringing the total to") may hold more.

A figure in brackets right after another restates it and is skipped, and so is a first
figure in an aside after the sentence's subject, which describes it: "The firm, worth
$20bn, sold its shipping arm for $3bn and its port stake for $2bn, a total of $5bn". The
parts' signs are read as for every totals reader (`subtracts_a_part` in listed_parts).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from claimcheck import vocabulary
from claimcheck.document import Block
from claimcheck.extract.changes import OF_BACK_REFERENCE, TOKEN, Value, passed_over
from claimcheck.extract.figures import hedge_start
from claimcheck.extract.lexicon import Keywords, any_of
from claimcheck.extract.listed_parts import (
    BREAKDOWN_OPEN,
    BREAKDOWN_WORDS,
    COMPARATIVE_AFTER,
    COMPARED_WITH,
    LIST_CLOSERS,
    OPEN_LEADS,
    RUNNING,
    TOTAL_AFTER,
    TOTAL_BEFORE,
    WORD_WINDOW,
    YEAR_FIGURE,
    completed,
    labelled_alike,
    stated_plainly,
    unit_key,
)
from claimcheck.extract.mentions import Mentions
from claimcheck.model.claims import TotalClaim

# A colon or a dash set off by spaces opens a list as a colon does: "14 people — 9 in ...".
_CUES = Keywords(":", "—", "–", *BREAKDOWN_WORDS)
_CUE_AT = re.compile(
    rf":|—|(?<=\s)–(?=\s)|(?P<word>{any_of(BREAKDOWN_WORDS)})(?![\w-])", re.IGNORECASE
)
_WITH = re.compile(
    rf",\s*(?P<word>{vocabulary.pattern(vocabulary.words('cues', 'sum with'))})\s",
    re.IGNORECASE,
)
_TOTAL_WORD = re.compile(
    vocabulary.pattern(vocabulary.words("cues", "total links", "total named", "total before")),
    re.IGNORECASE,
)
# A total after its parts: the cue just before it ("for a combined", "bringing the total
# to") or just after it ("in all"); a total a list brings a running figure to may hold
# more than the list.
_TOTAL_ANCHORS = Keywords(*vocabulary.words("cues", "total anchor", "total after"))
_MAX_PART_LABEL = 4  # words naming the last part before the total's cue
_MAX_LINK = 2  # words between the comma after the last part and the cue: "making"
_STOPS = frozenset(vocabulary.words("cues", "sum list stops"))
_LISTED_STOPS = frozenset(
    (
        *vocabulary.words("cues", "sum periods"),
        *vocabulary.words("numbers", "ones", "teens", "tens"),
    )
)
# Words that make a total a balance of gains and losses, in its name or after it.
_BALANCE_WORDS = frozenset(vocabulary.words("cues", "sum balance names", "subtracted parts"))
_NAME_STOPS = _BALANCE_WORDS | frozenset(vocabulary.words("cues", "sum quantifiers"))
_NAME_WORDS = 6  # words before a total that name it
# Between parts: a breakdown of the part before, whose parts are not the list's.
_NESTED = re.compile(rf":|(?<![\w-])(?:{any_of(BREAKDOWN_WORDS)})(?![\w-])")
_OPEN_CUES = frozenset((*BREAKDOWN_OPEN, *vocabulary.words("cues", "sum open cues")))
_WHOLE_BEFORE_COLON = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('cues', 'sum whole before colon'))})(?![\w-])",
    re.IGNORECASE,
)
# A sentence's first figure in an aside after its subject, set off by commas, describes
# the subject: "The firm, worth $20bn, sold its shipping arm for $3bn and ...". The aside
# closes with a comma and no "and" or "plus" after it (a listed part may have an aside:
# "the schools programme, which gets Rs 2,000 crore, and ...").
_ASIDE_OPENS = re.compile(
    rf",\s*(?:{any_of(vocabulary.words('clauses', 'subject aside openers'))})(?![\w-])"
    r"[^,;:()]*\Z",
    re.IGNORECASE,
)
_ASIDE_CLOSES = re.compile(
    rf"[^,;:()]{{0,60}}?,\s+(?!(?:{any_of(vocabulary.words('cues', 'list close'))})(?![\w-]))"
    r"[^\W\d_]",
    re.IGNORECASE,
)
_CLAUSE_ENDS = frozenset(";—–")
_MAX_LABEL = 9  # words between the total and its cue
_MAX_LEAD = 6  # words between the cue and the first part
_MAX_GAP = 12  # words between two parts
_SCALE_STEP = 1000  # a part may be written one scale below its total, never above


@dataclass(frozen=True)
class _Figure:
    """A figure of a sentence with its currency or unit, as the sum reader tokenises it."""

    value: Value
    key: str

    @property
    def start(self) -> int:
        return self.value.start or 0

    @property
    def end(self) -> int:
        return self.value.end or 0


def read_sums(
    mentions: Mentions, values: Sequence[Value], claimed: set[int]
) -> Iterator[TotalClaim]:
    """Each total with the parts its cue lists, where no figure of it is in `claimed`
    (the starts of figures another reader related)."""
    text = mentions.text
    starts = [v.start or 0 for v in values]
    read: set[int] = set()
    sentence_figures: dict[int, _Listed] = {}  # made once a sentence, for all its cues
    for cue in _cues(text):
        sentence = mentions.document.sentence_at(cue.start())
        if sentence.start in read:
            continue
        if sentence.start not in sentence_figures:
            sentence_figures[sentence.start] = _Listed(_figures(text, values, starts, sentence))
        found = _sum(text, sentence_figures[sentence.start], cue, sentence)
        if not found:
            continue
        read.add(sentence.start)
        total, parts, is_open = found
        if {f.start for f in (total, *parts)} & claimed:
            continue
        yield TotalClaim(
            text=text[total.start : parts[-1].end],
            start=total.start,
            end=parts[-1].end,
            parts=tuple(p.value for p in parts),
            total=total.value,
            wording=" ".join((cue.group("word") or ":").lower().split()),
            open=is_open,
        )


def read_listed_sums(
    mentions: Mentions, values: Sequence[Value], claimed: set[int]
) -> Iterator[TotalClaim]:
    """Each total stated after the parts listed before it: "Toyota took $2.1 billion and
    Honda $3.4 billion, for a combined $5.5 billion"; none where a figure of it is in
    `claimed`."""
    text = mentions.text
    starts = [v.start or 0 for v in values]
    read: set[int] = set()
    for at in _TOTAL_ANCHORS.positions(text):
        sentence = mentions.document.sentence_at(at)
        if sentence.start in read:
            continue
        read.add(sentence.start)
        figures = _figures(text, values, starts, sentence)
        for index, total in enumerate(figures):
            found = _listed_sum(text, figures, index)
            if found is None:
                continue
            parts, word, is_open = found
            if {f.start for f in (total, *parts)} & claimed:
                continue
            yield TotalClaim(
                text=text[parts[0].start : total.end],
                start=parts[0].start,
                end=total.end,
                parts=tuple(p.value for p in parts),
                total=total.value,
                wording=word,
                open=is_open,
            )


def _listed_sum(
    text: str, figures: Sequence[_Figure], index: int
) -> tuple[list[_Figure], str, bool] | None:
    """The parts listed before figures[index], its cue and whether the total may hold more
    than they do; None unless a cue names it the parts' total."""
    total = figures[index]
    if index < 2 or not total.key or total.key in ("percent", "percentage_point"):
        return None
    if COMPARATIVE_AFTER.match(text, total.end):
        return None  # a gap: "together $0.5 billion more than last year"
    last = figures[index - 1]
    start = hedge_start(text, total.value)
    before = TOTAL_BEFORE.search(text, last.end, start)
    after = None if before else TOTAL_AFTER.match(text, total.end)
    if before is None and after is None:
        return None
    # past an aside before the total: "and roads $2.1 billion[, the ministry said,] bringing"
    label = list(passed_over(TOKEN.findall(text, last.end, before.start() if before else start)))
    comma = max((i for i, t in enumerate(label) if t == ","), default=len(label))
    own, link = label[:comma], label[comma + 1 :]  # "in loans", "making"
    if (
        len(own) > _MAX_PART_LABEL
        or len(link) > _MAX_LINK
        or not _plain(label)
        or _CLAUSE_ENDS.intersection(label)
        or _separates(own)
        or _closes(link)
        or (after and (own or link))
    ):
        return None
    parts = _parts_before(text, figures, index)
    if parts is None:
        return None
    cue = before or after
    assert cue is not None
    word = " ".join(cue.group("word").lower().split())
    return parts, word, bool(RUNNING.search(word))


def _parts_before(text: str, figures: Sequence[_Figure], index: int) -> list[_Figure] | None:
    """The parts listed just before figures[index], the last after "and" or "plus"; None
    unless they are the only figures of the total's kind before it in its sentence."""
    total = figures[index]
    parts = [figures[index - 1]]
    first = index - 1
    for figure in reversed(figures[: index - 1]):
        gap = TOKEN.findall(text, figure.end, hedge_start(text, parts[0].value))
        closing = len(parts) == 1
        if (
            figure.key != total.key
            or _CLAUSE_ENDS.intersection(gap)
            or len(gap) > _MAX_GAP
            or not _plain(gap)
            or _closes(gap) != closing
            or not (closing or "," in gap)
        ):
            break
        parts.insert(0, figure)
        first -= 1
    lead = TOKEN.findall(text, figures[first - 1].end if first else 0, parts[0].start)
    if (
        len(parts) < 2
        or any(f.key == total.key for f in figures[:first])
        or lead[-1:] == [","]
        or _closes(lead[-1:])
        or not all(_part_of(total, p) for p in parts)
        or not labelled_alike(text, [p.value for p in parts])
    ):
        return None
    return parts


def _cues(text: str) -> list[re.Match[str]]:
    """The cues that may open a list of parts after a total, in text order."""
    cues = (_CUE_AT.match(text, at) for at in _CUES.positions(text))
    return sorted((*(c for c in cues if c), *_WITH.finditer(text)), key=lambda c: c.start())


def _figures(
    text: str, values: Sequence[Value], starts: Sequence[int], sentence: Block
) -> list[_Figure]:
    """The figures of a sentence, without those in brackets right after another figure
    and one in an aside that describes the sentence's subject (`_ASIDE_OPENS`)."""
    figures: list[_Figure] = []
    low = bisect.bisect_left(starts, sentence.start)
    for value in values[low : bisect.bisect_left(starts, sentence.end)]:
        opening = hedge_start(text, value)
        if figures and text[figures[-1].end : opening].strip() == "(":
            continue
        if (
            not figures
            and _ASIDE_OPENS.search(text, sentence.start, opening)
            and _ASIDE_CLOSES.match(text, value.end or 0)
        ):
            continue
        figures.append(_Figure(value, unit_key(value)))
    return figures


class _Listed:
    """A sentence's figures, looked up by position."""

    def __init__(self, figures: list[_Figure]) -> None:
        self.figures = figures
        self._starts = [f.start for f in figures]
        self._ends = [f.end for f in figures]

    def before(self, pos: int) -> list[_Figure]:
        """The figures that end by `pos`."""
        return self.figures[: bisect.bisect_right(self._ends, pos)]

    def after(self, pos: int) -> list[_Figure]:
        """The figures that start at or after `pos`."""
        return self.figures[bisect.bisect_left(self._starts, pos) :]


def _sum(
    text: str, figures: _Listed, cue: re.Match[str], sentence: Block
) -> tuple[_Figure, list[_Figure], bool] | None:
    """The total before the cue, its parts after it and whether the list is open.

    After ", with" the total must be named by a word of a total ("totalled", "overall", "a
    combined").
    """
    before = figures.before(cue.start())
    after = figures.after(cue.end())
    if not before or not after:
        return None
    total = before[-1]
    if not _names_total(text, total, before, cue.start()):
        return None
    with_cue = cue.re is _WITH
    if with_cue and not _TOTAL_WORD.search(text, sentence.start, hedge_start(text, total.value)):
        return None
    lead = TOKEN.findall(text, cue.end(), hedge_start(text, after[0].value))
    if len(lead) > _MAX_LEAD or not _plain(lead) or "," in lead or _closes(lead):
        return None  # "$4 billion came from China, $2 billion from ...": no total
    parts = _parts(text, total, after)
    if parts is None or not _plain(_tail(text, parts[-1])):
        return None
    word = " ".join((cue.group("word") or ":").lower().split())
    is_open = with_cue or word in _OPEN_CUES or bool(OPEN_LEADS.search(" ".join(lead)))
    if word == ":" and not with_cue and not OPEN_LEADS.search(" ".join(lead)):
        # "The 220 seats were divided as follows: ...": a colon after a split lists it all
        is_open = not _WHOLE_BEFORE_COLON.search(text, total.end, cue.start())
    # "including 19,000 in Germany, 8,500 in France and 6,500 elsewhere": all of it
    is_open = is_open and not completed(text, [p.value for p in parts])
    return total, parts, is_open


def _names_total(text: str, total: _Figure, before: Sequence[_Figure], cue: int) -> bool:
    """Whether a figure stands alone as the total a cue breaks down: money, a measure or a
    count ("14 people: 9 in the north and ..."), the only one of its kind before the cue,
    with a few plain words to the cue, outside any bracket the cue stands in ("€21.4
    billion (2023: €20.1 billion)" labels the year before), and not a value compared with
    ("above the $4 billion of 2018:")."""
    if total.key in ("percent", "percentage_point"):
        return False
    if any(f.key == total.key for f in before[:-1]):
        return False
    label = TOKEN.findall(text, total.end, cue)
    start = hedge_start(text, total.value)
    name = TOKEN.findall(text, max(0, start - WORD_WINDOW), start)[-_NAME_WORDS:]
    return (
        not _NAME_STOPS.intersection(t.lower() for t in name)
        and len(label) <= _MAX_LABEL
        and label.count("(") <= label.count(")")  # "€21.4bn (2023: €20.1bn)": a year's label
        and _plain(label, listed=False)
        and not _BALANCE_WORDS.intersection(t.lower() for t in label)
        and not COMPARED_WITH.search(text, max(0, start - WORD_WINDOW), start)
    )


def _parts(text: str, total: _Figure, after: Sequence[_Figure]) -> list[_Figure] | None:
    """The parts listed from the first figure after the cue to the one after "and" or
    "plus"; None unless every figure to the clause's end is such a part and none follows."""
    if not _part_of(total, after[0]):
        return None  # "District 332: 20.6%, 84.0%, ...": no list of its parts to read
    parts = [after[0]]
    closed = False
    for figure in after[1:]:
        gap = TOKEN.findall(text, parts[-1].end, hedge_start(text, figure.value))
        if closed:
            if figure.key == total.key and not _CLAUSE_ENDS.intersection(gap):
                return None  # a figure of the total's kind after the list: unclear
            continue
        if _CLAUSE_ENDS.intersection(gap):
            return None
        if len(gap) > _MAX_GAP or not _plain(gap) or not _separates(gap):
            return None
        parts.append(figure)
        closed = _closes(gap)
    if not closed or not all(_part_of(total, p) for p in parts):
        return None
    return parts if labelled_alike(text, [p.value for p in parts]) else None


def _separates(gap: Sequence[str]) -> bool:
    return "," in gap or _closes(gap)


def _closes(gap: Sequence[str]) -> bool:
    return any(t.lower() in LIST_CLOSERS for t in gap)


def _part_of(total: _Figure, part: _Figure) -> bool:
    """Whether a figure is written as a part of the total: its currency or unit, its
    scale or the one below (its sign is read for every totals reader alike)."""
    value, whole = part.value, total.value
    return (
        part.key == total.key
        and whole.multiplier <= value.multiplier * _SCALE_STEP
        and value.multiplier <= whole.multiplier
    )


def _tail(text: str, last: _Figure) -> list[str]:
    """The words after a list's last part to the end of its phrase."""
    tokens = (token.group() for token in TOKEN.finditer(text, last.end))
    return list(itertools.takewhile(lambda token: token not in ",;:.—–()", tokens))


def _plain(tokens: Sequence[str], *, listed: bool = True) -> bool:
    """Whether the words around figures join them plainly: no clause of their own,
    comparison, change, nested split or pointer back ("of it"), no estimate; between
    and after `listed` parts, no year, period word or count ("a year", "two payments")."""
    words = [t.lower() for t in tokens]
    joined = " " + " ".join(words)
    return (
        not _STOPS.intersection(words)
        and not _NESTED.search(joined)
        and not OF_BACK_REFERENCE.search(joined)
        and stated_plainly(tokens)
        # a capitalised number word between figures is a name: "with [Seven] contributing"
        and not (listed and _LISTED_STOPS.intersection(t for t in tokens if t.islower()))
        and not (listed and any(YEAR_FIGURE.fullmatch(t) for t in words))
    )
