"""Shares of a whole, fractions restated as percentages, and breakdowns of one whole.

- A share is a proportion of something the text names: "15 percent of China's 134.9
  trillion yuan economy", "a quarter of national output", "Guangdong's share of exports
  was 22 percent", "Of the 31 laboratories, 20 (60 percent) ...", "120 billion yuan, of
  which 36 billion yuan, or 30 percent, ...". Its part is the amount stated with it
  ("20 (60 percent)", "30 percent, or 36 billion yuan") or the amount directly before the
  verb that makes it a share ("13.7 trillion yuan was 15 percent of ..."); its whole is
  the one amount named in what it is a share of. The part may be separated from its
  share by a relative clause ("8.4 billion euros, which the council approved on Monday,
  amounts to 30% of ..."), stated with its whole a few words before the share ("640 of
  its 1,800 applicants, an acceptance rate of 36%", "2,046 of the 29,112 students who
  applied, a record-low 7 percent"; never across a new clause, a comparison, or a share
  noun another word makes some other rate: "an interest rate of 9%"), set off by a dash,
  in a clause "of which" on its whole ("155 million tonnes, of which China bought 70
  million tonnes, or 45%") or in the sentence before one that points back to it ("That
  was 30% of its budget"; "Against the 3,515,296 people on the rolls, that is a turnout
  of 87%", the whole opening the sentence). An amount marked as a total ("in all"), or
  stated as the whole of a part ("640 of the 1,800"), is never a part. A whole stated
  once may serve a list of parts after it ("Of
  the 1,379 towns, 928 (67%) ... and 325 (24%) ...", "reached 31,594 acres: 24,384 acres
  (77%) ..., 5,931 acres (19%) ..."); a part "of them" points back to the one amount of its
  kind before it, in its sentence or the one before; a part followed by its conversion in
  brackets is read in its own currency. A change ("rose 9 percent", "a 3 percent
  increase") is never a share, and it may stand between a part and its share ("5.85
  trillion yuan, up 5.8%, or 56.8% of the total"), and so may the earlier value a level is
  compared from ("grew to £192m from £166m, 56% of turnover" is the £192m's); a clause
  dated by a year or month may end the part's ("went on roads in December, 5.7% of ..."),
  and a relative clause may say who said so ("which the minister said was 76.8 percent of
  ..."); a share set off by "or" and commas
  shares its part's "of" phrase ("$2 billion, or 5 percent, of the $40 billion package"),
  and "At" may open a sentence with the part before the subject it sizes ("At $6
  billion, defence makes up 15% of ..."); a share verb joined by "and" sizes the level a
  change or a level verb took its subject to, the only one of its kind before it ("car
  sales rose 12% to 6.3 billion pesos and made up 19% of ...", never "paid $50 million
  and took 30% of the company"); a percentage that restates a fraction
  shares the fraction's part ("R17.7 billion of it, about two-thirds (67%)"). A part may
  follow its share's "of" phrase between commas ("three-fifths of the gain, 244,622
  people, came from ..."), and a count in words is a part when its percentage is stated
  right after its noun ("four seats (1.30%)"), but a count of things is no part of a count
  of people ("47 organisations was 58.45% of the 28 million voters"). An opener that
  points back ("Of those companies, 320, or roughly 20%", "Of that, ...", "Of their
  ballots 14,272,694 (87.23%)") takes its whole from the sentence before, and so does a
  short definite one whose noun a count there is counted in ("6,006,211 ballots were cast.
  Of the ballots, 431,153, or 7.2%, ...").
- A whole may be named by a noun instead of an amount ("54.2 million, 15.8% of the global
  market", "a turnout of 66%", "61 per cent of the growth"): it is then the amount of the
  part's kind before the part, in its sentence or the one before, that the noun's words
  name ("net expenditure came to £207.8m ... 41.5% of net spending"; "grew by 300,700" for
  "the growth"), or, for a noun that names a whole ("the total", "the market"), the only
  such amount there is (the paragraph's headline figure only for "the total" or "the
  gain": a group counted there may be a part of "the population"); shares listed after a
  first one continue its whole, and a part stated with its share ("R2.9 billion, or 11%")
  continues the whole of the shares in the sentences of its paragraph before (not after a
  change, nor in a sentence naming a year). A whole the noun's words name may also be
  stated a few sentences back in the paragraph (also when pointed back to: "52 per cent of
  that expected cost, Rs 15 lakh crore, ..."), or by a clause on the noun after the share
  ("a third of total spending, which grew 8 percent to 587.6 billion pounds"); a share "of
  the rise" may be of a gap ("$1.4 trillion more than ..."); an amount stated with a share
  of its own, or listed with the part under its own label, is never the whole; nor is a
  density, a figure set off by a comparison or as a target ("below the 34.5 trillion
  target"), an amount stated as a change (for a noun that names none: "2,411 people, 162
  more than in 2010"), or an average or per-unit value for a part counted in a larger
  scale word ("the average remittance ... $313"); and a share "of the total" after one
  whose named whole is not stated has none. A count a compound adjective sizes is the
  whole of a count of its members ("a 75-seat legislature ... 51 seats, or 68%");
  residents, inhabitants and citizens name one whole. Parts and whole may also be tied by
  a relative clause ("2,000 people, 800 of whom (40%)", "$40 billion, 40% of which ($12
  billion) ...") or listed in order before their shares ("$12 billion and $8 billion, 30%
  and 20% of the $40 billion budget"); a fraction "as much" sizes its part against the
  amount after "as", or else the only one of its kind before the part in its sentence
  ("band D pays £1,571 and band A £1,047, two thirds as much").
- A restatement is a fraction given again as a percentage, or the other way round: "a
  quarter of national output, or about 35 percent", "10.2 percent ..., roughly a tenth"
  (set off by a comma that another comma or the sentence's end closes; a fraction "in" a
  count may name what it counts before it: "41.3% of voters, or two in five voters,"),
  "two-thirds of people - 63 per cent - live ...", "one in five councils, 19%, have ...",
  "nearly half of whom (48.6%)", "two-thirds of respondents, 68% in all, ...", "two in
  five renters, 43.1% according to the survey, ...", "a third of students, 35 percent of
  those surveyed, ..."; never with a place, time or group of the percentage's own ("two in
  five in the north, 30% in the south").
- A breakdown lists shares of one whole together: "Of the 31 joint laboratories, 60
  percent are in Guangdong, 35 percent in Hong Kong and 15 percent in Macao" (one
  preposition in every item, the verb said once; a bare number after the first
  percentage is a percentage too), "split between equities (60 percent) and bonds (40
  percent)", "Of the 31 labs, Guangdong hosts 18, ...". Only a list the text ties to one
  whole counts: an "Of the ..." opener, "of which", an "of" phrase on the first share
  alone, or "split between". It is complete (its shares must make 100%) when split or
  closed by "the remaining ...", and open when "the rest" is left without a figure.

Every pattern is bounded or anchored, so the work is linear in the text. When a reading
is unsure, no claim is made: precision first.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from claimcheck import vocabulary
from claimcheck.document import Block
from claimcheck.extract.conversions import GAP
from claimcheck.extract.figures import Figure, read_hedge, split_group, stated_fields
from claimcheck.extract.lexicon import (
    CHANGE_NOUNS,
    DIFFERENCE_COMPARATIVES,
    MARK_PASSED_BEFORE,
    OF_AFTER,
    PER_UNIT_AFTER,
    REPORTING_ASIDE,
    ROLES,
    a_rate,
    any_of,
    in_digits,
    measures,
    pointing_back,
)
from claimcheck.extract.listed_parts import COMPARED_ANYWHERE
from claimcheck.extract.mentions import Mentions
from claimcheck.extract.per_capita import per_area, per_member
from claimcheck.extract.period_rates import period_named
from claimcheck.extract.periods import MONTH_NAMES
from claimcheck.interval import Interval
from claimcheck.model.claims import (
    Amount,
    BreakdownClaim,
    BreakdownItem,
    Claim,
    FractionRestatementClaim,
    Money,
    ShareClaim,
)

Thing = Money | Amount

_WORD = r"[^\W\d_][\w'’&-]{0,40}"
# Words that end the noun next to an amount: a new clause, a comparison, a change.
_CLAUSE_WORDS = vocabulary.clause_words()
_DIRECTION_VERBS = vocabulary.words("directions", "verb up", "verb down")
# The direction verbs before "N percent of" that make it a change: "rose 9 percent of"
# rarely, but never "cut 10 percent of its jobs", which is a share.
_CHANGE_VERBS = tuple(
    sorted(set(_DIRECTION_VERBS) - set(vocabulary.words("directions", "take an object")))
)
# Nouns that name a change: "an increase of 5 percent", "a 5 percent rise".
_CHANGE_NOUNS = (*CHANGE_NOUNS, *vocabulary.words("cues", "change nouns beside directions"))
_COMPARISON_WORDS = ("from", "to", "than", "by", "versus", "vs", "compared", "against")
# Words after a part that end its noun: a new clause or a comparison; but "from" and "to"
# before a word, not a figure, name where the part came from or went ("1,300 TWh of
# electricity from coal, 74% ...").
_COMPARING_FIGURES = tuple(w for w in _COMPARISON_WORDS if w not in ("from", "to"))
_NOT_OF_THE_PART = re.compile(
    rf"\b(?:{any_of((*_CLAUSE_WORDS, *_COMPARING_FIGURES, 'up', 'down'))})\b", re.IGNORECASE
)
_CLAUSE_WORD = re.compile(
    rf"\b(?:{any_of((*_CLAUSE_WORDS, *_COMPARISON_WORDS, 'up', 'down'))})\b", re.IGNORECASE
)
_LINK_VERB = vocabulary.pattern(vocabulary.words("cues", "share verbs"))
_SHARE_VERB_WORDS = re.compile(rf"\b{_LINK_VERB}", re.IGNORECASE)
_ADVERB = rf"(?:{vocabulary.pattern(vocabulary.words('cues', 'share adverbs'))}\s+)?"
_QUALIFIER = rf"(?:(?:{any_of(vocabulary.words('cues', 'share qualifiers'))})\s+)?"
# Between a part and its share: "13.7 trillion yuan was 15 percent", "830 million yuan on
# research, 5 percent", "1.8 million cars in 2023, about 19 percent", "36 billion yuan, or
# 30 percent", "20 labs (60 percent)".
# A sentence that opens by pointing back to the figure before it: "That was 40% of ...".
_POINTS_BACK = pointing_back(rf"\s+{_ADVERB}{_LINK_VERB}\s+{_ADVERB}")
_POINTERS = vocabulary.words("clauses", "pointing back to a group", "pointing back")
_OF_PRONOUN = re.compile(rf"\s+of\s+(?:{any_of(_POINTERS)})\b", re.IGNORECASE)
# The counted people saying what they are: "1,151[ said they] were certain to vote, 57%".
_SAID_BY_THE_PART = re.compile(
    rf"\s+(?:{any_of(vocabulary.words('clauses', 'reporting'))})\s+(?:that\s+)?"
    rf"(?:{any_of(vocabulary.words('clauses', 'subject pronouns'))})\b",
    re.IGNORECASE,
)
_VERB_BEFORE = re.compile(r"[a-z]{3,}(?:ing|ed)\s+\Z")  # "after opening 47"
_OF_A_GROUP = re.compile(
    rf"\s+of\s+(?:{any_of(vocabulary.words('clauses', 'pointing back to a group'))})\b",
    re.IGNORECASE,
)
# Words before an earlier value a change is measured from: "up from [52 per cent (4.3
# million)] ten years before". Such a share is of the whole of its own time.
_COMPARED_FROM = re.compile(
    rf"\b(?:from|{any_of(vocabulary.words('directions', 'compared with'))})\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
# "Of it" with words going on after it: the share names its own part ("81.2 percent of it
# from the domestic sector").
_PART_NAMED_AFTER = re.compile(
    rf"\s+of\s+{vocabulary.pattern(vocabulary.words('clauses', 'pointing back alone'))}"
    r"\s+[^\W\d_]",
    re.IGNORECASE,
)
# Words right before an amount that make it the whole a part is counted in: "[among the]
# 52,380 balloted", "[out of] 500".
_COUNTED_IN = re.compile(
    rf"\b(?:{any_of(vocabulary.words('cues', 'candidate whole markers'))})\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
_MARKER_REACH = 24
_FIGURE_END = re.compile(r"\d\s*\Z")
_OPENER_REACH = 160  # characters looked back from a part for the clause opener naming its whole
_CLAUSE_OPENING = re.compile(r"[,:;(]\s*|\s[-–—]\s*|[–—]\s*")
_RELATIVE_REACH = 90  # characters from a relative pronoun to the amount in its clause
_RELATIVE_OPEN = re.compile(
    rf",\s+(?:{vocabulary.pattern(vocabulary.words('clauses', 'relative openers'))})"
    rf"[^,;:()]{{0,{_RELATIVE_REACH}}}\Z",
    re.IGNORECASE,
)
# from the amount to the share: the rest of the relative clause, its comma, then the verb
_RELATIVE_SHUT = re.compile(
    rf"[^,;:()\d]{{0,60}},\s+{_ADVERB}{_LINK_VERB}\s+{_ADVERB}{_QUALIFIER}", re.IGNORECASE
)
_NOT_APPOSED = any_of(
    (
        *_COMPARING_FIGURES,
        *_DIRECTION_VERBS,
        *vocabulary.words(
            "directions", "adverb up", "adverb down", "comparative up", "comparative down"
        ),
    )
)
_APPOSED_TAIL = re.compile(
    rf"(?:\s+(?!(?:{_NOT_APPOSED})\b)[^\W\d_][\w'’-]{{0,30}}){{1,4}}\s*(?:;|[.!?](?!\d)|\Z)",
    re.IGNORECASE,
)
_TOTAL_REACH = 60  # characters before an amount read for a word naming it a total
_TOTAL_NAMES = frozenset(vocabulary.words("cues", "total named", "total anchor"))
_LIST_REACH = 400  # characters looked back from a listed part for the colon after its whole
_SHARE_NOUNS = any_of(vocabulary.words("cues", "share nouns"))
# A sentence that opens with the whole, then points back to the part in the sentence
# before: "[Against the 3,515,296 people on the rolls], that is a turnout of 87%".
_WHOLE_OPENER = re.compile(
    rf"\s*(?:{vocabulary.pattern(vocabulary.words('cues', 'whole openers'))})\s+"
    r"(?P<whole>(?:[^,;:()]|(?<=\d),(?=\d)){1,120}?)\s*,"
    + pointing_back(
        rf"(?:\s+{_WORD})?\s+{_ADVERB}{_LINK_VERB}\s+"
        rf"(?:(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{_SHARE_NOUNS})\s+of\s+)?{_ADVERB}"
    ).pattern,
    re.IGNORECASE,
)
# A sentence that opens by pointing back to a part and whole with their share: "That is [a
# rate of] 29.0%", "The rate of 29.0% was".
_POINTS_BACK_TO_A_PAIR = re.compile(
    pointing_back(
        rf"\s+{_ADVERB}{_LINK_VERB}\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{_SHARE_NOUNS})\s+of\s+)?{_ADVERB}"
    ).pattern
    + rf"|\s*[\"“]?the\s+(?:[\w-]+\s+)?(?:{_SHARE_NOUNS})\s+of\s+{_ADVERB}",
    re.IGNORECASE,
)
# A share set before the noun pointing back to it: "[At ]66.7 per cent[, that share was] the
# highest since 2019" (opening its sentence, `_FRONTED` before the share, `_FRONTED_THEN`
# after it).
_FRONTED = re.compile(rf"\s*at\s+{_ADVERB}", re.IGNORECASE)
_FRONTED_THEN = re.compile(
    rf",\s*(?:the|{any_of(vocabulary.words('clauses', 'pointing back'))})\s+(?:[\w-]+\s+)?"
    rf"(?:{_SHARE_NOUNS})\s+{_LINK_VERB}\b",
    re.IGNORECASE,
)
# An attribution set off by commas after a part and its time, before its share: "23.0
# billion riyals in March[, the statistics authority said on Sunday], accounting for 30.8%
# of ...", "¥20.26 trillion in 2023[, the ministry said], equal to 25.1% of".
_YEAR_DIGITS = r"(?:19|20)\d\d"
_REPORTING_ASIDE = re.compile(
    rf"(?:\s+in\s+(?:{_WORD}|{_YEAR_DIGITS})(?:\s+{_YEAR_DIGITS})?)?{REPORTING_ASIDE}(?=\s*,)",
    re.IGNORECASE,
)
# A part and then its whole: "accepted [640 of its] 1,800 applicants", "[29.6 million of
# Canada's] 39.6 million residents", "[2,708 applicants out of a pool of] 24,988".
_OF_WHOLE = re.compile(
    rf"(?:\s+(?!(?:{any_of(_CLAUSE_WORDS)})\b)(?:{_WORD}|(?:1[89]|20)\d\d\b)){{0,2}}?(?:\s*,)?"
    # never "instead of": "1.15 euros instead of the 2.30 euros planned" replaces a figure
    r"(?<!\binstead)\s+(?:(?:out\s+)?of|among)\s+"
    rf"(?:(?:the|its|their|all|an?)\s+)?(?:(?:{_WORD}\s+){{1,2}}?of\s+)?"
    # an owner of up to three words: "43 of [the Scottish Parliament's] 129 seats"
    r"(?:(?:[^\W\d_][\w.-]{0,30}\s+){0,2}[^\W\d_][\w.-]{0,30}['’]s?\s+)?",
    re.IGNORECASE,
)
# From a whole to the share its part makes: a few plain words of the whole's noun, a
# relative clause on it included, never a new clause, a comparison or another figure;
# then a comma, "or", or a share noun: "2,046 of the 29,112 students who applied[, a
# record-low ]7 percent", "1,597 of the 15,661 were admitted, putting the admit[ rate at
# a record low of ]10 percent", "500 of the 4,000 machines sold has[ a share of ]12.5%".
_WHOLE_TO_SHARE = re.compile(
    rf"(?:\s+(?:(?!(?:{any_of((*_CLAUSE_WORDS, *_COMPARISON_WORDS))})\b)|(?=(?:who|that)\b))"
    rf"{_WORD}|\s*,(?=\s+[^\W\d_])){{0,10}}?"
    r"(?:\s*,\s*(?:or\s+)?(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?)?"
    rf"|\s+(?:an?\s+|the\s+)?(?:{_SHARE_NOUNS})(?:\s+[\w-]+){{0,4}}?\s+"
    rf"(?:{vocabulary.pattern(vocabulary.words('cues', 'share noun links'))})\s+"
    rf"(?:an?\s+)?{_QUALIFIER})",
    re.IGNORECASE,
)
_LEAD_REACH = 120  # characters from a whole to the share its part makes
_OTHER_RATE = re.compile(
    rf"\b(?:{vocabulary.pattern(vocabulary.words('cues', 'other rates'))})\s+(?:{_SHARE_NOUNS})\b",
    re.IGNORECASE,
)
# A share noun a circumstance of the pair before it: "8,857 of the 48,213 votes cast, [on a
# turnout] of 38%" (a share of the people on the rolls).
_ON_A_RATE = re.compile(
    rf"\bon\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{_SHARE_NOUNS})\b", re.IGNORECASE
)
# A percentage that names its own proportion right after it: "a 44.1% vote share".
_OTHER_RATE_AFTER = re.compile(
    rf"[^\s,;]+(?:\s+(?:per\s*cent|percent))?\s+{_OTHER_RATE.pattern}", re.IGNORECASE
)
# "3,100 in all", "$2 billion in total": an amount the text marks as a total, never a part.
_TOTAL_AFTER = re.compile(
    rf"\s+(?:{vocabulary.pattern(vocabulary.words('cues', 'total after'))})\b", re.IGNORECASE
)
# A relative clause between a part and its verb: "8.4 billion euros[, which the council
# approved in 2024,] amounts to 30% of ...". It may name a year, but no other figure.
_MONTH = any_of(name.capitalize() for name in MONTH_NAMES)
# A time, a place or a record set off after a part, before its share: "$41.3 billion[ in
# the fiscal year that ended on 30 June], accounting for", "[ at the end of March 2024]",
# "[ in England and Wales]", "[, the highest since 2019]".
_CAPITAL = "[A-ZÀ-ÖØ-Þ]"  # a name's first letter: "Île-de-France"
_SETTING_ASIDE = re.compile(
    rf"\s+(?:{vocabulary.pattern(vocabulary.words('cues', 'place openers'))})\s+(?:the\s+)?"
    rf"(?!(?:{_MONTH})\b){_CAPITAL}[\w'’-]*"
    rf"(?:\s+(?:(?:{vocabulary.pattern(vocabulary.words('clauses', 'name joins'))})\s+"
    rf"(?:the\s+)?)?{_CAPITAL}[\w'’-]*){{0,4}}(?=[\s,])"
    rf"|\s+(?:{vocabulary.pattern(vocabulary.words('cues', 'time openers'))})\s+"
    rf"(?:[^\W_][\w-]*\s+){{0,6}}?"
    rf"(?:(?:{vocabulary.pattern(vocabulary.words('cues', 'time nouns'))})"
    rf"|(?:{_MONTH})\b\.?|{_YEAR_DIGITS}\b)"
    rf"(?:\s+(?:{vocabulary.pattern(vocabulary.words('cues', 'time ends'))})(?:\s+on)?"
    rf"(?:\s+\d{{1,2}})?\s+(?:{_MONTH})\b(?:\s+\d{{1,2}})?)?(?:,?\s+{_YEAR_DIGITS})?"
    r"|\s*,\s+(?:[^\W\d_][\w-]*\s+){1,4}?"
    rf"(?:since\s+(?:(?:{_MONTH})\s+)?{_YEAR_DIGITS}|on\s+record|record)(?=\s*,)"
)
_MARK_REACH = 30  # characters before an amount read for the verb of a mark passed
# Around a count that is a time phrase's length: "in the [three] months", "over the past
# [12] months".
_DURATION_REACH = 40  # characters before the count read for the phrase's opening
_DURATION_BEFORE = re.compile(
    rf"(?<![\w-])(?:{vocabulary.pattern(vocabulary.words('cues', 'time openers'))})\s+the\s+"
    r"(?:[^\W\d_][\w-]*\s+)?\Z",
    re.IGNORECASE,
)
_DURATION_AFTER = re.compile(
    rf"\s+(?:{vocabulary.pattern(vocabulary.words('cues', 'time nouns'))})(?![\w-])",
    re.IGNORECASE,
)
_MONTHS = frozenset(MONTH_NAMES)
_RELATIVE = (
    rf"(?:\s*,\s*(?:{any_of(('which', 'who', 'that'))})\s(?:[^,;:()\d]|(?:19|20)\d\d){{1,100}}?,"
    # ... or one with no comma before the verb: "2,400 schools [that failed inspection] amount",
    # "Rp 401.8 trillion[, which the minister said] was"
    # (a "that" after a comma opens a clause of its own: "£2.14 billion, that means streaming
    # made up 80.8%")
    rf"|(?:\s*,?\s+(?:{any_of(('which', 'who'))})|\s+that\b)(?:\s+{_WORD}){{1,6}}?"
    rf"(?=\s*,?\s+{_LINK_VERB}\s))?"
)
_PART_POINTERS = vocabulary.pattern(vocabulary.words("cues", "part pointers"))
# A share verb joined to the verb before it: "6.3 billion pesos[ and made up ]19%".
_JOINED_VERB = re.compile(rf",?\s+and\s+{_ADVERB}{_LINK_VERB}\s", re.IGNORECASE)
# What makes an amount its subject's own level, so that a verb joined after it sizes it:
# "car sales rose 12% to 6.3 billion pesos", "exports reached $8 billion" (never "paid $50
# million and took 30% of the company", where the amount is what was paid).
_LEVEL_BEFORE = re.compile(
    rf"\b(?:(?:{any_of(_DIRECTION_VERBS)})\s+to"
    rf"|{vocabulary.pattern(vocabulary.words('cues', 'whole after links'))})\s+\Z",
    re.IGNORECASE,
)
_SHARE_NOUN_VERB = vocabulary.pattern(vocabulary.words("cues", "share noun verbs"))
_APPOSITION = vocabulary.pattern(vocabulary.words("cues", "share appositions"))
_PART_GAP = re.compile(
    rf"(?P<words>(?:\s+{_WORD}){{0,4}}?)(?:\s+in\s+(?:(?:19|20)\d\d|(?:{_MONTH})\b))?{_RELATIVE}"
    # "[, which ]accounted for", "at $19.57 billion[, they made up ]58.2 percent"
    rf"(?:\s*,?\s+(?:{_PART_POINTERS}\s+)?{_ADVERB}{_LINK_VERB}\s+{_ADVERB}"
    rf"|\s*,\s*(?:or\s+)?{_ADVERB}{_QUALIFIER}|\s+or\s+|\s*\(\s*"
    # "£4.5 billion[, the equivalent of ]39% of the total"
    rf"|\s*,\s*{_APPOSITION}\s+{_ADVERB}"
    # "€38 billion - about 40%", "394 — or 35% — were"
    rf"|\s+[-–—]\s+(?:or\s+)?{_ADVERB}|\s*[–—]\s*(?:or\s+)?{_ADVERB}"
    # "[, a turnout of ]87%", "3,210,455 voted[ - a turnout of ]64.2%"
    rf"|(?:\s*,|\s+[-–—]|\s*,?\s+{_SHARE_NOUN_VERB})\s*(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_SHARE_NOUNS})\s+of\s+{_ADVERB}"
    # "£80.80, took the biggest share, 14% of the total"
    rf"|\s*,?\s+{_LINK_VERB}\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{_SHARE_NOUNS})\s*,\s*"
    rf"{_ADVERB})",
    re.IGNORECASE,
)
# "half the electorate" is "half of the electorate".
_OF = re.compile(r"\s+(?:share\s+)?of\s+|(?<=half)\s+(?=(?:the|its|their)\s)", re.IGNORECASE)
_PHRASE_WORD = re.compile(r"(?:[^\s,;:()\[\]{}\"“”—–]|,(?=\d{3})){1,60}")
_SPACE = re.compile(r"[ \t\u00a0]{1,3}")
_PHRASE_WORDS = 10
_PHRASE_STOP = re.compile(
    any_of(
        (
            *_CLAUSE_WORDS,
            *_COMPARISON_WORDS,
            *_DIRECTION_VERBS,
            *vocabulary.words("clauses", "reporting"),
            *vocabulary.words("clauses", "phrase ends"),
            *vocabulary.words("cues", "age frames"),
        )
    ),
    re.IGNORECASE,
)
_PRONOUNS = frozenset(("them", "these", "those", "it", "which", "whom"))
_MEASURE_OF = re.compile(r"an?\s", re.IGNORECASE)  # "a quarter of a century": not a whole
# "Guangdong's share of national exports was 22 percent"
_SHARE_OF = re.compile(
    r"\bshare\s+of\s+(?P<of>[^,;:()\d]{1,80}?)\s+"
    rf"(?:{vocabulary.pattern(vocabulary.words('cues', 'share of links'))}"
    rf"|(?:{any_of(_DIRECTION_VERBS)})\s+to|at|to)\s+\Z",
    re.IGNORECASE,
)
# "Of the 31 joint laboratories, ..." opening a sentence.
# "Of the 320,000 staff, ...": the comma of a thousands separator does not end the opener.
# A short phrase of time or place may come first: "[In the state assembly, ]of the 120
# members, ...", "[Last year, ]among the 5,200 flights, ...".
_INTRO_WORD = r"(?:[^\W\d_][\w'’.-]{0,30}|(?:19|20)\d\d)"
_OPENER = re.compile(
    r"(?:[A-Z][A-Z .'’/-]{1,40}\s+[-–—]+\s+)?"  # a dateline: "BERLIN - "
    rf"(?:{_INTRO_WORD}(?:\s+{_INTRO_WORD}){{0,4}}\s*,\s+)?"
    # how much of the whole, before "of": "[The bulk] of that, €14.5bn or nearly 78%"
    rf"[\"“']?(?:(?:{vocabulary.pattern(vocabulary.words('cues', 'partitive quantifiers'))})\s+)?"
    rf"(?:(?:Out\s+)?Of|{vocabulary.pattern(vocabulary.words('cues', 'partitive openers'))})"
    r"\s+(?P<of>(?:[^,;:()—–]|(?<=\d),(?=\d)){1,100}?)(?:(?<!\d),|,(?!\d)|\s+[—–])\s*",
    re.IGNORECASE,
)
# The subject and verb between such an opener and the part: "Of its 600 seats, [the ruling
# party won ]301", never a new clause or a comparison.
_OPENER_SUBJECT = re.compile(
    rf"(?:(?!(?:{any_of((*_CLAUSE_WORDS, *_COMPARISON_WORDS))})\b){_WORD}\s+){{1,4}}",
    re.IGNORECASE,
)
# ... or pointing back with no comma, right before a part: "Of their ballots 14,272,694".
_BARE_OPENER = re.compile(r"[\"“']?Of\s+(?P<of>[^\W\d][^\d,;:()]{0,99}?)\s+(?=\d)", re.IGNORECASE)
_GROUP_OWNERS = vocabulary.words("clauses", "pointing back to a group's own")
_DEFINITE_OPENER = re.compile(r"the(?:\s+[^\W\d_][\w'’-]*){1,2}", re.IGNORECASE)
# Between a whole and the colon that opens its parts: "31,594 acres [on Saturday]:", "47,654
# [valid votes remained]:".
_WHOLE_TAIL = re.compile(
    rf"(?:\s+(?!(?:{any_of((*_CLAUSE_WORDS, *_COMPARISON_WORDS, 'of'))})\b){_WORD}){{0,3}}"
    r"(?:\s+(?:in|on|by|at|last|this)(?:\s+[^\W\d_][\w'’-]{0,20}){1,2})?\s*",
    re.IGNORECASE,
)
# A relative clause on a whole that states a part: "[ over five months, of which China
# bought ]70 million".
_OF_WHICH_CLAUSE = re.compile(
    rf"(?P<before>(?:\s+{_WORD}){{0,6}})\s*,?\s*of\s+(?:which|whom)"
    rf"(?P<words>(?:\s+{_WORD}){{0,6}})\s+",
    re.IGNORECASE,
)
_OF_WHICH_WORDS = re.compile(r"\bof\s+(?:which|whom)\b", re.IGNORECASE)
_TO_A_FIGURE = re.compile(r"\b(?:from|to)\s*\Z", re.IGNORECASE)  # "rose [from ]$2 billion"
_OF_WHICH = re.compile(rf"{_OF_WHICH_WORDS.pattern}\s+\Z", re.IGNORECASE)
# ... with the part's subject and verb between: "of which[ wheat covered ]about 40%", never a
# change ("of which imports were up $0.95 billion").
_NOT_A_SUBJECT = any_of((*_CLAUSE_WORDS, *_COMPARISON_WORDS, *_DIRECTION_VERBS, "up", "down"))
_OF_WHICH_SUBJECT = re.compile(
    rf"{_OF_WHICH_WORDS.pattern}(?:\s+(?!(?:{_NOT_A_SUBJECT})\b)"
    rf"{_WORD}){{1,3}}\s+\Z",
    re.IGNORECASE,
)
_BEFORE_OF_WHICH = re.compile(rf"(?:\s+{_WORD}){{0,3}}\s*,?\s*")
# What directly before a proportion makes it a change: "rose 9 percent", "up 4 percent".
_CHANGE_BEFORE = re.compile(
    rf"\b(?:{any_of(_CHANGE_VERBS)}|down|by"
    r"|(?<!made )(?<!makes )(?<!make )(?<!making )(?<!took )(?<!takes )(?<!take )(?<!taking )up"
    rf"|(?:{any_of(_CHANGE_NOUNS)})\s+of)\s+(?:an?\s+)?\Z",
    re.IGNORECASE,
)
_DIRECTION_ADVERBS = vocabulary.pattern(vocabulary.words("directions", "adverb up", "adverb down"))
_COMPARED_WITH = vocabulary.pattern(vocabulary.words("directions", "compared with"))
# What directly after a proportion makes it a change: "4 percent higher", "5% a year", or,
# set off by a comma, a comparative: "R314.0 billion, or 25.1%, more than in 2020/21".
_CHANGE_AFTER = re.compile(
    rf"\s+(?:{any_of(_CHANGE_NOUNS)}|{_DIRECTION_ADVERBS}"
    rf"|{vocabulary.pattern(vocabulary.words('cues', 'per year'))})\b"
    rf"|,\s+(?:{_DIRECTION_ADVERBS})\s+(?:{_COMPARED_WITH})\b",
    re.IGNORECASE,
)
# Between the level a part's clause states and the earlier value it is compared from: "grew
# to £192m[ from ]£166m", "Rs 11,300 crore for education[, up from ]Rs 10,690 crore".
_FROM_GAP = re.compile(
    rf"(?P<words>(?:\s+{_WORD}){{0,3}}?)\s*,?\s+(?:(?:{_DIRECTION_ADVERBS})\s+)?from\s+",
    re.IGNORECASE,
)
_SUBORDINATE = re.compile(
    rf"(?<!of )\b(?:{any_of(vocabulary.words('clauses', 'subordinators'))})\b", re.IGNORECASE
)
_COMPARING = r"from|than|versus|vs|against|compared\s+(?:with|to)"
_COMPARED = re.compile(rf"\b(?:{_COMPARING}|by)\s+\Z", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[,;:(—–]")
_OR = re.compile(r",?\s+or\s+", re.IGNORECASE)
# A share set off between commas after its subject, then the verb giving the part it
# sizes: "Its general fund, 43% of the total[, stands at ]$109.1 million".
_ASIDE_OPEN = re.compile(r"[^\W\d_]\s*,\s*\Z")
_ASIDE_REACH = 40  # characters before a share read for the comma that opens its aside
_ASIDE_PART = re.compile(
    rf"\s*,\s*(?:{vocabulary.pattern(vocabulary.words('cues', 'aside share links'))})\s+",
    re.IGNORECASE,
)
# A part listed with another, its own label before it: "€4.1 billion[ and pensions ]€2.3
# billion" (but "4.1 million were eligible and 2.9 million voted" states a whole).
_LISTED = re.compile(
    rf"(?:\s+(?!and\b){_WORD}){{0,3}}?\s*,?\s+and\s+(?:(?!and\b){_WORD}\s+){{1,3}}",
    re.IGNORECASE,
)
_OWN_SHARE = re.compile(
    rf"(?:{_OF_PRONOUN.pattern})?(?:\s*,\s*(?:or\s+)?|\s*\(\s*|\s+or\s+)", re.IGNORECASE
)
# A share stated right before the amount it sizes: "takes 20 percent of it: $760 billion",
# "20 percent of the budget, or $760 billion".
_OWN_SHARE_BEFORE = re.compile(
    rf"(?:\s+of(?:\s+{_WORD}){{1,4}})?\s*(?::|,\s*(?:or\s+)?|\s+or\s+)\s*", re.IGNORECASE
)
# What makes an amount one member's own part: "led [with ]55,545,263 votes", "[took ]€8.4bn".
_OWN_PART_BEFORE = re.compile(
    rf"\b{vocabulary.pattern(vocabulary.words('cues', 'own part before'))}"
    rf"(?:\s+{_WORD}){{0,2}}\s+\Z",
    re.IGNORECASE,
)
_OWN_PART_REACH = 40  # characters before an amount read for such a word
# A verb that gives the amount after it as a part: "Health [took ]8.4 billion euros".
_PART_VERB_BEFORE = re.compile(
    rf"\b{vocabulary.pattern(vocabulary.words('cues', 'share list verbs'))}"
    rf"(?:\s+{_WORD})?\s+\Z",
    re.IGNORECASE,
)
# A part's noun, then its share set off: "500[ visitors, or ]40%", "€8.4 billion[ (]30%)".
_STATED_WITH = re.compile(
    rf"(?:\s+{_WORD}){{0,2}}?(?:\s*,\s*(?:or\s+)?|\s*\(\s*|\s+or\s+)", re.IGNORECASE
)
_OPEN = re.compile(r"\s*\(\s*")
# Between "of it" and the part it sizes: "a quarter of it[, ]133.6 billion", "[ (]$2 billion)".
_POINTED_PART = re.compile(r"\s*,\s*(?:or\s+)?|\s*\(\s*|\s+[-–—]\s+", re.IGNORECASE)
_SCALE_STEP = 1000  # a part stated more than one scale word below its whole is no part of it
# A count's noun, then its share bracketed or set off: "four[ seats (]1.30%)".
_COUNTED_WITH_SHARE = re.compile(rf"\s+{_WORD}\s*(?:\(\s*|,\s*(?:or\s+)?)", re.IGNORECASE)
# The words that open a change set off after an amount: "[, up ]5.8%", "[ (a rise of ]3%".
_CHANGE_ASIDE = re.compile(rf"\s*[,(]\s*{_WORD}(?:\s+{_WORD}){{0,2}}\s+")
_CHANGE_ASIDE_CLOSE = re.compile(rf"(?:\s+{_WORD}){{0,3}}\s*\)")  # "[ on the year)]"
_DASH = re.compile(r"\s+[-–—]\s+|\s*[–—]\s*")  # "of the 5,000 households - 3,100 - said"
_CLOSE = re.compile(r"\s*\)")
# A digit next after a share: none of the brackets, links and commas a head reads after it
# (`_CLOSE`, `_OPEN`, `_OF_PRONOUN`, `_DASH`, `_OR`, `_COMMA`) can start there.
_FIGURE_NEXT = re.compile(r"\s*[0-9]")
_WORDS_CLOSE = re.compile(rf"(?:\s+{_WORD}){{0,2}}\s*\)")
_COMMA = re.compile(r"\s*,\s*")
_WORDS_COMMA = re.compile(rf"(?:\s+(?!(?:{any_of(_CLAUSE_WORDS)})\b){_WORD}){{0,2}}\s*,")

# Restatements: "a quarter of national output, or about 35 percent".
_FRAME_WORDS = 4  # words after a frame's first, before the figure it restates
# A time or place after the fraction's noun: "half of the firms [in March], 48%", "a third
# of voters [in the north] (34%)", "[in 2024]".
_WHEN_OR_WHERE = re.compile(
    r"\s+(?:in|for|at|on|across|among)\s+(?:the\s+)?(?:[^\W\d_][\w'’-]*|(?:19|20)\d\d)"
    # ... a name running on: "at the Stade[ de France]"
    rf"(?:\s+(?:(?:{vocabulary.pattern(vocabulary.words('clauses', 'name joins'))})\s+)?"
    rf"(?-i:{_CAPITAL})[\w'’-]*){{0,3}}"
    r"(?:\s+(?:19|20)\d\d)?\b"
    # ... a frame, of a few words when they run right up to the restated figure, a year among
    # them: "of respondents[ to Victoria's 2025 household travel survey] (65.8 per cent)"
    rf"|\s+(?:{vocabulary.pattern(vocabulary.words('clauses', 'frames'))})\s+(?:the\s+)?{_WORD}"
    rf"(?:(?:\s+(?:{_WORD}|(?:19|20)\d\d)){{1,{_FRAME_WORDS}}}(?=\s*[(,]))?"
    # an age range: "of adults [aged 18 to 24]", "[aged 65 and over]"
    rf"|,?\s+{vocabulary.pattern(vocabulary.words('cues', 'age frames'))}\s+\d{{1,3}}"
    r"(?:\s*(?:to|-|–)\s*\d{1,3})?"
    rf"(?:\s+{vocabulary.pattern(vocabulary.words('cues', 'age range ends'))})?",
    re.IGNORECASE,
)
# A period after a fraction's or percentage's noun: "27% of power[ last year]", "9.8% of the
# total[ in the first quarter]", "34% of seats[ at the end of March]".
_DURATION_WORDS = vocabulary.pattern(vocabulary.words("cues", "durations"))
_PERIOD_AFTER = re.compile(
    rf"\s+(?:(?:{vocabulary.pattern(vocabulary.words('clauses', 'period openers'))})\s+){{1,2}}"
    rf"(?:{_WORD}\s+)?{_DURATION_WORDS}(?:\s+of\s+(?:19|20)\d\d)?"
    rf"|\s+{vocabulary.pattern(vocabulary.words('clauses', 'period edges'))}\s+(?:the\s+)?"
    rf"(?:{_MONTH}|{_DURATION_WORDS}|(?:19|20)\d\d)(?:\s+(?:19|20)\d\d)?\b",
    re.IGNORECASE,
)
_TIME_OR_PLACE = 2  # phrases of time or place read after a noun: "[in Berlin][ last year]"
_NOUN_AFTER = re.compile(rf"\s+{_WORD}")
_SIZE_NOUN = re.compile(r"-(?P<noun>[^\W\d_]{3,})\b")  # "75[-seat]", "27[-member]"
_DURATIONS = frozenset(vocabulary.words("cues", "durations"))
_MEMBER_NOUNS = frozenset(vocabulary.words("cues", "member nouns"))
_NOUN_WORDS = 5
_RESTATED_END = re.compile(r"\s*(?:[,;.:!?)\]—–]|-\s|\Z)")
# A share restated by its part "of" its whole after it, set off as a part pointed to is, or
# after a colon: "a quarter of the total[: ]$52 billion of $205 billion", "[, or ]Rs 7,500".
_PAIR_OPEN = re.compile(rf"{_POINTED_PART.pattern}|\s*:\s*", re.IGNORECASE)
# Restatements that GAP does not join: a spaced hyphen used as a dash ("two-thirds of
# people - 63 per cent - live ..."), or a bare comma when a comma closes the percentage
# too ("one in five councils, 19%, have ...").
_DASH_GAP = re.compile(r"\s+-\s+")
_COLON_GAP = re.compile(r"\s*:\s*")
_SENTENCE_END = re.compile(r"\s*(?:[.;!?](?!\d)|\Z)")  # "52% of the vote, just over half[.]"
_IN_EVERY = re.compile(r"\s(?:in|out\s+of)\s", re.IGNORECASE)  # "two in five"
# The noun of a fraction "in" a count, then the end of its clause: "two in five[ voters,]".
_COUNTED_CLOSE = re.compile(
    rf"\s+(?!(?:{any_of((*_CLAUSE_WORDS, *_COMPARISON_WORDS))})\b){_WORD}"
    r"\s*(?:,|[.;!?](?!\d)|\Z)",
    re.IGNORECASE,
)
_COMMA_GAP = re.compile(r"\s*,\s*(?:at\s+)?", re.IGNORECASE)  # "a quarter of it, at 27%,"
# The comma that closes the percentage may follow a total's cue, a source or the people
# asked, never a place, time or group of its own ("two in five in the north, 30% in the
# south"): "two-thirds of respondents, 68% in all, said ...", "two in five renters, 43.1%
# according to the survey, were ...", "a third of students, 35 percent of those
# surveyed, ...".
_COMMA_CLOSE = re.compile(
    rf"(?P<year>\s+in\s+{_YEAR_DIGITS})?"  # "29.6 per cent[ in 2024] according to ..."
    rf"(?:\s+(?:{vocabulary.pattern(vocabulary.words('cues', 'total after'))})"
    rf"|\s+(?:{vocabulary.pattern(vocabulary.words('clauses', 'attribution'))})"
    rf"(?:\s+{_WORD}){{1,6}}?"
    rf"|{_OF_PRONOUN.pattern}\s+(?:{vocabulary.pattern(vocabulary.words('clauses', 'asked'))}))?"
    r"\s*,",
    re.IGNORECASE,
)

# Breakdowns.
_SEP = re.compile(
    r"(?:\s*,\s*(?:and\s+|while\s+)?|\s+and\s+|\s*;\s*(?:and\s+)?)"
    r"(?:the\s+(?P<rest>remaining|other)\s+)?",
    re.IGNORECASE,
)
_LABEL_WORD = (
    r"(?!(?:and|or|but|while|with|in|on|at|from|to|for|by|than|which|that|who|is|are|was"
    rf"|were|the\s+rest(?!\s+of)|the\s+remainder)\b){_WORD}"
)
_LABEL = rf"(?P<label>{_LABEL_WORD}(?:\s+{_LABEL_WORD}){{0,5}})"
_PLACE_VERB = (
    r"(?:(?:are|is|were|was|will\s+be)"
    rf"(?:\s+{vocabulary.pattern(vocabulary.words('cues', 'place participles'))})?"
    rf"|{vocabulary.pattern(vocabulary.words('cues', 'place verbs'))}"
    r"|(?:are|were)\s+employed)"
)
# The last item of a list of places may be everywhere else: "and 30 percent elsewhere".
_ELSEWHERE = re.compile(
    rf"\s+(?P<label>{vocabulary.pattern(vocabulary.words('cues', 'elsewhere'))})", re.IGNORECASE
)
# "60 percent are in Guangdong" and, the verb said once, "35 percent in Hong Kong".
_TAIL = re.compile(
    rf"(?:\s+(?P<verb>{_PLACE_VERB}))?\s+(?P<prep>in|from|at|to|on|for)\s+{_LABEL}",
    re.IGNORECASE,
)
_SHARE_VERB = vocabulary.pattern(vocabulary.words("cues", "holding verbs"))
# "Of the 31 labs, Guangdong hosts 60 percent, Hong Kong 35 percent and Macao 15 percent"
_LABEL_FIRST = re.compile(rf"{_LABEL}\s+{_SHARE_VERB}\s+", re.IGNORECASE)
_LABEL_THEN = re.compile(rf"{_LABEL}\s+", re.IGNORECASE)
_SPLIT = re.compile(
    rf"\b{vocabulary.pattern(vocabulary.words('cues', 'split verbs'))}"
    r"(?:\s+[\w'-]{1,30}){0,3}?\s+(?:between|among|amongst|across|into)\s+",
    re.IGNORECASE,
)
# "split between equities (60 percent), bonds (30 percent) and cash (10 percent)"
_PAREN_LABEL = re.compile(rf"{_LABEL}\s*\(\s*", re.IGNORECASE)
_OPEN_REST = re.compile(
    rf"\s*,?\s*(?:and|while|with)\s+the\s+{vocabulary.pattern(vocabulary.words('cues', 'rest'))}",
    re.IGNORECASE,
)
# A share in a relative clause on its whole: "2,000 people, 800 of whom (40%)", "$40
# billion, 40% of which ($12 billion) goes to health".
_OF_RELATIVE = re.compile(r"\s+of\s+(?:whom|which)\s*(?:\(\s*|,\s*(?:or\s+)?)", re.IGNORECASE)
_OF_RELATIVE_AFTER = re.compile(r"\s+of\s+(?:whom|which)\b", re.IGNORECASE)
_WHOLE_BEFORE_RELATIVE = re.compile(rf"(?:\s+{_WORD}){{0,3}}\s*,\s*")
_LABEL_BRACKET = re.compile(rf"(?:\s+{_WORD}){{1,4}}\s*\(\s*")
# Two parts and then their shares in order: "[$12 billion] and schools [$8 billion], or [30%]
# and [20%] of ...".
_AND = re.compile(r"\s*,?\s+and\s+", re.IGNORECASE)
_PARTS_THEN_SHARES = re.compile(
    rf"(?:\s+(?!and\b){_WORD}){{0,2}}?\s*,\s*(?:or\s+)?(?:respectively\s*,?\s*)?", re.IGNORECASE
)
_PARTS_JOINED = re.compile(
    rf"(?:\s+(?!and\b){_WORD}){{0,3}}?\s*,?\s+and\s+(?:(?!and\b){_WORD}\s+){{0,3}}",
    re.IGNORECASE,
)
# A part listed after another under a label of its own: "€4.1 billion[, pensions ]€2.3 billion".
_LIST_NEXT = re.compile(
    rf"\s*,\s*(?:(?!(?:{any_of((*_CLAUSE_WORDS, *_COMPARISON_WORDS, 'of', 'up', 'down'))})\b)"
    rf"{_WORD}\s+){{1,3}}",
    re.IGNORECASE,
)
# A relative clause on a share's "of" phrase that gives its noun's amount: "[, which itself
# climbed 33% to ]864 billion pounds", "[, which reached ]$2 billion".
_WHOLE_AFTER = re.compile(
    r"\s*,\s*which\s+(?:itself\s+)?"
    rf"(?:(?:{any_of(_DIRECTION_VERBS)})(?:\s+by)?(?:\s+[^\s,;:()]{{1,12}}){{0,3}}?\s+to"
    rf"|{vocabulary.pattern(vocabulary.words('cues', 'whole after links'))})\s+",
    re.IGNORECASE,
)
# After a fraction, the words that make it a size against another amount: "two thirds as
# much", "half as many[ as ]".
_AS_MUCH = re.compile(
    rf"\s+(?:{vocabulary.pattern(vocabulary.words('cues', 'as much'))})"
    r"(?:(?P<as>\s+as\s+(?:(?:the|its|their)\s+)?)|(?=\s*(?:[,;.:!?)]|\Z)))",
    re.IGNORECASE,
)
# A share "of that" and a noun set off after it, pointing back: "of [that expected cost],".
_THAT_PHRASE = re.compile(
    rf"\s+of\s+that\s+(?P<of>{_WORD}(?:\s+{_WORD}){{0,2}})(?=\s*[,;:.)]|\s+[-–—]\s)",
    re.IGNORECASE,
)
# A part's own "of" phrase, then its share set off: "$19.3 billion[ of exports, or ]40%".
_PART_OF = re.compile(
    rf"\s+of\s+(?P<of>(?!(?:{any_of(_POINTERS)})\b){_WORD}(?:\s+{_WORD}){{0,2}})"
    r"(?:\s*,\s*(?:or\s+)?|\s*\(\s*)",
    re.IGNORECASE,
)
# A part after its share's "of" phrase, at its clause's end: "40% of exports[, at ]$19.3
# billion[.]".
_COMMA_AT = re.compile(r"\s*,\s*at\s+", re.IGNORECASE)
_AT_CLOSE = re.compile(r"\s*(?:[,;]|[.!?](?!\d)|\Z)")
_SET_OFF_SHARE = re.compile(r",\s+or\s+\Z", re.IGNORECASE)  # "$2 billion[, or ]5 percent"
# A sentence opened by the part, then the subject it sizes and a share verb: "At $6
# billion[, defence spending makes up ]15% of ...".
_AT_OPENER = re.compile(r"[\"“']?at\s+", re.IGNORECASE)
_AT_PART_GAP = re.compile(
    rf"\s*,(?P<words>(?:\s+(?!(?:{any_of(_CLAUSE_WORDS)})\b){_WORD}){{1,4}}?)"
    rf"\s+{_ADVERB}{_LINK_VERB}\s+{_ADVERB}",
    re.IGNORECASE,
)
_MAX_BARE = 100  # a bare number in a list of percentages is a percentage only up to 100

# A whole named by a noun, not an amount ("15.8% of the market"): see `_whole_in_context`.
_WHOLE_NOUN_LIST = vocabulary.words("cues", "whole nouns")
_WHOLE_NOUNS = frozenset(_WHOLE_NOUN_LIST)
_AGGREGATE_NOUNS = frozenset(vocabulary.words("cues", "aggregate nouns"))
_PLAIN_MODIFIERS = frozenset(vocabulary.words("cues", "whole plain modifiers"))
_PLAIN_NAMES = vocabulary.values("cues", "whole plain names")
_PLAIN_NAME = re.compile(vocabulary.pattern(_PLAIN_NAMES))
_OWNER = re.compile(r"[^\W\d_]+['’]s?(?!\w)")  # "of [the state's] population", "[Malaysia's]"
_POPULATION = frozenset(vocabulary.words("cues", "population nouns"))
_PLURAL = re.compile(r"\w{2,}[^s']s")  # "organisations", not "gross" or "its"
# "34.5 trillion[ target]", "$40 billion[ peso budget]": an amount aimed at, not counted.
_EXPECTED_AFTER = re.compile(
    rf"(?:\s+{_WORD})?\s+{vocabulary.pattern(vocabulary.words('cues', 'expected amounts'))}",
    re.IGNORECASE,
)
_CHANGE_NOUN_SET = frozenset(_CHANGE_NOUNS)
# An amount stated as a change: "grew by 300,700", "added 395,100", "an increase of 371,100".
_CHANGE_AMOUNT = re.compile(
    rf"\b(?:(?:{any_of(_DIRECTION_VERBS)})(?:\s+by)?|(?:{any_of(_CHANGE_NOUNS)})\s+of)\s+\Z",
    re.IGNORECASE,
)
# ... as the size of one, never an amount a verb gives ("raised £4.8 million"): "grew by 40
# ships", "grew net sales by CHF 44.8 million", "an increase of 371,100".
_CHANGE_BY = re.compile(
    rf"\b(?:(?:{any_of(_DIRECTION_VERBS)})(?:\s+[^\W\d_][\w'’-]*){{0,3}}?\s+by|(?:{any_of(_CHANGE_NOUNS)})\s+of)\s+\Z",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# An amount a change took something to or by: "fell to $2 billion", "rose by 4,000".
_CHANGE_TARGET = re.compile(
    rf"\b(?:(?:{any_of(_DIRECTION_VERBS)})(?:\s+(?:to|by))?|(?:{any_of(_CHANGE_NOUNS)})\s+"
    r"(?:of|to))\s+\Z",
    re.IGNORECASE,
)
# ... or as a gap after it: "$1.4 trillion more than the $12.9 trillion of a year earlier".
_CHANGE_AMOUNT_AFTER = re.compile(
    rf"\s+(?:{vocabulary.pattern(DIFFERENCE_COMPARATIVES)})\s",
    re.IGNORECASE,
)
_DETERMINERS = frozenset(vocabulary.words("clauses", "determiners"))
# A count a preposition governs: "members of [47] organisations", "in [12] regions".
_GOVERNED = re.compile(
    rf"\b{vocabulary.pattern(vocabulary.words('cues', 'governing prepositions'))}"
    rf"(?:\s+(?:{any_of(_DETERMINERS)}))?\s+\Z",
    re.IGNORECASE,
)
_SHARE_NOUN_BEFORE = re.compile(rf"\b(?:{_SHARE_NOUNS})\s+of\s+\Z", re.IGNORECASE)
_SHARE_NOUN_AFTER = re.compile(rf"\s+(?:{_SHARE_NOUNS})\b", re.IGNORECASE)
_NOUN = re.compile(r"[^\W\d_]{3,}")
_WHOLE_PERCENT = 100.0
_AGAINST_REACH = 40  # characters before an amount searched for the word setting it against
# A pointer a relative clause names ("Of those who passed"), which may be either of the
# figures before it ("1,680,154 out of 2,024,192 examinees passed"): no tie is broken.
_RELATIVE_OPENER = re.compile(
    rf"\b(?:{any_of(vocabulary.words('clauses', 'relative openers'))})\b", re.IGNORECASE
)
_TOTAL_ONLY = frozenset(vocabulary.words("cues", "total only"))
# Between a count and a bound it is said to be within: "452 [were] under 35".
_LINKED = re.compile(
    rf"\s+(?:{vocabulary.pattern(vocabulary.words('directions', 'linking verbs'))})\s+",
    re.IGNORECASE,
)
# A noun before another, which it qualifies: "export [product]".
_MODIFYING = re.compile(r"(?P<noun>[^\W\d_]{3,})\s+(?=[a-z]{3,}\b)")
# A noun narrowed by a name after a preposition: "Exports [to China]", "sales [of Toyota]".
_NARROWING = re.compile(
    rf"(?P<noun>[^\W\d_]{{3,}})\s+(?:{any_of(vocabulary.words('cues', 'part prepositions'))})"
    r"\s+(?:the\s+)?(?P<name>[^\W\d_a-z][\w'’-]*)"
)
_NAMED_BEFORE = 50  # characters before an amount read for the words that name it
_NAMED_AFTER = 30  # ... and after it ("342 million [phones]")
# From a change to the amount it took something to: "rose 5%[ y-o-y to ]SAR 322.3 bn".
_CHANGED_TO = re.compile(rf"(?:\s+{_WORD}){{0,3}}?\s+to\s+", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,;:()]|[.!?](?=\s)")
_NAMED_SENTENCES = 3  # sentences looked back, past the one before, for a whole a share names
_STEM = 5  # words sharing their first letters up to this many name the same thing
# Amounts set off from a clause's subject: "fewer than [the] 348.2 million", "(91.3 million)",
# "below the 34.5 trillion".
_DIFFERENCE_COMPARATIVE = vocabulary.pattern(DIFFERENCE_COMPARATIVES)
_SET_OFF = re.compile(  # ... maybe after an owner ("than this year's 5.268 trillion pesos"),
    # maybe before a mark not read as one ("up 10.1% from P5.768 trillion")
    rf"(?:\(|\b(?:{_COMPARING}|{_DIFFERENCE_COMPARATIVE})(?:\s+(?:{any_of(_DETERMINERS)}))?)"
    r"(?:\s+(?:[^\W\d_]+\s+){0,2}[^\W\d_]+['’]s)?\s*(?-i:[A-Z]{1,3})?\Z",
    re.IGNORECASE,
)
# A day of the month is no amount: "By November 30", "on 30 September".
_RATE_REACH = 40  # characters before a whole that may make it a rate: "per working day averaged"
_DAY_BEFORE = re.compile(rf"\b(?:{_MONTH})\.?\s+\Z")
_DAY_AFTER = re.compile(rf"\s+(?:{_MONTH})\b")
# Words that name a value as an average or per unit, before it in its sentence (or after it:
# `PER_UNIT_AFTER`).
_PER_UNIT_BEFORE = re.compile(
    rf"\b{vocabulary.pattern(vocabulary.words('cues', 'per unit before'))}", re.IGNORECASE
)
_PER_UNIT_REACH = 80  # characters before a value read for a word that makes it an average
# A percentage a ratio noun names ("an EBIT margin of 13.4%", "the margin, at 8.9 percent"),
# with the nouns that name its part and its whole, by ratio.
_RATIOS = {
    name: (
        vocabulary.words("cues", f"ratio {name} part"),
        vocabulary.words("cues", f"ratio {name} whole"),
    )
    for name in dict.fromkeys(vocabulary.values("cues", "ratio nouns").values())
}
_RATIO_NOUN = re.compile(
    rf"\b(?P<noun>{vocabulary.pattern(vocabulary.values('cues', 'ratio nouns'))})"
    r"(?:\s*,)?(?:\s+[^\W\d_][\w'’-]*){0,3}\s+\Z",
    re.IGNORECASE,
)
_RATIO_NAMES = vocabulary.values("cues", "ratio nouns")
# A ratio noun set off as what another is compared with: "[above the] margin of 25%".
_RATIO_COMPARED = re.compile(
    rf"\b(?:{_COMPARING}|{_DIFFERENCE_COMPARATIVE})"
    rf"(?:\s+{_WORD}){{0,3}}\s+\Z",
    re.IGNORECASE,
)
_RATIO_REACH = 40  # characters before a percentage read for the ratio noun naming it
_RATIO_QUALIFIERS = vocabulary.values("cues", "ratio qualifiers")
_WHOLE_COSTS = frozenset(vocabulary.words("cues", "ratio whole costs"))
_LETTERS = re.compile(r"[^\W\d_]+")
_COST_REACH = 20  # characters before a whole's noun searched for the cost it may be of
_RATIO_WORDS = frozenset(w for part, whole in _RATIOS.values() for w in (*part, *whole))


@dataclass(frozen=True, slots=True)
class _Head:
    """A share as a list or sentence states it, with the amount given with it, if any."""

    start: int  # hedge included
    end: int
    share: Amount
    part: Thing | None = None


@dataclass(frozen=True, slots=True)
class _Item:
    head: _Head
    label: str
    end: int


_Parsed = tuple[list[_Item], tuple[int, int] | None, int]  # items, first "of" phrase, start


def index_of(mentions: Mentions) -> _Index:
    """The document's index, made once for the share readers."""
    index = _INDEXES.get(mentions)
    if index is None:
        index = _INDEXES[mentions] = _Index(mentions)
    return index


