"""The parts of a rate and how text names them: a figure per member, its total and its count.

A count is named by the few words after it ("52 million people", "298 MPs"); a clause
is the stretch of a sentence set against no other ("..., while Thailand's ..."). The
readers of per-capita figures share these.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from claimcheck import vocabulary
from claimcheck.extract.changes import Value, values_within
from claimcheck.extract.figures import NOT_LETTER_AFTER, hedge_start
from claimcheck.extract.lexicon import any_of
from claimcheck.extract.mentions import Mentions
from claimcheck.model.claims import Amount, Money, PerCapitaClaim
from claimcheck.reference.units import UNITS, UnitWords, alternatives

# Where a clause set against another begins: "..., while Thailand's 35.4 million ...".
_CONTRAST = re.compile(
    rf";|\b(?:{any_of(vocabulary.words('clauses', 'contrasts'))})\b", re.IGNORECASE
)

# The nouns a population is counted in, after a few words that describe it: "52 million
# people", "2.81 crore elderly, widowed and disabled people" (not "52,000 jobs for residents").
_POPULATION_NOUN = re.compile(
    rf"(?:{any_of(vocabulary.words('cues', 'population nouns'))}){NOT_LETTER_AFTER}", re.IGNORECASE
)

# An aside in brackets between a figure and the cue of what it is per, restating it: "an
# average of 300,000 hectares (3,000 km2) a reserve".
ASIDE = r"(?:\s*\([^()]{1,40}\))?"
# The one word a figure's unit or noun may add before that cue ("8 tonnes per capita"):
# never a verb of reporting, whose clause the cue would open ("402 said an adult had").
OWN_WORD = (
    rf"(?!(?:{vocabulary.pattern(vocabulary.words('clauses', 'reporting'))})(?![\w-]))"
    r"[^\W\d_][\w-]*"
)
# Before a cue: not an article in capitals, which names a type there, not one member of
# what follows ("3,118 influenza A detections", not "3,118 a detection").
NOT_A_LETTER = r"(?!(?-i:A|An|AN)\s)"

# A people named after their place: "50 million Kenyans", "647,549 Alaskans".
DEMONYM = re.compile(r"[A-Z][a-z]+[a-z]s")

_DESCRIBING = re.compile(r",?\s+(?P<word>[^\W\d_][\w'’-]*)")
_DESCRIBING_WORDS = 4  # "elderly, widowed and disabled people"
_NOT_DESCRIBING = frozenset(vocabulary.words("clauses", "phrase ends", "subordinators"))
_LISTING = frozenset(vocabulary.words("clauses", "coordinators"))

_GLUED = re.compile(r"-[^\W\d_]")  # "18,000-seat": a size, not a count of seats
# Words that list the parts of a figure before them: "$16.7 trillion, made up of $11.85
# trillion held by the public and $4.84 trillion ...".
_PARTS = re.compile(
    rf"(?<![\w-]){vocabulary.pattern(vocabulary.words('cues', 'breakdown', 'breakdown open'))}",
    re.IGNORECASE,
)
_ES_PLURAL = re.compile(r"(?:[cs]h|ss|[xz])es\Z")  # "branches", "boxes": drop the "es"
WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Words before a total, maybe with a few naming it, that make it a pool the figures per
# member come out of: "out of a $40 million", "from a prize pool of $40 million".
_DRAWN_FROM = re.compile(
    rf"(?<![\w-])(?:{vocabulary.pattern(vocabulary.words('cues', 'drawn from'))})"
    r"(?:\s+[^\W\d_][\w'’-]*){0,4}\s+\Z",
    re.IGNORECASE,
)
_POOL_REACH = 60  # characters before a total that may hold the words making it a pool
_POOL_NAMED = re.compile(  # "the total purse of", "a prize pool of"
    rf"(?<![\w-])(?:{vocabulary.pattern(vocabulary.words('cues', 'pool nouns'))})\s+of\s+\Z",
    re.IGNORECASE,
)
_NAMING_WORDS = 3  # how many words after a count may name it ("4,08,638 of them male")
_COUNTED_ALIKE = vocabulary.values("cues", "counted alike")
_NAMING_STOP = re.compile(
    rf"[,;:.()]|\s{vocabulary.pattern(vocabulary.words('clauses', 'coordinators'))}\s",
    re.IGNORECASE,
)


def named_by(text: str, value: Value, noun: str, reach: int = _NAMING_WORDS) -> bool:
    """Whether a count is named by a noun, or one counting the same things, in the few words
    after it in its clause: "4,08,638 of them male" for "males", "52 million people" for
    "people", "380 matches" for "game"; a count glued
    to its noun names the size of another thing ("the 18,000-seat arena"), none."""
    end = value.end or 0
    if _GLUED.match(text, end):
        return False
    words = list(itertools.islice(WORD.finditer(text, end), reach))
    stop = _NAMING_STOP.search(text, end, words[-1].end() + 1) if words else None
    named = [w.group() for w in words if stop is None or w.end() <= stop.start()]
    return _alike(noun) in {_alike(w) for w in named}


def _alike(noun: str) -> str:
    """The noun a count's noun counts the same things as: "game" for "matches"."""
    word = singular(noun)
    return _COUNTED_ALIKE.get(word, word)


