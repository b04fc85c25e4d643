"""Totals, differences and restated figures: figures that must add up or agree.

- A total: parts listed "A, B and C" and the total stated right after them, with
  "a combined", "a total of", "totalling", "for a total of", "bringing the total to"
  before it or "in all", "in total", "altogether", "combined" after it ("grants of 4, 7
  and 9 billion euros, 22 billion in all"). The parts may each carry a short label
  ("12 billion for roads, 8 billion for rail and 5 billion for ports", "Germany 4
  billion, France 7 billion and Italy 9 billion"); the list must close with "and" or
  "plus" (`list close` in the cue vocabulary).
  Bare parts share the last part's scale and currency ("4, 7 and 9 billion euros").
- A breakdown: a total stated first and its parts after a cue ("made up of", "split
  into", "comprising", "came from", a colon, maybe after a period: "$14.6 billion in
  2024: ...") or opening the sentence ("Of the $12 billion allocated,
  $5 billion goes to rail and $4 billion to roads"). After "including", "of which" or
  "Of the ..." the list may leave parts out: the parts may fall short of the total but
  never exceed it. After "Of the $1.8 billion received," one part may stand alone, and
  "Of that, ..." points back to the one figure of the part's currency or unit in the
  sentence before (past a figure it is compared with: "against $34.4 billion"). A part
  "of that" with "the remaining" rest after it points back the same way.
- A total with its parts in brackets, each named by a word or two after it: "£14,842
  per person (£12,605 current, £2,237 capital)".
- A part with its whole ("£83 billion of the Chancellor's £103 billion package", "29
  million customers, 4 million of them on prepayment meters"): not above it.
- The shares of one whole closed by a remainder ("68.8% of the population and urban
  residents the remaining 31.2%"): with it they make 100%. Shares of one whole listed
  after a verb giving the first its part ("services accounted for 77.6% of GDP, industry
  for 13.5% and agriculture for 8.9%"): at most 100%, exactly when the last is "other".
- A total named so ("total", "combined", "turnover", "in all") and its parts listed in the
  next sentence; a sentence opening with the noun of a total stated earlier in its
  paragraph ("Exports ... €131.2 billion. Exports to the EU were worth €71.5 billion and
  exports to Asia €39.7 billion"): the parts may fall short, never exceed it.
- A total counted back to the figures just listed ("Ontario 15.4 million, Quebec 8.8
  million and British Columbia 5.4 million; the three together held 29.6 million").
- A count split by two words that make it whole ("623,121,843 of them male and
  587,447,730 female", full-time and part-time, urban and rural): the two parts add up
  to the one other count before them.
- One part right after "of which" ("£31.1 billion, of which £12.2 billion ..."), or
  pointing back with "of it", "of them", "of that", with the parts listed after it ("€49.4bn,
  €30.0bn of them to the euro area and €19.3bn to ..."): not above its total.
- A difference: a surplus, deficit, gap, shortfall or margin stated right after the
  two values it is the difference of ("exports of 48.31 billion and imports of 45.6
  billion, a surplus of 2.71 billion", "a monthly deficit of"), in their own clause.
  Exports, revenue and income are the side a surplus exceeds; imports, spending and
  costs the other. A difference also stands between the values it compares ("a value of
  4.6 billion, 0.2 billion more than its rival's 4.4 billion") or after a subtraction
  ("312,600 births minus 157,600 deaths, came to 155,000").
- A balance (surplus, deficit, gap, shortfall, or "spending exceeded tax receipts by")
  whose two values are found by their role words wherever they stand near it, before or
  after, in its sentence or the next ("The trade shortfall narrowed to $44.3 billion, as
  exports, at $190.7 billion, grew faster than imports, which reached $235.0 billion"):
  exactly one value of each role, else no claim.
- A restatement: one metric of one period stated in a paragraph and referred back to
  ("Revenue rose to 4.2 billion euros in 2023" ... "the 2023 revenue of 4.8 billion
  euros"). Only plain statements count: the same metric words and owner, an explicit
  year next to each, one currency or unit, no forecast, revision, segment, adjustment
  or place in either sentence, and a second statement that points back ("the", "its",
  the year before the metric): a fresh "Net profit rose to ..." may be another company's.
  A count restated in brackets at another scale ("3.2 crore (32 million) voters") is a
  restatement too.
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from claimcheck import vocabulary
from claimcheck.document import Block
from claimcheck.extract.changes import (
    TOKEN,
    Value,
    inherit,
    near,
    read_changes,
    stated_values,
    states_a_gap,
    word_list,
)
from claimcheck.extract.differences import (
    balance_subject,
    fronted_balance,
    goes_somewhere,
    leads_back_to_change,
    of_an_earlier_time,
    operand_label,
    result_label,
    stopped,
    subject_across_aside,
    totals_both_sides,
)
from claimcheck.extract.figures import Hedge, hedge_start
from claimcheck.extract.lexicon import Keywords, a_rate, any_of
from claimcheck.extract.mentions import Mentions
from claimcheck.extract.per_capita import in_a_rate
from claimcheck.extract.scan import Scan
from claimcheck.model.claims import (
    Amount,
    ChangeClaim,
    DifferenceClaim,
    Money,
    RestatedFigureClaim,
    TotalClaim,
)

_T = TypeVar("_T")
WORD_WINDOW = 80  # characters searched before a value for the word introducing it
_AFTER = 20  # characters searched after a value for the word that follows it
_GAP = 80  # the most characters between listed parts, or between a value and its label
_MAX_BACK = 40  # the most values looked back over for the two of a difference

_TOTAL_BEFORE = re.compile(
    rf"(?<![\w-])(?P<word>{any_of(vocabulary.words('cues', 'total before'))}"
    r"|combined(?:\s+[a-z-]+){0,3}\s+of"
    rf"|{vocabulary.pattern(vocabulary.words('cues', 'total brought'))}"
    r"\s+(?:the|its|their)(?:\s+[a-z-]+)?\s+total\s+to)\s+\Z",
    re.IGNORECASE,
)
_TOTAL_AFTER = re.compile(
    rf"\s+(?P<word>{any_of(vocabulary.words('cues', 'total after'))})(?![\w-])", re.IGNORECASE
)
_QUALIFIER = rf"(?:{any_of(vocabulary.words('cues', 'difference qualifiers'))})"
_DIFFERENCE_WORDS_AFTER = vocabulary.words("cues", "difference")
_DIFFERENCE_WORDS_BEFORE = (
    *_DIFFERENCE_WORDS_AFTER,
    *vocabulary.words("cues", "difference before"),
)
# After an article, one more word may name the balance: "a monthly deficit of", "the
# gender gap of".
_DIFFERENCE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<article>(?:a|an|the)\s+)?(?(article)(?:[a-z][a-z-]*\s+)??)(?:{_QUALIFIER}\s+)?"
    rf"(?P<word>{any_of(_DIFFERENCE_WORDS_BEFORE)})\s+of\s+\Z",
    re.IGNORECASE,
)


# A balance named a few words before its figure: "the trade shortfall narrowed to",
# "a record year-to-date surplus of".
_BALANCE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<word>{any_of(_DIFFERENCE_WORDS_AFTER)})(?:\s+[^\W\d_][\w-]*){{0,4}}?"
    rf"\s+(?:{any_of(vocabulary.words('cues', 'balance links'))})\s+\Z",
    re.IGNORECASE,
)
# A balance stated by a verb between its two sides, its size after "by": "spending
# exceeded tax receipts by".
BALANCE_VERB = re.compile(
    r"(?P<subject>(?:[^\W\d_][\w-]*\s+){1,3})"
    rf"(?P<word>{any_of(vocabulary.words('cues', 'balance verbs'))})"
    r"(?P<object>(?:\s+[^\W\d_][\w-]*){1,3}?)\s+by\s+\Z",
    re.IGNORECASE,
)
DIFFERENCE_WORDS = Keywords(*_DIFFERENCE_WORDS_BEFORE, *vocabulary.words("cues", "balance verbs"))
# A sentence opening with a pointer back to the values in the sentence before.
_BALANCE_BACK = re.compile(
    rf"[\"“'‘]?(?:{any_of(vocabulary.words('cues', 'balance back'))})\b", re.IGNORECASE
)
_TOTAL_WORDS = Keywords(*vocabulary.words("cues", "total anchor", "total after"))
# Two words that split one count whole ("male" and "female"): each word to its pair and side.
_PAIRS = tuple(entry.spellings for entry in vocabulary.section("cues", "complement pairs"))
_SIDES = {
    spelling.lower(): (pair, side)
    for pair, spellings in enumerate(_PAIRS)
    for side, spelling in enumerate(spellings)
}
_SIDE_WORDS = Keywords(*_SIDES)
_SECOND_SIDES = Keywords(*(spellings[-1] for spellings in _PAIRS))  # no pair without one
# Two words that split an amount whole ("exports" and "imports"), each to its side, and
# the words naming the whole ("trade"), which a balance word after them makes a balance's.
_AMOUNT_SIDES = {
    spelling.lower(): side
    for entry in vocabulary.section("cues", "amount pairs")
    for side, spelling in enumerate(entry.spellings)
}
_AMOUNT_WHOLES = frozenset(vocabulary.words("cues", "amount pair wholes"))
_BALANCE_WORDS = frozenset(vocabulary.words("cues", "difference"))
_BALANCE_STATES = tuple(state.split() for state in vocabulary.words("cues", "balance states"))
_CONTRASTS = frozenset(vocabulary.words("clauses", "contrasts"))
_DETERMINERS = frozenset(vocabulary.words("clauses", "determiners"))
_SIDE_JOINS = frozenset(tuple(join.split()) for join in vocabulary.words("cues", "side joins"))
_MAX_WHOLE_NAME = 8  # words between a whole's name and its figure: "trade in the first ..."
_COMPLEMENT_GUARD = re.compile(
    rf"\b{vocabulary.pattern(vocabulary.words('cues', 'complement guards'))}", re.IGNORECASE
)
_SHARE_AFTER = re.compile(r"\s+of\s", re.IGNORECASE)  # "a deficit of 3 percent of GDP"
_DIFFERENCE_AFTER = re.compile(
    rf"\s+(?:{_QUALIFIER}\s+)?(?P<word>{any_of(_DIFFERENCE_WORDS_AFTER)})(?![\w-])", re.IGNORECASE
)

# After the difference of a comparison: an aside ("or 6.1 percent,") and the word comparing.
_COMPARED = re.compile(
    r"(?:\s*,\s*or\s+[^,;()]{1,40},)?\s+"
    rf"(?P<word>{any_of(vocabulary.words('cues', 'difference comparative'))})\s",
    re.IGNORECASE,
)
# A subtraction: the first value, a few words naming it, the operator, then the second.
_SUBTRACTION = re.compile(
    r"(?P<label>(?:\s+[^\W\d_][\w'’-]*){0,2}?)"
    rf"\s*,?\s+(?P<word>{any_of(vocabulary.words('cues', 'difference operators'))})\s+(?!than\b)",
    re.IGNORECASE,
)
# Between a subtraction and its result: "came to", "added", "leaving", ","; before it:
# "(138,100 people, from".
_RESULT_LINKS = frozenset((*vocabulary.words("cues", "subtraction results"), ",", "="))
_COMPARED_WORDS = Keywords(*vocabulary.words("cues", "difference comparative"))
_COMPARED_WORDING = frozenset(vocabulary.words("cues", "difference comparative"))
_SUBTRACTION_WORDS = Keywords(*vocabulary.words("cues", "difference operators"))
# Between the first value of a comparison and its difference: "was", "stood at", ",".
_COMPARED_LINKS = frozenset((*vocabulary.words("cues", "comparison links"), ",", "—"))

# A part named with its whole: "£83 billion of the Chancellor's £103 billion package";
# "about 4 million of them", "81.8 billion euros of it", pointing back to the figure before.
_OF_WHOLE = re.compile(
    r"\s+of\s+(?:(?P<back>them|those|these|it|that)\b"
    r"|(?:the|its|their|[A-Z][\w.]*(?:['’]s|s['’]))\s+(?:[^\W\d_][\w'’-]*\s+){0,3})"
)

_TOTAL_NAMES = frozenset(vocabulary.words("cues", "total named"))
_TOTAL_NAMED = Keywords(*_TOTAL_NAMES, *vocabulary.words("cues", "total before", "total after"))
_MAX_TOTAL_NAME = 6  # words between a total's naming word and its figure
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

# How listed parts are separated, each with whether it closes the list ("and", "plus").
_SEPARATORS = (
    ([","], False),
    *(
        (separator, True)
        for closer in vocabulary.words("cues", "list close")
        for separator in (closer.split(), [",", *closer.split()])
    ),
)
_BREAKDOWN_OPEN = frozenset(vocabulary.words("cues", "breakdown open"))
_ONE_PART = frozenset(vocabulary.words("cues", "breakdown one part"))
_BREAKDOWN_WORDS = (*vocabulary.words("cues", "breakdown"), *_BREAKDOWN_OPEN)
# After a total: a few words naming it, then a colon or a breakdown word.
_BREAKDOWN = re.compile(
    r"(?P<label>(?:\s+(?:[^\W\d_][\w'’-]*|(?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?)){0,6}?)"
    rf"(?:\s*:|\s*,?\s+(?P<word>{any_of(_BREAKDOWN_WORDS)}))\s+",
    re.IGNORECASE,
)
# Between a count and its restatement: maybe the noun counted, then a bracket or a comma
# with "or" or "that is" ("9,13,47,736 people (about 91.3 million)", "3.34 crore, or ...").
_RESTATING = re.compile(
    r"(?:\s+(?P<noun>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?))?"
    r"\s*(?:(?P<open>\()|,(?:\s+(?:or|that\s+is))?)\s*"
)
_INDIAN_SCALE = re.compile(r"\b(?:lakh|crore)\b")
_CLOSE_BRACKET = re.compile(r"\s*\)")
# After a total: a few words naming it ("per person"), then an opening bracket.
# Before a figure: words that make it a value compared with ("against $34.4 billion").
_COMPARED_ANYWHERE = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('cues', 'compared before'))})(?![\w-])",
    re.IGNORECASE,
)
_COMPARED_BEFORE = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('cues', 'compared before'))})\s+\Z", re.IGNORECASE
)
# Before a value a breakdown cannot be of: one compared with ("0.7 percent above the
# Rp1,943.7 trillion of 2018: taxes ...").
_COMPARING_WORDS = vocabulary.words("cues", "compared before", "difference comparative")
_COMPARED_WITH = re.compile(
    rf"(?<![\w-])(?:{any_of(_COMPARING_WORDS)})"
    rf"(?:\s+(?:{any_of(vocabulary.words('clauses', 'determiners'))}))?\s+\Z",
    re.IGNORECASE,
)
# After a part: "of that", "of the total", pointing back to its total.
_OF_BACK = re.compile(
    rf"\s+of\s+(?:{any_of(vocabulary.words('cues', 'breakdown back'))})\b", re.IGNORECASE
)
# Words that end an aside after a total: a clause of its own ("$9 billion, while imports
# were flat: ...").
_TURNS = frozenset(vocabulary.words("clauses", "coordinators", "contrasts"))
_MAX_ASIDE = 12
# A breakdown cue where it stands, after an aside: ", made up of", ":".
_CUE_AT = re.compile(rf"(?P<label>)(?::|(?P<word>{any_of(_BREAKDOWN_WORDS)}))\s+", re.IGNORECASE)
# In an aside: a word comparing its figure with another ("$3.0 billion more than ...").
_COMPARISON = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('cues', 'difference comparative'))})(?![\w-])",
    re.IGNORECASE,
)
_BRACKET_AFTER_TOTAL = re.compile(r"(?P<label>(?:\s+[^\W\d_]+){0,3})\s*\(\s*")
_NOUN = re.compile(r"\s+([^\W\d_][\w-]*)")
_BREAKDOWN_CUES = Keywords(":", *_BREAKDOWN_WORDS)
_MAX_BREAKDOWN_LABEL = 8
_MAX_VERB = 3
# "Of the $12 billion allocated, ..." opening a sentence, and the words naming the total;
# "Of that, ..." points back to a total in the sentence before.
_OPENED = re.compile(
    rf"Of\s+(?:(?P<back>{any_of(vocabulary.words('cues', 'breakdown back'))})\s*,\s*"
    r"|(?:the|its|their)\s+)"
)
# Words before a figure that make it a date or the figure of another phrase, not a part.
_NOT_A_PART = frozenset(
    (
        *(m.lower() for m in calendar.month_name[1:]),
        *word_list("in on since by until from at during before after of than"),
    )
)
_OPENED_NAME = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,4}\s*,\s*")
_LIST_END = frozenset(".;,:—–()")
_PREPOSITIONS = frozenset(word_list("for in on to from by at into of"))
_STOP = frozenset((*vocabulary.clause_words(), "than"))
_PHRASE_ENDS = frozenset(vocabulary.words("clauses", "phrase ends"))
_SUBORDINATORS = frozenset(vocabulary.words("clauses", "subordinators"))
_MAX_LABEL = 4
_MAX_NAME = 2
_LAST_GAP_ENDS = ([","], ["—"], ["–"], ["("], [",", "or"], ["or"], [":"], [",", "which"])
# Between parts of a list read loosely: the marks and words that separate them, and the
# words that close it.
_CLOSERS = frozenset(vocabulary.words("cues", "list close"))
_LOOSE_SEPARATORS = frozenset((",", ";", *_CLOSERS))
# The last word before a figure that makes it a value compared with or a date, not a part:
# "up from $4 billion", "climbs to Sh104 billion".
_LIST_GUARD = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('cues', 'list guards'))})", re.IGNORECASE
)
_POINTERS = frozenset(vocabulary.words("clauses", "pointing back"))
_OPENS_WITH_REST = frozenset(vocabulary.words("cues", "list open with rest"))
# In the words between two parts: a breakdown of the part before ("R140.5bn for grants: the
# old-age grant R58.9bn and ..."), whose parts are not the outer list's.
_NESTED = re.compile(rf":|(?<![\w-])(?:{any_of(_BREAKDOWN_OPEN)})(?![\w-])", re.IGNORECASE)
_NOT_A_LISTED_PART = frozenset(
    (*_NOT_A_PART - frozenset(vocabulary.words("cues", "part label ends")), "to")
)
# The last word before a figure that makes it a value compared with or a date, not the
# state a part reached: "rose to $5 billion [from] $4 billion".
_NOT_A_STATE = _NOT_A_LISTED_PART - {"to"}

# Between the second value of a difference and its sign word.
_DIFFERENCE_LINKS = frozenset(vocabulary.words("cues", "difference links"))
_MAX_DIFFERENCE_GAP = 6
_REPORTING = frozenset(vocabulary.words("clauses", "reporting"))
_MAX_ATTRIBUTION = 10  # words in an aside naming a source: "Destatis reports on the basis of"
# Words opening the clause before the two values of a difference.
_CLAUSE_OPENERS = frozenset((*vocabulary.clause_words(), "with", ";")) - {"and", "or"}
# A share named as the rest of its whole: "the remaining 31.2%"; its whole, 100%.
_REMAINDER = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('cues', 'remainder'))})\s*,?\s+\Z", re.IGNORECASE
)
# Before the first figure of a list closed by a remainder: a verb stating it as the total,
# and after it a mark breaking the clause.
_CLAUSE_BREAKS = frozenset(";—–")
_TOTAL_LINK = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('cues', 'total links'))})\s*\Z", re.IGNORECASE
)
_REMAINDER_WORDS = Keywords(*vocabulary.words("cues", "remainder"))
_REMAINDER_TOKENS = [cue.split() for cue in vocabulary.words("cues", "remainder")]
_WHOLE = Amount(value=100.0, unit="percent", text="100%", digits="100")
_NAMES_WHOLE = re.compile(r"\s+of\s")  # "68.8% of the population"
_SHARE_LIST_VERB = re.compile(
    rf"(?<![\w-]){vocabulary.pattern(vocabulary.words('cues', 'share list verbs'))}\s+\Z",
    re.IGNORECASE,
)
_SHARE_LIST_REST = frozenset(vocabulary.words("cues", "share list rest"))
_SHARE_LIST_EACH = frozenset(vocabulary.words("cues", "share list each"))
_SUBJECT_OPENERS = frozenset(vocabulary.words("cues", "subject openers"))
_MAX_SUBJECT = 10  # words before the first part of a list naming what it splits
_NOUN_QUALIFIERS = frozenset(vocabulary.words("cues", "noun qualifiers"))
_CLAUSE_MARKS = frozenset(",;:()—–")
_MIN_NOUN = 4  # letters: shorter words name nothing a figure is linked by
_MIN_OPEN_SHARES = 3  # two shares of one base may be two ratios to it, no parts of it
# A contribution that is negative: a word of a fall, or "cut", "subtracted", "negative".
_NEGATIVE_CONTRIBUTION = Keywords(
    *vocabulary.words(
        "directions", "verb down", "adverb down", "noun down", "comparative down", "compare down"
    ),
    *vocabulary.words("cues", "contribution down"),
)
_CONTRIBUTIONS = re.compile(
    r"(?P<label>(?:\s+[^\W\d_][\w'’-]*){0,6}?)"
    rf"(?:\s*:|\s*,?\s+(?P<word>with|{any_of(_BREAKDOWN_WORDS)}))\s+",
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

_DIGIT = re.compile(r"\d")
# A clause opening so states a figure of an earlier time: ", after a shortfall of".
_EARLIER_OPENER = re.compile(
    rf"[,;]?\s*(?:{any_of(vocabulary.words('cues', 'earlier clause openers'))})\b", re.IGNORECASE
)
_YEAR_RANGE_START = re.compile(r"(?:19|20)\d\d[-–/]")
_MAX_BETWEEN = 12
_ROLE_WORDS = 6  # how far before a value its role word ("exports", "spending") may be
_POSITIVE = frozenset(vocabulary.words("cues", "difference positives"))
_NEGATIVE = frozenset(vocabulary.words("cues", "difference negatives"))
ROLES = {word: 1 for word in _POSITIVE} | {word: -1 for word in _NEGATIVE}

# Restatements: the metrics, the words that may modify them, and what rules a sentence out.
_METRICS = frozenset(vocabulary.words("cues", "metrics"))
_METRIC_WORD = re.compile(
    r"\b(?:" + "|".join(sorted(_METRICS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_METRIC_WORDS = Scan(_METRIC_WORD, any_of(_METRICS))
_LONGEST_METRIC = max(map(len, _METRICS))
_METRIC_ENDS = tuple(sorted(_METRICS))
_MODIFIERS = frozenset(vocabulary.words("cues", "metric modifiers"))
# Owners that name the story's subject, not a part of it: "its revenue", "the group's revenue".
_NEUTRAL_OWNERS = frozenset(
    (
        "its",
        "their",
        *(f"the {w}{s}" for w in vocabulary.words("cues", "neutral owners") for s in ("'s", "’s")),
    )
)
_BOUNDARY = frozenset(
    (
        *vocabulary.clause_words(),
        *vocabulary.words("clauses", "reporting"),
        *vocabulary.words("cues", "metric boundaries"),
    )
)
_LINKS: tuple[tuple[str, ...], ...] = tuple(
    tuple(link.split()) for link in vocabulary.words("cues", "metric links")
)
# The links by their last word ("at", "of", "was"), each list in the order above.
_LINKS_BY_END = {
    last: [link for link in _LINKS if link[-1] == last]
    for last in dict.fromkeys(link[-1] for link in _LINKS)
}
_LINK_ENDS = tuple(_LINKS_BY_END)
# Words (or how they begin) that rule a sentence out, as a trie: `re` tries it at every
# word of a sentence, and a trie at a word fails after a letter or two.
_GUARD = re.compile(
    r"\b(?:"
    + any_of(vocabulary.words("cues", "restatement guards"))
    + r"|pro[- ]forma|"
    + vocabulary.pattern(vocabulary.words("cues", "restatement guard words"))
    + ")",
    re.IGNORECASE,
)
_MONTHS = "|".join(calendar.month_name[1:])
_PLACE = re.compile(
    rf"\b(?i:in|at|from|across|outside|for)\s+(?:the\s+)?(?!(?:{_MONTHS})\b)[A-Z][a-z]"
)
_YEAR = re.compile(r"(?:fiscal\s+)?(?:19|20)\d\d")
_PERIOD_TOKEN = re.compile(rf"(?i:{_MONTHS})|(?:19|20)\d\d(?:[-/–]\d\d(?:\d\d)?)?")
_PERIOD = re.compile(rf"\b(?:{_MONTHS}|(?:19|20)\d\d)\b", re.IGNORECASE)
_YEAR_AFTER = re.compile(
    r"\s+(?:in|for|during)\s+(?P<year>(?:fiscal\s+)?(?:19|20)\d\d)\b"
    r"(?!['’/-]|\s*[-–]|\s+(?:and|to|through|until|or)\b)",
    re.IGNORECASE,
)
_YEAR_EARLIER = re.compile(
    r"\s+(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year|the\s+year\s+before)\b",
    re.IGNORECASE,
)


def find_totals(mentions: Mentions) -> list[TotalClaim | DifferenceClaim]:
    """Every stated total with its listed parts, and every stated difference with its values.

    A stated change ("rose 5 percent") is neither a part nor one of the two values, unless
    a balance names it ("a natural increase of 139,100").
    """
    text = mentions.text
    named = DIFFERENCE_WORDS.positions(text)
    stated_changes = read_changes(mentions)
    changes = {
        b.start
        for change in stated_changes
        if not (states_a_gap(change) or _compares_amounts(change))
        for b in change.by
        if not (named and _named_balance(text, named, b))
    }
    values = [v for v in stated_values(mentions) if v.start not in changes]
    differences = [*_differences(mentions, values, named), *_comparisons(mentions, values)]
    read = {d.difference.start for d in differences}
    balances = list(_balances(mentions, values, read, named))
    # a balance's two sides after a colon are not its parts: "a deficit of $4.6 billion:
    # exports $37.1 billion, imports $32.5 billion"
    balanced = {b.difference.start for b in balances}
    shares = _shares(values, stated_changes)
    totals = [
        *_totals(mentions, values),
        *(b for b in _breakdowns(mentions, values) if b.total.start not in balanced),
        *_opened_breakdowns(mentions, values),
        *_pointed_breakdowns(mentions, values),
        *_bracketed_breakdowns(mentions, values),
        *_parts_of_that(mentions, values),
        *_totals_listed_after(mentions, values),
        *_parts_named_back(mentions, values, read | balanced),
        *_parts_of_wholes(mentions, values),
        *_counted_totals(mentions, values),
        *_remainders(mentions, shares),
        *_share_lists(mentions, shares),
        *_contributions(mentions),
        *_net_changes(mentions),
    ]
    # a whole or a rest another reader has read ("trade of $815.9 billion, made up of
    # exports ...", "Of that, ... the remaining 4.26 billion") is that reading's
    read_totals = {total.total.start for total in totals}
    totals += [t for t in _amount_wholes(mentions, values) if t.total.start not in read_totals]
    read_parts = {part.start for total in totals for part in total.parts}
    totals += [
        t for t in _lists_closed_by_rest(mentions, values) if t.parts[-1].start not in read_parts
    ]
    # a split a breakdown already reads ("made up of 32,100 full-time and 5,700 part-time")
    # is its breakdown's, whatever count comes before it
    listed = [{part.start for part in total.parts} for total in totals]
    return [
        *totals,
        *(
            c
            for c in _complements(mentions, values)
            if not any({p.start for p in c.parts} <= parts for parts in listed)
        ),
        *differences,
        *balances,
        # a subtraction's result may be read as a change's size too: "added 232,100"
        *_subtractions(mentions, stated_values(mentions)),
    ]


def _named_balance(text: str, positions: Sequence[int], value: Value) -> bool:
    """Whether a balance word just before a value names it: "a natural increase of 139,100"."""
    start = value.start or 0
    return near(positions, start - WORD_WINDOW, start) and bool(
        _DIFFERENCE_BEFORE.search(text, max(0, start - WORD_WINDOW), hedge_start(text, value))
    )


def _compares_amounts(change: ChangeClaim) -> bool:
    """Whether a change is a comparison sized in its values' own currency or unit that the
    changes reader found only one value for, which the comparisons reader reads as a
    difference with the value before it: "£121.6 billion in 2011/12, which was £4.4
    billion short of the £126.0 billion"; or in points: "0.8 point below the 8.2%"."""
    return (
        change.to_value is None
        and " ".join(change.wording.lower().split()) in _COMPARED_WORDING
        and bool(change.by)
        and all(unit_key(by) not in ("percent", "") for by in change.by)
    )