class _Index:
    """The proportions and amounts of one document, looked up by position.

    A plain figure is read as an amount only when a lookup returns it.
    """

    def __init__(self, mentions: Mentions) -> None:
        self.document = mentions.document
        self.text = mentions.text
        self._head_starts: dict[int, int] = {}
        self._of_phrases: dict[tuple[int, int], tuple[int, int] | None] = {}
        self.proportions = [p for p in mentions.proportions if p.unit == "percent"]
        self.starts = [p.start or 0 for p in self.proportions]
        self.ends = [p.end or 0 for p in self.proportions]
        measures = mentions.measures
        self.dimension = {m.amount.start: m.dimension for m in measures}
        things: list[Thing | Figure] = [*mentions.money, *(m.amount for m in measures)]
        taken = sorted([(t.start or 0, t.end or 0) for t in (*things, *mentions.proportions)])
        reach = _reach(taken)
        self.bare: dict[int, Figure] = {}
        for figure in mentions.figures:
            if figure.looks_like_year or _is_day(self.text, figure):
                continue
            if split_group(self.text, figure):
                continue  # a piece of "572 983 candidates": which number is unsure
            if reach[bisect.bisect_left(taken, (figure.end, figure.end))] > figure.start:
                continue  # part of an amount or proportion
            things.append(figure)
            if figure.multiplier == 1 and 0 < figure.value <= _MAX_BARE:
                self.bare[self.head_start(figure.start)] = figure
        self._things = sorted(things, key=lambda t: t.start or 0)
        self.thing_starts = [t.start or 0 for t in self._things]
        self._thing_ends = [t.end or 0 for t in self._things]

    def amount(self, figure: Figure, unit: str) -> Amount:
        """A plain figure as an amount; a count stated to the unit ("31 labs") is exact."""
        interval = figure.interval
        whole_units = figure.multiplier == 1 and interval.high - interval.low <= 1
        hedged = read_hedge(self.text, figure.start) is not None
        if not unit and not hedged and whole_units and figure.value.is_integer():
            interval = Interval.exact(figure.value)
        return Amount(unit=unit, **stated_fields(self.text, figure, interval=interval))

    def of_phrase(self, pos: int, limit: int) -> tuple[int, int] | None:
        """`_of_phrase` at a position, read once: a list and a share may both ask for it."""
        key = (pos, limit)
        if key not in self._of_phrases:
            self._of_phrases[key] = _of_phrase(self.text, pos, limit)
        return self._of_phrases[key]

    def head_start(self, start: int) -> int:
        """Where a stated figure starts, its hedge ("about", "more than") included."""
        if start not in self._head_starts:
            hedge = read_hedge(self.text, start)
            self._head_starts[start] = hedge[1] if hedge else start
        return self._head_starts[start]

    def by_sentence(self, sentences: Sequence[Block]) -> Iterator[tuple[Block, list[Amount]]]:
        """Each sentence with a proportion, and its proportions."""
        sentence_starts = [sentence.start for sentence in sentences]
        lo = 0
        while lo < len(self.starts):
            index = bisect.bisect_right(sentence_starts, self.starts[lo]) - 1
            if index < 0 or sentences[index].end <= self.starts[lo]:
                lo += 1  # in no sentence
                continue
            sentence = sentences[index]
            hi = bisect.bisect_left(self.starts, sentence.end, lo)
            yield sentence, self.proportions[lo:hi]
            lo = hi

    def thing(self, index: int) -> Thing:
        """The amount at an index of the sorted amounts, read once."""
        found = self._things[index]
        if isinstance(found, Figure):
            found = self._things[index] = self.amount(found, "")
        return found

    @functools.cached_property
    def proportion_heads(self) -> dict[int, Amount]:
        """Each proportion by where it, hedge included, starts."""
        return {self.head_start(p.start or 0): p for p in self.proportions}

    def proportions_alone(self, sentence: Block) -> bool:
        """Whether a sentence states nothing but proportions, with no word and no other
        amount ("12.5% 40.1% 7%"): no share can name a part or a whole there."""
        start, end = sentence.start, sentence.end
        return bisect.bisect_left(self.thing_starts, start) == bisect.bisect_left(
            self.thing_starts, end
        ) and not _LETTERS.search(self.text, start, end)

    def proportion_at(self, pos: int) -> Amount | None:
        """The proportion whose stated figure, hedge included, starts at `pos`."""
        return self.proportion_heads.get(pos)

    @functools.cached_property
    def _starting(self) -> dict[int, int]:
        """The index of each amount by where its stated figure, hedge included, starts."""
        return {self.head_start(start): i for i, start in enumerate(self.thing_starts)}

    def thing_at(self, pos: int) -> Thing | None:
        """The amount whose stated figure, hedge included, starts at `pos`."""
        index = self._starting.get(pos)
        return None if index is None else self.thing(index)

    def thing_before(self, pos: int, floor: int) -> Thing | None:
        """The last amount that ends by `pos` and starts at or after `floor`."""
        index = bisect.bisect_right(self.thing_starts, pos) - 1
        while index >= 0 and self.thing_starts[index] >= floor:
            if self._thing_ends[index] <= pos:
                return self.thing(index)
            index -= 1
        return None

    def between(self, start: int, end: int) -> tuple[int, int]:
        """Where the amount or proportion before `start` ends and the one after `end` starts."""
        low, high = 0, len(self.text)
        for starts, ends in ((self.thing_starts, self._thing_ends), (self.starts, self.ends)):
            before = bisect.bisect_left(starts, start) - 1
            after = bisect.bisect_left(starts, end)
            low = max(low, ends[before] if before >= 0 else 0)
            high = min(high, starts[after] if after < len(starts) else high)
        return min(low, start), max(high, end)

    def only_thing_in(self, span: tuple[int, int], *, levels: bool = False) -> Thing | None:
        """The one amount in a phrase; none when it names none or several. With `levels`,
        a period's length or a mark passed is no amount: "[In the first ten months] it
        collected Sh2.112 trillion, the first time it has passed [Sh2 trillion]"."""
        start, end = span
        lo = bisect.bisect_left(self.thing_starts, start)
        hi = bisect.bisect_left(self.thing_starts, end)
        found = [
            i
            for i in range(lo, hi)
            if self._thing_ends[i] <= end and not (levels and _no_level(self, self.thing(i)))
        ]
        return self.thing(found[0]) if len(found) == 1 else None


