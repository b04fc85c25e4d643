"""Changes: a figure's rise or fall, and the values it compares.

The forms read (the "to" and "from" parts in either order):

- a verb or adverb and what follows it: "fell 20 percent to 1.8 billion euros in 2023
  from 2.1 billion euros", "rose by 2.4 trillion from 612.5 trillion to 610.1 trillion",
  "cut its deposit rate by 25 basis points to 3.75% from 4%", "up 9 percent";
- a multiple: "tripled to 90 billion from 40 billion", "rose fivefold", "halved";
- a noun: "a 20 percent rise in net profit to 1.8 billion", "an increase of 5 percent";
- after the new value: "3.1 billion pounds, up 9 percent from 2.6 billion",
  "1,800 staff (up from 1,500)", past the parts it is split into: "742 million tonnes,
  705 million tonnes of it from the main crop and 37 million tonnes from the second, up
  from 687 million tonnes", "$5.2 billion ($3.1 billion at home and $2.1 billion
  abroad), down from" (unless the compared value is nearer the last part's size);
- a comparison: "11.3 percent, 7 percentage points above the 4.3 percent pace",
  "₹13,680 crore, 43% more than the ₹9,567 crore", and with no change stated, between
  two values of one currency or unit: "$36.4B, below the $43.0B forecast", "£7.84bn was
  down from £8.95bn", "0.4%, a smaller monthly increase than the 0.5 per cent"; a
  reporting clause may stand between the value and either ("2.31 million vehicles, the
  industry body said, 4.5% fewer than"), and so may "which was" or a concession ("$2,459
  million, though short of the $2,584 million record");
- a comparison sized by a degree word or naming an owner: "77.71 billion reais, a little
  above the 76.3 billion", "$89.4 billion, just short of the central bank's $90 billion";
  after a change's earlier value it compares the new one: "rose to 3,460 million from
  3,330 million, slightly ahead of the 3,430 million forecast";
- a pace after a growth rate: "grew 4.1% in the quarter, picking up from 3.9%", and
  against another change's rate: "rose 0.5 percent, slowing from 2.4 percent growth";
- a participle after a value: "put at $35.0B, falling to $14.0B in 2027-28", "peak at 35.2%
  in 2026-27 before easing to 30.2%", and a revision: "0.4 per cent, (which was) revised up
  from an earlier estimate of 0.3 per cent";
- an earlier value a clause places at an earlier time: "the rate, which had stood at 0.55
  percent, was lowered to 0.11 percent", "shrink to $845 billion, after reaching $1.1
  trillion"; or the next sentence, pointing back with "it": "... more than doubled, to Rs
  61.52 crore. A year earlier it had earned Rs 27.34 crore", "Profit more than doubled. It
  earned X, compared with Y";
- a "from ... to" pair sized after it: "went from $71,040 to $72,330, a gain of 1.8%", or
  only named: "..., a rise";
- a change sized only, whose values a participle in apposition gives, moving "it" or a
  thing the clause names: "cut its rate by 50 basis points, lowering it to 4.25% from
  4.75%";
- a word that states a move but not its way ("taking it to", "a move of", "a shift of"):
  it goes the way of its values, or a noun sizes the change before it ("to 4.25% from
  4.75%, a move of 50 basis points"); alone with its pair it states no change;
- a list headed by a plural noun or a colon, one change per pair: "the biggest falls came
  in Hungary, from 10.0% to 7.6%, and Spain, from 26.1% to 24.0%", "revised down: 2019 to
  4.1% from 4.2%, 2020 to 4.7% from 5.1%"; and conjuncts that leave out the verb of the
  change before them: "Exports rose to $5.2 billion from $4.8 billion and imports to $6.1
  billion from $5.9 billion";
- a level the sentence before states, when a pronoun opening the change's sentence is its
  subject: "Spending stood at £5,930 per pupil. It then grew by 22% to £7,260".
- a multiple in "times" between the value before it and the one after: "$400 billion,
  four times the $100 billion of 2007", "2.83 times as much as";
- values before and after the verb in any order: a pair set against each other before it
  ("Profit, R285.7m against R172.5m, rose by 66%"), a value the sentence opens with ("From
  $2.82bn a year earlier, profit dropped 14.9% to $2.4bn", "At 5.03%, inflation is above
  the 4.9% target");
- a rate's move sized in points from a stated level, its new level the one the rate is
  said to stand "at" before it: "kept the rate at 6.75%, after lowering it by 50 basis
  points from 7.25%".
- past words the part-by-part reading stops at, as candidates: a verb's one "to"/"from"
  pair later in its clause ("lifted its key rate in four steps from 8.5% to 50%", "rose to
  382 people per sq km from 324", "to 57.0% of GDP, or PLN 932bn, against 55.6%"), and an
  adverb's or comparison's one alike value before it in its sentence ("a surplus of $4.5
  billion in May, the third in a row and up from $3.1 billion"); read only when each part
  has one candidate and no word opening another clause stands between.

Between its parts a change may carry only period words ("in 2023", "a year earlier",
"year on year", "for the quarter ended March 31"), commas and brackets, an aside between
commas ("the highest since June 2014", "the bureau said on Tuesday"), fiscal years ("in
2026-27"), a rate's unit ("$0.73 a share"), an adverb of manner, maybe graded ("rose
steadily, from", "quickened more, to", "rose more than expected, to") and once a short
object ("cut its deposit rate by", "cut its growth forecast to": a
change noun before a noun it modifies names no change); an aside restating the new value
as a share ("to $514 billion, or 3 percent of GDP, from") is read past; anything else
ends it. An aside restating a value in other currencies or per share ("18.77bn rupees
($372.9m; £234.5m), down from", "44.56 billion reais, or about US$8.86 billion, beating")
is read past. A noun or adverb in apposition gives the size of the change just read ("to
7.2% from 6.8%, an increase of 0.4%", "..., up 5.8 percent"), or, after a change sized
the other way, its size and values ("3.3% higher, an increase of $0.99 to $31.06"); a
change's two sizes may be joined by "or" or a bracket ("up 3,367 voters (+7.2%) to
50,085"); and a sentence that points back ("That was up 15 percent from ...") takes its
new value from the sentence before.
A bare value stated with one that has a scale, currency or percent sign takes them on
("from 2.6 to 3.1 billion euros"), its scale only when the two, as written, are within ten
times of each other ("from 900 to 1.2 million euros" is no change). A value each member
pays or gets ("a year", "Each household ...") is no new value of a participle sized by a
sum ("Each household will pay Rs 1,500 a year, raising Rs 3,750 crore"): a payment and
what it raises.
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal
from weakref import WeakKeyDictionary

from claimcheck import vocabulary
from claimcheck.document import Block, Document
from claimcheck.extract import polarity
from claimcheck.extract.change_bases import SentenceBases
from claimcheck.extract.figures import (
    BARE_SCALE_LIMIT,
    WORD_VALUES,
    hedge_start,
    looks_like_year,
    read_hedge,
    split_group,
    stated_fields,
    within_scale_spread,
)
from claimcheck.extract.lexicon import (
    DIFFERENCE_COMPARATIVES,
    PER_UNIT_AFTER,
    any_of,
    in_digits,
    measures,
    noun_stem,
    pointing_back,
    rate_base,
)
from claimcheck.extract.mentions import Mentions
from claimcheck.extract.periods import MONTH_NAMES
from claimcheck.extract.scan import Scan, folded, folded_starts
from claimcheck.interval import Interval
from claimcheck.model.claims import Amount, ChangeClaim, Money

Value = Money | Amount
Direction = Literal["up", "down"]
_Kind = Literal["verb", "adverb", "noun", "compare", "multiple"]

_UP: Direction = "up"
_DOWN: Direction = "down"


def directed(*sections: str) -> dict[str, Direction]:
    """Each word of the `[<section> up]` and `[<section> down]` direction sections named,
    lower-cased with single spaces, to its direction."""
    return {
        word: direction
        for direction in (_UP, _DOWN)
        for section in sections
        for word in vocabulary.words("directions", f"{section} {direction}")
    }


_KINDS: tuple[_Kind, ...] = ("verb", "adverb", "noun", "compare", "multiple")
# Each direction word, lower-cased with single spaces, to its direction and kind.
_WORDS: dict[str, tuple[Direction, _Kind]] = {
    word: (direction, kind)
    for kind in _KINDS
    for direction in (_UP, _DOWN)
    for word in vocabulary.words("directions", f"{kind} {direction}")
}
# Comparatives read as adverbs, that may take a noun of their own: "a smaller increase than".
_COMPARATIVES = directed("comparative")
_WORDS |= {word: (direction, "adverb") for word, direction in _COMPARATIVES.items()}
# Finite verbs of comparison, which take the value right before them as their subject.
_COMPARE_VERBS = directed("compare verb")
_WORDS |= {word: (direction, "compare") for word, direction in _COMPARE_VERBS.items()}
# Verbs whose direction the noun before them gives ("unemployment improved"): `polarity`.
_WORDS |= {word: (_UP, "verb") for word in polarity.WORDS - polarity.COMPARATIVES}
_WORDS |= {word: (_UP, "adverb") for word in polarity.COMPARATIVES}  # "better than"
# Words that state a move but not its way ("a move of 50 basis points"): see `_way_of`.
_NEUTRAL = frozenset(vocabulary.words("directions", "neutral verb"))
_WORDS |= {word: (_UP, "verb") for word in _NEUTRAL}
# The word after a number that makes it a multiple of a value compared with it: "times".
_TIMES = frozenset(vocabulary.words("directions", "multiple times"))
_WORDS |= {word: (_UP, "multiple") for word in _TIMES}
# Comparatives that, sized in the values' own unit, state a gap rather than a change.
_GAP_WORDS = (
    (frozenset(vocabulary.words("directions", "adverb up", "adverb down")) - {"up", "down"})
    | frozenset(DIFFERENCE_COMPARATIVES)
    | frozenset(vocabulary.words("directions", "compare verb up", "compare verb down"))
)
_MAX_COMPARED_NOUN = 24  # characters between a comparative and its noun: "smaller monthly"
# Verbs that are also nouns: "a 20 percent rise", "an increase of 5 percent".
_NOUN_TOO = frozenset(vocabulary.words("directions", "also nouns"))
# The factor each multiple word states.
_MULTIPLE = {
    word: float(factor)
    for direction in (_UP, _DOWN)
    for word, factor in vocabulary.values("directions", f"multiple {direction}").items()
}
# What the forms of each multiple begin with ("doubl", "halv"): a text with none states none.
_MULTIPLE_STEMS = sorted(
    {
        next(
            (
                entry.spellings[0][:k]
                for k in range(len(entry.spellings[0]), 0, -1)
                if all(s.startswith(entry.spellings[0][:k]) for s in entry.spellings)
            ),
        )
        for direction in (_UP, _DOWN)
        for entry in vocabulary.section("directions", f"multiple {direction}")
    }
)
# How far each kind of multiple may be from its factor, as fractions of it.
_MULTIPLE_BANDS = {
    kind: (float(low), float(high))
    for kind, (low, high) in (
        (kind, band.split()) for kind, band in vocabulary.values("hedges", "multiple bands").items()
    )
}
# The one-word direction words as a trie, which `re` matches far faster than a list of
# them, then the phrases ("edged up"). No one-word direction word begins a phrase, so at
# most one of them matches at a position.
_ANCHOR = re.compile(
    r"(?<![\w-])(?:"
    + any_of(word for word in _WORDS if " " not in word)
    + "|"
    + "|".join(
        phrase.replace(" ", r"\s+")
        for phrase in sorted((word for word in _WORDS if " " in word), key=len, reverse=True)
    )
    + r")(?![\w-])",
    re.IGNORECASE,
)
_ANCHORS = Scan(_ANCHOR, any_of(word.split()[0] for word in _WORDS))
# The first words of the phrases ("edged", "went"), as the end of a sentence may have them.
_PHRASE_STARTS = sorted({word.split()[0] for word in _WORDS if " " in word})
_PHRASE_START_AT_END = re.compile(rf"(?:{'|'.join(_PHRASE_STARTS)})\Z", re.IGNORECASE)
_LONGEST_PHRASE_START = max(map(len, _PHRASE_STARTS))
# Number words a multiple may be written in ("threefold", "a hundredfold").
_NUMBER_WORDS = {word: value for word, value in WORD_VALUES.items() if value >= 2} | {
    "hundred": 100
}
_FOLD = rf"(?P<n>\d+(?:\.\d+)?|{'|'.join(_NUMBER_WORDS)})[-\s]?fold\b"
_FOLD_HEDGE = vocabulary.pattern(vocabulary.words("directions", "multiple hedges"))
_FOLD_AFTER = re.compile(rf"\s+(?:by\s+)?(?:{_FOLD_HEDGE}\s+)?{_FOLD}", re.I)
_FOLD_BEFORE = re.compile(rf"(?<![\w-]){_FOLD}[\s-]+\Z", re.I)
_FOLD_GLUED = re.compile(r"-?fold\b", re.I)
_FOLD_WORD = re.compile("fold", re.I)
_TIMES_COMPARED = rf"\s+(?:{vocabulary.pattern(vocabulary.words('directions', 'times compared'))})"
_TIMES_AFTER = re.compile(_TIMES_COMPARED, re.I)  # "four times [the] $100 billion"
_TIMES_FACTOR = re.compile(  # a number that is a multiple: "[four] times the"
    rf"\s+(?:{vocabulary.pattern(_TIMES)}){_TIMES_COMPARED}", re.I
)
_TIMES_BEFORE = re.compile(
    rf"(?<![\w.,-])(?P<n>\d+(?:\.\d+)?|{'|'.join(_NUMBER_WORDS)})\s+\Z", re.IGNORECASE
)

# A day of a month ("May 5"), a rank ("No. 3", "number 5") or the end of a fiscal year
# ("2026-27", "2001/02"), which no change relates.
_DATE_BEFORE = re.compile(
    rf"\b(?:(?:{'|'.join(MONTH_NAMES)})\.?|No\.?|#"
    rf"|{vocabulary.pattern(vocabulary.words('cues', 'ranks'))})\s*\Z"
    r"|\b(?:19|20)\d\d[-–/]\Z",
    re.IGNORECASE,
)
# The characters a match of `_DATE_BEFORE` ends with, spaces aside: searched only then.
_DATE_BEFORE_ENDS = frozenset(
    ".#-–/"
    + "".join(word[-1].lower() for word in (*MONTH_NAMES, "No", *vocabulary.words("cues", "ranks")))
)
# A day before its month, capitalised ("30 September"; "30 may fall" is no date), which no
# change relates either.
_DAY_OF_MONTH = re.compile(rf"\s+(?:{'|'.join(name.capitalize() for name in MONTH_NAMES)})\b")
_DURATION = re.compile(rf"\s+{vocabulary.pattern(vocabulary.words('cues', 'durations'))}", re.I)
_TIME_UNIT = re.compile(
    rf"[\s-]+{vocabulary.pattern(vocabulary.words('cues', 'time units'))}\b", re.I
)
# Words of speed, said of a time taken, and the units of a time taken.
_SPEED_WORDS = frozenset(vocabulary.words("directions", "speed"))
_TIME_TAKEN_UNITS = frozenset(
    unit.rstrip("s") for unit in vocabulary.words("cues", "time units") if unit.endswith("s")
)
# A time written in two units ("32 minutes 44 seconds", "3 hours and 5 minutes"): the
# figure after the first unit, and the first unit before the second figure.
_TIME_UNIT_NEXT = re.compile(r"\s+(?:and\s+)?\d")
_TIME_UNIT_BEFORE = re.compile(
    rf"\d\s+{vocabulary.pattern(vocabulary.words('cues', 'time units'))}\s+(?:and\s+)?\Z",
    re.IGNORECASE,
)
# A span of time glued to a number that names a record's reach: "a [three-month] low of".
_SPAN_WORD = re.compile(
    rf"(?:\d+|{any_of(WORD_VALUES)})-{vocabulary.pattern(vocabulary.words('cues', 'time units'))}",
    re.I,
)
_COMPOUND_AFTER = re.compile(r"[ ]+[^\W\d_]")  # a word after a glued span: "-month [low]"
_GLUED_UNIT = re.compile(r"\d-[^\W\d_]")  # a unit glued by a hyphen: "12-inch", "5-litre"
_COUNT_BEFORE = re.compile(  # "12.0 million [12-inch]"
    rf"\d(?:\s+{vocabulary.pattern(vocabulary.words('scales', 'scales'))})?\s+\Z", re.IGNORECASE
)
# The words after which a value is the one compared with: "2.4 points under the 13.4%".
_COMPARED_WITH_WORDS = vocabulary.words("directions", "compare up", "compare down", "compared with")
_COMPARED_WITH = re.compile(
    rf"(?<![\w-]){vocabulary.pattern(_COMPARED_WITH_WORDS)}\s+(?:the\s+)?\Z", re.I
)
_AGO = re.compile(r"\s+(?:later|earlier|ago)\b", re.I)
_DURATION_BEFORE = re.compile(
    r"\b(?:the|in|over|within|first|last|past|next|previous|prior)\s+\Z", re.I
)

# A value followed by "per dollar", "to the euro", "against the yen" is an exchange rate.
_PER_CURRENCY = re.compile(
    r"\s+(?:per|to\s+(?:the|one|a)|against\s+the|versus\s+the|a|an)\s+(?:U\.?S\.?\s+)?", re.I
)

TOKEN = re.compile(r"[^\W_]+(?:['’./-][^\W_]+)*['’]?|[^\w\s]")

# Words a change may carry between its parts: periods and comparisons with a period.
_FILLER = (
    frozenset(vocabulary.words("cues", "change fillers"))
    | frozenset(MONTH_NAMES)
    | frozenset(vocabulary.words("clauses", "days"))
    | frozenset(_NUMBER_WORDS)
    | {"one", "eleven", "twelve"}
)
_PUNCTUATION = frozenset(",()—–-.")
# Words that may stand between a keyword and its value: "to a record", "from last year's".
_BEFORE_VALUE = frozenset(vocabulary.words("cues", "change value openers"))
# A sentence that points back to the figure before it: "That was up 15 percent from ...".
_POINTS_BACK = pointing_back(
    rf"\s+{vocabulary.pattern(vocabulary.words('clauses', 'pointing back to a change'))}\s+"
)
# ... or is the subject of its move: "That figure increased from 5.3 million".
_POINTING_SUBJECT = pointing_back(r"\s+")
# ... or compares it with its earlier value: "That compares with $598,000 last year, a jump".
_POINTS_BACK_COMPARED = pointing_back(
    rf"\s+(?:{vocabulary.pattern(vocabulary.words('cues', 'earlier state comparing'))})\s+"
)
# A comparison's object that points back to the sentence before: "3% below that".
_POINTED_BACK = re.compile(
    rf"\s+(?:than\s+)?(?:{any_of(vocabulary.words('clauses', 'pointing back'))})"
    r"(?=\s*[,;.:)]|\s*\Z)",
    re.IGNORECASE,
)
# "the average" (maybe named: "the UK average") closing a comparison, and that word a few
# words before a figure, naming it: "The UK average was £12,958", "the average of £8,913".
_AVERAGE_NAMED = re.compile(
    r"\s+(?:than\s+)?the\s+(?:[\w-]+\s+)?average(?=\s*[,;.:)]|\s*\Z)", re.IGNORECASE
)
_AVERAGE_BEFORE = re.compile(r"\baverage\b[^\d.;]*\Z", re.IGNORECASE)
_AVERAGE_REACH = 24  # characters before a figure that may name it an average
_BY_AFTER = re.compile(r"\s+by\s+", re.IGNORECASE)  # "exceeded the target of X[ by ]Y"
_DIGITS = re.compile(r"(?<![\w.,])\d[\d,.]*(?<![.,])")  # a figure in digits
_SEASONS = frozenset(vocabulary.words("directions", "season words"))
_SEASON_OPENERS = frozenset(vocabulary.words("directions", "season openers"))
_COLLECTING = frozenset(vocabulary.words("directions", "collecting"))
_YEAR_AFTER = re.compile(r"[ \t]+(?:19|20)\d\d\b")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")  # a capitalised word: "Greater [Ch]ina"
_POSSESSIVE_YEAR = re.compile(r"(?:19|20)\d\d['’]s")
_POSSESSIVE = re.compile(r"\w(?:['’]s|s['’])\Z")  # "from October's 2.4%", "than the Tories' $35m"
_MAX_OWNER_WORDS = 2  # words naming an owner before its possessive: "the central bank's"
# Words that place a value at an earlier time: "having hit a high of", "after reaching";
# and, before the change only, "which had stood at".
EARLIER_STATE, _EARLIER_STATE_BEFORE = (
    [tuple(phrase.split()) for phrase in vocabulary.words("cues", name)]
    for name in ("earlier state", "earlier state before")
)
# ... and a move to it: "after easing to" (each "-ing" form of a direction verb for "*").
EARLIER_STATE += [
    tuple(moving if word == "*" else word for word in phrase.split())
    for phrase in vocabulary.words("cues", "earlier move")
    for moving in vocabulary.words("directions", "verb up", "verb down")
    if moving.endswith("ing") and " " not in moving
]
# ... and words that do so only when period words alone follow the value: "after 2.4% in May".
EARLIER_STATE_AFTER = [
    tuple(phrase.split()) for phrase in vocabulary.words("cues", "earlier state after")
]
_COMPARED_PERIOD = [tuple(phrase.split()) for phrase in vocabulary.words("cues", "compared period")]
_PERIOD_VERBS = [
    tuple(phrase.split()) for phrase in vocabulary.words("cues", "compared period verbs")
]
PERIOD_RELATIVE = frozenset(vocabulary.words("cues", "compared period relative"))
_MAX_COMPARED_PERIOD = 90  # characters from a change to the value a "when" clause gives
_EARLIER_REACH = 400  # characters around a change its earlier state is looked for in
_STATE_RELATIVES = frozenset(vocabulary.words("cues", "earlier state relatives"))
STATE_PRONOUNS = frozenset(vocabulary.words("cues", "earlier state pronouns"))
_MONTHS = frozenset(month.lower() for month in calendar.month_name[1:])
_BALANCE_NOUNS = frozenset(vocabulary.words("cues", "difference"))
_STATE_VERBS, _STATE_COMPARING = (
    [tuple(phrase.split()) for phrase in vocabulary.words("cues", name)]
    for name in ("earlier state verbs", "earlier state comparing")
)
_EARLIER_STATE_DATED = [
    tuple(phrase.split()) for phrase in vocabulary.words("cues", "earlier state dated")
]
# A level its own clause states before the change, and the words that may lead from it to
# the change's verb: "stood at 4.1% in May [and later] rose to 4.3%".
_LEVEL_BEFORE_MOVE = [
    tuple(phrase.split()) for phrase in vocabulary.words("cues", "level before move")
]
_LEVEL_THEN_MOVE = frozenset(vocabulary.words("cues", "level then move"))
_DATING_WORDS = frozenset(vocabulary.words("cues", "time units")) | _MONTHS
_CLAUSE_END = frozenset(",;:.()")
_EXPECTATIONS = tuple(vocabulary.words("cues", "expectations"))
_EXPECTATION_REACH = 80  # characters after a compared value that may name it expected
_DETERMINERS = frozenset(vocabulary.words("clauses", "determiners"))
# Nouns that point back to a figure without naming what it counts: "The July [reading]",
# "2,816,442 visitors, a [figure] 27.2% higher than".
_POINTING_NOUNS = frozenset(vocabulary.words("cues", "earlier state subjects"))
_NOT_SUBJECTS = _DETERMINERS | STATE_PRONOUNS | _POINTING_NOUNS
# A figure paired with another by "on": "$140 million [on sales of] $3.1 billion".
_ON = re.compile(r"\s+on(?:\s+[^\W\d_][\w'’-]*){0,2}?(?:\s+of)?\s+", re.IGNORECASE)
_ON_AFTER = re.compile(r"\s+on(?:\s+[^\W\d_][\w'’-]*){0,2}?(?:\s+of)?\s+[$€£¥]?\d")
# Between a part and its whole: "212 [of the] 350 seats", "4,000 [jobs out of its] 9,500".
_OF_A_WHOLE = re.compile(
    r"(?:\s+[^\W\d_][\w'’-]*)?\s+(?:out\s+)?of"
    rf"(?:\s+(?:{any_of(vocabulary.words('clauses', 'determiners'))}))?\s+",
    re.IGNORECASE,
)
_OBJECT_REACH = 24  # characters from a participle that hold the word after it
_STEM = 5  # letters a subject shares with the word naming its value: "exports", "exported"
_NAMING_WORDS = 6  # words before a value that may name it
_MAX_SUBJECT_WORDS = 3
# A move's subject pointing back to the sentence before, after a later time: "[its] share",
# "[the total]", and the words between it and the verb ("had", "then").
_OWNERS = frozenset(vocabulary.words("clauses", "pointing back owners"))
_POINTING_BACK_NOUNS = frozenset(vocabulary.words("clauses", "pointing back nouns"))
_MOVE_AUXILIARIES = frozenset(vocabulary.words("cues", "move auxiliaries"))
_LATER = frozenset(vocabulary.words("cues", "later time"))
_MAX_LATER = 3  # words of a later time counted from the sentence before: "two years later"
_NAMED_AFTER_REACH = 24  # characters after a value that may name it: "4 015 186 households"
_MAX_EARLIER_CUE = 60  # characters before a value that may hold its cue and openers
_SUBJECT_REACH = 160  # characters before a change's end that may name what changed
# Words that date a sentence at a change's earlier time: "a year earlier", "the prior year".
_EARLIER_PERIOD = frozenset(vocabulary.words("cues", "earlier period"))
_EARLIER_BEFORE_LAST_YEAR = frozenset(vocabulary.words("cues", "earlier period before last year"))
_NOUN_REACH = 20  # characters after a value read for the noun it counts
# Words that make a period after them a comparison's base: "from a year earlier".
_BASE_WORDS = frozenset(
    (
        *(w for w in vocabulary.words("clauses", "compared periods") if " " not in w),
        *vocabulary.words("clauses", "compared periods after a change"),
        "from",
        "since",
        "with",
    )
)
_DATE_AFTER = 4  # words after a value that may date it: "$2,485 billion in 2023"
_LAST_YEAR_REACH = 4  # words before "last year" that may name the period it dates
# Words that never name what changed: time ("year", "months", "earlier"), prepositions and
# reporting verbs ("said").
_NOT_NAMING = frozenset(
    (
        *vocabulary.words("cues", "time units", "part prepositions"),
        *vocabulary.words("clauses", "period openers", "reporting"),
        *_EARLIER_PERIOD,
        "ago",
    )
)
# Words after a sized change that name its base as another period than a level's before
# it: "was 3% in May and rose 0.5 points to 3.2% in June [on a year earlier]".
_OTHER_BASES = _EARLIER_PERIOD | {w for w in vocabulary.words("cues", "per year") if " " not in w}
_RATE_LEVEL = frozenset(vocabulary.words("cues", "rate level"))
_POINTER_IT = frozenset(("it", "its"))  # a move pointing back to the rate named before
# Pointers to the figure before that are never determiners: "it had earned".
_POINTER = frozenset(vocabulary.words("clauses", "pointing back")) - frozenset(
    vocabulary.words("clauses", "determiners")
)
# Words between a change and an earlier value that put the value in a clause of its own.
_CONTRASTS = frozenset((*vocabulary.words("clauses", "contrasts"), "but"))
_AGAINST = frozenset((*vocabulary.words("clauses", "contrasts"), "but", "since", "when"))
# Words that size a comparison before its word, as token tuples: "a little", "just".
_DEGREE = sorted(
    (tuple(phrase.split()) for phrase in vocabulary.words("directions", "degree")),
    key=len,
    reverse=True,
)
_DEGREE_BEFORE = re.compile(
    rf"(?<![\w-]){vocabulary.pattern(vocabulary.words('directions', 'degree'))}\s+\Z", re.I
)
# The keywords that introduce a part, longest first within each entry.
_KEYWORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("compared", "with"), "from"),
    (("compared", "to"), "from"),
    (("to", "reach"), "to"),
    (("to", "hit"), "to"),
    (("to", "stand", "at"), "to"),
    (("to", "end", "at"), "to"),
    (("to", "close", "at"), "to"),
    (("standing", "at"), "to"),
    (("ending", "at"), "to"),
    (("closing", "at"), "to"),
    (("to",), "to"),
    (("reaching",), "to"),
    (("hitting",), "to"),
    (("at",), "to"),
    (("from",), "from"),
    (("versus",), "from"),
    (("vs",), "from"),
    (("against",), "from"),
    (("than",), "from"),
    (("on",), "from"),
    (("over",), "from"),
    (("by",), "by"),
    (("of",), "by"),
    (("or",), "by"),
)
# The keywords that set a value against the one before it: "$51.84, against $33.35".
_COMPARED_KEYWORDS = frozenset(
    phrase
    for phrase, part in _KEYWORDS
    if part == "from" and phrase[0] not in ("than", "on", "from")
)
# The keywords by their first word, each list in the order above.
_KEYWORDS_BY_FIRST = {
    first: [keyword for keyword in _KEYWORDS if keyword[0][0] == first]
    for first in dict.fromkeys(phrase[0] for phrase, _ in _KEYWORDS)
}
# Words that end a short object ("cut its deposit rate by"): a new clause begins.
_STOP = frozenset(
    (*vocabulary.clause_words(), *vocabulary.words("clauses", "reporting"), "than", "with")
)
# The words between a value and the old one it replaces: "R1 800 [rather than] R1 715".
_INSTEAD_OF = frozenset(tuple(link.split()) for link in vocabulary.words("cues", "instead of"))
# Words that are never a unit or noun after a value.
_NOT_UNIT = (
    _FILLER
    | _STOP
    | frozenset(phrase[0] for phrase, _ in _KEYWORDS)
    | frozenset(link[0] for link in _INSTEAD_OF)
)
_ASIDE_START = frozenset(("the", "a", "an", "its", "their"))
_MEMBER_OPENERS = frozenset(vocabulary.words("cues", "member openers"))
_MAX_ASIDE = 9  # tokens in an aside, its commas included (a name as one)
_NAME_JOINS = frozenset(vocabulary.words("clauses", "name joins"))
_RELATIVE_OPENERS = frozenset(vocabulary.words("clauses", "relative openers"))
_ASIDE_OPENERS = _RELATIVE_OPENERS | frozenset(vocabulary.words("clauses", "counting asides"))
_REPORTING = frozenset(vocabulary.words("clauses", "reporting"))
_ASIDE_STOP = _STOP - {"since", *_REPORTING}
_ASIDE_KEYWORDS = set(_KEYWORDS_BY_FIRST) - {"on", "at"}  # "the bureau said on Tuesday"
_COORDINATORS = frozenset(vocabulary.words("clauses", "coordinators"))
_CONCESSIVES = frozenset(vocabulary.words("clauses", "concessives"))
_POINTING_PRONOUNS = frozenset(vocabulary.words("clauses", "pointing pronouns"))
_POINTING_VERBS = frozenset(vocabulary.words("clauses", "pointing verbs"))
_BREAKDOWN_WORDS = vocabulary.words("cues", "breakdown", "breakdown open")
_BREAKDOWN = re.compile(rf"(?<![\w-])(?:{any_of(_BREAKDOWN_WORDS)})(?![\w-])", re.IGNORECASE)
_LOOSE_LIST = re.compile(
    rf",\s+(?:{any_of(vocabulary.words('cues', 'breakdown loose'))})\s", re.IGNORECASE
)
# Between a whole and the first of the parts that split it: "742 million tonnes[, including]
# 705 million", "4.1 million visitors [in 2025, made up of]"; with no cue word there, the
# part points back to it: "..., 705 million tonnes [of it]".
_SPLIT_CUE = re.compile(
    rf"(?:\s+[^\W_][\w-]*){{0,3}},\s+(?:(?P<word>{any_of(_BREAKDOWN_WORDS)})\s+)?",
    re.IGNORECASE,
)
# Between a whole and the bracket holding its parts: "12.4 million barrels a day [(]9.8".
_BRACKET_SPLIT = re.compile(r"(?:\s+[^\W_][\w-]*){0,3}\s*\(\s*")
# After a part: "of that", "of the total", pointing back to its total.
# A relative clause set off after a subject: ", which", ", in which".
_RELATIVE_OPENING = re.compile(
    r",\s*(?:[^\W\d_]+\s+)?"
    rf"(?:{vocabulary.pattern(vocabulary.words('clauses', 'relative openers'))})",
    re.IGNORECASE,
)
_RELATIVE_REACH = 120
OF_BACK_REFERENCE = re.compile(
    rf"\s+of\s+(?:{any_of(vocabulary.words('cues', 'breakdown back'))})\b", re.IGNORECASE
)
_MAX_PARTS = 6  # parts of a breakdown looked back over for its whole
_LIST_BREAKS = frozenset(";:—–")  # between two parts, marks that end their list
_MAX_OBJECT = 4
_MAX_LABEL_WORDS = 3  # words naming a compared value: "than the [national average] of"
_MAX_UNIT_WORDS = 3
_MANNER = re.compile(r"[a-z]{3,}ly")  # an adverb of manner after a verb: "steadily"
# Words that qualify a verb's move like an adverb of manner, as token tuples: "as well".
_MANNER_PHRASES = [tuple(phrase.split()) for phrase in vocabulary.words("directions", "manner")]
_MANNER_AT_END = re.compile(
    rf"(?<![\w-]){vocabulary.pattern(vocabulary.words('directions', 'manner'))}\Z", re.IGNORECASE
)
_WORD_REACH = 40  # characters looked at for the word or two beside a direction word
_MANNER_DEGREES = frozenset(vocabulary.words("directions", "manner degree"))
_LONGEST_MANNER = max(map(len, vocabulary.words("directions", "manner")))
_MANNER_MEASURES = [
    tuple(phrase.split()) for phrase in vocabulary.words("directions", "manner measures")
]
_MEASURE_NAME_WORDS = 4  # words naming what a move's measure is of: "of [the national budget],"
_PER_WORDS = frozenset(("a", "an", "per"))  # "a share", "per barrel": the unit of a rate
_MAX_GAP_TOKENS = 24
_PAIR_REACH = 12  # words between a verb and a "to"/"from" pair read past words in between
_PAIR_GAP = 8  # words between the two values of such a pair: unit and period words
_VIEW_BEFORE = re.compile(r"\s*(?:[(/;]|,?\s*or)\s*", re.IGNORECASE)
_GOVERNING = frozenset(vocabulary.words("cues", "governing prepositions"))
_PAIR_LABELS = frozenset(vocabulary.words("directions", "pair labels"))
PAIR_SOURCES = [tuple(w.split()) for w in vocabulary.words("directions", "pair sources")]
_PAIR_ENDS = frozenset((",", "(", "to", *(p[-1] for p in PAIR_SOURCES)))
_CLAUSE_OPENERS = frozenset(
    (*vocabulary.words("clauses", "subordinators", "contrasts", "concessives"), ";", ":")
)
_PLACE_OPENERS = frozenset(vocabulary.words("cues", "place openers"))
_TIME_OPENERS = frozenset(vocabulary.words("cues", "time openers"))
_TIME_WORDS = frozenset(vocabulary.words("cues", "time words"))
_TIME_NOT = frozenset(vocabulary.words("cues", "time words not"))
_TIME_NOUNS = frozenset(vocabulary.words("cues", "time nouns"))
# Between a fraction in words and the figure restating it: "half[ of Argentines, ]52.9%".
_APPOSED_FIGURE = re.compile(r"(?:\s+of\s+(?:[^\W\d_][\w'’-]*\s*){1,3})?\s*[,(]\s*")
_PERIOD_DATINGS = frozenset(vocabulary.words("clauses", "period datings"))
_POSTFIX_WORDS = 3  # nouns allowed between a value and a change after it: "1,800 staff (up"
_JOINING = frozenset(vocabulary.words("clauses", "coordinators"))
_MAX_LIST_LEAD = 8  # tokens before a list's first pair: "in unemployment came in Hungary,"
_MAX_LIST_LABEL = 6  # tokens before each later pair: ", and in Portugal,"
_MAX_FRONTED_SUBJECT = 5  # words between a fronted value's comma and its change
_MAX_VIEWS = 3  # figures an aside restating a value may hold: "(4 crore 10 lakh)", "($1m; £1m)"
_BRACKET_OWNER_WORDS = 3  # words between a value and a bracket of its parts: "per person"
_MAX_LIST_WORDS = 3  # words between a keyword and its value: "to an average of"
# The word that introduces the value compared with, the old one: "[against] 29,195 in 2008",
# "[compared with] $7.2 billion". Such a value is never the new value of a change sized
# after it. ("up from" is a change of its own, which that size may restate.)
_OLD_VALUE_LINKS = [
    link
    for link in vocabulary.words("cues", "compared before")
    if tuple(link.split()) in _COMPARED_KEYWORDS
]
_NEW_VALUE_LINK = re.compile(r"(?<![\w-])to\s+\Z", re.I)  # "rose [to] 7.2% from 6.8%"
_FROM_BEFORE = re.compile(r"(?<![\w-])(?<!up )(?<!down )from\s+\Z", re.I)  # "to 7.2% [from] 6.8%"
_FROM_REACH = 13  # characters before a value searched for its "from", or "down from"
_DIRECTION_REACH = 16  # characters before a value searched for a direction word sizing it
_PARTICIPLE_ENDS = ("ed", "ing")  # a verb's form after a value, no noun of its own
_TOKEN_AFTER = re.compile(r"\s+(\w[\w-]*)")  # the word right after a value: "bushels", "60-kg"
_OLD_VALUE_LINK = re.compile(rf"(?<![\w-])(?:{any_of(_OLD_VALUE_LINKS)})\s+\Z", re.I)
_OLD_FROM = [w for w in vocabulary.words("cues", "compared before") if w.endswith(" from")]
_UP_FROM_BEFORE = re.compile(rf"(?<![\w-])(?:{any_of(_OLD_FROM)})\s+\Z", re.I)  # "up from N568"


# "a rise", "the sharp fall": the word is a noun.
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w-])(?:a|an|the|its|their)\s+"
    rf"(?:{vocabulary.pattern(vocabulary.words('cues', 'change adjectives'))}\s+)?\Z",
    re.IGNORECASE,
)
# Verbs with which "up" or "down" is a particle, not a change: "set up", "broken down".
_PHRASAL = frozenset(vocabulary.words("directions", "particle verbs"))
_VERB_GRADERS = frozenset(vocabulary.words("directions", "verb graders"))
_LIST_GAP = 8  # characters at most between two listed values: ", and the "
# Linking verbs as word tuples, longest first: "has been", "was".
_LINKING = sorted(
    (tuple(phrase.split()) for phrase in vocabulary.words("directions", "linking verbs")),
    key=len,
    reverse=True,
)
_SPAN_PARTS = re.compile(r"[-/]")  # "2024-25", "2001/2002": one period
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+\Z")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)\b")
_MODIFIED = frozenset(vocabulary.words("directions", "modified nouns"))
_OPEN = re.compile(r"\s*\(\s*")
_RANGE = re.compile(r"\s*(?:-|–|to)\s*", re.IGNORECASE)
_SHARE_ASIDE_OPEN = re.compile(
    rf"\s*,\s*{vocabulary.pattern(vocabulary.words('cues', 'restatement aside'))}\s+", re.I
)
_BARE_ASIDE_OPEN = re.compile(r"\s*,\s*")
_AND_AT_END = re.compile(r"\s+and\s*\Z", re.IGNORECASE)
_COUNTED_SHARE_OPEN = re.compile(  # "183,700 people, or"
    r"(?:\s+[^\W\d_]+){0,2}" + _SHARE_ASIDE_OPEN.pattern, re.IGNORECASE
)
_OF_AFTER = re.compile(r"\s+of\b", re.I)
_OR = re.compile(r"\s*,?\s*or\s+", re.IGNORECASE)
_A_SHARE = re.compile(r"\s+(?:a|per)\s+(?:diluted\s+)?share\b", re.IGNORECASE)
_CLOSE = re.compile(r"\s*\)")
_UNITS_CLOSE = re.compile(r"(?:\s+[^\W\d_]+){0,3}\s*\)")  # "(2,150 people)"
_VIEWS_JOINED = re.compile(r"\s*(?:[;,]\s*|,?\s*or\s+)", re.IGNORECASE)  # "($1bn; £0.8bn)"
_YEAR = re.compile(r"(?<![\w.,])(?:19|20)\d\d(?![\w.,]\d)")  # not in "2,019", "12019"
_DATED_BY_YEAR = re.compile(rf"\s+(?:of|in)\s+(?P<year>{_YEAR.pattern})\b")  # "... of 2019"


@dataclass
class _Draft:
    """A change being read."""

    direction: Direction
    wording: str
    kind: _Kind
    start: int
    end: int
    wording_first: bool = True
    by: list[Value] = field(default_factory=list)
    multiple: Amount | None = None
    to: Value | None = None
    source: Value | None = None  # the "from" value
    last: str = ""  # the part read last
    object_used: bool = False
    article: bool = False  # a noun after "a", "an" or "the": "an increase from 2.4 billion"
    up_to: bool = False  # "up to X": a hedge, unless a "from" part follows ("down to" is none)
    to_unhedged: bool = False  # "ticked up to 3.9%": "up to" is no hedge of the value
    joined: bool = False  # a comparison joined by "and" to the change before it
    rate_of: Direction | None = None  # compared with the rate of a change: "2.4 percent growth"
    neutral: bool = False  # its way not yet known: "a move of 50 basis points"
    compared_back: bool = False  # "That compares with [X], a jump of": its new value before

    @property
    def stated(self) -> bool:
        return bool(self.by) or self.multiple is not None


_Values = tuple[Sequence[Value], Sequence[int]]  # a document's values, and where each starts
# The values and changes of a document, read once for every extractor that needs them.
_VALUES: WeakKeyDictionary[Mentions, list[Value]] = WeakKeyDictionary()
_CHANGES: WeakKeyDictionary[Mentions, list[ChangeClaim]] = WeakKeyDictionary()


# A number in words after "the" with no noun after it points back: "the gap between the two".
_THE_BEFORE = re.compile(r"(?<![\w-])the\s+\Z", re.IGNORECASE)
_NAMES_ANOTHER = re.compile(
    rf"\s+{vocabulary.pattern(vocabulary.words('cues', 'change noun objects'))}\s", re.IGNORECASE
)  # "the rise of 3% [in] costs"
# A clause opening a sentence with the value a change is compared with: "Compared with
# February 2023, when 47,234 arrived, that is an increase of 15.9%".
_FRONTED = re.compile(
    rf"\s*(?:{vocabulary.pattern(vocabulary.words('directions', 'compared with'))})\s",
    re.IGNORECASE,
)
_MAX_FRONTED = 120  # characters from a sentence's start to the change a fronted clause sizes
_MAX_GAP = 40  # characters between a change's last value and a size in apposition
_TO_AFTER_SIZE = re.compile(r"\s*,?\s+to\s", re.IGNORECASE)  # "by 6.3 percent[, to] R1 525"
_MAX_THE_NOUN = 160  # characters between a change's last value and "the" noun sizing it
_APPOSITION = frozenset(",:—–")  # the mark before a noun in apposition to a change
# ... after a change's pair (", a gain of", "— a fall of") or a reporting clause ("said —")
_SET_OFF = ([","], ["—"], ["–"])
_THE_NOUN = re.compile(r"the\s", re.IGNORECASE)  # a noun that names a change read before
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:)!?]|\Z)")
# Three digits after a number of one to three and a space, which the figure reader did not
# join (no currency or scale beside them): "a density of 1 642 inhabitants per km2".


def stated_values(mentions: Mentions) -> list[Value]:
    """Every amount, proportion and count in the text, in text order, with hedges applied.

    Years, days of a month ("May 5", "30 September"), ranks ("No. 3"), durations ("the first nine
    months"), multiples ("5-fold"), names with a number ("FY22"), numbers pointing back
    ("between the two,") and the digits a space may group with the number before them
    ("1 642") are left out: they are never the values a change, total or difference
    relates, or not surely.
    """
    found = _VALUES.get(mentions)
    if found is None:
        found = _VALUES[mentions] = _stated_values(mentions)
    return found


def values_read(mentions: Mentions) -> list[Value]:
    """`stated_values`, if a reader has asked for them; none when no reader has (a text
    with no word): they are not made only to be left over."""
    return _VALUES.get(mentions, [])


def _stated_values(mentions: Mentions) -> list[Value]:
    text = mentions.text
    values: list[Value] = [*mentions.money, *mentions.proportions]
    spans = sorted((v.start or 0, v.end or 0) for v in values)
    starts = [s for s, _ in spans]
    # A figure with a unit is a measure: "4,000 tonnes" takes no currency from a partner.
    measured = {measure.start: measure.amount for measure in mentions.measures}
    for figure in mentions.figures:
        if figure.looks_like_year:
            continue
        index = bisect.bisect_right(starts, figure.start) - 1
        if index >= 0 and figure.start < spans[index][1]:
            continue
        before = text[max(0, figure.start - 12) : figure.start]
        if (
            _FOLD_GLUED.match(text, figure.end)
            or _TIMES_FACTOR.match(text, figure.end)
            or (before.rstrip()[-1:].lower() in _DATE_BEFORE_ENDS and _DATE_BEFORE.search(before))
        ):
            continue
        if before[-1:].isalpha():
            continue  # a name with a number in it: "FY22", "Q3", "G20", "A320"
        if len(figure.digits) <= 2 and _DAY_OF_MONTH.match(text, figure.end):
            continue  # a day written before its month: "the year to 30 September"
        if figure.word and _THE_BEFORE.search(before) and _NO_NOUN_AFTER.match(text, figure.end):
            continue  # a number pointing back to things named before: "between the two,"
        if split_group(text, figure):
            continue  # a piece of "1 642 inhabitants", "51 770 560": which number is unsure
        duration = _DURATION.match(text, figure.end)
        if duration and (_DURATION_BEFORE.search(before) or _AGO.match(text, duration.end())):
            continue  # "in the first nine months", "ten years later"
        span = _TIME_UNIT.match(text, figure.end)
        if span and _COMPOUND_AFTER.match(text, span.end()) and "-" in span.group():
            continue  # a span of time naming what follows it: "a three-month low", "10-year"
        if (span and _TIME_UNIT_NEXT.match(text, span.end())) or _TIME_UNIT_BEFORE.search(before):
            continue  # a time in two units, neither alone its value: "32 minutes 44 seconds"
        if span:  # a span of time in its unit, never taking a currency: "on twelve months"
            unit = span.group().strip(" -").lower().rstrip("s")
            fields = stated_fields(text, figure, end=span.end())  # "81 days", unit and all
            values.append(Amount.made(fields | {"unit": unit}))
            continue
        values.append(measured.get(figure.start) or Amount.made(stated_fields(text, figure)))
    return sorted(values, key=lambda v: v.start or 0)


def inherit(value: Value, like: Value, *, as_change: bool = False) -> Value:
    """A bare figure read with the scale and currency or percent sign of its partner.

    "from 2.6 to 3.1 billion euros": 2.6 becomes 2.6 billion euros. A figure takes a
    scale only if it has none and is below 1,000 as written; one written with a scale
    word of its own ("113 thousand") or of 1,000 or more ("down from 259,400") counts
    something and never takes a percent sign. A stated change (`as_change`) beside
    percentages is in percentage points.
    """
    if not isinstance(value, Amount) or value.unit:
        return value
    if (
        isinstance(like, Amount)
        and like.unit == "percent"
        and (value.scale or abs(value.value) >= BARE_SCALE_LIMIT)
    ):
        return value
    factor, scale = 1.0, value.scale
    if value.multiplier == 1 and like.multiplier != 1 and abs(value.value) < BARE_SCALE_LIMIT:
        factor, scale = like.multiplier, like.scale
    fields = value.at_scale(factor, scale).model_dump(exclude={"unit"})
    if isinstance(like, Money):
        return Money(**fields, currency=like.currency, candidates=like.candidates)
    unit = like.unit
    if as_change and unit == "percent":
        unit = "percentage_point"
    return Amount(**fields, unit=unit)


def find_changes(mentions: Mentions) -> list[ChangeClaim]:
    """Every change worth a claim, in text order: one with two values or a stated rate."""
    return [change for change in read_changes(mentions) if _reported(change)]


def states_a_gap(change: ChangeClaim) -> bool:
    """Whether a comparative sized in the values' own unit may state the gap between two
    values ("41,300, 2,100 fewer than the 43,400"), which the differences reader reads."""
    return (
        " ".join(change.wording.lower().split()) in _GAP_WORDS
        and bool(change.by)
        and all(isinstance(by, Money) or by.unit not in ("percent", "points") for by in change.by)
    )


def read_changes(mentions: Mentions) -> list[ChangeClaim]:
    """Every change the text states, in text order, even one with a single value."""
    found = _CHANGES.get(mentions)
    if found is None:
        found = _CHANGES[mentions] = _read_changes(mentions)
    return found


def _read_changes(mentions: Mentions) -> list[ChangeClaim]:
    text = mentions.text
    # a rate's base is no value of a change: "improved to 943 females per 1,000 males"
    values = [v for v in stated_values(mentions) if not rate_base(text, v.start or 0)]
    starts = [v.start or 0 for v in values]
    lowered = folded(text)
    folds = folded_starts(_FOLD_WORD, text) if lowered is None or "fold" in lowered else []
    hedges = [(hedge_start(text, v), v.start or 0) for v in values if v.hedge is not None]
    anchors = [
        a
        for a in _anchors(mentions.document, starts, folds)
        if not _hedging(a, hedges)
        and not _modifier(text, a)
        and not _in_a_name(text, a)
        and not _a_season(text, a)
        and not _collects(text, a, values, starts)
        and not _in_manner(text, a)
        and not _grades_manner(text, a)
        and _direction_of(text, a) is not None
    ]
    marks = {mark.start for mark in mentions.marks}
    moves = [anchor.start() for anchor in anchors]  # where each direction word starts
    drafts: list[_Draft] = []
    skip = -1  # the noun a comparative took: "a smaller [increase] than"
    for i, anchor in enumerate(anchors):
        if i == skip or _subject_of_next(text, anchors, i):
            continue
        sentence = mentions.document.sentence_at(anchor.start())
        limit = sentence.end
        own_noun = _own_noun(text, anchors, i)
        following = i + 2 if own_noun else i + 1
        if following < len(anchors):
            limit = min(limit, anchors[following].start())
        if not _may_state(anchor, starts, folds, sentence.start, limit):
            continue
        draft = _read(text, anchor, values, starts, sentence.start, limit)
        if _names_a_list(text, anchor) and anchor.group().lower() not in _NEUTRAL:
            listed = _read_list(text, anchor, values, starts, limit)
            # "increases were in A, from .. to .., and B, from ..", but one pair a present
            # tense sizes is its verb's: "the grant rises from R960 to R1 000 (4.2%)"
            if draft is None or len(listed) > 1 or (listed and not draft.stated):
                drafts.extend(listed)
                continue
        if draft is not None and own_noun:
            skip = i + 1
        if draft is not None and (draft.to is None) != (draft.source is None):
            _read_fronted(text, draft, values, starts, sentence)
        if draft is not None and draft.to is None and draft.source is None and draft.stated:
            _read_fronted_comparison(mentions.document, draft, (values, starts))
        if draft is not None and draft.source is None and draft.article:
            _compared_pointing_back(text, sentence, draft, (values, starts))
        if draft is not None and draft.to is None and draft.source is not None:
            _read_value_in_sentence_before(
                mentions.document, draft, (values, starts), sentence, drafts
            )
        if draft is not None and draft.to is None and draft.source is not None:
            _read_rate_level(mentions.document, draft, values, starts, sentence)
        if draft is not None and draft.to is None and draft.source is not None and draft.stated:
            _read_named_value_in_sentence_before(mentions.document, draft, values, starts, sentence)
        if (
            draft is not None
            and draft.kind in ("adverb", "compare")
            and draft.to is None
            and draft.multiple is None
            and all((size.start or 0) > draft.start for size in draft.by)
            and not (drafts and drafts[-1].start >= sentence.start)
        ):
            floor = max(sentence.start, draft.start - _SUBJECT_REACH)
            _read_alike_value_before(text, draft, (values, starts), floor)
        if (
            draft is not None
            and drafts
            and draft.to is drafts[-1].source is not None
            and (not draft.stated or _compares_a_value(draft))
        ):
            draft = _compared_from_change(drafts[-1], draft)
        elif (
            draft is not None
            and _compares_an_earlier_value(text, draft)
            and not (drafts and drafts[-1].source is draft.to and drafts[-1].to is not None)
        ):
            draft = None  # "to 1.75 trillion yen in profit from 1.6 trillion yen, above the ..."
        elif draft is not None and draft.joined and draft.to is None:
            # with no change before, left to a later reader: "91 percent of the $892.7
            # million budgeted but 2.5 percent above the $792.6 million" (`completed_changes`)
            draft.joined = _joined_to_change(text, drafts, draft) is not None
        elif draft is not None and draft.joined:
            draft = None
        if draft is not None and draft.rate_of is not None:
            draft = _paced(text, drafts, draft)
        if draft is not None and draft.source is None and draft.to is not None:
            _read_source_pointed_back(mentions.document, draft, values, starts, sentence)
        if draft is not None and draft.source is None and draft.to is not None:
            _read_earlier_state(text, draft, values, starts, sentence)
        if draft is not None and draft.source is None and draft.to is not None:
            _read_level_in_sentence_before(mentions.document, draft, (values, starts), sentence)
        if draft is not None and draft.source is None and (draft.stated or draft.to is not None):
            _read_in_sentence_after(mentions.document, draft, values, starts, moves)
        if draft is not None and draft.neutral:
            draft = _way_of(text, draft, drafts, sentence.end)
        if (
            draft is not None
            and drafts
            and _sizes_change_before(mentions.document, drafts[-1], draft)
        ):
            continue
        if draft is not None and drafts and _sized_in_apposition(text, drafts[-1], draft):
            continue
        if draft is not None and drafts and _valued(text, drafts[-1], draft, sentence):
            continue
        if (
            draft is not None
            and not (drafts and _merged(mentions.document, drafts[-1], draft))
            and not draft.neutral
        ):
            drafts.append(draft)
            drafts.extend(_gapped_pairs(text, draft, (values, starts), limit))
    claims = []
    # a pair a neutral word alone moves states no change: "taking it to 6.5% from 6.25%"
    kept = [d for d in drafts if d.stated or d.wording.lower() not in _NEUTRAL]
    by_sentence = itertools.groupby(kept, lambda d: mentions.document.sentence_at(d.start))
    for sentence, group in by_sentence:
        in_sentence = list(group)
        bases = SentenceBases(text, sentence, starts)
        spans = [_span(draft) for draft in in_sentence]
        for index, draft in enumerate(in_sentence):
            basis = bases.of(spans, index, draft.start) if bases.found else None
            claims.append(
                _claim(text, draft, basis or _exchange_rate(text, draft, marks), mentions)
            )
    return claims


def _span(draft: _Draft) -> tuple[int, int]:
    """Where a change's claim starts and ends: its word and its values."""
    values = (v.start or 0 for v in (draft.to, draft.source) if v is not None)
    return min([draft.start, *values]), draft.end


def _hedging(anchor: re.Match[str], hedges: Sequence[tuple[int, int]]) -> bool:
    """Whether a direction word is a value's hedge ("less than 1 million"), in the sorted
    spans from each hedge's start to its value's."""
    if anchor.group().lower() in ("up", "down"):
        return False  # "up to X from Y" is read as a change: see `_Draft.up_to`
    index = bisect.bisect_right(hedges, (anchor.start(), len(anchor.string))) - 1
    return index >= 0 and anchor.start() < hedges[index][1]


def _subject_of_next(text: str, anchors: Sequence[re.Match[str]], index: int) -> bool:
    """Whether a direction noun with an article is the subject of the participle right after
    it, naming the change read before: "edged down 0.3%, the [decline] narrowing from 1.6%"."""
    anchor = anchors[index]
    if index + 1 >= len(anchors) or text[anchor.end() : anchors[index + 1].start()].strip():
        return False
    word = " ".join(anchor.group().split()).lower()
    following = anchors[index + 1].group().split()[0].lower()
    noun = _WORDS[word][1] == "noun" or word in _NOUN_TOO
    participle = _WORDS.get(following, ("up", "noun"))[1] == "verb" and following.endswith("ing")
    before = _WORD_BEFORE.search(text, max(0, anchor.start() - 8), anchor.start())
    return noun and participle and before is not None and before.group(1).lower() in _ASIDE_START


def _in_manner(text: str, anchor: re.Match[str]) -> bool:
    """Whether a direction word ends a phrase that only qualifies a verb: "fell once more"."""
    start = max(0, anchor.end() - _LONGEST_MANNER - 1)
    found = _MANNER_AT_END.search(text[start : anchor.end()])
    return found is not None and found.start() + start < anchor.start()


def _grades_manner(text: str, anchor: re.Match[str]) -> bool:
    """Whether a direction word right after a verb grades its manner, stating no change of
    its own: "rose [more] sharply, to", "quickened [more], to 2.34% from 2.16%"."""
    word = anchor.group().lower()
    if word not in _MANNER_DEGREES:
        return False
    before = _WORD_BEFORE.search(text, max(0, anchor.start() - _WORD_REACH), anchor.start())
    if before is None or _WORDS.get(before.group(1).lower(), ("up", "noun"))[1] != "verb":
        return False
    after = _lower(TOKEN.findall(text, anchor.end(), anchor.end() + _WORD_REACH))
    return bool(_manner_length([word, *after]))


def _in_a_name(text: str, anchor: re.Match[str]) -> bool:
    """Whether a direction word written with a capital opens a name with the capitalised
    word after it: "Revenue in [Greater] China fell", "Lower Saxony"."""
    return anchor.group()[:1].isupper() and _NAME_AFTER.match(text, anchor.end()) is not None


def _a_season(text: str, anchor: re.Match[str]) -> bool:
    """Whether a direction word names a season (`[season words]`): before a year ("in fall
    2023") or after a word that makes it one ("this fall")."""
    if anchor.group().lower() not in _SEASONS:
        return False
    before = _WORD_BEFORE.search(text, max(0, anchor.start() - _WORD_REACH), anchor.start())
    return _YEAR_AFTER.match(text, anchor.end()) is not None or (
        before is not None and before.group(1).lower() in _SEASON_OPENERS
    )


def _collects(
    text: str, anchor: re.Match[str], values: Sequence[Value], starts: Sequence[int]
) -> bool:
    """Whether a verb of raising states what was collected, money right after it: "the
    toll raised $144.9 million" (`[collecting]`), not a change's size."""
    if anchor.group().lower() not in _COLLECTING:
        return False
    index = bisect.bisect_left(starts, anchor.end())
    if index == len(values) or not isinstance(values[index], Money):
        return False
    return not text[anchor.end() : hedge_start(text, values[index])].strip()


def _modifier(text: str, anchor: re.Match[str]) -> bool:
    """Whether a direction noun modifies the noun after it, naming no change of its own:
    "cut its [growth] forecast to 1.5% from 1.9%", or is the subject of the verb after it:
    "capital [gains] weakened by 56.1 per cent" (a plural noun before a past tense)."""
    word = " ".join(anchor.group().split()).lower()
    if _WORDS[word][1] != "noun" and word not in _NOUN_TOO:
        return False
    following = _WORD_AFTER.match(text, anchor.end())
    if following is None:
        return False
    after = following.group(1).lower()
    plural = word in _NOUN_TOO and word.endswith("s")
    return after in _MODIFIED or (plural and after.endswith("ed"))


def _direction_of(text: str, anchor: re.Match[str]) -> Direction | None:
    """The direction a direction word states: its own, or for "improved" and "worsened"
    the one the noun before it gives (`polarity`), None if no noun gives one."""
    word = " ".join(anchor.group().split()).lower()
    if word in polarity.WORDS:
        return polarity.direction(text, anchor.start(), word)
    return _WORDS[word][0]


def _own_noun(text: str, anchors: Sequence[re.Match[str]], index: int) -> bool:
    """Whether a comparative is followed closely by a direction noun of its own."""
    anchor = anchors[index]
    if anchor.group().lower() not in _COMPARATIVES or index + 1 >= len(anchors):
        return False
    following = anchors[index + 1]
    gap = text[anchor.end() : following.start()]
    return len(gap) <= _MAX_COMPARED_NOUN and all(w.isalpha() for w in gap.split())


def near(positions: Sequence[int], low: int, high: int) -> bool:
    """Whether any of the sorted positions lies in [low, high]."""
    index = bisect.bisect_left(positions, low)
    return index < len(positions) and positions[index] <= high


def _may_state(
    anchor: re.Match[str], starts: Sequence[int], folds: Sequence[int], floor: int, limit: int
) -> bool:
    """Whether a direction word may state a change: it is a multiple ("doubled"), or a
    value or a "-fold" is stated between `floor` and `limit`, where its parts must be.
    """
    if near(starts, floor, limit - 1) or near(folds, floor, limit - len("fold")):
        return True
    return _WORDS[" ".join(anchor.group().split()).lower()][1] == "multiple"


def _anchors(
    document: Document, starts: Sequence[int], folds: Sequence[int]
) -> list[re.Match[str]]:
    """The direction words of the text in order, or at least all that may state a change.

    A change's parts are in its sentence, so in a text without a "-fold" or a multiple
    ("doubled"), which need no value, only the sentences with a value (at `starts`) are
    read. Each is read with a sentence next to it that a phrase may run into across a
    line break ("edged\nup"), so that its words are read as in the whole text.
    """
    text = document.text
    lowered = folded(text)
    if lowered is None or folds or any(stem in lowered for stem in _MULTIPLE_STEMS):
        return list(_ANCHORS.finditer(text))
    sentences = document.sentences
    sentence_starts = [sentence.start for sentence in sentences]
    runs: list[list[int]] = []  # the first and last sentence of each stretch read
    previous = -1
    for start in starts:
        index = bisect.bisect_right(sentence_starts, start) - 1
        if index == previous or index < 0 or start >= sentences[index].end:
            continue
        previous = index
        first = index - 1 if _joined(text, sentences, index - 1) else index
        last = index + 1 if _joined(text, sentences, index) else index
        if runs and first <= runs[-1][1] + 1:
            runs[-1][1] = max(runs[-1][1], last)
        else:
            runs.append([first, last])
    return [
        anchor
        for first, last in runs
        for anchor in _ANCHORS.finditer(text, sentences[first].start, sentences[last].end)
    ]


def _joined(text: str, sentences: Sequence[Block], index: int) -> bool:
    """Whether a direction phrase may begin at the end of a sentence and end in the next."""
    if not 0 <= index < len(sentences) - 1:
        return False
    sentence, following = sentences[index], sentences[index + 1]
    if text[sentence.end - 1] in ".!?" or text[sentence.end : following.start].strip():
        return False
    words = text[sentence.start : sentence.end].rstrip()
    return _PHRASE_START_AT_END.search(words, len(words) - _LONGEST_PHRASE_START) is not None


def _merged(document: Document, first: _Draft, then: _Draft) -> bool:
    """Join a change to its own part stated after its values.

    "Sales climbed 9 percent to 3.1 billion pounds, up from 2.6 billion" is one change, and
    so is "climbed to 7.2% from 6.8%, an increase of 0.4%" (or ", up 0.4 points"): a noun
    or adverb in apposition gives the size of the change just read, whose last value it
    follows, unless it is a comparison with an expectation ("to 750 billion yen, above the
    593.3 billion yen analysts had forecast") or a value two years or more before the
    change's own ("rose 18% to 2.1 million, above the 1.9 million of 2019" in a story of
    2024).
    """
    text = document.text
    if then.direction != first.direction or first.to is None:
        return False
    if (
        then.to is first.to
        and first.source is None
        and not (then.stated or then.joined)
        and not (then.kind == "compare" and _expected(text, then))
        and not (first.stated and _of_an_earlier_year(document, first, then))
    ):
        first.source, first.end = then.source, then.end
        return True
    # the value the size follows, wherever it was read from: "rose to £63.8m, which compares
    # with £56.1m in 2001, an increase of 13.6%"
    last = max((v for v in (first.to, first.source) if v is not None), key=lambda v: v.end or 0)
    if (
        (then.article or then.kind == "adverb")
        and then.by
        and then.multiple is None
        and then.to is last
        and then.source is None
        and (
            (first.source is not None and not first.stated)
            or (first.source is None and _other_measure(first.by, then.by))
        )
    ):
        first.by, first.end = [*first.by, *then.by], then.end
        return True
    if _restated_size(text, first, then, last):
        first.by, first.end = [*first.by, *then.by], then.end
        return True
    if (
        then.article
        and then.by
        and then.to is None
        and then.source is None
        and then.multiple is None
        and first.source is not None
        and not first.stated
    ):
        # a size after the change's values and a colon or dash: "having been 3.9 percent
        # in August: a fall of 0.2 percentage point"
        opening = _article_start(text, then, last.end or 0)
        between = TOKEN.findall(text, last.end or 0, min(opening, (last.end or 0) + _MAX_GAP))
        if (
            opening - (last.end or 0) <= _MAX_GAP
            and between
            and between[-1] in _APPOSITION
            and _is_filler(between[:-1], words=True)
        ):
            first.by, first.end = [*first.by, *then.by], then.end
            return True
    return False


def _of_an_earlier_year(document: Document, first: _Draft, then: _Draft) -> bool:
    """Whether the value a comparison after a sized change names is dated two years or more
    before the change's own year, the latest other year its sentence names (or, with none,
    three years or more before the story's: a story may report the year before its own). A
    change sized without a base compares with the year before (or the period before), so
    "rose 18% to 2.1 million, above the 1.9 million of 2019" in a story of 2024 names
    another value than its base."""
    text, source = document.text, then.source
    dated = _DATED_BY_YEAR.match(text, source.end or 0) if source is not None else None
    if dated is None:
        return False
    sentence = document.sentence_at(first.start)
    years = [
        int(year.group())
        for year in _YEAR.finditer(text, sentence.start, sentence.end)
        if year.start() != dated.start("year")
    ]
    if years:
        return int(dated["year"]) <= max(years) - 2
    return document.date is not None and int(dated["year"]) <= document.date.year - 3


def _restated_size(text: str, first: _Draft, then: _Draft, last: Value) -> bool:
    """Whether an adverb after "or" restates the size of a change sized in percent alone in
    the new value's unit, comparing with nothing or a period only: "climbed 8.3% to $24.1
    billion, or $1.85 billion more than a year earlier" (not "or $1.85 billion more than
    analysts expected")."""
    if then.kind != "adverb" or len(then.by) != 1 or then.to is not None:
        return False
    if then.source is not None or then.multiple is not None or first.source is not None:
        return False
    (size,) = then.by
    if not first.by or not all(map(_is_percent, first.by)) or not alike(size, first.to):
        return False
    if _lower(TOKEN.findall(text, last.end or 0, hedge_start(text, size))) != [",", "or"]:
        return False
    after = _clause_after(text, then.end)
    clause = after[: next((i for i, w in enumerate(after) if w in _CLAUSE_END), len(after))]
    return not clause or (clause[0] == "than" and _is_filler(clause[1:], words=True))


def _expected(text: str, comparison: _Draft) -> bool:
    """Whether a comparison's clause names its value an expectation: "beating the 280
    billion yen average estimate", "above the $1.2 billion analysts had forecast"."""
    end = (comparison.source.end if comparison.source is not None else comparison.end) or 0
    for token in TOKEN.finditer(text, comparison.start, end + _EXPECTATION_REACH):
        if token.start() >= end and token.group() in _CLAUSE_END:
            return False
        if token.group().lower().startswith(_EXPECTATIONS):
            return True
    return False


def _sized_in_apposition(text: str, first: _Draft, then: _Draft) -> bool:
    """Join a change sized one way to a noun or adverb in apposition that sizes it the
    other way and gives its values: "wages were 3.3% higher than a year earlier, an
    increase of $0.99 to $31.06", "output fell 2%, down 40,000 tonnes from 2.0 million"."""
    if first.to is not None or first.source is not None or first.multiple is not None:
        return False
    if then.direction != first.direction or not (then.article or then.kind == "adverb"):
        return False
    if then.multiple is not None or (then.to is None and then.source is None):
        return False
    if not _other_measure(first.by, then.by):
        return False
    between = _lower(TOKEN.findall(text, first.end, _article_start(text, then, first.end)))
    if between[:1] == ["than"]:
        between = between[1:]  # "higher than a year earlier"
    if between[-1:] != [","] or not _is_filler(between):
        return False
    first.by = [*first.by, *then.by]
    first.to, first.source, first.end = then.to, then.source, then.end
    return True


def _valued(text: str, first: _Draft, then: _Draft, sentence: Block) -> bool:
    """Join a change stated only by its size to a participle in apposition that gives its
    values and moves the same thing, "it", a thing its clause names or the rate a move in
    points is of: "cut its rate by 50 basis points on Thursday, lowering it to 4.25% from
    4.75%", "a quarter-point cut, taking the policy rate to 1.25% from 1.5%" (not "sales
    rose 5%, lifting profit to $2bn from $1.8bn")."""
    if first.to is not None or first.source is not None or first.multiple is not None:
        return False
    if len(first.by) != 1 or first.start < sentence.start or then.stated:
        return False
    if then.direction != first.direction or then.kind != "verb" or then.to is None:
        return False
    if then.source is None or not then.wording.lower().endswith("ing"):
        return False
    between = _lower(TOKEN.findall(text, first.end, then.start))
    if between[-1:] != [","] or not _is_filler(between):
        return False
    moved = _lower(TOKEN.findall(text, then.start, min(then.to.start or 0, then.source.start or 0)))
    moved = moved[len(then.wording.split()) :]
    while moved and moved[-1] in _BEFORE_VALUE | {"to", "from"}:
        moved.pop()
    named = {noun_stem(w) for w in _lower(TOKEN.findall(text, sentence.start, first.end))}
    levels = _in_points(first.by[0]) and _is_percent(then.to)  # a rate's move and its levels
    if (
        not levels
        and moved not in (["it"], ["them"])
        and not any(
            len(noun_stem(w)) > 3 and noun_stem(w) in named for w in moved if w not in _NOT_UNIT
        )
    ):
        return False
    first.to, first.source, first.end = then.to, then.source, then.end
    return True


def _way_of(text: str, draft: _Draft, drafts: Sequence[_Draft], limit: int) -> _Draft | None:
    """A change whose word states no way goes the way its values do ("taking it to 6.5%
    from 6.25%"); with one value at most and a size, it may size the change before it, so
    goes its way until merged ("to 4.25% from 4.75%, a move of 50 basis points"); else it
    states none. Unless a participle, which names what it moves, it states none if more than
    period words follow it in its clause ("..., a shift of 5 points to renters")."""
    if not draft.wording.lower().endswith("ing"):
        for token in TOKEN.finditer(text, draft.end, limit):
            if token.group() in _CLAUSE_END or token.group().lower() in _STOP:
                break
            if not _filler_word(token.group()):
                return None
    to, source = draft.to, draft.source
    if to is not None and source is not None:
        if not alike(to, source) or to.value == source.value:
            return None
        draft.direction = _UP if to.value > source.value else _DOWN
        draft.neutral = False
        return draft
    if not draft.stated or not drafts:
        return None
    draft.direction = drafts[-1].direction
    return draft


def _sizes_change_before(document: Document, first: _Draft, then: _Draft) -> bool:
    """Join a change's size stated in the next sentence, which points back to it: "Sales
    rose to $5.2 billion from $4.9 billion. That was an increase of 6.1%", "... The 6.1%
    increase was driven by ..."; or its size the other way, to a change sized one way and
    its new value ("rose by 153,000 to 2.95 million. That was an increase of 5.5%")."""
    if then.to is not None or then.source is not None or not then.by or then.multiple:
        return False
    if first.to is None or first.multiple is not None:
        return False
    if not (
        (first.source is not None and not first.by)
        or (first.source is None and _other_measure(first.by, then.by))
    ):
        return False
    if then.direction != first.direction or not then.article:
        return False
    sentence = document.sentence_at(then.start)
    opening = _article_start(document.text, then, sentence.start)
    if _THE_NOUN.match(document.text, opening) and 0 <= opening - first.end <= _MAX_THE_NOUN:
        # "the" names the change just read: "... lowered the rate to 12.5 percent. The rate
        # had stood at 13.5%; members agreed the reduction, of 100 basis points"
        between = set(_lower(TOKEN.findall(document.text, first.end, opening)))
        if (
            document.sentence_at(first.end).start == sentence.start
            and not between & _CONTRASTS
            and not _NAMES_ANOTHER.match(document.text, then.end)
        ):
            first.by, first.end = [*first.by, *then.by], then.end
            return True
    before = document.sentence_before(sentence)
    if before is None or not before.start <= first.start < before.end:
        return False
    # "That was an increase of 6.1%"; "The 6.1% increase was driven by ...", naming no other
    opens = opening == sentence.start and _THE_NOUN.match(document.text, opening) is not None
    if not _POINTS_BACK.fullmatch(document.text, sentence.start, opening) and not (
        opens and not _NAMES_ANOTHER.match(document.text, then.end)
    ):
        return False
    first.by, first.end = [*first.by, *then.by], then.end
    return True


def _other_measure(stated: Sequence[Value], then: Sequence[Value]) -> bool:
    """Whether a size in apposition measures the change the other way: "rose 1.5 per cent
    to 25.5 million, an increase of 371,100", "up 243,000 barrels, or 11.9%"."""
    return len(stated) == 1 and len(then) == 1 and _is_percent(stated[0]) != _is_percent(then[0])


def _read(
    text: str,
    anchor: re.Match[str],
    values: Sequence[Value],
    starts: Sequence[int],
    floor: int,
    limit: int,
) -> _Draft | None:
    """The change a direction word states, or None if it states none."""
    wording = " ".join(anchor.group().split())
    word = wording.lower()
    kind = _WORDS[word][1]
    direction = _direction_of(text, anchor)
    assert direction is not None, "anchors without a direction are left out"
    if kind == "adverb" and _grades_a_verb(text, anchor.start(), floor):
        return None  # "expenses dropped by more, to ...": the verb states the change
    draft = _Draft(direction, wording, kind, anchor.start(), anchor.end(), neutral=word in _NEUTRAL)
    bare = False  # a comparison with no change stated before its word
    if word in ("up", "down"):
        particle = _WORD_BEFORE.search(text, max(floor, anchor.start() - 20), anchor.start())
        if particle is not None and particle.group(1).lower() in _PHRASAL:
            return None
    if word in _TIMES:
        if not _read_times(text, draft, floor):
            return None
    elif kind == "multiple":
        draft.multiple = _multiple(text, anchor.start(), anchor.end(), _MULTIPLE[word])
    elif word in _COMPARE_VERBS:
        bare = True  # the value before is the verb's subject, never the gap's size
    elif (
        word not in ("up", "down")
        and (kind != "verb" or word in _NOUN_TOO)
        and not _read_stated_before(text, draft, values, starts, floor)
    ):
        if kind in ("adverb", "compare"):
            bare = True  # "£63.5bn, less than the £71bn": both values must be read
        elif _ARTICLE_BEFORE.search(text, max(floor, anchor.start() - 24), anchor.start()):
            draft.kind, draft.article = "noun", True
    if draft.kind in ("verb", "adverb") and draft.multiple is None:
        fold = _FOLD_AFTER.match(text, anchor.end())
        if fold is not None and fold.end() <= limit:
            draft.multiple = _multiple(text, fold.start("n"), fold.end(), _fold_value(fold))
            draft.end = fold.end()
    _read_after(text, draft, values, starts, limit)
    if (
        (draft.kind == "verb" or (draft.kind == "noun" and _governs(text, anchor.end())))
        and (draft.to is None or draft.source is None)
        and not draft.stated
    ):
        _read_pair_in_clause(text, draft, (values, starts), anchor.end(), limit)
    if draft.up_to and draft.source is None:
        return None
    if bare and _listed(text, draft.source, values, starts):
        return None  # "R318bn and R352bn, short of the R351bn and R381bn": which with which?
    if word in _TIMES and not _times_compared(text, draft):
        return None  # "four times the size of Wales", "four times the year before, from"
    if (
        draft.to is None
        and draft.source is None
        and (draft.by or draft.article)
        and (draft.article or kind == "adverb" or draft.kind == "noun")  # ", growth of 0.9%"
    ):
        _read_pair_before(text, draft, values, starts, floor)
        if draft.to is None:
            _read_compared_pair_before(text, draft, values, starts, floor)
    elif draft.to is None and draft.source is None and draft.by and kind == "verb":
        # the values set against each other before the verb: "Profit, R285.7m against
        # R172.5m, rose by 66%"
        _read_compared_pair_before(text, draft, values, starts, floor)
    participle = draft.kind == "verb" and (
        word.split()[0].endswith("ing") or _revision(text, draft, floor)
    )
    if draft.to is None and (draft.kind != "verb" or participle):
        _read_value_before(text, draft, values, starts, floor)
    elif participle and draft.source is None:
        _read_source_before(text, draft, values, starts, floor)
    if draft.to is None and draft.source is None and not draft.stated:
        return None
    if bare and draft.to is None and draft.source is not None:
        draft.joined = True  # "..., 9.4% more than a year before and above June's $2,417m"
    elif bare and not alike(draft.to, draft.source):
        return None
    if bare and draft.source is not None and not draft.by:
        _read_size_after_compared(text, draft, values, starts, limit)
    return draft


def _read_size_after_compared(
    text: str, draft: _Draft, values: Sequence[Value], starts: Sequence[int], limit: int
) -> None:
    """Read the size a comparing verb states after the value compared with, in its unit:
    "836 million tonnes exceeded the target of 710 million tonnes by 126 million tonnes"."""
    source = draft.source
    assert source is not None
    by = _BY_AFTER.match(text, source.end or 0)
    index = bisect.bisect_left(starts, by.end()) if by else len(values)
    if by is None or index >= len(values) or (values[index].start or 0) >= limit:
        return
    size = values[index]
    if hedge_start(text, size) == by.end() and alike(size, source):
        draft.by, draft.end = [size], size.end or draft.end


def _read_pair_in_clause(
    text: str, draft: _Draft, stated: _Values, opened: int, limit: int
) -> None:
    """Read the one "to"/"from" pair later in a verb's clause, past words the part-by-part
    reading stops at: "lifted its key rate in four steps from 8.5% to 50%", "rose to 382
    people per sq km from 324", "climbed to 57.0% of GDP, or PLN 932bn, against 55.6%".

    Each value of the clause is a candidate for the part the word before it names ("to";
    "from", "against": `[pair sources]`). The pair is read only when each part has one
    candidate, no other value of the clause is alike to them (a rival), and no word opening
    another clause comes before the second: with any doubt there is no change.
    """
    within = values_within(*stated, opened, limit)
    roles: dict[str, list[Value]] = {"to": [], "from": []}
    after = opened
    for value in within:
        role = _pair_role(_lower(TOKEN.findall(text, after, hedge_start(text, value))))
        if role is not None:
            roles[role].append(value)
        after = value.end or 0
    if len(roles["to"]) != 1 or len(roles["from"]) != 1:
        return
    (to,), (source,) = roles["to"], roles["from"]
    read = draft.to or draft.source
    if read is not None and read is not to and read is not source:
        return
    if any(
        alike(value, to) or alike(value, source)
        for value in within
        if value is not to and value is not source
    ):
        return
    first, second = sorted((to, source), key=lambda value: value.start or 0)
    head = _lower(TOKEN.findall(text, opened, hedge_start(text, first)))
    # a time phrase between them is passed over: "to $6.1 billion[ by the end of fiscal
    # 2025] from $8.6 billion"
    between = _lower(TOKEN.findall(text, first.end or 0, hedge_start(text, second)))
    gap = list(without_time(between))
    inside = [v for v in within if (first.end or 0) <= (v.start or 0) < (second.start or 0)]
    if (
        _words(head) > _PAIR_REACH
        or _words(gap) > _PAIR_GAP
        or _opens_clause(head + gap)
        or _labelled(gap)
        or _unread_figures(text, first.end or 0, hedge_start(text, second)) > len(inside)
    ):
        return
    if alike(inherit(to, source), inherit(source, to)):
        draft.to, draft.source = to, source
        draft.last = "from" if second is source else "to"
        draft.end = second.end or 0


def _unread_figures(text: str, start: int, end: int) -> int:
    """How many figures stand between two values, years and the base of a rate left out
    ("to 13.1 per [1,000] women in [2022] from 13.9"): another figure there is one the pair
    does not read, so no reading is clearly best."""
    return sum(
        not (rate_base(text, m.start()) or _YEAR.fullmatch(m.group()))
        for m in _DIGITS.finditer(text, start, end)
    )


def _labelled(gap: Sequence[str]) -> bool:
    """Whether the words after a pair's first value name what it is of ("at home", "in
    Asia"), not its unit ("people per sq km") or period ("in May")."""
    lead = list(itertools.takewhile(lambda w: w not in _PAIR_ENDS, gap))
    return bool(lead) and lead[0] in _PAIR_LABELS and not _is_filler(lead)


def _governs(text: str, end: int) -> bool:
    """Whether a preposition follows a change noun, which then heads what follows ("an
    increase [in] revenue from"), not a verb of its own ("the contraction deepened")."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1).lower() in _GOVERNING


def _opens_clause(words: Sequence[str]) -> bool:
    """Whether lower-cased words hold a mark or word that opens another clause; one before a
    date only dates ("for the first time since 2019", "after March")."""
    return any(
        word in _CLAUSE_OPENERS
        and not (k + 1 < len(words) and (words[k + 1][0].isdigit() or words[k + 1] in _MONTHS))
        for k, word in enumerate(words)
    )


def _words(tokens: Sequence[str]) -> int:
    """How many of the tokens are words, not figures or marks."""
    return sum(token[0].isalpha() for token in tokens)


def _read_alike_value_before(text: str, draft: _Draft, stated: _Values, floor: int) -> None:
    """Read the new value of an adverb's or comparison's change as the one value before it
    in its sentence alike to the value it is compared with, past words the part-by-part
    reading stops at: "a surplus of $4.52 billion in February, the 24th in a row and up
    from $3.29 billion", "to 188.1 billion pesos ($10.8 billion) in the quarter, short of
    the 199.7 billion pesos".

    Both values must name their currency or unit (which bare figure a distant one is
    compared with is unsure), and no word opening another clause may stand between them;
    a time phrase there counts for nothing in their distance ("At $62 billion[ in March],
    the US trade gap came in narrower than forecasters had expected, down from").
    Two alike values before it ("742 million tonnes, 37 million tonnes of it from the
    second crop, up from") leave no reading clearly best; so does a size of the change
    before its word ("N88.6 billion, or 15.8%, more than": see `_read_changes`).
    """
    values, starts = stated
    source = draft.source
    if source is None:
        return
    before = values_within(values, starts, floor, draft.start)
    similar = [value for value in before if alike(value, source) and not _unitless(value)]
    if len(similar) != 1:
        return
    (value,) = similar
    index = bisect.bisect_left(starts, value.start or 0)
    if index and _VIEW_BEFORE.fullmatch(text, values[index - 1].end or 0, hedge_start(text, value)):
        return  # "7.9 trillion crowns (804 billion euros), up from": a view of another value
    between = _without_pointing_clause(TOKEN.findall(text, value.end or 0, draft.start))
    if (
        _words(without_time(between)) > _PAIR_REACH
        or _opens_clause(between)
        or between[-1:] == ["or"]  # "£100,000 or more": a hedge of the value
        or any(w in _COORDINATORS for w in between[:-1])  # "$3bn and profit above": another
        or (between and between[0] in _PER_WORDS)  # "Rs 24.1 a share, ... up 18.1% on": a rate
    ):
        return
    draft.to, draft.start, draft.joined = value, value.start or 0, False


def _without_pointing_clause(tokens: Sequence[str]) -> list[str]:
    """The words, lower-cased, between a value and a comparison, less a clause at their end
    that only points back to the value: "$9.3 billion this year[, though it is] smaller
    than", "$5 billion[, and that was still] above"."""
    words = _lower(_without_degree(tokens))
    if len(words) < 2 or words[-1] not in _POINTING_VERBS or words[-2] not in _POINTING_PRONOUNS:
        return _lower(tokens)
    rest = words[:-2]
    if rest and (rest[-1] in _COORDINATORS or rest[-1] in _CONCESSIVES):
        rest.pop()
    return rest


def _pair_role(words: Sequence[str]) -> str | None:
    """Whether the last words before a value make it a "to" or a "from" value: the last
    such word, with only words leading to the value after it."""
    for k in range(len(words) - 1, max(-1, len(words) - 1 - _MAX_LIST_WORDS - 1), -1):
        if not _leads_to_value(words[k + 1 :]):
            continue
        if any(tuple(words[k + 1 - len(p) : k + 1]) == p for p in PAIR_SOURCES):
            return "from"
        if words[k] == "to":
            return "to"
    return None


def _listed(text: str, value: Value | None, values: Sequence[Value], starts: Sequence[int]) -> bool:
    """Whether a compared value opens a list of alike values: "the R351bn and R381bn"."""
    if value is None:
        return False
    at = bisect.bisect_right(starts, value.start or 0)
    if at >= len(values) or not alike(value, values[at]):
        return False
    end = hedge_start(text, values[at])
    if end - (value.end or 0) > _LIST_GAP:
        return False
    between = _lower(TOKEN.findall(text, value.end or 0, end))
    return between == ["and"] or between == [",", "and"]


def _grades_a_verb(text: str, start: int, floor: int) -> bool:
    """Whether a comparative only grades the direction verb before it: "dropped by more",
    "rose even faster"."""
    words = _lower(TOKEN.findall(text, max(floor, start - 32), start))
    while words and words[-1] in _VERB_GRADERS:
        words.pop()
    return bool(words) and _WORDS.get(words[-1], (None, None))[1] == "verb"


def _read_times(text: str, draft: _Draft, floor: int) -> bool:
    """Read a multiple written as a number and "times", comparing the value before it with
    the one after: "$400 billion, four times the $100 billion", "2.83 times as much as";
    False if no number comes before "times" or no comparison after it."""
    number = _TIMES_BEFORE.search(text, max(floor, draft.start - 20), draft.start)
    compared = _TIMES_AFTER.match(text, draft.end)
    if number is None or compared is None:
        return False
    digits = number.group("n")
    decimals = len(digits.partition(".")[2])
    rounding = 0.5 * 10**-decimals
    draft.multiple = _multiple(text, number.start(), draft.end, _fold_value(number), rounding)
    draft.start = number.start()
    if len(compared.group().split()) > 1:  # "as much as": the comparison's own words
        draft.end = compared.end()
    return True


def _times_compared(text: str, draft: _Draft) -> bool:
    """Whether a multiple in "times" has read the value it compares right after it, and
    nothing more: "four times [the] $100 billion", "three times [its first-quarter pace of]"."""
    if draft.source is None or draft.to is not None or draft.by:
        return False
    words = _lower(TOKEN.findall(text, draft.end, hedge_start(text, draft.source)))
    return not words or _leads_to_value(words, compared=True)


def _revision(text: str, draft: _Draft, floor: int) -> bool:
    """Whether a past participle after a comma or a linking verb moves the value before it
    from the value it names: "0.4 per cent, revised up from an earlier estimate of 0.3 per
    cent", "4.9%, which was lowered from 5.2%"."""
    if draft.to is not None or draft.source is None or not draft.wording.split()[0].endswith("ed"):
        return False
    words = tuple(_lower(TOKEN.findall(text, max(floor, draft.start - 24), draft.start)))
    return words[-1:] == (",",) or phrase_ending(words, _LINKING) > 0


def _joined_to_change(text: str, drafts: Sequence[_Draft], comparison: _Draft) -> _Draft | None:
    """A comparison joined by a coordinator to the change before it, in its sentence,
    compares that change's new value: "reached $2,459 million, 9.4% more than a year
    before and above June's $2,417 million", "$3.1 billion, up 4% from a year earlier but
    down 2% from June's $3.2 billion"; None when more than period words, the words naming
    a compared period ("than", "from", "on") and degree words stand between them, or the
    values are not alike."""
    if not drafts or drafts[-1].to is None or not alike(drafts[-1].to, comparison.source):
        return None
    between = _lower(_without_degree(TOKEN.findall(text, drafts[-1].end, comparison.start)))
    if not between or between[-1] not in _JOINING:
        return None
    if not all(
        (w,) in _COMPARED_PERIOD or w in _PUNCTUATION or _filler_word(w) for w in between[:-1]
    ):
        return None
    comparison.to, comparison.start = drafts[-1].to, drafts[-1].start
    return comparison


def _compares_a_value(draft: _Draft) -> bool:
    """Whether a change is a comparison with a value of its own ("above the $7.9 billion
    forecast"), not a size of the change before ("up 15.6 percent")."""
    return draft.kind in ("adverb", "compare") and draft.source is not None


def _compares_an_earlier_value(text: str, comparison: _Draft) -> bool:
    """Whether a comparison's or a change's subject is the earlier value of a pair no change
    was read for ("raised its forecast to 1.75 trillion yen in operating profit from 1.6
    trillion yen, above the 1.69 trillion yen average"; "N617 per litre in Lagos, up from
    N568 last week, an increase of N49"): never its subject, and its new value's words are
    unread. A size of the change's own after "from" ("up 15.6 percent") stays the pair's."""
    if comparison.to is None:
        return False
    start = hedge_start(text, comparison.to)
    floor = max(0, start - _FROM_REACH)
    if comparison.kind == "compare":
        return _FROM_BEFORE.search(text, floor, start) is not None
    return comparison.kind == "noun" and _UP_FROM_BEFORE.search(text, floor, start) is not None


def _compared_from_change(change: _Draft, comparison: _Draft) -> _Draft | None:
    """A comparison after a change's earlier value compares the change's new value:
    "rose to 3,460 million from 3,330 million, slightly ahead of the 3,430 million forecast",
    "up from SEK 3.7 billion and above the SEK 3.36 billion forecast", and so for a sized
    one ("above the $7.9 billion consensus by $0.3 billion"): the earlier value is never its
    subject. None when that change has no new value to compare."""
    if comparison.kind not in ("adverb", "compare") or change.to is None:
        return None
    comparison.to, comparison.start = change.to, change.to.start or 0
    return comparison


def _rate_of(text: str, draft: _Draft, at: int) -> Direction | None:
    """The direction of the change named at `at` whose rate a comparison may take as its
    compared value ("a steeper drop than the 0.2 per cent decline"), or None."""
    if draft.kind == "noun" or draft.stated or draft.source is not None:
        return None
    noun = _ANCHOR.match(text, at)
    if noun is None:
        return None
    direction, kind = _WORDS[" ".join(noun.group().split()).lower()]
    return direction if kind == "noun" or noun.group().lower() in _NOUN_TOO else None


def _participle_at(text: str, at: int) -> bool:
    """Whether the direction word at `at` is a verb's participle and never a noun, which
    describes the value before it rather than naming a change of its own: "the £180
    million [raised] in April", "the 250,000 [added] in May"."""
    verb = _ANCHOR.match(text, at)
    if verb is None:
        return False
    word = " ".join(verb.group().split()).lower()
    return _WORDS[word][1] == "verb" and word not in _NOUN_TOO and word.endswith("ed")


def _paced(text: str, drafts: Sequence[_Draft], pace: _Draft) -> _Draft | None:
    """A comparison of two changes' rates, kept only when its new value is the rate of the
    change just before, in the direction of the one it is compared with: "exports rose 0.5
    percent, slowing from 2.4 percent growth"; "rose 2%, slowing from a 3% fall" is not."""
    if not drafts or drafts[-1].direction != pace.rate_of or len(drafts[-1].by) != 1:
        return None
    rate = drafts[-1].by[0]
    if pace.to is None and _is_filler(
        _without_asides(TOKEN.findall(text, drafts[-1].end, pace.start))
    ):
        pace.to = rate
    if pace.to is not rate or not alike(rate, pace.source):
        return None
    pace.start = rate.start or 0
    return pace


def _without_named_change(tokens: Sequence[str]) -> Sequence[str]:
    """The tokens without a closing noun after a comma that names the change just read:
    "edged down 0.3 percent, [the decline] narrowing from a 1.6-percent fall"."""
    words = _lower(tokens)
    if len(words) < 3 or words[-2] not in _ASIDE_START or words[-3] != ",":
        return tokens
    entry = _WORDS.get(words[-1])
    if entry is None:
        return tokens
    return tokens[:-2] if entry[1] == "noun" or words[-1] in _NOUN_TOO else tokens


def _names_a_list(text: str, anchor: re.Match[str]) -> bool:
    """Whether a direction word heads a list of changes: it is a plural noun ("the biggest
    falls came in Hungary, from 10.0% to 7.6%, and Spain, ...") or ends in a colon."""
    word = anchor.group().lower()
    return text.startswith(":", anchor.end()) or (word in _NOUN_TOO and word.endswith("s"))


def _read_list(
    text: str, anchor: re.Match[str], values: Sequence[Value], starts: Sequence[int], limit: int
) -> list[_Draft]:
    """The changes a list states after its direction word, one per pair of alike values
    written "from A to B" or "to B from A", each after a short label: "revised down: 2019
    to 4.1% from 4.2%, 2020 to 4.7% from 5.1%"."""
    wording = " ".join(anchor.group().split())
    direction = _direction_of(text, anchor)
    assert direction is not None, "anchors without a direction are left out"
    head = _Draft(direction, wording, _WORDS[wording.lower()][1], anchor.start(), anchor.end())
    return _listed_pairs(text, head, (values, starts), limit, listed=False)


def _gapped_pairs(text: str, draft: _Draft, values: _Values, limit: int) -> list[_Draft]:
    """The changes whose verb a conjunct leaves out after a change read with both its values:
    "Exports rose to $5.2 billion from $4.8 billion and imports to $6.1 billion from $5.9
    billion", "food inflation slowed to 49.4% from 51.9%, non-food to 29.3% from 30.9%",
    each maybe sized: "and earnings per share by 12.4% to 14.50p from 12.90p".
    Each pair follows a separator and a short label, as in a list."""
    if draft.kind != "verb" or draft.to is None or draft.source is None:
        return []
    return _listed_pairs(text, draft, values, limit, listed=True)


def _listed_pairs(
    text: str, head: _Draft, values: _Values, limit: int, *, listed: bool
) -> list[_Draft]:
    """The pairs of alike values after `head`, each written "from A to B" or "to B from A"
    after a short label, moving the way `head` does; `listed` when a pair was read before."""
    found: list[_Draft] = []
    pos = head.end
    index = bisect.bisect_left(values[1], pos)
    while index + 1 < len(values[0]) and (values[0][index + 1].end or 0) <= limit:
        size = _size_before_to(text, values[0], index) if head.stated and listed else None
        if size is not None:  # "and earnings per share [by 12.4%] to 14.50p from 12.90p"
            index += 1
            if index + 1 >= len(values[0]) or (values[0][index + 1].end or 0) > limit:
                break
        first, second = values[0][index], values[0][index + 1]
        lead_end = hedge_start(text, size) if size else first.start or 0
        lead = _lower(TOKEN.findall(text, pos, lead_end))
        if size is not None:
            lead = [*lead[: -1 if lead[-1:] == ["by"] else None], "to"]
        middle = _lower(TOKEN.findall(text, first.end or 0, second.start or 0))
        label = _MAX_LIST_LABEL if found or listed else _MAX_LIST_LEAD
        order = _pair_order(lead, middle, label, bool(found) or listed)
        if order is None or not alike(first, second):
            break
        draft = _Draft(head.direction, head.wording, head.kind, first.start or 0, second.end or 0)
        draft.source, draft.to = (first, second) if order == "from" else (second, first)
        if size is not None:
            draft.start, draft.by = size.start or 0, [size]
        found.append(draft)
        pos, index = second.end or 0, index + 2
    return found


def _size_before_to(text: str, values: Sequence[Value], index: int) -> Value | None:
    """values[index] when it is a percentage sizing the pair after it: "[12.4%] to 14.50p"."""
    size = values[index]
    if not (isinstance(size, Amount) and size.unit == "percent"):
        return None
    return size if _TO_AFTER_SIZE.match(text, size.end or 0) else None


def _pair_order(lead: Sequence[str], middle: Sequence[str], label: int, listed: bool) -> str | None:
    """Which part the first value of a listed pair is ("from" or "to"), from the words
    before it (a label, then its keyword) and between the two (periods, then the other)."""
    keyword = next((k for k in range(len(lead) - 1, -1, -1) if lead[k] in ("from", "to")), None)
    if keyword is None or len(lead) - keyword - 1 > _MAX_LIST_WORDS:
        return None
    head = lead[:keyword]
    if listed:  # a later pair follows a separator, maybe after the period of the one before
        separator = next((i for i, w in enumerate(head) if w in (",", ";", "and")), None)
        if separator is None:
            return None
        if _is_filler(head[:separator], words=True):
            head = head[separator:]
    if len(head) > label or any(w in _STOP and w != "and" for w in head):
        return None
    other = "to" if lead[keyword] == "from" else "from"
    if other not in middle:
        return None
    at = middle.index(other)
    if not _is_filler(middle[:at]) or len(middle) - at - 1 > _MAX_LIST_WORDS:
        return None
    return lead[keyword]


def alike(one: Value | None, other: Value | None) -> bool:
    """Whether two values are both read and of one kind: the same currency or unit."""
    if isinstance(one, Money) and isinstance(other, Money):
        return one.currency == other.currency
    return isinstance(one, Amount) and isinstance(other, Amount) and one.unit == other.unit


def _alike_in_scale(value: Value, other: Value | None) -> bool:
    """Whether `value` is alike to `other` and written with the same multiplier."""
    return alike(value, other) and value.multiplier == getattr(other, "multiplier", None)


def _clause_opening(words: Sequence[str]) -> int:
    """Where the last clause of lower-cased `words` opens: after a clause mark or "and"."""
    return max((i + 1 for i, w in enumerate(words) if w in _CLAUSE_END or w == "and"), default=0)


def values_within(
    values: Sequence[Value], starts: Sequence[int], start: int, end: int
) -> Sequence[Value]:
    """The values (in text order, starting at `starts`) that start from `start` up to `end`."""
    return values[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


def _reported(change: ChangeClaim) -> bool:
    """Whether a change is worth a claim: it has two values to compare, or states a rate.

    "Shares rose 4 percent" is a change; "exports rose to 2.5 trillion yen" and "cut 500
    jobs" are amounts with nothing to check them against.
    """
    if change.from_value is not None and change.to_value is not None:
        return True
    rates = ("percent", "percentage_point")
    return change.multiple is not None or any(
        isinstance(b, Amount) and b.unit in rates for b in change.by
    )


def _read_stated_before(
    text: str, draft: _Draft, values: Sequence[Value], starts: Sequence[int], floor: int
) -> bool:
    """Read a change stated before its word ("a 20 percent rise", "a fivefold increase")."""
    fold = _FOLD_BEFORE.search(text, max(floor, draft.start - 30), draft.start)
    if fold is not None:
        draft.multiple = _multiple(text, fold.start("n"), fold.end(), _fold_value(fold))
        draft.start = fold.start()
    else:
        index = bisect.bisect_left(starts, draft.start) - 1
        if index < 0 or (values[index].start or 0) < floor:
            return False
        before = values[index]
        tokens = TOKEN.findall(text, before.end or 0, draft.start)
        sized_twice = (  # "800, or 0.5%, higher than": the second of two sizes
            tokens == [","]
            and draft.kind in ("adverb", "compare")
            and _size_before(text, values, index, floor) is not None
        )
        if (
            tokens
            and not sized_twice
            and (
                draft.kind in ("adverb", "compare")
                or len(tokens) > _MAX_OBJECT
                or not _is_filler(tokens, words=True)
                or tokens[0].lower() == "of"  # "37.5% of growth", "5,000 of the gain": parts
            )
        ):
            return False
        draft.by.append(before)
        draft.start = before.start or 0
        # "..., a 0.9 per cent rise": a noun in apposition, like "an increase of 0.9%"
        draft.article = bool(
            _ARTICLE_BEFORE.search(text, max(floor, draft.start - 24), draft.start)
        )
    draft.wording_first = False
    if draft.kind == "verb":
        draft.kind = "noun"
    return True


def _in_relative(text: str, value: Value, floor: int) -> bool:
    """Whether a value stands in a relative clause about the subject of the verb after it
    as another figure than the subject's own: "The toll, which includes 349 deaths and
    296 in Victoria, was ..."; "The total, in which 53 people were killed, was ..."; not
    "Profit, which was R322m, was ..." nor "..., which rose to R322m, was ..."."""
    start = hedge_start(text, value)
    low = max(floor, start - _RELATIVE_REACH, text.rfind(";", 0, start) + 1)
    openings = list(_RELATIVE_OPENING.finditer(text, low, start))
    if not openings:
        return False
    words = [t.lower() for t in TOKEN.findall(text, openings[-1].end(), start)]
    states_value = words[-1:] in (["to"], ["at"], ["of"]) or any(
        verb[0] in words for verb in _LINKING
    )
    return not states_value


def _read_after(
    text: str, draft: _Draft, values: Sequence[Value], starts: Sequence[int], limit: int
) -> None:
    """Read the parts that follow the direction word: by, to and from, in any order."""
    pos = draft.end
    first = True
    shares_given = False  # a value read was restated as a share: "to $1.2bn, 51% of GDP,"
    index = bisect.bisect_left(starts, pos)
    while index < len(values):
        value = values[index]
        start = value.start or 0
        if start >= limit:
            return
        hedged = hedge_start(text, value)
        gap_end = hedged if hedged >= pos else start
        restated = _restated(text, values, index - 1) if _read_last(draft, values, index) else None
        if restated is not None:
            index, pos = restated[0] + 1, restated[1]
            continue
        earlier = _bracketed_earlier(text, draft, value, pos, limit)
        if earlier is not None:
            draft.source, draft.last = value, "from"
            pos = draft.end = earlier
            first, index = False, index + 1
            continue
        if (
            (value.end or 0) < limit
            and not text[value.end : limit].strip(" -")
            and not _participle_at(text, limit)
        ):
            # the next change's own figure: "compared with a 15% rise", unless its rate is
            # what a pace word compares: "slowing from 2.4 percent growth"; not a value a
            # participle describes ("below the £180 million raised in April")
            draft.rate_of = _rate_of(text, draft, limit)
            if draft.rate_of is None:
                return
        if _in_aside(text, pos, value, limit):
            index += 1
            continue
        closing = _share_aside(text, draft, pos, value, limit)
        if closing is not None:
            pos, shares_given = closing, True
            index = bisect.bisect_left(starts, closing)
            continue
        tokens = TOKEN.findall(text, pos, gap_end)
        part = _part(tokens, draft, first)
        if part is None:
            return
        if part == "by" and shares_given and _is_percent(value):
            return  # "to $1.2bn, 51% of GDP, from $1.1bn, or 50.4%": a share, not a size
        if part == "by" and draft.by and not _other_measure(draft.by, [value]):
            return  # "fell 5% (4.8% in real terms)": another reading, not a second size
        if part == "by" and draft.to is not None and not _sizes(value, draft.to):
            return  # "from $960 to $1,000, or €920": the value in another currency
        if part == "by" and "or" in _lower(tokens[-2:]) and _share_of(text, value):
            return  # "from €260 million, or 56% of turnover": a share, not its size
        if "(" in tokens[-2:] and _UNITS_CLOSE.match(text, value.end or 0) is None:
            return  # "46% (138,100 people, from 273,500 births": a bracket of its own
        if part == "by":
            upper = values[index + 1] if index + 1 < len(values) else None
            if upper is not None and _range_of(text, value, upper):
                value, index = _range(text, value, upper), index + 1
            draft.by.append(value)
        elif part == "to":
            draft.to = value
            draft.to_unhedged = hedged < pos
            draft.up_to = first and draft.wording.lower() == "up" and tokens == ["to"]
        else:
            draft.source = value
        draft.last = part
        pos = draft.end = value.end or start
        first = False
        index += 1


def _sizes(size: Value, value: Value) -> bool:
    """Whether a size may be a change's in a value's unit, or a percentage of it."""
    return _is_percent(size) or _in_points(size) or alike(size, value)


def _read_last(draft: _Draft, values: Sequence[Value], index: int) -> bool:
    """Whether the value before `index` is the part of the change read last."""
    if index < 1:
        return False
    last = values[index - 1]
    return last.end == draft.end and any(last is v for v in (draft.to, draft.source, *draft.by))


def _part(tokens: Sequence[str], draft: _Draft, first: bool) -> str | None:
    """Which part a value is, from the words between it and the change read so far."""
    if len(tokens) > _MAX_GAP_TOKENS:
        return None
    tokens = _without_span(
        _without_inner_reporting(_without_relative_aside(_without_asides(tokens)))
    )
    words = _lower(tokens)
    if first and draft.kind == "verb":
        manner = _manner_length(words)  # "rose steadily, from 9% to 80%", "rose as well, to"
        tokens, words = tokens[manner:], words[manner:]
    if first and draft.kind == "compare":
        return "from" if _leads_to_value(words, compared=True) else None
    # a multiple compares the value before it with the one after: "$7.81 billion, almost
    # twice the $4.12 billion", "double the previous record of $38.1 billion"
    compared = first and draft.kind == "multiple" and words[:1] and words[0] in _ASIDE_START
    if compared and _leads_to_value(words, compared=True):
        return "from"
    if not words or words == ["by"]:
        direct = first and draft.kind in ("verb", "adverb") and not draft.stated
        return "by" if direct else None
    if draft.last:
        tokens = _past_units(tokens, draft.to if draft.last == "to" else draft.source)
        words = _lower(tokens)
    if draft.last and words in (["("], ["(", "+"]) and _allowed("or", "by", draft):
        # the size measured the other way, in brackets: "3,367 voters (+7.2%)", or the size
        # of a pair: "from R960 to R1 000 (4.2%)"
        return "by"
    for k in range(len(words) - 1, -1, -1):
        for phrase, part in _KEYWORDS_BY_FIRST.get(words[k], ()):
            if tuple(words[k : k + len(phrase)]) != phrase:
                continue
            if not _leads_to_value(words[k + len(phrase) :], compared=phrase == ("than",)):
                continue
            head = tokens[:k]
            as_object = not _is_filler(head)
            if as_object and not (
                phrase != ("or",) and _may_take_object(draft) and _is_object(head, draft)
            ):
                continue
            owned = phrase == ("on",) and _owned(words[k + 1 :]) and draft.source is None
            if _allowed(phrase[0], part, draft) or owned:
                draft.object_used = draft.object_used or as_object
                return part
    return None


def _past_units(tokens: Sequence[str], value: Value | None) -> Sequence[str]:
    """The tokens after a value less the unit words that open them ("120 million [tonnes]
    from", "3,367 [voters], or", "$0.73 [a share] from") and, after a percentage, what it is
    of: "4.1% [of GDP] from 3.5%"."""
    units = 0
    if len(tokens) > 1 and tokens[0].lower() in _PER_WORDS and _unit_word(tokens[1]):
        units = 1  # a rate's unit: "$0.73 a share from", "53.70 per barrel to"
    while units < min(len(tokens), _MAX_UNIT_WORDS) and _unit_word(tokens[units]):
        units += 1
    tokens = tokens[units:]
    if tokens[:1] and tokens[0].lower() == "of" and _is_percent(value):
        of = 1
        while of <= _MAX_UNIT_WORDS and of < len(tokens) and _of_word(tokens[of]):
            of += 1
        tokens = tokens[of:]
    return tokens


def _owned(words: Sequence[str]) -> bool:
    """Whether words before a value name the period it belongs to, so that "on" before them
    gives a verb's old value: "rose 12% on [last year's] $3.1bn", not "on sales of", nor
    "on Apple's $90 billion buyback"."""
    return any(_POSSESSIVE.search(w) and _filler_word(w[:-2]) for w in words)


def _manner_length(words: Sequence[str]) -> int:
    """How many of the first words qualify a verb's move: "steadily", "as well", "further",
    "as a share of the budget,", "more sharply again", or grade words before a comma:
    "quickened more, to"."""
    length = 0
    while True:
        graded = length
        while graded < len(words) and words[graded] in _MANNER_DEGREES:
            graded += 1
        one = _one_manner(words[graded:])
        if not one:
            break
        length = graded + one
    if not length and words[graded : graded + 1] == [","]:
        return graded
    return length


def _one_manner(words: Sequence[str]) -> int:
    """How many of the first words are one manner: "steadily", "as well", "as a share of
    the budget,"."""
    if words and _MANNER.fullmatch(words[0]):
        return 1
    measure = next((len(p) for p in _MANNER_MEASURES if tuple(words[: len(p)]) == p), 0)
    if measure and "," in words[measure : measure + _MEASURE_NAME_WORDS + 1]:
        named = words.index(",", measure)
        if all(w.isalpha() for w in words[measure:named]):
            return named + 1
    return next((len(p) for p in _MANNER_PHRASES if tuple(words[: len(p)]) == p), 0)


def _leads_to_value(words: Sequence[str], *, compared: bool = False) -> bool:
    """Whether words between a keyword and a value only lead to it: "the", "last year's",
    "its April estimate of" (period words say when the value held), or an owner named
    before its possessive: "June's", "the central bank's"; and, for the value a comparison
    is made with, a short label ending in "of": "than the national average of", "below its
    first-quarter pace of".
    """
    owner = 0
    for word in words:
        if _POSSESSIVE.search(word):
            owner = 0
        elif word not in _BEFORE_VALUE and word not in _FILLER and not _SPAN_WORD.fullmatch(word):
            owner += 1
            if owner > _MAX_OWNER_WORDS:
                break
    else:
        if owner == 0:
            return True
    if not compared or len(words) < 2:
        return False
    # "than the national average of", or a bare label: "outpacing inflation of 4.0%"
    label, last = words[1 if words[0] in _ASIDE_START else 0 : -1], words[-1]
    return (
        (last == "of" or _POSSESSIVE.search(last) is not None)
        and len(label) <= _MAX_LABEL_WORDS
        and all(_label_word(w) or w in _FILLER for w in label)
    )


def _label_word(word: str) -> bool:
    """Whether a word may name what a compared value is: "average", "first-quarter"."""
    return word[0].isalpha() and word not in _NOT_UNIT and word not in _WORDS


def _without_asides(tokens: Sequence[str]) -> Sequence[str]:
    """The tokens without an aside between commas that names no part: "rose to 1.8
    percent in January[, the highest since June 2014,] from 1.6 percent".

    An aside starts with an article and holds only words: no keyword that introduces a
    part and no word that starts a clause, but "since" ("the highest since 2014") and a
    reporting verb ("the bureau said on Tuesday").
    """
    return _without_set_off(tokens, _ASIDE_START, _names_no_part)


def _names_no_part(aside: Sequence[str]) -> bool:
    """Whether an aside's words hold no keyword of a part and open no clause."""
    return not any(w.lower() in _ASIDE_KEYWORDS or w.lower() in _ASIDE_STOP for w in aside)


def _without_set_off(
    tokens: Sequence[str], openers: frozenset[str], passable: Callable[[Sequence[str]], bool]
) -> Sequence[str]:
    """The tokens without the first aside set off by commas that one of `openers` opens,
    its closing comma kept, when `passable` passes its words (its opener first); the tokens
    as they are when that aside is not passable or not closed within `_MAX_ASIDE`."""
    words = _lower(tokens)
    for start, word in enumerate(words[:-1]):
        if word != "," or words[start + 1] not in openers:
            continue
        end = next((i for i in range(start + 2, len(words)) if words[i] == ","), None)
        if end is None or end - start > _MAX_ASIDE or not passable(tokens[start + 1 : end]):
            return tokens
        return [*tokens[:start], *tokens[end:]]
    return tokens


def _without_span(tokens: Sequence[str]) -> Sequence[str]:
    """The tokens without a span between two periods: "almost doubled [between 1973 and
    2011], from 9% to 16%", "fell [between January and June] to 4.1%", and without the
    "to", "from" and "by" that date a period rather than lead to a value: "in the six
    months [to] 31 December, from", "[from] July 1 [to] October 30, compared with"."""
    tokens = [t for at, t in enumerate(tokens) if not _dates_a_period(tokens, at)]
    words = _lower(tokens)
    if "between" not in words:
        return tokens
    at = words.index("between")
    span = words[at + 1 : at + 4]
    if len(span) == 3 and span[1] == "and" and _filler_word(span[0]) and _filler_word(span[2]):
        return [*tokens[:at], *tokens[at + 4 :]]
    return tokens


def _dates_a_period(tokens: Sequence[str], at: int) -> bool:
    """Whether the token at `at` is a "to", "from" or "by" before a month, maybe after its
    day: "the year [to] June", "the 52 weeks [to] 2 March", "[from] July 1", "grew to
    NZ$4.83 billion [by] 31 March 2022 from"."""
    if tokens[at].lower() not in _PERIOD_DATINGS:
        return False
    month = at + 2 if at + 2 < len(tokens) and tokens[at + 1].isdigit() else at + 1
    return month < len(tokens) and tokens[month].lower() in MONTH_NAMES


def _dated_plainly(tokens: Sequence[str]) -> list[str]:
    """The tokens with a date's marks left out, so that it reads as period words: "in the
    year ended March 31, 2024," and "Sept. 30, 2023" read as "March 31 2024", "Sept 30 2023"."""
    kept: list[str] = []
    for at, token in enumerate(tokens):
        after_month = at > 0 and tokens[at - 1].lower() in MONTH_NAMES
        if token == "." and after_month:
            continue
        day = kept[-1] if kept else ""
        month = kept[-2].lower() if len(kept) > 1 else ""
        year = tokens[at + 1] if at + 1 < len(tokens) else ""
        if token == "," and day.isdigit() and month in MONTH_NAMES and _YEAR.fullmatch(year):
            continue
        kept.append(token)
    return kept


def _in_aside(text: str, pos: int, value: Value, limit: int) -> bool:
    """Whether a value sits in an aside between commas: "[, a three-year high,]"."""
    start = value.start or 0
    opening = text.rfind(",", pos, start)
    closing = text.find(",", value.end or 0, limit)
    if opening < 0 or closing < 0:
        return False
    tokens = TOKEN.findall(text, opening, closing + 1)
    return len(_without_asides(tokens)) == 1  # only its closing comma is left


def _share_aside(text: str, draft: _Draft, pos: int, value: Value, limit: int) -> int | None:
    """Where an aside ends that restates the value just read, maybe after its period, as a
    share of something, so that the change reads on past it: "shrink to $514 billion[, or 3
    percent of GDP,] from $680 billion", "climbed from R72.3 billion in 2005/06[, 4.6
    percent of GDP,] to R118.1 billion"; None if the value opens no such aside."""
    restated = draft.to if draft.last == "to" else draft.source if draft.last == "from" else None
    if restated is None or not _share_of(text, value) or _is_percent(restated):
        return None
    start = hedge_start(text, value)
    comma = text.find(",", pos, start)
    if comma < 0 or not _is_filler(TOKEN.findall(text, pos, comma), words=True):
        return None
    if not any(o.fullmatch(text, comma, start) for o in (_SHARE_ASIDE_OPEN, _BARE_ASIDE_OPEN)):
        return None
    closing = text.find(",", value.end or 0, limit)
    return closing if closing >= 0 else None


def _share_aside_closing(text: str, values: Sequence[Value], index: int, limit: int) -> int | None:
    """Where an aside ends that gives the value before `index` as a share of something,
    maybe after that value's period ("240,100[, or 61 per cent of the growth,]", "$13.3
    billion in 2026/27[, 2.9 percent of GDP] and up from"), if the value at `index` opens
    one that closes before `limit`, at a comma or at an "and" right after what the share
    is of; None otherwise."""
    share = values[index]
    if index < 1 or not _share_of(text, share) or _is_percent(values[index - 1]):
        return None
    amount_end, start = values[index - 1].end or 0, hedge_start(text, share)
    if _COUNTED_SHARE_OPEN.fullmatch(text, amount_end, start) is None:
        comma = text.find(",", amount_end, start)
        if comma < 0 or not _BARE_ASIDE_OPEN.fullmatch(text, comma, start):
            return None
        if not _is_filler(TOKEN.findall(text, amount_end, comma), words=True):
            return None
    closing = text.find(",", share.end or 0, limit)
    if closing >= 0:
        return closing
    joined = _AND_AT_END.search(text, share.end or 0, limit)
    if joined is None:
        return None
    of = _lower(TOKEN.findall(text, share.end or 0, joined.start()))
    named = of[:1] == ["of"] and 1 < len(of) <= _MAX_UNIT_WORDS + 1
    return joined.start() if named and all(map(_of_word, of[1:])) else None


def _share_of(text: str, value: Value) -> bool:
    """Whether a value is a percentage of something named after it: "56% of turnover"."""
    return _is_percent(value) and _OF_AFTER.match(text, value.end or 0) is not None


def _of_word(token: str) -> bool:
    """Whether a token may name what a percentage is of: "GDP", "output", "sales"."""
    return token.isalpha() and token.lower() not in _NOT_UNIT


def _paid_and_raised(text: str, value: Value, draft: _Draft, floor: int) -> bool:
    """Whether a value named per member or period (after it, or by the word opening its
    clause from `floor`) stands before a participle sized by an amount not so named:
    "Each household will pay Rs 1,500 a year, raising Rs 3,750 crore" states a payment and
    the sum it raises, no change's two values."""
    opening = _lower(TOKEN.findall(text, floor, hedge_start(text, value))[:1])
    return bool(
        PER_UNIT_AFTER.match(text, value.end or 0) or _MEMBER_OPENERS.intersection(opening)
    ) and any(
        not _is_percent(by) and not PER_UNIT_AFTER.match(text, by.end or 0) for by in draft.by
    )


def _counts_its_own(text: str, bare: Value, measured: Value) -> bool:
    """Whether a figure with no unit names its own after it, so never takes the unit of
    the measure it is set against: "201.3 million bushels" beside "7.29 million tonnes"."""
    noun = _TOKEN_AFTER.match(text, bare.end or 0)
    return (
        isinstance(measured, Amount)
        and measured.unit not in ("", "percent", "percentage_point")
        and isinstance(bare, Amount)
        and not bare.unit
        and noun is not None
        and noun[1].lower() not in _NOT_UNIT
        and not noun[1].lower().endswith(_PARTICIPLE_ENDS)  # "the 1.618 million produced"
        and any(c.isalpha() for c in noun[1])
    )


def _is_percent(value: Value | None) -> bool:
    return isinstance(value, Amount) and value.unit == "percent"


def _units_after(tokens: Sequence[str]) -> int:
    """How many tokens after a value name its unit or noun: "[a barrel]", "[cars]"."""
    units = 1 if len(tokens) > 2 and tokens[0].lower() in _PER_WORDS else 0
    while units < len(tokens) and _unit_word(tokens[units]):
        units += 1
    return units


def _unit_word(token: str) -> bool:
    """Whether a token may be a unit or noun after a value: "tonnes", "staff", "barrels",
    "full-time", or a unit's short symbol: "GW", "MT", "kWh" (but not a word like "The")."""
    if not token.replace("-", "").isalpha() or token.lower() in _NOT_UNIT:
        return False
    return token.islower() or (len(token) <= 3 and not token.istitle())


def _may_take_object(draft: _Draft) -> bool:
    return not draft.object_used and draft.to is None and draft.source is None


def _allowed(keyword: str, part: str, draft: _Draft) -> bool:
    """Whether a keyword may introduce this part of this change now."""
    if keyword == "of":
        return draft.kind == "noun" and not draft.stated
    if keyword == "or":  # "up 3,367 voters, or 7.2%", "from £960 to £1,000, or 4.2%"
        pair = draft.to is not None and draft.source is not None
        return (bool(draft.by) and draft.to is None and draft.source is None) or (
            pair and not draft.stated
        )
    if keyword in ("than", "on", "over"):  # "higher than 3%", "95% up on the $3bn"
        # and after a noun's stated size: "a gain of 1.9% on February's $112.5 billion"
        sized = draft.kind == "noun" and draft.article and draft.stated
        return (draft.kind == "adverb" or sized) and draft.source is None
    if part == "by":
        return not draft.stated
    if draft.kind == "noun" and not (draft.stated or draft.article):
        return False  # "growth slowed to 4.5%": not this change's value
    if part == "to":
        return draft.to is None
    return draft.source is None


def _read_value_before(
    text: str, draft: _Draft, values: Sequence[Value], starts: Sequence[int], floor: int
) -> None:
    """Read the new value stated before the change: "3.1 billion pounds, up 9 percent".

    Two sizes joined by "or" ("34.0 million tonnes, 125,000 tonnes or 0.4 percent less")
    are both read as sizes only when a new value stands before them; otherwise the first
    may be the new value itself ("$12 billion, or 10% more than"), and is read so. With
    both values stated, the size in their own unit is their gap, which the differences
    reader reads: the change keeps the percentage.
    """
    index = bisect.bisect_left(starts, draft.start) - 1
    if (
        len(draft.by) == 1
        and draft.kind in ("adverb", "compare")
        and draft.by[0] is values[index + 1]
    ):
        other = _size_before(text, values, index + 1, floor)
        if other is not None:
            start = draft.start
            draft.by.insert(0, other)
            draft.start = other.start or 0
            _read_new_value_before(text, draft, values, floor, index - 1)
            if draft.to is not None:
                if draft.source is not None:  # the gap between two values: a difference's
                    draft.by = draft.by[1:]
                return
            draft.by, draft.start = draft.by[1:], start
    _read_new_value_before(text, draft, values, floor, index)


def _read_new_value_before(
    text: str, draft: _Draft, values: Sequence[Value], floor: int, index: int
) -> None:
    """Read the value at `index` as the new value of a change stated after it, if the words
    between them allow."""
    if index < 0:
        return
    value, after = values[index], values[index].end or 0
    shared = False  # the value was restated as a share before the change: "240,100, or 61%"
    # "£1,284m (2023: £1,136m), up 13.0%": the earlier value in a dated bracket
    earlier = None
    if draft.source is None and draft.kind in ("adverb", "compare", "noun") and index > 0:
        new = values[index - 1]
        dated = dated_bracket(text, new, value, new.end or 0, draft.start)
        if dated is not None:
            earlier, value, after = value, new, dated
    # "£14,842 per person (£12,605 current, £2,237 capital), 15% above": the amount, not
    # the parts of it a bracket sets after it
    bracket = _breakdown_in_brackets(text, values, index, (floor, draft.start))
    if earlier is None and bracket is not None:
        value, after = values[bracket[0]], bracket[1]
    # "$7.56 billion, or $1.60 a share, up from", "15.6 trillion won ($14.6 billion), 57.7
    # percent more": the amount, not its other view
    for at in range(index - 1, max(-1, index - 1 - _MAX_VIEWS), -1):
        if earlier is not None or bracket is not None:
            break
        restated = _restated(text, values, at)
        if restated is not None and restated[0] == index and restated[1] <= draft.start:
            value, after = values[at], restated[1]
            break
    else:
        # "240,100, or 61 per cent of the growth, down from 259,400": the amount, when the
        # value it is compared with is not a percentage too
        closing = _share_aside_closing(text, values, index, draft.start)
        if closing is not None and draft.source is not None and not _is_percent(draft.source):
            value, after, shared = values[index - 1], closing, True
    if (value.start or 0) < floor or any(value is b for b in draft.by):
        return
    if _names_what_follows(text, value):
        return  # "12.0 million 12-inch wafers, down 21.6%": no value of the change
    if draft.source is not None:
        paired = _on_pair(text, values, index, floor)
        if (paired is not None) != _paired_after(text, draft.source):
            return  # "$140 million on sales of $3.1 billion, down from $161.8 million": which?
        if paired is not None:
            value = paired  # "..., down from $161.8 million on $3.3 billion": the first
    if draft.kind == "verb" and _paid_and_raised(text, value, draft, floor):
        return
    if _OLD_VALUE_LINK.search(
        text, max(floor, hedge_start(text, value) - 16), hedge_start(text, value)
    ):
        return  # "against 29,195 in 2008, a fall of": the value compared with, not the new one
    end = _article_start(text, draft, after)
    hedge = read_hedge(text, end) if draft.kind == "multiple" else None
    if hedge is not None:
        end = hedge[1]  # "$82.3 billion, [more than] twice the previous record"
    tokens: Sequence[str] = _without_span(
        _without_asides(_dated_plainly(TOKEN.findall(text, after, end)))
    )
    if draft.kind == "verb":  # a participle: "0.3%, the decline narrowing from 1.6%"
        tokens = _without_named_change(tokens)
    if (
        len(tokens) > 2
        and _lower(tokens[-3:-1]) in ([",", "a"], [",", "an"])
        and tokens[-1].lower() in _POINTING_NOUNS
    ):
        tokens = tokens[:-2]  # "2,816,442 visitors, [a figure] 27.2% higher than"
    if draft.kind in ("adverb", "compare", "multiple"):
        tokens = without_reporting(_without_degree(tokens))
    if tokens and tokens[-1].lower() in ("a", "an"):
        tokens = tokens[:-1]
    words = tuple(_lower(tokens))
    linking = phrase_ending(words, _LINKING)
    if linking and (draft.kind in ("adverb", "compare") or draft.source is not None):
        head = tokens[:-linking]  # "April's deficit of £7.84bn was down from £8.95bn"
        if _lower(head[-2:]) == [",", "which"]:
            head = head[:-2]  # "885,630 ringgits, which was 96% more than 451,880 ringgits"
        elif head[-1:] == [","]:
            head = head[:-1]  # "operating profit, at R322m, was up 35% on R238m"
    elif tokens and tokens[-1] in (",", "(", "—", "–"):
        head = tokens[:-1]
    elif not tokens and draft.wording.lower() in _COMPARE_VERBS:
        head = []  # "profit of 3.2 billion baht exceeded the 3.5 billion baht"
    elif words[-1:] and words[-1] in _CONCESSIVES and draft.kind in ("adverb", "compare"):
        if _compared_with(text, values, index, floor):
            _read_shared_subject(text, draft, values, index, floor)
            return  # "11%, 2 points under the 13%, yet 1 point above": 13% is no subject
        head = tokens[:-2] if words[-2:-1] == (",",) else tokens[:-1]  # "in July, though short of"
    elif words[-1:] in (("and",), ("but",)) and draft.kind in ("adverb", "compare"):
        draft.joined = True  # joined to the change before it, if any: see `_read_changes`
        head = tokens[:-1]
        if _compared_with(text, values, index, floor) or (
            head and (head[0].lower(),) in _COMPARED_PERIOD  # "up 4% from a year earlier"
        ):
            return  # the subject is the earlier comparison's, if read: see `_joined_to_change`
        if (head and _without_asides([*head, ","]) == [","]) or (shared and not head):
            # two appositions of one value: "4.2%, the highest since 2021 and up from 3.9%",
            # "$13.3 billion, 2.9 percent of GDP and up from $9.6 billion"
            head, draft.joined = [], False
    else:
        return
    closed = draft.kind in ("adverb", "compare") and head[-1:] == [")"]
    if closed:
        head = head[:-1]  # "(9.8 million onshore and 2.6 million offshore), up from"
    named = names_as_one(head)  # "[England and Wales]" is one name
    if any(t in _PUNCTUATION or t.lower() in _STOP for t in named):
        return
    if sum(1 for t in named if not _filler_word(t)) > _POSTFIX_WORDS:
        return
    if draft.kind in ("adverb", "compare"):
        if _whole_of_a_part(text, values, index, floor):
            return
        ends, whole = (
            _bracketed(text, values, index, floor)
            if closed
            else _breakdown(text, values, index, floor)
        )
        if ends:
            if whole is None or not _of_whole(draft.source, whole, values[index]):
                return
            value = whole  # "742 million tonnes, 705 million of it ..., up from 687 million"
    if linking and _in_relative(text, value, floor):
        return  # "The toll, which includes 349 deaths in NSW and 296 in Victoria, was a rise"
    draft.to = value
    draft.start = value.start or 0
    if earlier is not None:
        draft.source = earlier


def _names_what_follows(text: str, value: Value) -> bool:
    """Whether a measure glued to its unit by a hyphen, right after a count, names the
    size of the things counted, no amount: "12.0 million 12-inch wafers" (but a share is
    one: "to a 12.5-percent stake")."""
    glued = _GLUED_UNIT.search(value.text or "") is not None and not _is_percent(value)
    counted = _COUNT_BEFORE.search(text, max(0, (value.start or 0) - 24), value.start or 0)
    return glued and counted is not None and _COMPOUND_AFTER.match(text, value.end or 0) is not None


def _on_pair(text: str, values: Sequence[Value], index: int, floor: int) -> Value | None:
    """The value the one at `index` is paired to by "on" ("$140 million on sales of $3.1
    billion": $140 million), or None."""
    if index < 1 or (values[index - 1].start or 0) < floor:
        return None
    first, second = values[index - 1], values[index]
    return first if _ON.fullmatch(text, first.end or 0, hedge_start(text, second)) else None


def _paired_after(text: str, value: Value) -> bool:
    """Whether "on" pairs a value with a figure after it: "$161.8 million on $3.3 billion"."""
    return _ON_AFTER.match(text, value.end or 0) is not None


def _compared_with(text: str, values: Sequence[Value], index: int, floor: int) -> bool:
    """Whether the value at `index` is the one a comparison before it compares with:
    "2.4 points under [the 13.4 per cent]", "higher than [$5 billion]"."""
    start = hedge_start(text, values[index])
    since = max(floor, values[index - 1].end or 0) if index > 0 else floor
    return _COMPARED_WITH.search(text, since, start) is not None


def _read_shared_subject(
    text: str, draft: _Draft, values: Sequence[Value], index: int, floor: int
) -> None:
    """Read as the new value the subject of the comparison whose compared value stands at
    `index`: "11%: that was 2.4 points under the 13.4%, yet 1.5 points above the 9.5%" reads
    11%. It must be alike to that compared value, with its size right after it, only
    punctuation, period and linking words between them."""
    if index < 2:
        return
    subject, size = values[index - 2], values[index - 1]
    if (subject.start or 0) < floor or not alike(subject, values[index]):
        return
    words = _lower(TOKEN.findall(text, subject.end or 0, hedge_start(text, size)))
    linking = phrase_ending(words, _LINKING)
    words = words[: len(words) - linking]
    if words[-1:] in (["that"], ["which"]):
        words = words[:-1]
    if words and words[-1] in (",", ":") and _is_filler(words[:-1]):
        draft.to, draft.start = subject, subject.start or 0


def _size_before(text: str, values: Sequence[Value], index: int, floor: int) -> Value | None:
    """The other size of a change, joined by "or" before the size at `index` and measured
    the other way: "125,000 tonnes or 0.4 percent less", "800, or 0.5%, higher"."""
    if index < 1 or (values[index - 1].start or 0) < floor:
        return None
    other, size = values[index - 1], values[index]
    if not _other_measure([other], [size]):
        return None
    tokens = TOKEN.findall(text, other.end or 0, hedge_start(text, size))
    while tokens and _unit_word(tokens[0]):
        tokens = tokens[1:]  # "125,000 tonnes or"
    return other if _lower(tokens) in (["or"], [",", "or"]) else None


def _article_start(text: str, draft: _Draft, floor: int) -> int:
    """Where a noun's article and adjective start, after `floor`: "25.5 million, [an
    annual] increase", "from X to Y, [a steady] rise"; the noun's start otherwise."""
    if not draft.article:
        return draft.start
    article = _ARTICLE_BEFORE.search(text, max(floor, draft.start - 24), draft.start)
    return article.start() if article else draft.start


def splits(text: str, whole: Value, part: Value) -> bool:
    """Whether `part` is the first of the parts that split `whole` right before it: "742
    million tonnes, including 705 million", "..., 705 million tonnes of it"."""
    cue = _SPLIT_CUE.fullmatch(text, whole.end or 0, hedge_start(text, part))
    return cue is not None and (
        cue["word"] is not None or OF_BACK_REFERENCE.match(text, part.end or 0) is not None
    )


def _breakdown(
    text: str, values: Sequence[Value], index: int, floor: int
) -> tuple[bool, Value | None]:
    """Whether a value is the last part of a breakdown ("£15,371, made up of £13,923 of
    current and £1,448 of capital spending"), and the whole it breaks down when the
    sentence names it: the value of the parts' currency or unit that the first part splits
    (see `splits`). A comparison after the last part is of that whole."""
    if index < 1 or (values[index - 1].start or 0) < floor:
        return False, None
    previous, value = values[index - 1], values[index]
    between = _lower(TOKEN.findall(text, previous.end or 0, value.start or 0))
    if not (alike(previous, value) and any(w in _COORDINATORS for w in between)):
        return False, None
    for at in range(index - 2, max(-1, index - 2 - _MAX_PARTS), -1):
        whole, part = values[at], values[at + 1]
        gap = text[part.end or 0 : values[at + 2].start or 0]
        if (whole.start or 0) < floor or not alike(part, value) or _LIST_BREAKS & set(gap):
            break
        if splits(text, whole, part):
            return True, whole if alike(whole, value) else None
    cue = _BREAKDOWN.search(text, floor, previous.start or 0) or _LOOSE_LIST.search(
        text, floor, previous.start or 0
    )
    return cue is not None, None


def _bracketed(
    text: str, values: Sequence[Value], index: int, floor: int
) -> tuple[bool, Value | None]:
    """The `_breakdown` a value ends in brackets, with the whole right before them: "12.4
    million barrels a day (9.8 million onshore and 2.6 million offshore)". A bracket
    holding no such list is no breakdown the reader follows: nothing is read past it."""
    opened = text.rfind("(", floor, values[index].start or 0)
    if opened < 0 or ")" in text[opened : values[index].start or 0]:
        return True, None
    first = bisect.bisect_right([v.start or 0 for v in values], opened)
    if not 0 < first < index or (values[first - 1].start or 0) < floor:
        return True, None
    whole, parts = values[first - 1], values[first : index + 1]
    if not all(alike(part, whole) for part in parts):
        return True, None
    split = _BRACKET_SPLIT.fullmatch(text, whole.end or 0, hedge_start(text, parts[0]))
    return True, whole if split is not None else None


def _of_whole(source: Value | None, whole: Value, part: Value) -> bool:
    """Whether a compared value is nearer, as a ratio, to a breakdown's whole than to its
    last part: "742 million tonnes, ... and 37 million tonnes from the second crop, up
    from 30 million tonnes" may compare the part, so no reading is clearly best."""
    if source is None or not alike(source, whole):
        return False
    if min(source.value, whole.value, part.value) <= 0:
        return False
    return abs(math.log(source.value / whole.value)) < abs(math.log(source.value / part.value))


def _whole_of_a_part(text: str, values: Sequence[Value], index: int, floor: int) -> bool:
    """Whether a value is the whole of a part right before it ("won 212 of the 350 seats"):
    a comparison after it may be of the part or of the whole, so no reading is clearly best."""
    if index < 1 or (values[index - 1].start or 0) < floor:
        return False
    part, whole = values[index - 1], values[index]
    return _OF_A_WHOLE.fullmatch(text, part.end or 0, hedge_start(text, whole)) is not None


def passed_over(tokens: Sequence[str], *, inner_reporting: bool = False) -> Sequence[str]:
    """The tokens without the asides a relation reads past: a place, an aside opened by an
    article (a record), a relative clause of plain words, an attribution and a time, each
    set off inside them: "$2.1 billion[ in England and Wales], bringing the total to",
    "[, which the council approved on Monday],", "[ in the three months to June 30],
    against". The attribution ends them, or with `inner_reporting` ends at their last
    comma: "$3.71 billion[, the company said on Tuesday], compared with"."""
    reporting = _without_inner_reporting if inner_reporting else without_reporting
    for without in (
        _without_places,
        _without_asides,
        _without_relative_aside,
        reporting,
        without_time,
    ):
        tokens = without(tokens)
    return tokens


def _without_relative_aside(tokens: Sequence[str]) -> Sequence[str]:
    """The tokens without a relative clause of plain words set off by commas inside them,
    or an aside saying what is counted, its closing comma kept: "$2.1 billion[, which the
    council approved on Monday], bringing the total to", "while Spain[, including the
    Canaries], recorded"; never one holding a figure ("[, which rose 5%,]")."""
    return _without_set_off(tokens, _ASIDE_OPENERS, _plain_after_opener)


def _plain_after_opener(aside: Sequence[str]) -> bool:
    """Whether an aside's words after its opener are plain words."""
    return all(t.isalpha() for t in aside[1:])


def without_time(tokens: Sequence[str]) -> Sequence[str]:
    """The tokens without the time phrases in them, each opened by a preposition and closed
    by a month, a year, a day or a noun of time: "$1.2 billion elsewhere[ in the three
    months to June 30], a total of", "[at the end of March 2024]"."""
    kept: list[str] = []
    at = 0
    while at < len(tokens):
        end = _time_end(tokens, at) if tokens[at].lower() in _TIME_OPENERS else None
        if end is None:
            kept.append(tokens[at])
            at += 1
        else:
            at = end
    return kept if len(kept) < len(tokens) else tokens


def _time_end(tokens: Sequence[str], at: int) -> int | None:
    """Where the time phrase opening at `at` ends (past its last word naming a time), if
    one does."""
    end, closed = at + 1, None
    while end < len(tokens):
        word = tokens[end].lower()
        if word in _TIME_NOT or not (_filler_word(word) or word in _TIME_WORDS):
            break
        end += 1
        if word in _TIME_NOUNS or word in MONTH_NAMES or _SPAN_PARTS.sub("", word).isdigit():
            closed = end  # a day, a year or a span of years ("1996/97")
    return closed


def _without_places(tokens: Sequence[str]) -> Sequence[str]:
    """The tokens without the places set off in them by a comma, a name counting as one
    word: "$3.71 billion[ in England and Wales], compared with", "[ in the Democratic
    Republic of Congo],"; never one that names a place for a figure alone ("$12.1 billion in
    Europe against $14 billion in Asia" compares two places)."""
    named = names_as_one(tokens)
    kept: list[str] = []
    at = 0
    while at < len(named):
        name = at + 2 if at + 1 < len(named) and named[at + 1].lower() == "the" else at + 1
        set_off = name + 1 < len(named) and named[name + 1] == ","
        if named[at].lower() in _PLACE_OPENERS and _a_place(named, name) and set_off:
            at = name + 1
            continue
        kept.append(named[at])
        at += 1
    return kept if len(kept) < len(named) else tokens


def _a_place(tokens: Sequence[str], at: int) -> bool:
    """Whether the token at `at` is a capitalised name, no month or day."""
    return (
        at < len(tokens)
        and tokens[at][:1].isupper()
        and tokens[at].isalpha()
        and not _filler_word(tokens[at])
    )


def _without_inner_reporting(tokens: Sequence[str]) -> Sequence[str]:
    """The tokens without the reporting clause that ends at their last comma: "climbed to
    R1,486 in December[, according to STR data released on Thursday], from"."""
    last = next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i] == ","), None)
    if last is None:
        return tokens
    return [*without_reporting(tokens[: last + 1]), *tokens[last + 1 :]]


def without_reporting(tokens: Sequence[str]) -> Sequence[str]:
    """The tokens without the reporting clause between commas that ends them: "342 million
    units in the quarter[, the agency's data show,] 1.8% fewer than", "[, it said,] up",
    "[, according to its annual report,] £214 million short of"; a dash may close it
    ("[, Eurostat data showed —] 1.02 million more than")."""
    words = _lower(tokens)
    if words[-1:] not in _SET_OFF:
        return tokens
    start = next((i for i in range(len(words) - 2, -1, -1) if words[i] == ","), None)
    if start is None:
        return tokens
    # a name counts as one word: "[the Ministry of Tourism and Sports] said on Monday"
    aside = _lower(names_as_one(tokens[start + 1 : -1]))
    if len(aside) + 1 > _MAX_ASIDE:
        return tokens
    # the word right after a reporting one is its own ("according [to]", "said [on]")
    own = {i + 1 for i, w in enumerate(aside) if w in _REPORTING}
    if not own or any(
        w in _ASIDE_KEYWORDS or w in _ASIDE_STOP for i, w in enumerate(aside) if i not in own
    ):
        return tokens
    return tokens[: start + 1]


def names_as_one(tokens: Sequence[str]) -> list[str]:
    """The tokens with each capitalised name as its first word alone: "Ministry of Tourism
    and Sports" is "Ministry" (the words joining a name's capitalised words go too)."""
    kept: list[str] = []
    for at, token in enumerate(tokens):
        if kept and at > 0 and _in_name(tokens, at) and _in_name(tokens, at - 1):
            continue
        kept.append(token)
    return kept


def _in_name(tokens: Sequence[str], at: int) -> bool:
    """Whether tokens[at] is a word of a capitalised name: capitalised, or a joining word
    between two capitalised ones ("of", "and")."""
    token = tokens[at]
    if token[:1].isupper():
        return True
    return (
        token.lower() in _NAME_JOINS
        and 0 < at < len(tokens) - 1
        and tokens[at - 1][:1].isupper()
        and tokens[at + 1][:1].isupper()
    )


def _without_degree(tokens: Sequence[str]) -> Sequence[str]:
    """The tokens without the degree words they end in: "£908, far [more than]",
    "$89.4 billion, just [short of]"."""
    words = tuple(_lower(tokens))
    for degree in _DEGREE:
        if words[-len(degree) :] == degree:
            return tokens[: -len(degree)]
    return tokens


def _read_source_before(
    text: str, draft: _Draft, values: Sequence[Value], starts: Sequence[int], floor: int
) -> None:
    """Read the earlier value a participle after a comma or "before" moves from: "put at
    $35.0B in 2024-25, falling to $14.0B in 2027-28", "peak at 35.2% of GDP in 2026-27
    before easing to 30.2%"."""
    index = bisect.bisect_left(starts, draft.start) - 1
    if index < 0:
        return
    value = values[index]
    if (value.start or 0) < floor or any(value is b for b in draft.by):
        return
    if _names_what_follows(text, value):
        return  # "12.0 million 12-inch wafers, down 21.6%": no value of the change
    tokens = TOKEN.findall(text, value.end or 0, draft.start)
    if _is_percent(value) and _lower(tokens[:1]) == ["of"] and len(tokens) > 1:
        tokens = tokens[2:] if _of_word(tokens[1]) else tokens  # "35.2% of GDP in 2026-27"
    joined = _lower(tokens[-1:]) == ["before"]
    if joined:
        tokens = tokens[:-1]
    if tokens[-1:] == [","]:
        tokens, joined = tokens[:-1], True
    if _moves_an_object(text, draft):
        return  # "imports rose to $19.6 billion, widening the trade deficit to $12.5 billion"
    if joined and _is_filler(tokens, words=True) and alike(value, draft.to):
        draft.source, draft.start = value, value.start or 0


def _moves_an_object(text: str, participle: _Draft) -> bool:
    """Whether a participle moves a thing it names after it ("widening [the] trade
    deficit", "lifting [its] margin"), which the value before it is not."""
    words = _lower(TOKEN.findall(text, participle.start, participle.start + _OBJECT_REACH))
    return len(words) > 1 and words[1] in _DETERMINERS


def _read_pair_before(
    text: str, draft: _Draft, values: Sequence[Value], starts: Sequence[int], floor: int
) -> None:
    """Read the values of a change sized in apposition after them, with no direction word
    of their own: "went from $71,040 in 2023 to $72,330 in 2024, a gain of 1.8%".
    """
    index = bisect.bisect_left(starts, draft.start) - 1
    if index < 1:
        return
    source, to = values[index - 1], values[index]
    if (source.start or 0) < floor or any(v is b for v in (source, to) for b in draft.by):
        return
    after = _lower(TOKEN.findall(text, to.end or 0, _article_start(text, draft, to.end or 0)))
    if len(after) > 2 and after[0] in _PER_WORDS and _unit_word(after[1]):
        after = after[2:]  # a rate's unit: "to $32.05 an hour, growth of 3.2%"
    if after[-1:] not in _SET_OFF or not _is_filler(after[:-1]):
        return
    tokens = TOKEN.findall(text, source.end or 0, to.start or 0)
    while len(tokens) > 1 and _unit_word(tokens[0]):
        tokens = tokens[1:]  # "from 30,576 people in 2006 to"
    between = _lower(tokens)
    if "to" not in between or not _is_filler(between[: between.index("to")]):
        return
    if not all(w in _BEFORE_VALUE for w in between[between.index("to") + 1 :]):
        return
    before = _lower(TOKEN.findall(text, max(floor, (source.start or 0) - 6), source.start or 0))
    if before[-1:] != ["from"]:
        return
    draft.source, draft.to = source, to
    draft.start = source.start or 0


def _read_compared_pair_before(
    text: str, draft: _Draft, values: Sequence[Value], starts: Sequence[int], floor: int
) -> None:
    """Read the values of a change sized in apposition after a comparison of them: "$51.84
    a barrel in the quarter, against $33.35 a year earlier, an increase of 55%". The value
    a comparison word or a bare "from" introduces ("against", "compared with") is the old
    one, with or without a comma before that word: "5,120 in 2019 versus 6,040 in 2015, a
    fall of", "reached $8.6 billion from $7.2 billion, an increase of", and so is the one
    a value replaces, unless that value is a change's new one: "will get R1 800 rather than
    R1 715, a rise of 5.0%", not "rose to 612,000 rather than 640,000, a rise of 2%"."""
    index = bisect.bisect_left(starts, draft.start) - 1
    if index < 1:
        return
    to, source = values[index - 1], values[index]
    if (to.start or 0) < floor or not alike(to, source) or _sizes_a_move(text, to, floor):
        return  # "down 27 cents from $3.45, a drop of 7.8%": 27 cents is a size, no level
    following = TOKEN.findall(text, source.end or 0, draft.start)
    # the compared value's own noun: "6,482 cars, compared with 5,113 [cars] in 2023, a rise"
    after = _lower(following[_units_after(following) :])
    if after[-1:] in (["a"], ["an"]):
        after = after[:-1]
    if after[-1:] not in _SET_OFF or not _is_filler(after[:-1]):
        return
    tokens = TOKEN.findall(text, to.end or 0, source.start or 0)
    units = _units_after(tokens)  # "$51.84 a barrel in the quarter, against"
    # past an attribution, a time, a place or a record: "$3.71 billion[, the company said on
    # Tuesday], compared with", "[ in the three months to June 30], against"
    between = _lower(_without_span(passed_over(tokens[units:], inner_reporting=True)))
    for link in range(len(between)):
        keyword = tuple(w for w in between[link:] if w not in _BEFORE_VALUE)
        lead = between[:link]
        compared = keyword in _COMPARED_KEYWORDS or (
            (keyword == ("from",) or _replaces(between[link:]))
            and not _NEW_VALUE_LINK.search(text, floor, hedge_start(text, to))
        )  # a bare "from" after a value no change word reads: "reached $8.6bn from $7.2bn"
        if compared and _is_filler(lead) and lead.count(",") <= 1:
            draft.source, draft.to = source, to
            draft.start = to.start or 0
            return


def _sizes_a_move(text: str, value: Value, floor: int) -> bool:
    """Whether a direction word right before a value makes it a move's size: "down 27
    cents", "rose 5%"."""
    start = hedge_start(text, value)
    word = _WORD_BEFORE.search(text, max(floor, start - _DIRECTION_REACH), start)
    return word is not None and word[1].lower() in _WORDS


def _replaces(words: Sequence[str]) -> bool:
    """Whether words link a value to the one it replaces: "rather than (the)", "instead of"."""
    return any(
        tuple(words[: len(link)]) == link and all(w in _BEFORE_VALUE for w in words[len(link) :])
        for link in _INSTEAD_OF
    )


def _read_fronted(
    text: str, draft: _Draft, values: Sequence[Value], starts: Sequence[int], sentence: Block
) -> None:
    """Read the value a sentence opens with, before the change's subject: "From $2.82
    billion a year earlier, operating profit dropped 14.9% to $2.4 billion" (its earlier
    value), "At 5.03%, inflation is above the 4.9% target" (its new one). Only period words
    may follow the value before its comma, and only a short subject the comma."""
    before = values_within(values, starts, sentence.start, draft.start)
    if len(before) != 1:
        return
    value = before[0]
    lead = _lower(TOKEN.findall(text, sentence.start, hedge_start(text, value)))
    after = _lower(TOKEN.findall(text, value.end or 0, draft.start))
    if "," not in after or not _is_filler(after[: after.index(",")]):
        return
    subject = after[after.index(",") + 1 :]
    if not 0 < len(subject) <= _MAX_FRONTED_SUBJECT or any(
        w in _PUNCTUATION or w in _STOP or w in _WORDS for w in subject
    ):
        return
    compared = draft.kind in ("adverb", "compare")
    if lead[:1] == ["from"] and _leads_to_value(lead[1:]) and alike(value, draft.to):
        draft.source, draft.start = value, value.start or 0
    elif lead == ["at"] and compared and alike(value, draft.source):
        draft.to, draft.start, draft.joined = value, value.start or 0, False


def _read_rate_level(
    document: Document,
    draft: _Draft,
    values: Sequence[Value],
    starts: Sequence[int],
    sentence: Block,
) -> None:
    """Read the new value of a rate's move (a verb, or "down" or "up" after one) sized in
    points, that names only where it came from, as the level the rate is said to stand at
    before it: in its sentence ("kept the repo rate at 6.75 percent, after lowering it by
    50 basis points from 7.25 percent"), or, when the move points back with "it", in the
    sentence before ("The rate stays at 3.5%. It has been brought down 300 basis points
    from 6.5%"). Only a percentage stated "at" or "to" a level is read, and only when it
    is the one such value there."""
    if not draft.by or any(not _in_points(b) for b in draft.by) or not _is_percent(draft.source):
        return
    moved = draft.kind == "verb" or draft.wording.lower() in ("up", "down")  # "brought it down"
    if not moved:
        return  # a comparison's subject is read by the comparison: "0.9 points above the 6.5%"
    text = document.text
    levels = _levels(text, values_within(values, starts, sentence.start, draft.start))
    if not levels:
        previous = document.sentence_before(sentence)
        words = _lower(TOKEN.findall(text, sentence.start, draft.end))
        if previous is None or not _POINTER_IT & set(words):
            return
        levels = _levels(text, values_within(values, starts, previous.start, previous.end))
    if len(levels) == 1:
        draft.to = levels[0]


def _levels(text: str, values: Sequence[Value]) -> list[Value]:
    """The percentages among `values` stated as the level a rate stands at: "at 6.75%"."""
    found = []
    for value in values:
        start = hedge_start(text, value)
        words = _lower(TOKEN.findall(text, max(0, start - _MAX_EARLIER_CUE), start))
        openers = 0
        while openers < len(words) and all(
            part in _BEFORE_VALUE for part in words[-1 - openers].split("-")
        ):
            openers += 1  # "at a record-low 3.5%"
        cue = words[-1 - openers] if openers < len(words) else ""
        if _is_percent(value) and cue in _RATE_LEVEL:
            found.append(value)
    return found


def _in_points(value: Value) -> bool:
    return isinstance(value, Amount) and value.unit == "percentage_point"


def _read_value_in_sentence_before(
    document: Document,
    draft: _Draft,
    stated: _Values,
    sentence: Block,
    earlier: Sequence[_Draft],
) -> None:
    """Read the new value from the sentence before, when this one points back to it:
    "Profit rose to 4.6 billion euros. That was up 15 percent from 4.2 billion euros", "That
    was a decline of 8.7% from 727,288", "That figure increased from 5.3 million", "...
    forecast at 42.9 trillion yen ($307 billion) for the year, according to a tally of 1,400
    firms. That would be 4.0 percent above the 41.3 trillion yen". Only the one value of
    that sentence alike to the earlier value is read: with two, neither is. A sentence
    opening with the change's noun ("The 15.7% decline from 2022's £6,612 million") names
    the move of the sentence before: its new value is that move's, when the move has none
    before it and goes the same way."""
    text, (values, starts) = document.text, stated
    if _names_the_move_before(document, draft, sentence, earlier):
        return
    start = _article_start(text, draft, sentence.start)  # "That was [a] decline of"
    if draft.by and draft.by[0].start == start:  # "That is [just over] 10% more than"
        start = hedge_start(text, draft.by[0])
    degree = _DEGREE_BEFORE.search(text, max(sentence.start, start - 24), start)
    if degree is not None:  # "That was [well] below the"
        start = degree.start()
    if sentence.start == 0 or not (
        _POINTS_BACK.fullmatch(text, sentence.start, start)
        or _POINTING_SUBJECT.fullmatch(text, sentence.start, start)
        or draft.compared_back
    ):
        return
    previous = document.sentence_before(sentence)
    if previous is None:
        return  # no sentence just before, in the same paragraph
    similar = _one_alike_in_scale(text, (values, starts), previous, draft.source)
    if similar is not None:
        draft.to = similar
        draft.joined = False  # "That was more than the $4.11 billion": its subject is read


def _names_the_move_before(
    document: Document, draft: _Draft, sentence: Block, earlier: Sequence[_Draft]
) -> bool:
    """Take the new value of the move just before, for a change that opens its sentence
    with "the" and its noun (see `_read_value_in_sentence_before`); whether it did."""
    text = document.text
    opening = _article_start(text, draft, sentence.start)
    previous = document.sentence_before(sentence)
    if (
        opening != sentence.start
        or not draft.article
        or _THE_NOUN.match(text, opening) is None
        or previous is None
        or not earlier
    ):
        return False
    move = earlier[-1]
    if not previous.start <= move.start < previous.end or move.to is None:
        return False
    if move.source is not None or move.direction != draft.direction:
        return False
    if not _alike_in_scale(move.to, draft.source):
        return False
    draft.to = move.to
    draft.joined = False
    return True


def _compared_pointing_back(text: str, sentence: Block, draft: _Draft, stated: _Values) -> None:
    """Read the value before a noun's change as its earlier value, when the sentence opens
    by comparing the figure of the sentence before with it: "That compares with $598,000
    last year, a jump of 13 per cent", "That compared with 67.3% in 2019, a drop of 7.6
    points" (its new value is then read from that sentence)."""
    before = values_within(*stated, sentence.start, draft.start)
    value = draft.to or (before[0] if len(before) == 1 else None)
    if value is None or (value.start or 0) < sentence.start:
        return
    if not _POINTS_BACK_COMPARED.fullmatch(text, sentence.start, hedge_start(text, value)):
        return
    noun = text.find(draft.wording, value.end or 0, sentence.end)
    between = _lower(TOKEN.findall(text, value.end or 0, noun)) if noun > 0 else []
    while between and between[-1] not in _PUNCTUATION:
        between.pop()  # the noun's article and adjective: ", [a sharp] jump"
    if between[-1:] == [","] and _is_filler(between):
        draft.to, draft.source, draft.compared_back = None, value, True


def _read_fronted_comparison(document: Document, draft: _Draft, values: _Values) -> None:
    """Read both values of a change sized with none, when a fronted clause gives the value
    compared with and a pointer after it the new value of the sentence before: "Fiji had
    54,732 visitors. Compared with February 2023, when 47,234 arrived, that is an increase
    of 15.9%". The clause must hold one value, and the sentence before one alike to it."""
    text, (stated, starts) = document.text, values
    sentence = document.sentence_at(draft.start)
    start = _article_start(text, draft, sentence.start)
    if draft.by and draft.by[0].start == start:
        start = hedge_start(text, draft.by[0])
    if start - sentence.start > _MAX_FRONTED or not _FRONTED.match(text, sentence.start, start):
        return
    comma = text.rfind(",", sentence.start, start)
    if comma < 0 or not _POINTS_BACK.fullmatch(text, comma + 1, start):
        return
    fronted = values_within(stated, starts, sentence.start, comma)
    previous = document.sentence_before(sentence)
    if len(fronted) != 1 or previous is None:
        return
    similar = _one_alike_in_scale(text, (stated, starts), previous, fronted[0])
    if similar is not None:
        draft.to, draft.source = similar, fronted[0]


def _one_alike_in_scale(
    text: str, stated: _Values, block: Block, like: Value | None
) -> Value | None:
    """The one value of a block alike in scale to `like`, a fraction in words and the
    figure set off after it that restates it counting as one ("More than half of
    Argentines, 52.9%,"); None with none or two."""
    values, starts = stated
    similar = [
        v for v in values_within(values, starts, block.start, block.end) if _alike_in_scale(v, like)
    ]
    if (
        len(similar) == 2
        and not in_digits(similar[0].text)
        and in_digits(similar[1].text)
        and _APPOSED_FIGURE.fullmatch(text, similar[0].end or 0, hedge_start(text, similar[1]))
    ):
        similar = similar[1:]
    return similar[0] if len(similar) == 1 else None


def _read_named_value_in_sentence_before(
    document: Document,
    draft: _Draft,
    values: Sequence[Value],
    starts: Sequence[int],
    sentence: Block,
) -> None:
    """Read the new value of a comparison whose subject names it in the sentence before:
    "Germany exported goods worth 1,279.4 billion euros ... Exports were 6.3% above the
    1,203.8 billion euros of 2016". The subject is the one to three words opening the
    comparison's clause; the value is the one alike value of the sentence before with a
    word of the same stem just before it, in its clause and after the value before it:
    with none or two, no reading is clearly best."""
    text = document.text
    previous = document.sentence_before(sentence)
    if previous is None or draft.kind not in ("adverb", "compare"):
        return
    subject = _subject_stems(TOKEN.findall(text, sentence.start, draft.start))
    if not subject:
        return
    source = draft.source
    named = []
    floor = previous.start
    for value in values_within(values, starts, previous.start, previous.end):
        start = hedge_start(text, value)
        before = _lower(TOKEN.findall(text, max(floor, start - _MAX_EARLIER_CUE), start))
        floor = value.end or start
        if not _alike_in_scale(value, source):
            continue
        if subject & {word[:_STEM] for word in before[_clause_opening(before) :][-_NAMING_WORDS:]}:
            named.append(value)
    if len(named) == 1:
        draft.to = named[0]


def _after_later_time(words: Sequence[str]) -> list[str] | None:
    """The words after the later time that opens a clause ("[by 2015] the number", "[a
    decade later] its share"), less a reporting clause set off after the time ("In April[,
    the Anbima data show,] they"); None when no time opens the clause."""
    kept = without_time(words)
    opened = len(kept) < len(words) and list(words[len(words) - len(kept) :]) == list(kept)
    if opened:  # the time phrase removed was the clause's opening
        rest = kept
    else:
        later = next((i for i, w in enumerate(words[: _MAX_LATER + 1]) if w in _LATER), None)
        if later is None:
            return None
        rest = words[later + 1 :]
    return [w for w in _without_inner_reporting(rest) if w != ","]


def _pointing_subject(subject: Sequence[str]) -> set[str] | None:
    """The stems a subject pointing back names its value by: none for a pronoun, an owner
    and its noun, or "the" and a pointing noun ("it", "its share", "the total"); the nouns'
    stems after "the" ("the number of households"); None for any other subject."""
    if len(subject) == 1 and subject[0] in STATE_PRONOUNS:
        return set()
    if len(subject) == 2 and subject[0] in _OWNERS:
        return set()
    if subject[0] != "the" or not all(w.isalpha() for w in subject):
        return None
    if len(subject) == 2 and subject[1] in _POINTING_BACK_NOUNS:
        return set()
    nouns = [w for w in subject[1:] if w not in _POINTING_NOUNS and w != "of"]
    return {w[:_STEM] for w in nouns if len(w) >= _STEM} or None


def _naming_stems(text: str, block: Block, value: Value) -> set[str]:
    """The stems of the words just before and after a value in its block, that may name it."""
    start = hedge_start(text, value)
    before = _lower(TOKEN.findall(text, max(block.start, start - _MAX_EARLIER_CUE), start))
    end = min(block.end, (value.end or 0) + _NAMED_AFTER_REACH)
    after = _lower(TOKEN.findall(text, value.end or 0, end))
    near_words = [*before[-_NAMING_WORDS:], *after[:_MAX_SUBJECT_WORDS]]
    return {w[:_STEM] for w in near_words if len(w) >= _STEM}


def _subject_stems(tokens: Sequence[str]) -> set[str]:
    """The stems of the one to three words that open a clause before a comparison's size,
    a linking verb aside: "[Exports] were 6.3% above", "and [imports] 8.3% above"."""
    words = _lower(tokens)
    words = words[_clause_opening(words) :]
    linking = phrase_ending(words, _LINKING)
    words = words[: len(words) - linking]
    if not 0 < len(words) <= _MAX_SUBJECT_WORDS or not all(w.isalpha() for w in words):
        return set()
    return {w[:_STEM] for w in words if len(w) >= _STEM and w not in _NOT_UNIT}


def _read_source_pointed_back(
    document: Document,
    draft: _Draft,
    values: Sequence[Value],
    starts: Sequence[int],
    sentence: Block,
) -> None:
    """Read the value a comparison points back to in the sentence before: "The average was
    £8,913. England's £8,638 was 3% below that". Only the one value of the sentence before
    alike to the new one is read: with two, neither reading is clearly best. A comparison
    sized in percent with "the average" (or "the UK average") points back to the one alike
    value of its paragraph named an average just before it: "The UK average was £12,958.
    London spent £14,842 per person, 15% above the average"."""
    text = document.text
    if draft.kind not in ("compare", "adverb") or not draft.stated or sentence.start == 0:
        return
    if _POINTED_BACK.match(text, draft.end):
        previous = document.sentence_before(sentence)
        if previous is None:
            return  # no sentence just before, in the same paragraph
        similar = list(values_within(values, starts, previous.start, previous.end))
    elif draft.by and all(map(_is_percent, draft.by)) and _AVERAGE_NAMED.match(text, draft.end):
        # sized in percent: "15% above the average" (a gap in the unit, "£350 more than the
        # national average", is a difference's)
        paragraph = document.paragraph_at(sentence.start)
        similar = [
            v
            for v in values_within(values, starts, paragraph.start, sentence.start)
            if _AVERAGE_BEFORE.search(
                text, max(paragraph.start, hedge_start(text, v) - _AVERAGE_REACH), v.start or 0
            )
        ]
    else:
        return
    similar = [v for v in similar if alike(v, draft.to)]
    if len(similar) == 1:
        draft.source = similar[0]


def _read_earlier_state(
    text: str, draft: _Draft, values: Sequence[Value], starts: Sequence[int], sentence: Block
) -> None:
    """Read the earlier value a clause of the change's sentence places at an earlier time:
    "the rate, which had stood at 0.55 percent, was lowered to 0.11 percent". Only a value
    alike to the new one is read, and only when it is the one: with two, neither reading
    is clearly best."""
    own = (draft.to, *draft.by)
    found: list[Value] = []
    exempt: list[Value] = []
    low = max(sentence.start, draft.start - _EARLIER_REACH)
    high = min(sentence.end, draft.end + _EARLIER_REACH)
    for value in values_within(values, starts, low, high):
        if any(value is part for part in own) or not alike(value, draft.to):
            continue
        start = hedge_start(text, value)
        words = _lower(TOKEN.findall(text, max(sentence.start, start - _MAX_EARLIER_CUE), start))
        while words and words[-1] in _BEFORE_VALUE:
            words.pop()
        cues = EARLIER_STATE
        before = (value.start or 0) < draft.start
        if before:
            cues = [*cues, *_EARLIER_STATE_BEFORE]
        if not before and _when_compared(text, draft, value, words):
            found.append(value)
            exempt.append(value)  # "than in March, when it stood at": no clause of its own
        elif before and _level_then_move(text, draft, value, words, (values, starts)):
            found.append(value)
            exempt.append(value)  # "put at 3%, but was later revised up": only words of sequence
        elif (
            phrase_ending(words, cues)
            or _relative_state(words, before)
            or (
                phrase_ending(words, _EARLIER_STATE_DATED)
                and _dated_only(text, value, sentence.end)
            )
        ):
            found.append(value)
    found = [
        value
        for value in found
        if any(value is e for e in exempt) or not _set_against(text, draft, value)
    ]
    if len(found) == 1:
        draft.source = found[0]
        draft.start = min(draft.start, found[0].start or 0)
        draft.end = max(draft.end, found[0].end or 0)


def _level_then_move(
    text: str, draft: _Draft, value: Value, words: Sequence[str], stated: _Values
) -> bool:
    """Whether a value before a verb's change is the level its subject stood at before it
    moved: "stood at 4.1% in May and rose to 4.3%", "The deficit, estimated at 5.1% of GDP
    in 2024, is projected to narrow to 4.5%". Only period words and words of sequence may
    lead from it to the verb, no verb may take an object of its own ("was put at $5bn and
    raised the dividend to $2"), and a level in an aside must be dated ("Profit, seen at
    $5bn by analysts, rose" compares with a forecast)."""
    level = phrase_ending(words, _LEVEL_BEFORE_MOVE)
    if not level or draft.kind != "verb" or draft.object_used:
        return False
    if values_within(*stated, value.end or 0, draft.start):
        return False
    if draft.stated and _OTHER_BASES & set(_clause_after(text, draft.end)):
        return False
    gap = _lower(_past_units(TOKEN.findall(text, value.end or 0, draft.start), value))
    if not all(w == "," or w in _LEVEL_THEN_MOVE or _filler_word(w) for w in gap):
        return False
    if words[-level - 1 : len(words) - level] != [","]:
        return True
    aside = gap[: gap.index(",")] if "," in gap else None
    return aside is not None and any(w in _DATING_WORDS or _YEAR.fullmatch(w) for w in aside)


def _read_level_in_sentence_before(
    document: Document, draft: _Draft, stated: _Values, sentence: Block
) -> None:
    """Read a value of the sentence before as the earlier value of a verb's change whose
    subject points back to it. Either the subject is a pronoun with only words of sequence
    and time before the verb, and the value is stated as a level ("stood at", "was put at"):
    "Spending stood at £5,930 per pupil in 2003-04. It then grew by 22% to £7,260"; or a
    later time opens the clause, and the subject is a pronoun, an owner and a noun, or "the"
    and a noun that points back or names the value by a word of the same stem near it:
    "India's farm exports were worth $3.0997 billion in 1994/95. By 1996/97 the total had
    grown to $5.7336 billion", "A decade later its share had climbed to 32 per cent", "...
    counted 4 015 186 households in 2010. By 2015 the number of households had risen to".
    The value is the one of the sentence before alike to the new one (and so named, when
    the subject names it): with none or two, no reading is clearly best."""
    text = document.text
    if draft.kind != "verb" or draft.object_used or draft.to is None:
        return
    previous = document.sentence_before(sentence)
    if previous is None:
        return
    head = _lower(TOKEN.findall(text, sentence.start, draft.start))
    named = _later_subject(head)
    if named is None and (
        not set(head) & _POINTING_PRONOUNS
        or not all(w == "," or w in _LEVEL_THEN_MOVE or _filler_word(w) for w in head)
    ):
        return
    similar = [
        v
        for v in values_within(*stated, previous.start, previous.end)
        if alike(v, draft.to) and not looks_like_year(v.digits or "")
    ]
    if named:
        similar = [v for v in similar if named & _naming_stems(text, previous, v)]
    if len(similar) != 1 or (not named and _unitless(similar[0])):
        return
    (value,) = similar
    if named is None:  # a pronoun's value must be stated as a level
        start = hedge_start(text, value)
        words = _lower(TOKEN.findall(text, max(previous.start, start - _MAX_EARLIER_CUE), start))
        if not phrase_ending(words, _LEVEL_BEFORE_MOVE):
            return
    draft.source = value


def _later_subject(head: Sequence[str]) -> set[str] | None:
    """For the words before a move's verb that open with a later time and then name a
    subject pointing back (see `_read_level_in_sentence_before`), the stems of the nouns
    the subject names its value by (none for a pronoun or a pointing noun); None for any
    other words."""
    subject = _after_later_time(head)
    while subject and subject[-1] in _MOVE_AUXILIARIES:
        subject = subject[:-1]
    if not subject or len(subject) > _MAX_SUBJECT_WORDS + 2:
        return None
    return _pointing_subject(subject)


def _clause_after(text: str, end: int) -> list[str]:
    """The words, lowered, from `end` to the next semicolon or full stop, within reach."""
    words = []
    for token in TOKEN.findall(text, end, end + _MAX_EARLIER_CUE):
        if token in (";", "."):
            break
        words.append(token.lower())
    return words


def _when_compared(text: str, draft: _Draft, value: Value, words: Sequence[str]) -> bool:
    """Whether a value after a change is given by a "when" clause on the period the change
    compares with: "3.7% bigger than in March, when it stood at R$601.1 billion"."""
    start = hedge_start(text, value)
    if start - draft.end > _MAX_COMPARED_PERIOD:
        return False
    rest = _opening_of_state(words, [*_STATE_VERBS, *_PERIOD_VERBS])
    if rest is None or len(rest) < 2 or rest[-2] != "," or rest[-1] not in PERIOD_RELATIVE:
        return False
    between = _lower(TOKEN.findall(text, draft.end, start))
    comma = len(between) - 1 - between[::-1].index(rest[-1]) - 1
    lead = between[:comma]
    keyword = next((len(k) for k in _COMPARED_PERIOD if tuple(lead[: len(k)]) == k), 0)
    return bool(keyword) and _is_filler(lead[keyword:], words=True)


def _relative_state(words: Sequence[str], before: bool) -> bool:
    """Whether the words before a value open a relative clause stating an earlier value of
    the changed figure: "which stood at", "when it was", "which compares with"; one with
    a verb of state only before the change."""
    rest = _opening_of_state(words, [*_STATE_COMPARING, *(_STATE_VERBS if before else ())])
    return bool(rest and rest[-1] in _STATE_RELATIVES)


def _opening_of_state(words: Sequence[str], verbs: Sequence[tuple[str, ...]]) -> list[str] | None:
    """The words before the verb of state that ends `words`, less the pronouns right
    before it ("..., when [it] stood at": "..., when"); None if none of `verbs` ends them."""
    verb = phrase_ending(words, verbs)
    if not verb:
        return None
    rest = list(words[: len(words) - verb])
    while rest and rest[-1] in STATE_PRONOUNS:
        rest.pop()
    return rest


def phrase_ending(words: Sequence[str], phrases: Iterable[tuple[str, ...]]) -> int:
    """The length of the first of `phrases` that `words` end with; 0 if none does."""
    return next((len(p) for p in phrases if tuple(words[-len(p) :]) == p), 0)


def _dated_only(text: str, value: Value, end: int) -> bool:
    """Whether only period words follow a value to the end of its clause: "2.4% in May,"."""
    for token in TOKEN.findall(text, value.end or 0, end):
        if token in _CLAUSE_END:
            return True
        if not _filler_word(token):
            return False
    return True


def _read_in_sentence_after(
    document: Document,
    draft: _Draft,
    values: Sequence[Value],
    starts: Sequence[int],
    moves: Sequence[int],
) -> None:
    """Read a change's missing values from the sentence after, when it points back to the
    changed figure with "it" and states no change of its own: its earlier value, when it
    is dated at the earlier time ("Net profit more than doubled to Rs 61.52 crore. In the
    corresponding quarter a year earlier it had earned Rs 27.34 crore."), or both values
    of a change sized with none, when they are compared ("Profit more than doubled. It
    earned 238.3 billion yen, compared with 105.6 billion yen a year before.")."""
    text = document.text
    sentence = document.sentence_at(draft.start)
    index = bisect.bisect_left(starts, sentence.end)
    if index >= len(values):
        return
    following = document.sentence_at(values[index].start or 0)
    before = document.sentence_before(following)
    if before is None or before.start != sentence.start:
        return  # not the next sentence of the paragraph
    stated = values[index : bisect.bisect_left(starts, following.end)]
    reach = max(sentence.start, draft.end - _SUBJECT_REACH)
    named = set(_lower(TOKEN.findall(text, reach, draft.end)))
    if draft.to is not None and draft.source is None:
        _read_state_in_sentence_after(text, draft, stated, moves, following.start, named)
        if draft.source is not None:
            return
    if near(moves, following.start, following.end - 1):
        return  # a change of its own
    if draft.to is not None:
        similar = [value for value in stated if alike(value, draft.to)]
        if len(similar) != 1:
            return
        # the words that may date it: those before it, past any other figure before it
        floor = max(
            [
                following.start,
                *(v.end or 0 for v in stated if (v.end or 0) <= (similar[0].start or 0)),
            ]
        )
        lead = _lower(TOKEN.findall(text, following.start, hedge_start(text, similar[0])))
        words = set(lead)
        pointed = bool(words & _EARLIER_PERIOD and words & _POINTER)
        if pointed or (
            _dated_earlier(text, sentence, following, similar[0], floor)
            and _names_what_changed(text, similar[0], lead, named)
        ):
            draft.source, draft.end = similar[0], similar[0].end or draft.end
        return
    if draft.source is not None or not stated:
        return
    similar = [value for value in stated if alike(value, stated[0])]
    if len(similar) != 2:
        return
    to, source = similar
    opening = set(_lower(TOKEN.findall(text, following.start, hedge_start(text, to))))
    between = tuple(
        word
        for word in _lower(TOKEN.findall(text, to.end or 0, hedge_start(text, source)))
        if word in _KEYWORDS_BY_FIRST or word in ("with",)
    )
    if opening & _POINTER and any(between[-len(k) :] == k for k in _COMPARED_KEYWORDS):
        draft.to, draft.source, draft.end = to, source, source.end or draft.end


def _read_state_in_sentence_after(
    text: str,
    draft: _Draft,
    stated: Sequence[Value],
    moves: Sequence[int],
    floor: int,
    named: set[str],
) -> None:
    """Read a change's earlier value from the sentence after, when a past perfect of state
    in its clause places it at the earlier time: "... lowered the rate to 12.5 percent. The
    rate had stood at 13.5% for more than a year". No change may be stated before it in
    that sentence, its subject must be named in the change's (`named`: the words just
    before its end), and only the one such value alike to the new one is read."""
    found = []
    for value in stated:
        start = hedge_start(text, value)
        if not alike(value, draft.to) or near(moves, floor, start):
            continue
        words = _lower(TOKEN.findall(text, max(floor, start - _MAX_EARLIER_CUE), start))
        while words and words[-1] in _BEFORE_VALUE:
            words.pop()
        cue = phrase_ending(words, EARLIER_STATE_AFTER)
        if cue and _same_subject(words[:-cue], named):
            found.append(value)
    if len(found) == 1:
        draft.source, draft.end = found[0], found[0].end or draft.end


def _same_subject(words: Sequence[str], named: set[str]) -> bool:
    """Whether the clause before a state's verb names its subject by a pronoun, a noun
    pointing back ("The July reading"), a word of the change's sentence or of its group
    (`[same measure]`: "Expenditure had stood at" after "spending rose") or, for a
    balance, another balance word ("the shortfall" after "the deficit grew"); not "The
    kingdom had been ..." after "Revenue ... rose"."""
    clause = list(itertools.takewhile(str.isalpha, reversed(words)))
    subject = {w for w in clause if w not in _NOT_SUBJECTS and w not in _MONTHS}
    if not subject or measures(subject) & measures(named):
        return True
    return bool(subject & _BALANCE_NOUNS) and bool(named & _BALANCE_NOUNS)


def _dated_earlier(text: str, sentence: Block, following: Block, value: Value, floor: int) -> bool:
    """Whether the sentence after a change dates a value of its own at the change's earlier
    time, in its words before it (from `floor`, past any figure before) or in its clause
    right after it: by a word of `[earlier period]` ("A year earlier,", "Twelve months
    ago"; not one a change or comparison is measured from: "unchanged from the previous
    year"), by "last year" after the change's month ("In May last year"), or by the year
    before the one year the change's sentence names ("... in 2024. Expenditure had stood
    at $2,485 billion in 2023")."""
    before = _lower(TOKEN.findall(text, floor, hedge_start(text, value)))
    after = _lower(TOKEN.findall(text, value.end or 0, following.end))
    marks = _CLAUSE_END | _LIST_BREAKS
    after = list(itertools.takewhile(lambda w: w not in marks, after))[:_DATE_AFTER]
    own = _lower(TOKEN.findall(text, sentence.start, sentence.end))
    for words in (before, after):
        if any(
            word in _EARLIER_PERIOD and not _BASE_WORDS.intersection(words[:at])
            for at, word in enumerate(words)
        ):
            return True
        for at in range(1, len(words) - 1):
            period = words[max(0, at - _LAST_YEAR_REACH) : at]
            if words[at : at + 2] == ["last", "year"] and (
                _EARLIER_BEFORE_LAST_YEAR.intersection(period)
                or _MONTHS.intersection(period) & set(own)
            ):
                return "last" not in own
    years = {int(w) for w in own if _YEAR.fullmatch(w)}
    theirs = {int(w) for w in (*before, *after) if _YEAR.fullmatch(w)}
    return len(years) == 1 and theirs == {min(years) - 1}


def _names_what_changed(text: str, value: Value, opening: Sequence[str], named: set[str]) -> bool:
    """Whether the words before a value in the sentence after a change name what changed,
    by a word of the change's clause or its `[same measure]` group (`named`), in its
    subject ("outbound shipments had totalled") or in the noun the value counts ("76,084
    homes had changed hands" after "House sales fell")."""
    subject = {
        w
        for w in opening
        if w.isalpha() and w not in _NOT_SUBJECTS and w not in _NOT_NAMING and w not in _MONTHS
    }
    counted = [
        w
        for w in _lower(TOKEN.findall(text, value.end or 0, (value.end or 0) + _NOUN_REACH)[:1])
        if w.isalpha()
    ]
    return bool(measures([*subject, *counted]) & measures(named - _NOT_NAMING))


def _set_against(text: str, draft: _Draft, value: Value) -> bool:
    """Whether a clause that sets one figure against another stands between a change and
    a value of its sentence: "fell to 4.5%, while in Spain it had been 12%"; or the value
    is in a clause of its own after the change: "fell to 2.1%, the lowest since 2021, when
    it had been 1.9%"."""
    before = (value.start or 0) < draft.start
    start, end = (value.end or 0, draft.start) if before else (draft.end, value.start or 0)
    between = set(_lower(TOKEN.findall(text, start, end)))
    return bool(between & _AGAINST)


def _breakdown_in_brackets(
    text: str, values: Sequence[Value], index: int, span: tuple[int, int]
) -> tuple[int, int] | None:
    """The index of the value a bracket holding values[index] and at least one figure
    before it follows, a few words of its own between them, and where the bracket closes,
    all within `span`: "£14,842 per person (£12,605 current, £2,237 capital)"; None
    otherwise."""
    start = values[index].start or 0
    opening = text.rfind("(", span[0], start)
    closing = text.find(")", values[index].end or 0, span[1])
    if opening < 0 or closing < 0 or ")" in text[opening:start]:
        return None
    first = index
    while first > 0 and (values[first - 1].start or 0) > opening:
        first -= 1
    if first == index or first == 0:
        return None  # one figure: a view of the value, if any (`_restated`)
    owner = values[first - 1]
    words = TOKEN.findall(text, owner.end or 0, opening)
    if len(words) > _BRACKET_OWNER_WORDS or not all(w.isalpha() for w in words):
        return None
    return first - 1, closing + 1


def _restated(text: str, values: Sequence[Value], at: int) -> tuple[int, int] | None:
    """The index of the last figure, and the end, of an aside right after the value at `at`
    that restates it as another view of the same quantity: in other currencies ("18.77bn
    rupees ($372.9m; £234.5m)", "44.56 billion reais, or about US$8.86 billion") or per
    share ("$2.1 billion, or $1.32 a share"); None if no such aside follows it."""
    amount = values[at]
    if at + 1 >= len(values):
        return None
    end = amount.end or 0
    opening = hedge_start(text, values[at + 1])
    bracketed = _OPEN.fullmatch(text, end, opening) is not None
    if not bracketed and _OR.fullmatch(text, end, opening) is None:
        return None
    index = at
    for value in values[at + 1 :]:
        if index > at and _VIEWS_JOINED.fullmatch(text, end, hedge_start(text, value)) is None:
            break
        share = _A_SHARE.match(text, value.end or 0)
        if share is not None:
            end = share.end()
        elif _in_other_currency(amount, value):
            end = value.end or 0
        else:
            break
        index += 1
    if index == at:
        return None
    if not bracketed:
        return index, end
    close = _CLOSE.match(text, end)
    return (index, close.end()) if close else None


def _in_other_currency(amount: Value, value: Value) -> bool:
    return (
        isinstance(amount, Money) and isinstance(value, Money) and value.currency != amount.currency
    )


def _bracketed_earlier(text: str, draft: _Draft, value: Value, pos: int, limit: int) -> int | None:
    """Where a bracket ends that gives a change's earlier value right after its new one
    (maybe after the new one's period), dated by a year or an earlier-period word inside:
    "jumped 22% to R341.9m (R279.3m in the prior half)", "rose 8.9% to €3,517 million
    (2023: €3,229 million)", "to €21.4 billion in 2024 (2023: €20.1 billion)"; None if
    there is none."""
    if draft.last != "to" or draft.source is not None or draft.to is None:
        return None
    return dated_bracket(text, draft.to, value, pos, limit)


def dated_bracket(text: str, new: Value, old: Value, pos: int, limit: int) -> int | None:
    """Where a bracket ends that holds `old`, alike to `new`, dated as its earlier value by
    a year or an earlier-period word; it opens at `pos` (after `new`), maybe after the new
    value's own period ("in 2024 (2023: €20.1 billion)"). None if there is none."""
    if not alike(old, new):
        return None
    close = text.find(")", old.end or 0, limit)
    if close < 0:
        return None
    before = _lower(TOKEN.findall(text, pos, hedge_start(text, old)))
    after = _lower(TOKEN.findall(text, old.end or 0, close))
    opening = before.index("(") if "(" in before else -1
    if opening < 0 or not _is_filler(before[:opening], words=True):
        return None
    words = [*before[opening + 1 :], *after]
    if not all(_filler_word(w) or w == ":" for w in words):
        return None
    dated = any(w in _EARLIER_PERIOD or _YEAR.fullmatch(w) for w in words)
    return close + 1 if dated else None


def _range_of(text: str, low: Value, high: Value) -> bool:
    """Whether two figures are one range sharing the second's unit or scale: "5 to 10
    percent", "5-10%", "2 to 3 billion" (but "rose 120 to 5,100" is a change and a value).
    """
    if not _unscaled(low) or _unscaled(high):
        return False
    if _RANGE.fullmatch(text, low.end or 0, high.start or 0) is None:
        return False
    if high.multiplier != 1 and low.multiplier == 1 and abs(low.value) >= BARE_SCALE_LIMIT:
        return False  # a count of its own is a change's size: "by 270,000 to 6.0 million"
    return inherit(low, high).value < high.value


def _range(text: str, low: Value, high: Value) -> Value:
    """A range read as one figure: "5 to 10 percent" is anything from 5 to 10 percent."""
    low = inherit(low, high)
    return high.model_copy(
        update={
            "value": (low.value + high.value) / 2,
            "low": min(low.low, high.low),
            "high": max(low.high, high.high),
            "digits": None,
            "text": text[low.start or 0 : high.end or 0],
            "start": low.start,
        }
    )


def _exchange_rate(text: str, draft: _Draft, marks: set[int]) -> str | None:
    """The basis "exchange rate" when a change's values are rates of a currency ("per dollar")."""
    for value in (draft.to, draft.source):
        if value is None:
            continue
        per = _PER_CURRENCY.match(text, value.end or 0)
        if per is not None and per.end() in marks:
            return "exchange rate"
    return None


def _claim(text: str, draft: _Draft, basis: str | None, mentions: Mentions) -> ChangeClaim:
    to, source = draft.to, draft.source
    if draft.to_unhedged and to is not None:
        to = _without_hedge(to, mentions)
    if to is not None and source is not None and _scale_unsure(source, to):
        source = None  # "from 900 to 1.2 million euros": 900 euros or 900 million, unsaid
    elif to is not None and source is not None and _scale_unsure(to, source):
        to = None
    elif (
        to is not None
        and source is not None
        and draft.kind in ("adverb", "compare")
        and scale_unstated(to, source)
    ):
        to = None  # "281.6 million people in 59 countries, ..., 24.1 million more than the"
    elif to is not None and source is not None and _counts_its_own(text, source, to):
        source = None  # "7.29 million tonnes, up from 201.3 million bushels": not tonnes
    elif (
        to is not None
        and source is not None
        and (_counts_its_own(text, to, source) or _bare_across_a_size(mentions, draft, to, source))
    ):
        to = None
    if to is not None and source is not None:
        to, source = inherit(to, source), inherit(source, to)
    like = to or source
    by = tuple(
        inherit(b, like, as_change=True) if like else b
        for b in draft.by
        # "rose 5 to 2.1 billion", but not "to 25.5 million, an increase of 371,100"
        if not (like and _unscaled(b) and like.multiplier != 1 and b.value < BARE_SCALE_LIMIT)
    )
    start = min([draft.start, *((v.start or 0) for v in (to, source) if v is not None)])
    direction = draft.direction
    if like is not None and _timed(draft.wording, like):
        direction = _DOWN if direction == _UP else _UP
    return ChangeClaim(
        text=text[start : draft.end],
        start=start,
        end=draft.end,
        direction=direction,
        wording=draft.wording,
        wording_first=draft.wording_first,
        from_value=source,
        to_value=to,
        by=by,
        multiple=draft.multiple,
        basis=basis,
    )


def _timed(wording: str, value: Value) -> bool:
    """Whether a word of speed is said of a time taken, which a faster pace shortens:
    "42 minutes, 20% quicker than the 52.5 minutes it took"."""
    return (
        " ".join(wording.lower().split()) in _SPEED_WORDS
        and isinstance(value, Amount)
        and value.unit in _TIME_TAKEN_UNITS
    )


def scale_unstated(first: Value, other: Value) -> bool:
    """Whether a value compared with another is a small bare count where the other has a
    scale word, which it would take only if written beside it ("from 2.6 to 3.1 billion"):
    "in 59 countries, ..., 24.1 million more than the 257.5 million"."""
    return _unscaled(first) and first.value < BARE_SCALE_LIMIT and other.multiplier > 1


def _scale_unsure(bare: Value, scaled: Value) -> bool:
    """Whether a bare figure would take its partner's scale word though the two, as
    written, are more than ten times apart: in "rose from 900 to 1.2 million euros",
    neither 900 euros nor 900 million euros is clearly meant."""
    if not _unscaled(bare) or scaled.multiplier == 1 or abs(bare.value) >= BARE_SCALE_LIMIT:
        return False
    if bare.value == 0:
        return False  # nought at any scale
    return not within_scale_spread(abs(bare.value), abs(scaled.value / scaled.multiplier))


def _bare_across_a_size(mentions: Mentions, draft: _Draft, to: Value, source: Value) -> bool:
    """Whether a bare new value would take the earlier value's unit across the change's
    size stated between them while a value of that unit stands before it in its sentence,
    which the change may be of: "Some 41 percent now back raising the age to 64, up 5
    percentage points from 36 percent" (but "fell to 3.9, down 0.2 percentage points from
    4.1 percent" keeps its pair)."""
    if not _unitless(to) or _unitless(source) or (to.start or 0) > (source.start or 0):
        return False
    if not any((to.end or 0) <= (size.start or 0) < (source.start or 0) for size in draft.by):
        return False
    sentence = mentions.document.sentence_at(to.start or 0)
    values = stated_values(mentions)
    first = bisect.bisect_left(values, sentence.start, key=lambda value: value.start or 0)
    return any(
        alike(value, source)
        for value in itertools.takewhile(
            lambda value: (value.start or 0) < (to.start or 0),
            itertools.islice(values, first, None),
        )
    )


def _unitless(value: Value) -> bool:
    """Whether a figure has neither currency nor unit: "the 773.45", "8 million"."""
    return isinstance(value, Amount) and not value.unit


def _unscaled(value: Value) -> bool:
    """Whether a figure is bare: no unit, currency or scale ("5", not "5%" or "5 billion")."""
    return isinstance(value, Amount) and not value.unit and value.multiplier == 1


def _without_hedge(value: Value, mentions: Mentions) -> Value:
    """A value read as stated, where "up to" before it was part of "rose up to", not a hedge."""
    if value.hedge is None:
        return value
    figures = mentions.figures
    index = bisect.bisect_left(figures, value.start or 0, key=lambda f: f.start)
    if index < len(figures) and figures[index].start < (value.end or 0):
        figure = figures[index]
        if figure.value == value.value:
            low, high = figure.interval.low, figure.interval.high
            return value.model_copy(update={"low": low, "high": high, "hedge": None})
    return value


def _multiple(text: str, start: int, end: int, factor: float, rounding: float = 0.5) -> Amount:
    """A stated multiple ("tripled", "fivefold") as the band of factors its words allow.

    The bands are in the hedges vocabulary ("doubled": 1.8 to 2.2 times, "more than
    doubled": above 2 times); an unhedged band is never wider than the factor's rounding
    (half a unit, or of its last decimal: "2.83 times").
    """
    hedge = read_hedge(text, start)
    low, high = _MULTIPLE_BANDS[hedge[0].value if hedge else "plain"]
    interval = Interval(factor * low, factor * high)
    if hedge is None:
        interval = Interval(
            max(interval.low, factor - rounding), min(interval.high, factor + rounding)
        )
    return Amount(
        value=factor,
        low=interval.low,
        high=interval.high,
        digits=text[start:end],
        hedge=hedge[0].value if hedge else None,
        text=text[start:end],
        start=start,
        end=end,
    )


def _fold_value(match: re.Match[str]) -> float:
    n = match.group("n").lower()
    return float(_NUMBER_WORDS.get(n) or n)


def _lower(tokens: Sequence[str]) -> list[str]:
    return [t.lower() for t in tokens]


def _filler_word(token: str) -> bool:
    word = token.lower()
    parts = _SPAN_PARTS.split(word)
    if len(parts) > 1 and all(part in _FILLER or part.isdigit() for part in parts):
        return True  # a span of periods: "april-june", "q1-q3", "2001/2002", "2024-25"
    return word in _FILLER or word.isdigit() or bool(_POSSESSIVE_YEAR.fullmatch(word))


def period_words(tokens: Sequence[str]) -> bool:
    """Whether lower-cased tokens are words of a period and nothing else: "last year"."""
    return bool(tokens) and _is_filler(tokens, words=True)


def _is_filler(tokens: Sequence[str], *, words: bool = False) -> bool:
    """Whether tokens are only period words and punctuation (only words, if `words`)."""
    return all(_filler_word(t) or (not words and t in _PUNCTUATION) for t in tokens)


def _is_object(tokens: Sequence[str], draft: _Draft) -> bool:
    """Whether tokens may be a short object: "cut its deposit rate by", "a 5% rise in sales to".

    A noun takes one only after its stated change, and only with "in" or "of": in "the
    growth in exports slowed to 3%", the value is not the growth's. A comma may close
    it: "trimmed its base rate on Wednesday, by 25 basis points".
    """
    if len(tokens) > 1 and tokens[-1] == ",":
        tokens = tokens[:-1]
    if any(t in _PUNCTUATION or not t[0].isalnum() or t.lower() in _STOP for t in tokens):
        return False
    if draft.kind == "noun" and not (draft.stated and tokens[0].lower() in ("in", "of")):
        return False
    return 0 < sum(1 for t in tokens if not _filler_word(t)) <= _MAX_OBJECT