def find_restated_figures(mentions: Mentions) -> list[RestatedFigureClaim]:
    """Each figure stated again for the same metric and year, paired with its first
    statement, and each count restated in brackets in another numbering ("3.2 crore (32
    million) voters")."""
    firsts: dict[tuple[str, str, str, int], _Mention] = {}
    claims = list(_restated_counts(mentions))
    for mention in sorted(_mentions(mentions), key=lambda m: m.start):
        paragraph = mentions.document.paragraph_at(mention.start).start
        key = (mention.metric, mention.period, unit_key(mention.value), paragraph)
        first = firsts.setdefault(key, mention)
        if first is mention or first.value.start == mention.value.start:
            continue
        if not mention.refers_back:  # a fresh statement may be of another company
            continue
        claims.append(
            RestatedFigureClaim(
                text=mentions.text[mention.start : mention.end],
                start=mention.start,
                end=mention.end,
                metric=mention.metric,
                period=mention.period,
                first=first.value,
                second=mention.value,
            )
        )
    return claims


def _keyed(
    mentions: Mentions,
    values: Sequence[Value],
    positions: Sequence[int],
    before_pattern: re.Pattern[str],
    after_pattern: re.Pattern[str],
    keep_before: Callable[[re.Match[str]], bool] = lambda match: True,
) -> Iterator[tuple[int, Value, Block, re.Match[str] | None, re.Match[str] | None]]:
    """Each value with its keyword phrase just before it ("a combined") or after it ("in
    all"); `positions`: where the keywords start."""
    text = mentions.text
    for index, value in enumerate(values if positions else ()):
        start = value.start or 0
        if not near(positions, start - WORD_WINDOW, (value.end or 0) + _AFTER):
            continue
        sentence = mentions.document.sentence_at(start)
        before = before_pattern.search(
            text, max(sentence.start, start - WORD_WINDOW), hedge_start(text, value)
        )
        if before is not None and not keep_before(before):
            before = None
        after = None if before else after_pattern.match(text, value.end or 0)
        if before is not None or after is not None:
            yield index, value, sentence, before, after


