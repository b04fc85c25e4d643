"""Lists of parts in running text ("A, B and C"), and the cues the totals readers share."""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Callable, Iterator, Sequence

from claimcheck import vocabulary
from claimcheck.document import Block
from claimcheck.extract.changes import (
    TOKEN,
    Value,
    near,
    passed_over,
    without_time,
)
from claimcheck.extract.figures import hedge_start
from claimcheck.extract.lexicon import DIFFERENCE_COMPARATIVES, any_of, noun_stem
from claimcheck.extract.mentions import Mentions
from claimcheck.model.claims import (
    Money,
    TotalClaim,
)

WORD_WINDOW = 80  # characters searched before a value for the word introducing it
WORD_AFTER_REACH = 20  # characters searched after a value for the word that follows it
PART_GAP = 80  # the most characters between listed parts, or between a value and its label
MAX_VALUES_BACK = 40  # the most values looked back over for the two of a difference
TOTAL_AFTER = re.compile(
    rf"\s+(?P<word>{any_of(vocabulary.words('cues', 'total after'))})(?![\w-])", re.IGNORECASE
)

# After the difference of a comparison: an aside ("or 6.1 percent,") and the word comparing.
COMPARATIVE_AFTER = re.compile(
    r"(?:\s*,\s*or\s+[^,;()]{1,40},)?\s+"
    rf"(?P<word>{any_of(DIFFERENCE_COMPARATIVES)})\s",
    re.IGNORECASE,
)

