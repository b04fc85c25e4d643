"""Rates read from the figures of a clause: a total, the count it is over, the figure per one.

The fallback after the readers of particular forms (extract/per_capita.py). A figure per one
is marked by its cue after it: a unit ("£600 a head", "34.12 thousand votes for every seat",
"15 per constituency"), maybe after an aside in brackets, the count it opens ("5,000 euros
for every one of the 5.4 million citizens") or none ("38 seats, 149.72 thousand each"). Its
count is the one its unit's noun names ("543 seats" for "per seat"), else the one a cue
before it marks as the members ("across the 543 contested seats"), else for a cue per person
the one count of people, else (when the figure's own noun names a total, "thousand votes")
the one other count. Its total is the one other figure of its kind, larger than itself,
named by the figure's own noun if it has one. Each is looked for among the figures since the
figure per one before it (cut where a new clause begins between them), before the figure
first, then up to the next. A cue per a scale word is per that many of the noun after it
("70 per million people"): its count is read in that many. No single reading, no claim: two
counts of people or two totals of one currency are left unread, whatever the arithmetic of
either.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from claimcheck import vocabulary
from claimcheck.extract.changes import Value
from claimcheck.extract.figures import NOT_LETTER_AFTER, hedge_start
from claimcheck.extract.listed_parts import COUNTED_OF, compared
from claimcheck.extract.measures import PER_AREA
from claimcheck.extract.mentions import Mentions
from claimcheck.extract.rate_parts import (
    ASIDE,
    NOT_A_LETTER,
    OWN_WORD,
    bare,
    clause_values,
    convertible,
    drawn_from,
    in_kind,
    in_unit,
    named_by,
    people_after,
    rate_claim,
    same_kind,
    singular,
    whole_count,
    wholes,
)
from claimcheck.model.claims import Amount, Money, PerCapitaClaim
from claimcheck.reference.scales import SCALE_ALIASES, SCALES

_OWN_NOUN = rf"(?:\s+(?P<own>{OWN_WORD}))?{ASIDE}"
_UNIT_CUE = re.compile(
    rf"{_OWN_NOUN}\s+{NOT_A_LETTER}"
    rf"(?P<cue>{vocabulary.pattern(vocabulary.words('cues', 'rate unit cues'))})"
    rf"\s+(?P<noun>[^\W\d_][\w-]*){NOT_LETTER_AFTER}",
    re.IGNORECASE,
)
_ALONE_CUE = re.compile(
    rf"{_OWN_NOUN}\s+(?P<cue>{vocabulary.pattern(vocabulary.words('cues', 'rate cues alone'))})"
    r"(?=\s*(?:[,.;:)]|\Z))",
    re.IGNORECASE,
)
# Words after a figure that open the count it is per each member of: "5,000 euros for
# every one of the country's 5.4 million citizens".
_MEMBERS_CUE = re.compile(
    rf"\s+(?P<cue>{vocabulary.pattern(vocabulary.words('cues', 'rate cues of members'))})"
    rf"{NOT_LETTER_AFTER}",
    re.IGNORECASE,
)
# What sets a figure "each" off as its clause's average, not a price ("at $1,000 each"):
# "45 seats, 70 thousand each", "works out at 3 tonnes each".
_SET_OFF = re.compile(
    rf"(?:,|(?<![\w-]){vocabulary.pattern(vocabulary.words('cues', 'average links'))})"
    r"\s+(?:or\s+)?\Z",
    re.IGNORECASE,
)
_SET_OFF_REACH = 30
# Nouns a figure is never per one of in a count: time ("$40 billion a year"), a share of
# stock ("per share"), and the words that open a count's phrase ("for every one of").
_NOT_COUNTED = frozenset(
    word.lower()
    for word in vocabulary.words(
        "cues", "time units", "durations", "per one never", "one of a thing"
    )
)
_PERSON_MEMBERS = frozenset(vocabulary.words("cues", "per person members"))
_BASE_BEFORE = re.compile(
    rf"(?<![\w-]){vocabulary.pattern(vocabulary.words('cues', 'rate base before'))}"
    r"(?:\s+[^\W\d_][\w'’-]*){0,2}\s+\Z",
    re.IGNORECASE,
)
# A scale word a rate is per many of ("per million people"), by each full spelling.
_SCALE_BASES = {
    word: SCALES[SCALE_ALIASES.get(word, word)]
    for word in (*SCALES, *SCALE_ALIASES)
    if len(word) > 2
}
_MEMBER_AFTER = re.compile(rf"\s+(?P<noun>[^\W\d_][\w-]*){NOT_LETTER_AFTER}")
_BASE_REACH = 60  # characters before a count that may hold its cue and the words after
_NEW_CLAUSE = re.compile(
    rf",\s+{vocabulary.pattern(vocabulary.words('clauses', 'coordinators', 'contrasts'))}\s",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _PerOne:
    """A figure per one, its own noun ("votes" in "34.12 thousand votes for every seat"),
    the noun of the one it is per (None for "each"), its cue as written and how many of
    that one it is per ("per million people": a million)."""

    value: Value
    own: str | None
    unit: str | None
    cue: str
    end: int
    base: float = 1.0


def find_rate_triples(
    mentions: Mentions, values: Sequence[Value], claimed: set[int | None]
) -> list[PerCapitaClaim]:
    """Every rate whose figure per one, total and count no other reader claimed, with one
    clear reading among the figures of its clause."""
    text = mentions.text
    starts = [v.start or 0 for v in values]
    rates = [rate for v in values if (rate := _per_one(text, v))]
    per_starts = {rate.value.start for rate in rates}
    claims = []
    for index, rate in enumerate(rates):
        if rate.value.start in claimed:
            continue
        start = _window_start(text, rates[index - 1] if index else None, rate)
        end = _window_end(text, rate, rates[index + 1] if index + 1 < len(rates) else None)
        free = [
            v
            for v in clause_values(mentions, values, starts, rate.value)
            if start <= (v.start or 0) < end
            and v.start not in claimed
            and v.start not in per_starts
            and not compared(text, v)  # "£255 per pupil, down from £510": another's
        ]
        at = rate.value.start or 0
        for stretch in ([v for v in free if (v.start or 0) < at], free):
            reading = _reading(text, rate, stretch)
            if reading is not None:
                total, count = reading
                dressed = in_kind(text, rate.value, total)
                if dressed is None:
                    break
                per, total = dressed
                count = _in_base(whole_count(count), rate.base)
                claim = rate_claim(text, total, per, count, rate.cue, rate.end)
                claims.append(claim.model_copy(update={"open": drawn_from(text, total)}))
                break
    return claims


def _per_one(text: str, value: Value) -> _PerOne | None:
    """The figure per one a value is, by the cue after it; None when it has none, or is
    per unit of time or area, or per share."""
    if not isinstance(value, Money | Amount) or PER_AREA.match(text, value.end or 0):
        return None
    end = value.end or 0
    members = _MEMBERS_CUE.match(text, end)
    if members is not None:  # the count after the cue is the one it marks
        return _PerOne(value, None, None, members["cue"], members.end())
    cue = _UNIT_CUE.match(text, end)
    if cue is not None:
        if cue["noun"].lower() in _NOT_COUNTED:
            return None
        base = _SCALE_BASES.get(cue["noun"].lower())
        if base is not None:  # "70 per million people": per a million of the noun after
            member = _MEMBER_AFTER.match(text, cue.end())
            if member is None:
                return None
            wording = text[cue.start("cue") : member.end()]
            return _PerOne(value, _own(value, cue), member["noun"], wording, member.end(), base)
        wording = text[cue.start("cue") : cue.end()]
        return _PerOne(value, _own(value, cue), cue["noun"], wording, cue.end())
    alone = _ALONE_CUE.match(text, end)
    start = hedge_start(text, value)
    if alone is None or not _SET_OFF.search(text, max(0, start - _SET_OFF_REACH), start):
        return None
    return _PerOne(value, _own(value, alone), None, alone["cue"], alone.end())


def _own(value: Value, cue: re.Match[str]) -> str | None:
    """The noun a bare figure per one names itself by: "votes" in "34.12 thousand votes
    for every seat"; a figure of money or with a unit is named by it."""
    return cue["own"] if bare(value) else None


