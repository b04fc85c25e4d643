"""Differences and balances: a figure that is the difference of two others.

- A difference: a surplus, deficit, gap, shortfall or margin stated right after the
  two values it is the difference of ("exports of 48.31 billion and imports of 45.6
  billion, a surplus of 2.71 billion", "a monthly deficit of", "$3.2 billion in the
  black", past a conversion in brackets), in their own clause.
  Exports, revenue and income are the side a surplus exceeds; imports, spending and
  costs the other. A balance is never a side of another, whatever its period ("a surplus
  of $10 billion lifted reserves to $444.3 billion, and a deficit of $6.2 billion ..."),
  nor is a level a change moves ("raised the reserves to $14 billion") beside a flow
  named by its role word. A difference also stands between the values it compares ("a
  value of 4.6 billion, 0.2 billion more than its rival's 4.4 billion", "3,400 more than
  her rival, who got 38,800", ", or £0.5 billion more than") or after a
  subtraction ("312,600 births minus 157,600 deaths, came to 155,000").
- A balance (surplus, deficit, gap, shortfall, or "spending exceeded tax receipts by")
  whose two values are found by their role words wherever they stand near it, before or
  after, in its sentence or the next ("The trade shortfall narrowed to $44.3 billion, as
  exports, at $190.7 billion, grew faster than imports, which reached $235.0 billion"):
  exactly one value of each role, else no claim.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import TypeVar
from weakref import WeakKeyDictionary

from claimcheck import vocabulary
from claimcheck.document import Block
from claimcheck.extract.changes import (
    OF_BACK_REFERENCE,
    TOKEN,
    Value,
    inherit,
    names_as_one,
    near,
    passed_over,
    period_words,
    read_changes,
    scale_unstated,
)
from claimcheck.extract.differences import (
    a_place,
    balance_subject,
    clause_opening,
    fronted_balance,
    goes_somewhere,
    in_compound,
    leads_back_to_change,
    named_before,
    of_an_earlier_time,
    operand_label,
    qualified,
    result_label,
    sized_against,
    stopped,
    subject_across_aside,
    totals_both_sides,
    whole_and_part,
)
from claimcheck.extract.figures import hedge_start
from claimcheck.extract.lexicon import (
    DIFFERENCE_COMPARATIVES,
    OF_AFTER,
    ROLES,
    Keywords,
    a_rate,
    any_of,
)
from claimcheck.extract.listed_parts import (
    BREAKDOWN_CUE,
    CLAUSE_STOPS,
    COMPARATIVE_AFTER,
    COMPARED_ANYWHERE,
    HAS_DIGIT,
    MAX_LABEL_WORDS,
    MAX_NAME_WORDS,
    MAX_VALUES_BACK,
    MONTH_NAMES,
    PART_GAP,
    PHRASE_MARKS,
    ROLE_WORDS,
    WORD_WINDOW,
    YEAR_EARLIER,
    counted_noun,
    is_label,
    keyed_values,
    sentence_after,
    unit_key,
    without_and_inside,
    without_place,
)
from claimcheck.extract.mentions import Mentions
from claimcheck.extract.periods import parts_of_year
from claimcheck.model.claims import (
    Amount,
    DifferenceClaim,
)

_T = TypeVar("_T")
_QUALIFIER = rf"(?:{any_of(vocabulary.words('cues', 'difference qualifiers'))})"
_DIFFERENCE_WORDS_AFTER = vocabulary.words("cues", "difference")
_DIFFERENCE_WORDS_BEFORE = (
    *_DIFFERENCE_WORDS_AFTER,
    *vocabulary.words("cues", "difference before"),
)
_TAIL_REACH = 40  # characters after a compared value read for the period closing its clause
# After an article, a word or two more may name the balance: "a monthly deficit of", "the
# gender gap of", "a so-called kimchi premium of".
DIFFERENCE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<article>(?:a|an|the)\s+)?(?(article)(?:[a-z][a-z-]*\s+){{0,2}}?)(?:{_QUALIFIER}\s+)?"
    rf"(?P<word>{any_of(_DIFFERENCE_WORDS_BEFORE)})\s+of\s+\Z",
    re.IGNORECASE,
)


# A difference a word leaves as the result of the values before it: "leaving a profit of",
# "leaving free cash flow of" (a word or two may qualify the noun).
_RESULT_NOUNS = vocabulary.words("cues", "result nouns")
_RESULT_BEFORE = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('cues', 'result leads'))})\s+(?:(?:a|an|the)\s+)?"
    rf"(?:[a-z][a-z-]*\s+){{0,2}}?(?P<word>{any_of(_RESULT_NOUNS)})\s+of\s+\Z",
    re.IGNORECASE,
)
_RESULT_WORDS = Keywords(*_RESULT_NOUNS)
# A word before a balance that makes it the result of the values before it: "leaving a".
_RESULT_LEAD = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('cues', 'result leads'))})(?![\w-])", re.IGNORECASE
)


# A balance named a few words before its figure: "the trade shortfall narrowed to",
# "a record year-to-date surplus of".
_BALANCE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<word>{any_of(_DIFFERENCE_WORDS_AFTER)})(?:\s+[^\W\d_][\w-]*){{0,4}}?"
    rf"\s+(?:{any_of(vocabulary.words('cues', 'balance links'))})\s+\Z",
    re.IGNORECASE,
)
# A balance stated by a verb between its two sides, its size after "by": "spending
# exceeded tax receipts by", "exports of $21.7 billion exceeded imports of $18.5 billion by".
# A word of a side's figure: no clause mark, but the comma grouping digits ("$46,790").
_FIGURE_WORD = r"(?:[^\s,;:()]|(?<=\d),(?=\d))+"
BALANCE_VERB = re.compile(
    rf"(?P<subject>(?:[^\W\d_][\w-]*\s+){{1,3}}(?:of\s+(?:{_FIGURE_WORD}\s+){{1,3}})?)"
    rf"(?P<word>{any_of(vocabulary.words('cues', 'balance verbs'))})"
    rf"(?P<object>(?:\s+[^\W\d_][\w-]*){{1,3}}?(?:\s+of(?:\s+{_FIGURE_WORD}){{1,3}}?)?)\s+by\s+"
    rf"(?:(?:{any_of(vocabulary.words('cues', 'balance value openers'))})\s+)*\Z",
    re.IGNORECASE,
)
DIFFERENCE_WORDS = Keywords(*_DIFFERENCE_WORDS_BEFORE, *vocabulary.words("cues", "balance verbs"))
# A sentence opening with a pointer back to the values in the sentence before.
_BALANCE_BACK = re.compile(
    rf"[\"“'‘]?(?:{any_of(vocabulary.words('cues', 'balance back'))})\b", re.IGNORECASE
)
_SIDE_JOINS = frozenset(tuple(join.split()) for join in vocabulary.words("cues", "side joins"))
# After a figure, past its conversion in brackets: "a $2 billion (€1.8 billion) surplus".
_DIFFERENCE_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?"
    rf"\s+(?:{_QUALIFIER}\s+)?(?P<word>{any_of(_DIFFERENCE_WORDS_AFTER)})(?![\w-])",
    re.IGNORECASE,
)
# ... and in points, also a word that otherwise only comes before one: "a 14-point lead",
# "a 4 point difference", "a 0.8-percentage-point gap".
_POINTS_AFTER = re.compile(
    rf"(?P<points>[\s-]+(?:{vocabulary.pattern(vocabulary.words('proportions', 'points'))})"
    rf"(?=[\s-]))?(?(points)[\s-]+|\s+)(?:{_QUALIFIER}\s+)?"
    rf"(?P<word>{any_of(_DIFFERENCE_WORDS_BEFORE)})(?![\w-])",
    re.IGNORECASE,
)
_AFTER_POINTS_ONLY = frozenset(w.lower() for w in vocabulary.words("cues", "difference before"))
# A subtraction: the first value, a few words naming it, the operator, then the second.
_SUBTRACTION = re.compile(
    r"(?P<label>(?:\s+[^\W\d_][\w'’-]*){0,2}?)"
    rf"\s*,?\s+(?P<word>{any_of(vocabulary.words('cues', 'difference operators'))})\s+(?!than\b)",
    re.IGNORECASE,
)
# Between a subtraction and its result: "came to", "added", "leaving", ","; before it:
# "(138,100 people, from".
_RESULT_LINKS = frozenset((*vocabulary.words("cues", "subtraction results"), ",", "="))
_COMPARED_WORDS = Keywords(*DIFFERENCE_COMPARATIVES, *vocabulary.words("cues", "difference over"))
# "a gap of 13,845 over the 9,374": a gap named before a difference, "over" after it.
_GAP_OVER = re.compile(
    rf"\s+(?P<word>{any_of(vocabulary.words('cues', 'difference over'))})\s", re.IGNORECASE
)
_GAP_NOUNS = frozenset(vocabulary.words("cues", "gap over nouns"))
_DETERMINERS = frozenset(vocabulary.words("clauses", "determiners"))
_GAP_NAMED = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('cues', 'gap over nouns'))})\s+of\s+\Z",
    re.IGNORECASE,
)
_SUBTRACTION_WORDS = Keywords(*vocabulary.words("cues", "difference operators"))
# Between the first value of a comparison and its difference: "was", "stood at", ",".
_COMPARED_LINKS = frozenset((*vocabulary.words("cues", "comparison links"), ",", "—"))
_COMPARED_PARTICIPLES = [p.split() for p in vocabulary.words("cues", "comparison participles")]
_COMPARED_TIES = frozenset(" ".join(w.split()) for w in vocabulary.words("cues", "compared ties"))
_TIE_PRONOUNS = frozenset(vocabulary.words("cues", "compared tie pronouns"))
# Words standing for the first value's noun before the name of the value compared with:
# "more than [that of] Shenzhen".
_COMPARED_STAND_INS = frozenset(vocabulary.words("cues", "compared stand-ins"))
_STAND_IN_LENGTHS = sorted({len(w.split()) for w in _COMPARED_STAND_INS}, reverse=True)
# A bracket opening with the year of the figure in it: "(2023: €271.9bn)".
_DATED_BRACKET = re.compile(r"\( (?:19|20)\d\d :")
_TIE_VERBS = frozenset(" ".join(w.split()) for w in vocabulary.words("cues", "compared tie verbs"))
_MAX_TIE_WORDS = 6  # words of a relative clause before the figure compared with

# Between the second value of a difference and its sign word.
_DIFFERENCE_LINKS = frozenset(vocabulary.words("cues", "difference links"))
_MAX_DIFFERENCE_GAP = 6
# Between two values, words that set one against the other ("Rs 143 at the market [but]
# Rs 261 in shops"): a gap named after the second is theirs, past its own words.
_SET_AGAINST = re.compile(
    rf"(?<![\w-])(?:{vocabulary.pattern(vocabulary.words('cues', 'pair set against'))})",
    re.IGNORECASE,
)
_MAX_PAIR_LABEL = 8  # plain words naming the second value of a pair set against the first
_POINTERS = frozenset(vocabulary.words("clauses", "pointing back"))
_WITH = "with"
_PARTNER_REACH = 30  # characters after a balance's word read for the partner it is with
_NEAR = 1000  # characters around a balance its sides are looked for within
_SIDE_AFTER = frozenset(vocabulary.words("cues", "side after prepositions"))
_CLAUSE_BREAKS = frozenset((";", "."))  # before a clause pointing back to a value
_REPORTING = frozenset(vocabulary.words("clauses", "reporting"))
_MAX_ATTRIBUTION = 10  # words in an aside naming a source: "Destatis reports on the basis of"
# Words opening the clause before the two values of a difference.
_CLAUSE_OPENERS = frozenset((*vocabulary.clause_words(), "with", ";", ":")) - {"and", "or"}
# A clause opening so states a figure of an earlier time: ", after a shortfall of".
_EARLIER_OPENER = re.compile(
    rf"[,;]?\s*(?:{any_of(vocabulary.words('cues', 'earlier clause openers'))})\b", re.IGNORECASE
)
_CONTRAST_OPENER = re.compile(
    rf"[,;]?\s*(?:{any_of(vocabulary.words('clauses', 'contrasts'))})\b", re.IGNORECASE
)
# A run of time that no month, year or quarter names: "year-to-date", "so far this year".
RUNNING = re.compile(
    rf"(?<![\w-])(?:{any_of(vocabulary.words('cues', 'running periods'))})(?![\w-])",
    re.IGNORECASE,
)
_YEAR_RANGE_START = re.compile(r"(?:19|20)\d\d[-–/]")
_MAX_BETWEEN = 12
_AND = "and"
_MAX_COMPARED_NAME = 10  # words naming the first value of a comparison, periods aside
_PERIOD_TOKEN = re.compile(rf"(?i:{MONTH_NAMES})|(?:19|20)\d\d(?:[-/–]\d\d(?:\d\d)?)?")
_PERIOD = re.compile(rf"\b(?:{MONTH_NAMES}|(?:19|20)\d\d)\b", re.IGNORECASE)
_COUNTED_FROM = re.compile(
    rf"\b{vocabulary.pattern(vocabulary.words('clauses', 'starting points'))}\s+\Z", re.IGNORECASE
)
# Between a part and its whole: "318 [of the ]650 seats"; the part, not the whole, is what
# a difference stated after the whole compares.
# "318 of [the] 650 seats", "48 of [the legislature's] 87 seats", "5 of [its] 12 games".
_PARTITIVE_GAP = re.compile(
    rf"\s+of\s+(?:(?:{any_of(vocabulary.words('clauses', 'determiners'))})\s+)?"
    r"(?:[^\W\d_][\w-]*['’]s\s+)?",
    re.IGNORECASE,
)


def read_differences(
    mentions: Mentions, values: Sequence[Value], positions: Sequence[int]
) -> Iterator[DifferenceClaim]:
    """A difference named before or after its figure ("a gap of", "a 14-point lead") and the
    two values before it; or the result a word leaves of them ("leaving a profit of").
    `positions`: where the balance words start."""
    text = mentions.text
    keyed = keyed_values(
        mentions,
        values,
        positions,
        DIFFERENCE_BEFORE,
        _POINTS_AFTER,
        # "margin" alone is a profit margin; "a margin of" is a difference.
        keep_before=lambda match: match["word"].lower() != "margin" or bool(match["article"]),
    )
    results = keyed_values(mentions, values, _RESULT_WORDS.positions(text), _RESULT_BEFORE, None)
    for index, stated, sentence, before, after in itertools.chain(keyed, results):
        start = stated.start or 0
        if OF_AFTER.match(text, stated.end or 0):
            continue
        word = before or after
        assert word is not None
        points = after is not None and (after["points"] or unit_key(stated) == "percentage_point")
        if after is not None and after["word"].lower() in _AFTER_POINTS_ONLY and not points:
            continue  # "a $2 billion lead" is no balance of two values
        if after is not None and after["points"] and isinstance(stated, Amount):
            written = text[stated.start or 0 : after.end("points")]  # "a 14-point lead"
            stated = stated.model_copy(
                update={"unit": "percentage_point", "text": written, "end": after.end("points")}
            )
        phrase_start = before.start() if before else start
        pair = _pair_before(text, values, index, phrase_start, sentence, stated)
        if pair is None:
            continue
        a, b = pair
        if points and not unit_key(a) == unit_key(b) == "percent":
            continue  # "won 98-91, a 7-point margin": points of a score, not of percentages
        if totals_both_sides(text, sentence.start, a) or totals_both_sides(text, a.end or 0, b):
            continue  # "imports of $61.3 billion, for combined turnover of $125.7 billion"
        if sized_against(text, a) or sized_against(text, b):
            continue  # "revenue came in $10.4 billion above budget"
        if balance_cue(text, sentence, a) or balance_cue(text, sentence, b):
            continue  # "a surplus of $10 billion lifted reserves to $444.3 billion, and a deficit"
        if whole_and_part(text, a, b):
            continue  # "revenue of Rp3,005.1tn, of which taxes Rp2,490.9tn": a whole, its part
        like = b if unit_key(stated) == "" else stated
        a, b = inherit(a, like), inherit(b, like)
        stated = inherit(stated, b)
        roles = _role(text, a, sentence.start), _role(text, b, a.end or 0)
        if _a_stock(mentions, (a, b), roles):
            continue
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


def _a_stock(mentions: Mentions, pair: tuple[Value, Value], roles: tuple[int, int]) -> bool:
    """Whether one of a pair is a flow named by its role word and the other, named by none,
    a level a change moves ("revenue of C$3 billion raised the reserves to C$14 billion"):
    a stock, no side of a balance of flows."""
    if sorted(map(abs, roles)) != [0, 1]:
        return False
    unnamed = pair[roles.index(0)].start
    levels = (level for c in read_changes(mentions) for level in (c.from_value, c.to_value))
    return any(level is not None and level.start == unnamed for level in levels)


def read_balances(
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
    word (exports, revenue) and one by a negative (imports, spending); a balance a word
    leaves ("leaving a deficit of") is of the values before it, never of one after its
    sentence ("... leaving a deficit of 865 billion baht. Capital expenditure is set at
    909.6 billion baht"). A sentence next
    to the balance's that gives one may hold no value of it that no role word names (nor
    may the paragraph name another of that role, nor another balance of the kind and time
    whose own sentence lacks its sides); else no claim.
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
    if OF_AFTER.match(text, stated.end or 0):
        return None
    floor = max(sentence.start, (stated.start or 0) - WORD_WINDOW)
    end = hedge_start(text, stated)
    if BALANCE_VERB.search(text, floor, end) is not None:
        return balance_verb(text, sentence, stated)
    before = _BALANCE_BEFORE.search(text, floor, end)
    if before is not None and stopped(text, sentence, before.start(), before.end()):
        return None
    return (
        before
        or _DIFFERENCE_AFTER.match(text, stated.end or 0)
        or balance_subject(text, sentence, stated, ROLES)
        or fronted_balance(text, sentence, stated, ROLES)
    )


def balance_verb(text: str, sentence: Block, stated: Value) -> re.Match[str] | None:
    """A verb stating a balance between two sides named by their role words, one on each
    hand, whose size is `stated`, after "by": "spending exceeded tax receipts by", "export
    receipts of $46.8 billion topped the import bill of $46.1 billion by"; else None."""
    floor = max(sentence.start, (stated.start or 0) - WORD_WINDOW)
    verb = BALANCE_VERB.search(text, floor, hedge_start(text, stated))
    if verb is None:
        return None
    sides = _role_of(verb["subject"].lower().split()), _role_of(verb["object"].lower().split())
    return verb if sides in ((1, -1), (-1, 1)) else None