# How listed parts are separated, each with whether it closes the list ("and", "plus").
LIST_SEPARATORS = (
    ([","], False),
    *(
        (separator, True)
        for closer in vocabulary.words("cues", "list close")
        for separator in (closer.split(), [",", *closer.split()])
    ),
)
BREAKDOWN_OPEN = frozenset(vocabulary.words("cues", "breakdown open"))
BREAKDOWN_WORDS = (*vocabulary.words("cues", "breakdown"), *BREAKDOWN_OPEN)
# Between a figure and those that break it down: ":", "of which", "made up of".
BREAKDOWN_CUE = re.compile(rf":|(?<![\w-])(?:{any_of(BREAKDOWN_WORDS)})(?![\w-])", re.IGNORECASE)
# Words after a total's cue that leave its list open: "$9 billion: among them $4 billion".
OPEN_LEADS = re.compile(
    rf"(?<![\w-])(?:{any_of((*BREAKDOWN_OPEN, *vocabulary.words('cues', 'sum open leads')))})"
    r"(?![\w-])",
    re.IGNORECASE,
)
# Before a figure: words that make it a value compared with ("against $34.4 billion").
COMPARED_ANYWHERE = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('cues', 'compared before'))})(?![\w-])",
    re.IGNORECASE,
)
# Before a value a breakdown cannot be of: one compared with ("0.7 percent above the
# Rp1,943.7 trillion of 2018: taxes ...").
COMPARING_WORDS = (*vocabulary.words("cues", "compared before"), *DIFFERENCE_COMPARATIVES)
COMPARED_WITH = re.compile(
    rf"(?<![\w-])(?:{any_of(COMPARING_WORDS)})"
    rf"(?:\s+(?:{any_of(vocabulary.words('clauses', 'determiners'))}))?\s+\Z",
    re.IGNORECASE,
)
MAX_BREAKDOWN_LABEL = 8
MAX_VERB_WORDS = 3
# Words before a figure that make it a date or the figure of another phrase, not a part.
NOT_A_PART = frozenset(
    (
        *(m.lower() for m in calendar.month_name[1:]),
        *vocabulary.words("cues", "not a part after"),
    )
)
_BROUGHT = vocabulary.pattern(vocabulary.words("cues", "total brought"))
# The words just before a total stated after its parts: "a total of", "for a national
# total of", "combined annual sales of", "for total sales of", "bringing [its total energy
# bill] to", "brought [the operator's full-year total] to".
TOTAL_BEFORE = re.compile(
    rf"(?<![\w-])(?P<word>{any_of(vocabulary.words('cues', 'total before'))}"
    r"|combined(?:\s+[a-z-]+){0,3}\s+of|(?:for\s+)?an?\s+[a-z-]+\s+total\s+of"
    rf"|for\s+{vocabulary.pattern(vocabulary.words('cues', 'total named'))}"
    r"(?:\s+[a-z-]+){0,2}\s+of"
    rf"|{_BROUGHT}\s+{vocabulary.pattern(vocabulary.words('clauses', 'determiners'))}"
    r"(?:\s+[\w'’-]+){0,3}?\s+total(?:\s+[a-z-]+){0,3}?\s+to)\s*\Z",
    re.IGNORECASE,
)
# A running total's verb: "bringing the total to" counts more than the parts before it.
RUNNING = re.compile(_BROUGHT, re.IGNORECASE)
# The marks that end a phrase: a list's last label, a clause closing a compared value.
PHRASE_MARKS = frozenset(".;,:—–()")
PREPOSITIONS = frozenset(vocabulary.words("cues", "part prepositions"))
CLAUSE_STOPS = frozenset((*vocabulary.clause_words(), "than"))
PHRASE_ENDS = frozenset(vocabulary.words("clauses", "phrase ends"))
_SUBORDINATORS = frozenset(vocabulary.words("clauses", "subordinators"))
MAX_LABEL_WORDS = 4
_MAX_ASIDE = 3  # words of an aside in commas inside the last part's name
# Around a figure restating the part before it: "25,389, or 53.3%, for ...", "44,310 (12.4%)".
_RELATIVE_LINKS = frozenset(vocabulary.words("clauses", "relative openers"))
_MAX_RELATIVE = 3  # words of a relative clause between a part's name and its figure
ASIDE_OPEN = re.compile(r"\s*(?:,\s*or\s+|\(\s*)")
_ASIDE_CLOSE = re.compile(r"\s*[,)]")
_GROUP_POINTERS = frozenset(vocabulary.words("clauses", "pointing back to a group"))
# Words after a count that do not name what it counts: "1,127 of them", "618 were".
_NOT_COUNTED = frozenset(
    (
        *PREPOSITIONS,
        *vocabulary.words("cues", "governing prepositions"),
        *vocabulary.words("clauses", "coordinators"),
        *vocabulary.words("clauses", "determiners"),
        *(w for w in vocabulary.words("directions", "linking verbs") if " " not in w),
    )
)
# Between a part and the whole it is counted of: "3.6 million [of the ]5.5 million".
COUNTED_OF = re.compile(
    rf"\s+(?:out\s+)?of\s+(?:(?:{any_of(vocabulary.words('clauses', 'determiners'))})\s+)?",
    re.IGNORECASE,
)
_PLURALS = frozenset(w.lower() for w in vocabulary.words("cues", "population nouns"))
_COUNTED_WORDS = 3  # "214 [new patrol vehicles]"
_COUNTED_REACH = 40  # characters read after a count for them
_SHORTEST_PLURAL = 3  # "was", "has", "its" end in "s" and count nothing
_PLURAL_END = re.compile(r"[^siu]s\Z")  # "votes", not "across", "thus", "this"
_NAME_CLOSERS = PREPOSITIONS | frozenset(vocabulary.words("cues", "part name closers"))
MAX_NAME_WORDS = 2
_PLACE_OPENERS = frozenset(vocabulary.words("cues", "part place openers"))
_MAX_PLACE_WORDS = 2
# The words after a comma that open the clause of a total's second part, and the marks
# that end a clause, which may not stand between its two parts.
_JOINS = frozenset(
    (*vocabulary.words("clauses", "contrasts"), *vocabulary.words("cues", "list close"))
)
_CLAUSE_ENDS = frozenset(";:—–()")
RESPECTIVELY = frozenset(vocabulary.words("cues", "list respectively"))
_LAST_GAP_ENDS = ([","], ["—"], ["–"], ["("], [",", "or"], ["or"], [":"], [",", "which"])
# Between parts of a list read loosely: the marks and words that separate them, and the
# words that close it.
LIST_CLOSERS = frozenset(vocabulary.words("cues", "list close"))
LOOSE_SEPARATORS = frozenset((",", ";", *LIST_CLOSERS))
# The last word before a figure that makes it a value compared with or a date, not a part:
# "up from $4 billion", "climbs to Sh104 billion".
_LIST_GUARD = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('cues', 'list guards'))})", re.IGNORECASE
)
# In the words between two parts: a breakdown of the part before ("R140.5bn for grants: the
# old-age grant R58.9bn and ..."), whose parts are not the outer list's.
_NESTED = re.compile(rf":|(?<![\w-])(?:{any_of(BREAKDOWN_OPEN)})(?![\w-])", re.IGNORECASE)
# Words that turn to a contrasting clause, whose figures a loose list cannot tell from its
# own: "27%, of which Spain 14%, while the UK brought in 13% and the US the other 10%".
_CONTRASTS = frozenset(vocabulary.words("clauses", "contrasts"))
NOT_A_LISTED_PART = frozenset(
    (*NOT_A_PART - frozenset(vocabulary.words("cues", "part label ends")), "to")
)
# A share named as the rest of its whole: "the remaining 31.2%"; its whole, 100%.
REMAINDER_CUE = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('cues', 'remainder'))})\s*,?\s+\Z", re.IGNORECASE
)
# Before the first figure of a list closed by a remainder: a verb stating it as the total,
# and after it a mark breaking the clause.
CLAUSE_BREAKS = frozenset(";—–")
_REMAINDER_TOKENS = [cue.split() for cue in vocabulary.words("cues", "remainder")]
# Words in a listed part's name that make it the rest of the list's total: "those to [the
# rest of] the world", "650 [elsewhere] in Europe".
_REST_WORDS = vocabulary.pattern(vocabulary.words("cues", "rest labels"))
_REST_LABEL = re.compile(rf"(?<![\w-])(?:{_REST_WORDS})", re.IGNORECASE)
_REST_AFTER = re.compile(rf"\s+(?:{_REST_WORDS})", re.IGNORECASE)  # "6,500[ elsewhere]"

