"""CC106 conflicting-conversions."""

import bisect
import math
from collections.abc import Iterable, Sequence

from claimcheck import formatting, messages
from claimcheck.context import CheckContext
from claimcheck.interval import Interval
from claimcheck.judges.fx import FxAssessment
from claimcheck.model.judgement import said
from claimcheck.period import Period
from claimcheck.rules.base import Issue, Rule

_Key = tuple[tuple[str, str], tuple[Period, ...]]  # a currency pair and stated periods


class ConflictingConversions(Rule):
    """Two conversions between the same currencies for the same period imply rates that cannot agree.

    A newsroom converts one story at one rate. When two conversions of the same pair
    and period cannot share a rate, even allowing for rounding and the tolerance, one
    of them is wrong, even where no reference rate exists to say which. Only conversions
    whose period is stated for each are compared: the one period their sentence names, or
    else their paragraph, or else the document's; where the nearest of these that names a
    period names several ("in 2011 from ... in 2010"), the conversion's own is unknown.
    The one reported is the one fewer of the story's conversions agree with; when as
    many agree with each, the later, unless a reference rate for the period shows the
    earlier clearly farther from it (at least twice as far, in log terms).

    Conversions of the same span of time share one rate. Of different spans their own
    sentences name (a year and one of its months, or a quarter and a month named without
    their year, "In March alone"), each may be at its own period's rate:
    two conflict only when the gap between their rates exceeds, beyond the tolerance, the
    pair's movement over both spans (the high over the low of its reference range).

    Failing example::

        TEHRAN - The plant cost 12 trillion Iranian rials ($480 million) and its expansion 6 trillion Iranian rials ($360 million) in 2024.

    Passing example::

        TEHRAN - The plant cost 12 trillion Iranian rials ($480 million) and its expansion 6 trillion Iranian rials ($240 million) in 2024.

    Passing example::

        ANKARA - Exports reached 3,400 billion lira ($103.4 billion) in 2024. In December 2024 alone they were 330 billion lira ($9.4 billion).
    """

    code = "CC106"
    name = "conflicting-conversions"
    severity = "warning"

    def check(self, ctx: CheckContext) -> Iterable[Issue]:
        compared = [
            (claim_id, assessment, (assessment.reading, periods))
            for claim_id, assessment in ctx.fx.items()
            if assessment.diagnosis is None
            and (periods := _stated_periods(assessment.claim.periods)) is not None
        ]
        rates = {claim_id: a.implied.widen(ctx.tolerance) for claim_id, a, _key in compared}
        support = {  # the keys are few: one per pair and period
            key: _Support(
                rates[claim_id]
                for claim_id, _assessment, (reading, periods) in compared
                if key[0] == reading and _overlap(key[1], periods)
            )
            for key in {key for _claim_id, _assessment, key in compared}
        }
        seen: dict[_Key, _Earlier] = {}
        flagged: set[str] = set()
        for claim_id, assessment, key in compared:
            rate = rates[claim_id]
            earlier = next(
                (
                    (found, their)
                    for their, earlier_ones in seen.items()
                    if their[0] == key[0]
                    and _overlap(key[1], their[1])
                    and (
                        found := earlier_ones.first_apart(
                            _allowing(ctx, assessment.implied, key, their)
                        )
                    )
                    is not None
                ),
                None,
            )
            if earlier is not None:
                other, their = earlier
                wrong, right = claim_id, other
                ours, theirs = support[key].meeting(rate), support[their].meeting(rates[other])
                if ours > theirs or (
                    ours == theirs and _farther_from_reference(ctx.fx[other], assessment)
                ):
                    wrong, right = other, claim_id
                if wrong not in flagged:
                    flagged.add(wrong)
                    yield _conflict(ctx.fx[wrong], ctx.fx[right], wrong)
            seen.setdefault(key, _Earlier()).add(claim_id, rate)


def _conflict(wrong: FxAssessment, right: FxAssessment, claim_id: str) -> Issue:
    """The finding on the conversion taken to be wrong, set against the one taken as right."""
    claim, other = wrong.claim, right.claim
    a, b = wrong.reading
    conflict = said(
        "fx.conflicting",
        rate=claim.implied_rate,
        a=a,
        b=b,
        other=other.implied_rate,
        text=other.text,
    )
    return Issue(
        claim_id,
        messages.text(conflict),
        suggestion=formatting.amount(claim.source.value / other.implied_rate, b),
    )


