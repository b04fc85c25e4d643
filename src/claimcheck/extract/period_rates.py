"""Amounts per period: one restated for another period, or one spread over a span of time.

"£1.48 for the year, about 12p a month" restates an amount for a shorter period;
"raised $36 million in 30 days, or $1.2 million a day" spreads one over a span.

The first amount's period is named right after it ("a year", "annually", "over the whole
year") or by an adjective a few words before it ("a yearly rise of £60"); the restated
amount is the next figure, of its kind, after a comma (maybe after an aside for whom the
amount is: "for a Band D property,"), and its period is named right after it ("a week").
It must be worded as a restatement: a hedge on it ("about 12p") or a restating word
("equivalent to £10 a month"). A plain "or" is none: "£99 a year, or £9.99 a month"
offers two prices. The claim: the longer period's amount over the number of shorter
periods it holds is the other.

A figure per period set off after its clause (", or $1.2 million a day", ", an average of
$20 million a month") is read over the one total of its kind before it in its clause and
the one span of that period its sentence states with the total or right after the figure
("in 30 days", "over the 12 months"); a span in a clause of its own after the figure ("105
a day, and its beds were full on 61 days") is not the one the figure is over.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from claimcheck import vocabulary
from claimcheck.extract.changes import Value
from claimcheck.extract.figures import NOT_LETTER_AFTER, hedge_start, stated_fields
from claimcheck.extract.mentions import Mentions
from claimcheck.extract.rate_parts import (
    WORD,
    bare,
    clause_values,
    in_kind,
    rate_claim,
    same_kind,
    singular,
    whole_count,
)
from claimcheck.model.claims import Amount, Money, PerCapitaClaim

_AFTER = vocabulary.values("cues", "period after")
_BEFORE = vocabulary.values("cues", "period before")
_PERIOD_AFTER = re.compile(
    rf"\s+(?P<cue>{vocabulary.pattern(_AFTER)})(?!\s+"
    rf"{vocabulary.pattern(vocabulary.words('cues', 'period not after'))}){NOT_LETTER_AFTER}",
    re.IGNORECASE,
)
_PERIOD_BEFORE = re.compile(
    rf"(?<![\w-])(?P<cue>{vocabulary.pattern(_BEFORE)})(?:\s+[^\W\d_][\w'’-]*){{0,4}}\s+\Z",
    re.IGNORECASE,
)
_PERIODS = frozenset(_AFTER.values())
_PERIOD_ADJECTIVE = re.compile(rf"(?<![\w-])({vocabulary.pattern(_BEFORE)})(?![\w-])", re.I)
_RATES = frozenset({"percent", "percentage_point"})  # "3% a year" compounds: no claim
_BEFORE_REACH = 60  # characters before an amount that may hold its period's adjective
# What stands between the first amount (and its period) and the restated one: an aside
# for whom it is, a comma, maybe "or", maybe a restating word.
_BETWEEN = re.compile(
    rf"(?:\s+for\s+{vocabulary.pattern(vocabulary.words('clauses', 'determiners'))}"
    r"(?:\s+[^\W\d_][\w'’-]*){1,4})?\s*,\s+(?:or\s+)?"
    rf"(?P<link>{vocabulary.pattern(vocabulary.words('cues', 'period restating'))}\s+)?\Z",
    re.IGNORECASE,
)
# A figure per period set off after its clause: ", or $1.2 million a day", ", averaging".
_SET_OFF = re.compile(
    r",\s+(?:or\s+)?(?:"
    rf"{vocabulary.pattern(vocabulary.words('cues', 'average links', 'period restating'))}\s+)?\Z",
    re.IGNORECASE,
)
_SET_OFF_REACH = 30
# A span of time a figure states: "in 30 days", "over the 12 months" (not "30 days ago").
_SPAN = re.compile(
    rf"[\s-]+(?P<unit>{vocabulary.pattern(vocabulary.words('cues', 'time units'))})(?!\s+"
    rf"{vocabulary.pattern(vocabulary.words('cues', 'period not after'))})",
    re.IGNORECASE,
)
# How many of a shorter period a longer one holds, by (longer, shorter) period.
_WITHIN = {
    (WORD.findall(spelling)[-1].lower(), singular(WORD.findall(spelling)[0])): (
        spelling,
        *map(float, held.split()),
    )
    for spelling, held in vocabulary.values("cues", "periods within").items()
}


def find_period_rates(mentions: Mentions, values: Sequence[Value]) -> list[PerCapitaClaim]:
    """Every amount per period restated for another or spread over a span of time."""
    return [*_restated(mentions, values), *_over_spans(mentions, values)]


def _restated(mentions: Mentions, values: Sequence[Value]) -> list[PerCapitaClaim]:
    """Every amount for one period restated, next to it, for another, as the claim that
    the longer period's amount over the shorter periods in it is the shorter's."""
    text = mentions.text
    claims = []
    for first, second in itertools.pairwise(values):
        if not _kin(first, second):
            continue
        period = _period_of(text, first)
        after = _PERIOD_AFTER.match(text, second.end or 0)
        if period is None or after is None:
            continue
        end, longer, wording = period
        shorter = _AFTER[_spelled(after["cue"])]
        between = _BETWEEN.match(text, end, hedge_start(text, second))
        if between is None or not (between["link"] or second.hedge):
            continue  # no restating: two offers, "£99 a year, or £9.99 a month"
        if (longer, shorter) in _WITHIN:
            total, per, wording = first, second, after["cue"]
        elif (shorter, longer) in _WITHIN:  # "£2.50 a week, or roughly £130 a year"
            total, per, longer, shorter = second, first, shorter, longer
        else:
            continue
        dressed = in_kind(text, per, total)
        if dressed is None:
            continue
        per, total = dressed
        spelling, low, high = _WITHIN[(longer, shorter)]
        start, stop = first.start or 0, after.end()
        claims.append(
            PerCapitaClaim(
                text=text[start:stop],
                start=start,
                end=stop,
                total=total,
                per=per,
                count=Amount(value=low, low=low, high=high, text=f"{low:g} {spelling}"),
                wording=_spelled(wording),
            )
        )
    return claims


def _over_spans(mentions: Mentions, values: Sequence[Value]) -> list[PerCapitaClaim]:
    """Every figure per period set off after its clause, over the one total of its kind
    before it in the clause and the one span of its period in its sentence that spans
    the total."""
    text, document = mentions.text, mentions.document
    starts = [v.start or 0 for v in values]
    spans = _spans(mentions)
    claims = []
    for per in values:
        cue = _PERIOD_AFTER.match(text, per.end or 0)
        start = hedge_start(text, per)
        if cue is None or not _SET_OFF.search(text, max(0, start - _SET_OFF_REACH), start):
            continue
        period = _AFTER[_spelled(cue["cue"])]
        totals = [
            v
            for v in clause_values(mentions, values, starts, per)
            if (v.start or 0) < (per.start or 0)
            and _kin(v, per)
            and v.value > per.value
            and not _PERIOD_AFTER.match(text, v.end or 0)
        ]
        sentence = document.sentence_at(per.start or 0)
        lasting = [
            span
            for span in spans
            if span.unit == period
            and sentence.start <= (span.start or 0) < sentence.end
            and _spans_the_total(text, per, span)
        ]
        if len(totals) != 1 or len(lasting) != 1:
            continue
        dressed = in_kind(text, per, totals[0])
        if dressed is None:
            continue
        per, total = dressed
        count = whole_count(lasting[0].model_copy(update={"unit": ""}))
        claims.append(rate_claim(text, total, per, count, cue["cue"], cue.end()))
    return claims


def _spans_the_total(text: str, per: Value, span: Amount) -> bool:
    """Whether a span is the total's: before the figure per period ("raised $36 million in
    30 days, or $1.2 million a day"), or right after it in its clause ("$3 million a month
    over the 12 months"), never in a clause of its own after it ("105 a day, and its beds
    were full on 61 days")."""
    if (span.start or 0) < (per.start or 0):
        return True
    between = text[per.end or 0 : span.start or 0]
    return not any(mark in between for mark in ",;:")