_INDEXES: WeakKeyDictionary[Mentions, _Index] = WeakKeyDictionary()


def share_claims(mentions: Mentions) -> list[Claim]:
    """Every share, restatement and breakdown in the document."""
    index = index_of(mentions)
    claims: list[Claim] = []
    document = mentions.document
    paragraph, running = -1, None  # the whole the paragraph's shares so far were of
    for sentence, proportions in index.by_sentence(document.sentences):
        if document.paragraph_at(sentence.start).start != paragraph:
            paragraph, running = document.paragraph_at(sentence.start).start, None
        if index.proportions_alone(sentence):
            claims.extend(_restatements(index, proportions))
            continue
        heads = _heads(index, sentence, proportions)
        breakdowns = _breakdowns(index, sentence, heads)
        listed = {item.share.start for b in breakdowns for item in b.items}
        claims.extend(breakdowns)
        shares = _in_order(index, sentence, heads)
        listed |= {share.share.start for share in shares}
        for head in heads:
            if head.share.start not in listed:
                share = _share(index, sentence, head, shares, running)
                if share is not None and (
                    _of_other_periods(index.text, share) or _over_all(index.text, share)
                ):
                    share = share.model_copy(update={"part": None, "whole": None})
                if share is None or share.part is None or share.whole is None:
                    share = (
                        _ratio(index, sentence, head) or _as_much(index, sentence, head) or share
                    )
                if share is not None:
                    shares.append(share)
        running = next((s.whole for s in reversed(shares) if s.whole is not None), running)
        claims.extend(shares)
        claims.extend(_restatements(index, proportions))
    return claims