def of_another_time(text: str, sentence: Block, start: int, end: int) -> bool:
    """Whether the clause of a balance (`start`:`end`, out to the commas around it) makes it
    a figure compared with ("compared with a shortfall of $290.4 billion") or of a year
    before ("a year earlier", ", after a 154.55 billion yen shortfall in December"), or set
    against them as of a running time the clauses before it do not name ("while the
    year-to-date surplus stood at"; not "giving a year-to-date surplus"): its values are
    not the ones the sentence states. The clause
    ends at the next figure: "widened to 196.5 billion euros from 159.0 billion euros the
    year before" dates the earlier figure, not the balance."""
    opening = max(clause_opening(text, sentence, start, ",;"), sentence.start)
    closing = text.find(",", end, sentence.end)
    closing = sentence.end if closing < 0 else closing
    figure = HAS_DIGIT.search(text, end, closing)
    closing = figure.start() if figure else closing
    clause = text[opening:closing]
    return bool(
        COMPARED_ANYWHERE.search(clause)
        or YEAR_EARLIER.search(clause)
        or _EARLIER_OPENER.match(clause)
        or (
            _CONTRAST_OPENER.match(clause) is not None
            and RUNNING.search(clause) is not None
            and not RUNNING.search(text, sentence.start, opening)
        )
    )