HAS_DIGIT = re.compile(r"\d")
ROLE_WORDS = 6  # how far before a value its role word ("exports", "spending") may be
METRIC_LINKS: tuple[tuple[str, ...], ...] = tuple(
    tuple(link.split()) for link in vocabulary.words("cues", "metric links")
)
# Words (or how they begin) that rule a sentence out, as a trie: `re` tries it at every
# word of a sentence, and a trie at a word fails after a letter or two.
RESTATEMENT_GUARD = re.compile(
    r"\b(?:"
    + any_of(vocabulary.words("cues", "restatement guards"))
    + r"|pro[- ]forma|"
    + vocabulary.pattern(vocabulary.words("cues", "restatement guard words"))
    + ")",
    re.IGNORECASE,
)
MONTH_NAMES = "|".join(calendar.month_name[1:])
YEAR_FIGURE = re.compile(r"(?:fiscal\s+)?(?:19|20)\d\d")
YEAR_EARLIER = re.compile(
    r"\s+(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year|the\s+year\s+before)\b",
    re.IGNORECASE,
)


# A figure's own words, back from it to the separator before it and on from it to the one
# after: "and [a loss of] €8 million [on currencies]", "a [deficit of] $28.5 billion".
_PART_SEPARATOR = re.compile(
    r"[,;:()!?\u2014]|\.(?!\d)|\s[-\u2013]\s"
    rf"|(?<![\w-])(?:{any_of(vocabulary.words('cues', 'list close'))})(?![\w-])",
    re.IGNORECASE,
)
_SUBTRACTING, _GAINING = (
    re.compile(rf"(?<![\w-])(?:{any_of(vocabulary.words('cues', name))})(?![\w-])", re.I)
    for name in ("subtracted parts", "gained parts")
)
_MINUS_BEFORE = re.compile(r"(?:(?<![\w.,-])[-\u2212\u2013]|\u2212\s)\Z")
_OWN_REACH = 48  # the farthest characters before or after a figure read as its own words
# After a figure, the noun it names, maybe after "of" or "in" and one word: "$1.2 billion
# [of] write-downs", "a $2 billion deficit", "$3 billion in [credit] losses"; not a word a
# preposition sets against it: "$2 billion to cut the deficit", "set aside for losses".
_NOUN_AFTER = re.compile(r"\s+(?:(?:of|in)\s+)?", re.IGNORECASE)
_MODIFIER = re.compile(
    rf"(?!(?:{any_of(vocabulary.words('cues', 'governing prepositions'))})(?![\w-]))"
    r"[^\W\d_][\w'-]*\s+",
    re.IGNORECASE,
)


def completed(text: str, parts: Sequence[Value]) -> bool:
    """Whether the last of several listed parts is named as the rest of the total, which
    makes the list complete: "$5 billion goes to rail and the remaining $7 billion to roads";
    "€71.5 billion to EU countries and those to the rest of the world €59.7 billion"; "and
    650 elsewhere in Europe"."""
    if len(parts) < 2:
        return False
    start = hedge_start(text, parts[-1])
    if REMAINDER_CUE.search(text, max(0, start - WORD_WINDOW), start):
        return True
    if _REST_AFTER.match(text, parts[-1].end or 0):
        return True
    # the last part's own words, from the separator after the part before it
    words = text[parts[-2].end or 0 : start]
    separator = max(words.rfind(","), words.rfind(";"), words.lower().rfind(" and "))
    return bool(_REST_LABEL.search(words, max(0, separator)))


def subtracted_part(text: str, part: Value, floor: int = 0, ceiling: int | None = None) -> bool:
    """Whether a listed part's own words subtract it from its total, or leave its sign
    unread: a minus sign right before it ("-€8 million"), or a word of [subtracted parts]
    in the words between the separator before it (a comma, "and", "plus", a colon, never
    before `floor`: the cue or the figure before) and the figure ("and a loss of €8
    million", "minus $500 million", "currency moves knocked off $2 billion"), or the noun
    it names after it, never past `ceiling` ("$1.2 billion of write-downs", "a €3 million
    loss"; not "$2 billion to cut the deficit")."""
    return _minus(text, part, floor) or _own_words(text, part, _SUBTRACTING, floor, ceiling)