def _of_other_periods(text: str, share: ShareClaim) -> bool:
    """Whether a share's part and whole are amounts named for different periods, which no
    share compares: "median monthly rent of $2,850, 41% of the household income of $83,400
    a year" (one named for none may be for the other's)."""
    if share.part is None or share.whole is None:
        return False
    periods = [period_named(text, value) for value in (share.part, share.whole)]
    return None not in periods and periods[0] != periods[1]


def _over_all(text: str, share: ShareClaim) -> bool:
    """Whether a share above the whole is read with no whole its "of" phrase names, a ratio
    of two amounts no part and whole make: "11,071 inmates against a capacity of 9,458
    places, an occupancy rate of 117%" (but "104 percent of the 8.28 trillion naira it had
    targeted")."""
    over = share.share.unit == "percent" and share.share.low > _WHOLE_PERCENT
    return over and not OF_AFTER.match(text, share.share.end or 0)


def _in_order(index: _Index, sentence: Block, heads: Sequence[_Head]) -> list[ShareClaim]:
    """Two parts, then their two shares of one whole, in the same order: "Health gets $12
    billion and schools $8 billion, 30% and 20% of the $40 billion budget (respectively)"."""
    text = index.text
    found: list[ShareClaim] = []
    for first, second in itertools.pairwise(heads):
        if first.part or second.part or not _AND.fullmatch(text, first.end, second.start):
            continue
        if _is_change(index, first.share) or _is_change(index, second.share):
            continue
        phrase = index.of_phrase(second.end, sentence.end)
        whole = index.only_thing_in(phrase) if phrase else None
        later = index.thing_before(first.start, sentence.start)
        if phrase is None or whole is None or later is None:
            continue
        earlier = index.thing_before(index.head_start(later.start or 0), sentence.start)
        if (
            earlier is None
            or not _PARTS_THEN_SHARES.fullmatch(text, later.end or 0, first.start)
            or not _PARTS_JOINED.fullmatch(
                text, earlier.end or 0, index.head_start(later.start or 0)
            )
            or not all(_same_kind(index, part, whole) for part in (earlier, later))
        ):
            continue
        of = text[phrase[0] : phrase[1]]
        for part, head in ((earlier, first), (later, second)):
            start = index.head_start(part.start or 0)
            end = phrase[1] if head is second else head.end
            found.append(
                ShareClaim(
                    text=text[start:end],
                    start=start,
                    end=end,
                    share=head.share,
                    part=part,
                    whole=whole,
                    of=of,
                )
            )
    return found


def _heads(index: _Index, sentence: Block, proportions: Sequence[Amount]) -> list[_Head]:
    """Each proportion with an amount bracketed, or-ed or set off by dashes with it: "20 (60
    percent)", "37% - 3.12 million - were ..."."""
    text = index.text
    heads = []
    for share in proportions:
        start, end = index.head_start(share.start or 0), share.end or 0
        if _FIGURE_NEXT.match(text, end):  # a list of figures: no bracket, link or comma next
            heads.append(_Head(start, end, share))
            continue
        before = index.thing_before(start, sentence.start)
        close = _CLOSE.match(text, end)
        if before is not None and close and _OPEN.fullmatch(text, before.end or 0, start):
            heads.append(_Head(index.head_start(before.start or 0), close.end(), share, before))
            continue
        # "a quarter of it, 133.6 billion pounds": the part after the whole pointed back to
        pointer = _OF_PRONOUN.match(text, end)
        pointed = _POINTED_PART.match(text, pointer.end()) if pointer else None
        opened = _OPEN.match(text, end) or (pointed if pointed and "(" in pointed[0] else None)
        dashed = None if pointer else _DASH.match(text, end)  # "37% - 3.12 million - were"
        link = pointed or opened or dashed or _OR.match(text, end)
        after = index.thing_at(link.end()) if link else None
        if after is not None and link is dashed:
            if _DASH.match(text, after.end or 0):  # set off by a dash on each side
                heads.append(_Head(start, after.end or 0, share, after))
                continue
        elif after is not None:
            closed = _WORDS_CLOSE.match(text, after.end or 0) if opened else None
            if closed or not opened:
                heads.append(_Head(start, closed.end() if closed else after.end or 0, share, after))
                continue
        apposed = _apposed_part(index, end)
        heads.append(
            _Head(start, apposed.end or end, share, apposed)
            if apposed
            else _Head(start, end, share)
        )
    return heads


def _apposed_part(index: _Index, pos: int) -> Thing | None:
    """The amount in digits set off by commas right after a share, naming its part: "almost
    half[, 1.1 million tonnes,] was exported", "about a third[, 640,] were accepted"."""
    text = index.text
    comma = _COMMA.match(text, pos)
    after = index.thing_at(comma.end()) if comma else None
    if after is None or not _in_digits(after):
        return None
    # ... or ending its clause with a few plain words: "less than a quarter, $0.5bn from
    # seafarers." (never a comparison: "a third, $2bn more than ...")
    tail = _APPOSED_TAIL.match(text, after.end or 0)
    if not _COMMA.match(text, after.end or 0) and tail is None:
        return None
    return after


# --- shares --------------------------------------------------------------------------


def _share(
    index: _Index,
    sentence: Block,
    head: _Head,
    earlier: Sequence[ShareClaim],
    running: Thing | None = None,
) -> ShareClaim | None:
    """The share a proportion states, if the text says what it is a share of.

    `earlier` are the shares read before it in its sentence, `running` the whole of the
    last share read in the sentences of its paragraph before."""
    text = index.text
    if _is_change(index, head.share) or _CHANGE_AMOUNT_AFTER.match(text, head.end):
        return None  # "0.9% or 500 million more than planned": a change, restated
    part, whole, of, end = head.part, None, None, head.end
    counted = _part_stated_of(index, sentence, part) if part is not None else None
    if part is not None and counted is not None and _compatible(index, counted, part):
        # "88 of 806 (10.9%)": the amount the share restates is the whole of a part before it
        part, whole, of = counted, part, text[index.head_start(part.start or 0) : part.end]
    phrase = (
        index.of_phrase(head.end, sentence.end)
        or _that_phrase(index, head.end, sentence)
        or _restated_of(index, head, sentence)
    )
    if phrase is None and _COMPARED_FROM.search(
        text, max(sentence.start, head.start - 24), head.start
    ):
        return None  # "up from 52 per cent (4.3 million) in 2001": of 2001's whole, unstated
    # "45% of those admitted": a group of its own, no share of a whole stated before
    other_group = False
    if phrase is not None and text[phrase[0] : phrase[1]].split()[0].lower() in _PRONOUNS:
        other_group = len(text[phrase[0] : phrase[1]].split()) > 1
        phrase = None
    # "24 billion rand, a quarter of it": the share points back to its whole
    of_pronoun = not other_group and _OF_PRONOUN.match(text, head.share.end or 0) is not None
    relative = _relative(index, sentence, head)
    if relative is not None:
        part, whole, start, end = relative
        of = text[index.head_start(whole.start or 0) : whole.end]
        return ShareClaim(
            text=text[start:end],
            start=start,
            end=end,
            share=head.share,
            part=part,
            whole=whole,
            of=of,
        )
    opening = (
        None
        if part or (phrase and index.only_thing_in(phrase))
        else _opening(index, sentence, head)
    )
    if opening is not None:
        part, whole = opening
        start = index.head_start(whole.start or 0)
        end = phrase[1] if phrase else end
        return ShareClaim(
            text=text[start:end],
            start=start,
            end=end,
            share=head.share,
            part=part,
            whole=whole,
            of=text[start : whole.end],
        )
    if phrase is not None:
        of, whole, end = text[phrase[0] : phrase[1]], index.only_thing_in(phrase), phrase[1]
        if whole is None:
            whole = _whole_after(index, sentence, end, of)
            end = whole.end or end if whole else end
        link = _OR.match(text, end)
        after = index.thing_at(link.end()) if link and not part else None
        if after is not None and whole is not None and _compatible(index, after, whole):
            part, end = after, after.end or end
        elif after is not None and whole is None and _RESTATED_END.match(text, after.end or 0):
            # "43% of the total, or $109.1 million": the part, its whole found by the noun
            part, end = after, after.end or end
        elif part is None and whole is None and (aside := _aside_part(index, head, end)):
            part, end = aside, aside.end or end
        elif part is None:
            # "18% of the $620 billion budget ($112 billion)": in the whole's own currency,
            # never its conversion
            bracketed = _part_in_brackets(index, end)
            if bracketed and (whole is None or _same_kind(index, bracketed[0], whole)):
                part, end = bracketed
    if part is None and not other_group:
        restated = _pair_after(index, sentence, phrase[1] if phrase else head.end)
        if restated is not None and whole in (None, restated[1]):
            part, whole, end = restated
            of = of or text[index.head_start(whole.start or 0) : whole.end]
    # "4,300 of the 19,000 homes sold, 23% of the total": a whole named by a noun is the
    # one stated with the part
    named_whole = phrase is not None and whole is None and _names_a_whole(of)
    if part is None and (phrase is None or named_whole) and not other_group:
        pair = _part_of_whole(index, sentence, head.start)
        if pair is not None:
            part, whole = pair
            if phrase is None:
                phrase = (whole.start or 0, head.start)
                of = text[slice(*phrase)].rstrip(" ,(")
    if part is None:
        part = _part_before(index, sentence, head.start)
        counted = _part_stated_of(index, sentence, part) if part is not None else None
        if part is not None and counted is not None and _compatible(index, counted, part):
            # "€7.65 billion out of a group total of €17.19 billion, equivalent to 44.5%":
            # the amount before the share is the whole of the part before it
            part, whole = counted, part
            of = text[index.head_start(whole.start or 0) : whole.end]
        elif part is not None and not other_group and _PART_NAMED_AFTER.match(text, head.end):
            # "$17.75 billion, 81.2 percent of it from the domestic sector": the amount
            # before is the whole the share points back to, its part unstated
            of = text[index.head_start(part.start or 0) : part.end]
            part, whole = None, part
        elif part is not None and not other_group and _a_whole(index, part):
            # "turnout among the 52,380 balloted was 52.3%": the whole, its part unstated
            of = text[index.head_start(part.start or 0) : part.end]
            part, whole = None, part
    if part is None and of is not None:
        naming = of.replace(text[whole.start or 0 : whole.end or 0], " ") if whole else of
        part = _part_in_relative(index, sentence, head.start, naming)
    if part is None and whole is None and (phrase is None or named_whole) and not other_group:
        # "... 104.3 million customers, of whom 94.2 million were in Brazil. That is 90.3%
        # of the total": a whole named by its noun is the pair's
        pair = _pair_in_sentence_before(index, sentence, head.start, head.share.end or 0)
        if pair is not None:
            part, whole = pair
            of = of or text[index.head_start(whole.start or 0) : whole.end]
    if part is None and (whole is not None or (phrase is not None and _names_a_whole(of))):
        # "... accounted for 23.9 million. That is 61.9% of the total"
        part = _part_in_sentence_before(index, sentence, head.start)
    start = min(head.start, index.head_start(part.start or 0)) if part else head.start
    if (
        phrase is None
        and part is not None
        and whole is None
        and (of_pronoun or _OF_PRONOUN.match(text, part.end or 0))
    ):
        whole = _pronoun_whole(index, sentence, part)
        of = None if whole is None else text[index.head_start(whole.start or 0) : whole.end]
    if phrase is None and part is not None and whole is None:
        whole = _whole_of_which(index, sentence, part)
        of = None if whole is None else text[index.head_start(whole.start or 0) : whole.end]
    if phrase is None and part is not None and whole is None:
        listed = _list_whole(index, sentence, start)
        if listed is not None and _compatible(index, part, listed[1]):
            of, whole = listed
        else:
            pointed = _pointed_whole(index, sentence, part)
            if pointed is not None:
                of, whole = pointed
    if part is not None and whole is None and phrase is None and not other_group:
        # "..., and in South Africa, of the 400 seats, 178, or 44.5%, went to women": the
        # whole its clause opens with, before any whole of an earlier share
        opened = _clause_opener(index, sentence, part)
        if opened is not None:
            of, whole, named = opened
            start = min(start, named)
    if part is not None and whole is None:
        if phrase is None and of is None:  # "$19.3 billion[ of exports], or 40%"
            of = _part_of_phrase(index, part, head.start)
        # a part the sentence points back to has its whole around it: "Spending is N28.7
        # trillion. Debt service takes N8.27 trillion. That is 28.8% of all spending"
        back = (part.start or 0) < sentence.start
        own = index.document.sentence_at(part.start or 0) if back else sentence
        whole = _whole_in_context(index, own, part, of, earlier, head)
        if whole is not None and phrase is not None:
            whole = _qualified(index, sentence, part, of, whole)
        if (
            whole is None
            and of is None
            and running is not None
            and not any(e.of and e.whole is not running for e in earlier)
            and _with_own_share(index, part)
            and not _after_of_which(index, sentence, part)
            and not _moved(index, part)
            and not _YEAR.search(text, sentence.start, sentence.end)  # another period's
        ):
            # "Staff took R17.7 billion of it (67%). Lenders got R2.9 billion, or 11%": a
            # part stated with its share continues the whole of the paragraph's shares,
            # unless a share before it in its sentence names another ("(75% of the export
            # total), and the rest, $5bn or 25%")
            whole = running if _same_kind(index, part, running) else None
        if (
            whole is None
            and of is None
            and phrase is None
            and _STATED_WITH.fullmatch(text, part.end or 0, index.head_start(head.share.start or 0))
            and not _another_share_after(index, head.end)
        ):
            whole = _whole_stated_before(index, sentence, part)
        if whole is not None and of is None:
            of = text[index.head_start(whole.start or 0) : whole.end]
    if phrase is None and whole is None:
        found = _whole_before(index, sentence, start)
        if found is None:
            return None
        of, whole, named = found
        start = min(start, named)
    if part is not None and whole is not None and _aggregate_of_a_member(index, part, whole):
        return None  # "the average remittance ... $313": one member's value is no whole
    if part is not None and (
        part is whole
        or (whole is not None and not _compatible(index, part, whole))
        or (whole is not None and _counts_other_things(index, part, whole))
        or (whole is not None and _per_member_of_aggregate(index, part, whole))
        or (whole is None and isinstance(part, Amount) and not part.unit)
    ):
        part = None
        start = head.start
    return ShareClaim(
        text=text[start:end], start=start, end=end, share=head.share, part=part, whole=whole, of=of
    )


def _aside_part(index: _Index, head: _Head, end: int) -> Thing | None:
    """The part a share set off between commas after its subject sizes, given by the verb
    after the aside and closing its clause: "Its general fund, 43% of the total, stands at
    $109.1 million."; None for any other shape."""
    text = index.text
    if not _ASIDE_OPEN.search(text, max(0, head.start - _ASIDE_REACH), head.start):
        return None
    link = _ASIDE_PART.match(text, end)
    part = index.thing_at(link.end()) if link else None
    return part if part is not None and _RESTATED_END.match(text, part.end or 0) else None