def singular(word: str) -> str:
    """A plural noun's singular, by the regular endings: "branches", "constituencies"."""
    word = word.lower()
    if word.endswith("ies"):
        return word[:-3] + "y"
    if _ES_PLURAL.search(word):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def clause_values(
    mentions: Mentions, values: Sequence[Value], starts: Sequence[int], per: Value
) -> Sequence[Value]:
    """The values of the sentence around `per`, within the clause it shares with no
    contrasting one ("..., while Thailand's 35.4 million brought in $57.5 billion")."""
    sentence = mentions.document.sentence_at(per.start or 0)
    start, end = sentence.start, sentence.end
    for contrast in _CONTRAST.finditer(mentions.text, sentence.start, sentence.end):
        if contrast.start() < (per.start or 0):
            start = contrast.end()
        else:
            end = contrast.start()
            break
    return values_within(values, starts, start, end)


def people_after(text: str, end: int) -> bool:
    """Whether a population noun follows a figure, maybe after a few words that describe
    its members ("2.81 crore elderly, widowed and disabled people"), none of them a word
    that ends a noun phrase ("52,000 jobs for residents"), or a people named after their
    place right after it ("50 million Kenyans")."""
    at = end
    for _ in range(_DESCRIBING_WORDS + 1):
        word = _DESCRIBING.match(text, at)
        if word is None:
            return False
        if _POPULATION_NOUN.fullmatch(word["word"]) or (
            at == end and DEMONYM.fullmatch(word["word"])
        ):
            return True
        lowered = word["word"].lower()
        if lowered in _NOT_DESCRIBING and lowered not in _LISTING:
            return False
        at = word.end()
    return False


def bare(value: Value) -> bool:
    """Whether a value is a bare count: no currency, no unit."""
    return isinstance(value, Amount) and not value.unit


def same_kind(total: Value, per: Value) -> bool:
    """Whether a value may be the total a per-capita figure divides: same currency or unit,
    or a bare per-capita figure beside a scaled total."""
    if isinstance(per, Money):
        return isinstance(total, Money) and total.currency == per.currency
    if bare(per):
        return isinstance(total, Money) or (not bare(total) and total.multiplier > 1)
    return isinstance(total, Amount) and total.unit == per.unit


def like(per: Value, total: Value) -> Value:
    """A bare per-member figure in its total's currency or unit, at its own scale:
    "71 million tonnes ..., about 8 per capita" is 8 tonnes."""
    fields = per.model_dump(exclude={"unit"})
    if isinstance(total, Money):
        return Money(**fields, currency=total.currency, candidates=total.candidates)
    return Amount(**fields, unit=total.unit)


def in_kind(text: str, per: Value, total: Value) -> tuple[Value, Value] | None:
    """A per-member figure and its total in one kind: a bare figure in its total's currency
    or unit (`like`), unless the word after it names a unit of its own ("4.4 million tonnes
    ..., 314 kilograms per resident"); a total in another unit of the figure's measure is
    written in the figure's ("800,000 tonnes ..., 80 kg per person"). None when
    the figure names a unit the total cannot be written in."""
    own = with_own_unit(text, per)
    if convertible(total, own) and isinstance(total, Amount) and isinstance(own, Amount):
        return own, in_unit(total, own.unit)
    if isinstance(own, Amount) and own is not per:
        same = isinstance(total, Amount) and total.unit == own.unit
        return (own, total) if same else None
    return (like(per, total), total) if bare(per) and not bare(total) else (per, total)