def _roles_near(
    mentions: Mentions,
    values: Sequence[Value],
    starts: Sequence[int],
    stated: Value,
    sentence: Block,
) -> tuple[Value, Value] | None:
    """The one positive and one negative value of a balance's currency or unit (see
    `read_balances`), or None when either is missing or not alone. `starts`: where each of
    `values` starts."""
    document, text = mentions.document, mentions.text
    key = unit_key(stated)
    before = document.sentence_before(sentence)
    after = sentence_after(mentions, sentence)
    if after is not None and not periods_named(text, after) <= periods_named(text, sentence):
        after = None
    if _RESULT_LEAD.search(
        text,
        max(sentence.start, hedge_start(text, stated) - WORD_WINDOW),
        hedge_start(text, stated),
    ):
        after = None  # "..., leaving a deficit of": the result of the values before it
    found: dict[Block, list[tuple[int, Value]]] = {}
    unnamed: set[Block] = set()  # sentences next to it with a value no role word names
    parts: list[tuple[Block, int, Value]] = []  # values of a side going to one place
    previous_end: dict[Block, int] = {}
    previous_role: dict[Block, int] = {}  # the role of the value before, per sentence
    rivals = _other_balances(mentions, values, starts, stated, sentence)
    low, high = _near((before or sentence).start, (after or sentence).end, stated)
    for value in itertools.islice(values, bisect.bisect_left(starts, low), None):
        if (value.start or 0) >= high:
            break
        # a bare figure after the balance in its unit: "with exports of 210 billion"
        read = value if unit_key(value) == key else _bare_after(value, stated, sentence)
        if read is None or year_range_end(text, read):
            continue
        value = read
        where = document.sentence_at(value.start or 0)
        if where not in (before, sentence, after):
            continue
        floor = max(where.start, previous_end.get(where, where.start))
        previous_end[where] = value.end or 0
        joined_to = previous_role.pop(where, None)
        if value is stated or totals_both_sides(text, floor, value) or sized_against(text, value):
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
    if another_balance(mentions, values, stated):
        return None  # whose sides the other sentences give is unsaid
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