def _pair_after(index: _Index, sentence: Block, pos: int) -> tuple[Thing, Thing, int] | None:
    """The part and whole that restate a share right after it (past its noun), and where
    they end: "just under half the seats, 243 of 500,", "a quarter: $52 billion of $205
    billion."; the pair must close its aside, clause or sentence."""
    text = index.text
    for start in (pos, _noun_end(text, pos, sentence.end)):
        opening = _PAIR_OPEN.match(text, start, sentence.end)
        if opening is None:
            continue
        part = index.thing_at(opening.end())
        of = _OF_WHOLE.match(text, part.end or 0, sentence.end) if part else None
        whole = index.thing_at(of.end()) if of else None
        if part is None or whole is None or not _compatible(index, part, whole):
            continue
        closing = (_CLOSE if "(" in opening.group() else _RESTATED_END).match(text, whole.end or 0)
        if closing is not None:
            return part, whole, whole.end or 0
    return None


def _whole_after(index: _Index, sentence: Block, pos: int, of: str) -> Thing | None:
    """The amount a relative clause after a share's "of" phrase gives its noun: "a third of
    total spending, which grew 8 percent to 587.6 billion pounds"; never a change's ("54%
    of the growth, which reached $162 million" sizes the part by its own change)."""
    if "which" not in index.text[pos : pos + 12]:  # cheap test before the pattern
        return None
    nouns = _NOUN.findall(of.lower())
    if not nouns or nouns[-1] in _CHANGE_NOUN_SET:
        return None
    clause = _WHOLE_AFTER.match(index.text, pos, sentence.end)
    return index.thing_at(clause.end()) if clause else None


def _restated_of(index: _Index, head: _Head, sentence: Block) -> tuple[int, int] | None:
    """The "of" phrase after a share set off by "or" and commas, which it shares with its
    part: "$2 billion, or 5 percent, of the $40 billion package"."""
    text, end = index.text, head.share.end or 0
    if head.part is not None or not _SET_OFF_SHARE.search(
        text, max(sentence.start, head.start - 8), head.start
    ):
        return None
    return index.of_phrase(end + 1, sentence.end) if text.startswith(", of ", end) else None


def _part_of_phrase(index: _Index, part: Thing, start: int) -> str | None:
    """The "of" phrase a part states before its share, naming the share's whole: "$19.3
    billion of [exports], or 40%"."""
    found = _PART_OF.match(index.text, part.end or 0, start)
    return found["of"] if found and found.end() == start else None


def _that_phrase(index: _Index, pos: int, sentence: Block) -> tuple[int, int] | None:
    """The noun a share "of that ..." points back with, set off after it: "52 per cent of
    [that expected cost], Rs 15 lakh crore, ..."."""
    found = _THAT_PHRASE.match(index.text, pos, sentence.end)
    if found is None or any(_PHRASE_STOP.fullmatch(w) for w in found["of"].split()):
        return None  # "half of that went to schools, ..."
    return found.span("of")


def _counts_other_things(index: _Index, part: Thing, whole: Thing) -> bool:
    """Whether two counts count different things by the nouns after them, one people and
    the other not: "47 Provincial Administrative Organisations" is no part of "the 28
    million eligible voters" (but "800 positions" may be of "5,000 jobs")."""
    if not (isinstance(part, Amount) and isinstance(whole, Amount)) or part.unit or whole.unit:
        return False
    kinds = {_counted(index, part), _counted(index, whole)}
    return kinds == {"people", "things"}


def _counted(index: _Index, thing: Thing) -> str | None:
    """What a count counts by the noun right after it, up to an "of" phrase: "people" for
    "28 million eligible voters", "things" for "47 Provincial Administrative Organisations"
    (a plural noun last), else none ("2.9 million voted", "29,573,079[ of Canada's]")."""
    text, end = index.text, thing.end or 0
    noun = text[end : _noun_end(text, end, index.document.sentence_at(end - 1).end)]
    words = _NOUN.findall(re.split(r"\bof\b", noun.lower(), maxsplit=1)[0])
    if not _POPULATION.isdisjoint(words):
        return "people"
    return "things" if words and _PLURAL.fullmatch(words[-1]) else None


def _counts_noun(index: _Index, thing: Thing, noun: str) -> bool:
    """Whether a count's own noun, right after it, is `noun` or shares its stem: "6,006,211
    ballots were cast" for "Of the ballots"."""
    text, end = index.text, thing.end or 0
    words = _NOUN.findall(text[end : _noun_end(text, end, index.document.sentence_at(end - 1).end)])
    return any(w.lower()[:_STEM] == noun[:_STEM] for w in words)


def _as_much(index: _Index, sentence: Block, head: _Head) -> ShareClaim | None:
    """A fraction sizing its part against another amount of its kind: the one after "as"
    ("40 cars, half as many as the 80 sold in 2020"), or with no "as", the only one before
    the part in its sentence ("band D pays £1,571 and band A £1,047, two thirds as much");
    never one compared with what no amount states ("half as many as in 2020")."""
    cue = _AS_MUCH.match(index.text, head.share.end or 0)
    part = (head.part or _part_before(index, sentence, head.start)) if cue else None
    if cue is None or part is None:
        return None
    part_start = index.head_start(part.start or 0)
    if cue["as"]:
        whole = index.thing_at(cue.end())
    else:
        span = (sentence.start, part_start)
        before = [t for t in _kin_in(index, part, span) if _same_kind(index, part, t)]
        whole = before[0] if len(before) == 1 else None
    if whole is None or whole is part or not _same_kind(index, part, whole):
        return None
    start = min(part_start, index.head_start(whole.start or 0))
    return _of_amount(index, head.share, part, whole, (start, max(head.end, whole.end or 0)))


def _of_amount(
    index: _Index, share: Amount, part: Thing, whole: Thing, span: tuple[int, int]
) -> ShareClaim:
    """The share of a part in a whole stated as an amount, the claim spanning `span`."""
    text = index.text
    return ShareClaim(
        text=text[slice(*span)],
        start=span[0],
        end=span[1],
        share=share,
        part=part,
        whole=whole,
        of=text[index.head_start(whole.start or 0) : whole.end],
    )


def _ratio(index: _Index, sentence: Block, head: _Head) -> ShareClaim | None:
    """A percentage a ratio noun names, read as the share of the amounts its paragraph
    names by the ratio's part and whole nouns: "sales of 19.3 billion euros, and operating
    profit of 2.6 billion euros gave an EBIT margin of 13.4%". Each is the one amount so
    named in the nearest sentence naming any, never one set off by a comparison ("to 504
    billion yen from 593 billion yen": the first); none, or several: no reading."""
    text, start = index.text, head.start
    cue = _RATIO_NOUN.search(text, max(sentence.start, start - _RATIO_REACH), start)
    if (
        cue is None
        or _COMPARED.search(text, max(sentence.start, start - 20), start)
        or _RATIO_COMPARED.search(text, max(sentence.start, cue.start() - 40), cue.start())
        or _is_change(index, head.share)  # "the margin fell 2%"
    ):
        return None
    part_nouns, whole_nouns = _RATIOS[_RATIO_NAMES[cue["noun"].lower()]]
    part = _named_in_paragraph(index, sentence, part_nouns)
    measure = _measure(text, cue.start())  # a margin named for one profit is of that one
    if part is not None and measure is not None and measure != _named_measure(index, part):
        return None  # "gross profit ... the operating margin", "profit ... operating margin"
    whole = _named_in_paragraph(index, sentence, whole_nouns)
    if part is None or whole is None or part is whole or not _same_kind(index, part, whole):
        return None
    # the claim spans those of them its sentence states
    spans = [(index.head_start(t.start or 0), t.end or 0) for t in (part, whole)]
    inside = [span for span in spans if sentence.start <= span[0] < sentence.end]
    begin = min([cue.start(), *(span[0] for span in inside)])
    end = max([head.end, *(span[1] for span in inside)])
    return _of_amount(index, head.share, part, whole, (begin, end))


def _named_in_paragraph(index: _Index, sentence: Block, nouns: Sequence[str]) -> Thing | None:
    """The one amount a noun of `nouns` names, in the nearest sentence of the paragraph (its
    own first, then those before) that names any: the last such noun before it in its
    sentence, with no amount of its kind between them ("net sales ... fell 5.5% to
    [1,601,677 million yen]")."""
    spans = [
        (sentence.start, sentence.end),
        *_earlier_sentences(index, (sentence.start, sentence.end)),
    ]
    for span in spans:
        named = [t for t in _things_in(index, span) if _noun_names(index, t, nouns, span[0])]
        if named:
            return named[0] if len(named) == 1 else None
    return None


def _things_in(index: _Index, span: tuple[int, int]) -> list[Thing]:
    """The amounts stated in a span, never one set off by a comparison or stated as a
    change's size."""
    lo = bisect.bisect_left(index.thing_starts, span[0])
    hi = bisect.bisect_left(index.thing_starts, span[1])
    found = []
    for thing in (index.thing(i) for i in range(lo, hi)):
        start = index.head_start(thing.start or 0)
        if (
            (thing.end or 0) <= span[1]
            and _in_digits(thing)
            and not _SET_OFF.search(index.text, max(span[0], start - 20), start)
            and not _a_change(index, thing, _CHANGE_BY)
        ):
            found.append(thing)
    return found


def _measure(text: str, end: int) -> str | None:
    """The measure the word right before `end` names ("[operating] margin"), if any."""
    words = _NOUN.findall(text, max(0, end - 20), end)
    return _RATIO_QUALIFIERS.get(words[-1].lower()) if words else None


def _named_measure(index: _Index, thing: Thing) -> str | None:
    """The measure of the profit noun naming an amount: its own ("EBITDA of $2 billion") or
    the word before it ("[net] income of ...")."""
    start = index.head_start(thing.start or 0)
    sentence = index.document.sentence_at(start)
    before = index.text[sentence.start : start]
    found = [m for m in _NOUN.finditer(before) if m.group().lower() in _RATIO_WORDS]
    if not found:
        return None
    noun = found[-1]
    own = _RATIO_QUALIFIERS.get(noun.group().lower())
    return own or _measure(index.text, sentence.start + noun.start())


def _a_cost_of(before: str, noun: int) -> bool:
    """Whether the noun at `noun` is what a cost is of: "cost of [sales]"."""
    words = [w.lower() for w in _LETTERS.findall(before, max(0, noun - _COST_REACH), noun)]
    return len(words) >= 2 and words[-1] == "of" and words[-2] in _WHOLE_COSTS


def _noun_names(index: _Index, thing: Thing, nouns: Sequence[str], floor: int) -> bool:
    """Whether the last of `nouns` (or of other ratio nouns' words) before an amount in its
    sentence is one of `nouns`, with no amount of its kind between them."""
    start = index.head_start(thing.start or 0)
    before = index.text[floor:start]
    found = [m for m in _NOUN.finditer(before) if m.group().lower() in _RATIO_WORDS]
    if not found or found[-1].group().lower() not in nouns:
        return False
    if _a_cost_of(before, found[-1].start()):
        return False  # "cost of sales of €12,006 million" is no sales
    between = (floor + found[-1].end(), start)
    return not any(_same_kind(index, thing, t) for t in _kin_in(index, thing, between))


def _whole_of_which(index: _Index, sentence: Block, part: Thing) -> Thing | None:
    """The whole a relative clause with its part hangs on: "[155 million tonnes], of which
    China bought 70 million tonnes, or 45%"."""
    head = index.head_start(part.start or 0)
    whole = index.thing_before(head, sentence.start)
    if whole is None or not _same_kind(index, part, whole):
        return None
    clause = _OF_WHICH_CLAUSE.fullmatch(index.text, whole.end or 0, head)
    if clause is None or _sized_before(index, whole):
        return None
    words = _SHARE_VERB_WORDS.sub(" ", f"{clause['before']} | {clause['words']}")
    if _NOT_OF_THE_PART.search(words) or _TO_A_FIGURE.search(words):
        return None
    return whole


def _after_of_which(index: _Index, sentence: Block, part: Thing) -> bool:
    """Whether a part opens a relative clause on an amount of its sentence ("reached $121.9
    billion, of which Europe took $48.4 billion"): its whole is that amount or none, never
    one of another sentence."""
    head = index.head_start(part.start or 0)
    return (
        _OF_WHICH_WORDS.search(index.text, _since_amount_before(index, head, sentence), head)
        is not None
    )


def _since_amount_before(index: _Index, pos: int, sentence: Block) -> int:
    """Where the words before `pos` start: after the amount before it in its sentence."""
    before = index.thing_before(pos, sentence.start)
    return before.end or 0 if before else sentence.start


def _sized_before(index: _Index, thing: Thing) -> bool:
    """Whether a share sizes an amount right before it ("takes 20 percent of it: $760
    billion, of which $608 billion, or 16 percent"): the amount is a part of a larger
    whole, and its own parts' shares may be of either."""
    head = index.head_start(thing.start or 0)
    before = bisect.bisect_right(index.ends, head) - 1
    return before >= 0 and bool(_OWN_SHARE_BEFORE.fullmatch(index.text, index.ends[before], head))


def _names_a_whole(of: str | None) -> bool:
    """Whether a share's "of" phrase ends in a noun that names a whole: "of the total"."""
    words = [w for w in _NOUN.findall(of.lower()) if w not in _DETERMINERS] if of else []
    return bool(words) and words[-1] in _WHOLE_NOUNS


def _whole_before(
    index: _Index, sentence: Block, start: int
) -> tuple[str | None, Thing | None, int] | None:
    """What a share with no "of" phrase is of, and where the text says so.

    "Guangdong's [share of national exports] was 22 percent", "[Of the 31 labs], 20 (60
    percent) ...", "[120 billion yuan], of which 30 percent ...".
    """
    text = index.text
    floor = max(sentence.start, start - 120)
    # both phrases searched below end in a word and a space, and say "of"
    cued = _word_then_space(text, floor, start) and "of" in text[floor:start].lower()
    share_of = _SHARE_OF.search(text, floor, start) if cued else None
    if share_of is not None:
        return share_of["of"], None, share_of.start()
    opener = _OPENER.match(text, sentence.start, sentence.end)
    if opener is not None and (
        opener.end() == start or _OPENER_SUBJECT.fullmatch(text, opener.end(), start)
    ):
        return opener["of"], index.only_thing_in(opener.span("of")), opener.start()
    which = (
        (_OF_WHICH.search(text, floor, start) or _OF_WHICH_SUBJECT.search(text, floor, start))
        if cued
        else None
    )
    if which is None:
        return None
    before = index.thing_before(which.start(), sentence.start)
    if (
        before is not None
        and _BEFORE_OF_WHICH.fullmatch(text, before.end or 0, which.start())
        and _plain_words(text[before.end or 0 : which.start()])
        and not _sized_before(index, before)
    ):
        return None, before, start
    return None, None, start


def _whole_in_context(
    index: _Index,
    sentence: Block,
    part: Thing,
    of: str | None,
    earlier: Sequence[ShareClaim],
    head: _Head,
) -> Thing | None:
    """The whole a share names by a noun, not an amount, stated before its part.

    A share "of the total" or "of the market", or one with a share noun ("a turnout of 66%",
    "a 20% share"), continues the whole of the share before it in its sentence ("1.70 crore
    of them, 22%, followed by Maharashtra with 70.47 lakh (9.26%)"). Otherwise its whole is
    an amount of its part's kind stated before the part, in its sentence or else in the
    sentence before (never one set off by "from", "than" or a bracket): the one whose nearby
    words name what the share is "of" ("net expenditure came to £207.77m ... 41.5% of net
    spending"; a change for "of the growth": "grew by 300,700"), or, for a noun that names a
    whole ("the total", "the market"), the only one there is in the two sentences (one of
    the sentence before only when no earlier sentence of the paragraph states another that
    may head it) ("Recurrent costs take N4.04 trillion, debt service N2.14 trillion (a
    quarter of the total)" after "spending of N8.83 trillion" names neither); for a share a
    noun names, one in its own sentence comes first, but a part listed with it ("more than
    83 crore could vote, but only 55.3 crore did, a turnout of 66.44 per cent"); never a
    target or forecast ("below the 34.5 trillion target"). A share "of the total" after one
    whose named whole is not stated has none ("45% of spending, ... 20% of the total").
    Several equally named: no whole. The arithmetic never chooses: a reading is taken on the
    words alone.
    """
    text = index.text
    words = [w for w in _NOUN.findall(of.lower()) if w not in _DETERMINERS] if of else []
    window = text[max(sentence.start, head.start - 30) : head.start]
    generic = _names_a_whole(of) or (
        of is None
        and (
            _SHARE_NOUN_BEFORE.search(window) is not None
            or _SHARE_NOUN_AFTER.match(text, head.share.end or 0) is not None
            # a fraction with its part set off after it: "and, less than a quarter, $0.5bn"
            or (head.part is part and head.share.unit == "percent" and _in_words(index, head))
        )
    )
    if generic and earlier and earlier[-1].of and earlier[-1].whole is None:
        return None  # "45% of spending, and ... 20% of the total": spending's, not stated
    before = next((s.whole for s in reversed(earlier) if s.whole is not None), None)
    part_start = index.head_start(part.start or 0)
    if (generic or of is None) and before is not None and _same_kind(index, part, before):
        # never past a body sized for the part since: "a 12-member team has 5 women (42%),
        # and a 40-seat bus 30 passengers (75%)"; nor past a comparison, which turns to
        # another period's figures: "a margin of 18.0%, compared with NOK 5,910 million and
        # NOK 957 million (16.2%)"
        since = (earlier[-1].end or 0, part_start)
        if COMPARED_ANYWHERE.search(text, *since):
            return None
        if not any(_sizes(index, t, part) for t in _set_on(index, part, since)):
            return before
    previous = _sentence_before(index, sentence)
    spans = [(sentence.start, index.head_start(part.start or 0)), *([previous] if previous else [])]
    candidates = [_set_on(index, part, span) for span in spans]
    # a noun of its own names a whole even stated with a share of its own: "the other 44,310
    # (12.4%) were foreign nationals. Poles ... 17,010, 38.4% of all the foreigners"
    specific = not _names_a_whole(of)
    # named ones, in its sentence first, then the paragraph; only when none is, by the
    # subject of a change that took it there ("spending rose 5% y-o-y to SAR 322.3 bn")
    named_spans = [*spans, *_earlier_sentences(index, previous if words else None)]
    for subject in (False, True):
        for span in named_spans:
            kin = _set_on(index, part, span, specific)
            if not (words and words[-1] in _CHANGE_NOUN_SET):  # "fell by 595,000": no total
                kin = [t for t in kin if not _a_change(index, t, _CHANGE_BY)]
            named = [t for t in kin if _names(index, t, words, subject)]
            if named and _only_the_total(words) and _heads_beside(index, part, span, named):
                return None  # "exports rose to €131.2bn, while imports totalled €111.4bn"
            if named:
                return named[0] if len(named) == 1 else None
    # only when nothing before could be it: "... 27.1% of the total. By 1996/97 the total
    # had grown to $5.7 billion" names a later total
    following = None if any(candidates) else _following_whole(index, sentence, part, words)
    if following is not None:
        return following
    sized = [t for t in candidates[0] if _sizes(index, t, part)]
    if sized:  # "a 75-seat legislature, ... 51 seats, or 68.00%"
        return sized[0] if len(sized) == 1 else None
    if not generic:
        return None
    # else, for a share a noun names, the only one in its sentence; or the only one in both;
    # never a part listed with it ("wages take €4.1 billion and pensions €2.3 billion"), nor,
    # for a noun that names no change, an amount stated as one ("2,411 people, 162 more than
    # in 2010")
    own = [t for t in candidates[0] if not _LISTED.fullmatch(index.text, t.end or 0, part_start)]
    found = own if of is None and own else [*own, *(t for f in candidates[1:] for t in f)]
    if words and words[-1] in _CHANGE_NOUN_SET:  # "of the growth": a change, none other
        found = [t for t in found if _a_change(index, t)]
    else:  # nor a change's size: "13.08 million were unemployed, down 226,000"
        found = [
            t
            for t in found
            if not (_a_change(index, t, _CHANGE_BY) or _a_change(index, t, _CHANGE_BEFORE))
        ]
    found = [t for t in found if not _aggregate_of_a_member(index, part, t)]  # "$313 average"
    found = [t for t in found if not _the_other_side(index, t, words)]  # "revenue" of spending
    found = [t for t in found if not _EXPECTED_AFTER.match(text, t.end or 0)]  # "target"
    # one in the sentence before is no whole when the paragraph opened with another ("Exports
    # rose to $48 billion. Imports fell to $41 billion. Machinery ..., 40% of the total")
    own_whole = len(found) == 1 and any(t is found[0] for t in own)
    if len(found) == 1 and (own_whole or not _headed_before(index, part, previous)):
        return found[0]
    return _headline_whole(index, sentence, part, words)


def _the_other_side(index: _Index, thing: Thing, words: Sequence[str]) -> bool:
    """Whether the role word nearest before an amount names the other side from the noun
    a share's "of" phrase ends in: "revenue of E£2.62 trillion" is no whole "of total
    spending"."""
    side = ROLES.get(words[-1]) if words else None
    return side is not None and _side_of(index, thing) == -side


