"""Differences as real copy words them, beyond the fixed forms `balances` reads.

- A balance named as the subject of the clause that states its figure, with the
  clause's other words between them: "the shortfall on goods and services trade shrank
  5.6% in March to $62 billion", "the trade surplus widened again, to 196.5 billion
  euros", "a goods trade deficit for a third month in a row in January: 1.31 trillion
  yen". No other figure of money or a measure, no role word (exports, spending) and no
  clause word may stand between them, and a linking word ("to", "at", "was", a colon)
  must come right before the figure.
  An aside between commas that holds no figure but a year is passed over: "the trade
  deficit, the largest since 2014, reached".
- A balance whose figure is fronted in its sentence: "At $62 billion in March, the US
  trade gap came in narrower than forecast".
- A side of a balance named by the subject of its clause across an aside: "Imports,
  pushed up by soaring crude oil prices, climbed to a record 8.52 trillion yen".
- A subtraction whose operands and result carry longer labels ending in "of": "Profit
  before tax of R5 126 million, less an income tax charge of R1 567 million, gave a profit
  for the period of R3 559 million".
- A difference compared from a change's new value, stated after its old one: "the jobless
  rate dropped to 7.4% from 8.0%, INSEE said; that is 0.8 point below the 8.2% recorded
  before the crisis", "down from its April estimate of 196.14 million tonne and 12.8
  million tonne below the record 208.87 million tonne".
- A figure dated earlier by the words before it ("February's US$112.52 billion") is no
  rival side of a balance.
- A side qualified by where it goes ("exports to the EU", "imports from China", or a
  clause opening "With China,") is a part of the whole side, no rival reading of it.
- A total of both sides ("for combined turnover of $125.7 billion", "$93.9 billion in
  two-way trade") is never a side of a balance, nor is a gap sized against a budget, a
  forecast or any other value ("revenue came in $10.4 billion, or 2.1%, above budget").

`find_differences` reads, on its own, two forms the readers in `balances` leave:
- A gap set off after the two values it separates, each maybe named by a short phrase
  after it: "67.3% in the north against 58.1% in the south, a difference of 9.2 points",
  "4.25%, while two-year notes yielded 3.80%, a spread of 45 basis points". The two are the
  only values of the gap's kind in its sentence before it (percentages for a gap in
  points); a gap in percent of two percentages may be relative, and is never read.
- A difference in points between two rates, stated between them: "3.75%, 50 basis points
  below its main refinancing rate of 4.25%", "The 4.1% rate for men was 0.6 percentage
  point higher than the 3.5% rate for women". Points are never relative, so the two
  rates and the points always make one difference. One the changes reader reads between
  the same two rates is its own. The second rate may be named, ending the clause, by the
  words that name one rate alone earlier in the paragraph, before its link and figure:
  "kept the repo rate at 6.5 percent. ... 5.75 per cent, 0.75 point below the repo rate".
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Callable, Collection, Iterator, Sequence

from claimcheck import vocabulary
from claimcheck.document import Block
from claimcheck.extract.changes import (
    TOKEN,
    Value,
    names_as_one,
    near,
    passed_over,
    read_changes,
    stated_values,
    without_time,
)
from claimcheck.extract.figures import hedge_start
from claimcheck.extract.lexicon import (
    BY_BEFORE,
    DIFFERENCE_COMPARATIVES,
    OF_AFTER,
    Keywords,
    any_of,
)
from claimcheck.extract.listed_parts import COMPARATIVE_AFTER
from claimcheck.extract.mentions import Mentions
from claimcheck.model.claims import Amount, ChangeClaim, DifferenceClaim, Money

_BALANCE_WORD = re.compile(
    rf"(?<![\w-])(?P<word>{any_of(vocabulary.words('cues', 'difference'))})(?![\w-])",
    re.IGNORECASE,
)
# The last word of each link between a balance and its figure ("came to" -> "to"), or a
# colon: "a deficit for a third month in January: 1.31 trillion yen".
_LINK_ENDS = frozenset(
    (*(link.split()[-1].lower() for link in vocabulary.words("cues", "balance links")), ":")
)
_OPENERS = frozenset(vocabulary.words("cues", "balance value openers"))
_STOPS = frozenset(vocabulary.words("cues", "balance subject stops"))
# A hedge, which states an estimate of the figure, not an expectation of another:
# "ran an estimated trade surplus of".
_HEDGES = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('hedges', 'approx'))})(?![\w-])", re.IGNORECASE
)
_BLOCKERS = frozenset((*vocabulary.clause_words(), *_STOPS, ";", "(")) - {"and", "or"}
_CLAUSE_WORDS = frozenset(vocabulary.clause_words())
_STOP_REACH = 120  # characters before a balance word searched for a figure ending its clause
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_BY_WORD = "by"
_SUBJECT_REACH = 140  # characters a balance word may stand before its figure
_SUBJECT_TOKENS = 20  # tokens between them, at most
_FRONTS = frozenset(vocabulary.words("cues", "fronted figure openers"))
_FRONTED_AT = 40  # characters from a sentence's start to a figure fronted in it
_FRONT_REACH = 60  # characters after a fronted figure's comma to the balance word
# The first word of each spelling of percent or points: "5.6 per cent", "0.4 point".
_PERCENT = frozenset(
    spelling.split()[0].lower() for spelling in vocabulary.words("proportions", "percent", "points")
)
_YEAR = re.compile(r"(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?")  # "2023", "2023-24", "2021/22"
_DESTINATIONS = frozenset(vocabulary.words("cues", "side destinations"))
_ARTICLES = frozenset(vocabulary.words("cues", "side destination articles"))
_PARTNERS = frozenset(vocabulary.words("cues", "partner openers"))
_PARTNER_WORDS = 6  # words of a clause's opening partner phrase, its comma included
_PLACE_REACH = 30  # characters after a value that may say where it goes
_ASIDE_PREDICATE = 6  # words after an aside's closing comma, before the side's figure
_BREAKS = frozenset(",;.")
_AND = "and"
_POINTERS = frozenset(vocabulary.words("clauses", "pointing back"))
_COPULAS = frozenset(vocabulary.words("cues", "comparison links"))
_REPORTING = frozenset(vocabulary.words("clauses", "reporting"))
_NAMING_WORDS = 4  # words naming a change's old value, or attributing it
_DATING_WORDS = 3  # words before a value that may date it
_EARLIER = frozenset(vocabulary.words("cues", "earlier period"))
_PERIOD_NOUNS = frozenset(vocabulary.words("cues", "period nouns"))
_MONTHS = frozenset(month.lower() for month in calendar.month_name[1:])
_OPERAND_WORDS = 6  # words naming a subtraction's operand or result, "of" included
_LABEL_ENDS = frozenset(vocabulary.words("cues", "operand label ends"))
_BOTH_SIDES = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('cues', 'both sides totals'))})(?![\w-])",
    re.IGNORECASE,
)
_GAP_WORDS = vocabulary.words("cues", "difference", "difference before")
# A figure named a balance by the word right after it: "a 42.2 billion riyal surplus".
_BALANCE_AFTER = re.compile(
    rf"\s+(?P<word>{any_of(vocabulary.words('cues', 'difference'))})(?![\w-])", re.IGNORECASE
)
_GAP_CUES = Keywords(
    *_GAP_WORDS,
    *DIFFERENCE_COMPARATIVES,
)
# A gap named right before its figure, maybe after a determiner and a word: "a spread of",
# "its widening gap of".
_GAP_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?:{any_of(vocabulary.words('clauses', 'determiners'))})\s+"
    rf"(?:[^\W\d_][\w-]*\s+)?)?(?P<word>{any_of(_GAP_WORDS)})\s+of\s+\Z",
    re.IGNORECASE,
)
_GAP_REACH = 60  # characters before a gap's figure searched for its name
_GAP_JOINS = frozenset(vocabulary.words("cues", "difference links")) - {_AND, "or"}
_PAIR_TOKENS = 12  # tokens between the two values of a gap, at most
_SET_OFF_MARKS = frozenset(",—–-")  # before a gap set off: ", a gap of", "— a gap of"
_POINTS_COMPARED = re.compile(
    rf"\s+(?P<word>{any_of(DIFFERENCE_COMPARATIVES)})\s",
    re.IGNORECASE,
)
_COMPOUND = re.compile(r"[\d.]+-[^\W\d_]+")  # "10-year", as one token
_PART_WORDS = vocabulary.words("cues", "breakdown one part", "breakdown one part netted")
_FALL_VERBS = vocabulary.pattern(vocabulary.words("directions", "verb down"))
_FALL_BEFORE = re.compile(rf"(?<![\w-])(?:{_FALL_VERBS})(?:\s+by)?\s+\Z", re.IGNORECASE)
_FALL_REACH = 24  # characters before a value searched for a verb of falling sizing it
_PART_CUE = re.compile(rf"(?<![\w-])(?:{any_of(_PART_WORDS)})(?![\w-])", re.IGNORECASE)
_COMPARISON_LINKS = frozenset(vocabulary.words("cues", "comparison links"))
# Words naming a figure stated before, and the words that open that name and link it to
# its figure: "[the] repo rate [at] 6.75 percent", "[the] average [stood at] 5.2%".
_NAME_BACK_WORDS = 5
_NAME_OPENERS = frozenset(vocabulary.words("cues", "named figure openers"))
_NAME_LINKS = frozenset(
    word.lower() for link in vocabulary.words("cues", "balance links") for word in link.split()
)
_RATE_NAME_WORDS = 6  # words naming a rate: "the jobless rate for women was"
_QUALIFYING_WORDS = 2  # words after a comma that only qualify a comparison: "a mere"
_GAP_AFTER = re.compile(
    rf"\s+{vocabulary.pattern(vocabulary.words('cues', 'gap after'))}(?![\w-])", re.IGNORECASE
)
_BY_REACH = 6  # characters before a value searched for "by"
_WORD = re.compile(r"[^\W\d_]+")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*)\s+\Z")  # the word right before a role word
_SIDE_VERBS = frozenset(vocabulary.words("cues", "difference side verbs"))
# Words that may stand right before a side's role word without naming a part of the side.
SIDE_OPENERS = frozenset(
    (
        *vocabulary.words("clauses", "determiners", "phrase ends"),
        *vocabulary.words("directions", "compared with"),
        *vocabulary.clause_words(),
        "and",
        "total",
    )
)
_BOTH_SIDES_AFTER = re.compile(rf"\s+(?:in|of)\s+{_BOTH_SIDES.pattern}", re.IGNORECASE)


def balance_subject(
    text: str, sentence: Block, stated: Value, roles: Collection[str]
) -> re.Match[str] | None:
    """The balance word heading the clause whose figure `stated` is, as described above,
    or None. `roles`: the role words, none of which may stand between them."""
    end = hedge_start(text, stated)
    floor = max(sentence.start, end - _SUBJECT_REACH)
    words = list(_BALANCE_WORD.finditer(text, floor, end))
    if not words:
        return None
    found = words[-1]  # the nearest before the figure
    tokens = _without_asides([t.lower() for t in TOKEN.findall(text, found.end(), end)])
    while tokens and tokens[-1] in _OPENERS:
        tokens.pop()
    if not tokens or len(tokens) > _SUBJECT_TOKENS or tokens[-1] not in _LINK_ENDS:
        return None
    if any(t in _BLOCKERS or t in roles for t in tokens) or stopped(
        text, sentence, found.start(), found.end()
    ):
        return None
    for index, token in enumerate(tokens):
        following = tokens[index + 1 : index + 2]
        if token[:1].isdigit():
            if _YEAR.fullmatch(token) or (following and following[0] in _PERCENT):
                continue  # a year, or the change the clause states: "shrank 5.6% in March to"
            if _sizes_change(tokens, index):
                continue  # the change's size: "widened by $1.9 billion, or 0.4 percent, to"
            return None
        if not (token[:1].isalpha() or token in ",:-–%"):
            if following and following[0][:1].isdigit() and _sizes_change(tokens, index + 1):
                continue  # the currency mark of the change's size
            return None  # a currency mark, a bracket: another figure between them
    return found


def _sizes_change(tokens: Sequence[str], index: int) -> bool:
    """Whether the figure at tokens[index] is the size of the change its clause states,
    after "by" and maybe a currency mark: "the gap widened by $1.9 billion"."""
    before = [t for t in tokens[max(0, index - 2) : index] if not t[:1].isdigit()]
    while before and not before[-1][:1].isalnum():
        before.pop()
    return before[-1:] == [_BY_WORD]


def fronted_balance(
    text: str, sentence: Block, stated: Value, roles: Collection[str]
) -> re.Match[str] | None:
    """The balance word heading the clause after a figure fronted in its sentence ("At $62
    billion in March, the US trade gap came in narrower"): the figure opens the sentence
    after "at", only period words follow it to a comma, and the balance word comes a few
    words after that comma, with no role word among them; else None."""
    start = hedge_start(text, stated)
    if start - sentence.start > _FRONTED_AT:
        return None  # not a figure the sentence opens with (and a long sentence is not read)
    opening = [t.lower() for t in TOKEN.findall(text, sentence.start, start)]
    if not opening or opening[0] not in _FRONTS or not all(t in _OPENERS for t in opening[1:]):
        return None
    comma = text.find(",", stated.end or 0, sentence.end)
    if comma < 0:
        return None
    dated = TOKEN.findall(text, stated.end or 0, comma)
    if len(dated) > _NAMING_WORDS or not all(t[:1].isalpha() or _YEAR.fullmatch(t) for t in dated):
        return None
    found = _BALANCE_WORD.search(text, comma, min(sentence.end, comma + _FRONT_REACH))
    if found is None:
        return None
    subject = [t.lower() for t in TOKEN.findall(text, comma + 1, found.start())]
    if len(subject) > _NAMING_WORDS or any(
        not t[:1].isalpha() or t in roles or t in _BLOCKERS for t in subject
    ):
        return None
    return found


def _without_asides(tokens: list[str]) -> list[str]:
    """Words less each aside between two commas that holds no figure but a year: "the trade
    deficit, the largest since 2014, reached" reads "the trade deficit reached"."""
    kept: list[str] = []
    index = 0
    while index < len(tokens):
        closing = tokens.index(",", index + 1) if "," in tokens[index + 1 :] else -1
        if tokens[index] == "," and closing > 0:
            aside = tokens[index + 1 : closing]
            if all(not t[:1].isdigit() or _YEAR.fullmatch(t) for t in aside):
                index = closing + 1
                continue
        kept.append(tokens[index])
        index += 1
    return kept


def stopped(text: str, sentence: Block, start: int, end: int) -> bool:
    """Whether the words of a balance's clause up to `end`, from before its word at `start`,
    make it no balance of the sides near it: "had expected the deficit to widen to", "the
    deficit with China widened to". The clause opens after the figure before the word, if
    nearer than a comma: the sides it states are no part of it ("exports of $124.9 billion
    set against imports of $160.9 billion gave a deficit of")."""
    clause = clause_opening(text, sentence, start, ",;:")
    words = _HEDGES.sub(" ", text[clause:end])  # "an estimated surplus"
    return any(t.lower() in _STOPS for t in TOKEN.findall(words))


def clause_opening(text: str, sentence: Block, start: int, marks: str) -> int:
    """Where the clause of a balance word at `start` opens: after the last of `marks`
    before it in its sentence, or after the figure before it when that is nearer (a few
    lines back at most), the sides that figure states being no part of the clause."""
    clause = max(sentence.start, *(text.rfind(mark, sentence.start, start) for mark in marks))
    floor = max(clause, start - _STOP_REACH)
    figures = [
        m.end() for m in _DIGITS.finditer(text, floor, start) if not _YEAR.fullmatch(m.group())
    ]
    return max(clause, figures[-1] if figures else clause)


def subject_across_aside(text: str, floor: int, value: Value) -> str | None:
    """The one word heading a value's clause, set off from its verb by an aside between
    commas ("Imports, pushed up by ... prices, climbed to"), lower-cased; else None.
    `floor`: where the clause may start (its sentence, or the value before)."""
    tokens: list[str] = TOKEN.findall(text, floor, value.start or 0)
    while tokens and (tokens[0] == "," or tokens[0].lower() in _CLAUSE_WORDS):
        tokens.pop(0)  # "..., while imports, hit by ..., rose to"
    if len(tokens) < 4 or tokens[1] != ",":
        return None
    closing = len(tokens) - 1 - tokens[::-1].index(",")
    predicate = tokens[closing + 1 :]
    if closing == 1 or not predicate or len(predicate) > _ASIDE_PREDICATE:
        return None
    if not all(t[:1].isalpha() for t in predicate):
        return None
    return tokens[0].lower()


def goes_somewhere(text: str, floor: int, value: Value, roles: Collection[str]) -> bool:
    """Whether a side's value goes to or comes from one place, said right after its role
    word (since `floor`: "Exports to EU countries were worth €71.5 billion", "imports from
    the bloc") or, naming the place, after the value ("imports came to €58.9 billion from
    the EU"; not "from a year earlier"), or by a phrase opening its clause ("With China,
    exports of ...")."""
    before: list[str] = TOKEN.findall(text, floor, value.start or 0)
    opening = before[:_PARTNER_WORDS]
    if opening and opening[0].lower() in _PARTNERS and "," in opening and a_place(opening[1:]):
        return True  # a clause opening "With China," gives one partner's trade
    for index in range(len(before) - 1, -1, -1):
        if before[index].lower() in roles:
            # "imports from the bloc": a role word says where right after it (not "and
            # imports to £38.7 billion", where the value follows at once)
            if index + 2 < len(before) and before[index + 1].lower() in _DESTINATIONS:
                return True
            break
    return _to_a_place(TOKEN.findall(text, value.end or 0, (value.end or 0) + _PLACE_REACH))


def qualified(text: str, sentence: Block, floor: int, value: Value, roles: Collection[str]) -> bool:
    """Whether the role word (one of `roles`) before a value (since `floor`) is qualified
    by a common word before it, naming a part of the side: "car exports", "oil imports"
    (not "the exports", "US imports", "Japan's imports", "than imports", "total exports",
    "the value of sales", nor a verb's subject: "the province spent")."""
    found = [m for m in _WORD.finditer(text, floor, value.start or 0) if m.group().lower() in roles]
    if not found or found[-1].group().lower() in _SIDE_VERBS:
        return False
    before = _WORD_BEFORE.search(text, floor, found[-1].start())
    if before is None:
        return False
    word = before.group(1)
    named = word[:1].isupper() and before.start(1) > sentence.start  # "US exports"
    lowered = word.lower()
    return (
        not named
        and lowered not in SIDE_OPENERS
        and lowered != "of"
        and not lowered.endswith(("'s", "’s"))
    )


def _to_a_place(tokens: Sequence[str]) -> bool:
    """Whether words open with "to" or "from" and a name: "to China", "from the EU"."""
    return bool(tokens) and tokens[0].lower() in _DESTINATIONS and a_place(tokens[1:])


def a_place(tokens: Sequence[str]) -> bool:
    """Whether words open with a name, maybe after "the": "China", "the EU"."""
    name = tokens[1:2] if tokens[:1] and tokens[0].lower() in _ARTICLES else tokens[:1]
    return bool(name) and name[0][:1].isupper()


def operand_label(tokens: Sequence[str]) -> bool:
    """Whether words between a subtraction's operator and its second value name that value:
    none, or a few words ending in "of" ("less an income tax charge of")."""
    if not tokens:
        return True
    return (
        len(tokens) <= _OPERAND_WORDS
        and tokens[-1].lower() in _LABEL_ENDS
        and all(t[:1].isalpha() and t.lower() not in _CLAUSE_WORDS for t in tokens)
    )


def result_label(words: Sequence[str], links: Collection[str]) -> bool:
    """Whether words between a subtraction and its result (lower-cased) tie them: link words
    with a verb among them ("came to", ", leaving"), then maybe a label ending in "of" (",
    gave a profit for the period of")."""
    linked = 0
    while linked < len(words) and words[linked] in links:
        linked += 1
    if not any(w[:1].isalpha() and w != "a" for w in words[:linked]):
        return False
    return operand_label(words[linked:])


def totals_both_sides(text: str, floor: int, value: Value) -> bool:
    """Whether a value is named a total of both sides of a balance: a few words before it,
    since `floor` ("for combined turnover of $125.7 billion", "total trade reached"), or
    right after it ("$93.9 billion in two-way trade")."""
    if _BOTH_SIDES_AFTER.match(text, value.end or 0):
        return True
    start = hedge_start(text, value)
    names = list(_BOTH_SIDES.finditer(text, floor, start))
    if not names:
        return False
    link = TOKEN.findall(text, names[-1].end(), start)
    return len(link) <= _NAMING_WORDS and all(t[:1].isalpha() for t in link)


def sized_against(text: str, value: Value) -> bool:
    """Whether a value is the gap between a side and what it is set against: a comparative
    right after it (or after its restatement: "$10.4 billion, or 2.1%, above budget",
    "€1.5 billion short of the target", "$2.2 billion lower", "$4.1 billion over budget"),
    or "by" right before it ("beat the budget by $4.1 billion"); such a value is no side
    of a balance."""
    start, end = hedge_start(text, value), value.end or 0
    return (
        COMPARATIVE_AFTER.match(text, end) is not None
        or _GAP_AFTER.match(text, end) is not None
        or BY_BEFORE.search(text, max(0, start - _BY_REACH), start) is not None
    )


def of_an_earlier_time(text: str, floor: int, value: Value) -> bool:
    """Whether the words right before a value (since `floor`) date it earlier than the
    figures around it: "a gain of 1.9% on February's US$112.52 billion", "the year-earlier
    $4.1 billion"; such a value is compared with, no side of a balance."""
    tokens = [t.lower() for t in TOKEN.findall(text, floor, value.start or 0)][-_DATING_WORDS:]
    for token in tokens:
        stem = token.removesuffix("'s").removesuffix("’s")
        if token in _EARLIER or (stem != token and (stem in _MONTHS or stem in _PERIOD_NOUNS)):
            return True
    return False


def leads_back_to_change(tokens: Sequence[str]) -> bool:
    """Whether the words after a change's old value lead to a difference stated of the
    change's new value: a few words naming the old value ("estimated in February"), an
    attribution (", INSEE said"), a break (",", ";", a full stop, "and") and maybe a
    pointer back with its verb ("that is", "This was")."""
    segments: list[list[str]] = [[]]
    for token in (t.lower() for t in tokens):
        if token in _BREAKS:
            segments.append([])
        else:
            segments[-1].append(token)
    *inner, last = segments
    if len(segments) == 1 and last != [_AND]:
        return False  # no break: the difference is the old value's own
    if last not in ([], [_AND]) and not (
        1 <= len(last) <= 2 and last[0] in _POINTERS and all(w in _COPULAS for w in last[1:])
    ):
        return False
    return all(
        len(words) <= _NAMING_WORDS
        and all(w[:1].isalpha() for w in words)
        and (not _CLAUSE_WORDS.intersection(words) or bool(_REPORTING.intersection(words)))
        for words in inner
    )


def find_differences(mentions: Mentions) -> list[DifferenceClaim]:
    """The differences of the two forms described above (see the module's notes)."""
    text = mentions.text
    positions = _GAP_CUES.positions(text)
    if not positions:
        return []
    values = stated_values(mentions)
    return [*_named_pair_gaps(mentions, values, positions), *_points_between(mentions, values)]


def _named_pair_gaps(
    mentions: Mentions, values: Sequence[Value], positions: Sequence[int]
) -> Iterator[DifferenceClaim]:
    """A gap set off after its two values: "58.1% in the south, a difference of 9.2 points".
    `positions`: where the gap words start."""
    text = mentions.text
    for index, stated in enumerate(values):
        start = hedge_start(text, stated)
        if not near(positions, start - _GAP_REACH, start):
            continue
        sentence = mentions.document.sentence_at(stated.start or 0)
        cue = _GAP_BEFORE.search(text, max(sentence.start, start - _GAP_REACH), start)
        if cue is None or OF_AFTER.match(text, stated.end or 0):
            continue
        pair = _pair_set_off(text, values[:index], stated, sentence, cue.start())
        if pair is not None:
            yield _difference(text, *pair, stated, cue["word"])


def _difference(text: str, a: Value, b: Value, stated: Value, word: str) -> DifferenceClaim:
    """The difference of `a` and `b` stated as `stated`, its size only (no sign is read)."""
    start = min(a.start or 0, stated.start or 0)
    end = max(b.end or 0, stated.end or 0)
    return DifferenceClaim(
        text=text[start:end],
        start=start,
        end=end,
        minuend=a,
        subtrahend=b,
        difference=stated,
        wording=" ".join(word.lower().split()),
    )


def _pair_set_off(
    text: str, before: Sequence[Value], stated: Value, sentence: Block, phrase: int
) -> tuple[Value, Value] | None:
    """The two values of `stated`'s kind before its gap's name (at `phrase`) in its
    sentence, when they are the only two, close together, neither a gap against another
    value, and only a short phrase naming the second (a name counts as one word, a year as
    none, a region after a place is passed over), a comma or a dash and joining words
    ("leaving", "for") stand between it and the name; else None."""
    found: list[Value] = []
    for value in reversed(before):
        if (value.start or 0) < sentence.start or len(found) > 2:
            break
        if _gap_of(stated, value):
            found.append(value)
    if len(found) != 2:
        return None
    b, a = found
    between = TOKEN.findall(text, a.end or 0, b.start or 0)
    if len(between) > _PAIR_TOKENS or ";" in between or whole_and_part(text, a, b):
        return None
    if any(_a_fall(text, v) for v in (a, b)):
        return None  # "4.9%, while prices in the South East fell 1.3%, a gap of 6.2 points"
    if sized_against(text, a) or sized_against(text, b):
        return None
    if _BALANCE_AFTER.match(text, a.end or 0) or _BALANCE_AFTER.match(text, b.end or 0):
        return None  # balances of their own: "a $42.2 billion surplus ... a $18.5 billion deficit"
    link = [
        t.lower()
        for t in names_as_one(
            without_time(_without_region(TOKEN.findall(text, b.end or 0, phrase)))
        )
    ]
    marks = [i for i, t in enumerate(link) if t in _SET_OFF_MARKS]
    if len(marks) != 1:
        return None
    comma = marks[0]
    naming, joining = link[:comma], link[comma + 1 :]
    if not all(_plain_word(t) for t in naming):
        return None
    if sum(1 for t in naming if not _YEAR.fullmatch(t)) > _NAMING_WORDS:
        return None  # "in [the Basque Country] in 2023": a name is one word, a year none
    return (a, b) if all(t in _GAP_JOINS for t in joining) else None


def _without_region(tokens: Sequence[str]) -> Sequence[str]:
    """The tokens without the region set off after a place's name: "in Hermosillo[,
    Sonora],", "in Austin[, Texas],"."""
    for at in range(1, len(tokens) - 2):
        if (
            tokens[at] == ","
            and tokens[at + 2] == ","
            and tokens[at - 1][:1].isupper()
            and tokens[at + 1][:1].isupper()
        ):
            return [*tokens[:at], *tokens[at + 2 :]]
    return tokens


def _a_fall(text: str, value: Value) -> bool:
    """Whether a verb of falling sizes a value ("fell 1.3%", "dropped by 40"): a negative
    move, whose gap to another is no difference of the two figures as written."""
    start = hedge_start(text, value)
    return _FALL_BEFORE.search(text, max(0, start - _FALL_REACH), start) is not None


def whole_and_part(text: str, a: Value, b: Value) -> bool:
    """Whether `b` is one part of `a` ("of which", "including"), not the other side of a
    gap: "revenue of Rp3,005.1 trillion, of which taxes Rp2,490.9 trillion, leaving a
    deficit of ..." (the deficit is spending's gap over revenue). Not a cue inside an aside
    of plain words: "66,317, while Spain[, including the Canaries,] recorded 61,372"."""
    between = passed_over(TOKEN.findall(text, a.end or 0, hedge_start(text, b)))
    return _PART_CUE.search(" ".join(between)) is not None


def _points_between(mentions: Mentions, values: Sequence[Value]) -> Iterator[DifferenceClaim]:
    """A difference in points stated between the two rates it compares: "3.75%, 50 basis
    points below its main refinancing rate of 4.25%"."""
    text = mentions.text
    changes = read_changes(mentions)
    for index in range(1, len(values)):
        a, stated = values[index - 1 : index + 1]
        if not (_points(stated) and _rate(a)):
            continue
        compared = _POINTS_COMPARED.match(text, stated.end or 0)
        if compared is None:
            continue
        sentence = mentions.document.sentence_at(stated.start or 0)
        if (a.start or 0) < sentence.start:
            continue
        b = next((v for v in values[index + 1 :] if not in_compound(text, v)), None)
        if b is not None and (not _rate(b) or (b.start or 0) >= sentence.end):
            b = None
        name = TOKEN.findall(text, compared.end(), hedge_start(text, b) if b else sentence.end)
        if b is None or len(name) > _RATE_NAME_WORDS or not all(map(_plain_word, name)):
            b = named_before(mentions, values[: index - 1], name, sentence, _rate)
        if b is None:
            continue
        if not _rate_to_points(TOKEN.findall(text, a.end or 0, hedge_start(text, stated))):
            continue
        if not _read_as_change(changes, a, stated, b):
            yield _difference(text, a, b, stated, compared["word"])


def named_before(
    mentions: Mentions,
    before: Sequence[Value],
    words: Sequence[str],
    sentence: Block,
    like: Callable[[Value], bool],
) -> Value | None:
    """The value a comparison names by the words after it, ending its clause ("one
    percentage point below the repo rate,"), when exactly one value before it in its
    paragraph that is `like` it is named by those same words right before its link and
    figure: "kept the repo rate at 6.75 percent". One of a change's old value, or dated so,
    is not that value."""
    text, document = mentions.text, mentions.document
    name = list(itertools.takewhile(_plain_word, words))
    rest = words[len(name) :]
    if not (
        2 <= len(name) <= _NAME_BACK_WORDS
        and name[0].lower() in _NAME_OPENERS
        and (not rest or rest[0] in _BREAKS or rest[0].lower() in _CLAUSE_WORDS)
    ):
        return None
    named = [w.lower() for w in name[1:]]
    paragraph = document.paragraph_at(sentence.start)
    olds = {c.from_value.start for c in read_changes(mentions) if c.from_value is not None}
    found = []
    for value in before:
        if (value.start or 0) < paragraph.start or not like(value) or value.start in olds:
            continue
        opens = document.sentence_at(value.start or 0).start
        tokens = [t.lower() for t in TOKEN.findall(text, opens, hedge_start(text, value))]
        while tokens and tokens[-1] in _OPENERS:
            tokens.pop()
        links = list(itertools.takewhile(lambda t: t in _NAME_LINKS, reversed(tokens)))
        head = tokens[: len(tokens) - len(links)]
        opener = head[-len(named) - 1 : -len(named)]
        if (
            links
            and head[-len(named) :] == named
            and (opener[0] in _NAME_OPENERS if opener else True)
            and not of_an_earlier_time(text, opens, value)
        ):
            found.append(value)
    return found[0] if len(found) == 1 else None


def _read_as_change(changes: Sequence[ChangeClaim], a: Value, stated: Value, b: Value) -> bool:
    """Whether the changes reader read these points as the size of a change between the
    same two rates ("6.1%, was 0.4 points higher than the 5.7%"): that reading is theirs."""
    rates = {a.start, b.start}
    return any(
        {getattr(change.from_value, "start", None), getattr(change.to_value, "start", None)}
        == rates
        and any(by.start == stated.start for by in change.by)
        for change in changes
    )


def _rate_to_points(tokens: Sequence[str]) -> bool:
    """Whether words tie a rate to the points compared after it: a comma and maybe a word
    or two qualifying them (", a mere"), or a few words naming the rate ending in a link
    ("rate for men was", ", the jobless rate for women was")."""
    words = [t.lower() for t in tokens]
    named = words[1:] if words[:1] == [","] else words
    if not all(_plain_word(w) for w in named):
        return False
    if named and named[-1] in _COMPARISON_LINKS:
        return len(named) <= _RATE_NAME_WORDS
    return words[:1] == [","] and len(named) <= _QUALIFYING_WORDS


def _plain_word(token: str) -> bool:
    """Whether a token is a word, a year or a compound word ("10-year") that opens no
    clause."""
    return (
        token[:1].isalpha() or bool(_YEAR.fullmatch(token) or _COMPOUND.fullmatch(token))
    ) and token.lower() not in _CLAUSE_WORDS


def in_compound(text: str, value: Value) -> bool:
    """Whether a figure is part of a compound word naming something: "10-year", "two-year"."""
    return (
        text.startswith("-", value.end or 0)
        and (value.end or 0) + 1 < len(text)
        and text[(value.end or 0) + 1].isalpha()
    )


def _gap_of(stated: Value, value: Value) -> bool:
    """Whether `value` may be a side of the gap `stated`: of one currency or unit with it
    (not percent: a gap in percent may be relative), or a rate for a gap in points."""
    if _points(stated):
        return _rate(value)
    if isinstance(stated, Money):
        return isinstance(value, Money) and value.currency == stated.currency
    return isinstance(value, Amount) and value.unit == stated.unit and stated.unit != "percent"


def _points(value: Value) -> bool:
    return isinstance(value, Amount) and value.unit == "percentage_point"


def _rate(value: Value) -> bool:
    return isinstance(value, Amount) and value.unit == "percent"