def _bare_after(value: Value, stated: Value, sentence: Block) -> Value | None:
    """A figure after a balance in its sentence, written with the balance's scale word but
    no currency or unit, read in the balance's: "the trade gap came to 94 billion dollars,
    with exports of 210 billion against imports of 304 billion"; None for any other."""
    if not isinstance(value, Amount) or value.unit or not unit_key(stated):
        return None
    if not (stated.end or 0) <= (value.start or 0) < sentence.end:
        return None
    if value.scale is None or value.multiplier != stated.multiplier:
        return None
    return inherit(value, stated)


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
    """Where the balances of `stated`'s currency or unit in its sentence start, `stated`
    among them: "the surplus stood at $8 billion, although May showed a $1 billion
    deficit". Read once per sentence and currency or unit: a sentence of many balances
    asks for each."""
    key = unit_key(stated)
    cache = _SENTENCE_BALANCES.setdefault(mentions, {})
    held = cache.get((sentence.start, key))
    if held is not None and held[0] is values:
        return held[1]
    first = bisect.bisect_left(starts, sentence.start)
    found = [
        value.start or 0
        for value in itertools.islice(values, first, None)
        if (value.start or 0) < sentence.end
        and unit_key(value) == key
        and _reading(mentions, value)[1] is None  # a balance cue names it
    ]
    cache[(sentence.start, key)] = (values, found)
    return found


# The balances of each sentence and currency or unit, per list of values read.
_SENTENCE_BALANCES: WeakKeyDictionary[
    Mentions, dict[tuple[int, str], tuple[Sequence[Value], list[int]]]
] = WeakKeyDictionary()