def _side_of(index: _Index, thing: Thing) -> int | None:
    """The side of a flow the role word nearest before an amount in its clause names: 1 for
    "revenue of", -1 for "imports totalled"; None when none does."""
    start = index.head_start(thing.start or 0)
    sentence = index.document.sentence_at(start)
    before = _NOUN.findall(index.text, _since_amount_before(index, start, sentence), start)
    named = [ROLES[w.lower()] for w in before if w.lower() in ROLES]
    return named[-1] if named else None


def _only_the_total(words: Sequence[str]) -> bool:
    """Whether a share's "of" phrase names its whole only as the total ("of the total"),
    not by what it counts ("of spending") or a change ("of the gain")."""
    return bool(words) and words[-1] in _TOTAL_ONLY


def _heads_beside(
    index: _Index, part: Thing, span: tuple[int, int], named: Sequence[Thing]
) -> bool:
    """Whether the amount a noun naming a whole ("the total") names is one side of a flow
    and the span states another that may head the part's paragraph: then which is the total
    is unsaid ("exports rose to €131.2 billion, while imports totalled €111.4 billion")."""
    if not any(_side_of(index, t) for t in named):
        return False  # "Foreign trade totalled RMB 7.01 trillion: exports of ...": the total
    return any(
        _may_head(index, part, t) and not any(t is n for n in named)
        for t in _set_on(index, part, span, shared=True)
        if index.head_start(t.start or 0) < index.head_start(part.start or 0)
    )


def _in_words(index: _Index, head: _Head) -> bool:
    """Whether a share is stated as a fraction in words ("less than a quarter"), not in
    digits."""
    start = head.share.start or 0
    return not any(c.isdigit() for c in index.text[start : head.share.end or start])


def _following_whole(
    index: _Index, sentence: Block, part: Thing, words: Sequence[str]
) -> Thing | None:
    """The whole a share names stated in the next sentence of its paragraph, marked there as
    a total and named by the share's "of" phrase: "..., made up 58.2% of the country's
    export turnover. Total exports for the period were put at $33.62 billion". One such
    amount of the part's kind, or none; asked only when no amount before could be it."""
    following = index.document.sentence_after(sentence) if words else None
    if following is None:
        return None
    span = (following.start, following.end)
    found = [
        t
        for t in _set_on(index, part, span)
        if _marked_total(index, t, following) and _names(index, t, words)
    ]
    return found[0] if len(found) == 1 else None


def _marked_total(index: _Index, thing: Thing, sentence: Block) -> bool:
    """Whether the words of an amount's clause before it, or "in all" after it, name it a
    total: "[Total exports for the period were put at ]$33.62 billion"."""
    text = index.text
    start = index.head_start(thing.start or 0)
    before = text[max(sentence.start, start - _TOTAL_REACH) : start]
    marks = list(_CLAUSE_MARK.finditer(before))
    clause = before[marks[-1].end() if marks else 0 :]
    named = any(w in _TOTAL_NAMES for w in _NOUN.findall(clause.lower()))
    return named or _TOTAL_AFTER.match(text, thing.end or 0) is not None


def _qualified(
    index: _Index, sentence: Block, part: Thing, of: str | None, whole: Thing
) -> Thing | None:
    """The whole a share's "of" phrase names when it qualifies its noun: the one chosen if
    its own words say so too, else the one amount of the part's kind in the paragraph
    before the part whose words do ("worth US$7.77 billion; chips ... US$6.63 billion, 85
    percent of total electronics exports" is of the electronics figure, not of all
    exports); else none. An owner ("the region's", "Malaysia's": whose, not which) and a
    word that names all of the noun ("total") qualify nothing."""
    text = _PLAIN_NAME.sub(
        lambda m: _PLAIN_NAMES[" ".join(m.group().split())], of.lower() if of else ""
    )
    text = _OWNER.sub(" ", text)
    words = [w for w in _NOUN.findall(text) if w not in _DETERMINERS]
    qualifiers = {w[:_STEM] for w in words[:-1] if w not in _PLAIN_MODIFIERS}
    if not qualifiers or qualifiers & _context_stems(index, whole):
        return whole
    previous = _sentence_before(index, sentence)
    spans = [(sentence.start, index.head_start(part.start or 0))]
    spans += [*([previous] if previous else []), *_earlier_sentences(index, previous)]
    found = [
        t
        for span in spans
        for t in _set_on(index, part, span, shared=True)
        if t is not whole and qualifiers & _context_stems(index, t)
    ]
    return found[0] if len(found) == 1 else None


def _context_stems(index: _Index, thing: Thing) -> set[str]:
    """The stems of the words of an amount's clause in its sentence, from the amount
    before it, and a few after it up to a clause mark: "Electronics shipments, which make
    up a third of exports, rose to [US$7.77 billion]"."""
    text = index.text
    start, end = index.head_start(thing.start or 0), thing.end or 0
    sentence = index.document.sentence_at(start)
    floor = _since_amount_before(index, start, sentence)
    after = text[end : min(sentence.end, end + _NAMED_AFTER)]
    stop = _CLAUSE_MARK.search(after)
    near = text[floor:start] + " " + after[: stop.start() if stop else None]
    return {w[:_STEM] for w in _NOUN.findall(near.lower()) if w not in _DETERMINERS}


def _headed_before(index: _Index, part: Thing, span: tuple[int, int] | None) -> bool:
    """Whether a sentence of the paragraph before a span states an amount that may head the
    part's paragraph (`_may_head`), or a budget or target that may ("The cabinet approved a
    3.752-trillion-baht budget. ... 24.2% of the total": its whole is unsaid)."""
    return any(
        _may_head(index, part, t, expected=True)
        for earlier in _earlier_sentences(index, span)
        for t in _set_on(index, part, earlier)
    )


def _headline_whole(
    index: _Index, sentence: Block, part: Thing, words: Sequence[str]
) -> Thing | None:
    """The one amount of a part's kind its paragraph states before it, for a share of "the
    total" (or of "the gain": `words`, the share's "of" phrase, must end in one of the
    `[aggregate nouns]`, or be none) in a later sentence: copy states the aggregate
    first, then its parts ("Councils budgeted £2,519 million for schools. [...] Schools
    control £2,123 million, about 84% of the total"). Only those `_may_head` count, in
    the sentences between too, but the parts listed right before the part ("Recurrent
    costs take N4.04 trillion, debt service N2.14 trillion (a quarter of the total)");
    never one set off by a comparison, stated with a share of its own, or listed with
    another ("the north shipped 4,000 bicycles and the south 3,000 scooters"); several:
    none."""
    if words and words[-1] not in _AGGREGATE_NOUNS:
        return None  # "of the population": a group the paragraph counted may be a part of it
    paragraph = index.document.paragraph_at(sentence.start)
    first = index.document.sentence_at(paragraph.start)
    text = index.text
    years = set(_YEAR.findall(text, sentence.start, sentence.end))
    if first.start == sentence.start or years - set(_YEAR.findall(text, first.start, first.end)):
        return None  # "Turnout in 2019 was 1,500, or 65%": another period's
    if _OPENER.match(text, sentence.start, sentence.end):
        return None  # "Of its engineers, 600 (40%) ...": a group of its own
    stated = _set_on(index, part, (first.start, first.end))
    listed = {
        id(t)
        for a, b in itertools.pairwise(stated)
        if _PARTS_JOINED.fullmatch(text, a.end or 0, index.head_start(b.start or 0))
        for t in (a, b)
    }
    found = [t for t in stated if id(t) not in listed and _may_head(index, part, t)]
    between = [
        t
        for t in _set_on(index, part, (first.end, index.head_start(part.start or 0)))
        if _may_head(index, part, t)
    ]
    after = part  # parts listed with it ("Wages take €4.1 billion, pensions €2.3 billion")
    while between and _listed_before(index, between[-1], after):
        after = between.pop()
    return found[0] if len(found) == 1 and not between else None


def _whole_stated_before(index: _Index, sentence: Block, part: Thing) -> Thing | None:
    """The whole of a part a verb gives its share alone ("Health took 8.4 billion euros, or
    40%"): the one amount of its kind in the sentence before ("The ministry spent 21 billion
    euros."), when its own sentence states none before it, no earlier sentence of the
    paragraph states one that may head it, and it names no year of its own; a count must
    count the part's own noun ("1,250 visitors ... 500 visitors"). Never for a part no such
    verb gives ("it was €5.5 billion (10%)", "returned $45 million, or 12%")."""
    text, previous = index.text, _sentence_before(index, sentence)
    head = index.head_start(part.start or 0)
    if previous is None or not _PART_VERB_BEFORE.search(
        text, max(sentence.start, head - _OWN_PART_REACH), head
    ):
        return None
    if _set_on(index, part, (sentence.start, head), shared=True):
        return None
    if set(_YEAR.findall(text, sentence.start, sentence.end)) - set(_YEAR.findall(text, *previous)):
        return None
    kin = _set_on(index, part, previous, shared=True)
    if any(_stated_with_share(index, t) for t in kin):
        return None  # "Lula won 55,545,263 votes, 47.99% ...": parts listed, whole unstated
    found = [t for t in kin if _may_head(index, part, t)]
    if len(found) != 1 or _headed_before(index, part, previous):
        return None
    whole = found[0]
    whole_head = index.head_start(whole.start or 0)
    if _OWN_PART_BEFORE.search(text, max(previous[0], whole_head - _OWN_PART_REACH), whole_head):
        return None  # "Lula led with 55,545,263 votes": one member's, a sibling of the part
    if isinstance(whole, Amount) and not whole.unit:
        end = part.end or 0
        nouns = _NOUN.findall(text[end : _noun_end(text, end, sentence.end)].lower())
        if not nouns or not _counts_noun(index, whole, nouns[-1]):
            return None
    return whole


def _another_share_after(index: _Index, pos: int) -> bool:
    """Whether a second percentage or fraction is set off right after a share: "10 billion
    rand, about 6%[, or 35%] of it" leaves the part's share unsure."""
    link = _OR.match(index.text, pos) or _COMMA.match(index.text, pos)
    return link is not None and index.proportion_at(link.end()) is not None


def _stated_with_share(index: _Index, thing: Thing) -> bool:
    """Whether an amount is stated with a share of its own past its noun: "55,545,263 votes,
    47.99% of ..."."""
    link = _STATED_WITH.match(index.text, thing.end or 0)
    share = index.proportion_at(link.end()) if link else None
    return share is not None and not _is_change(index, share)


def _listed_before(index: _Index, thing: Thing, part: Thing) -> bool:
    """Whether an amount is listed right before a part, each under a label of its own and
    neither naming a whole: "Wages take €4.1 billion[, pensions ]€2.3 billion", never
    "Spending reached €9 billion, pensions €2.3 billion"."""
    gap = (thing.end or 0, index.head_start(part.start or 0))
    return bool(
        _LIST_NEXT.fullmatch(index.text, *gap) or _PARTS_JOINED.fullmatch(index.text, *gap)
    ) and not _named_near(index, thing, _WHOLE_NOUN_LIST, False)


def _earlier_sentences(index: _Index, span: tuple[int, int] | None) -> Iterator[tuple[int, int]]:
    """The sentences of the paragraph before a sentence's span, nearest first, a few at most."""
    for _ in range(_NAMED_SENTENCES):
        found = index.document.sentence_before(Block(*span)) if span else None
        if found is None:
            return
        span = (found.start, found.end)
        yield span


def _same_kind(index: _Index, a: Thing, b: Thing) -> bool:
    """Whether two amounts are of one kind: one currency, or one unit of counting."""
    if isinstance(a, Money) and isinstance(b, Money):
        return a.currency == b.currency
    return type(a) is type(b) and _compatible(index, a, b)


def _may_head(index: _Index, part: Thing, thing: Thing, *, expected: bool = False) -> bool:
    """Whether an amount may be the aggregate a paragraph opens with for a part: never a
    change, a value per unit, a target or forecast ("a 34.5 trillion target"; with
    `expected`, those may), nor one more than a scale word above the part ("R1 000" of
    "R567 billion" is a member's value)."""
    return (
        not _a_change(index, thing)
        and not _per_unit(index, thing)
        and (expected or not _EXPECTED_AFTER.match(index.text, thing.end or 0))
        and part.multiplier * _SCALE_STEP >= thing.multiplier
    )


def _set_on(index: _Index, part: Thing, span: tuple[int, int], shared: bool = False) -> list[Thing]:
    """The amounts of the part's kind in a span, but those set off by a comparison or a
    bracket, those a thousand times smaller than the part ("won £45,000" is no whole of
    "£960 million"), and (unless `shared`) those stated with a share of their own, after
    or before them ("R2.9 billion, or 11%", "the remaining 43%, or SAR 113.8 bn")."""
    text = index.text
    return [
        t
        for t in _kin_in(index, part, span)
        if _same_kind(index, part, t)
        and t.high * _SCALE_STEP >= part.low
        and not per_area(text, t)  # a density is no whole: "2,666.9 persons per square mile"
        and not a_rate(text, t.start or 0, max(span[0], (t.start or 0) - _RATE_REACH))
        and (shared or not (_with_own_share(index, t) or _sized_before(index, t)))
        and not _SET_OFF.search(
            text, max(span[0], index.head_start(t.start or 0) - 20), index.head_start(t.start or 0)
        )
    ]


def _aggregate_of_a_member(index: _Index, part: Thing, whole: Thing) -> bool:
    """Whether a whole is one member's value (an average, a value per unit or period) and
    the part an aggregate of many, counted in a larger scale word: "the average remittance
    shrank ... to $313. Michoacán received $2.209 billion, or almost 10% of the total". A
    part of a paragraph's averages may be of one ("Average weekly spending rose to £572.60
    ... Transport, at £80.80, took 14% of the total")."""
    return (
        part.multiplier > whole.multiplier
        and _per_unit(index, whole)
        and not _per_unit(index, part)
    )


def _per_member_of_aggregate(index: _Index, part: Thing, whole: Thing) -> bool:
    """Whether a part is a figure per member and its whole an aggregate ("65% of the gross
    world product of $20.3 trillion, or $3,870 per person" restates the whole per head)."""
    text = index.text
    return per_member(text, part) and not (per_member(text, whole) or _per_unit(index, whole))


def _per_unit(index: _Index, thing: Thing) -> bool:
    """Whether the text names an amount as an average or a value per unit or period: "the
    average remittance shrank ... to $313", "spent £517.30 a week"."""
    text, start = index.text, index.head_start(thing.start or 0)
    floor = max(index.document.sentence_at(start).start, start - _PER_UNIT_REACH)
    return bool(
        _PER_UNIT_BEFORE.search(text, floor, start) or PER_UNIT_AFTER.match(text, thing.end or 0)
    )


def _with_own_share(index: _Index, thing: Thing) -> bool:
    """Whether an amount is stated with a share of its own, as a part: "R2.9 billion, or
    11%", "928 (67%)", "R17.7 billion of it, about two-thirds"."""
    link = _OWN_SHARE.match(index.text, thing.end or 0)
    share = index.proportion_at(link.end()) if link else None
    return share is not None and not _is_change(index, share)


def _moved(index: _Index, thing: Thing) -> bool:
    """Whether an amount is where a change took something: "fell to $2 billion", "rose by
    4,000", "an increase of 371,100". Its percentage may then be the change's."""
    start = index.head_start(thing.start or 0)
    return _CHANGE_TARGET.search(index.text, max(0, start - 40), start) is not None


def _a_change(index: _Index, thing: Thing, pattern: re.Pattern[str] = _CHANGE_AMOUNT) -> bool:
    """Whether an amount is stated as a change: "grew by 300,700", "162 more than in 2010"
    (`pattern`: the words before it that say so)."""
    start = index.head_start(thing.start or 0)
    return bool(
        pattern.search(index.text, max(0, start - 40), start)
        or _CHANGE_AMOUNT_AFTER.match(index.text, thing.end or 0)
    )


def _names(index: _Index, thing: Thing, words: Sequence[str], subject: bool = False) -> bool:
    """Whether the words of a share's "of" phrase name an amount: a word of theirs is next
    to it, or they name a change ("of the growth") and it is one ("grew by 300,700", "$1.4
    trillion more than a year earlier")."""
    if not words:
        return False
    if words[-1] in _CHANGE_NOUN_SET and _a_change(index, thing):
        return True
    return _named_near(index, thing, words, subject)


def _named_near(index: _Index, thing: Thing, words: Sequence[str], subject: bool) -> bool:
    """Whether a word of `words` is among the words that name an amount, as it or its stem
    (or the last as another word of its measure: `_named_as_measure`): those between it and
    the amounts either side, within its sentence and a few words (with `subject`, past a
    change that took it there to the change's subject)."""
    text = index.text
    start, end = index.head_start(thing.start or 0), thing.end or 0
    end = _past_own_share(index, end)  # "44,310 (12.4%)[ were foreign nationals]"
    low, high = index.between(_past_change_to(index, thing) if subject else start, end)
    before = text[max(low, start - _NAMED_BEFORE) : start]
    after = text[end : min(high, end + _NAMED_AFTER)]
    marks = list(_CLAUSE_MARK.finditer(before))
    # the words after it end at a clause mark or word: "$50 billion [and] exports ..."
    stops = [m.start() for m in (_CLAUSE_MARK.search(after), _CLAUSE_WORD.search(after)) if m]
    opening, following = (
        before[marks[-1].end() if marks else 0 :],
        after[: min(stops, default=None)],
    )
    near = opening + " " + following
    naming = [w for w in _NOUN.findall(near.lower()) if w not in _DETERMINERS]
    stems = {w[:_STEM] for w in naming}
    if not any(w[:_STEM] in stems for w in words) and not _named_as_measure(
        _NOUN.findall(opening.lower()), _NOUN.findall(following.lower()), words
    ):
        return False
    if _narrowed(near, words):
        return False
    # a month the "of" phrase names must be the amount's too: "(38%) of November's goods
    # exports" is no share of "€193bn of goods in the first 11 months"
    sentence = index.document.sentence_at(start)
    said = set(_NOUN.findall(text[sentence.start : sentence.end].lower()))
    return all(w in said for w in words if w in _MONTHS)


def _named_as_measure(before: Sequence[str], after: Sequence[str], words: Sequence[str]) -> bool:
    """Whether another word of the measure a share's "of" phrase ends in names an amount,
    unqualified: opening the words before it ("of outbound shipments" names "Exports
    reached $683.8 billion", "of all visitors" "Tourist arrivals reached 2,816,442"; not
    "capital expenditure" of "total spending", nor "Net profit" of "earnings per share"),
    or first after it ("of all residents" names "2,411 inhabitants")."""
    measure = measures(words[-1:])
    named = [w for w in before if w not in _DETERMINERS]
    opening = list(itertools.takewhile(lambda w: measures([w]) == measure, named))
    return bool(opening) or measures(after[:1]) == measure


def _narrowed(near: str, words: Sequence[str]) -> bool:
    """Whether the words naming an amount narrow the noun a share's "of" phrase ends in to
    a named group the phrase leaves out: "Exports to China amounted to R19,8 billion" is no
    amount "of total exports"; "exports of R180,6 billion" or "exports in May" are."""
    head = words[-1][:_STEM] if words else ""
    said = {w[:_STEM] for w in words}
    narrowed = any(
        found["noun"].lower()[:_STEM] == head
        and found["name"].lower() not in _MONTHS
        and found["name"].lower()[:_STEM] not in said
        for found in _NARROWING.finditer(near)
    )
    # a plural noun's singular before another noun qualifies it: "the top export product"
    single = words[-1][:-1] if words and words[-1].endswith("s") else None
    return narrowed or any(m["noun"].lower() == single for m in _MODIFYING.finditer(near))


def _past_change_to(index: _Index, thing: Thing) -> int:
    """Where the words naming an amount a change took something to may start: before the
    change's percentage, so its subject names it ("[spending rose ]5% y-o-y to SAR 322.3
    bn"); else where the amount starts."""
    start = index.head_start(thing.start or 0)
    found = bisect.bisect_left(index.ends, start) - 1
    if found < 0 or not _CHANGED_TO.fullmatch(index.text, index.ends[found], start):
        return start
    change = index.proportions[found]
    return index.head_start(change.start or 0) if _is_change(index, change) else start


def _past_own_share(index: _Index, end: int) -> int:
    """Where the share bracketed after an amount ending at `end` closes: "44,310[ (12.4%)]";
    `end` when it has none (or says what it is of: "(6.8% of GDP)")."""
    opened = _OPEN.match(index.text, end)
    share = index.proportion_at(opened.end()) if opened else None
    close = _CLOSE.match(index.text, share.end or 0) if share else None
    return close.end() if close and share and not _is_change(index, share) else end


def _in_digits(thing: Thing) -> bool:
    """Whether an amount is written in digits, not words ("two regions")."""
    return in_digits(thing.text)