def with_own_unit(text: str, per: Value) -> Value:
    """A bare figure in the unit the word right after it names ("80 kg per person"), which
    the figure reader leaves to the rate's cue; any other value as it is."""
    word = WORD.match(text, (per.end or 0) + 1) if bare(per) else None
    if word is None or text[per.end or 0 : word.start()] != " ":
        return per
    unit = unit_named(word.group())
    return per if unit is None else Amount(**per.model_dump(exclude={"unit"}), unit=unit.units[0])


def unit_named(word: str, units: Sequence[UnitWords] = UNITS) -> UnitWords | None:
    """The unit of `units` a written name or abbreviation stands for ("tonnes"), if any."""
    return next((u for u in units if word and _named(u).fullmatch(word)), None)


@functools.cache
def _named(unit: UnitWords) -> re.Pattern[str]:
    return re.compile(alternatives(unit), re.IGNORECASE)


def rate_claim(
    text: str, total: Value, per: Value, count: Value, cue: str, end: int
) -> PerCapitaClaim:
    """The claim that `per` is `total` over `count`, its wording the cue as written,
    spanning its three figures and the text up to `end`."""
    start = min(total.start or 0, count.start or 0, per.start or 0)
    end = max(end, total.end or 0, count.end or 0)
    return PerCapitaClaim(
        text=text[start:end],
        start=start,
        end=end,
        total=total,
        per=per,
        count=count,
        wording=" ".join(cue.lower().split()),
    )


def in_unit(amount: Amount, unit: str) -> Amount:
    """An amount in another unit of its kind, its rounding interval scaled with it."""
    if amount.unit == unit:
        return amount
    from claimcheck.model.units import registry  # loads pint: only when needed

    factor = float(registry().Quantity(1, amount.unit).to(unit).magnitude)
    return amount.model_copy(
        update={
            "value": amount.value * factor,
            "low": amount.low * factor,
            "high": amount.high * factor,
            "unit": unit,
        }
    )


def convertible(value: Value, per: Value) -> bool:
    """Whether an amount is in a unit of the same measure as another's ("400 million
    tonnes" and "286 kg"), so that it may be written in the other's unit."""
    if not (isinstance(value, Amount) and isinstance(per, Amount) and value.unit and per.unit):
        return False
    if isinstance(value, Money) or isinstance(per, Money):
        return False
    from claimcheck.model.units import registry  # loads pint: only when needed

    try:
        measure = registry().Quantity(1, value.unit).dimensionality
        return bool(measure) and measure == registry().Quantity(1, per.unit).dimensionality
    except AttributeError:  # a unit pint does not know
        return False


def whole_count(count: Amount) -> Amount:
    """A count written in full digits, unhedged, as the whole number it is: "5 members"
    is no 4.5."""
    if count.hedge is not None or count.multiplier != 1 or count.value != round(count.value):
        return count
    return count.model_copy(update={"low": count.value, "high": count.value})


def wholes(text: str, totals: Sequence[Value]) -> list[Value]:
    """Of several candidate totals, the first and those no word lists as its parts ("$16.7
    trillion, made up of $11.85 trillion ... and $4.84 trillion": the first alone)."""
    first = totals[0].end or 0
    return [v for v in totals if not _PARTS.search(text, first, v.start or 0)]


def drawn_from(text: str, total: Value) -> bool:
    """Whether a total is named a pool the shares come out of: "out of a $40 million prize
    pool", "from the $2 billion fund", "from a prize pool of $40 million", "The total purse
    of $3.2 million also paid $250,000 to each of the two"."""
    start = hedge_start(text, total)
    floor = max(0, start - _POOL_REACH)
    return bool(_DRAWN_FROM.search(text, floor, start) or _POOL_NAMED.search(text, floor, start))