def _spans(mentions: Mentions) -> list[Amount]:
    """Every span of whole periods the text states ("30 days"), in its period's unit."""
    text = mentions.text
    spans = []
    for figure in mentions.figures:
        span = _SPAN.match(text, figure.end)
        unit = singular(span["unit"]) if span else ""
        if unit in _PERIODS and not figure.looks_like_year:
            fields = stated_fields(text, figure, end=span.end() if span else None)
            spans.append(Amount.made(fields | {"unit": unit}))
    return spans


def _kin(first: Value, second: Value) -> bool:
    """Whether two figures may be one amount for two periods: counts, money of one
    currency, one unit, or money beside a figure in its currency's minor unit ("£5,
    about 42p"); never percentages, which compound."""
    if not all(
        isinstance(v, Money) or (isinstance(v, Amount) and v.unit not in _RATES)
        for v in (first, second)
    ):
        return False
    if bare(first) and bare(second):
        return True  # two counts: "1.2 million visitors in 30 days, about 40,000 a day"
    if bare(first) or bare(second):
        minor = next((v for v in (first, second) if bare(v)), None)
        major = first if minor is second else second
        return isinstance(major, Money) and minor is not None and minor.multiplier < 1
    return same_kind(first, second)


def _period_of(text: str, value: Value) -> tuple[int, str, str] | None:
    """Where the words naming an amount's period end, the period and those words: named
    after it ("£1.48 for the year") or by an adjective before it ("a yearly rise of £5")."""
    after = _PERIOD_AFTER.match(text, value.end or 0)
    if after is not None:
        return after.end(), _AFTER[_spelled(after["cue"])], after["cue"]
    start = hedge_start(text, value)
    before = _PERIOD_BEFORE.search(text, max(0, start - _BEFORE_REACH), start)
    if before is None or any(ch.isdigit() for ch in text[before.start() : start]):
        return None
    return value.end or 0, _BEFORE[_spelled(before["cue"])], before["cue"]


def period_named(text: str, value: Value) -> str | None:
    """The period an amount is for, named after it or by an adjective before it in its
    clause ("£1.48 a week", "Median monthly rent in the city reached $2,850"); None when
    none is named."""
    found = _period_of(text, value)
    if found is not None:
        return found[1]
    start = hedge_start(text, value)
    before = text[max(0, start - _BEFORE_REACH) : start]
    clause = re.split(r"[\d,;:()]", before)[-1]
    adjectives = _PERIOD_ADJECTIVE.findall(clause)
    return _BEFORE[_spelled(adjectives[-1])] if adjectives else None


def _spelled(words: str) -> str:
    """A cue as its vocabulary spells it: lower case, single spaces."""
    return " ".join(words.lower().split())