def _near(low: int, high: int, value: Value) -> tuple[int, int]:
    """The part of [low, high) within `_NEAR` characters of a value: a paragraph of many
    balances costs each only its neighbourhood."""
    return max(low, (value.start or 0) - _NEAR), min(high, (value.end or 0) + _NEAR)


def another_balance(mentions: Mentions, values: Sequence[Value], stated: Value) -> bool:
    """Whether the balance's paragraph states another balance of its currency or unit and
    time ("the deficit jumped to $26.5 billion. ... when the deficit reached $24.6
    billion"), whose sentence does not give both its sides: sides read outside the
    balance's sentence may be that one's."""
    document, text = mentions.document, mentions.text
    own = document.sentence_at(stated.start or 0)
    return any(
        start != stated.start and not (where.start > own.start and _other_periods(text, where, own))
        for start, where in _open_balances(mentions, values, stated)
    )


# The open balances of each paragraph and currency or unit, per list of values read: a
# paragraph of many balances asks about its other values once, not once for each.
_OPEN_BALANCES: WeakKeyDictionary[Mentions, dict[tuple[int, str], _Open]] = WeakKeyDictionary()
_Open = tuple[Sequence[Value], list[tuple[int, Block]]]


def _open_balances(
    mentions: Mentions, values: Sequence[Value], stated: Value
) -> list[tuple[int, Block]]:
    """Where each balance of `stated`'s paragraph and currency or unit starts, with its
    sentence: those of their own sentence's time with no partner, in a sentence that does
    not name both sides' roles (one whose sentence does is that sentence's own: "With
    China, exports of 896.57 billion yen and imports of 1.74 trillion yen left a deficit
    of ...")."""
    key = unit_key(stated)
    paragraph = mentions.document.paragraph_at(stated.start or 0)
    cache = _OPEN_BALANCES.setdefault(mentions, {})
    held = cache.get((paragraph.start, key))
    if held is not None and held[0] is values:
        return held[1]
    roles: dict[Block, set[int]] = {}  # the roles named in each sentence
    balances: list[tuple[int, Block]] = []
    first = bisect.bisect_left(values, paragraph.start, key=lambda value: value.start or 0)
    for value in itertools.islice(values, first, None):
        if (value.start or 0) >= paragraph.end:
            break
        if unit_key(value) != key:
            continue
        where, role, rival = _reading(mentions, value)
        if role is not None:
            roles.setdefault(where, set()).add(role)
        elif rival:
            balances.append((value.start or 0, where))
    found = [(start, where) for start, where in balances if {1, -1} - roles.get(where, set())]
    cache[(paragraph.start, key)] = (values, found)
    return found


# What each value of a document is to `another_balance`, read once per value: a paragraph
# of many balances asks about every other value once for each.
_READINGS: WeakKeyDictionary[Mentions, dict[tuple[int, int, int], _Reading]] = WeakKeyDictionary()
_Reading = tuple[Block, int | None, bool]


def _reading(mentions: Mentions, value: Value) -> _Reading:
    """A value's sentence, and its side's role by its words when no balance cue names it
    (else None), and whether it is a balance of its own sentence's time with no partner."""
    text = mentions.text
    key = (value.start or 0, value.end or 0, hedge_start(text, value))
    readings = _READINGS.setdefault(mentions, {})
    if key not in readings:
        where = mentions.document.sentence_at(value.start or 0)
        cue = balance_cue(text, where, value)
        if cue is None:
            readings[key] = (where, role_by_words(text, value, where.start), False)
        else:
            rival = not (
                of_another_time(text, where, cue.start(), value.end or 0)
                or with_a_partner(text, cue.end())
            )
            readings[key] = (where, None, rival)
    return readings[key]


def with_a_partner(text: str, end: int) -> bool:
    """Whether the words right after a balance's word name the one partner it is with:
    "a 370.2 billion yen deficit with China", "the surplus with the United States"."""
    tokens = TOKEN.findall(text, end, end + _PARTNER_REACH)[:3]
    return [t.lower() for t in tokens[:1]] == [_WITH] and a_place(tokens[1:])


def _other_periods(text: str, sentence: Block, own: Block) -> bool:
    """Whether two sentences each name a period and none in common: a balance of another
    time told after ("In May 2017 the surplus contracted ...") is no rival of one in
    September's. (One told before is: the sides may be the story's lead balance's.)"""
    theirs, ours = periods_named(text, sentence), periods_named(text, own)
    return bool(theirs) and bool(ours) and not theirs & ours


def _beyond_another_balance(rivals: Sequence[int], stated: Value, value: Value) -> bool:
    """Whether another balance of the sentence (at `rivals`, in text order, maybe `stated`
    among them) stands between `stated` and a value, or is it: the value is that balance's
    side or figure, not `stated`'s ("a $1 billion deficit, with $33.8 billion of imports
    against $32.8 billion of exports")."""
    low, high = sorted((stated.start or 0, value.start or 0))
    index = bisect.bisect_right(rivals, low)
    if index < len(rivals) and rivals[index] == stated.start:
        index += 1  # the balance itself is no other
    return index < len(rivals) and rivals[index] <= high


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
    low, high = _near(paragraph.start, paragraph.end, side)
    first = bisect.bisect_left(starts, low)
    last = bisect.bisect_left(starts, high)
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
            and not qualified(text, where, floor, value, ROLES)
            and not of_an_earlier_time(text, floor, value)
        ):
            return True
    return False