def _is_day(text: str, figure: Figure) -> bool:
    """Whether a figure is a day of the month: "November 30", "30 September"."""
    if not (figure.value.is_integer() and 1 <= figure.value <= 31 and figure.multiplier == 1):
        return False
    before = text[max(0, figure.start - 12) : figure.start]
    return bool(_DAY_BEFORE.search(before) or _DAY_AFTER.match(text, figure.end))


def _list_whole(index: _Index, sentence: Block, start: int) -> tuple[str, Thing] | None:
    """The whole a sentence states once before listing parts with their shares.

    "[Of the 1,379 towns], 928 (67%) have a branch and 325 (24%) an agent" or "The fire
    reached [31,594 acres] on Saturday: 24,384 acres (77%) is private land, ...": a few
    plain words and words of time or place may follow the whole before the colon ("47,654
    valid votes remained:"), never a clause or a comparison.
    Only a part that comes after the whole, in the same sentence, is read against it.
    """
    text = index.text
    opener = _OPENER.match(text, sentence.start, sentence.end)
    if opener is not None and opener.end() < start:
        whole = index.only_thing_in(opener.span("of"))
        return None if whole is None else (opener["of"], whole)
    colon = text.rfind(":", max(sentence.start, start - _LIST_REACH), start)
    if colon < 0:
        return None
    whole = index.thing_before(colon, sentence.start)
    if whole is None or not _WHOLE_TAIL.fullmatch(text, whole.end or 0, colon):
        return None
    first = bisect.bisect_left(index.starts, sentence.start)
    if first < len(index.starts) and index.starts[first] < (whole.start or 0):
        return None  # "4 percent of the budget, $152 billion: ...": the parts' base is unclear
    return text[index.head_start(whole.start or 0) : colon], whole


def _a_whole(index: _Index, part: Thing) -> bool:
    """Whether an amount is named as a whole others are counted in, no part of the whole
    its sentence opens with: "Of the 27,394 members who voted, ...; turnout [among the]
    52,380 balloted was 52.3%", "640 [of the] 1,800"."""
    head = index.head_start(part.start or 0)
    marker = _COUNTED_IN.search(index.text, max(0, head - _MARKER_REACH), head)
    if marker is None:
        return False
    # "of the" marks a whole only after a part counted of it ("640 of the 1,800"), not
    # after a comparison ("short of the GH¢18.4 billion")
    return not marker.group().lower().startswith("of") or bool(
        _FIGURE_END.search(index.text, max(0, marker.start() - 2), marker.start())
    )


def _pointed_whole(index: _Index, sentence: Block, part: Thing) -> tuple[str, Thing] | None:
    """The whole a sentence's opener points back to, in the sentence before: "The survey
    covered 1,549 firms. Of those companies, 320, or roughly 20%, ...", "Of that, N67.4
    trillion, or 72.1 percent, ...", "Of the total, ...". The one amount of the part's kind
    there that the opener's nouns name, or else the only one (not a density, a compared
    figure or a change; a compared one only when there is no other). An opener that points
    back ("Of those", "Of their ballots 14,272,694 (87.23%)") takes, among several, the
    one no preposition governs: "... members of 47 organisations ...: 16,362,185 people
    voted"."""
    opener = _OPENER.match(index.text, sentence.start, sentence.end) or _BARE_OPENER.match(
        index.text, sentence.start, sentence.end
    )
    if (
        opener is None
        or opener.end() > index.head_start(part.start or 0)
        or index.only_thing_in(opener.span("of")) is not None
    ):
        return None
    words = _NOUN.findall(opener["of"].lower())
    pointing = bool(words) and (words[0] in _POINTERS or words[0] in _GROUP_OWNERS)
    # "Of the ballots, ...": a short definite noun phrase names its whole before
    definite = not pointing and _DEFINITE_OPENER.fullmatch(opener["of"]) is not None
    if not pointing and not definite and not _names_a_whole(opener["of"]):
        return None
    previous = _sentence_before(index, sentence)
    if previous is None:
        return None
    found = [t for t in _set_on(index, part, previous) if not _a_change(index, t, _CHANGE_BY)]
    if not found:  # the only referent, though set off: "compiled from 1,549 businesses"
        found = [
            t
            for t in _kin_in(index, part, previous)
            if _same_kind(index, part, t) and not _a_change(index, t)
        ]
    nouns = [w for w in words if w not in _DETERMINERS]
    relative = pointing and _RELATIVE_OPENER.search(opener["of"]) is not None
    if definite and not _names_a_whole(opener["of"]):
        found = [t for t in found if _counts_noun(index, t, nouns[-1])]
    elif not relative:
        found = [t for t in found if _names(index, t, nouns)] or found
    if pointing and len(found) > 1 and not relative:
        found = [t for t in found if not _governed(index, t)]
    return (opener["of"], found[0]) if len(found) == 1 else None


def _governed(index: _Index, thing: Thing) -> bool:
    """Whether a preposition governs a count: "members of [47] organisations"."""
    start = index.head_start(thing.start or 0)
    return _GOVERNED.search(index.text, max(0, start - 30), start) is not None


def _pronoun_whole(index: _Index, sentence: Block, part: Thing) -> Thing | None:
    """The whole a part "of them" or "of it" points back to: the one amount of the part's
    kind before it in its sentence, or else in the sentence before, in its paragraph, but
    a density and an amount set off by a comparison ("had 20,02,658 inhabitants, 312 persons
    for each square kilometre, against 304 for the state. Females accounted for 10,02,389
    of them"); for a group ("of them"), of several amounts in the sentence before, not a
    change's size nor a bare count a verb takes beside one a plural noun names ("ended the
    quarter with 1,284 stores after opening 47 and closing 12"). "... paid 7.6 crore
    farmers. Uttar Pradesh accounted for 1.70 crore of them, 22%"."""
    found = _set_on(index, part, (sentence.start, index.head_start(part.start or 0)))
    if found:
        return found[0] if len(found) == 1 else None
    previous = _sentence_before(index, sentence)
    found = _set_on(index, part, previous) if previous else []
    if len(found) > 1 and _OF_A_GROUP.match(index.text, part.end or 0):
        # "them" points to a group, never a change's size ("13.08 million were unemployed,
        # down 226,000"), nor a bare count a verb takes beside one a plural noun names
        # ("1,284 stores after opening 47 and closing 12"; but "4,716 flights in March and
        # 3,902 in February"); "that" may point to a change: "grew by 312,600 ... of that"
        found = [
            t
            for t in found
            if not (_a_change(index, t, _CHANGE_BY) or _a_change(index, t, _CHANGE_BEFORE))
            and (_counted(index, t) is not None or not _verb_object(index, t))
        ]
    return found[0] if len(found) == 1 else None


def _verb_object(index: _Index, thing: Thing) -> bool:
    """Whether a verb's participle or past tense takes a count right before it: "opening
    [47]", "hired [30]"."""
    start = index.head_start(thing.start or 0)
    return _VERB_BEFORE.search(index.text, max(0, start - 20), start) is not None


def _kin_in(index: _Index, part: Thing, span: tuple[int, int]) -> list[Thing]:
    """The amounts in a span of the part's kind: money for money, a count for a count."""
    lo = bisect.bisect_left(index.thing_starts, span[0])
    hi = bisect.bisect_left(index.thing_starts, span[1])
    things = (index.thing(i) for i in range(lo, hi))
    return [
        t
        for t in things
        if (t.end or 0) <= span[1]
        and type(t) is type(part)
        and _compatible(index, part, t)
        and _in_digits(t)  # "paid in three instalments", "North Twenty Four Parganas": no wholes
    ]


def _relative(
    index: _Index, sentence: Block, head: _Head
) -> tuple[Thing | None, Thing, int, int] | None:
    """A share in a relative clause on its whole: its part, whole, start and end.

    "2,000 people, 800 of whom (40%) ..." and "$40 billion, 40% of which, or $12 billion,
    ..." or "..., 40% of which goes to health ($12 billion)".
    """
    text = index.text
    before = index.thing_before(head.start, sentence.start)
    if before is None:
        return None
    if _OF_RELATIVE.fullmatch(text, before.end or 0, head.start):  # "800 of whom (40%)"
        part: Thing | None = before
        whole = index.thing_before(index.head_start(before.start or 0), sentence.start)
        end = head.end
    elif _OF_RELATIVE_AFTER.match(text, head.share.end or 0):  # "$40 billion, 40% of which"
        part, whole = None, before
        after = _OF_RELATIVE_AFTER.match(text, head.share.end or 0)
        assert after is not None
        end = after.end()
        named = _OR.match(text, end) or _LABEL_BRACKET.match(text, end, sentence.end)
        found = index.thing_at(named.end()) if named else None
        if found is not None and (found.end or 0) <= sentence.end:
            part, end = found, found.end or end
    else:
        return None
    head_of_part = index.head_start((part or head.share).start or 0)
    if whole is None or not _WHOLE_BEFORE_RELATIVE.fullmatch(
        text, whole.end or 0, head_of_part if part is before else head.start
    ):
        return None
    if part is not None and not (_compatible(index, part, whole) and type(part) is type(whole)):
        return None
    return part, whole, index.head_start(whole.start or 0), end


def _part_in_brackets(index: _Index, pos: int) -> tuple[Thing, int] | None:
    """The part bracketed after a share's "of" phrase, and where the bracket closes: "54%
    of the growth (162,600 people)", "60 per cent of the 5,000 households - 3,100 -",
    "three-fifths of the gain, 244,622 people, came from ...", "40% of exports, at $19.3
    billion."."""
    text = index.text
    opened = _OPEN.match(text, pos) or _DASH.match(text, pos) or _COMMA.match(text, pos)
    part = index.thing_at(opened.end()) if opened else None
    mark = opened.group().strip() if opened else ""
    closing = _WORDS_CLOSE if mark == "(" else _WORDS_COMMA if mark == "," else _DASH
    at = _COMMA_AT.match(text, pos) if part is None else None
    if at is not None:  # "40% of exports[, at ]$19.3 billion."
        part = index.thing_at(at.end())
        end = part.end or 0 if part else 0
        return (part, end) if part and _AT_CLOSE.match(text, end) else None
    closed = closing.match(text, part.end or 0) if part else None
    return (part, closed.start() + len(closed.group().rstrip())) if part and closed else None


def _a_bound_of_a_count(index: _Index, sentence: Block, thing: Thing) -> bool:
    """Whether a hedged figure is the bound a count before it is said to be within, no part:
    "452 were under 35, about one in five" (ages under 35; the part is 452)."""
    if thing.hedge is None:
        return False
    start = index.head_start(thing.start or 0)
    count = index.thing_before(start, sentence.start)
    return count is not None and _LINKED.fullmatch(index.text, count.end or 0, start) is not None


def _part_before(index: _Index, sentence: Block, start: int) -> Thing | None:
    """The amount directly before a share that it is the share of: its subject or apposition."""
    text = index.text
    start = _restating(index, start)
    part = index.thing_before(start, sentence.start)
    while part is not None and _in_a_time_phrase(index, part):
        # "$41.3 billion in the [three] months to June 30, accounting for 25.2%"
        part = index.thing_before(index.head_start(part.start or 0), sentence.start)
    if part is None or _a_bound_of_a_count(index, sentence, part):
        return None
    compared = _compared_from(index, sentence, part)
    gap_start = part.end or 0
    if compared is not None:
        part = compared
    elif _set_against(index, sentence, part):
        return None  # "NPAs of Rs 3,40,142 crore against advances of Rs 98,14,210 crore, a ratio"
    if not _in_digits(part) and not _counted_with_share(index, sentence, part, start):
        return None  # "the two regions hold 12% of ...": a count in words names a subject
    if _TOTAL_AFTER.match(text, part.end or 0) or _part_stated_of(index, sentence, part):
        return None  # "Rs 5 lakh in all", "640 of the 1,800": a whole is no part
    restated = _restated(index, sentence, part)
    if restated is not None:
        part, gap_start = restated
    gap_start = _past_change(index, gap_start, start)
    for _ in range(3):  # "in 2023[ in the year to June][, the highest since 2019]"
        setting = _SETTING_ASIDE.match(text, gap_start, start)
        gap_start = setting.end() if setting else gap_start
    reporting = _REPORTING_ASIDE.match(text, gap_start, start)
    if reporting is not None:  # "23.0 billion riyals in March[, the authority said], ..."
        gap_start = reporting.end()
    pronoun = _OF_PRONOUN.match(text, gap_start)
    if pronoun is not None:  # "150,198 of them cast a ballot, just under 81%"
        gap_start = pronoun.end()
    said = _SAID_BY_THE_PART.match(text, gap_start)
    if said is not None and isinstance(part, Amount) and not part.unit:  # "1,151 said they"
        gap_start = said.end()
    gap = _PART_GAP.fullmatch(text, gap_start, start)
    if gap is None and _opened_by_at(index, sentence, part):
        gap = _AT_PART_GAP.fullmatch(text, gap_start, start)
    if gap is None or _NOT_OF_THE_PART.search(gap["words"]):
        return None
    if _JOINED_VERB.search(text, gap_start, start) and not _subject_level(index, sentence, part):
        return None
    if _another_proportion(text, gap_start, start):
        return None  # "3,210 voted, a growth rate of 4%": another proportion
    # a part in a subordinate clause is the part of a share in that same clause only: "...,
    # while in the 60-member assembly the 28 women make up 47 percent"
    same_clause = not _CLAUSE_START.search(text, gap_start, start)
    if not same_clause and _subordinate(text, sentence, index.head_start(part.start or 0)):
        return None
    return part


def _no_level(index: _Index, thing: Thing) -> bool:
    """Whether an amount is a period's length or a mark passed, not a level stated."""
    start = index.head_start(thing.start or 0)
    return _in_a_time_phrase(index, thing) or bool(
        MARK_PASSED_BEFORE.search(index.text, max(0, start - _MARK_REACH), start)
    )


def _in_a_time_phrase(index: _Index, thing: Thing) -> bool:
    """Whether a count is the length of a time phrase's period: "in the [three] months to",
    "over the past [12] months"."""
    text, start = index.text, index.head_start(thing.start or 0)
    return bool(
        _DURATION_BEFORE.search(text, max(0, start - _DURATION_REACH), start)
        and _DURATION_AFTER.match(text, thing.end or 0)
    )


def _part_in_relative(index: _Index, sentence: Block, start: int, of: str) -> Thing | None:
    """The one amount of a relative clause set off between a subject and the verb stating
    its share, when a word of the clause names the whole the share is "of": "Wind
    turbines[, which added 66 GW of capacity,] supplied 43% of the 153 GW of new capacity" (never
    "Guangdong[, which invested 2 billion yuan,] accounts for 15 percent of China's
    economy": what it invested is no part of the economy)."""
    text = index.text
    part = index.thing_before(start, sentence.start)
    if part is None or not _in_digits(part):
        return None
    if not _RELATIVE_SHUT.fullmatch(text, part.end or 0, start):
        return None
    head = index.head_start(part.start or 0)
    opened = _RELATIVE_OPEN.search(text, max(sentence.start, head - _RELATIVE_REACH), head)
    if opened is None or index.thing_before(head, opened.start()) is not None:
        return None  # no such clause, or another amount in it
    clause = f"{text[opened.start() : head]} {text[part.end or 0 : start]}".lower()
    stems = {w[:_STEM] for w in _NOUN.findall(clause) if w not in _DETERMINERS}
    named = [w for w in _NOUN.findall(of.lower()) if w not in _DETERMINERS]
    return part if any(w[:_STEM] in stems for w in named) else None


def _compared_from(index: _Index, sentence: Block, value: Thing) -> Thing | None:
    """The level an amount is the earlier value of, compared "from" it: "The wage bill grew
    to [£192m] from £166m, 56% of turnover" gives the share of the level, not of the value
    it is compared with."""
    head = index.head_start(value.start or 0)
    level = index.thing_before(head, sentence.start)
    if level is None or not _same_kind(index, level, value):
        return None
    gap = _FROM_GAP.fullmatch(index.text, level.end or 0, head)
    return level if gap and not _NOT_OF_THE_PART.search(gap["words"]) else None


def _set_against(index: _Index, sentence: Block, thing: Thing) -> bool:
    """Whether an amount is the one another is set against ("against", "compared with"
    and a few words naming it): no part of a share stated after it."""
    head = index.head_start(thing.start or 0)
    before = index.text[max(sentence.start, head - _AGAINST_REACH) : head]
    found = list(COMPARED_ANYWHERE.finditer(before))
    return bool(found) and not _CLAUSE_MARK.search(before, found[-1].end())


def _subject_level(index: _Index, sentence: Block, part: Thing) -> bool:
    """Whether an amount is the level its clause's subject rose, fell or came to ("car
    sales rose 12% to 6.3 billion pesos"), the only one of its kind in the sentence before
    it ("wages cost $6 billion and pensions reached $4 billion" states two)."""
    start = index.head_start(part.start or 0)
    floor = max(sentence.start, start - _RATE_REACH)
    level = _past_change_to(index, part) != start or _LEVEL_BEFORE.search(index.text, floor, start)
    return bool(level) and not _kin_in(index, part, (sentence.start, start))


def _opened_by_at(index: _Index, sentence: Block, part: Thing) -> bool:
    """Whether "At" opens the sentence right before an amount: "[At ]$6 billion, defence
    makes up 15% of ..."."""
    head = index.head_start(part.start or 0)
    return _AT_OPENER.fullmatch(index.text, sentence.start, head) is not None


def _sizes(index: _Index, thing: Thing, part: Thing) -> bool:
    """Whether a count sizes, as a compound adjective, a whole whose members the part
    counts: "a 75-seat legislature" for "51 seats", "the 27-member bloc" for "20 members"
    or "12 women"."""
    sized = _SIZE_NOUN.match(index.text, thing.end or 0)
    counted = _NOUN_AFTER.match(index.text, part.end or 0)
    if not (sized and counted and isinstance(thing, Amount) and not thing.unit):
        return False
    size, noun = sized["noun"].lower(), counted.group().strip().lower()
    if size in _DURATIONS:  # "a 30-year bond": no count of years
        return False
    # "the 169-member parliament has 67 women": people are its members
    return noun.startswith(size) or (size in _MEMBER_NOUNS and noun in _POPULATION)


def _restating(index: _Index, start: int) -> int:
    """Where the fraction a percentage restates starts, or the percentage's start: the part
    of "R17.7 billion of it, about two-thirds (67%)" is the 67%'s part too."""
    found = bisect.bisect_left(index.ends, start) - 1
    share = index.proportion_at(start)
    if found < 0 or share is None or share.is_fraction:
        return start
    fraction = index.proportions[found]
    end = fraction.end or 0
    if not fraction.is_fraction or not (
        GAP.fullmatch(index.text, end, start)
        or _DASH_GAP.fullmatch(index.text, end, start)
        or _COMMA_GAP.fullmatch(index.text, end, start)
    ):
        return start
    return index.head_start(fraction.start or 0)


def _counted_with_share(index: _Index, sentence: Block, part: Thing, start: int) -> bool:
    """Whether a count in words is stated with its share, a percentage in digits right
    after its noun: "four seats (1.30%)", "one seat, or 0.32%", "one seat, 0.32% of the
    total" (a bare comma only before a share of a whole: "in seven phases, nearly half")."""
    link = _COUNTED_WITH_SHARE.fullmatch(index.text, part.end or 0, start)
    share = index.proportion_at(start)
    if link is None or share is None or share.is_fraction:
        return False
    if "(" in link.group() or "or" in link.group().lower().split():
        return True
    return _names_a_whole(_phrase_text(index, sentence, share))


def _phrase_text(index: _Index, sentence: Block, share: Amount) -> str | None:
    """The words of a share's "of" phrase, if it has one."""
    phrase = index.of_phrase(share.end or 0, sentence.end)
    return index.text[slice(*phrase)] if phrase else None


def _past_change(index: _Index, pos: int, end: int) -> int:
    """Past the change that may follow an amount before its share: "5.85 trillion yuan[, up
    5.8%], or 56.8% of the total", "£2.1 billion[ (down 3%)], 14% of spending"."""
    found = bisect.bisect_left(index.starts, pos)
    if found >= len(index.starts) or index.ends[found] >= end:
        return pos
    change = index.proportions[found]
    if not _CHANGE_ASIDE.fullmatch(index.text, pos, index.head_start(change.start or 0)):
        return pos
    if not _is_change(index, change):
        return pos
    close = _CHANGE_ASIDE_CLOSE.match(index.text, change.end or 0)
    return close.end() if close else change.end or pos


def _part_stated_of(index: _Index, sentence: Block, thing: Thing) -> Thing | None:
    """The part stated before an amount as counted of it, the amount being its whole: "[640]
    of the 1,800"."""
    head = index.head_start(thing.start or 0)
    before = index.thing_before(head, sentence.start)
    if before is None or not _OF_WHOLE.fullmatch(index.text, before.end or 0, head):
        return None
    return before