def subtracts_a_part(text: str, total: TotalClaim) -> bool:
    """Whether a total's text subtracts one of the parts read as added, or leaves its sign
    unread: every totals reader leaves such a total unread, as one read as added would
    raise a false alarm on clean copy ("made up of €20 million from trading and -€8
    million", "a loss of €8 million on currencies"). A part read with its sign (a
    negative value) is added as it is, and so are parts all subtracted alike ("a gap of
    $11 billion: an $8 billion deficit at the centre and a $3 billion shortfall in the
    regions"). A total its own words name a loss or a deficit ("a deficit of $28.5
    billion: a $25.5 billion shortfall plus a $3 billion contingency fund") adds its
    losses; a part of it with a minus sign or a word of a gain ([gained parts]: "offset
    by a $2 billion surplus on services") is subtracted."""
    parts, whole = total.parts, total.total
    after = (whole.start or 0) >= (parts[-1].end or 0)  # "..., for a combined $5.5 billion"
    first = 0 if after or (whole.end or 0) > (parts[0].start or 0) else whole.end or 0
    floors = [first, *(p.end or 0 for p in parts[:-1])]
    ceilings = [*(p.start for p in parts[1:]), whole.start if after else None]
    if subtracted_part(text, whole, parts[-1].end or 0 if after else 0, parts[0].start):
        return any(
            _minus(text, part, floor) or _own_words(text, part, _GAINING, floor, ceiling)
            for part, floor, ceiling in zip(parts, floors, ceilings, strict=True)
        )
    subtracted = [
        part.value > 0 and subtracted_part(text, part, floor, ceiling)
        for part, floor, ceiling in zip(parts, floors, ceilings, strict=True)
    ]
    return any(subtracted) and not all(subtracted)


def _minus(text: str, value: Value, floor: int) -> bool:
    """Whether a minus sign stands right before a figure, after `floor`."""
    opening = hedge_start(text, value)
    return _MINUS_BEFORE.search(text, max(floor, opening - 2), opening) is not None


def _own_words(
    text: str, value: Value, words: re.Pattern[str], floor: int, ceiling: int | None
) -> bool:
    """Whether one of `words` is among a figure's own words: from the separator before it
    (never before `floor`) to it, or the noun it names after it (`_NOUN_AFTER`, never
    past `ceiling`)."""
    opening = hedge_start(text, value)
    own = text[max(floor, opening - _OWN_REACH) : opening]
    own = own[max((m.end() for m in _PART_SEPARATOR.finditer(own)), default=0) :]
    if words.search(own):
        return True
    end = value.end or opening
    stop = end + _OWN_REACH if ceiling is None else min(ceiling, end + _OWN_REACH)
    lead = _NOUN_AFTER.match(text, end, stop)
    if lead is None:
        return False
    modifier = _MODIFIER.match(text, lead.end(), stop)
    nouns = (lead.end(), *((modifier.end(),) if modifier else ()))
    return any(words.match(text, at, stop) for at in nouns)


def keyed_values(
    mentions: Mentions,
    values: Sequence[Value],
    positions: Sequence[int],
    before_pattern: re.Pattern[str],
    after_pattern: re.Pattern[str] | None,
    keep_before: Callable[[re.Match[str]], bool] = lambda match: True,
) -> Iterator[tuple[int, Value, Block, re.Match[str] | None, re.Match[str] | None]]:
    """Each value with its keyword phrase just before it ("a combined") or after it ("in
    all"; none read without `after_pattern`); `positions`: where the keywords start."""
    text = mentions.text
    for index, value in enumerate(values if positions else ()):
        start = value.start or 0
        if not near(positions, start - WORD_WINDOW, (value.end or 0) + WORD_AFTER_REACH):
            continue
        sentence = mentions.document.sentence_at(start)
        before = before_pattern.search(
            text, max(sentence.start, start - WORD_WINDOW), hedge_start(text, value)
        )
        if before is not None and not keep_before(before):
            before = None
        after = (
            None if before or after_pattern is None else after_pattern.match(text, value.end or 0)
        )
        if before is not None or after is not None:
            yield index, value, sentence, before, after


def _without_remainder(tokens: list[str]) -> list[str]:
    """The tokens before a part without the words naming it the rest: "and [the remaining]"."""
    words = [t.lower() for t in tokens]
    for cue in _REMAINDER_TOKENS:
        if len(words) > len(cue) and words[-len(cue) :] == cue:
            return tokens[: -len(cue)]
    return tokens


def _restated_as(text: str, at: int, value: Value, first: Value) -> int | None:
    """Where an aside restating the part before it ends, when `value` is one right at
    `at` (", or 53.3%," or " (12.4%)"), of another kind than the parts; else None."""
    if unit_key(value) == unit_key(first) or not ASIDE_OPEN.fullmatch(
        text, at, hedge_start(text, value)
    ):
        return None
    close = _ASIDE_CLOSE.match(text, value.end or 0)
    return close.end() if close else None


