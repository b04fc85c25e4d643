"""Totals and differences: figures that must add up or agree; `find_totals` reads them all.

- A total: parts listed "A, B and C" and the total stated right after them, with
  "a combined", "a total of", "totalling", "for a total of", "bringing the total to"
  before it or "in all", "in total", "altogether", "combined" after it ("grants of 4, 7
  and 9 billion euros, 22 billion in all"). The parts may each carry a short label
  ("12 billion for roads, 8 billion for rail and 5 billion for ports", "Germany 4
  billion, France 7 billion and Italy 9 billion"); the list must close with "and" or
  "plus" (`list close` in the cue vocabulary).
  Bare parts share the last part's scale and currency ("4, 7 and 9 billion euros").
  Two parts may stand in two clauses, the second opened by ", while" or ", and" ("unit
  A earned 1.2 billion rand, while unit B earned 0.9 billion rand, together 2.1 billion
  rand"), unless the total is a running one ("bringing the total to").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence

from claimcheck import vocabulary
from claimcheck.extract.answers import poll_answers
from claimcheck.extract.balances import (
    DIFFERENCE_BEFORE,
    DIFFERENCE_WORDS,
    balance_cue,
    balance_verb,
    read_balances,
    read_comparisons,
    read_differences,
    subtractions,
)
from claimcheck.extract.breakdowns import (
    bracketed_breakdowns,
    counted_totals,
    opened_breakdowns,
    opens_pointing_back,
    parts_named_back,
    parts_of_that,
    parts_of_wholes,
    pointed_breakdowns,
    read_breakdowns,
    split_total,
    totals_listed_after,
)
from claimcheck.extract.candidate_totals import candidate_totals, parallel_totals
from claimcheck.extract.changes import (
    OF_BACK_REFERENCE,
    Value,
    inherit,
    near,
    read_changes,
    splits,
    stated_values,
    states_a_gap,
)
from claimcheck.extract.complements import amount_wholes, complements
from claimcheck.extract.figures import hedge_start
from claimcheck.extract.lexicon import DIFFERENCE_COMPARATIVES, Keywords, any_of
from claimcheck.extract.listed_parts import (
    COMPARATIVE_AFTER,
    RUNNING,
    TOTAL_AFTER,
    TOTAL_BEFORE,
    WORD_WINDOW,
    joined_pair,
    keyed_values,
    list_before,
    subtracts_a_part,
    unit_key,
)
from claimcheck.extract.mentions import Mentions
from claimcheck.extract.named_sides import named_sides
from claimcheck.extract.net_changes import read_contributions, read_net_changes
from claimcheck.extract.remainders import (
    lists_closed_by_rest,
    read_remainders,
    read_shares,
    share_lists,
)
from claimcheck.extract.slices import largest_parts
from claimcheck.extract.sums import read_listed_sums, read_sums
from claimcheck.model.claims import (
    ChangeClaim,
    DifferenceClaim,
    TotalClaim,
)

# A figure that multiplies or compares two others is no total, part or side of a gap:
# "four times as many men as women: 681,000 men and ...", "three to one".
_MULTIPLE_AFTER = re.compile(
    rf"-?\s*(?:{any_of(vocabulary.words('cues', 'multiple or ratio after'))})(?![\w-]|[.,]\d)",
    re.IGNORECASE,
)
# Between a count and the first part that splits it: a few words naming the count, a
# comma, and a breakdown cue or nothing ("37,800, made up of ", "320,300 jobs, ").
TOTAL_WORDS = Keywords(*vocabulary.words("cues", "total anchor", "total after"))
_RATE_UNITS = ("percent", "percentage_point")
# Between an amount and the first part that splits it: a few words naming it, a comma,
# and a breakdown cue ("in its first year, of which"), or a loose list's word before a
# part that points back to it (", with £1.9 billion of that").
_SPLIT_AFTER = re.compile(
    r"(?:\s+[^\W_][\w-]*){0,6},\s+"
    rf"(?:(?P<word>{any_of(vocabulary.words('cues', 'breakdown', 'breakdown open'))})\s+"
    rf"|(?:{any_of(vocabulary.words('cues', 'breakdown loose'))})\s+)?",
    re.IGNORECASE,
)
_COMPARED_WORDING = frozenset(
    (
        *DIFFERENCE_COMPARATIVES,
        *vocabulary.words("directions", "compare up", "compare down"),
    )
)


def find_totals(mentions: Mentions) -> list[TotalClaim | DifferenceClaim]:
    """Every stated total with its listed parts, and every stated difference with its values.

    A stated change ("rose 5 percent") is neither a part nor one of the two values, unless
    a balance names it ("a natural increase of 139,100"); nor is a multiple or a ratio.
    """
    text = mentions.text
    named = DIFFERENCE_WORDS.positions(text)
    stated_changes = read_changes(mentions)
    every = stated_values(mentions)
    changes = {
        b.start
        for change in stated_changes
        if not (states_a_gap(change) or _compares_amounts(change))
        for b in change.by
        if not (named and _named_balance(mentions, named, b))
    } - _split_up(mentions, every, stated_changes)
    unmultiplied = _no_multiples(text, every)
    values = [v for v in unmultiplied if v.start not in changes]
    differences = [*read_differences(mentions, values, named), *read_comparisons(mentions, values)]
    read = {d.difference.start for d in differences}
    balances = list(read_balances(mentions, values, read, named))
    read |= {b.difference.start for b in balances}
    balances += [d for d in named_sides(mentions, values) if d.difference.start not in read]
    # a balance's two sides after a colon are not its parts: "a deficit of $4.6 billion:
    # exports $37.1 billion, imports $32.5 billion"
    balanced = {b.difference.start for b in balances}
    shares = read_shares(values, stated_changes)
    totals = [
        *_totals(mentions, values),
        *(
            b
            for b in read_breakdowns(mentions, values, _newer(stated_changes))
            if b.total.start not in balanced and not _offset(mentions, values, b)
        ),
        *opened_breakdowns(mentions, values),
        *pointed_breakdowns(mentions, values),
        *bracketed_breakdowns(mentions, values),
        *parts_of_that(mentions, values),
        *totals_listed_after(mentions, values, stated_changes),
        *parts_named_back(mentions, values, read | balanced),
        *parts_of_wholes(mentions, values, _earlier(stated_changes)),
        *largest_parts(mentions, values),
        *counted_totals(mentions, values),
        *read_remainders(mentions, shares),
        *share_lists(mentions, shares),
        *poll_answers(mentions, shares),
        *read_contributions(mentions),
        *read_net_changes(mentions),
    ]
    totals = _once(totals)
    # a whole or a rest another reader has read ("trade of $815.9 billion, made up of
    # exports ...", "Of that, ... the remaining 4.26 billion") is that reading's
    read_totals = {total.total.start for total in totals}
    totals += [t for t in amount_wholes(mentions, values) if t.total.start not in read_totals]
    read_parts = {part.start for total in totals for part in total.parts}
    totals += [
        t for t in lists_closed_by_rest(mentions, values) if t.parts[-1].start not in read_parts
    ]
    # a split a breakdown already reads ("made up of 32,100 full-time and 5,700 part-time")
    # is its breakdown's, whatever count comes before it
    listed = [{part.start for part in total.parts} for total in totals]
    related = {v.start or 0 for t in totals for v in (t.total, *t.parts)}
    related |= {start or 0 for start in read | balanced}
    # two parts whose words make them whole ("urban" and "rural") are read so, not as an
    # open list ("came to ..., with urban shoppers spending ... and rural ones ...")
    splits = [
        c
        for c in complements(mentions, values)
        if not any({p.start for p in c.parts} <= parts for parts in listed)
    ]
    related |= {v.start or 0 for t in splits for v in (t.total, *t.parts)}
    sums = [
        *read_sums(mentions, values, related),
        *read_listed_sums(mentions, values, related),
        *splits,
    ]
    related |= {v.start or 0 for t in sums for v in (t.total, *t.parts)}
    related |= {v.start or 0 for d in (*differences, *balances) for v in (d.minuend, d.subtrahend)}
    # a part the text subtracts ("-€8 million", "a loss of €8 million") read as added
    # would raise a false alarm: such a total is not read, whichever reader read it
    totals, sums = _unsigned(text, totals), _unsigned(text, sums)
    # a level whose move the text sizes in its own unit may be split, or its size may
    # ("rose by 21,400 to 11,902,300, 17,600 of them full-time"): parts so worded leave it
    # unsaid which
    moved = _sized_levels(stated_changes)
    totals, sums = _level_sure(text, totals, moved), _level_sure(text, sums, moved)
    # last, a split no reader above read, its total chosen by the words alone; a change's
    # size may be split too ("raised $8.4 million, split between ...")
    fallback = [
        *candidate_totals(
            mentions, unmultiplied, changes, related, _parts_only(totals, read | balanced)
        ),
        *parallel_totals(mentions, unmultiplied, changes, related),
    ]
    return [
        *totals,
        *sums,
        *_level_sure(text, _unsigned(text, fallback), moved),
        *differences,
        *balances,
        # a subtraction's result may be read as a change's size too: "added 232,100"
        *subtractions(mentions, stated_values(mentions)),
    ]


def _unsigned(text: str, totals: Iterable[TotalClaim]) -> list[TotalClaim]:
    """The totals less those whose text subtracts a part read as added, whichever reader
    read them (`subtracts_a_part`)."""
    return [total for total in totals if not subtracts_a_part(text, total)]


# Words right after a part that may make it a part of a move's size, not of its level.
_PART_OF_A_SIZE = re.compile(
    rf"\s+(?:of\s+{vocabulary.pattern(vocabulary.words('cues', 'size part pronouns'))}"
    rf"|{vocabulary.pattern(vocabulary.words('cues', 'size part words'))})",
    re.IGNORECASE,
)


def _sized_levels(changes: Iterable[ChangeClaim]) -> set[int | None]:
    """Where each level a move reached starts, whose size the text states in its unit."""
    return {
        change.to_value.start
        for change in changes
        if change.to_value is not None
        and any(unit_key(size) == unit_key(change.to_value) for size in change.by)
    }


def _level_sure(
    text: str, totals: Iterable[TotalClaim], moved: set[int | None]
) -> list[TotalClaim]:
    """The totals less those whose whole is a sized move's level and whose parts may be the
    size's: "rose by 21,400 to 11,902,300, 17,600 of them full-time", "with 17,600 more
    full-time jobs"."""
    return [
        total
        for total in totals
        if total.total.start not in moved
        or not any(_PART_OF_A_SIZE.match(text, p.end or 0) for p in total.parts)
    ]