def _totals(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
    text = mentions.text
    keyed = _keyed(mentions, values, _TOTAL_WORDS.positions(text), _TOTAL_BEFORE, _TOTAL_AFTER)
    for index, total, sentence, before, after in keyed:
        start = total.start or 0
        gap_end = before.start() if before else start
        parts = _list_before(text, values, index, gap_end, sentence, keyword_after=bool(after))
        if len(parts) < 2:
            continue
        like = parts[-1] if unit_key(parts[-1]) else total
        parts = [inherit(p, like) for p in parts]
        total = inherit(total, parts[-1])
        word = before or after
        assert word is not None
        end = after.end() if after else total.end or 0
        first = parts[0].start or 0
        yield TotalClaim(
            text=text[first:end],
            start=first,
            end=end,
            parts=tuple(parts),
            total=total,
            wording=" ".join(word.group("word").split()),
        )


def _restated_counts(mentions: Mentions) -> Iterator[RestatedFigureClaim]:
    """A count restated right after itself at another scale: in brackets ("3.2 crore (32
    million) voters", "1.2 billion (120 crore)"), or after a comma ("3,33,87,677, or 3.34
    crore", "970 million people, about 97 crore"); an amount only when respelled in the
    same currency ("Rs 480 billion, that is Rs 48,000 crore")."""
    text = mentions.text
    values = _joined_indian(text, stated_values(mentions))
    for first, second in itertools.pairwise(values):
        if not _alike(first, second) or (
            first.scale == second.scale and _in_words(first) == _in_words(second)
        ):
            continue
        gap = _RESTATING.fullmatch(text, first.end or 0, hedge_start(text, second))
        if gap is None:
            continue
        end = second.end or 0
        if gap["open"]:
            close = _CLOSE_BRACKET.match(text, end)
            counts = not isinstance(first, Money) and first.scale and second.scale
            if close is None or not (
                counts or _respelled(first, second) or _rewritten(first, second)
            ):
                continue
            end = close.end()
        elif not _respelled(first, second):
            continue
        noun = gap["noun"] or (match[1] if (match := _NOUN.match(text, end)) else None)
        yield RestatedFigureClaim(
            text=text[first.start or 0 : end],
            start=first.start,
            end=end,
            metric="" if isinstance(first, Money) else noun or "",  # money names its currency
            period="",
            first=first,
            second=second,
        )


def _joined_indian(text: str, values: Sequence[Value]) -> list[Value]:
    """The values with each Indian compound count read as one: "4 crore 10 lakh" is
    41,000,000, as precise as its lakh."""
    joined: list[Value] = []
    for value in values:
        last = joined[-1] if joined else None
        if (
            isinstance(last, Amount)
            and isinstance(value, Amount)
            and not (last.unit or value.unit or last.hedge or value.hedge)
            and (last.scale or "").lower() == "crore"
            and (value.scale or "").lower() == "lakh"
            and value.value < last.multiplier
            and float(last.value / last.multiplier).is_integer()
            and not text[last.end or 0 : value.start or 0].strip()
        ):
            joined[-1] = value.model_copy(
                update={
                    "value": last.value + value.value,
                    "low": last.value + value.low,
                    "high": last.value + value.high,
                    "digits": f"{(last.value + value.value) / last.multiplier:g}",  # in crore
                    "scale": last.scale,
                    "multiplier": last.multiplier,
                    "text": text[last.start or 0 : value.end or 0],
                    "start": last.start,
                }
            )
        else:
            joined.append(value)
    return joined


def _alike(first: Value, second: Value) -> bool:
    """Whether two values may restate each other: two counts, or two amounts of one currency
    (never where a mark could mean another: "MXN 12 million ($960,000)" is a conversion)."""
    if isinstance(first, Money) or isinstance(second, Money):
        return (
            isinstance(first, Money)
            and isinstance(second, Money)
            and first.currency == second.currency
            and (len(second.candidates) == 1 or first.candidates == second.candidates)
        )
    return not first.unit and not second.unit


def _respelled(first: Value, second: Value) -> bool:
    """Whether two counts are one number in two spellings: Indian and Western scale words
    ("970 million, about 97 crore"), or full digits and a scale word ("3,33,87,677, or
    3.34 crore"), not a count and a smaller one ("3 million (2,000 of them children)")."""
    if first.scale and second.scale:
        return _indian(first) != _indian(second)
    full, scaled = (first, second) if second.scale else (second, first)
    return bool(scaled.scale) and full.value >= scaled.multiplier


def _rewritten(first: Value, second: Value) -> bool:
    """Whether a bracket restates an amount in another hand: written out in words and
    then in digits ("two hundred and twenty billion naira (N220bn)"), or at another scale
    with a hedge ("₹18,21,461 crore (about ₹18.21 lakh crore)"); never a plain bracketed
    figure, which company results use for the year before ("£1.2 billion (£980 million)")."""
    if _in_words(first) != _in_words(second):
        return True
    return second.hedge == Hedge.APPROX and first.multiplier != second.multiplier


def _in_words(value: Value) -> bool:
    return any(ch.isalpha() for ch in value.digits or "")


def _indian(value: Value) -> bool:
    return bool(value.scale and _INDIAN_SCALE.search(value.scale))


def _breakdowns(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
    """Each total stated first and then broken down into parts, listed to a final "and".

    "worth 12 billion euros, made up of 5 billion for rail, 4 billion for roads and 2
    billion for ports"; "Spending totalled $9.1 billion: $4.2 billion on schools, ...".
    After "including" or "of which" the list may leave parts out.
    """
    text = mentions.text
    cues = _BREAKDOWN_CUES.positions(text)
    if not cues:
        return
    ends = [v.end or 0 for v in values]
    read: set[int] = set()
    for at in cues:  # the total is the last value before its cue
        index = bisect.bisect_right(ends, at) - 1
        if index < 0 or index in read or index + 1 >= len(values) or at - ends[index] > _GAP:
            continue
        read.add(index)
        total = values[index]
        cue = _BREAKDOWN.match(text, total.end or 0)
        parts = cue and (
            _parts_after_cue(mentions, values, index + 1, cue)
            or _one_part_after(mentions, values, index, cue)
        )
        parts = [inherit(p, total) for p in parts or ()]
        if not _breaks_down(text, total, parts):
            before = _before_aside(mentions, values, index, at)
            cue = _CUE_AT.match(text, at)
            if before is None or cue is None:
                continue
            total = values[before]
            parts = [inherit(p, total) for p in _parts_after_cue(mentions, values, index + 1, cue)]
            if not _breaks_down(text, total, parts):
                continue
        assert cue is not None
        word = " ".join((cue.group("word") or ":").lower().split())
        start = total.start or 0
        end = parts[-1].end or 0
        yield TotalClaim(
            text=text[start:end],
            start=start,
            end=end,
            parts=tuple(parts),
            total=total,
            wording=word,
            open=word in _BREAKDOWN_OPEN and not _completed(text, parts),
        )


def _pointed_breakdowns(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
    """A sentence that points back to a total and breaks it down: "Proposed spending adds
    up to $8.61 billion. It is made up of recurrent costs of $3.49 billion, ... and
    capital spending of $2.43 billion". The sentence opens with a pointer ("it", "this")
    and a few words, then a breakdown cue; the total is the one figure of the parts' kind
    in the sentence before."""
    text = mentions.text
    cues = _BREAKDOWN_CUES.positions(text)
    if not cues:
        return
    starts = [hedge_start(text, v) for v in values]
    for at in cues:
        sentence = mentions.document.sentence_at(at)
        first = bisect.bisect_left(starts, sentence.start)
        if first >= len(values) or starts[first] < at or starts[first] >= sentence.end:
            continue  # a figure before the cue in its sentence, or none after it
        lead = [t.lower() for t in TOKEN.findall(text, sentence.start, at)]
        if not lead or lead[0] not in _POINTERS or len(lead) > _MAX_VERB + 1:
            continue
        cue = _CUE_AT.match(text, at)
        if cue is None:
            continue
        parts = _parts_after_cue(mentions, values, first, cue)
        total = _total_before(mentions, values, first, sentence.start, parts[0]) if parts else None
        if total is None or not _breaks_down(text, total, parts):
            continue
        parts = [inherit(p, total) for p in parts]
        word = " ".join((cue.group("word") or ":").lower().split())
        yield TotalClaim(
            text=text[total.start or 0 : parts[-1].end or 0],
            start=total.start,
            end=parts[-1].end,
            parts=tuple(parts),
            total=total,
            wording=word,
            open=word in _BREAKDOWN_OPEN and not _completed(text, parts),
        )


def _parts_after_cue(
    mentions: Mentions, values: Sequence[Value], first: int, cue: re.Match[str]
) -> list[Value]:
    """The parts listed from values[first] on, after a breakdown cue ("...: $4.2 billion on
    schools, ..."); none if the words after the cue do not lead to a part."""
    text = mentions.text
    if not _breakdown_label(TOKEN.findall(cue.group("label"))):
        return []
    lead = _lead(text, cue.end(), values[first])
    if lead is None:
        return []
    sentence = mentions.document.sentence_at(values[first].start or 0)
    return _list_after(
        text, values, first, sentence, verb_first=True, named=bool(lead)
    ) or _loose_list(text, values, first, sentence)


def _breaks_down(text: str, total: Value, parts: Sequence[Value]) -> bool:
    """Whether parts read after a breakdown cue may be of a total: some, all of its
    currency or unit, and the total not a value compared with ("up from $4 billion")."""
    start = hedge_start(text, total)
    return (
        bool(parts)
        and all(unit_key(p) == unit_key(total) for p in parts)
        and not _COMPARED_WITH.search(text, max(0, start - WORD_WINDOW), start)
    )


def _before_aside(mentions: Mentions, values: Sequence[Value], index: int, at: int) -> int | None:
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
    gap = TOKEN.findall(text, values[index].end or 0, at)
    start = hedge_start(text, values[index])
    compared = _COMPARED_WITH.search(text, max(0, start - WORD_WINDOW), start)
    if gap[:1] == [","] and not compared:  # no figure: "€2.45 billion, a record, comprising"
        words = [t.lower() for t in gap]
        return None if _TURNS.intersection(words) or len(words) > _MAX_ASIDE else index
    comma = text.rfind(",", sentence.start, hedge_start(text, values[index]))
    before = bisect.bisect_right([v.end or 0 for v in values], comma) - 1 if comma > 0 else -1
    if before < 0 or (values[before].start or 0) < sentence.start:
        return None
    total, aside = values[before], text[comma:at]
    if not _label(TOKEN.findall(text, total.end or 0, comma), _MAX_LABEL):
        return None
    kin = [v for v in values[before + 1 : index + 1] if unit_key(v) == unit_key(total)]
    if kin and not _COMPARED_ANYWHERE.search(aside) and not _COMPARISON.search(aside):
        return None
    return before


def _one_part_after(
    mentions: Mentions, values: Sequence[Value], index: int, cue: re.Match[str]
) -> list[Value]:
    """The one part right after "of which", alone in the rest of its sentence in the
    total's currency or unit: "£31.1 billion, of which £12.2 billion fed through"."""
    word = " ".join((cue.group("word") or "").lower().split())
    part, total = values[index + 1], values[index]
    if word not in _ONE_PART or hedge_start(mentions.text, part) != cue.end():
        return []
    sentence = mentions.document.sentence_at(total.start or 0)
    for other in values[index + 2 :]:
        if (other.start or 0) >= sentence.end:
            break
        if unit_key(other) == unit_key(total):
            return []  # more figures of its kind: a list not read, or another relation
    part = inherit(part, total)
    return [part] if _part_of(part, total) else []


def _opened_breakdowns(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
    """A total that opens its sentence and the parts it is shared into: "Of the $12 billion
    allocated, $5 billion goes to rail and $4 billion to roads". The parts may fall short
    of the total (not every use need be listed) but never exceed it."""
    text = mentions.text
    openers = list(_OPENED.finditer(text))
    starts = [hedge_start(text, v) for v in values] if openers else []
    for opener in openers:
        sentence = mentions.document.sentence_at(opener.start())
        if text[sentence.start : opener.start()].strip(" \"“'‘"):
            continue  # not at the start of its sentence
        index = bisect.bisect_left(starts, opener.end())
        if index >= len(values) or (values[index].start or 0) >= sentence.end:
            continue
        if opener["back"]:
            part = _single_part(text, values[index], opener.end())
            total = part and _total_before(mentions, values, index, sentence.start, part)
            named = bool(_lead(text, opener.end(), values[index]))
            listed = _list_after(
                text, values, index, sentence, verb_first=True, named=named
            ) or _loose_list(text, values, index, sentence)
            parts = [part] if part else []
            rest = _rest_after(mentions, values, index)
            if part and total and len(listed) >= 2:  # "Of this, $15.8 billion ... and $18.1 ..."
                parts = [inherit(p, total) for p in listed]
                parts = parts if all(_part_of(p, total) for p in parts) else []
            elif part and total and rest and _part_of(rest, total):
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
        start, end = min(total.start or 0, parts[0].start or 0), parts[-1].end or 0
        yield TotalClaim(
            text=text[start:end],
            start=start,
            end=end,
            parts=tuple(parts),
            total=total,
            wording=wording,
            open=not _completed(text, parts),
        )


def _bracketed_breakdowns(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
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
        if opened is None or not _label(TOKEN.findall(opened["label"]), _MAX_LABEL):
            continue
        close = text.find(")", opened.end(), opened.end() + 2 * _GAP)
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
        start, end = total.start or 0, close + 1
        yield TotalClaim(
            text=text[start:end],
            start=start,
            end=end,
            parts=tuple(parts),
            total=total,
            wording="(",
        )


def _parts_of_that(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
    """A part pointing back to a total in the sentence before and the rest of it after:
    "It sought 4.8 billion. Only 0.54 billion of that is new cash; the remaining 4.26
    billion is matched by savings". The total is the one figure of the parts' currency or
    unit in the sentence before; without "the remaining" the part may be one of several,
    and is not read here."""
    text = mentions.text
    for index, part in enumerate(values[:-1]):
        back = _OF_BACK.match(text, part.end or 0)
        if back is None:
            continue
        sentence = mentions.document.sentence_at(part.start or 0)
        rest = _rest_after(mentions, values, index)
        if rest is None:
            continue
        total = _total_before(mentions, values, index, sentence.start, part)
        if total is None or not _part_of(rest, total):
            continue
        start, end = total.start or 0, rest.end or 0
        yield TotalClaim(
            text=text[start:end],
            start=start,
            end=end,
            parts=(part, rest),
            total=total,
            wording=" ".join(back.group().split()),
        )


def _totals_listed_after(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
    """A figure named as a total and its parts listed in the next sentence of its paragraph:
    "Total spending came to €9.4 billion. Schools took €4.1 billion, hospitals €3.2
    billion and roads €2.1 billion"; "Their combined revenue was R4.5 billion. Mining and
    energy earned R2.9 billion and R1.6 billion, respectively". The total, an amount, is
    named so by a word a few words before it in its clause ("total", "combined",
    "turnover") or after it ("in all"), and is the last figure of its kind in its
    sentence; every figure of that kind in the next sentence is a listed part, and that
    sentence names no other time and compares with nothing. The list may leave parts out
    (the parts may fall short, never exceed the total), unless its last part is the rest.
    """
    text = mentions.text
    if not _TOTAL_NAMED.positions(text):
        return
    document = mentions.document
    starts = [hedge_start(text, v) for v in values]
    for index, total in enumerate(values):
        key = unit_key(total)
        name = key and key not in ("percent", "percentage_point") and _total_name(text, total)
        if not name:
            continue
        sentence = document.sentence_at(total.start or 0)
        after = _sentence_after(mentions, sentence)
        if after is None:
            continue
        end = bisect.bisect_left(starts, after.end)
        first = next((k for k in range(index + 1, end) if unit_key(values[k]) == key), end)
        if first >= end or starts[first] < after.start:
            continue  # another figure of the kind in the total's sentence, or none after
        if _TOTAL_NAMED.positions(text[after.start : after.end]):
            continue  # no part in the next sentence, or a total of its own there
        if _another_time(text, sentence, after):
            continue
        lead = _lead(text, after.start, values[first])
        named = lead is not None and len(lead) > 1  # "Its shops brought in $51 million"
        parts = _list_after(
            text, values, first, after, verb_first=True, named=named
        ) or _loose_list(text, values, first, after)
        kin = [v for v in values[first:end] if unit_key(v) == key]
        if len(parts) < 2 or len(parts) != len(kin):
            continue
        parts = [inherit(p, total) for p in parts]
        if not _breaks_down(text, total, parts) or not all(_part_of(p, total) for p in parts):
            continue
        start, end = total.start or 0, parts[-1].end or 0
        yield TotalClaim(
            text=text[start:end],
            start=start,
            end=end,
            parts=tuple(parts),
            total=total,
            wording=name,
            open=not _completed(text, parts),
        )


def _parts_named_back(
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
    for at, kin in _first_of_each_kind(mentions, values):
        if len(kin) < 2:
            continue
        first = values[at]
        sentence = document.sentence_at(first.start or 0)
        lead = TOKEN.findall(text, sentence.start, hedge_start(text, first))
        noun = _subject_noun(lead)
        if noun is None or _restates(lead, noun):
            continue
        parts = _list_after(text, values, at, sentence, verb_first=True, named=True) or (
            _loose_list(text, values, at, sentence)
        )
        if len(parts) != len(kin):
            continue
        paragraph = document.paragraph_at(sentence.start).start
        wholes = [
            v
            for v in values[max(0, at - _MAX_BACK) : at]
            if (v.start or 0) >= paragraph
            and v.start not in balances
            and unit_key(v) == unit_key(first)
            and _names_unqualified(_clause_words(text, document.sentence_at(v.start or 0), v), noun)
        ]
        if len(wholes) != 1 or not all(_part_of(p, wholes[0]) for p in parts):
            continue
        total = wholes[0]
        start = hedge_start(text, total)
        stated = document.sentence_at(start)
        if stated.start == sentence.start or _another_time(text, stated, sentence):
            continue
        if _COMPARED_WITH.search(text, max(stated.start, start - WORD_WINDOW), start):
            continue
        yield TotalClaim(
            text=text[total.start or 0 : parts[-1].end or 0],
            start=total.start,
            end=parts[-1].end,
            parts=tuple(inherit(p, total) for p in parts),
            total=total,
            wording=noun,
            open=not _completed(text, parts),
        )


def _first_of_each_kind(
    mentions: Mentions, values: Sequence[Value]
) -> Iterator[tuple[int, list[Value]]]:
    """Per sentence and per currency or unit (amounts only), the index of the first figure
    of that kind and every figure of it in the sentence, in one pass."""
    document = mentions.document
    groups: dict[tuple[int, str], tuple[int, list[Value]]] = {}
    for index, value in enumerate(values):
        key = unit_key(value)
        if key and key not in ("percent", "percentage_point"):
            sentence = document.sentence_at(value.start or 0).start
            groups.setdefault((sentence, key), (index, []))[1].append(value)
    yield from groups.values()


def _subject_noun(lead: Sequence[str]) -> str | None:
    """The stem of the noun a sentence opens with, past an article or "Of the": "exports"
    of "Exports to EU countries were worth"; None for a long or numbered opening."""
    if len(lead) > _MAX_SUBJECT or any(_DIGIT.search(t) for t in lead):
        return None
    for token in lead:
        if token.lower() not in _SUBJECT_OPENERS:
            return _stem(token) if token.isalpha() and len(token) >= _MIN_NOUN else None
    return None


def _restates(lead: Sequence[str], noun: str) -> bool:
    """Whether a sentence opens with its noun bare and linked straight to its figure,
    restating a total rather than splitting it: "Exports were", "Exports came to"; not
    "Exports to the EU were", "Recurrent spending consisted of"."""
    at = next(i for i, t in enumerate(lead) if _stem(t) == noun)
    following = [t.lower() for t in lead[at + 1 :]]
    return not following or any(
        tuple(following[: len(link)]) == link and link[0] not in _NOUN_QUALIFIERS for link in _LINKS
    )


def _names_unqualified(words: Sequence[str], noun: str) -> bool:
    """Whether a clause names a noun bare, as a whole: "Exports fell 5% to"; not narrowed
    to a part of it by a word after it ("Exports [of cars] came to") or a modifier before
    it ("[car] exports")."""
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
            and before not in _PHRASE_ENDS
            and before not in _STOP
            and before not in _TURNS
            and before not in _PREPOSITIONS
        )
        if qualified_after or qualified_before:
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
            if t in _CLAUSE_MARKS or t.lower() in _CLOSERS or t.lower() in _TURNS
        ),
        default=-1,
    )
    words = tokens_before[cut + 1 :]
    for token in TOKEN.findall(text, value.end or 0, sentence.end):
        if token in _CLAUSE_MARKS or token.lower() in _CLOSERS:
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
        or bool(_COMPARED_ANYWHERE.search(text, after.start, after.end))
    )


def _total_name(text: str, total: Value) -> str | None:
    """The word right around a figure that names it a total: a word of `total named` a few
    words before it in its clause ("total spending was"), or "in all" after it."""
    after = _TOTAL_AFTER.match(text, total.end or 0)
    if after:
        return " ".join(str(after.group("word")).lower().split())
    start = hedge_start(text, total)
    before: list[str] = TOKEN.findall(text, max(0, start - WORD_WINDOW), start)[-_MAX_TOTAL_NAME:]
    for word in reversed(before):
        if word.lower() in _TOTAL_NAMES:
            return word.lower()
        if word in _CLAUSE_BREAKS or word in ",." or _DIGIT.search(word):
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
    if start >= sentence.end or not _REMAINDER.search(text, max(0, start - WORD_WINDOW), start):
        return None
    return rest


def _part_name(tokens: Sequence[str], *, last: bool) -> bool:
    """Whether the words after a bracketed part name it and, unless it is the last, move
    on to the next: "current, ", "capital and ", "on staff, "; not a date or a comparison."""
    words = [t.lower() for t in tokens]
    if not last:
        for separator, _closes in _SEPARATORS:
            if words[-len(separator) :] == separator and len(words) > len(separator):
                words = words[: -len(separator)]
                break
        else:
            return False
    return (
        0 < len(words) <= _MAX_NAME
        and all(w.isalpha() for w in words)
        and words[-1] not in _PREPOSITIONS
        and not any(w in _NOT_A_PART - _PREPOSITIONS or w in _STOP for w in words)
        and _named(tokens[: len(words)])
    )


def _opened_parts(
    mentions: Mentions, values: Sequence[Value], starts: Sequence[int], index: int, sentence: Block
) -> list[Value]:
    """The parts after a total opening its sentence: a list ("Of the $12 billion allocated,
    $5 billion goes to rail and $4 billion to roads"), else the first figure after the
    comma closing the total's name ("Of the $1.8 billion the state received under the
    act, it has committed $1.5 billion")."""
    text, total = mentions.text, values[index]
    named = _OPENED_NAME.match(text, total.end or 0)
    if named is not None and index + 2 < len(values) and starts[index + 1] == named.end():
        parts = [
            inherit(p, total)
            for p in _list_after(text, values, index + 1, sentence, verb_first=True)
        ]
        if len(parts) >= 2 and all(unit_key(p) == unit_key(total) for p in parts):
            return parts
    comma = text.find(",", total.end or 0, sentence.end)
    after = bisect.bisect_left(starts, comma + 1) if comma >= 0 else len(values)
    if after >= len(values) or (values[after].start or 0) >= sentence.end:
        return []
    part = _single_part(text, values[after], comma + 1)
    if part is None or not _part_of(part, total):
        return []
    listed = [inherit(p, total) for p in _loose_list(text, values, after, sentence)]
    return listed if listed and all(_part_of(p, total) for p in listed) else [part]


def _lead(text: str, start: int, first: Value) -> list[str] | None:
    """The words from a breakdown's cue to its first part: none (or an article: "a $25.5
    billion shortfall"); a few naming the part ("defence took $4.2 billion"); else None,
    as for a clause word or a forecast ("analysts had expected $4.8 billion")."""
    lead = TOKEN.findall(text, start, hedge_start(text, first))
    if lead in (["a"], ["an"]):
        return []
    if lead and (not _label(lead, _MAX_BREAKDOWN_LABEL) or _GUARD.search(" ".join(lead))):
        return None
    return lead


def _completed(text: str, parts: Sequence[Value]) -> bool:
    """Whether the last of several listed parts is named as the rest of the total, which
    makes the list complete: "$5 billion goes to rail and the remaining $7 billion to roads"."""
    start = hedge_start(text, parts[-1])
    return len(parts) > 1 and bool(_REMAINDER.search(text, max(0, start - WORD_WINDOW), start))


def _without_remainder(tokens: list[str]) -> list[str]:
    """The tokens before a part without the words naming it the rest: "and [the remaining]"."""
    words = [t.lower() for t in tokens]
    for cue in _REMAINDER_TOKENS:
        if len(words) > len(cue) and words[-len(cue) :] == cue:
            return tokens[: -len(cue)]
    return tokens


def _single_part(text: str, value: Value, floor: int) -> Value | None:
    """A figure read as one part of a total named before it, unless the word before it
    makes it a date, a year or a figure of another phrase ("in 2019", "on March 31")."""
    before = TOKEN.findall(
        text, max(floor, (value.start or 0) - WORD_WINDOW), hedge_start(text, value)
    )
    if before and before[-1].lower() in _NOT_A_PART:
        return None
    if not unit_key(value) and _YEAR.fullmatch(value.digits or ""):
        return None
    return value


def _part_of(part: Value, total: Value) -> bool:
    """Whether a part may be of a total: one currency or unit, and a count no larger in
    scale ("Of the 120 stores, 2 million customers ..." counts something else)."""
    if unit_key(part) != unit_key(total):
        return False
    return bool(unit_key(part)) or part.multiplier <= total.multiplier


def _total_before(
    mentions: Mentions, values: Sequence[Value], index: int, floor: int, part: Value
) -> Value | None:
    """The total "Of that, ..." points back to: the one figure of the part's currency or
    unit in the sentence before, in the same paragraph; None when there is none or several."""
    if floor == 0 or mentions.document.paragraph_at(floor).start >= floor:
        return None
    previous = mentions.document.sentence_at(len(mentions.text[:floor].rstrip()) - 1)
    found = [
        v
        for v in values[:index]
        if (v.start or 0) >= previous.start
        and _part_of(part, v)
        and not _COMPARED_BEFORE.search(
            mentions.text, previous.start, hedge_start(mentions.text, v)
        )
    ]
    return found[0] if len(found) == 1 else None


def _parts_of_wholes(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
    """A part stated with its whole: "took £83 billion of the Chancellor's £103 billion
    package"; "covers 29 million customers, about 4 million of them on prepayment
    meters". The part may not exceed the whole. Not percentages: those are shares.
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
            whole = _pointed_whole(text, values, index, sentence)
            if whole is None:
                continue
        elif of["back"]:
            whole = values[index - 1] if index else None
            if whole is None or (whole.start or 0) < sentence.start:
                continue
            if _another_whole(values, index - 1, sentence.start):
                continue  # "1,200 members and 40 coaches, and 300 of them": no single whole
        else:
            whole = values[index + 1] if index + 1 < len(values) else None
            if whole is None or starts[index + 1] != of.end():
                continue
        if _single_part(text, whole, sentence.start) is None or not _part_of(part, whole):
            continue
        parts = [part]
        if of["back"]:  # "€49.4bn, €30.0bn of them to the euro area and €19.3bn to ..."
            listed = _list_after(text, values, index, sentence, verb_first=True) or _loose_list(
                text, values, index, sentence
            )
            if len(listed) > 1 and all(_part_of(p, whole) for p in listed):
                parts = listed
        start = min(part.start or 0, whole.start or 0)
        end = max(parts[-1].end or 0, whole.end or 0, of.end())
        yield TotalClaim(
            text=text[start:end],
            start=start,
            end=end,
            parts=tuple(parts),
            total=whole,
            wording=" ".join(of.group().split()),
            open=not _completed(text, parts),
        )


def _pointed_whole(text: str, values: Sequence[Value], index: int, sentence: Block) -> Value | None:
    """The amount "of it" after values[index] points back to: the first of its currency or
    unit in its sentence, when every other one between is compared with it ("R297.5
    billion, up from R265.7 billion last year; basic education accounts for R205.8 billion
    of it"; "R168.4 billion, R11.1 billion more than last year's R157.3 billion, with R75
    billion of that"); None when there is none, or one between that is not compared."""
    key = unit_key(values[index])
    opening = index
    while opening > 0 and (values[opening - 1].start or 0) >= sentence.start:
        opening -= 1
    kin = [k for k in range(opening, index) if unit_key(values[k]) == key]
    if not kin:
        return None
    for k in kin[1:]:
        start = hedge_start(text, values[k])
        between = text[values[k - 1].end or 0 : start]
        if not (
            _COMPARED_ANYWHERE.search(between)
            or _COMPARISON.search(between)
            or _COMPARED.match(text, values[k].end or 0)
        ):
            return None
    whole = values[kin[0]]
    start = hedge_start(text, whole)
    return None if _COMPARED_WITH.search(text, max(0, start - WORD_WINDOW), start) else whole


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


def _counted_totals(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
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
            unit_key(p) != unit_key(total) for p in parts
        ):
            continue
        gaps = [TOKEN.findall(text, a.end or 0, b.start or 0) for a, b in itertools.pairwise(parts)]
        if not all(("," in gap or "and" in gap) and ";" not in gap for gap in gaps):
            continue
        start, end = parts[0].start or 0, total.end or 0
        yield TotalClaim(
            text=text[start:end],
            start=start,
            end=end,
            parts=tuple(parts),
            total=total,
            wording=" ".join(words),
        )


def _shares(values: Sequence[Value], changes: Sequence[ChangeClaim]) -> list[Value]:
    """The percentages that may be shares: none in a stated change ("rose 5%")."""
    spans = [(c.start or 0, c.end or 0) for c in changes]
    return [
        v
        for v in values
        if unit_key(v) == "percent"
        and not any(start <= (v.start or 0) < end for start, end in spans)
    ]


def _remainders(mentions: Mentions, shares: Sequence[Value]) -> Iterator[TotalClaim]:
    """A share named as the rest of its whole and the shares before it, which with it make
    100%: "Rural residents made up 68.8% of the population and urban residents the
    remaining 31.2%"; "Samsung took 20%, Apple 15% and LG 3%, other brands the remaining
    62%". The shares are the percentages before it in its sentence, listed ("A 20%, B 15%
    and C 3%"), back to the first that names its whole ("68.8% of the population") or to
    the sentence's start; a percentage in a stated change is none of them, and a list
    broken by other words leaves the remainder unread.
    """
    text = mentions.text
    cues = _REMAINDER_WORDS.positions(text)
    if not cues:
        return
    for at, rest in enumerate(shares):
        start = hedge_start(text, rest)
        if not near(cues, start - WORD_WINDOW, start):
            continue
        cue = _REMAINDER.search(text, max(0, start - WORD_WINDOW), start)
        if cue is None:
            continue
        sentence = mentions.document.sentence_at(rest.start or 0)
        parts = _shares_before(text, shares[:at], sentence.start, rest)
        if not parts:
            continue
        first = parts[0].start or 0
        yield TotalClaim(
            text=text[first : rest.end or 0],
            start=first,
            end=rest.end,
            parts=(*parts, rest),
            total=_WHOLE,
            wording=" ".join(cue.group().lower().split()),
        )


def _share_lists(mentions: Mentions, shares: Sequence[Value]) -> Iterator[TotalClaim]:
    """The shares of one whole listed after a verb giving the first its part: "Services
    accounted for 77.6% of GDP, industry for 13.5% and agriculture for 8.9%"; "the coast
    took 62.0% of stays, the capital 19.4%, mountain resorts 12.7% and other places 5.9%".
    The first names the whole, the others none; the list closes with "and". Parts not
    named may be left out, so the shares may fall short of 100% but never exceed it,
    unless the last is named all the rest ("other places", "everything else"). Two shares
    alone may be two ratios to one base ("exports made up 60% of GDP and imports 50%"):
    an open list needs three. A list
    closed by "the remaining" is the remainders reader's; a percentage in a stated change
    is no listed share.
    """
    text = mentions.text
    for at, first in enumerate(shares):
        start = hedge_start(text, first)
        if not _NAMES_WHOLE.match(text, first.end or 0) or not _SHARE_LIST_VERB.search(
            text, max(0, start - WORD_WINDOW), start
        ):
            continue
        sentence = mentions.document.sentence_at(start)
        parts = _shares_listed_after(text, shares, at, sentence)
        if len(parts) < 2:
            continue
        last = hedge_start(text, parts[-1])
        if _REMAINDER.search(text, max(0, last - WORD_WINDOW), last):
            continue  # "... and agriculture the remaining 12.1%": read as a remainder
        label = [t.lower() for t in TOKEN.findall(text, parts[-2].end or 0, last)]
        complete = bool(_SHARE_LIST_REST.intersection(label))
        if len(parts) < _MIN_OPEN_SHARES and not complete:
            continue  # "exports made up 60% of GDP and imports 50%": two ratios to one base
        end = parts[-1].end or 0
        yield TotalClaim(
            text=text[first.start or 0 : end],
            start=first.start,
            end=end,
            parts=tuple(parts),
            total=_WHOLE,
            wording="shares",
            open=not complete,
        )


def _shares_listed_after(
    text: str, shares: Sequence[Value], at: int, sentence: Block
) -> list[Value]:
    """The shares listed from shares[at], which names the whole, to the one after the
    closing "and"; empty when the list does not close so in the sentence, or a share in
    it names a whole of its own or is one of several equal ones ("12% apiece")."""
    parts = [shares[at]]
    for share in shares[at + 1 :]:
        if (share.start or 0) >= sentence.end:
            return []
        end = parts[-1].end or 0
        if len(parts) == 1:  # the whole's name, out to its comma or "and"
            end = _after_whole(text, end, hedge_start(text, share))
        gap = _named_and(TOKEN.findall(text, end, hedge_start(text, share)))
        closing = bool(_CLOSERS.intersection(t.lower() for t in gap))
        if _list_gap(gap, closing=closing, named=True) is None:
            return []
        after = TOKEN.findall(text, share.end or 0, (share.end or 0) + _AFTER)[:1]
        if _NAMES_WHOLE.match(text, share.end or 0) or (
            after and after[0].lower() in _SHARE_LIST_EACH
        ):
            return []
        parts.append(share)
        if closing:
            return parts
    return []


def _after_whole(text: str, end: int, before: int) -> int:
    """Where the name of a share's whole ends ("of the economy in 2017"): at the comma, or
    the closing word, before the next share (`before`)."""
    tokens = list(TOKEN.finditer(text, end, before))
    for token in tokens:
        if token.group() == "," or token.group().lower() in _CLOSERS:
            return token.start()
    return end


def _contributions(mentions: Mentions) -> Iterator[TotalClaim]:
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
        parts = _parts_after_cue(mentions, values, index + 1, cue)
        parts = [inherit(p, parts[-1]) for p in parts]
        if len(parts) < 2 or any(unit_key(p) != "percentage_point" for p in parts):
            continue
        end = parts[-1].end or 0
        if _NEGATIVE_CONTRIBUTION.positions(text[total.end or 0 : end]):
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


def _lists_closed_by_rest(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
    """Parts listed to a last one named the rest, which makes them all of a total: "The
    medical business contributed ¥453.6 billion, pharmaceuticals ¥74.3 billion and the
    packaging unit ¥58.0 billion, with the remaining ¥0.8 billion from other activities";
    "sent $1.73 billion, with land-based workers sending $1.37 billion and sea-based
    workers the remaining $360.68 million".

    The parts are the figures of the rest's currency or unit before it in its sentence,
    each after a comma or "and" (a figure compared with is skipped), back to one after
    "with" (`list open with rest`), which is their total, or to the first, when the
    sentence opens with a few words naming it and the total is the one figure of the kind
    in the sentence before. Not percentages: shares closed by a remainder make 100%.
    """
    text = mentions.text
    if not _REMAINDER_WORDS.positions(text):
        return
    for index, rest in enumerate(values):
        key = unit_key(rest)
        start = hedge_start(text, rest)
        if not key or key in ("percent", "percentage_point"):
            continue
        cue = _REMAINDER.search(text, max(0, start - WORD_WINDOW), start)
        if cue is None:
            continue
        sentence = mentions.document.sentence_at(start)
        parts, total, at = [rest], None, index
        for k in range(index - 1, -1, -1):
            value = values[k]
            if (value.start or 0) < sentence.start:
                break
            begin = hedge_start(text, value)
            if unit_key(value) != key or _COMPARED_WITH.search(
                text, max(0, begin - WORD_WINDOW), begin
            ):
                continue
            gap = [
                t.lower() for t in TOKEN.findall(text, value.end or 0, hedge_start(text, parts[0]))
            ]
            if not _LOOSE_SEPARATORS.intersection(gap) or not _plain(gap):
                parts = []
                break
            if len(parts) > 1 and _OPENS_WITH_REST.intersection(gap):
                total = value  # not "..., with the remaining ¥0.8 billion": that is the rest's
                break
            if _OF_BACK.match(text, parts[0].end or 0):
                total = value  # "$33.6 billion; local firms earned $9.7 billion of that, ..."
                break
            parts.insert(0, value)
            at = k
        if len(parts) < 2:
            continue
        linked = total is None and _stated_as_total(text, sentence, parts)
        if total is None:
            lead = TOKEN.findall(text, sentence.start, hedge_start(text, parts[0]))
            if _label(lead, _MAX_BREAKDOWN_LABEL):
                total = _total_before(mentions, values, at, sentence.start, parts[0])
        if linked:  # the first figure is the total, unless one before may be: no reading
            total, parts = (None, parts) if total is not None else (parts[0], parts[1:])
        if total is None or not all(_part_of(p, total) for p in parts):
            continue
        first, end = min(total.start or 0, parts[0].start or 0), rest.end or 0
        yield TotalClaim(
            text=text[first:end],
            start=first,
            end=end,
            parts=tuple(parts),
            total=total,
            wording=" ".join(cue.group().rstrip(" ,").lower().split()),
        )


def _stated_as_total(text: str, sentence: Block, parts: Sequence[Value]) -> bool:
    """Whether the first of a list's figures is stated as a total the others share: a verb
    stating it so before it and a clause break after it ("Exports came to $33.6 billion;
    local firms earned $9.7 billion and foreign ones the other $23.9 billion")."""
    if len(parts) < 3:
        return False
    gap = TOKEN.findall(text, parts[0].end or 0, hedge_start(text, parts[1]))
    return bool(_CLAUSE_BREAKS.intersection(gap)) and bool(
        _TOTAL_LINK.search(text, sentence.start, hedge_start(text, parts[0]))
    )


def _net_changes(mentions: Mentions) -> Iterator[TotalClaim]:
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


def _amount_wholes(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
    """An amount named as a whole that two words split ("trade": "exports" and
    "imports"), and the two parts after it: "goods trade hit $144.9 billion, with exports
    of $78.0 billion and imports of $66.9 billion"; "trade totalled RMB 7.01 trillion.
    Exports grew 6.7% to RMB 3.77 trillion, while imports ...".

    The whole's name stands a few words before its figure, with no balance word or other
    owner after it ("trade surplus", "the trade ministry's budget"). The parts are the next
    figures of its currency or unit, in its sentence or the next, each named by the
    nearest side word before it; a figure compared with ("up from $4 billion") is skipped,
    and any other figure first leaves it unread.
    A part may be the value a change reached ("exports grew 6.7% to RMB 3.77 trillion").
    """
    text = mentions.text
    lowered = text.lower()
    if not any(word in lowered for word in _AMOUNT_WHOLES):
        return
    for index, whole in enumerate(values):
        key = unit_key(whole)
        start = hedge_start(text, whole)
        if not key or key in ("percent", "percentage_point"):
            continue
        sentence = mentions.document.sentence_at(start)
        before = [
            t.lower() for t in TOKEN.findall(text, max(sentence.start, start - WORD_WINDOW), start)
        ]
        named = [i for i, w in enumerate(before) if w in _AMOUNT_WHOLES]
        if not named or len(before) - named[-1] > _MAX_WHOLE_NAME:
            continue
        name = before[named[-1] + 1 :]
        if _BALANCE_WORDS.intersection(name) or any(w.endswith(("'s", "’s")) for w in name):
            continue  # "the trade surplus of $41.5 billion", "the trade ministry's budget"
        if any(_contains(name, state) for state in _BALANCE_STATES):
            continue  # a balance, no sum: "trade was in the black by $2.4 billion"
        parts = _amount_sides(mentions, values, index, sentence)
        if parts is None:
            continue
        end = parts[-1].end or 0
        yield TotalClaim(
            text=text[whole.start or 0 : end],
            start=whole.start,
            end=end,
            parts=parts,
            total=whole,
            wording=before[named[-1]],
        )


def _amount_sides(
    mentions: Mentions, values: Sequence[Value], index: int, sentence: Block
) -> tuple[Value, Value] | None:
    """The two figures after values[index] named by the two sides of a pair, in order;
    None when another figure of its kind comes first or the sides are not one each."""
    text, whole = mentions.text, values[index]
    following = _sentence_after(mentions, sentence)
    end = following.end if following is not None else sentence.end
    found: list[Value] = []
    for value in values[index + 1 :]:
        start = hedge_start(text, value)
        if start >= end or len(found) == 2:
            break
        if unit_key(value) != unit_key(whole):
            continue
        before = TOKEN.findall(text, max(sentence.start, start - WORD_WINDOW), start)
        if (before and before[-1].lower() in _NOT_A_STATE) or _COMPARED_WITH.search(
            text, max(0, start - WORD_WINDOW), start
        ):
            continue
        if _another_subject(TOKEN.findall(text, whole.end or 0, start)):
            return None  # "trade ..., while oil, with exports of ...": oil's sides
        sides = [
            _AMOUNT_SIDES[w.lower()] for w in before[-_ROLE_WORDS:] if w.lower() in _AMOUNT_SIDES
        ]
        if not sides or sides[-1] != len(found):
            return None
        found.append(value)
    return (found[0], found[1]) if len(found) == 2 else None


def _contains(words: Sequence[str], phrase: Sequence[str]) -> bool:
    """Whether a phrase's words stand together, in order, among some words."""
    size = len(phrase)
    return any(list(words[i : i + size]) == list(phrase) for i in range(len(words) - size + 1))


def _another_subject(between: Sequence[str]) -> bool:
    """Whether a contrast ("while", "whereas") between a whole and a figure opens a clause
    with a subject other than the whole's sides, whose figures are its own: "while oil and
    gas, with exports of ..."; not "while imports fell to ..."."""
    words = [t.lower() for t in between]
    turns = [i for i, w in enumerate(words) if w in _CONTRASTS]
    if not turns:
        return False
    subject = [w for w in words[turns[-1] + 1 :] if w not in _DETERMINERS]
    return not subject or subject[0] not in _AMOUNT_SIDES


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


def _shares_before(text: str, shares: Sequence[Value], floor: int, rest: Value) -> list[Value]:
    """The listed shares, last first back, that a remainder completes; empty when the list
    is broken before it reaches a share naming its whole or the sentence's start.

    Each share may be named by a few words of any case ("industry 38.2%"), the first
    share's whole too ("49.7% of the economy in 2017, industry 38.2%"), and the closing
    "and" may come before the last share or before the rest ("A 20%, B 15% and other
    brands the remaining 65%").
    """
    if not shares:
        return []
    parts: list[Value] = []
    before_rest = [t.lower() for t in TOKEN.findall(text, shares[-1].end or 0, rest.start or 0)]
    closed = bool(_CLOSERS.intersection(before_rest))
    for share in reversed(shares):
        if (share.start or 0) < floor:
            break
        if parts:
            end = share.end or 0
            if _NAMES_WHOLE.match(text, end):  # the whole's name, out to its comma
                end = max(end, text.rfind(",", end, hedge_start(text, parts[0])))
            gap = _named_and(TOKEN.findall(text, end, hedge_start(text, parts[0])))
            closing = len(parts) == 1 and not closed
            if _list_gap(gap, closing=closing, named=True) is None:
                return []
        parts.insert(0, share)
        if _NAMES_WHOLE.match(text, share.end or 0):
            return parts
    return parts


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
    return _label([t for t in tokens if t.lower() != "and"], _MAX_BREAKDOWN_LABEL)


def _list_after(
    text: str,
    values: Sequence[Value],
    first: int,
    sentence: Block,
    *,
    verb_first: bool = False,
    named: bool = False,
) -> list[Value]:
    """The parts listed from `values[first]` on, closed by "and"; empty if the list is open.

    With `verb_first`, the first part's label may start with a short verb: "$5 billion
    goes to rail and $4 billion to roads". When the first part is `named` by the words
    before it ("defence took $4.2 billion, health $3.3 billion and schools $1.6
    billion"), so must every other part be, by a few words of any case.
    """
    parts = [values[first]]
    pattern = None
    for part in values[first + 1 :]:
        if (part.start or 0) >= sentence.end:
            return []
        tokens = _without_remainder(
            _named_and(TOKEN.findall(text, parts[-1].end or 0, hedge_start(text, part)))
        )
        if verb_first and len(parts) == 1:
            tokens = _without_verb(tokens)
        kind = _list_gap(tokens, closing=False, limit=_MAX_BREAKDOWN_LABEL, named=named)
        closing = kind is None
        if closing:
            kind = _list_gap(tokens, closing=True, limit=_MAX_BREAKDOWN_LABEL, named=named)
        if kind is None or (kind == "before") != named or (pattern is not None and kind != pattern):
            return []
        pattern = kind
        parts.append(part)
        if closing:
            break
    else:
        return []
    rest = _named_and(TOKEN.findall(text, parts[-1].end or 0, sentence.end))
    label = list(itertools.takewhile(lambda t: t not in _LIST_END, rest))
    following = first + len(parts)
    if following >= len(values) or (values[following].start or 0) >= sentence.end:
        # no figure after the list in its sentence: the last label may end at a clause
        # word ("£10.20 on transport services [such as] rail, tube and bus fares")
        label = list(itertools.takewhile(lambda t: t.lower() not in _SUBORDINATORS, label))
    if pattern == "after" and label and label[0].lower() not in _PREPOSITIONS:
        return []
    if pattern == "noun" and not _named(label):
        return []
    return parts if _label(label, _MAX_BREAKDOWN_LABEL) else []


def _loose_list(text: str, values: Sequence[Value], first: int, sentence: Block) -> list[Value]:
    """The parts listed from `values[first]` on when the words between them are more than
    `_list_after` reads: a relative clause, an aside or a long name ("Sh675 billion is
    recurrent spending, mostly salaries, and Sh321 billion is development spending").

    Every later figure of the first's currency or unit in the sentence is a part when a
    comma or "and" comes before it with at most a short name between ("and central
    ministries Rs 7,275 crore"), and the list closes at the first "and" or "plus". A
    figure compared with ("up from $4 billion") is none; any other figure of the kind
    that is no part, or one after the list, leaves the reading unclear: no list.
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
        cut = max((i for i, t in enumerate(gap) if t.lower() in _LOOSE_SEPARATORS), default=-1)
        tail = gap[cut + 1 :]
        if (tail and tail[-1].lower() in _NOT_A_LISTED_PART) or _COMPARED_WITH.search(
            text, max(0, start - WORD_WINDOW), start
        ):
            continue
        if closed or cut < 0 or (tail and not _named(tail)) or not _plain(gap):
            return []
        if _NESTED.search(text, parts[-1].end or 0, start):
            return []
        parts.append(value)
        closed = any(t.lower() in _CLOSERS for t in gap)
    label = TOKEN.findall(text, parts[-1].end or 0, sentence.end)
    label = list(itertools.takewhile(lambda t: t not in _LIST_END, label))
    return parts if closed and _plain(label) else []


def _plain(tokens: Sequence[str]) -> bool:
    """Whether the words around a listed part state it plainly, not as a forecast, an
    estimate or a condition ("and analysts expect $9 billion", "and $9 billion was
    forecast")."""
    return not _LIST_GUARD.search(" ".join(tokens))


def _without_verb(tokens: list[str]) -> list[str]:
    """The tokens after a short verb before a preposition: "[goes] to rail and",
    "[will go] to roads", "[is earmarked] for ports"."""
    for i, token in enumerate(tokens[: _MAX_VERB + 1]):
        if token.lower() in _PREPOSITIONS:
            verb = tokens[:i]
            return tokens[i:] if verb and _label(verb, _MAX_VERB) else tokens
    return tokens


def _named_and(tokens: list[str]) -> list[str]:
    """The tokens without an "and" inside a name: "for the Food [and] Drug Administration"."""
    return [
        t
        for i, t in enumerate(tokens)
        if not (
            t == "and"
            and 0 < i < len(tokens) - 1
            and tokens[i - 1][0].isupper()
            and tokens[i + 1][0].isupper()
        )
    ]


def _list_before(
    text: str,
    values: Sequence[Value],
    index: int,
    gap_end: int,
    sentence: Block,
    *,
    keyword_after: bool,
) -> list[Value]:
    """The parts listed just before a total, first to last; empty if there is no list."""
    if index == 0:
        return []
    last = values[index - 1]
    if (last.start or 0) < max(sentence.start, gap_end - _GAP) or not _last_gap(
        TOKEN.findall(text, last.end or 0, gap_end), keyword_after=keyword_after
    ):
        return []
    parts = [last]
    pattern = None
    floor = sentence.start
    for k in range(index - 2, -1, -1):
        part = values[k]
        if (part.start or 0) < sentence.start or (part.end or 0) < (parts[0].start or 0) - _GAP:
            break
        tokens = TOKEN.findall(text, part.end or 0, parts[0].start or 0)
        kind = _list_gap(tokens, closing=len(parts) == 1)
        if kind is None or (pattern is not None and kind != pattern):
            floor = part.end or 0
            break
        pattern = kind
        parts.insert(0, part)
    if len(parts) < 2 or _continues(TOKEN.findall(text, floor, parts[0].start or 0), pattern):
        return []
    return parts


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
    """Whether the words between the last part and the total close the list."""
    words = [t.lower() for t in tokens]
    for ending in _LAST_GAP_ENDS:
        if words[len(words) - len(ending) :] == ending and len(words) >= len(ending):
            label = tokens[: len(tokens) - len(ending)]
            return _label(label, _MAX_LABEL)
    return not keyword_after and not words


def _list_gap(
    tokens: Sequence[str], *, closing: bool, limit: int = _MAX_LABEL, named: bool = False
) -> str | None:
    """How two listed parts are separated: bare ("A, B"), labelled after (by a phrase with a
    preposition, or a noun before the next part's article) or before; else None.

    The gap before the last part must hold a closing word ("and", "plus"), the others must
    not. A label before a part is a short capitalised name ("France"), or when the list is
    `named` any few words ("health", "value-added tax").
    """
    words = [t.lower() for t in tokens]
    for separator, closes in _SEPARATORS:
        if closes != closing:
            continue
        n = len(separator)
        if words == separator:
            return "bare"
        if words[-n:] == separator and words[0] in _PREPOSITIONS and _label(tokens[:-n], limit):
            return "after"
        if words[:n] == separator and (_named(tokens[n:]) if named else _name(tokens[n:])):
            return "before"
        if (
            (words[-1:] == ["a"] or words[-1:] == ["an"])
            and words[-n - 1 : -1] == separator
            and _named(tokens[: -n - 1])
        ):
            return "noun"  # "a $25.5 billion [shortfall plus a] $3 billion contingency fund"
    return None


def _label(tokens: Sequence[str], limit: int) -> bool:
    return len(tokens) <= limit and all(t[0].isalnum() and t.lower() not in _STOP for t in tokens)


def _named(tokens: Sequence[str]) -> bool:
    """A few words naming the part after them, no verb or preposition among them but a
    last preposition: "health", "the Americas", "deposits for" (not "a year earlier it
    was")."""
    if len(tokens) > 1 and tokens[-1].lower() in _PREPOSITIONS:
        tokens = tokens[:-1]
    return (
        bool(tokens)
        and _label(tokens, _MAX_LABEL)
        and not any(t.lower() in _PHRASE_ENDS for t in tokens)
        and not _YEAR_EARLIER.search(" " + " ".join(tokens))
    )


def _name(tokens: Sequence[str]) -> bool:
    """A short capitalised name labelling the part after it: "France", "Hong Kong"."""
    return 0 < len(tokens) <= _MAX_NAME and all(t[0].isupper() and t.isalpha() for t in tokens)


def _differences(
    mentions: Mentions, values: Sequence[Value], positions: Sequence[int]
) -> Iterator[DifferenceClaim]:
    """`positions`: where the balance words start."""
    text = mentions.text
    keyed = _keyed(
        mentions,
        values,
        positions,
        _DIFFERENCE_BEFORE,
        _DIFFERENCE_AFTER,
        # "margin" alone is a profit margin; "a margin of" is a difference.
        keep_before=lambda match: match["word"].lower() != "margin" or bool(match["article"]),
    )
    for index, stated, sentence, before, after in keyed:
        start = stated.start or 0
        if _SHARE_AFTER.match(text, stated.end or 0):
            continue
        word = before or after
        assert word is not None
        phrase_start = before.start() if before else start
        pair = _pair_before(text, values, index, phrase_start, sentence)
        if pair is None:
            continue
        a, b = pair
        if totals_both_sides(text, sentence.start, a) or totals_both_sides(text, a.end or 0, b):
            continue  # "imports of $61.3 billion, for combined turnover of $125.7 billion"
        like = b if unit_key(stated) == "" else stated
        a, b = inherit(a, like), inherit(b, like)
        stated = inherit(stated, b)
        roles = _role(text, a, sentence.start), _role(text, b, a.end or 0)
        ordered = roles in ((1, -1), (-1, 1))
        if roles == (-1, 1):
            a, b = b, a
        end = after.end() if after else stated.end or 0
        first = min(a.start or 0, b.start or 0)
        yield DifferenceClaim(
            text=text[first:end],
            start=first,
            end=end,
            minuend=a,
            subtrahend=b,
            difference=stated,
            wording=word.group("word").lower(),
            ordered=ordered,
        )


def _balances(
    mentions: Mentions, values: Sequence[Value], read: set[int | None], positions: Sequence[int]
) -> Iterator[DifferenceClaim]:
    """A surplus, deficit, gap or shortfall whose two values are found by their roles, not
    their place: "the trade shortfall narrowed to $44.3 billion, as exports, at $190.7
    billion, grew faster than imports, which reached $235.0 billion"; "Exports rose to ...
    while imports ... . That left a gap of $74.6 billion". The values may stand before or
    after the balance, in its sentence or the one next to it in the paragraph: the one
    before when the balance's sentence points back to it ("That", "The difference"), or
    holds one of them; the one after when it names no period the balance's does not.
    Exactly one value of the balance's currency or unit must be named by a positive role
    word (exports, revenue) and one by a negative (imports, spending), and a sentence next
    to the balance's that gives one may hold no value of it that no role word names (nor
    may the paragraph name another of that role); else no claim.
    Balances already read with their values, and percentages, are left alone. `positions`:
    where the balance words start.
    """
    text = mentions.text
    starts: list[int] = []
    for stated in values if positions else ():
        start = stated.start or 0
        key = unit_key(stated)
        if start in read or key in ("", "percent", "percentage_point"):
            continue
        if not near(
            positions, start - WORD_WINDOW, (stated.end or 0) + WORD_WINDOW
        ):  # "At $62bn, the gap"
            continue
        sentence = mentions.document.sentence_at(start)
        cue = balance_cue(text, sentence, stated)
        if cue is None or of_another_time(text, sentence, cue.start(), stated.end or 0):
            continue
        starts = starts or [v.start or 0 for v in values]
        pair = _roles_near(mentions, values, starts, stated, sentence)
        if pair is None:
            continue
        positive, negative = pair
        first = min(start, positive.start or 0, negative.start or 0)
        end = max(stated.end or 0, positive.end or 0, negative.end or 0)
        yield DifferenceClaim(
            text=text[first:end],
            start=first,
            end=end,
            minuend=positive,
            subtrahend=negative,
            difference=stated,
            wording=cue.group("word").lower() if cue.re is not BALANCE_VERB else "gap",
            ordered=True,
        )


def balance_cue(text: str, sentence: Block, stated: Value) -> re.Match[str] | None:
    """The words that make a figure a balance: "a trade surplus of", "$2 billion surplus",
    or a verb with a side named by its role word on each hand ("spending exceeded tax
    receipts by"); not "a deficit of 3 percent of GDP"."""
    if _SHARE_AFTER.match(text, stated.end or 0):
        return None
    floor = max(sentence.start, (stated.start or 0) - WORD_WINDOW)
    end = hedge_start(text, stated)
    verb = BALANCE_VERB.search(text, floor, end)
    if verb is not None:
        sides = _role_of(verb["subject"].lower().split()), _role_of(verb["object"].lower().split())
        return verb if sides in ((1, -1), (-1, 1)) else None
    before = _BALANCE_BEFORE.search(text, floor, end)
    if before is not None and stopped(text, sentence, before.start(), before.end()):
        return None
    return (
        before
        or _DIFFERENCE_AFTER.match(text, stated.end or 0)
        or balance_subject(text, sentence, stated, ROLES)
        or fronted_balance(text, sentence, stated, ROLES)
    )


def _complements(mentions: Mentions, values: Sequence[Value]) -> Iterator[TotalClaim]:
    """A count split by two words that make it whole ("male" and "female", "full-time" and
    "part-time"), each part named by its word right after it or the nearest before it:
    "The census counted 1,210,569,573 Indians, 623,121,843 of them male and 587,447,730
    female"; "Employment fell to 11,902,300. Full-time jobs rose to 8,228,700, while
    part-time employment shed 18,500 to 3,673,600". One figure of each side, the second in
    the first's sentence or the next; the total is the one other count before them in the
    first part's sentence, else in the sentence before. Counts only: no averages, and
    never the two counts of a rate ("1022 females for every 1,000 males")."""
    text = mentions.text
    positions = _SECOND_SIDES.positions(text) and _SIDE_WORDS.positions(text)
    if not positions:
        return
    document = mentions.document
    counts = [
        v
        for v in values
        if not unit_key(v) and not year_range_end(text, v) and not in_a_rate(text, v)
    ]
    sides: list[tuple[int, int] | None] = []
    floor = 0
    for index, value in enumerate(counts):
        if not near(positions, (value.start or 0) - _GAP, (value.end or 0) + _AFTER + 10):
            sides.append(None)  # no side word where one could name it
            floor = value.end or 0
            continue
        sentence = document.sentence_at(value.start or 0)
        later = counts[index + 1].start or 0 if index + 1 < len(counts) else sentence.end
        # a count followed in its clause by another that no side word names ("part-time
        # employment shed 18,500 to 3,673,600"): the word before may name either
        between = TOKEN.findall(text, value.end or 0, min(later, sentence.end))
        alone = later >= sentence.end or any(w in ",;" or w.lower() in _SIDES for w in between)
        side = _word_near(text, value, max(floor, sentence.start), _SIDES, before=alone)
        sides.append(side)
        floor = value.end or 0
    for pair in sorted({side[0] for side in sides if side}):
        found = [(s[1], v) for s, v in zip(sides, counts, strict=True) if s and s[0] == pair]
        if sorted(side for side, _ in found) != [0, 1]:
            continue
        first, second = found[0][1], found[1][1]
        where = document.sentence_at(first.start or 0)
        if document.sentence_at(second.start or 0) not in (where, _sentence_after(mentions, where)):
            continue
        total = _complemented(mentions, counts, sides, first)
        if total is None:
            continue
        start, end = total.start or 0, second.end or 0
        if _COMPLEMENT_GUARD.search(text, start, end):
            continue
        yield TotalClaim(
            text=text[start:end],
            start=start,
            end=end,
            parts=(first, second),
            total=total,
            wording=" and ".join(_PAIRS[pair]),
        )


def _complemented(
    mentions: Mentions,
    counts: Sequence[Value],
    sides: Sequence[tuple[int, int] | None],
    first: Value,
) -> Value | None:
    """The one count no side word names before `first`: in its sentence, else in the one
    before; None when there is none or several."""
    document = mentions.document
    sentence = document.sentence_at(first.start or 0)
    for block in (sentence, document.sentence_before(sentence)):
        if block is None:
            return None
        found = [
            v
            for v, side in zip(counts, sides, strict=True)
            if side is None and block.start <= (v.start or 0) < min(block.end, first.start or 0)
        ]
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _sentence_after(mentions: Mentions, sentence: Block) -> Block | None:
    """The sentence after `sentence` in its paragraph, if any."""
    text, document = mentions.text, mentions.document
    start = len(text) - len(text[sentence.end :].lstrip())
    if start >= len(text):
        return None
    after = document.sentence_at(start)
    return after if document.sentence_before(after) == sentence else None


def of_another_time(text: str, sentence: Block, start: int, end: int) -> bool:
    """Whether the clause of a balance (`start`:`end`, out to the commas around it) makes it
    a figure compared with ("compared with a shortfall of $290.4 billion") or of a year
    before ("a year earlier", ", after a 154.55 billion yen shortfall in December"): its
    values are not the ones the sentence states. The clause
    ends at the next figure: "widened to 196.5 billion euros from 159.0 billion euros the
    year before" dates the earlier figure, not the balance."""
    opening = max(text.rfind(",", sentence.start, start), text.rfind(";", sentence.start, start))
    closing = text.find(",", end, sentence.end)
    closing = sentence.end if closing < 0 else closing
    figure = _DIGIT.search(text, end, closing)
    closing = figure.start() if figure else closing
    clause = text[max(opening, sentence.start) : closing]
    return bool(
        _COMPARED_ANYWHERE.search(clause)
        or _YEAR_EARLIER.search(clause)
        or _EARLIER_OPENER.match(clause)
    )


def _roles_near(
    mentions: Mentions,
    values: Sequence[Value],
    starts: Sequence[int],
    stated: Value,
    sentence: Block,
) -> tuple[Value, Value] | None:
    """The one positive and one negative value of a balance's currency or unit (see
    `_balances`), or None when either is missing or not alone. `starts`: where each of
    `values` starts."""
    document, text = mentions.document, mentions.text
    key = unit_key(stated)
    before = document.sentence_before(sentence)
    after = _sentence_after(mentions, sentence)
    if after is not None and not periods_named(text, after) <= periods_named(text, sentence):
        after = None
    found: dict[Block, list[tuple[int, Value]]] = {}
    unnamed: set[Block] = set()  # sentences next to it with a value no role word names
    parts: list[tuple[Block, int, Value]] = []  # values of a side going to one place
    previous_end: dict[Block, int] = {}
    previous_role: dict[Block, int] = {}  # the role of the value before, per sentence
    rivals = _other_balances(mentions, values, starts, stated, sentence)
    low, high = (before or sentence).start, (after or sentence).end
    for value in itertools.islice(values, bisect.bisect_left(starts, low), None):
        if (value.start or 0) >= high:
            break
        if unit_key(value) != key or year_range_end(text, value):
            continue
        where = document.sentence_at(value.start or 0)
        if where not in (before, sentence, after):
            continue
        floor = max(where.start, previous_end.get(where, where.start))
        previous_end[where] = value.end or 0
        joined_to = previous_role.pop(where, None)
        if value is stated or totals_both_sides(text, floor, value):
            continue
        if where is sentence and _beyond_another_balance(rivals, stated, value):
            continue
        role = role_by_words(text, value, floor)
        previous_role[where] = role
        one_named = joined_to is not None and bool(joined_to) != bool(role)
        if where is sentence and one_named and _joins(text, floor, value):
            return None  # "spending of Rp 2,701 trillion and Rp 920 trillion of transfers"
        if role and goes_somewhere(text, floor, value, ROLES):
            parts.append((where, role, value))
        elif role:
            found.setdefault(where, []).append((role, value))
        elif where is not sentence and not of_an_earlier_time(text, floor, value):
            unnamed.add(where)
    # a side going to one place ("imports from the Gulf") is a part of the whole side, when
    # the whole is given: "imports rose to £38.7 billion, while imports from the Gulf ..."
    wholes = {role for roles in found.values() for role, _ in roles}
    for where, role, value in parts:
        if role not in wholes:
            found.setdefault(where, []).append((role, value))
    own = found.get(sentence, [])
    if sorted(role for role, _ in own) == [-1, 1]:  # the balance's own sentence holds both
        return next(v for r, v in own if r > 0), next(v for r, v in own if r < 0)
    if before is not None and before in found:
        points_back = _BALANCE_BACK.match(text, sentence.start) is not None
        if not points_back and sentence not in found:
            del found[before]
    if any(where in unnamed for where in found if where is not sentence):
        return None  # "Semiconductors ... $11.65 billion, while car shipments ... $3.25 billion"
    roles = [r for rs in found.values() for r in rs]
    positives = [v for role, v in roles if role > 0]
    negatives = [v for role, v in roles if role < 0]
    if len(positives) != 1 or len(negatives) != 1:
        return None
    for side, role in ((positives[0], 1), (negatives[0], -1)):
        if document.sentence_at(side.start or 0) != sentence and _named_elsewhere(
            mentions, values, starts, (side, stated), role, rivals
        ):
            return None  # "semiconductor exports" beside the exports the balance is of
    return positives[0], negatives[0]


def _joins(text: str, floor: int, value: Value) -> bool:
    """Whether the words from the figure before to a figure only join it to that one, the
    two making one side together: "and", "plus", "as well as"."""
    between = tuple(t.lower() for t in TOKEN.findall(text, floor, hedge_start(text, value)))
    return between in _SIDE_JOINS


def _other_balances(
    mentions: Mentions,
    values: Sequence[Value],
    starts: Sequence[int],
    stated: Value,
    sentence: Block,
) -> list[int]:
    """Where the other balances of `stated`'s currency or unit in its sentence start: "the
    surplus stood at $8 billion, although May showed a $1 billion deficit"."""
    text, key = mentions.text, unit_key(stated)
    first = bisect.bisect_left(starts, sentence.start)
    return [
        value.start or 0
        for value in itertools.islice(values, first, None)
        if (value.start or 0) < sentence.end
        and value is not stated
        and unit_key(value) == key
        and balance_cue(text, sentence, value) is not None
    ]


def _beyond_another_balance(rivals: Sequence[int], stated: Value, value: Value) -> bool:
    """Whether another balance of the sentence (at `rivals`) stands between `stated` and a
    value, or is it: the value is that balance's side or figure, not `stated`'s ("a $1
    billion deficit, with $33.8 billion of imports against $32.8 billion of exports")."""
    low, high = sorted((stated.start or 0, value.start or 0))
    return any(low < rival <= high for rival in rivals)


def _named_elsewhere(
    mentions: Mentions,
    values: Sequence[Value],
    starts: Sequence[int],
    read: tuple[Value, Value],
    role: int,
    rivals: Sequence[int],
) -> bool:
    """Whether a side found outside its balance's sentence (`read`: the side and the
    balance) has another value of its role and currency in the paragraph ("Korea's exports
    ... 56.56 billion dollars", then "semiconductor exports reached 11.7 billion dollars"):
    which one is meant is unsaid. A value going to or coming from one place ("exports to
    EU countries") is a part of its side, and one dated earlier ("February's") a figure it
    is compared with, and a side of another balance in the balance's sentence (at `rivals`)
    that balance's: no rival of it."""
    text = mentions.text
    side, balance = read
    key = unit_key(balance)
    balanced = mentions.document.sentence_at(balance.start or 0)
    paragraph = mentions.document.paragraph_at(side.start or 0)
    first = bisect.bisect_left(starts, paragraph.start)
    last = bisect.bisect_left(starts, paragraph.end)
    for value in values[first:last]:
        if value is side or value is balance or unit_key(value) != key:
            continue
        where = mentions.document.sentence_at(value.start or 0)
        if where == balanced and _beyond_another_balance(rivals, balance, value):
            continue
        floor = where.start
        if (
            role_by_words(text, value, floor) == role
            and not goes_somewhere(text, floor, value, ROLES)
            and not of_an_earlier_time(text, floor, value)
        ):
            return True
    return False


def role_by_words(text: str, value: Value, floor: int) -> int:
    """+1 or -1 for the role word right after a value ("$5 billion in exports") or else
    the nearest before it since `floor` (the sentence, or the value of its kind before);
    0 for a rate ("exports per working day averaged $2.52 billion")."""
    if a_rate(text, value.start or 0, max(floor, (value.start or 0) - _GAP)):
        return 0
    after = [t.lower() for t in TOKEN.findall(text, value.end or 0, (value.end or 0) + 40)[:3]]
    found = _role_of(after[1:]) if after[:1] in (["in"], ["of"]) else 0
    if found:
        return found
    near_before = _word_near(text, value, floor, ROLES, after=False)
    if near_before:
        return near_before
    return ROLES.get(subject_across_aside(text, floor, value) or "", 0)


def _word_near(
    text: str,
    value: Value,
    floor: int,
    words: dict[str, _T],
    *,
    after: bool = True,
    before: bool = True,
) -> _T | None:
    """What `words` gives for a word just after a value, in its clause (when `after`:
    "587,447,730 female", "623,121,843 of them male"), else for the nearest word before it
    since `floor` (when `before`)."""
    if after:
        following = TOKEN.findall(text, value.end or 0, (value.end or 0) + 30)[:3]
        for token in itertools.takewhile(
            lambda t: t[0].isalnum() and t.lower() not in _STOP, following
        ):
            if token.lower() in words:
                return words[token.lower()]
    if not before:
        return None
    preceding = TOKEN.findall(text, max(floor, (value.start or 0) - _GAP), value.start or 0)
    for token in reversed(preceding):
        if token.lower() in words:
            return words[token.lower()]
    return None


def periods_named(text: str, sentence: Block) -> set[str]:
    """The months and years a sentence names."""
    return {m.group().lower() for m in _PERIOD.finditer(text, sentence.start, sentence.end)}


def _comparisons(mentions: Mentions, values: Sequence[Value]) -> Iterator[DifferenceClaim]:
    """A difference stated between the two values it compares: "its market value of 4.6
    billion was 0.2 billion more than its rival's 4.4 billion"; "reserves of $14.3 trillion
    in foreign assets, $1.4 trillion more than the $12.9 trillion of a year earlier".

    All three figures in one currency or unit (not percent: "2%, 1% more than" may be
    relative), the first linked to the difference by a verb or comma only; or the new value
    of a change whose old value leads back to the difference (see `leads_back_to_change`),
    which may be a percentage compared in points ("0.8 point below the 8.2%").
    """
    text = mentions.text
    cues = _COMPARED_WORDS.positions(text)
    starts: list[int] = []
    news = {
        change.from_value.start: change.to_value
        for change in (read_changes(mentions) if cues else ())
        if change.from_value is not None and change.to_value is not None
    }
    for index, stated in enumerate(values[1:-1] if cues else (), start=1):
        if not near(cues, stated.end or 0, (stated.end or 0) + WORD_WINDOW // 2):
            continue
        compared = _COMPARED.match(text, stated.end or 0)
        if compared is None:
            continue
        starts = starts or [hedge_start(text, v) for v in values]
        sentence = mentions.document.sentence_at(stated.start or 0)
        later = bisect.bisect_left(starts, compared.end())
        before = values[index - 1]
        a, b = news.get(before.start, before), values[later] if later < len(values) else stated
        link = TOKEN.findall(text, before.end or 0, starts[index])
        opens = sentence.start
        if a is not before:  # the difference is of the new value of a change stated before
            previous = mentions.document.sentence_before(sentence)
            opens = previous.start if previous is not None else opens
        if b is stated or (b.start or 0) >= sentence.end or (a.start or 0) < opens:
            continue
        keys = {unit_key(a), unit_key(b), unit_key(stated)}
        points = a is not before and _points_of(stated, a) and _points_of(stated, b)
        if not points and (len(keys) != 1 or keys & {"percent", "percentage_point"}):
            continue
        label = TOKEN.findall(text, compared.end(), starts[later])
        if not _label(label, _MAX_LABEL) or not (
            leads_back_to_change(link) if a is not before else _compared_link(link)
        ):
            continue
        yield DifferenceClaim(
            text=text[a.start or 0 : b.end or 0],
            start=a.start,
            end=b.end,
            minuend=a,
            subtrahend=b,
            difference=stated,
            wording=" ".join(compared.group("word").lower().split()),
        )


def _subtractions(mentions: Mentions, values: Sequence[Value]) -> Iterator[DifferenceClaim]:
    """A difference written as a subtraction, its result after it ("312,600 births minus
    157,600 deaths, came to 155,000") or before it ("138,100 people, from 273,500 births
    less 135,400 deaths"). All three figures in one currency or unit."""
    text = mentions.text
    cues = _SUBTRACTION_WORDS.positions(text)
    starts: list[int] = []
    for index, a in enumerate(values[:-1] if cues else ()):
        if not near(cues, a.end or 0, (values[index + 1].start or 0)):
            continue
        operator = _SUBTRACTION.match(text, a.end or 0)
        if operator is None or not _label(TOKEN.findall(operator["label"]), _MAX_LABEL):
            continue
        starts = starts or [hedge_start(text, v) for v in values]
        if not operand_label(TOKEN.findall(text, operator.end(), starts[index + 1])):
            continue
        b = values[index + 1]
        sentence = mentions.document.sentence_at(a.start or 0)
        result = _subtraction_result(text, values, starts, index, sentence)
        if result is None or len({unit_key(a), unit_key(b), unit_key(result)}) != 1:
            continue
        start = min(a.start or 0, result.start or 0)
        end = max(b.end or 0, result.end or 0)
        yield DifferenceClaim(
            text=text[start:end],
            start=start,
            end=end,
            minuend=a,
            subtrahend=b,
            difference=result,
            wording=operator["word"].lower(),
        )


def _subtraction_result(
    text: str, values: Sequence[Value], starts: Sequence[int], index: int, sentence: Block
) -> Value | None:
    """The stated result of `values[index]` minus the value after it: the next value, tied
    to the subtraction by a comma or verb, else the value just before it, ending with "from"
    or a comma (and a label)."""
    b = values[index + 1]
    if index + 2 < len(values) and (values[index + 2].start or 0) < sentence.end:
        words = [t.lower() for t in TOKEN.findall(text, b.end or 0, starts[index + 2])]
        label = list(itertools.takewhile(lambda w: w not in _RESULT_LINKS, words))
        rest = words[len(label) :]
        if (
            rest
            and _label(label, _MAX_NAME)
            and (all(w in _RESULT_LINKS for w in rest) or result_label(rest, _RESULT_LINKS))
        ):
            return values[index + 2]
    if index > 0 and (values[index - 1].start or 0) >= sentence.start:
        tokens = TOKEN.findall(text, values[index - 1].end or 0, starts[index])
        words = [t.lower() for t in tokens]
        if (
            words
            and words[-1] in ("from", ",", "(")
            and _label([t for t in tokens[:-1] if t not in ",("], _MAX_LABEL)
        ):
            return values[index - 1]
    return None


def _compared_link(tokens: Sequence[str]) -> bool:
    """Whether words tie a value to the difference after it: "was", "stood at", or a short
    label and a comma ("in foreign exchange assets,", "students enrolled,")."""
    words = [t.lower() for t in tokens if not _PERIOD_TOKEN.fullmatch(t)]
    if words and all(w in _COMPARED_LINKS for w in words):
        return True
    return len(words) > 1 and words[-1] == "," and _label(tokens[:-1], _MAX_LABEL)


def _pair_before(
    text: str, values: Sequence[Value], index: int, phrase_start: int, sentence: Block
) -> tuple[Value, Value] | None:
    """The two values a stated difference follows, when they are unambiguous."""
    stated = values[index]
    same: list[Value] = []
    for v in reversed(values[max(0, index - _MAX_BACK) : index]):
        if (v.start or 0) < sentence.start:
            break
        if year_range_end(text, v):
            continue
        if len(same) == 2 and _CLAUSE_OPENERS.intersection(
            t.lower() for t in TOKEN.findall(text, v.end or 0, same[0].start or 0)
        ):
            break  # the pair fills the difference's clause: "64%, with men at 71% and ..."
        if unit_key(v) in ("", unit_key(stated)) or _points_of(stated, v):
            same.insert(0, v)
    if unit_key(stated) == "" and len({unit_key(v) for v in same} - {""}) > 1:
        return None
    if len(same) != 2:
        return None
    a, b = same
    link = _without_attribution(
        [
            t.lower()
            for t in TOKEN.findall(text, b.end or 0, phrase_start)
            if not _PERIOD_TOKEN.fullmatch(t)  # "165,300 deaths in 2022, a natural increase"
        ]
    )
    if link[:1] and link[0] in ROLES:  # the second value's role word: "45.6 billion imports,"
        link = link[1:]
    if len(link) > _MAX_DIFFERENCE_GAP or not all(
        w in _DIFFERENCE_LINKS or w in ",—–(" for w in link
    ):
        return None
    if (b.start or 0) - (a.end or 0) > 2 * _GAP:
        return None
    between = TOKEN.findall(text, a.end or 0, b.start or 0)
    if len(between) > _MAX_BETWEEN or ";" in between:
        return None
    earlier = [
        v
        for v in values[max(0, index - _MAX_BACK) : index]
        if (v.end or 0) <= (a.start or 0) and unit_key(v) == unit_key(a)
    ]
    if (
        earlier
        and (earlier[-1].start or 0) >= sentence.start
        and _joins(text, earlier[-1].end or 0, a)
    ):
        return None  # "exports of £14 billion as well as £3 billion against imports of ..."
    return a, b


def _without_attribution(words: list[str]) -> list[str]:
    """Words less the first aside between commas that attributes the figures (", Destatis
    reports on the basis of provisional results,"), which keeps a pair from its difference."""
    if words.count(",") < 2:
        return words
    opening = words.index(",")
    closing = words.index(",", opening + 1)
    aside = words[opening + 1 : closing]
    if len(aside) > _MAX_ATTRIBUTION or _REPORTING.isdisjoint(aside):
        return words
    return words[:opening] + words[closing:]


def year_range_end(text: str, value: Value) -> bool:
    """Whether a figure ends a range of years: the "27" of "2026-27", "2026/27"."""
    start = value.start or 0
    return _YEAR_RANGE_START.fullmatch(text, max(0, start - 5), start) is not None


def _points_of(stated: Value, value: Value) -> bool:
    """Whether a difference in percentage points may be of this value (a percentage)."""
    return unit_key(stated) == "percentage_point" and unit_key(value) == "percent"


def _role(text: str, value: Value, floor: int) -> int:
    """+1 for the side a surplus exceeds (exports, revenue), -1 for the other, 0 if unknown."""
    after = TOKEN.findall(text, value.end or 0, min(len(text), (value.end or 0) + 40))[:3]
    words = [t.lower() for t in after]
    if words[:1] in (["in"], ["of"]) or words[:2] == ["worth", "of"]:
        found = _role_of(words[1:])
        if found:
            return found
    start = value.start or 0
    window = max(floor, start - _GAP)
    before = [t.lower() for t in TOKEN.findall(text, window, start)][-_ROLE_WORDS:]
    return _role_of(before)


def _role_of(words: Sequence[str]) -> int:
    roles = {1 if w in _POSITIVE else -1 for w in words if w in _POSITIVE or w in _NEGATIVE}
    return roles.pop() if len(roles) == 1 else 0


def unit_key(value: Value) -> str:
    """The currency or unit of a value; "" for a bare figure, which may take another's."""
    if isinstance(value, Money):
        return value.currency
    return value.unit


@dataclass(frozen=True, slots=True)
class _Phrase:
    """A metric named in the text: 'its 2023 net profit of' is net profit, 2023, 5 tokens."""

    metric: str
    year: str | None
    size: int  # tokens, with the link word
    refers_back: bool  # has "the", an owner or a year: "the 2023 revenue", "its revenue"


@dataclass(frozen=True, slots=True)
class _Mention:
    """A figure stated as a metric of one year: 'the 2023 revenue of 4.8 billion euros'."""

    metric: str
    period: str
    value: Value
    start: int
    end: int
    refers_back: bool = False


def _mentions(mentions: Mentions) -> Iterator[_Mention]:
    """Every plain statement of a metric's value for a year."""
    text = mentions.text
    ruled_out = _RuledOut(text)
    seen: set[int] = set()
    for change in read_changes(mentions):
        for mention in _change_mentions(mentions, change, ruled_out):
            seen.add(mention.value.start or 0)
            yield mention
    for value in stated_values(mentions):
        start = value.start or 0
        if start in seen:
            continue
        end = hedge_start(text, value)
        if not _may_name(text[max(0, end - WORD_WINDOW) : end], linked=True):
            continue
        sentence = mentions.document.sentence_at(start)
        named = _phrase_before(text, sentence, end, linked=True)
        if named is None:
            continue
        if not _metric_near(text, start) or ruled_out(sentence):
            continue
        phrase, phrase_start = named
        period = _period(phrase.year, _YEAR_AFTER.match(text, value.end or 0))
        if period is not None:
            end = value.end or start
            yield _Mention(phrase.metric, period, value, phrase_start, end, phrase.refers_back)


def _metric_near(text: str, end: int) -> bool:
    """Whether a metric word starts in the `WORD_WINDOW` characters before `end`."""
    # The longest metric fits before the search's end, so the word it cuts is none of them.
    found = _METRIC_WORDS.finditer(text, max(0, end - WORD_WINDOW), end + _LONGEST_METRIC + 1)
    first = next(found, None)
    return first is not None and first.start() <= end


def _change_mentions(
    mentions: Mentions, change: ChangeClaim, ruled_out: _RuledOut
) -> list[_Mention]:
    """The new and old values of "Revenue rose 5 percent to 4.2 billion euros in 2023 from ..."."""
    text = mentions.text
    start = change.start or 0
    new = change.to_value
    if not change.wording_first or new is None or (new.start or 0) < start:
        return []
    if not _may_name(text[max(0, start - WORD_WINDOW) : start], linked=False):
        return []
    sentence = mentions.document.sentence_at(start)
    named = _phrase_before(text, sentence, start, linked=False)
    if named is None or ruled_out(sentence):
        return []
    phrase, phrase_start = named
    metric = phrase.metric
    period = _period(phrase.year, _YEAR_AFTER.match(text, new.end or 0))
    if period is None:
        return []
    found = [_Mention(metric, period, new, phrase_start, new.end or start)]
    old = change.from_value
    if old is not None:
        old_period = _period(None, _YEAR_AFTER.match(text, old.end or 0))
        if old_period is None and _YEAR_EARLIER.match(text, old.end or 0) and period.isdigit():
            old_period = str(int(period) - 1)
        if old_period is not None and old_period != period:
            found.append(_Mention(metric, old_period, old, phrase_start, old.end or start))
    return found


def _phrase_before(
    text: str, sentence: Block, end: int, *, linked: bool
) -> tuple[_Phrase, int] | None:
    """The metric named just before `end`, and where its phrase starts."""
    floor = max(sentence.start, end - WORD_WINDOW)
    tokens = TOKEN.findall(text, floor, end)
    phrase = _metric_phrase(tokens, linked=linked, whole=floor == sentence.start)
    if phrase is None:
        return None
    return phrase, list(TOKEN.finditer(text, floor, end))[-phrase.size].start()


def _may_name(words: str, *, linked: bool) -> bool:
    """Whether words may end with a metric's phrase: a quick test before reading tokens.

    A linked phrase ends with its link ("of", "was"), another with its metric or year;
    spaces and underscores after the last token are no part of it.
    """
    words = words.rstrip()
    if words.endswith("_"):
        return True
    if linked:
        return words.lower().endswith(_LINK_ENDS)
    return words.lower().endswith(_METRIC_ENDS) or words[-1:].isdigit()


def _metric_phrase(tokens: Sequence[str], *, linked: bool, whole: bool) -> _Phrase | None:
    """The metric named at the end of `tokens` ("its 2023 net profit of"); None unless it is
    plainly one metric. `whole`: the tokens start the sentence.
    """
    if linked and (not tokens or tokens[-1].lower() not in _LINK_ENDS):
        return None
    words = [t.lower() for t in tokens]
    i = len(words)
    if linked:
        for link in _LINKS_BY_END[words[-1]]:
            if tuple(words[i - len(link) : i]) == link:
                i -= len(link)
                break
        else:
            return None
    years = []
    if i >= 2 and words[i - 2] in ("in", "for") and _YEAR.fullmatch(words[i - 1]):
        years.append(words[i - 1])
        i -= 2
    if i < 1 or words[i - 1] not in _METRICS:
        return None
    head = i - 1
    i = head
    while i > 0 and (words[i - 1] in _MODIFIERS or _YEAR.fullmatch(words[i - 1].rstrip("'’s"))):
        i -= 1
    modifiers = [w for w in words[i:head] if not _YEAR.fullmatch(w.rstrip("'’s"))]
    years += [w.rstrip("'’s") for w in words[i:head] if _YEAR.fullmatch(w.rstrip("'’s"))]
    if words[head] == "rate" and not modifiers:
        return None
    owner = ""
    refers_back = bool(years) and i < head
    if i > 0 and (words[i - 1] in ("its", "their") or words[i - 1].endswith(("'s", "’s", "s'"))):
        i -= 1
        owner = words[i]
        refers_back = True
        if i > 0 and words[i - 1] == "the":
            i -= 1
            owner = f"the {owner}"
    elif i > 0 and words[i - 1] == "the":
        i -= 1
        refers_back = True
    if i > 0 and not (words[i - 1] in _BOUNDARY or not tokens[i - 1][0].isalnum()):
        return None
    if i == 0 and not whole:
        return None
    if owner in _NEUTRAL_OWNERS:
        owner = ""
    if len(set(years)) > 1:
        return None
    metric = " ".join(filter(None, [owner, *modifiers, words[head]]))
    return _Phrase(metric, years[0] if years else None, len(words) - i, refers_back)


def _period(year: str | None, after: re.Match[str] | None) -> str | None:
    """The one year a mention names, in its phrase or right after its value."""
    found = {" ".join(y.lower().split()) for y in (year, after and after.group("year")) if y}
    return found.pop() if len(found) == 1 else None


class _RuledOut:
    """Whether a sentence hedges, forecasts, revises, adjusts or narrows its figures.

    Each sentence is read once, however many of its figures ask.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: dict[Block, bool] = {}

    def __call__(self, sentence: Block) -> bool:
        found = self._found.get(sentence)
        if found is None:
            text, start, end = self.text, sentence.start, sentence.end
            found = bool(_GUARD.search(text, start, end) or _PLACE.search(text, start, end))
            self._found[sentence] = found
        return found