def _allowing(ctx: CheckContext, implied: Interval, ours: _Key, theirs: _Key) -> Interval:
    """A conversion's implied rate, widened to the rates another may have used with it.

    Over the same span of time, or where either's period is only its paragraph's or the
    document's, a story converts at one rate: the implied rate as it stands. Where their
    sentences name different spans (a quarter and one of its months), each may be at its
    own period's rate: the implied rate widened by the pair's movement over both spans,
    the high of its reference range over the low (no widening without one)."""
    named = (*ours[1], *theirs[1])
    if not named or any(p.source == "document" for p in named):
        return implied
    if _span(ours[1]) == _span(theirs[1]):
        if _labels(ours[1]) == _labels(theirs[1]):
            return implied
    elif any(p.source != "sentence" for p in named):
        return implied
    found = ctx.rates.cross(*ours[0], _span(named))
    if found is None:
        return implied
    movement = found.high / found.low
    return Interval(implied.low / movement, implied.high * movement)


def _span(periods: Sequence[Period]) -> Period:
    """The time from the first of some periods to the last."""
    return Period(min(p.start for p in periods), max(p.end for p in periods), "")


def _labels(periods: Sequence[Period]) -> set[str]:
    """What some periods are called: of one span, periods named without their year ("Q1",
    "March") are different periods."""
    return {p.label for p in periods}


def _farther_from_reference(earlier: FxAssessment, later: FxAssessment) -> bool:
    """Whether the earlier of two conflicting conversions is the one to flag: its rate lies
    farther from the reference mean for its period than the later one's does from its own
    (by a factor of at least `_CLEARLY_FARTHER`). Without a reference for both, the later
    one is flagged, as a reader meets it second."""
    if earlier.basis is None or later.basis is None:
        return False
    return _distance(earlier) > _distance(later) * _CLEARLY_FARTHER


_CLEARLY_FARTHER = 2.0  # how many times farther in log terms before the earlier is flagged


def _distance(assessment: FxAssessment) -> float:
    """How far a conversion's implied rate lies from its reference mean, in log terms."""
    assert assessment.basis is not None
    return abs(math.log(assessment.implied.mid / assessment.basis.mean))


def _stated_periods(periods: Sequence[Period]) -> tuple[Period, ...] | None:
    """The period stated for a conversion: the one its sentence names, else the one its
    paragraph names, else the document's; None when the nearest that names any names several
    spans. Several named without their year, of one span, are kept, as a set of names."""
    for source in ("sentence", "paragraph"):
        named = {p for p in periods if p.source == source}
        if named:
            return tuple(named) if len({(p.start, p.end) for p in named}) == 1 else None
    return tuple(periods)


def _overlap(ours: Sequence[Period], theirs: Sequence[Period]) -> bool:
    """True when no period of either is known, or some period of each shares a day."""
    if not ours or not theirs:
        return not ours and not theirs
    return any(a.start <= b.end and b.start <= a.end for a in ours for b in theirs)


class _Support:
    """The widened rates of the conversions of one pair whose periods overlap one's own, to
    count how many of them a rate meets: the rate most of a story's conversions share is
    the story's."""

    def __init__(self, rates: Iterable[Interval]) -> None:
        rates = list(rates)
        self.lows = sorted(rate.low for rate in rates)
        self.highs = sorted(rate.high for rate in rates)

    def meeting(self, rate: Interval) -> int:
        """How many of the rates meet `rate` (itself included)."""
        below = bisect.bisect_left(self.highs, rate.low)  # high < rate.low
        above = len(self.lows) - bisect.bisect_right(self.lows, rate.high)  # low > rate.high
        return len(self.lows) - below - above


class _Earlier:
    """The conversions of one pair and period so far, in text order, with their widened rates.

    The first one whose rate cannot meet a new one is found by bisection, not by comparing
    with each in turn: prefix minima of the high ends fall, prefix maxima of the low ends rise.
    """

    def __init__(self) -> None:
        self.claims: list[str] = []  # their ids
        self.lowest_high: list[float] = []  # negated, so that the list rises
        self.highest_low: list[float] = []

    def add(self, claim: str, rate: Interval) -> None:
        negated_high, low = -rate.high, rate.low
        if self.claims:
            negated_high = max(negated_high, self.lowest_high[-1])
            low = max(low, self.highest_low[-1])
        self.claims.append(claim)
        self.lowest_high.append(negated_high)
        self.highest_low.append(low)

    def first_apart(self, rate: Interval) -> str | None:
        """The first conversion whose rate lies wholly below or wholly above `rate`."""
        below = bisect.bisect_right(self.lowest_high, -rate.low)  # first high < rate.low
        above = bisect.bisect_right(self.highest_low, rate.high)  # first low > rate.high
        first = min(below, above)
        return self.claims[first] if first < len(self.claims) else None