def role_by_words(text: str, value: Value, floor: int) -> int:
    """+1 or -1 for the role word right after a value ("$5 billion in exports") or else
    the nearest before it since `floor` (the sentence, or the value of its kind before);
    0 for a rate ("exports per working day averaged $2.52 billion")."""
    if a_rate(text, value.start or 0, max(floor, (value.start or 0) - PART_GAP)):
        return 0
    after = [t.lower() for t in TOKEN.findall(text, value.end or 0, (value.end or 0) + 40)[:3]]
    found = _role_of(after[1:]) if after[:1] in (["in"], ["of"]) else 0
    if not found and len(after) == 3 and after[1] in _SIDE_AFTER and _plain_word(after[0]):
        found = ROLES.get(after[2], 0)  # "the $43,258 million spent on imports"
    if found:
        return found
    near_before = word_near(text, value, floor, ROLES, after=False)
    if near_before:
        return near_before
    return ROLES.get(subject_across_aside(text, floor, value) or "", 0)


def word_near(
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
            lambda t: t[0].isalnum() and t.lower() not in CLAUSE_STOPS, following
        ):
            if token.lower() in words:
                return words[token.lower()]
    if not before:
        return None
    preceding = TOKEN.findall(text, max(floor, (value.start or 0) - PART_GAP), value.start or 0)
    for token in reversed(preceding):
        if token.lower() in words:
            return words[token.lower()]
    return None


@functools.lru_cache(maxsize=8)  # each balance of a long sentence asks again
def periods_named(text: str, sentence: Block) -> frozenset[str]:
    """The months, years, quarters and halves a sentence names as its time: not a month
    or year a run is counted from ("the tenth surplus in a row since June")."""
    named = {
        m.group().lower()
        for m in _PERIOD.finditer(text, sentence.start, sentence.end)
        if not _COUNTED_FROM.search(text, max(sentence.start, m.start() - 16), m.start())
    }
    return frozenset(named | parts_of_year(text, sentence.start, sentence.end))


def read_comparisons(mentions: Mentions, values: Sequence[Value]) -> Iterator[DifferenceClaim]:
    """A difference stated between the two values it compares: "its market value of 4.6
    billion was 0.2 billion more than its rival's 4.4 billion"; "reserves of $14.3 trillion
    in foreign assets, $1.4 trillion more than the $12.9 trillion of a year earlier".

    All three figures in one currency or unit (not percent: "2%, 1% more than" may be
    relative), the first linked to the difference by a verb or comma only; or the new value
    of a change whose old value leads back to the difference (see `leads_back_to_change`),
    which may be a percentage compared in points ("0.8 point below the 8.2%"). A figure
    pointing back ("$1.2 billion more than forecast, with $3.4 billion of it from cloud")
    is a part of one before it, not the value compared with.
    """
    text = mentions.text
    cues = _COMPARED_WORDS.positions(text)
    starts: list[int] = []
    news = {
        change.from_value.start: change.to_value
        for change in (read_changes(mentions) if cues else ())
        if change.from_value is not None and change.to_value is not None
    }
    compared_first: dict[int | None, Value] = {}  # the first value, by its compared one's start
    for index, stated in enumerate(values[1:] if cues else (), start=1):
        if not near(cues, stated.end or 0, (stated.end or 0) + WORD_WINDOW // 2):
            continue
        compared = COMPARATIVE_AFTER.match(text, stated.end or 0) or _over_a_gap(text, stated)
        if compared is None:
            continue
        starts = starts or [hedge_start(text, v) for v in values]
        sentence = mentions.document.sentence_at(stated.start or 0)
        later = bisect.bisect_left(starts, compared.end())
        while later < len(values) and in_compound(text, values[later]):
            later += 1  # "above the 10-year average of": no value compared with
        before = values[index - 1]
        link = TOKEN.findall(text, before.end or 0, starts[index])
        # "404 million, 1.5 million fewer than the 405.7 million of 2018 and 4.7 million
        # below the 408.9 million of 2017": the second compares the first value too
        again = compared_first.get(before.start) if _and_again(link) else None
        a = again or news.get(before.start, before)
        if (
            a is before
            and index > 1
            and _PARTITIVE_GAP.fullmatch(text, values[index - 2].end or 0, starts[index - 1])
        ):
            # "318 of the 650 seats, eight short of the 326 needed": the part is compared
            a = values[index - 2]
        b = values[later] if later < len(values) else stated
        opens = sentence.start
        pointed = (
            again is None
            and a is before
            and _points_back(
                mentions, values, index, link, values[later] if later < len(values) else None
            )
        )
        if (a is not before and again is None) or pointed:
            # of the new value of a change stated before, or of the value "that" points to
            previous = mentions.document.sentence_before(sentence)
            opens = previous.start if previous is not None else opens
        named = None  # "... £250 above the national average", its figure named before
        if a is before and (b is stated or (b.start or 0) >= sentence.end):
            words = TOKEN.findall(text, compared.end(), sentence.end)
            like = functools.partial(_same_unit, unit_key(stated))
            named = named_before(mentions, values[: index - 1], words, sentence, like)
            b = named or b
        if b is stated or (b.start or 0) >= sentence.end or (a.start or 0) < opens:
            continue
        if OF_BACK_REFERENCE.match(text, b.end or 0):
            continue  # a part of a figure before: "more than budgeted, with $3bn of it ..."
        if scale_unstated(a, stated):
            continue  # "281.6 million people in 59 countries ..., 24.1 million more than"
        keys = {unit_key(a), unit_key(b), unit_key(stated)}
        points = a is not before and _points_of(stated, a) and _points_of(stated, b)
        if not points and (len(keys) != 1 or keys & {"percent", "percentage_point"}):
            continue
        label = [] if named else TOKEN.findall(text, compared.end(), starts[later])
        if not _compared_label(label) or not (
            again is not None
            or pointed
            or (leads_back_to_change(link) if a is not before else _compared_link(link))
        ):
            continue
        if "," in label and _dated_apart(text, (sentence.start, compared.start()), b):
            continue  # "more than its sister mill, which made 38,800 tonnes last year"
        compared_first[b.start] = a
        first, last = min(a.start or 0, b.start or 0), max(a.end or 0, b.end or 0)
        yield DifferenceClaim(
            text=text[first:last],
            start=first,
            end=last,
            minuend=a,
            subtrahend=b,
            difference=stated,
            wording=" ".join(compared.group("word").lower().split()),
            ordered=True,  # "A, D more than B": A is the larger
        )


def _dated_apart(text: str, first: tuple[int, int], value: Value) -> bool:
    """Whether the period words closing a compared value's clause ("which made 38,800
    tonnes[ last year]") are not all said of the first value too, in `first`: the named
    thing's value at another time, not the one compared with."""
    tokens = TOKEN.findall(text, value.end or 0, (value.end or 0) + _TAIL_REACH)
    tail = [t.lower() for t in itertools.takewhile(lambda t: t not in PHRASE_MARKS, tokens)]
    return period_words(tail) and not set(tail) <= {t.lower() for t in TOKEN.findall(text, *first)}


def _over_a_gap(text: str, stated: Value) -> re.Match[str] | None:
    """The word after a gap named before its figure that places the first value above the
    one after it: "a gap of 13,845 [over] the 9,374", "a majority of 437 [over]"."""
    start = hedge_start(text, stated)
    if not _GAP_NAMED.search(text, max(0, start - WORD_WINDOW), start):
        return None
    return _GAP_OVER.match(text, stated.end or 0)


def _points_back(
    mentions: Mentions,
    values: Sequence[Value],
    index: int,
    link: Sequence[str],
    compared: Value | None = None,
) -> bool:
    """Whether a difference's clause opens by pointing back to the value before it, the
    only one of its currency or unit in its own clause or sentence: "... stood at £29.5
    billion; that was £11.8 billion higher than", "... a deficit of $27.1 billion. That
    was $5.0 billion less than"; or, for a count, the only one counting what the value
    `compared` with counts ("won 10 councils and 677 seats. That was 317 more than the
    Liberal Democrats, who finished with 370 seats")."""
    words = [t.lower() for t in link]
    breaks = [i for i, w in enumerate(words) if w in _CLAUSE_BREAKS]
    if not breaks:
        return False
    words = words[breaks[-1] + 1 :]  # the first value's clause may go on: "in the year;"
    if (
        len(words) < 2
        or words[0] not in _POINTERS
        or not all(w in _COMPARED_LINKS for w in words[1:])
    ):
        return False
    before = values[index - 1]
    text, key = mentions.text, unit_key(before)
    sentence = mentions.document.sentence_at(before.start or 0)
    opens = max(sentence.start, text.rfind(";", sentence.start, before.start or 0))
    # a count is the one its noun names, beside counts of other things: "won 10 councils
    # and 677 seats. That was 317 more than ... 370 seats"
    noun = counted_noun(text, before)
    if compared is None or noun != counted_noun(text, compared):
        noun = None
    return not any(
        (v.start or 0) >= opens
        and unit_key(v) == key
        and (noun is None or counted_noun(text, v) in (None, noun))
        for v in values[max(0, index - 1 - MAX_VALUES_BACK) : index - 1]
    )


def _and_again(tokens: Sequence[str]) -> bool:
    """Whether words after the value a difference was compared with join a second
    comparison of the same first value: a few words naming the compared value, maybe a
    comma, then "and" ("of the same months of 2018 and"); periods are passed over."""
    words = [t.lower() for t in tokens if not _PERIOD_TOKEN.fullmatch(t)]
    if words[-1:] != [_AND]:
        return False
    named = words[:-2] if words[-2:-1] == [","] else words[:-1]
    return is_label(named, _MAX_COMPARED_NAME)


def _same_unit(key: str, value: Value) -> bool:
    return unit_key(value) == key


def subtractions(mentions: Mentions, values: Sequence[Value]) -> Iterator[DifferenceClaim]:
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
        if operator is None or not is_label(TOKEN.findall(operator["label"]), MAX_LABEL_WORDS):
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
            and is_label(label, MAX_NAME_WORDS)
            and (all(w in _RESULT_LINKS for w in rest) or result_label(rest, _RESULT_LINKS))
        ):
            return values[index + 2]
    if index > 0 and (values[index - 1].start or 0) >= sentence.start:
        tokens = TOKEN.findall(text, values[index - 1].end or 0, starts[index])
        words = [t.lower() for t in tokens]
        if (
            words
            and words[-1] in ("from", ",", "(")
            and is_label([t for t in tokens[:-1] if t not in ",("], MAX_LABEL_WORDS)
        ):
            return values[index - 1]
    return None