def compared(text: str, value: Value, floor: int = 0) -> bool:
    """Whether a comparing word, after `floor`, introduces a value: "against 290 in 2010",
    "up from $84.6 billion"."""
    start = hedge_start(text, value)
    return COMPARED_WITH.search(text, max(floor, start - WORD_WINDOW), start) is not None


def without_relative(tokens: list[str]) -> list[str]:
    """The tokens before a part without a relative clause linking its name to it: "the
    schools programme[, which gets] Rs 2,000 crore" reads as "the schools programme Rs
    2,000 crore"; a comma closing such a clause after the part before goes too ("Rs 2,000
    crore[,] and higher education"). Only a clause of a few plain words right before the
    figure, after a name."""
    for at in range(max(1, len(tokens) - _MAX_RELATIVE - 2), len(tokens) - 2):
        if tokens[at] == "," and tokens[at + 1].lower() in _RELATIVE_LINKS:
            verb = tokens[at + 2 :]
            if 0 < len(verb) <= _MAX_RELATIVE and all(
                t.isalpha() and t.lower() not in CLAUSE_STOPS for t in verb
            ):
                return tokens[:at]
    return tokens


def _without_aside(tokens: list[str]) -> list[str]:
    """The tokens before the last part without a short aside in commas after the word
    closing the list: "and the foreign sector[, crude oil included,] for"."""
    closer = next((i for i, t in enumerate(tokens) if t.lower() in LIST_CLOSERS), None)
    commas = [i for i, t in enumerate(tokens) if t == ","]
    if closer is None or len(commas) != 2 or commas[0] < closer:
        return tokens
    aside = tokens[commas[0] + 1 : commas[1]]
    if not aside or len(aside) > _MAX_ASIDE or not all(t.isalpha() for t in aside):
        return tokens
    return tokens[: commas[0]] + tokens[commas[1] + 1 :]


def list_after(
    text: str,
    values: Sequence[Value],
    first: int,
    sentence: Block,
    *,
    verb_first: bool = False,
    named: bool = False,
    after_first: int | None = None,
) -> list[Value]:
    """The parts listed from `values[first]` on, closed by "and"; empty if the list is open.

    With `verb_first`, the first part's label may start with a short verb: "$5 billion
    goes to rail and $4 billion to roads". When the first part is `named` by the words
    before it ("defence took $4.2 billion, health $3.3 billion and schools $1.6
    billion"), so must every other part be, by a few words of any case. `after_first`:
    where the words after the first part start, past words of its own ("512 [of them],
    cyclists 208 and ...").
    """
    parts = [values[first]]
    pattern = None
    counted = not unit_key(values[first])  # "5,395,872 foreign nationals and 553,478 ..."
    by_noun = False  # whether a part is named by what it counts
    # where the words after the last part start
    floor = values[first].end or 0 if after_first is None else after_first
    for part in values[first + 1 :]:
        start = hedge_start(text, part)
        if start >= sentence.end or COMPARED_WITH.search(text, max(0, start - WORD_WINDOW), start):
            return []  # a value compared with is no part: `loose_list` reads past it
        aside = _restated_as(text, floor, part, values[first])
        if aside is not None:
            floor = aside  # "25,389[, or 53.3%,] for the winning side and ..."
            continue
        tokens = _without_remainder(
            without_and_inside(TOKEN.findall(text, floor, start), capitals=True)
        )
        tokens = without_relative(_without_aside(tokens))
        if verb_first and len(parts) == 1:
            tokens = _without_verb(tokens)
        both = counted and not unit_key(part)  # two bare counts, each named by its noun
        kind = list_gap(tokens, closing=False, limit=MAX_BREAKDOWN_LABEL, named=named, counted=both)
        closing = kind is None
        if closing:
            kind = list_gap(
                tokens, closing=True, limit=MAX_BREAKDOWN_LABEL, named=named, counted=both
            )
        by_noun = by_noun or kind == "counted"
        kind = "after" if kind == "counted" else kind
        if kind is None or (kind == "before") != named or (pattern is not None and kind != pattern):
            return []
        pattern = kind
        parts.append(part)
        floor = part.end or 0
        if closing:
            break
    else:
        return []
    following = first + len(parts)
    aside = (
        _restated_as(text, floor, values[following], values[first])
        if following < len(values)
        else None
    )
    if aside is not None:  # the last part's aside: "22,265[, or 46.7%,] against"
        floor, following = aside, following + 1
    rest = without_and_inside(TOKEN.findall(text, floor, sentence.end), capitals=True)
    label = list(itertools.takewhile(lambda t: t not in PHRASE_MARKS, rest))
    if following >= len(values) or (values[following].start or 0) >= sentence.end:
        # no figure after the list in its sentence: the last label may end at a clause
        # word ("£10.20 on transport services [such as] rail, tube and bus fares")
        label = list(itertools.takewhile(lambda t: t.lower() not in _SUBORDINATORS, label))
    if (
        pattern == "after"
        and label
        and label[0].lower() not in PREPOSITIONS
        and not (by_noun and counted_noun(text, parts[-1]) is not None)
    ):
        return []
    if pattern == "noun" and not names_a_part(label):
        return []
    # the last name may join two words by "and": "3,425 in special and alternative programs"
    return parts if is_label(without_and_inside(label), MAX_BREAKDOWN_LABEL) else []