def _parts_only(totals: Sequence[TotalClaim], read: set[int | None]) -> set[int]:
    """Where each figure starts that the totals read only as a part."""
    wholes = {t.total.start for t in totals} | read
    return {p.start or 0 for t in totals for p in t.parts if p.start not in wholes}


def _no_multiples(text: str, values: Sequence[Value]) -> list[Value]:
    """The values less the multiples and ratios ("four times", "three to one"), and a
    ratio's second figure ("five to 1")."""
    kept, reach = [], 0
    for value in values:
        multiple = _MULTIPLE_AFTER.match(text, value.end or 0)
        if multiple is None and (value.start or 0) >= reach:
            kept.append(value)
        reach = max(reach, multiple.end() if multiple else 0)
    return kept


def _split_up(
    mentions: Mentions, values: Sequence[Value], changes: Sequence[ChangeClaim]
) -> set[int | None]:
    """Where each count starts that the parts listed right after it split: "employment
    jumped by 37,800, made up of 32,100 full-time and 5,700 part-time", "added 320,300
    jobs, 282,800 of them full-time and 37,500 part-time"; and each amount a change states
    alone, with no level beside it, that the parts after it split ("the levy raised £2.2
    billion, with £1.9 billion of that going to schools") or the next sentence does,
    pointing back to it ("Sales rose $3 billion. Of that, ..."). A change's size so split
    is the total of its parts. Not a rate: "5%, including 3% from Asia"."""
    text = mentions.text
    alone = {
        c.by[0].start
        for c in changes
        if c.from_value is None
        and c.to_value is None
        and len(c.by) == 1
        and unit_key(c.by[0]) not in _RATE_UNITS
    }
    found: set[int | None] = set()
    for value, following in itertools.pairwise(values):
        if not unit_key(value) and splits(text, value, following):
            found.add(value.start)
        elif value.start in alone:
            cue = _SPLIT_AFTER.fullmatch(text, value.end or 0, hedge_start(text, following))
            if cue and (cue["word"] or OF_BACK_REFERENCE.match(text, following.end or 0)):
                found.add(value.start)
    starts = {v.start: v for v in values}
    found |= {s for s in alone if s in starts and opens_pointing_back(mentions, starts[s])}
    return found