def _window_start(text: str, before: _PerOne | None, rate: _PerOne) -> int:
    """Where the figures a rate may be over begin: after the figure per one before it,
    and after a new clause that begins between them ("..., and Labour's ...")."""
    if before is None:
        return 0
    boundaries = list(_NEW_CLAUSE.finditer(text, before.end, rate.value.start or 0))
    return boundaries[-1].end() if boundaries else before.end


def _window_end(text: str, rate: _PerOne, after: _PerOne | None) -> int:
    """Where the figures a rate may be over end: before the next figure per one, and
    before a new clause that begins between them."""
    if after is None:
        return len(text)
    boundary = _NEW_CLAUSE.search(text, rate.end, after.value.start or 0)
    return boundary.start() if boundary else after.value.start or 0


def _reading(text: str, rate: _PerOne, around: Sequence[Value]) -> tuple[Value, Amount] | None:
    """The one total and the one count a rate is over among `around`, or None."""
    per = rate.value
    totals = [t for v in around if (t := _as_total(v, per)) and t.value > per.value]
    if rate.own:
        totals = [v for v in totals if named_by(text, v, rate.own)]
    only = totals[0] if len(totals) == 1 else None  # the one total is no count
    counts = [v for v in around if bare(v) and v.value >= 1 and v is not only]
    count = _count(text, rate, counts)
    totals = [v for v in totals if v is not count]
    if len(totals) > 1:  # a whole, not its parts listed after it
        totals = wholes(text, totals)
    return (totals[0], count) if count is not None and len(totals) == 1 else None