def loose_list(text: str, values: Sequence[Value], first: int, sentence: Block) -> list[Value]:
    """The parts listed from `values[first]` on when the words between them are more than
    `list_after` reads: a relative clause, an aside or a long name ("Sh675 billion is
    recurrent spending, mostly salaries, and Sh321 billion is development spending").

    Every later figure of the first's currency or unit in the sentence is a part when a
    comma or "and" comes before it with at most a short name between ("and central
    ministries Rs 7,275 crore"), and the list closes at the first "and" or "plus". A
    figure compared with ("up from $4 billion") is none; any other figure of the kind
    that is no part, one after the list, or a turn to a contrasting clause ("while")
    leaves the reading unclear: no list.
    """
    key = unit_key(values[first])
    if not key:  # a bare count may count something else
        return []
    parts = [values[first]]
    closed = False
    for value in values[first + 1 :]:
        if (value.start or 0) >= sentence.end:
            break
        if unit_key(value) != key:
            continue  # a figure of another kind: "(about a quarter of the total)"
        start = hedge_start(text, value)
        gap = TOKEN.findall(text, parts[-1].end or 0, start)
        cut = max((i for i, t in enumerate(gap) if t.lower() in LOOSE_SEPARATORS), default=-1)
        tail = gap[cut + 1 :]
        if (tail and tail[-1].lower() in NOT_A_LISTED_PART) or COMPARED_WITH.search(
            text, max(0, start - WORD_WINDOW), start
        ):
            continue
        if (
            closed
            or cut < 0
            or (tail and not names_a_part(tail))
            or not stated_plainly(gap)
            or _CONTRASTS.intersection(t.lower() for t in gap)
        ):
            return []
        if _NESTED.search(text, parts[-1].end or 0, start):
            return []
        parts.append(value)
        closed = any(t.lower() in LIST_CLOSERS for t in gap)
    label = TOKEN.findall(text, parts[-1].end or 0, sentence.end)
    label = list(itertools.takewhile(lambda t: t not in PHRASE_MARKS, label))
    return parts if closed and stated_plainly(label) else []


def labelled_alike(text: str, parts: Sequence[Value]) -> bool:
    """Whether the parts are labelled alike: those named by a preposition after them all by
    the same one ("$6 billion to Asia and $5 billion to Europe", not "$6 billion to Asia
    and $5 billion of machinery", two splits of one total that overlap)."""
    following = (TOKEN.findall(text, p.end or 0, (p.end or 0) + WORD_WINDOW)[:1] for p in parts)
    return len({w[0].lower() for w in following if w} & PREPOSITIONS) <= 1


def stated_plainly(tokens: Sequence[str]) -> bool:
    """Whether the words around a listed part state it plainly, not as a forecast, an
    estimate or a condition ("and analysts expect $9 billion", "and $9 billion was
    forecast")."""
    return not _LIST_GUARD.search(" ".join(tokens))


def _without_verb(tokens: list[str]) -> list[str]:
    """The tokens after a short verb before a preposition: "[goes] to rail and",
    "[will go] to roads", "[is earmarked] for ports"."""
    for i, token in enumerate(tokens[: MAX_VERB_WORDS + 1]):
        if token.lower() in PREPOSITIONS:
            verb = tokens[:i]
            return tokens[i:] if verb and is_label(verb, MAX_VERB_WORDS) else tokens
    return tokens


def list_before(
    text: str,
    values: Sequence[Value],
    index: int,
    gap_end: int,
    sentence: Block,
    *,
    keyword_after: bool,
    running: bool = False,
) -> list[Value]:
    """The parts listed just before a total, first to last; empty if there is no list.
    Before a running total's verb the last part's label needs no comma: "and 1.96
    million TEUs[ ]brought the total to"."""
    if index == 0:
        return []
    last = values[index - 1]
    gap = TOKEN.findall(text, last.end or 0, gap_end)
    if (last.end or 0) < max(sentence.start, gap_end - PART_GAP) or not (
        _last_gap(gap, keyword_after=keyword_after) or (running and is_label(gap, MAX_LABEL_WORDS))
    ):
        return []
    parts = [last]
    pattern = None
    floor = sentence.start
    for k in range(index - 2, -1, -1):
        part = values[k]
        if (part.start or 0) < sentence.start or (part.end or 0) < (parts[0].start or 0) - PART_GAP:
            break
        tokens = TOKEN.findall(text, part.end or 0, parts[0].start or 0)
        kind = list_gap(tokens, closing=len(parts) == 1)
        if kind is None or (pattern is not None and kind != pattern):
            floor = part.end or 0
            if tokens[:1] == [","] and unit_key(part) == unit_key(last):
                return []  # a longer list, each part named before it: "tax of X, fees of Y"
            break
        pattern = kind
        parts.insert(0, part)
    if len(parts) < 2 or _continues(TOKEN.findall(text, floor, parts[0].start or 0), pattern):
        return []
    return parts