def _once(totals: Sequence[TotalClaim]) -> list[TotalClaim]:
    """The totals, each set of figures read once: the first reading of a total and its
    parts wins ("$6,255 million. Its hotels accounted for $5,603 million of that, and other
    items for the rest, $652 million" is a part and the rest, not also a list)."""
    seen: set[tuple[int | None, frozenset[int | None]]] = set()
    kept = []
    for total in totals:
        figures = (total.total.start, frozenset(part.start for part in total.parts))
        if figures not in seen:
            seen.add(figures)
            kept.append(total)
    return kept


def _newer(changes: Sequence[ChangeClaim]) -> dict[int, Value]:
    """Each change's new value by where its earlier value starts."""
    return {
        change.from_value.start or 0: change.to_value
        for change in changes
        if change.from_value is not None and change.to_value is not None
    }


def _earlier(changes: Sequence[ChangeClaim]) -> set[int | None]:
    """Where each change's earlier value starts, when it states its new one too."""
    return {c.from_value.start for c in changes if c.from_value and c.to_value}


def _named_balance(mentions: Mentions, positions: Sequence[int], value: Value) -> bool:
    """Whether a balance word just before a value names it ("a natural increase of
    139,100"), or a balance verb between two sides sizes it ("exports of $46.8 billion
    topped imports of $46.1 billion by $724 million")."""
    text, start = mentions.text, value.start or 0
    if not near(positions, start - WORD_WINDOW, start):
        return False
    if DIFFERENCE_BEFORE.search(text, max(0, start - WORD_WINDOW), hedge_start(text, value)):
        return True
    return balance_verb(text, mentions.document.sentence_at(start), value) is not None