def _compared_label(tokens: Sequence[str]) -> bool:
    """Whether words name the value a difference is compared with, before its figure: a
    short label ("the", "Japan's exports of"), maybe set off by a comma and the words that
    tie it to its figure ("exports to Japan, which came to", "its Ohio plant, at"). A
    pronoun standing for the first value's noun opens it as a name would ("[that of]
    Shenzhen, which ranked third at")."""
    stand_in = next(
        (n for n in _STAND_IN_LENGTHS if " ".join(tokens[:n]).lower() in _COMPARED_STAND_INS),
        0,
    )
    tokens = tokens[stand_in:] if stand_in < len(tokens) else tokens
    if is_label(tokens, MAX_LABEL_WORDS):
        return True
    if "," in tokens:
        # a name counts as one word, and a place may close it: "[the Vicente Pérez Rosales
        # park][ in the Los Lagos region], which logged"
        comma = tokens.index(",")
        tokens = [*without_place(names_as_one(tokens[:comma])), *tokens[comma:]]
    bracket = _DATED_BRACKET.fullmatch(" ".join(tokens[-3:]))
    if tokens[-1:] == ["("] or bracket:  # its figure in brackets after the period it names:
        # "than in the same period of 2013/14 (£17.7 billion)", "than in the previous year
        # (2023: €271.9bn)"
        named = [t for t in tokens[: -3 if bracket else -1] if not _PERIOD_TOKEN.fullmatch(t)]
        return is_label(named, _MAX_COMPARED_NAME)
    if "," not in tokens:
        return False
    comma = tokens.index(",")
    tie = [t.lower() for t in tokens[comma + 1 :]]
    tied = " ".join(tie) in _COMPARED_TIES or (
        tie[:1] and tie[0] in _TIE_PRONOUNS and _ties_a_figure(tie[1:])
    )
    return comma > 0 and is_label(tokens[:comma], MAX_LABEL_WORDS) and bool(tied)