def joined_pair(
    text: str,
    values: Sequence[Value],
    index: int,
    gap_end: int,
    sentence: Block,
    *,
    keyword_after: bool,
) -> list[Value]:
    """The two parts of a total stated in two clauses just before it, the second opening
    with ", while", ", whereas" or ", and": "Unit A earned 1.2 billion rand, while unit B
    earned 0.9 billion rand, together 2.1 billion rand" (or ", for a combined ..."). They
    are the only figures of the total's currency or unit before it in its sentence, stated
    plainly and neither compared with; empty if there is no such pair."""
    key = unit_key(values[index])
    kin = [v for v in values[:index] if (v.start or 0) >= sentence.start and unit_key(v) == key]
    if not key or len(kin) != 2:  # a bare count may count something else
        return []
    last = TOKEN.findall(text, kin[1].end or 0, gap_end)
    if last[-1:] == ["for"]:  # ", for a combined $6.3 billion"
        last.pop()
    if not _last_gap(last, keyword_after=keyword_after):
        return []
    gap = TOKEN.findall(text, kin[0].end or 0, hedge_start(text, kin[1]))
    joins = [i for i, t in enumerate(gap[1:], 1) if gap[i - 1] == "," and t.lower() in _JOINS]
    if len(joins) != 1 or _CLAUSE_ENDS.intersection(gap) or not stated_plainly(gap):
        return []
    if not is_label(gap[joins[0] + 1 :], MAX_BREAKDOWN_LABEL):
        return []
    return [] if any(compared(text, v, sentence.start) for v in kin) else kin


def _continues(tokens: Sequence[str], pattern: str | None) -> bool:
    """Whether the words before the first part read as a list going on before it.

    In "120 stores in Germany, 80 in France and 50 in Italy, 250 in total" the list does
    not start at 80: the parts read are not all the parts.
    """
    words = [t.lower() for t in tokens]
    if pattern == "before":  # the first part's own name: ", Germany 4 billion"
        while words and tokens[len(words) - 1][0].isupper():
            words.pop()
    return bool(words) and words[-1] in (",", "and")


def _last_gap(tokens: Sequence[str], *, keyword_after: bool) -> bool:
    """Whether the words between the last part and the total close the list, an attribution
    or a time before the total aside: "2.7 million tonnes of barley[, the ministry said], for
    a total", "$1.2 billion elsewhere[ in the three months to June 30], a total of"."""
    tokens = passed_over(tokens) if tokens else tokens
    words = [t.lower() for t in tokens]
    if words[:1] == [","] and len(words) > 1 and words[1] in RESPECTIVELY:
        tokens, words = tokens[1:], words[1:]  # ", respectively, a combined"
    for ending in _LAST_GAP_ENDS:
        if words[len(words) - len(ending) :] == ending and len(words) >= len(ending):
            label = tokens[: len(tokens) - len(ending)]
            return is_label(label, MAX_LABEL_WORDS)
    return not keyword_after and not words


def list_gap(
    tokens: Sequence[str],
    *,
    closing: bool,
    limit: int = MAX_LABEL_WORDS,
    named: bool = False,
    counted: bool = False,
) -> str | None:
    """How two listed parts are separated: bare ("A, B"), labelled after (by a phrase with a
    preposition, or a noun before the next part's article), counted (by what `counted`
    parts count: "6,934 cargo ships and") or before; else None.

    The gap before the last part must hold a closing word ("and", "plus"), the others must
    not. A label before a part is a short capitalised name ("France"), or when the list is
    `named` any few words ("health", "value-added tax"), which "and" may join inside
    ("customs and excise").
    """
    words = [t.lower() for t in tokens]
    for separator, closes in LIST_SEPARATORS:
        if closes != closing:
            continue
        n = len(separator)
        if words == separator:
            return "bare"
        if words[-n:] == separator and is_label(without_and_inside(tokens[:-n]), limit):
            if words[0] in PREPOSITIONS:  # "on television and digital advertising,"
                return "after"
            if counted and _plural(words[-n - 1]) and names_a_part(tokens[:-n]):
                return "counted"
        name = tokens[n:]
        if words[:n] == separator and (
            names_a_part(without_and_inside(name)) if named else _name(name)
        ):
            return "before"
        if (
            (words[-1:] == ["a"] or words[-1:] == ["an"])
            and words[-n - 1 : -1] == separator
            and names_a_part(tokens[: -n - 1])
        ):
            return "noun"  # "a $25.5 billion [shortfall plus a] $3 billion contingency fund"
    return None


