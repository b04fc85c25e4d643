"""Breakdowns: a total and the parts listed after it, before it or pointing back to it.

- A breakdown: a total stated first and its parts after a cue ("made up of", "split
  into", "comprising", "came from", a colon, maybe after a period: "$14.6 billion in
  2024: ...") or opening the sentence ("Of the $12 billion allocated,
  $5 billion goes to rail and $4 billion to roads"). After "including", "of which" or
  "Of the ..." the list may leave parts out: the parts may fall short of the total but
  never exceed it, unless the rest closes the list ("Of the 3,200 jobs to be cut, 1,900
  will go in Germany and 800 in France, with the remaining 500 ..."): then they make it.
  After "Of the $1.8 billion received," one part may stand alone, and
  "Of that, ..." points back to the one figure of the part's currency or unit in the
  sentence before (past a figure it is compared with: "against $34.4 billion"), never to
  a percentage: shares "of that" are shares of what it measures, not parts of it. A part
  "of that" with "the remaining" rest after it points back the same way. A value a part
  is compared with ("gold $12.3bn, up from $9.9bn, and ...") is no part, and a list so
  set against earlier values may leave parts out; an open list labelled by two splits
  ("$6bn to Asia and $5bn of machinery") is no breakdown, nor a list after words that
  make its figures explain the total ("results were hit by ..."), nor parts per period
  or member ("$8.5m a year") of a total that is not.
- A total with its parts in brackets, each named by a word or two after it: "£14,842
  per person (£12,605 current, £2,237 capital)".
- A part with its whole ("£83 billion of the Chancellor's £103 billion package", "29
  million customers, 4 million of them on prepayment meters"): not above it.
- A total named so ("total", "combined", "turnover", "totalled", "in all") and its parts
  listed in the next sentence; a clause opening with the noun of a total stated earlier
  in its paragraph ("Exports ... €131.2 billion. Exports to the EU were worth €71.5
  billion and exports to Asia €39.7 billion, while imports ..."): the parts may fall
  short, never exceed it.
- A total counted back to the figures just listed ("Ontario 15.4 million, Quebec 8.8
  million and British Columbia 5.4 million; the three together held 29.6 million").
- One part right after "of which" ("£31.1 billion, of which £12.2 billion ..."), or
  pointing back with "of it", "of them", "of that", with the parts listed after it ("€49.4bn,
  €30.0bn of them to the euro area and €19.3bn to ..."), in its sentence or, for the
  first amount of its kind there, the one before ("The agency spent $4.1 billion.
  Salaries took $2.3 billion of that"): not above its total.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Collection, Iterator, Mapping, Sequence

from claimcheck import vocabulary
from claimcheck.document import Block
from claimcheck.extract.balances import periods_named
from claimcheck.extract.changes import (
    OF_BACK_REFERENCE,
    TOKEN,
    Value,
    dated_bracket,
    inherit,
    near,
    stated_values,
)
from claimcheck.extract.figures import hedge_start
from claimcheck.extract.lexicon import (
    BY_BEFORE,
    CHANGE_NOUNS,
    DIFFERENCE_COMPARATIVES,
    MARK_PASSED_BEFORE,
    OF_AFTER,
    PER_UNIT_AFTER,
    REPORTING_ASIDE,
    Keywords,
    any_of,
    in_digits,
)
from claimcheck.extract.listed_parts import (
    ASIDE_OPEN,
    BREAKDOWN_OPEN,
    BREAKDOWN_WORDS,
    CLAUSE_BREAKS,
    CLAUSE_STOPS,
    COMPARATIVE_AFTER,
    COMPARED_ANYWHERE,
    COMPARED_WITH,
    HAS_DIGIT,
    LIST_CLOSERS,
    LIST_SEPARATORS,
    MAX_BREAKDOWN_LABEL,
    MAX_LABEL_WORDS,
    MAX_NAME_WORDS,
    MAX_VALUES_BACK,
    MAX_VERB_WORDS,
    METRIC_LINKS,
    NOT_A_PART,
    OPEN_LEADS,
    PART_GAP,
    PHRASE_ENDS,
    PREPOSITIONS,
    REMAINDER_CUE,
    RESPECTIVELY,
    RESTATEMENT_GUARD,
    TOTAL_AFTER,
    WORD_WINDOW,
    a_year,
    compared,
    completed,
    counted_noun,
    is_label,
    labelled_alike,
    list_after,
    loose_list,
    names_a_part,
    sentence_after,
    unit_key,
    without_relative,
)
from claimcheck.extract.mentions import Mentions
from claimcheck.extract.periods import MONTH_NAMES
from claimcheck.model.claims import (
    ChangeClaim,
    TotalClaim,
)

# A part named with its whole: "£83 billion of the Chancellor's £103 billion package";
# "about 4 million of them", "81.8 billion euros of it", pointing back to the figure before.
# No "and" or verb in the whole's name: "13,940 of the candidates and 12,910", "27 of the
# dead were aged under 18" (a bound of the part, no whole).
# "Out of" may follow what the part counts, and its year, and take its whole bare: "36,680
# organic farms in 2023 out of 255,010", "out of a total of 255,010".
_OF_WHOLE = re.compile(
    r"\s+of\s+(?:(?P<back>them|those|these|it|that)\b"
    r"|(?:the|its|their|[A-Z][\w.]*(?:['’]s|s['’]))\s+"
    rf"(?:(?!{vocabulary.pattern(vocabulary.words('clauses', 'coordinators'))}\b"
    rf"|{vocabulary.pattern(vocabulary.words('directions', 'linking verbs'))}\b)"
    r"[^\W\d_][\w'’-]*\s+){0,3})"
    rf"|(?:\s+(?!(?:{any_of(vocabulary.clause_words())})\b)[^\W\d_][\w'’-]*){{0,2}}?"
    r"(?:\s+in\s+[12]\d{3})?\s+(?P<out>out\s+of)\s+(?:(?:the|its|their|an?)\s+(?:total\s+of\s+)?)?"
)


_TOTAL_NAMES = frozenset(vocabulary.words("cues", "total named"))
_REST_JOIN_WORDS = 3  # "with the remaining", "and the rest"
_TOTAL_NAMED = Keywords(*_TOTAL_NAMES, *vocabulary.words("cues", "total before", "total after"))
_MAX_TOTAL_NAME = 6  # words between a total's naming word and its figure
_PART_VERBS = Keywords(*vocabulary.words("cues", "part verbs"))
# A word or two, then ", or" or a bracket: "$22.86 million[ worth, or ]20 percent".
_SHARE_RESTATING = re.compile(r"(?:\s+[^\W\d_]+){0,2}?" + ASIDE_OPEN.pattern, re.IGNORECASE)
_PART_VERB_BEFORE = re.compile(
    rf"(?<![\w-])(?P<verb>{any_of(vocabulary.words('cues', 'part verbs'))})\s+\Z", re.IGNORECASE
)
_EARLIER_WORDS = frozenset((*vocabulary.words("cues", "earlier period"), "last"))
_TOGETHER = tuple(w.split() for w in vocabulary.words("cues", "total together"))
_COUNTS = {
    spelling: int(entry.value or 0)
    for name in ("ones", "teens")
    for entry in vocabulary.section("numbers", name)
    for spelling in entry.spellings
    if int(entry.value or 0) >= 2
}
_TOGETHER_WORDS = Keywords(*vocabulary.words("cues", "total together"))
_MAX_TOGETHER = 12  # tokens between the last part and the total counted back to them
_ONE_PART = frozenset(vocabulary.words("cues", "breakdown one part"))
_ONE_PART_NETTED = frozenset(vocabulary.words("cues", "breakdown one part netted"))
_NET_WHOLE = re.compile(
    rf"(?<![\w-]){vocabulary.pattern(vocabulary.words('cues', 'net wholes'))}", re.IGNORECASE
)
_EXPLAINING = frozenset(vocabulary.words("cues", "breakdown explaining leads"))
# After a total: a few words naming it, then a colon or a breakdown word.
_BRACKET_CLOSE = re.compile(r"\s*\)")
_BRACKETED = re.compile(r"\s*\([^()]{1,40}\)")  # an aside in brackets after a total
_BREAKDOWN = re.compile(
    r"(?P<label>(?:\s+(?:[^\W\d_][\w'’-]*|(?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?)){0,6}?)"
    # ... maybe an attribution: "11,243 transits in 2023[, it said in its annual review]:"
    rf"(?:{REPORTING_ASIDE})?"
    rf"(?:\s*(?::|—|\s–)|\s*,?\s+(?P<word>{any_of(BREAKDOWN_WORDS)}))\s*",
    re.IGNORECASE,
)
# Words that end an aside after a total: a clause of its own ("$9 billion, while imports
# were flat: ...").
_TURNS = frozenset(vocabulary.words("clauses", "coordinators", "contrasts"))
_MAX_ASIDE = 12
# A breakdown cue where it stands, after an aside: ", made up of", ":".
_CUE_AT = re.compile(rf"(?P<label>)(?::|(?P<word>{any_of(BREAKDOWN_WORDS)}))\s+", re.IGNORECASE)
# In an aside: a word comparing its figure with another ("$3.0 billion more than ...").
_COMPARISON = re.compile(
    rf"(?<![\w-])(?:{any_of(DIFFERENCE_COMPARATIVES)})(?![\w-])",
    re.IGNORECASE,
)
# After a total: a few words naming it ("per person"), then an opening bracket.
_BRACKET_AFTER_TOTAL = re.compile(r"(?P<label>(?:\s+[^\W\d_]+){0,3})\s*\(\s*")
BREAKDOWN_CUES = Keywords(":", "—", "–", *BREAKDOWN_WORDS)
# "Of the $12 billion allocated, ..." opening a sentence (or "Of the company's", "Of
# Canada's"), and the words naming the total; "Of that, ..." (or "Of the vetoed sum, ...")
# points back to a total in the sentence before.
_BACK_NAMED = (
    rf"(?:{any_of(vocabulary.words('cues', 'breakdown back determiners'))})"
    rf"(?:\s+[^\W\d_][\w'’-]*){{1,2}}\s+"
    rf"(?:{any_of(vocabulary.words('cues', 'breakdown back nouns'))})"
)
_OPENED = re.compile(
    rf"[Oo]f\s+(?:(?P<back>{any_of(vocabulary.words('cues', 'breakdown back'))}|{_BACK_NAMED})"
    r"\s*,\s*"
    r"|(?:(?:the|its|their)\s+)?(?:[^\W\d_][\w-]*['’]s\s+)?)"
)
_OPENED_NAME = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,4}\s*,\s*")
# Before a figure stated as a move's size, no total: "an increase of nearly 9 million".
_A_MOVE_SIZE = re.compile(rf"(?<![\w-])(?:{any_of(CHANGE_NOUNS)})\s+of\s+\Z", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?<![\w-])from\s+\Z", re.IGNORECASE)  # "up 5.6% [from] 39.6m"
_MAX_OPENED_NAME = 5  # words naming the whole a sentence opens with: "Of the revenue target,"
_POINTERS = frozenset(vocabulary.words("clauses", "pointing back"))
_POINTING_NOUNS = frozenset(vocabulary.words("clauses", "pointing back nouns"))
_SUBJECT_OPENERS = frozenset(vocabulary.words("cues", "subject openers"))
_MAX_SUBJECT = 10  # words before the first part of a list naming what it splits
_NOUN_QUALIFIERS = frozenset(vocabulary.words("cues", "noun qualifiers"))
_CLAUSE_MARKS = frozenset(",;:()—–")
_MIN_NOUN = 4  # letters: shorter words name nothing a figure is linked by
_PLACES = frozenset(vocabulary.words("cues", "split prepositions"))
_PARTITIVES = frozenset(vocabulary.words("cues", "partitive openers"))
# A group after a percentage, whose own rate it may be: "12%[ in ]villages", "[ among ]men".
_WITHIN_GROUP = re.compile(
    rf"\s+(?:{vocabulary.pattern(vocabulary.words('cues', 'within a group'))})\s", re.IGNORECASE
)
_PERIOD_WORDS = frozenset((*MONTH_NAMES, *vocabulary.words("cues", "time units", "period nouns")))
# Where a sentence's clauses part: a semicolon, or a comma before "while" or "whereas".
_CLAUSE_CUT = re.compile(
    rf";\s*|,\s+(?:{any_of(vocabulary.words('clauses', 'contrasts'))})\s+", re.IGNORECASE
)


def read_breakdowns(
    mentions: Mentions, values: Sequence[Value], newer: Mapping[int, Value]
) -> Iterator[TotalClaim]:
    """Each total stated first and then broken down into parts, listed to a final "and".

    "worth 12 billion euros, made up of 5 billion for rail, 4 billion for roads and 2
    billion for ports"; "Spending totalled $9.1 billion: $4.2 billion on schools, ...".
    After "including" or "of which", or with such a word before the first part ("the
    figure includes $4bn ..."), the list may leave parts out. A change's earlier
    value before the cue is no total: its new value is (`newer`, by where the earlier
    value starts: "rose to €7.2bn from €6.1bn: services €4.0bn and ...").
    """
    text = mentions.text
    cues = BREAKDOWN_CUES.positions(text)
    if not cues:
        return
    ends = [v.end or 0 for v in values]
    read: set[int] = set()
    for at in cues:  # the total is the last value before its cue
        index = bisect.bisect_right(ends, at) - 1
        if index < 0 or index in read or index + 1 >= len(values) or at - ends[index] > PART_GAP:
            continue
        read.add(index)
        first, total_at = index + 1, index
        restated = _restated_in_brackets(text, values, index)
        if restated is not None:  # "$4.1 billion (€3.8 billion) is made up of"
            total_at, cue = index - 1, _BREAKDOWN.match(text, restated)
        else:  # past a bracket of no figure: "Rs 2,250 crore (Rs 22.5 bn) for ..."
            aside = _BRACKETED.match(text, values[index].end or 0)
            cue = _BREAKDOWN.match(text, aside.end() if aside else values[index].end or 0)
        total = newer.get(values[total_at].start or 0, values[total_at])
        if not mentions.document.sentence_at(at).start <= (total.start or 0) < at:
            continue  # a new value in another sentence: "It was up from $4bn: ..."
        parts = (
            cue
            and _may_be_part(values[first], total)
            and (
                parts_after_cue(mentions, values, first, cue)
                or _one_part_after(mentions, values, first, values[total_at], cue)
            )
        )
        if parts and unit_key(total) and _counts_things(text, values, parts):
            continue  # "€122.5 million for investment, including 214 new patrol vehicles"
        parts = [inherit(p, total) for p in parts or ()]
        if not _breaks_down(text, total, parts):
            before = _before_aside(mentions, values, index, at, len(parts or ()))
            cue = _CUE_AT.match(text, at)
            if before is None or cue is None:
                continue
            total = values[before]
            if not _may_be_part(values[first], total):
                continue
            parts = [
                inherit(p, total) for p in parts_after_cue(mentions, values, first, cue)
            ] or _one_part_after(mentions, values, first, total, cue)
            if not _breaks_down(text, total, parts):
                continue
        assert cue is not None
        # the rest named after the list is its last part: "Egypt 1.52 million, South Sudan
        # 1.07 million and Chad 0.87 million, with the remaining 380,000 spread across ..."
        rest = _rest_after(mentions, values, bisect.bisect_left(ends, parts[-1].end or 0))
        if rest is not None and _joins_the_rest(text, parts[-1], rest):
            parts = [*parts, inherit(rest, total)]
        word = " ".join((cue.group("word") or ":").lower().split())
        is_open = (
            word in BREAKDOWN_OPEN
            or bool(OPEN_LEADS.search(text, cue.end(), hedge_start(text, parts[0])))
            or _set_against(mentions, values, parts)
        )
        if is_open and not labelled_alike(text, parts):
            continue  # some parts of two splits, which overlap: "$6bn to Asia and $5bn of ..."
        yield split_total(text, total, parts, word, is_open and not completed(text, parts))


def _may_be_part(first: Value, total: Value) -> bool:
    """Whether the first figure after a breakdown cue may open the total's parts: bare, or of
    its currency or unit (a list that opens with any other is no breakdown of it, and is
    not read: "District 332: 20.6%, 84.0%, ...")."""
    return unit_key(first) in ("", unit_key(total))


def _counts_things(text: str, values: Sequence[Value], parts: Sequence[Value]) -> bool:
    """Whether a part is a count of things as written (before taking its total's currency
    or unit): "including 214 new patrol vehicles"."""
    starts = {part.start for part in parts}
    return any(counted_noun(text, v) for v in values if v.start in starts)


def _restated_in_brackets(text: str, values: Sequence[Value], index: int) -> int | None:
    """Where the bracket closes after values[index] when it restates the figure before it
    in brackets ("Rs 2,250 crore (Rs 22.5 billion)"), which then stands for the total;
    else None."""
    if (
        index == 0
        or text[values[index - 1].end or 0 : hedge_start(text, values[index])].strip() != "("
    ):
        return None
    close = _BRACKET_CLOSE.match(text, values[index].end or 0)
    return close.end() if close else None


def pointed_breakdowns(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
    """A sentence that points back to a total and breaks it down: "Proposed spending adds
    up to $8.61 billion. It is made up of recurrent costs of $3.49 billion, ... and
    capital spending of $2.43 billion". The sentence opens with a pointer ("it", "this")
    and a few words, then a breakdown cue; the total is the one figure of the parts' kind
    in the sentence before."""
    text = mentions.text
    cues = BREAKDOWN_CUES.positions(text)
    if not cues:
        return
    starts = [hedge_start(text, v) for v in values]
    for at in cues:
        sentence = mentions.document.sentence_at(at)
        first = bisect.bisect_left(starts, sentence.start)
        if first >= len(values) or starts[first] < at or starts[first] >= sentence.end:
            continue  # a figure before the cue in its sentence, or none after it
        lead = _after_pointer([t.lower() for t in TOKEN.findall(text, sentence.start, at)])
        if lead is None or len(lead) > MAX_VERB_WORDS:
            continue
        cue = _CUE_AT.match(text, at)
        if cue is None:
            continue
        parts = parts_after_cue(mentions, values, first, cue)
        total = total_before(mentions, values, first, sentence.start, parts[0]) if parts else None
        if total is None or not _breaks_down(text, total, parts):
            continue
        parts = [inherit(p, total) for p in parts]
        word = " ".join((cue.group("word") or ":").lower().split())
        is_open = word in BREAKDOWN_OPEN and not completed(text, parts)
        yield split_total(text, total, parts, word, is_open)


def _after_pointer(words: Sequence[str]) -> Sequence[str] | None:
    """The words after a sentence's opening pointer back to a figure ("It", "This", "The
    figure", "That amount"); None when it opens with none."""
    if len(words) > 1 and words[0] in (*_POINTERS, "the") and words[1] in _POINTING_NOUNS:
        return words[2:]
    return words[1:] if words[:1] and words[0] in _POINTERS else None


def parts_after_cue(
    mentions: Mentions, values: Sequence[Value], first: int, cue: re.Match[str]
) -> list[Value]:
    """The parts listed from values[first] on, after a breakdown cue ("...: $4.2 billion on
    schools, ..."); none if the words after the cue do not lead to a part."""
    text = mentions.text
    if not _breakdown_label(TOKEN.findall(cue.group("label"))):
        return []
    sentence = mentions.document.sentence_at(values[first].start or 0)
    lead = _lead(text, cue.end(), values[first])
    if lead is not None:
        return list_after(
            text, values, first, sentence, verb_first=True, named=bool(lead)
        ) or loose_list(text, values, first, sentence)
    # else the parts' names may be listed before them: "split between Europe and Asia, at
    # €3.1 billion and €2.4 billion respectively"
    if _lead(text, cue.end(), values[first], names_listed=True) is None:
        return []
    parts = list_after(text, values, first, sentence)
    after = TOKEN.findall(text, parts[-1].end or 0, sentence.end)[:2] if parts else []
    return parts if RESPECTIVELY.intersection(after) else []


def _breaks_down(text: str, total: Value, parts: Sequence[Value]) -> bool:
    """Whether parts read after a breakdown cue may be of a total: some, all of its
    currency or unit, the total not a value compared with ("up from $4 billion") nor a
    count of the parts, and no part a value per member or period unless the total is one
    too ("worth $75m: $41m upfront and $8.5m a year" may run for years)."""
    start = hedge_start(text, total)
    return (
        bool(parts)
        and all(unit_key(p) == unit_key(total) for p in parts)
        and not _numbers_the_parts(total, len(parts))
        and not _rates_within_groups(text, total, parts)
        and not COMPARED_WITH.search(text, max(0, start - WORD_WINDOW), start)
        and (
            bool(PER_UNIT_AFTER.match(text, total.end or 0))
            or not any(PER_UNIT_AFTER.match(text, p.end or 0) for p in parts)
        )
    )


def _rates_within_groups(text: str, total: Value, parts: Sequence[Value]) -> bool:
    """Whether percentages listed after a percentage and a colon may be each group's own
    rate, not parts of it: "Half of adults exercise weekly: 30% in cities and 12% in
    villages" (after "of which" they are its parts)."""
    percent = unit_key(total) == "percent"
    colon = ":" in text[total.end or 0 : parts[0].start or 0] if parts else False
    return percent and colon and any(_WITHIN_GROUP.match(text, p.end or 0) for p in parts)


def _set_against(mentions: Mentions, values: Sequence[Value], parts: Sequence[Value]) -> bool:
    """Whether a figure of the parts' kind after the first part in its sentence is a value
    compared with ("gold $12.3bn, up from $9.9bn, and copper ..."): a list of parts set
    against their earlier values names those worth comparing and may leave others out."""
    text = mentions.text
    first = parts[0].start or 0
    end = mentions.document.sentence_at(first).end
    listed = {p.start for p in parts}
    for value in values:
        start = hedge_start(text, value)
        if (
            first < start < end
            and value.start not in listed
            and unit_key(value) == unit_key(parts[0])
            and COMPARED_WITH.search(text, max(0, start - WORD_WINDOW), start)
        ):
            return True
    return False


def _numbers_the_parts(total: Value, listed: int) -> bool:
    """Whether a bare count says how many parts are listed, not what they add up to:
    "across four districts: 3.4 million in Sylhet, ..., and 0.5 million in Habiganj"."""
    return not unit_key(total) and total.value == listed


def _counts_what_it_pays_for(
    mentions: Mentions, values: Sequence[Value], index: int, sentence: Block, listed: int
) -> bool:
    """Whether values[index] is a bare count of what the figure just before it is for or
    spread over, a few words between them: "£412.6m for 21 new research programmes, made
    up of ..."; a count too when the bare count numbers the `listed` parts ("7.2 million
    people across four districts: ...")."""
    if index < 1 or unit_key(values[index]):
        return False
    if not unit_key(values[index - 1]) and not _numbers_the_parts(values[index], listed):
        return False
    amount, count = values[index - 1], values[index]
    between = TOKEN.findall(mentions.text, amount.end or 0, hedge_start(mentions.text, count))
    return (
        (amount.start or 0) >= sentence.start
        and 0 < len(between) <= _MAX_ASIDE
        and is_label(between, MAX_LABEL_WORDS)
    )


def _before_aside(
    mentions: Mentions, values: Sequence[Value], index: int, at: int, listed: int
) -> int | None:
    """The total before an aside that ends at a breakdown cue: "$815.9 billion, 11.6% of
    the total, made up of ..."; "$187.9 billion, $3.0 billion more than a month earlier:
    ..."; "€2.45 billion, a record, comprising ...". An aside without a figure is a few
    words that turn to no other clause ("but", "while"). Else the aside opens with the
    comma before values[index] and holds no figure of the
    total's kind unless it compares it; the total is the last figure before that comma,
    with at most a few words naming it between them. None when there is no such aside."""
    text = mentions.text
    sentence = mentions.document.sentence_at(at)
    if (values[index].start or 0) < sentence.start:
        return None  # the cue opens its sentence: the total is pointed back to, if at all
    if _counts_what_it_pays_for(mentions, values, index, sentence, listed):
        return index - 1  # "£412.6m for 21 new research programmes, made up of ..."
    gap = TOKEN.findall(text, values[index].end or 0, at)
    start = hedge_start(text, values[index])
    compared = COMPARED_WITH.search(text, max(0, start - WORD_WINDOW), start)
    if gap[:1] == [","] and not compared:  # no figure: "€2.45 billion, a record, comprising"
        words = [t.lower() for t in gap]
        return None if _TURNS.intersection(words) or len(words) > _MAX_ASIDE else index
    comma = text.rfind(",", sentence.start, hedge_start(text, values[index]))
    before = bisect.bisect_right([v.end or 0 for v in values], comma) - 1 if comma > 0 else -1
    if before < 0 or (values[before].start or 0) < sentence.start:
        return None
    total, aside = values[before], text[comma:at]
    if not is_label(TOKEN.findall(text, total.end or 0, comma), MAX_LABEL_WORDS):
        return None
    kin = [v for v in values[before + 1 : index + 1] if unit_key(v) == unit_key(total)]
    if kin and not COMPARED_ANYWHERE.search(aside) and not _COMPARISON.search(aside):
        return None
    return before


def _one_part_after(
    mentions: Mentions, values: Sequence[Value], first: int, total: Value, cue: re.Match[str]
) -> list[Value]:
    """The one part, values[first], right after "of which" or "including", alone in the
    rest of its sentence in the total's currency or unit: "£31.1 billion, of which £12.2
    billion fed through", "sold 2.1 million vehicles, including 1.2 million in China". Not
    after words comparing the total with another figure ("£120 million more than a year
    earlier, of which"): a difference is no whole; the level before it may be. Nor after
    "including" a total its clause names a net figure ("net income of $2 billion"): its
    other parts may be losses; nor a rate ("$15 an hour"), nor one that "and" parts from
    the cue, which then has a subject of its own ("raises the wage to $15 and includes")."""
    text = mentions.text
    word = " ".join((cue.group("word") or "").lower().split())
    part = values[first]
    if (
        word not in _ONE_PART | _ONE_PART_NETTED
        or hedge_start(text, part) != cue.end()
        or not _breakdown_label(TOKEN.findall(cue.group("label")))
    ):
        return []
    sentence = mentions.document.sentence_at(total.start or 0)
    if PER_UNIT_AFTER.match(text, total.end or 0):
        return []  # a rate: "$15 an hour", "an average of 600 a day, of which 4,278 ..."
    if word in _ONE_PART_NETTED and (
        _NET_WHOLE.search(
            text, max(sentence.start, hedge_start(text, total) - WORD_WINDOW), cue.start()
        )
        or "and" in (t.lower() for t in TOKEN.findall(cue.group("label")))
    ):
        return []  # "net income of ...", "raises the wage to $15 an hour and includes"
    for other in values[first + 1 :]:
        if (other.start or 0) >= sentence.end:
            break
        if unit_key(other) == unit_key(total):
            return []  # more figures of its kind: a list not read, or another relation
    part = inherit(part, total)
    return [part] if part_of(part, total) else []


def opened_breakdowns(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
    """A total that opens its sentence (or a clause after a semicolon or a colon) and the
    parts it is shared into: "Of the $12 billion allocated, $5 billion goes to rail and $4
    billion to roads"; "Poland came third: of the 63.8 billion euros pencilled in, ...".
    The parts may fall short of the total (not every use need be listed) but never exceed
    it."""
    text = mentions.text
    openers = list(_OPENED.finditer(text))
    starts = [hedge_start(text, v) for v in values] if openers else []
    for opener in openers:
        sentence = mentions.document.sentence_at(opener.start())
        opening = text[sentence.start : opener.start()].strip(" \"“'‘")
        if opening and not opening.endswith((";", ":")):
            continue  # not at the start of its sentence, nor of a clause after ";" or ":"
        index = bisect.bisect_left(starts, opener.end())
        if index >= len(values) or (values[index].start or 0) >= sentence.end:
            continue
        if opener["back"]:
            part = _single_part(text, values[index], opener.end())
            # "Of that, ..." opening a sentence points back to the sentence before; after a
            # semicolon, to the clause before it ("a profit of R3.6bn; of that, ...")
            clause = Block(sentence.start, opener.start()) if opening else None
            total = part and total_before(mentions, values, index, sentence.start, part, clause)
            named = bool(_lead(text, opener.end(), values[index]))
            listed = list_after(
                text, values, index, sentence, verb_first=True, named=named
            ) or loose_list(text, values, index, sentence)
            parts = [part] if part else []
            rest = _rest_after(mentions, values, index)
            if part and total and len(listed) >= 2:  # "Of this, $15.8 billion ... and $18.1 ..."
                parts = [inherit(p, total) for p in listed]
                parts = parts if all(part_of(p, total) for p in parts) else []
            elif part and total and rest and part_of(rest, total):
                parts = [part, rest]  # "Of that sum, 390 billion ..., the remaining 360 billion"
            wording = " ".join(opener.group().rstrip(" ,").split())
        else:
            if starts[index] != opener.end():
                continue
            total = values[index]
            parts = _opened_parts(mentions, values, starts, index, sentence)
            wording = " ".join(text[opener.start() : total.end or 0].split())
        if total is None or not parts:
            continue
        span = min(total.start or 0, parts[0].start or 0), parts[-1].end or 0
        yield split_total(text, total, parts, wording, not completed(text, parts), span)


def opens_pointing_back(mentions: Mentions, value: Value) -> bool:
    """Whether the sentence after the one holding a value, in its paragraph, opens by
    pointing back to a total: "Of that, ...", "Of this sum, ..."."""
    document = mentions.document
    sentence = document.sentence_at(value.start or 0)
    at = bisect.bisect_right(document.sentences, sentence.start, key=lambda s: s.start)
    if at >= len(document.sentences):
        return False
    following = document.sentences[at]
    if document.sentence_before(following) != sentence:
        return False
    opener = _OPENED.match(mentions.text, following.start)
    return opener is not None and opener["back"] is not None


def bracketed_breakdowns(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
    """A total followed by its parts in brackets, each part named by a word or two after
    it: "£14,842 per person (£12,605 current, £2,237 capital)". Parts alike in kind make
    the whole list; a bracket holding one figure ("up from £1.2bn (£980m)") or figures
    without names restates or compares, and is not read. Bare counts need "and" before
    their last part ("48,200 patients (31,900 adults and 16,300 children)"): the word after
    a count names what it counts, so a comma list of counts may count different things
    ("33.28 thousand a seat (9,383,859 votes, 282 seats)")."""
    text = mentions.text
    for index, total in enumerate(values):
        opened = _BRACKET_AFTER_TOTAL.match(text, total.end or 0)
        if opened is None or not is_label(TOKEN.findall(opened["label"]), MAX_LABEL_WORDS):
            continue
        close = text.find(")", opened.end(), opened.end() + 2 * PART_GAP)
        inside = []
        for value in itertools.islice(values, index + 1, None):
            if (value.start or 0) >= close:
                break
            inside.append(value)
        if len(inside) < 2 or hedge_start(text, inside[0]) != opened.end():
            continue
        parts = [inherit(p, total) for p in inside]
        if any(unit_key(p) != unit_key(total) for p in parts):
            continue
        ends = [hedge_start(text, p) for p in inside[1:]] + [close]
        gaps = [TOKEN.findall(text, p.end or 0, end) for p, end in zip(inside, ends, strict=True)]
        if not all(_part_name(g, last=i == len(gaps) - 1) for i, g in enumerate(gaps)):
            continue
        if not unit_key(total) and "and" not in (w.lower() for w in gaps[-2]):
            continue
        yield split_total(text, total, parts, "(", span=(total.start or 0, close + 1))


def parts_of_that(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
    """A part pointing back to a total in the sentence before and the rest of it after:
    "It sought 4.8 billion. Only 0.54 billion of that is new cash; the remaining 4.26
    billion is matched by savings"; or, the part named before it, the other parts listed
    after it, each named, which may leave parts out ("Police recorded 1,893 road deaths.
    Pedestrians made up 512 of them, cyclists 208, motorcyclists 263 and drivers 910").
    The total is the one figure of the parts' currency or unit in the sentence before;
    without "the remaining" or a list the part may be one of several, and is not read
    here."""
    text = mentions.text
    for index, part in enumerate(values[:-1]):
        back = OF_BACK_REFERENCE.match(text, part.end or 0)
        if back is None:
            continue
        sentence = mentions.document.sentence_at(part.start or 0)
        rest = _rest_after(mentions, values, index)
        named = bool(_lead(text, sentence.start, part))
        listed = (
            list_after(text, values, index, sentence, named=True, after_first=back.end())
            if rest is None and named
            else []
        )
        total = total_before(mentions, values, index, sentence.start, part)
        wording = " ".join(back.group().split())
        if total is not None and rest is not None and part_of(rest, total):
            yield split_total(text, total, (part, rest), wording)
        elif total is not None and len(listed) > 1 and all(part_of(p, total) for p in listed):
            # "Pedestrians made up 512 of them, cyclists 208 and drivers 910": maybe not all
            parts = [inherit(p, total) for p in listed]
            yield split_total(text, total, parts, wording, open_list=True)


def totals_listed_after(
    mentions: Mentions, values: Sequence[Value], changes: Sequence[ChangeClaim]
) -> Iterator[TotalClaim]:
    """A figure named as a total and its parts listed in the next sentence of its paragraph,
    or in the clause after a semicolon: "Total spending came to €9.4 billion. Schools took
    €4.1 billion, hospitals €3.2 billion and roads €2.1 billion"; "Their combined revenue
    was R4.5 billion. Mining and energy earned R2.9 billion and R1.6 billion,
    respectively"; "Sales rose 4% to €11.2 billion; Europe accounted for ...". The total,
    an amount, is named so by a word a few words before it in its clause ("total",
    "combined", "turnover") or after it ("in all"), and is the last figure of its kind in
    its sentence; or it is the only one, and a verb making a part of a whole opens the list
    ("The ministry spent €412.6 million. Hospitals accounted for €230.4 million and
    clinics for €131.9 million"). Every figure of that kind in the next sentence, up to a
    semicolon, is a listed part, and that clause names no other time and compares with
    nothing. The
    list may leave parts out (the parts may fall short, never exceed the total), unless
    its last part is the rest. A total that is a change's new value may have its earlier
    value after it, and its naming word before the change: "Total revenue rose 8% to $9.1
    billion from $8.4 billion. Europe brought in ...".
    """
    text = mentions.text
    if not _TOTAL_NAMED.positions(text) and not _PART_VERBS.positions(text):
        return
    document = mentions.document
    starts = [hedge_start(text, v) for v in values]
    changed = {c.to_value.start: c for c in changes if c.to_value is not None}
    for index, total in enumerate(values):
        key = unit_key(total)
        if not key or key in ("percent", "percentage_point"):
            continue
        sentence = document.sentence_at(total.start or 0)
        sentence, after = _clause_and_next(mentions, (values, starts), sentence, total)
        if after is None:
            continue
        semicolon = text.find(";", after.start, after.end)
        # the whole next sentence's list, else one closing its first clause ("... and
        # Asia-Pacific €1.15bn; the board proposed a dividend of €0.74 a share")
        for block in (after, *([Block(after.start, semicolon)] if semicolon >= 0 else [])):
            claim = _split_after(
                mentions, (values, starts), index, (sentence, block), changed.get(total.start)
            )
            if claim is not None:
                yield claim
                break


def _split_after(
    mentions: Mentions,
    stated: tuple[Sequence[Value], Sequence[int]],
    index: int,
    clauses: tuple[Block, Block],
    change: ChangeClaim | None,
) -> TotalClaim | None:
    """The total at `index` split by the parts listed in `clauses`' second, if it is;
    `stated`: the values and where each starts; `change`: the change whose new value the
    total is, if any."""
    text = mentions.text
    values, starts = stated
    total, key = values[index], unit_key(values[index])
    sentence, after = clauses
    earlier = change.from_value.start if change and change.from_value else None
    end = bisect.bisect_left(starts, after.end)
    first = next(
        (
            k
            for k in range(index + 1, end)
            if unit_key(values[k]) == key
            and values[k].start != earlier
            # "€6.12bn (2023: €5.87bn)": the earlier year's, no part
            and dated_bracket(text, total, values[k], total.end or 0, after.start) is None
        ),
        end,
    )
    if first >= end or starts[first] < after.start:
        return None  # another figure of the kind in the total's sentence, or none after
    if _own_total(text, after) or _opens_with_its_whole(text, after):
        return None  # no part in the next sentence, or a total of its own there
    named_at = change.start if change and (change.start or 0) < starts[index] else None
    name = _total_name(text, total, named_at) or _part_verb(mentions, values, index, after, first)
    kin = [v for v in values[first:end] if unit_key(v) == key]
    # parts set against their earlier values ("Foreign currency reserves made up $89.2
    # billion, up from $84.6 billion, and gold $45.2 billion, against $44.0 billion")
    against = [
        values[k]
        for k in range(first + 1, end)
        if unit_key(values[k]) == key and compared(text, values[k], values[k - 1].end or 0)
    ]
    if not name or (
        _another_time(text, sentence, after)
        if not against
        else not periods_named(text, after) <= periods_named(text, sentence)
    ):
        return None
    if _restated(text, sentence, total, TOKEN.findall(text, after.start, starts[first])):
        return None  # "Spending totalled $14 million. Spending came to $9 million and ..."
    lead = _lead(text, after.start, values[first])
    named = lead is not None and len(lead) > 1  # "Its shops brought in $51 million"
    parts = list_after(text, values, first, after, verb_first=True, named=named) or loose_list(
        text, values, first, after
    )
    kin = [v for v in kin if not any(v is a for a in against)]
    if len(parts) < 2 or len(parts) != len(kin):
        return None
    parts = [inherit(p, total) for p in parts]
    if not _breaks_down(text, total, parts) or not all(part_of(p, total) for p in parts):
        return None
    return split_total(text, total, parts, name, bool(against) or not completed(text, parts))


def _clause_and_next(
    mentions: Mentions, stated: tuple[Sequence[Value], Sequence[int]], sentence: Block, total: Value
) -> tuple[Block, Block | None]:
    """The clause of a total and the one after it: to and from the first semicolon after
    the total in its sentence, when a figure of its kind follows that semicolon ("rose 4%
    to €11.2 billion; Europe accounted for ..."), else its sentence and the next in its
    paragraph. `stated`: the values and where each starts."""
    values, starts = stated
    semicolon = mentions.text.find(";", total.end or 0, sentence.end)
    if semicolon >= 0:
        for k in range(bisect.bisect_left(starts, semicolon), len(values)):
            if starts[k] >= sentence.end:
                break
            if unit_key(values[k]) == unit_key(total):
                return Block(sentence.start, semicolon), Block(semicolon + 1, sentence.end)
    return sentence, sentence_after(mentions, sentence)


def _restated(text: str, sentence: Block, total: Value, lead: Sequence[str]) -> bool:
    """Whether the words opening the sentence after a total restate the noun that names it,
    linked straight to the first figure: "Spending totalled $14 million. Spending came to"."""
    noun = _subject_noun(lead)
    return (
        noun is not None
        and _restates(lead, noun)
        and _names_unqualified(_clause_words(text, sentence, total), noun)
    )


def _opens_with_its_whole(text: str, sentence: Block) -> bool:
    """Whether a sentence opens by naming the whole its parts are of, not pointing back to
    one: "Of the revenue target, the board is to collect ..." (but "Of that, ...")."""
    opener = _OPENED.match(text, sentence.start)
    if opener is None or opener["back"]:
        return False
    name = TOKEN.findall(text, opener.end(), sentence.end)[: _MAX_OPENED_NAME + 1]
    return "," in name and not any(t[0].isdigit() for t in name[: name.index(",")])


def _own_total(text: str, sentence: Block) -> bool:
    """Whether a sentence names a total of its own: a total's word not pointing back to
    another's ("about a quarter [of the total]")."""
    words = _TOTAL_NAMED.positions(text[sentence.start : sentence.end])
    backs = [m.span() for m in OF_BACK_REFERENCE.finditer(text, sentence.start, sentence.end)]
    return any(not any(a <= sentence.start + w < b for a, b in backs) for w in words)


def parts_named_back(
    mentions: Mentions, values: Sequence[Value], balances: set[int | None]
) -> Iterator[TotalClaim]:
    """A sentence opening with the noun that names a total stated earlier in its paragraph,
    then listing its parts: "Exports fell 5% to €131.2 billion and imports 12% to €110.8
    billion. Exports to EU countries were worth €71.5 billion and those to Asia €59.7
    billion". The noun is the first word of the sentence (after an article or "Of the")
    and must name, by a word of its clause, exactly one figure of the parts' kind before
    it in the paragraph; the list takes every figure of its kind in its sentence, which
    names no other time and compares with nothing. The list may leave parts out: the
    parts may fall short of the total, never exceed it (unless the last is the rest). A
    difference or balance (`balances`: where they start) is no total: "Imports outstripped
    exports by $3.1 billion. Exports rose to $21.4 billion and imports to $24.5 billion"."""
    text = mentions.text
    document = mentions.document
    for clause, at, kin in _first_of_each_kind(mentions, values):
        if len(kin) < 2:
            continue
        first = values[at]
        lead = TOKEN.findall(text, clause.start, hedge_start(text, first))
        noun = _subject_noun(lead)
        if noun is None:
            continue
        if _restates(lead, noun):  # "Imports came to €58.9 billion from the EU and ..."
            parts = list_after(text, values, at, clause)
            if not _split_by_place(text, parts):
                continue
        else:
            parts = list_after(text, values, at, clause, verb_first=True, named=True) or (
                loose_list(text, values, at, clause)
            )
        if len(parts) != len(kin):
            continue
        sentence = document.sentence_at(first.start or 0)
        paragraph = document.paragraph_at(sentence.start).start
        wholes = [
            v
            for v in values[max(0, at - MAX_VALUES_BACK) : at]
            if (v.start or 0) >= paragraph
            and v.start not in balances
            and unit_key(v) == unit_key(first)
            and _names_unqualified(
                _clause_words(text, document.sentence_at(v.start or 0), v),
                noun,
                modified=lead[0].lower() in _PARTITIVES,
            )
        ]
        if len(wholes) != 1 or not all(part_of(p, wholes[0]) for p in parts):
            continue
        total = wholes[0]
        start = hedge_start(text, total)
        stated = document.sentence_at(start)
        if stated.start == sentence.start or _another_time(text, stated, sentence):
            continue
        if COMPARED_WITH.search(text, max(stated.start, start - WORD_WINDOW), start):
            continue
        inherited = [inherit(p, total) for p in parts]
        yield split_total(text, total, inherited, noun, not completed(text, parts))


def _split_by_place(text: str, parts: Sequence[Value]) -> bool:
    """Whether each of several parts is labelled right after it by one preposition of
    where it goes or comes from ("€58.9 billion from the EU and €51.9 billion from
    outside it"): a split, though its noun is linked straight to the first figure."""
    following = {
        tuple(t.lower() for t in TOKEN.findall(text, p.end or 0, (p.end or 0) + WORD_WINDOW)[:1])
        for p in parts
    }
    return len(parts) > 1 and len(following) == 1 and following <= {(w,) for w in _PLACES}


def _first_of_each_kind(
    mentions: Mentions, values: Sequence[Value]
) -> Iterator[tuple[Block, int, list[Value]]]:
    """Per clause and per currency or unit (amounts only), the clause, the index of the
    first figure of that kind and every figure of it in the clause, in one pass."""
    groups: dict[tuple[int, str], tuple[Block, int, list[Value]]] = {}
    cuts: dict[int, tuple[list[int], list[int]]] = {}  # each sentence's cuts: starts, ends
    for index, value in enumerate(values):
        key = unit_key(value)
        if key and key not in ("percent", "percentage_point"):
            clause = _clause_at(mentions, value.start or 0, cuts)
            groups.setdefault((clause.start, key), (clause, index, []))[2].append(value)
    yield from groups.values()


def _clause_at(mentions: Mentions, at: int, cuts: dict[int, tuple[list[int], list[int]]]) -> Block:
    """The clause of a sentence around `at`: the sentence cut at a semicolon and at a
    comma before "while" or "whereas" ("Exports to the EU were worth €71.5 billion and
    those to Asia €59.7 billion, while imports came to ..."). `cuts`: each sentence's cuts,
    found once a sentence."""
    sentence = mentions.document.sentence_at(at)
    if sentence.start not in cuts:
        found = list(_CLAUSE_CUT.finditer(mentions.text, sentence.start, sentence.end))
        cuts[sentence.start] = ([cut.start() for cut in found], [cut.end() for cut in found])
    starts, ends = cuts[sentence.start]
    before = bisect.bisect_right(ends, at)
    after = bisect.bisect_left(starts, at, lo=before)
    start = ends[before - 1] if before else sentence.start
    end = starts[after] if after < len(starts) else sentence.end
    return Block(start, end)


def _subject_noun(lead: Sequence[str]) -> str | None:
    """The stem of the noun a sentence opens with, past an article or "Of the": "exports"
    of "Exports to EU countries were worth"; None for a long or numbered opening, or one
    naming a time ("In June", "In the third quarter", "Last year"): a figure's period
    makes later figures of that period no parts of it."""
    if len(lead) > _MAX_SUBJECT or any(HAS_DIGIT.search(t) for t in lead):
        return None
    for at, token in enumerate(lead):
        if token.lower() not in _SUBJECT_OPENERS:
            if {t.lower() for t in lead[at : at + 2]} & _PERIOD_WORDS:
                return None
            return _stem(token) if token.isalpha() and len(token) >= _MIN_NOUN else None
    return None


def _restates(lead: Sequence[str], noun: str) -> bool:
    """Whether a sentence opens with its noun bare and linked straight to its figure,
    restating a total rather than splitting it: "Exports were", "Exports came to"; not
    "Exports to the EU were", "Recurrent spending consisted of"."""
    at = next(i for i, t in enumerate(lead) if _stem(t) == noun)
    following = [t.lower() for t in lead[at + 1 :]]
    return not following or any(
        tuple(following[: len(link)]) == link and link[0] not in _NOUN_QUALIFIERS
        for link in METRIC_LINKS
    )


def _names_unqualified(words: Sequence[str], noun: str, *, modified: bool = False) -> bool:
    """Whether a clause names a noun bare, as a whole: "Exports fell 5% to"; not narrowed
    to a part of it by a word after it ("Exports [of cars] came to") or, unless `modified`
    may be, a modifier before it ("[car] exports"). A partitive opening ("Of the revenue,
    ...") points back to the noun as named, modifier and all ("State revenue reached")."""
    found = False
    for at, word in enumerate(words):
        if not (word.isalpha() and len(word) >= _MIN_NOUN and _stem(word) == noun):
            continue
        qualified_after = (
            at + 2 < len(words)
            and words[at + 1].lower() in _NOUN_QUALIFIERS
            and words[at + 2].isalpha()
        )
        before = words[at - 1].lower() if at else ""
        qualified_before = (
            before.isalpha()
            and before not in _SUBJECT_OPENERS
            and before not in PHRASE_ENDS
            and before not in CLAUSE_STOPS
            and before not in _TURNS
            and before not in PREPOSITIONS
        )
        if qualified_after or (qualified_before and not modified):
            return False
        found = True
    return found


def _clause_words(text: str, sentence: Block, value: Value) -> list[str]:
    """The words of a figure's clause: from the mark or "and" before it to the mark or
    "and" after it in its sentence ("Exports fell 5% on the year to [€131.2 billion]",
    "and imports dropped 2% to [€110.8 billion]")."""
    start = hedge_start(text, value)
    tokens_before = TOKEN.findall(text, sentence.start, start)
    cut = max(
        (
            i
            for i, t in enumerate(tokens_before)
            if t in _CLAUSE_MARKS or t.lower() in LIST_CLOSERS or t.lower() in _TURNS
        ),
        default=-1,
    )
    words = tokens_before[cut + 1 :]
    for token in TOKEN.findall(text, value.end or 0, sentence.end):
        if token in _CLAUSE_MARKS or token.lower() in LIST_CLOSERS:
            break
        words.append(token)
    return words


def _stem(word: str) -> str:
    """A word without its plural ending, in lower case: "Exports" and "export" alike."""
    return word.lower().removesuffix("s")


def _another_time(text: str, sentence: Block, after: Block) -> bool:
    """Whether the sentence after a total may state figures of another time: a month or
    year its sentence does not name, a word of an earlier period ("a year earlier", "the
    previous quarter") or a comparison ("compared with")."""
    words = {t.lower() for t in TOKEN.findall(text, after.start, after.end)}
    return (
        not periods_named(text, after) <= periods_named(text, sentence)
        or bool(words & _EARLIER_WORDS)
        or bool(COMPARED_ANYWHERE.search(text, after.start, after.end))
    )


def _part_verb(
    mentions: Mentions, values: Sequence[Value], index: int, after: Block, first: int
) -> str | None:
    """The verb that makes the first figure of the sentence after a total a part of it
    ("Domestic firms accounted for $33.1 billion"), when the total is the one figure of
    its kind in its sentence and not itself stated as a share of a whole there ("taxes of
    R587 million came to a third of the wealth", "$22.86 million, or 20 percent": a part,
    not the whole the next sentence splits); else None."""
    text, total = mentions.text, values[index]
    sentence = mentions.document.sentence_at(total.start or 0)
    kin = (v for v in values[:index] if unit_key(v) == unit_key(total))
    if any((v.start or 0) >= sentence.start for v in kin):
        return None
    if any(
        _share_of_whole(text, v) for v in values[index + 1 : first] if (v.end or 0) <= sentence.end
    ):
        return None
    following = values[index + 1] if index + 1 < len(values) else None
    if following is not None and _restated_as_share(text, total, following):
        return None  # "$22.86 million worth, or 20 percent; the US took ...": a part itself
    verb = _PART_VERB_BEFORE.search(text, after.start, hedge_start(text, values[first]))
    return " ".join(verb.group("verb").lower().split()) if verb else None


def _restated_as_share(text: str, value: Value, following: Value) -> bool:
    """Whether the figure after a value restates it as a share, after a word or two: "$22.86
    million worth, or 20 percent", "$17.8 million (15 percent)"."""
    return unit_key(following) == "percent" and bool(
        _SHARE_RESTATING.fullmatch(text, value.end or 0, hedge_start(text, following))
    )


def _share_of_whole(text: str, value: Value) -> bool:
    """Whether a figure is a percentage or fraction of a whole named right after it: "a
    third of the wealth", "40% of revenue"."""
    return unit_key(value) == "percent" and bool(OF_AFTER.match(text, value.end or 0))


def _total_name(text: str, total: Value, start: int | None = None) -> str | None:
    """The word right around a figure that names it a total: a word of `total named` a few
    words before it (or before `start`, its change's) in its clause ("total spending
    was", "total spending rose 5% to"), or "in all" after it."""
    after = TOTAL_AFTER.match(text, total.end or 0)
    if after:
        return " ".join(str(after.group("word")).lower().split())
    start = hedge_start(text, total) if start is None else start
    before: list[str] = TOKEN.findall(text, max(0, start - WORD_WINDOW), start)[-_MAX_TOTAL_NAME:]
    for word in reversed(before):
        if word.lower() in _TOTAL_NAMES:
            return word.lower()
        if word in CLAUSE_BREAKS or word in ",." or HAS_DIGIT.search(word):
            return None
    return None


def _rest_after(mentions: Mentions, values: Sequence[Value], index: int) -> Value | None:
    """The figure after values[index] in its sentence, when named as the rest ("the
    remaining 4.26 billion", "for the rest, $652 million")."""
    if index + 1 >= len(values):
        return None
    text, rest = mentions.text, values[index + 1]
    start = hedge_start(text, rest)
    sentence = mentions.document.sentence_at(values[index].start or 0)
    if start >= sentence.end or not REMAINDER_CUE.search(text, max(0, start - WORD_WINDOW), start):
        return None
    return rest


def _joins_the_rest(text: str, last: Value, rest: Value) -> bool:
    """Whether the rest after a list's last part is joined to the list with no name of its
    own (", with the remaining 380,000"), not a part of a total around the list ("..., of
    which A and B, and non-tax sources the remaining Tk 37,710 crore")."""
    words = [t for t in TOKEN.findall(text, last.end or 0, hedge_start(text, rest)) if t.isalpha()]
    return len(words) <= _REST_JOIN_WORDS


def _part_name(tokens: Sequence[str], *, last: bool) -> bool:
    """Whether the words after a bracketed part name it and, unless it is the last, move
    on to the next: "current, ", "capital and ", "on staff, "; not a date or a comparison."""
    words = [t.lower() for t in tokens]
    if not last:
        for separator, _closes in LIST_SEPARATORS:
            if words[-len(separator) :] == separator and len(words) > len(separator):
                words = words[: -len(separator)]
                break
        else:
            return False
    return (
        0 < len(words) <= MAX_NAME_WORDS
        and all(w.isalpha() for w in words)
        and words[-1] not in PREPOSITIONS
        and not any(w in NOT_A_PART - PREPOSITIONS or w in CLAUSE_STOPS for w in words)
        and names_a_part(tokens[: len(words)])
    )


def _opened_parts(
    mentions: Mentions, values: Sequence[Value], starts: Sequence[int], index: int, sentence: Block
) -> list[Value]:
    """The parts after a total opening its sentence: a list ("Of the $12 billion allocated,
    $5 billion goes to rail and $4 billion to roads"), else the first figure after the
    comma closing the total's name ("Of the $1.8 billion the state received under the
    act, it has committed $1.5 billion"), and those listed after it, each named before
    its figure ("Of the 150 seats, the Greens won 70, the Reds 50 and others 30")."""
    text, total = mentions.text, values[index]
    named = _OPENED_NAME.match(text, total.end or 0)
    if named is not None and index + 2 < len(values) and starts[index + 1] == named.end():
        parts = [
            inherit(p, total)
            for p in list_after(text, values, index + 1, sentence, verb_first=True)
        ]
        if len(parts) >= 2 and all(unit_key(p) == unit_key(total) for p in parts):
            return _closed_by_rest(mentions, values, starts, parts, total)
    comma = text.find(",", total.end or 0, sentence.end)
    after = bisect.bisect_left(starts, comma + 1) if comma >= 0 else len(values)
    if after >= len(values) or (values[after].start or 0) >= sentence.end:
        return []
    part = _single_part(text, values[after], comma + 1)
    if part is None or not part_of(part, total):
        return []
    lead = _lead(text, comma + 1, part)
    by_name = list_after(text, values, after, sentence, verb_first=True, named=True) if lead else []
    listed = [inherit(p, total) for p in by_name or loose_list(text, values, after, sentence)]
    if not listed or not all(part_of(p, total) for p in listed):
        listed = [part]  # and the rest, if named after it: "1,906 ... and the remaining 1,308"
    return _closed_by_rest(mentions, values, starts, listed, total)


def _closed_by_rest(
    mentions: Mentions,
    values: Sequence[Value],
    starts: Sequence[int],
    parts: list[Value],
    total: Value,
) -> list[Value]:
    """The parts, and the rest named right after the last of them, when there is one: "1,900
    will go in Germany and 800 in France, with the remaining 500 spread across other
    markets" (which makes the list complete: `_completed`)."""
    last = bisect.bisect_left(starts, hedge_start(mentions.text, parts[-1]))
    rest = _rest_after(mentions, values, last) if last < len(values) else None
    if rest is None or any(rest is p for p in parts) or not part_of(rest, total):
        return parts
    return [*parts, inherit(rest, total)]


def _lead(text: str, start: int, first: Value, *, names_listed: bool = False) -> list[str] | None:
    """The words from a breakdown's cue to its first part: none (or an article: "a $25.5
    billion shortfall"); a few naming the part ("defence took $4.2 billion"), or when
    `names_listed` the parts ("Europe and Asia, at"); else None, as for a clause word, a
    forecast ("analysts had expected $4.8 billion") or words that make the figures
    explain the total ("results were hit by a £0.9bn charge")."""
    lead = without_relative(TOKEN.findall(text, start, hedge_start(text, first)))
    if names_listed:
        lead = [t for t in lead if t != "," and t.lower() not in LIST_CLOSERS]
    if lead in (["a"], ["an"]):
        return []
    if lead and (
        not is_label(lead, MAX_BREAKDOWN_LABEL)
        or RESTATEMENT_GUARD.search(" ".join(lead))
        or _EXPLAINING.intersection(t.lower() for t in lead)
    ):
        return None
    return lead


def _single_part(text: str, value: Value, floor: int) -> Value | None:
    """A figure read as one part of a total named before it, unless the word before it
    makes it a date, a year or a figure of another phrase ("in 2019", "on March 31")."""
    before = TOKEN.findall(
        text, max(floor, (value.start or 0) - WORD_WINDOW), hedge_start(text, value)
    )
    if before and before[-1].lower() in NOT_A_PART:
        return None
    return None if a_year(value) else value


def part_of(part: Value, total: Value) -> bool:
    """Whether a part may be of a total: one currency or unit, and a count no larger in
    scale ("Of the 120 stores, 2 million customers ..." counts something else)."""
    if unit_key(part) != unit_key(total):
        return False
    return bool(unit_key(part)) or part.multiplier <= total.multiplier


def total_before(
    mentions: Mentions,
    values: Sequence[Value],
    index: int,
    floor: int,
    part: Value,
    clause: Block | None = None,
) -> Value | None:
    """The total "Of that, ..." points back to: the one figure of the part's currency or
    unit in the sentence before (or in `clause`, the one before a semicolon) that is not
    compared with ("up from", "more than the") nor a mark passed ("topped $2 billion"), in
    the same paragraph; None when there is none or several,
    or when it is a percentage: shares listed "of that" are shares of what it measures,
    not parts of it ("25.9% of GDP. Of that amount, 68.5 percent ...")."""
    if clause is not None:
        previous = clause
    elif floor == 0 or mentions.document.paragraph_at(floor).start >= floor:
        return None
    else:
        previous = mentions.document.sentence_at(len(mentions.text[:floor].rstrip()) - 1)
    found = [
        v
        for v in values[:index]
        if (v.start or 0) >= previous.start
        and part_of(part, v)
        and not any(
            words.search(mentions.text, previous.start, hedge_start(mentions.text, v))
            for words in (COMPARED_WITH, _A_MOVE_SIZE, MARK_PASSED_BEFORE)
        )
    ]
    return found[0] if len(found) == 1 and unit_key(found[0]) != "percent" else None


def parts_of_wholes(
    mentions: Mentions, values: Sequence[Value], earlier: Collection[int | None] = ()
) -> Iterator[TotalClaim]:
    """A part stated with its whole: "took £83 billion of the Chancellor's £103 billion
    package"; "covers 29 million customers, about 4 million of them on prepayment
    meters". The part may not exceed the whole. Not percentages: those are shares.
    `earlier`: where each change's earlier value starts, which "of it" never points back
    to ("climbed to R105.8 million from R86.8 million; R100.7 million of it ...").
    """
    text = mentions.text
    starts: list[int] = []
    for index, part in enumerate(values):
        of = _OF_WHOLE.match(text, part.end or 0)
        if of is None or unit_key(part) in ("percent", "percentage_point"):
            continue
        starts = starts or [hedge_start(text, v) for v in values]
        sentence = mentions.document.sentence_at(part.start or 0)
        if of["back"] and unit_key(part):
            whole = _pointed_whole(text, values, index, sentence, earlier)
            if (
                whole is None
                and not _another_whole(values, index, sentence.start)
                and _rest_after(mentions, values, index) is None  # `parts_of_that`'s
            ):
                # the first of its kind in its sentence points back to the one figure of
                # its kind in the sentence before, among all the text states: "The agency
                # spent $4.1 billion. Salaries took $2.3 billion of that"
                every = stated_values(mentions)
                at = bisect.bisect_left(every, part.start or 0, key=lambda v: v.start or 0)
                whole = total_before(mentions, every, at, sentence.start, part)
            if whole is None:
                continue
        elif of["back"]:
            whole = values[index - 1] if index else None
            if whole is None or (whole.start or 0) < sentence.start:
                continue
            if not in_digits(whole.text) and in_digits(part.text):
                continue  # "The six counties ... accounted for 1,897,150 of them": not six
            if _another_whole(values, index - 1, sentence.start):
                continue  # "1,200 members and 40 coaches, and 300 of them": no single whole
        else:
            whole = values[index + 1] if index + 1 < len(values) else None
            if whole is None or starts[index + 1] != of.end():
                continue
        if not part_of(part, whole) or (
            not of["out"] and _single_part(text, whole, sentence.start) is None
        ):
            continue
        parts = [part]
        rest = None if of["back"] else _rest_after(mentions, values, index + 1)
        if rest is not None and unit_key(rest) == unit_key(part) and part_of(rest, whole):
            # "Women made up 241,317 of the 443,540 unemployed, with men accounting for the
            # remaining 192,223": the rest completes the whole
            parts = [part, rest]
        if of["back"]:  # "€49.4bn, €30.0bn of them to the euro area and €19.3bn to ..."
            listed = list_after(text, values, index, sentence, verb_first=True) or loose_list(
                text, values, index, sentence
            )
            if len(listed) > 1 and all(part_of(p, whole) for p in listed):
                parts = listed
        span = (
            min(part.start or 0, whole.start or 0),
            max(parts[-1].end or 0, whole.end or 0, of.end()),
        )
        wording = " ".join(of.group().split())
        yield split_total(text, whole, parts, wording, not completed(text, parts), span)


def _pointed_whole(
    text: str,
    values: Sequence[Value],
    index: int,
    sentence: Block,
    earlier: Collection[int | None],
) -> Value | None:
    """The amount "of it" after values[index] points back to: the first of its currency or
    unit in its sentence, when every other one between is compared with it ("R297.5
    billion, up from R265.7 billion last year; basic education accounts for R205.8 billion
    of it"; "R168.4 billion, R11.1 billion more than last year's R157.3 billion, with R75
    billion of that"); None when there is none, or one between that is not compared."""
    key = unit_key(values[index])
    opening = index
    while opening > 0 and (values[opening - 1].start or 0) >= sentence.start:
        opening -= 1
    kin = [
        k
        for k in range(opening, index)
        if unit_key(values[k]) == key and values[k].start not in earlier
    ]
    if not kin:
        return None
    for k in kin[1:]:
        start = hedge_start(text, values[k])
        between = text[values[k - 1].end or 0 : start]
        if not (
            COMPARED_ANYWHERE.search(between)
            or _COMPARISON.search(between)
            or COMPARATIVE_AFTER.match(text, values[k].end or 0)
        ):
            return None
    whole = values[kin[0]]
    if COMPARATIVE_AFTER.match(text, whole.end or 0):
        return None  # "€0.9 billion more than a year earlier": a difference, not a whole
    start = hedge_start(text, whole)
    return None if COMPARED_WITH.search(text, max(0, start - WORD_WINDOW), start) else whole


def _another_whole(values: Sequence[Value], whole: int, since: int) -> bool:
    """Whether a value of the whole's kind stands before it in its sentence (from `since`)."""
    key = unit_key(values[whole])
    for i in range(whole - 1, -1, -1):  # walks back only within the sentence
        other = values[i]
        if (other.start or 0) < since:
            return False
        if unit_key(other) == key:
            return True
    return False


def counted_totals(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
    """A total of the figures just listed, counted back to: "Ontario had 15.4 million
    people, Quebec 8.8 million and British Columbia 5.4 million, so the three together
    held 29.6 million". The count ("the three") says how many figures before are the
    parts; each must be listed (a comma or "and" before it) in one sentence: the total's or,
    in its paragraph, the one before ("... and B.C. 5.4 million. Together, the three ...").
    """
    text = mentions.text
    cues = _TOGETHER_WORDS.positions(text)
    for index, total in enumerate(values[2:] if cues else (), start=2):
        if (values[index - 1].text or "").lower() in _COUNTS:  # "the [three]" is no part
            index -= 1
        if not near(cues, (values[index - 1].end or 0), (total.start or 0)):
            continue
        words = [
            t.lower() for t in TOKEN.findall(text, values[index - 1].end or 0, total.start or 0)
        ]
        if len(words) > _MAX_TOGETHER or not any(
            words[i : i + len(cue)] == cue for cue in _TOGETHER for i in range(len(words))
        ):
            continue
        counts = [
            _COUNTS[w] for i, w in enumerate(words[1:], 1) if words[i - 1] == "the" and w in _COUNTS
        ]
        if len(counts) != 1 or counts[0] > index:
            continue
        parts = [inherit(p, total) for p in values[index - counts[0] : index]]
        if not _one_sentence_before(mentions, parts, total) or any(
            unit_key(p) != unit_key(total) or _compared_or_sized(text, p) for p in parts
        ):
            continue  # "up 5.6% from 39.6 million", "overtaking it by 8,700": no part
        gaps = [TOKEN.findall(text, a.end or 0, b.start or 0) for a, b in itertools.pairwise(parts)]
        if not all(("," in gap or "and" in gap) and ";" not in gap for gap in gaps):
            continue
        span = (parts[0].start or 0, total.end or 0)
        yield split_total(text, total, parts, " ".join(words), span=span)


def _compared_or_sized(text: str, value: Value) -> bool:
    """Whether a value is one compared with ("from 39.6 million", "against") or a move's
    size ("by 8,700", "an increase of 9 million"), no level to add up."""
    start = hedge_start(text, value)
    floor = max(0, start - WORD_WINDOW)
    return bool(
        COMPARED_WITH.search(text, floor, start)
        or _A_MOVE_SIZE.search(text, floor, start)
        or BY_BEFORE.search(text, floor, start)
        or _FROM_BEFORE.search(text, floor, start)
    )


def _one_sentence_before(mentions: Mentions, parts: Sequence[Value], total: Value) -> bool:
    """Whether the parts are all in the total's sentence, or all in the sentence before it
    in its paragraph ("Ontario had 15.4 million, ... and B.C. 5.4 million. Together, the
    three held 29.6 million")."""
    document = mentions.document
    sentence = document.sentence_at(total.start or 0)
    first = document.sentence_at(parts[0].start or 0)
    if first.start == sentence.start:
        return True
    last = document.sentence_at(parts[-1].start or 0)
    return (
        last.start == first.start
        and first.end <= sentence.start
        and document.sentence_at(len(mentions.text[: sentence.start].rstrip()) - 1).start
        == first.start
        and document.paragraph_at(first.start).start == document.paragraph_at(sentence.start).start
    )


def _breakdown_label(tokens: Sequence[str]) -> bool:
    """Whether words may name a total before its breakdown: "for agriculture and rural
    development"; "and" may join them, no other word that starts a clause."""
    return is_label([t for t in tokens if t.lower() != "and"], MAX_BREAKDOWN_LABEL)


def split_total(
    text: str,
    total: Value,
    parts: Sequence[Value],
    wording: str,
    open_list: bool = False,
    span: tuple[int, int] | None = None,
) -> TotalClaim:
    """A total and the parts it splits into, read over `span`: by default from the total
    to its last part."""
    start, end = span or (total.start or 0, parts[-1].end or 0)
    return TotalClaim(
        text=text[start:end],
        start=start,
        end=end,
        parts=tuple(parts),
        total=total,
        wording=wording,
        open=open_list,
    )