def _ties_a_figure(words: Sequence[str]) -> bool:
    """Whether the words of a relative clause, after its pronoun, lead to the figure of the
    value compared with: a verb that states it ("who got"), a few plain words ending in
    such a verb or a preposition ("whose median was", "who finished second with", "which
    ended its financial year with"), or none ("where 1.96 million were unemployed")."""
    if not words or " ".join(words) in _TIE_VERBS:
        return True
    if len(words) > _MAX_TIE_WORDS or not all(w.isalpha() or "'" in w for w in words):
        return False  # no figure, mark or clause between: "where unemployment fell 0.2 to"
    return words[-1] in _COMPARED_TIES or any(" ".join(words[-n:]) in _TIE_VERBS for n in (1, 2))


def _compared_link(tokens: Sequence[str]) -> bool:
    """Whether words tie a value to the difference after it: "was", "stood at", or the
    words naming the value, of one clause, and a comma ("in foreign exchange assets,",
    "people waiting to start treatment at the end of April,"); periods, time phrases ("in
    the fiscal year that ended on 30 June") and a reporting clause ("in fares, according to
    its annual report,") are passed over, a name counts as one word ("in England and
    Wales") and an "and" joining two words of the name is no clause ("in customs and border
    taxes,")."""
    kept = [
        t
        for t in names_as_one(passed_over(_without_participle(_without_gap_noun(tokens))))
        if not _PERIOD_TOKEN.fullmatch(t)
    ]
    words = [t.lower() for t in kept]
    if words and all(w in _COMPARED_LINKS for w in words):
        return True
    named = without_and_inside(kept[:-1])  # "in customs [and] border taxes,"
    return len(words) > 1 and words[-1] == "," and is_label(named, _MAX_COMPARED_NAME)


def _without_gap_noun(tokens: Sequence[str]) -> Sequence[str]:
    """The tokens without a gap named right before the difference: "spectators, [a gap
    of]", "votes, [its majority of]" (`[gap over nouns]`)."""
    words = [t.lower() for t in tokens]
    if len(words) < 3 or words[-1] != "of" or words[-2] not in _GAP_NOUNS:
        return tokens
    named = 3 if words[-3] in _DETERMINERS else 2  # "[a] gap of", "[its] lead of"
    return tokens[:-named]


def _without_participle(tokens: Sequence[str]) -> Sequence[str]:
    """The tokens without the participle after their last comma that opens a difference:
    "officers in 2023-24, [falling]"."""
    words = [t.lower() for t in tokens]
    for participle in _COMPARED_PARTICIPLES:
        if len(words) > len(participle) and words[-len(participle) - 1 :] == [",", *participle]:
            return tokens[: -len(participle)]
    return tokens


def _pair_before(
    text: str,
    values: Sequence[Value],
    index: int,
    phrase_start: int,
    sentence: Block,
    stated: Value | None = None,
) -> tuple[Value, Value] | None:
    """The two values a stated difference (`values[index]`, or as `stated` reads it)
    follows, when they are unambiguous."""
    stated = stated or values[index]
    same: list[Value] = []
    for v in reversed(values[max(0, index - MAX_VALUES_BACK) : index]):
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
    if not _links_only(link):
        rest = _past_label(link) if _SET_AGAINST.search(text, a.end or 0, b.start or 0) else None
        if rest is None or not _links_only(rest):
            return None
    if (b.start or 0) - (a.end or 0) > 2 * PART_GAP:
        return None
    # past a relative clause or a counting aside: "while Spain[, including the Canaries,]"
    between = passed_over(TOKEN.findall(text, a.end or 0, b.start or 0))
    if len(between) > _MAX_BETWEEN or ";" in between:
        return None
    earlier = [
        v
        for v in values[max(0, index - MAX_VALUES_BACK) : index]
        if (v.end or 0) <= (a.start or 0) and unit_key(v) == unit_key(a)
    ]
    if earlier and (earlier[-1].start or 0) >= sentence.start:
        floor = earlier[-1].end or 0
        if _joins(text, floor, a):
            return None  # "exports of £14 billion as well as £3 billion against imports of ..."
        if BREAKDOWN_CUE.search(text, floor, a.start or 0) and {
            word_near(text, a, floor, ROLES),
            word_near(text, b, a.end or 0, ROLES),
        } != {-1, 1}:
            return None  # "imports of $9 billion, of which $4 billion ... and $5 billion ..."
    return a, b


def _links_only(words: Sequence[str]) -> bool:
    """Whether words only link a pair to the difference after it: ", leaving", ", a"."""
    return len(words) <= _MAX_DIFFERENCE_GAP and all(
        w in _DIFFERENCE_LINKS or w in ",—–(" for w in words
    )


def _past_label(words: list[str]) -> list[str] | None:
    """The words after the second value of a pair set against each other, from the comma
    that closes its own words ("Rs 261[ in residential neighbourhoods], a markup of", "34%[
    who said it was improving], a 17-point gap"); None when those are no plain label."""
    if "," not in words:
        return words
    comma = len(words) - 1 - words[::-1].index(",")
    label = words[:comma]
    if not 0 < len(label) <= _MAX_PAIR_LABEL or not all(w.isalpha() for w in label):
        return None
    return words[comma:]


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
    window = max(floor, start - PART_GAP)
    before = [t.lower() for t in TOKEN.findall(text, window, start)][-ROLE_WORDS:]
    return _role_of(before)


def _plain_word(word: str) -> bool:
    return word[:1].isalpha() and word not in CLAUSE_STOPS


def _role_of(words: Sequence[str]) -> int:
    roles = {ROLES[w] for w in words if w in ROLES}
    return roles.pop() if len(roles) == 1 else 0