def without_and_inside(name: Sequence[str], *, capitals: bool = False) -> list[str]:
    """A name's words without an "and" joining two of them: "customs [and] excise"; with
    `capitals`, only one between two capitalised words: "the Food [and] Drug Administration"."""
    joins = _capitalised if capitals else str.isalpha
    return [
        t
        for i, t in enumerate(name)
        if not (t == "and" and 0 < i < len(name) - 1 and joins(name[i - 1]) and joins(name[i + 1]))
    ]


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def is_label(tokens: Sequence[str], limit: int) -> bool:
    return len(tokens) <= limit and all(
        t[0].isalnum() and t.lower() not in CLAUSE_STOPS for t in tokens
    )


def names_a_part(tokens: Sequence[str]) -> bool:
    """A few words naming the part after them, no verb or preposition among them but a
    last preposition or "with": "health", "the Americas", "deposits for", "maize with"
    (not "a year earlier it was"); a few more after a pointer back to the noun of the
    list ("those to the rest of the world")."""
    if len(tokens) > 1 and tokens[-1].lower() in _NAME_CLOSERS:
        tokens = tokens[:-1]
    tokens = without_place(tokens)
    pointed = bool(tokens) and tokens[0].lower() in _GROUP_POINTERS  # "those to the rest of"
    return (
        bool(tokens)
        and is_label(tokens, MAX_BREAKDOWN_LABEL if pointed else MAX_LABEL_WORDS)
        and not any(t.lower() in PHRASE_ENDS for t in tokens)
        and not YEAR_EARLIER.search(" " + " ".join(tokens))
    )


def without_place(tokens: Sequence[str]) -> Sequence[str]:
    """A name's words without the place that closes it, a preposition and a word or two,
    no time among them: "parks[ in the south]", "those[ in the countryside]" (not "spending
    in 2023")."""
    for at in range(1, len(tokens) - 1):
        if tokens[at].lower() in _PLACE_OPENERS:
            place = tokens[at + 1 :]
            named = place[1:] if place[0].lower() == "the" else place
            if (
                0 < len(named) <= _MAX_PLACE_WORDS
                and all(t.isalpha() and t.lower() not in PHRASE_ENDS for t in named)
                and len(without_time(tokens[at:])) == len(tokens) - at
            ):
                return tokens[:at]
            return tokens
    return tokens


def _name(tokens: Sequence[str]) -> bool:
    """A short capitalised name labelling the part after it: "France", "Hong Kong"."""
    return 0 < len(tokens) <= MAX_NAME_WORDS and all(t[0].isupper() and t.isalpha() for t in tokens)


def sentence_after(mentions: Mentions, sentence: Block) -> Block | None:
    """The sentence after `sentence` in its paragraph, if any."""
    text, document = mentions.text, mentions.document
    start = len(text) - len(text[sentence.end :].lstrip())
    if start >= len(text):
        return None
    after = document.sentence_at(start)
    return after if document.sentence_before(after) == sentence else None


def unit_key(value: Value) -> str:
    """The currency or unit of a value; "" for a bare figure, which may take another's."""
    if isinstance(value, Money):
        return value.currency
    return value.unit


def a_year(value: Value) -> bool:
    """Whether a bare figure is written as a year ("in 2023"), no count of a list."""
    return not unit_key(value) and bool(YEAR_FIGURE.fullmatch(value.digits or ""))


def counted_noun(text: str, value: Value) -> str | None:
    """What a count says it counts, by a plural noun in the few words right after it
    ("25,892 votes": "vote"; "214 new patrol vehicles": "vehicle"; "3.6 million people");
    None for an amount or measure, or a count with no such noun before a word that ends
    the phrase ("1,127 of them", "40 came from urban districts", "4 billion for rail")."""
    if unit_key(value):
        return None
    end = value.end or 0
    for word in TOKEN.findall(text, end, end + _COUNTED_REACH)[:_COUNTED_WORDS]:
        lower = word.lower()
        if not word.isalpha() or lower in _NOT_COUNTED:
            return None
        if _plural(lower):
            return noun_stem(lower)
    return None


def _plural(word: str) -> bool:
    """Whether a lower-case word is a plural noun: "people", "votes" (not "across", "was")."""
    return word in _PLURALS or (
        _PLURAL_END.search(word) is not None and len(word) > _SHORTEST_PLURAL
    )