def _restated(index: _Index, sentence: Block, thing: Thing) -> tuple[Thing, int] | None:
    """The amount an amount in brackets restates, and where the brackets close: "[7.01
    trillion rupees] ($97.80 billion)" is read as the rupees, whose whole is in rupees."""
    text = index.text
    close = _CLOSE.match(text, thing.end or 0)
    head = index.head_start(thing.start or 0)
    before = index.thing_before(head, sentence.start) if close else None
    if close is None or before is None or not _OPEN.fullmatch(text, before.end or 0, head):
        return None
    return before, close.end()


def _part_in_sentence_before(index: _Index, sentence: Block, start: int) -> Thing | None:
    """The part stated in the sentence before one that points back to it: "The city spent
    8.4 billion euros on transport. That was 40% of its 21 billion euro budget"."""
    text = index.text
    if not _POINTS_BACK.fullmatch(text, sentence.start, start):
        return None
    previous = _sentence_before(index, sentence)
    # one amount it can point back to, or none
    return index.only_thing_in(previous, levels=True) if previous else None


def _pair_in_sentence_before(
    index: _Index, sentence: Block, start: int, end: int
) -> tuple[Thing, Thing] | None:
    """The part and whole a sentence before states together, when this one opens by
    pointing back to them with their share: "3,415 of the 8,760 students went on to
    university. That is a rate of 29.0%" ("The rate of 29.0% was ..."); "Of the 2,318 homes
    sold, 604 went to first-time buyers. That is 26 per cent"; "... 1,000 patients, and 50 of
    them were children. That is 5 per cent"; "104.3 million customers, of whom 94.2 million
    were in Brazil. That is 90.3% of the total"; "At 26 per cent, that share was ..." (the share
    from `start` to `end`). With none or two such pairs there, no reading is clearly best."""
    text = index.text
    fronted = _FRONTED.fullmatch(text, sentence.start, start) and _FRONTED_THEN.match(text, end)
    if not (
        fronted or _POINTS_BACK_TO_A_PAIR.fullmatch(text, sentence.start, start)
    ) or _OTHER_RATE.search(text, sentence.start, start):
        return None
    previous = index.document.sentence_before(sentence)
    if previous is None:
        return None
    pairs = []
    things = _things_in(index, (previous.start, previous.end))
    for part, following in itertools.zip_longest(things, things[1:]):
        if following is not None and _OF_WHOLE.fullmatch(
            text, part.end or 0, index.head_start(following.start or 0)
        ):
            pairs.append((part, following))
        elif (opened := _clause_opener(index, previous, part)) is not None:
            pairs.append((part, opened[1]))
        elif _OF_PRONOUN.match(text, part.end or 0) and (
            pointed := _pronoun_whole(index, previous, part)
        ):
            pairs.append((part, pointed))  # "saw 1,000 patients, and 50 of them were children"
        elif (hung := _whole_of_which(index, previous, part)) is not None:
            pairs.append((part, hung))  # "104.3 million customers, of whom 94.2 million"
    pairs = [(part, whole) for part, whole in pairs if _compatible(index, part, whole)]
    return pairs[0] if len(pairs) == 1 else None


def _opening(index: _Index, sentence: Block, head: _Head) -> tuple[Thing, Thing] | None:
    """The part and whole of a share in a sentence that opens with its whole and points
    back to its part, the one amount of the whole's kind in the sentence before: "Wisconsin
    counted 3,071,434 votes. Against the 3,515,296 people on its rolls, that is a turnout
    of 87%"."""
    opener = _WHOLE_OPENER.fullmatch(index.text, sentence.start, head.start)
    whole = index.only_thing_in(opener.span("whole")) if opener else None
    previous = _sentence_before(index, sentence) if whole else None
    if whole is None or previous is None or not _in_digits(whole):
        return None
    found = [t for t in _kin_in(index, whole, previous) if _same_kind(index, t, whole)]
    return (found[0], whole) if len(found) == 1 else None


def _sentence_before(index: _Index, sentence: Block) -> tuple[int, int] | None:
    """The whole sentence just before this one, in its paragraph, if there is one."""
    previous = index.document.sentence_before(sentence)
    return (previous.start, previous.end) if previous else None


def _part_of_whole(index: _Index, sentence: Block, start: int) -> tuple[Thing, Thing] | None:
    """A part and its whole stated together before a share: "640 of its 1,800 applicants,
    an acceptance rate of 36%", "640 of the 1,800 applicants (36%)", "1,597 of the 15,661
    hopefuls were admitted, putting the admit rate at 10 percent"."""
    text = index.text
    whole = index.thing_before(start, sentence.start)
    if whole is None or not (
        _PART_GAP.fullmatch(text, whole.end or 0, start)
        or (
            start - (whole.end or 0) <= _LEAD_REACH
            and _WHOLE_TO_SHARE.fullmatch(text, whole.end or 0, start)
        )
    ):
        return None
    head = index.head_start(whole.start or 0)
    part = index.thing_before(head, sentence.start)
    if part is None or not _OF_WHOLE.fullmatch(text, part.end or 0, head):
        return None
    if not _compatible(index, part, whole):
        return None
    # "after its 2008 election women held 45 of the 80 seats, 56.3%": a share in the part's
    # own clause, whatever clause that is
    if not _one_clause(text, part.end or 0, start) and _subordinate(
        text, sentence, part.start or 0
    ):
        return None
    if _another_proportion(text, whole.end or 0, start):
        return None  # "at an interest rate of 9%": another proportion
    return part, whole


def _another_proportion(text: str, gap_start: int, start: int) -> bool:
    """Whether the share at `start` is named another proportion than the part's of the
    whole, before it ("a growth rate of 4%", "on a vote share of 44.1%", "on a turnout of
    38%") or right after it ("a 44.1% vote share")."""
    return bool(
        _OTHER_RATE.search(text, gap_start, start)
        or _ON_A_RATE.search(text, gap_start, start)
        or _OTHER_RATE_AFTER.match(text, start)
    )


def _clause_opener(index: _Index, sentence: Block, part: Thing) -> tuple[str, Thing, int] | None:
    """The whole named by the "of" phrase that opens the clause of a part, anywhere in its
    sentence: "South Africa third[: of the 400 seats, ]178, or 44.5%", "..., and in Peru,
    among its 130 deputies, 36 (27.7%) are women". Only the nearest clause start within
    `_OPENER_REACH` characters is read; an opener naming no one amount of the part's kind
    gives none. With the whole, what it names and where that starts."""
    text = index.text
    head = index.head_start(part.start or 0)
    floor = max(sentence.start, head - _OPENER_REACH)
    starts = [floor] if floor == sentence.start else []
    starts += [m.end() for m in _CLAUSE_OPENING.finditer(text, floor, head)]
    for pos in reversed(starts):
        opener = _OPENER.match(text, pos, head)
        if opener is None:
            continue
        if opener.end() != head and not _OPENER_SUBJECT.fullmatch(text, opener.end(), head):
            return None
        whole = index.only_thing_in(opener.span("of"))
        if whole is None or whole is part or not _compatible(index, part, whole):
            return None
        return opener["of"], whole, opener.start()
    return None


def _one_clause(text: str, start: int, end: int) -> bool:
    """Whether a part (ending at `start`) and its share (at `end`) are in one clause: no
    clause mark between them but the one that sets the share off ("45 of the 80 seats[,
    ]56.3%", "43 of 129[, or ]33 percent")."""
    marks = [m.start() for m in _CLAUSE_START.finditer(text, start, end)]
    return len(marks) <= 1 and (not marks or not text[marks[0] + 1 : end].count(" ") > 4)


def _subordinate(text: str, sentence: Block, start: int) -> bool:
    """Whether an amount sits in a subordinate clause or a comparison, not as a subject."""
    window = text[max(sentence.start, start - 160) : start]
    clause = window
    for match in _CLAUSE_START.finditer(window):
        clause = window[match.end() :]
    return bool(_SUBORDINATE.search(clause) or _COMPARED.search(window))


def _compatible(index: _Index, a: Thing, b: Thing) -> bool:
    """Whether two amounts can be part and whole: money, counts, or one physical dimension.

    Money goes with money (its currencies are the judge's business) and with a scaled
    figure whose currency the text leaves implicit ("5 percent of the 16.6 billion").
    """
    if isinstance(a, Money) and isinstance(b, Money):
        return True
    if isinstance(a, Money) or isinstance(b, Money):
        other = b if isinstance(a, Money) else a
        return isinstance(other, Amount) and not other.unit and other.multiplier > 1
    assert isinstance(a, Amount) and isinstance(b, Amount)
    if not a.unit or not b.unit:
        return not a.unit and not b.unit
    return index.dimension.get(a.start) == index.dimension.get(b.start)


def _of_phrase(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """What a share is of: "15 percent of [China's 134.9 trillion yuan economy] in 2024"."""
    match = _OF.match(text, pos, limit)
    if match is None:
        return None
    start = end = cursor = match.end()
    for _ in range(_PHRASE_WORDS):
        word = _PHRASE_WORD.match(text, cursor, limit)
        if word is None:
            break
        token = word.group().rstrip(".")
        # "of the increase": a change noun after a determiner is the phrase's noun
        named_change = token.lower() in _CHANGE_NOUN_SET and text[start:end].lower() in _DETERMINERS
        if (
            token in ("", "-")
            or (_PHRASE_STOP.fullmatch(token) and not named_change)
            or (end > start and token in ("a", "an"))
        ):
            break
        end = word.start() + len(token)
        space = _SPACE.match(text, word.end(), limit)
        if len(token) < len(word.group()) or space is None:
            break
        cursor = space.end()
    if end == start or _MEASURE_OF.match(text, start):
        return None
    return start, end


def _is_change(index: _Index, share: Amount) -> bool:
    text, start = index.text, index.head_start(share.start or 0)
    floor = max(0, start - 40)
    return bool(
        _CHANGE_AFTER.match(text, share.end or 0)
        or (_word_then_space(text, floor, start) and _CHANGE_BEFORE.search(text[floor:start]))
    )


def _word_then_space(text: str, floor: int, end: int) -> bool:
    """Whether text[floor:end] ends in a letter and whitespace, as every cue searched for
    before a figure does (`_SHARE_OF`, `_OF_WHICH`, `_CHANGE_BEFORE`): a cheap test that
    spares those searches, which `re` tries at every character, after a figure or a sign."""
    kept = text[floor:end].rstrip()
    return len(kept) < end - floor and kept[-1:].isalpha()


# --- restatements --------------------------------------------------------------------


def _restatements(
    index: _Index, proportions: Sequence[Amount]
) -> Iterator[FractionRestatementClaim]:
    """A fraction and a percentage side by side that state one proportion twice."""
    text = index.text
    for first, second in itertools.pairwise(proportions):
        if first.is_fraction == second.is_fraction:
            continue
        pos, target = first.end or 0, index.head_start(second.start or 0)
        phrase = _of_phrase(text, pos, target)
        relative = _OF_RELATIVE_AFTER.match(text, pos, target)  # "nearly half of whom (48.6%)"
        if relative is not None:
            pos = relative.end()
        elif phrase is not None:
            pos = phrase[1]
        else:
            pos = _noun_end(text, pos, target)
        pos = _past_when_or_where(text, pos, target)
        end = second.end or 0
        joined = (
            GAP.fullmatch(text, pos, target)
            or _DASH_GAP.fullmatch(text, pos, target)
            # "a fifth of board seats: 18 percent." ends its sentence
            or (_COLON_GAP.fullmatch(text, pos, target) and _SENTENCE_END.match(text, end))
        )
        # "two in five[ voters,]": a fraction in a count may name what it counts
        counted = _IN_EVERY.search(second.text or "") and _COUNTED_CLOSE.match(text, end)
        # "52% of the vote, just over half." (never "fell to 5.2%, roughly half.": half of
        # what it was, it may be)
        closed = phrase is not None and _SENTENCE_END.match(text, end)
        comma = _COMMA_GAP.fullmatch(text, pos, target) and (
            _closes_alike(text, _COMMA_CLOSE.match(text, end), first) or closed or counted
        )
        if not (joined or comma):
            continue
        if _OPEN.match(text, pos):
            close = _CLOSE.match(text, end)
            if close is None:
                continue
            end = close.end()
        elif not (comma or counted or _RESTATED_END.match(text, end)):
            continue
        start = index.head_start(first.start or 0)
        yield FractionRestatementClaim(
            text=text[start:end], start=start, end=end, first=first, second=second
        )


def _closes_alike(text: str, close: re.Match[str] | None, first: Amount) -> bool:
    """Whether the words closing a percentage after a fraction leave both of one time: a
    year after the percentage only when none follows the fraction ("a third of the firms in
    2020, 45% in 2023" states two times)."""
    if close is None:
        return False
    return not close["year"] or not _YEAR.search(text, first.end or 0, close.start())


def _past_when_or_where(text: str, pos: int, limit: int) -> int:
    """Past the phrases of time or place after a noun: "of households[ in Berlin last year]"."""
    for _ in range(_TIME_OR_PLACE):
        tail = _PERIOD_AFTER.match(text, pos, limit) or _WHEN_OR_WHERE.match(text, pos, limit)
        if tail is None:
            break
        pos = tail.end()
    return pos


def _noun_end(text: str, pos: int, limit: int) -> int:
    """Where the noun after `pos` ends: its words up to the first that ends a phrase ("two in
    five [adults] in")."""
    for _ in range(_NOUN_WORDS):
        word = _NOUN_AFTER.match(text, pos, limit)
        if word is None or _PHRASE_STOP.fullmatch(word.group().strip()):
            break
        pos = word.end()
    return pos


# --- breakdowns ----------------------------------------------------------------------


def _breakdowns(index: _Index, sentence: Block, heads: Sequence[_Head]) -> list[BreakdownClaim]:
    """The lists of shares of one whole in a sentence."""
    text = index.text
    by_start = {head.start: head for head in heads}
    opener = _OPENER.match(text, sentence.start, sentence.end)
    splits = _Splits(text, sentence)
    found: list[BreakdownClaim] = []
    after = sentence.start
    for head in heads:
        if head.start < after:
            continue
        # A bracketed list closes a bracket after its first share: look for a split only then.
        split = splits.before(head.start) if _CLOSE.match(text, head.end) else None
        parsed = [
            p
            for p in (
                _places(index, sentence, head, by_start),
                _bracketed(index, head, by_start, split),
                _labelled(index, head, by_start, opener),
            )
            if p is not None
        ]
        if not parsed:
            continue
        after = max(items[-1].end for items, _, _ in parsed)  # no list starts inside another
        split = splits.before(head.start)
        breakdown = next(
            (b for p in parsed if (b := _breakdown(index, sentence, p, opener, split))), None
        )
        if breakdown is not None:
            found.append(breakdown)
    return found


class _Splits:
    """The phrases of a sentence that split a whole ("split between"), found when first needed."""

    def __init__(self, text: str, sentence: Block) -> None:
        self.text = text
        self.sentence = sentence
        self._found: list[re.Match[str]] | None = None
        self.ends: list[int] = []

    def before(self, pos: int) -> re.Match[str] | None:
        """The last one that ends by `pos`, if any."""
        if self._found is None:
            start, end = self.sentence.start, self.sentence.end
            self._found = list(_SPLIT.finditer(self.text, start, end))
            self.ends = [split.end() for split in self._found]
        last = bisect.bisect_right(self.ends, pos) - 1
        return self._found[last] if last >= 0 else None


def _breakdown(
    index: _Index,
    sentence: Block,
    parsed: _Parsed,
    opener: re.Match[str] | None,
    split: re.Match[str] | None,
) -> BreakdownClaim | None:
    """The breakdown a parsed list makes, if the text ties it to one whole.

    `opener` is the sentence's "Of the ..." opener, `split` the last "split between"
    before the list, if any.
    """
    text = index.text
    if _is_change(index, parsed[0][0].head.share):
        return None
    items, phrase, start = parsed
    of: str | None = None
    whole: Thing | None = None
    if opener is not None and opener.end() == start:
        phrase = opener.span("of")
    if phrase is not None:
        of, whole = text[phrase[0] : phrase[1]], index.only_thing_in(phrase)
    elif _OF_WHICH.search(text, max(sentence.start, start - 20), start):
        of, whole, _ = _whole_before(index, sentence, start) or (None, None, start)
    elif split is None:
        return None
    end = items[-1].end
    remaining = any((sep := _SEP.match(text, item.end)) and sep["rest"] for item in items[:-1])
    complete = (split is not None or remaining) and not _OPEN_REST.match(text, end)
    return BreakdownClaim(
        text=text[start:end],
        start=start,
        end=end,
        items=tuple(_item(index, item, whole) for item in items),
        whole=whole,
        of=of,
        complete=complete,
    )


def _item(index: _Index, item: _Item, whole: Thing | None) -> BreakdownItem:
    part = item.head.part
    if part is not None and whole is not None and not _compatible(index, part, whole):
        part = None
    return BreakdownItem(share=item.head.share, part=part, label=item.label)


def _places(
    index: _Index, sentence: Block, first: _Head, by_start: dict[int, _Head]
) -> _Parsed | None:
    """'60 percent are in Guangdong, 35 percent in Hong Kong and 15 in Macao'."""
    text = index.text
    pos = first.end
    phrase = index.of_phrase(pos, sentence.end)
    if phrase is not None:
        pos = phrase[1]
    tail = _TAIL.match(text, pos, sentence.end)
    if tail is None:
        return None
    prep = tail["prep"].lower()
    items = [_Item(first, tail["label"], tail.end())]
    while (sep := _SEP.match(text, items[-1].end, sentence.end)) is not None:
        head = by_start.get(sep.end()) or _bare(index, sep.end())
        tail = _TAIL.match(text, head.end, sentence.end) if head else None
        if head is not None and tail is None:
            tail = _ELSEWHERE.match(text, head.end, sentence.end)
            if tail is not None:
                items.append(_Item(head, tail["label"], tail.end()))
                break
        if head is None or tail is None or tail["prep"].lower() != prep:
            break
        if _TOTAL_AFTER.match(text, head.end):
            break  # "..., 85% in total": a total's cue, not a place
        items.append(_Item(head, tail["label"], tail.end()))
    return (items, phrase, first.start) if len(items) > 1 else None


def _bare(index: _Index, pos: int) -> _Head | None:
    """A bare number in a list of percentages, read as a percentage: "31 in Guangzhou"."""
    figure = index.bare.get(pos)
    if figure is None:
        return None
    return _Head(pos, figure.end, index.amount(figure, "percent"))


def _bracketed(
    index: _Index, first: _Head, by_start: dict[int, _Head], split: re.Match[str] | None
) -> _Parsed | None:
    """'split between equities (60 percent), bonds (30 percent) and cash (10 percent)'."""
    text = index.text
    label = _PAREN_LABEL.fullmatch(text, split.end(), first.start) if split else None
    if label is None:
        return None
    items: list[_Item] = []
    head: _Head | None = first
    name = label["label"]
    while head is not None and (close := _CLOSE.match(text, head.end)) is not None:
        items.append(_Item(head, name, close.end()))
        sep = _SEP.match(text, close.end())
        following = _PAREN_LABEL.match(text, sep.end()) if sep else None
        if following is None:
            break
        name, head = following["label"], by_start.get(following.end())
    return (items, None, label.start()) if len(items) > 1 else None


def _labelled(
    index: _Index, first: _Head, by_start: dict[int, _Head], opener: re.Match[str] | None
) -> _Parsed | None:
    """'Of the 31 labs, Guangdong hosts 60 percent, Hong Kong 35 percent and Macao 15 percent'."""
    text = index.text
    label = _LABEL_FIRST.fullmatch(text, opener.end(), first.start) if opener else None
    if label is None:
        return None
    items = [_Item(first, label["label"], first.end)]
    while (sep := _SEP.match(text, items[-1].end)) is not None:
        following = _LABEL_THEN.match(text, sep.end())
        head = by_start.get(following.end()) if following else None
        if following is None or head is None:
            break
        items.append(_Item(head, following["label"], head.end))
    return (items, None, label.start()) if len(items) > 1 else None


# --- helpers -------------------------------------------------------------------------


def _plain_words(words: str) -> bool:
    """Whether words are part of a noun, not the start of a clause or comparison; a share
    verb's particle is neither ("of which oil cakes made up ...")."""
    return _CLAUSE_WORD.search(_SHARE_VERB_WORDS.sub(" ", words)) is None


def _reach(spans: Sequence[tuple[int, int]]) -> list[int]:
    """How far the (up to) three spans before each index of the sorted spans reach.

    A figure ending at `end` overlaps one of them if the reach at
    `bisect_left(spans, (end, end))` passes its start.
    """
    ends = [-1, -1, -1, *(e for _, e in spans)]  # the reach of no span is -1
    return list(map(max, ends, ends[1:], ends[2:]))