def _offset(mentions: Mentions, values: Sequence[Value], total: TotalClaim) -> bool:
    """Whether the parts of a balance listed after it are offset by a balance of its kind
    later in the sentence, which the list leaves out: "a surplus of €17 billion: goods
    contributed €30 billion and services €5 billion, while deficits of €11 billion ..."."""
    text, document = mentions.text, mentions.document
    sentence = document.sentence_at(total.total.start or 0)
    if balance_cue(text, sentence, total.total) is None:
        return False
    last, key = total.parts[-1].end or 0, unit_key(total.total)
    return any(
        last <= (v.start or 0) < sentence.end
        and unit_key(v) == key
        and balance_cue(text, sentence, v) is not None
        for v in values
    )


def _compares_amounts(change: ChangeClaim) -> bool:
    """Whether a change is a comparison sized in its values' own currency or unit that the
    changes reader found only one value for, which the comparisons reader reads as a
    difference with the value before it: "£121.6 billion in 2011/12, which was £4.4
    billion short of the £126.0 billion"; or in points: "0.8 point below the 8.2%". Its
    value is no size when a verb sets it against another ("spending of Rs3.36 trillion
    outstripping revenue of Rs2.33 trillion"), and stays free for a balance's side."""
    return (
        change.to_value is None
        and " ".join(change.wording.lower().split()) in _COMPARED_WORDING
        and bool(change.by)
        and all(unit_key(by) not in ("percent", "") for by in change.by)
    )


def _totals(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
    text = mentions.text
    keyed = keyed_values(mentions, values, TOTAL_WORDS.positions(text), TOTAL_BEFORE, TOTAL_AFTER)
    for index, total, sentence, before, after in keyed:
        if COMPARATIVE_AFTER.match(text, total.end or 0):
            continue  # a gap, not the total: "together $0.5 billion more than last year"
        start = total.start or 0
        gap_end = before.start() if before else start
        running = before is not None and RUNNING.match(before.group("word")) is not None
        parts = list_before(
            text, values, index, gap_end, sentence, keyword_after=bool(after), running=running
        )
        if len(parts) < 2 and not running:
            # not a running total: "..., while France added $1bn, bringing the total to"
            parts = joined_pair(text, values, index, gap_end, sentence, keyword_after=bool(after))
        if len(parts) < 2:
            continue
        like = parts[-1] if unit_key(parts[-1]) else total
        parts = [inherit(p, like) for p in parts]
        total = inherit(total, parts[-1])
        word = before or after
        assert word is not None
        span = parts[0].start or 0, after.end() if after else total.end or 0
        # a running total may hold figures from before the list: the parts may fall short
        wording = " ".join(word.group("word").split())
        yield split_total(text, total, parts, wording, open_list=running, span=span)