def _count(text: str, rate: _PerOne, counts: Sequence[Value]) -> Amount | None:
    """The one count a rate is over: the one its unit's noun names, else the one a cue
    marks as its members, else the one other count (for a figure "each" or of its own
    noun) or the one count (for a cue per person); for a cue per person, always a count
    of people ("with 1,300,000 kW of capacity" is none)."""
    own, unit = rate.own, rate.unit
    person = unit is not None and singular(unit) in _PERSON_MEMBERS
    candidates = [v for v in counts if not (own and named_by(text, v, own))]
    named = [v for v in candidates if unit and named_by(text, v, unit)]
    # "help 3.6 million of the 5.5 million people": the part counts what its whole does
    named += [v for v in candidates if any(_counted_of(text, v, whole) for whole in named)]
    marked = [v for v in candidates if _base_marked(text, v)]
    if named or marked:
        count = _one(named or marked)
    elif unit is None or own or person:
        count = _one(candidates)
    else:
        return None
    if person and count is not None and not people_after(text, count.end or 0):
        return None
    return count


def _counted_of(text: str, part: Value, whole: Value) -> bool:
    """Whether a count is stated as part of a whole right after it: "3.6 million of the
    5.5 million people"."""
    counted = COUNTED_OF.match(text, part.end or 0)
    return counted is not None and counted.end() == hedge_start(text, whole)


def _in_base(count: Amount, base: float) -> Amount:
    """A count in units of a rate's base: "60 million people" is 60 lots of a million."""
    if base == 1.0:
        return count
    return count.model_copy(
        update={"value": count.value / base, "low": count.low / base, "high": count.high / base}
    )


def _one(values: Sequence[Value]) -> Amount | None:
    """The one value of `values`, a count; None when there are none or several."""
    return values[0] if len(values) == 1 and isinstance(values[0], Amount) else None


def _base_marked(text: str, count: Value) -> bool:
    """Whether a cue before a count marks it as the members: "across the 543 seats"."""
    start = hedge_start(text, count)
    return _BASE_BEFORE.search(text, max(0, start - _BASE_REACH), start) is not None


def _as_total(value: Value, per: Value) -> Value | None:
    """A value as a total of a rate's kind (a bare count, the rate's currency, or its
    unit's measure written in its unit: "400 million tonnes" for "286 kg each"), or None."""
    if bare(per):
        return value if bare(value) else None
    if same_kind(value, per):
        return value
    if convertible(value, per) and isinstance(value, Amount) and isinstance(per, Amount):
        return in_unit(value, per.unit)
    return None
