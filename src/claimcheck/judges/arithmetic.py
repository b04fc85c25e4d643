"""Arithmetic judges: a change against its values, a total against its parts, a
difference against its two values, and a figure against its restatement.

Every computation runs on the intervals the figures' rounding and hedges allow.
A relative change ("fell 37%, to 2.52 billion from 4.09 billion") is worked out from
figures all printed in the text, with no reference that moves, so the rounding of its
values and of the percentage is its only slack, never the tolerance on top: that fall
is 38.4%, and an editor corrects "37%" to "38%"; "28.73%" claims two decimals. Writers
cut a percentage off as often as they round it ("10.86" for 10.868%), so the stated
percentage may also be short of the change by up to one unit of its last digit; some
round twice (10.49% to "10.5" to "11"), and a last decimal zero may only pad ("33.60"). A
change in points and a multiple ("tripled") are compared with the stated change
widened by the relative tolerance; sums and differences of stated amounts, and a total
divided by its population, are exact arithmetic, so there the writer's rounding and hedges
are the only slack, and the intervals must overlap by more than a point (a total of 4, 7
and 9 is below 21.5; "22" cannot be its rounding).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import reduce
from typing import TYPE_CHECKING

from claimcheck import formatting, vocabulary
from claimcheck.interval import Interval
from claimcheck.model.claims import (
    Amount,
    ChangeClaim,
    Claim,
    DifferenceClaim,
    Money,
    PerCapitaClaim,
    RestatedFigureClaim,
    TotalClaim,
)
from claimcheck.model.judgement import Judgement, Said, said

if TYPE_CHECKING:
    from claimcheck.judges.context import JudgeContext

Value = Money | Amount

CHANGE = "change-mismatch"
DIRECTION = "change-direction"
TOTAL = "total-mismatch"
DIFFERENCE = "difference-mismatch"
RESTATED = "restated-figure-mismatch"
PER_CAPITA = "per-capita-mismatch"

_MINUS = "\u2212"
_PERCENTS = ("percent", "percentage_point")
_EPSILON = 1e-9
# A change stated in percentage or basis points ("7.22 percentage points"), not in bare
# "points", which of a share price may be its currency's units.
_NAMED_POINTS = re.compile(r"percentage|basis", re.IGNORECASE)
# Direction words and their opposites, both ways; others fall back to "rose" / "fell".


def _opposites() -> dict[str, str]:
    """Each direction word to its opposite, both ways, from the vocabulary's pairs."""
    pairs: dict[str, str] = {}
    for entry in vocabulary.section("directions", "opposites"):
        one, other = entry.spellings
        pairs |= {one: other, other: one}
    return pairs


_OPPOSITES = _opposites()
# The words of a difference that place its first value above (+1) or below (-1) the second.
_PLACING_WORDS = {
    **{
        " ".join(w.split()): 1
        for w in vocabulary.words("cues", "difference comparative up", "difference over")
    },
    **{" ".join(w.split()): -1 for w in vocabulary.words("cues", "difference comparative down")},
}
# Each factor to the first word the vocabulary gives it: 2 "doubled", 3 "tripled" (read
# backwards, so that the first spelling of each wins).
_MULTIPLE_WORDS = {
    int(factor): word
    for word, factor in reversed(vocabulary.values("directions", "multiple up").items())
}
_NUMBER = re.compile(r"[0-9][0-9,\s]*(?:\.[0-9]+)?")  # grouped by commas or spaces
_GROUPING = re.compile(r"[,\s]")
# A comma before the last one or two digits, which the figure reader reads only as a
# decimal comma ("R259,2 billion"), and a space that groups digits ("R1 422,2 billion").
_DECIMAL_COMMA = re.compile(r",(?=[0-9]{1,2}\Z)")
_SPACE_GROUP = re.compile(r"[0-9](?P<gap>\s)[0-9]")


def judge_change(ctx: JudgeContext, claim: Claim) -> Judgement | None:
    """The verdict on a change: its direction, then each change stated, against its values.

    None when the change states no pair of values to check ("up 5% year on year").
    """
    if not isinstance(claim, ChangeClaim):
        return None
    old, new = claim.from_value, claim.to_value
    if (old is None) != (new is None):
        old, new = _implied_pair(claim, old, new)
    if old is None or new is None:
        return None
    if claim.basis is not None:
        return Judgement.unverifiable(said("change.basis", basis=claim.basis))
    if not _comparable(old, new):
        return Judgement.unverifiable(said("change.units"))
    delta = new.interval - old.interval
    arithmetic = _change_arithmetic(old, new)
    actual = _direction(old, new, delta)
    if actual is not None and actual != claim.direction:
        if min(old.interval.low, new.interval.low) < 0:
            return Judgement.unverifiable(said("change.negative"))
        return _wrong_direction(claim, old, new, actual, arithmetic)
    percent = any(isinstance(by, Amount) and by.unit == "percent" for by in claim.by)
    if percent or claim.multiple is not None:
        why = _no_ratio(old, new, multiple=claim.multiple is not None)
        if why is not None:
            return Judgement.unverifiable(why)
    for by in claim.by:
        found = _check_by(ctx, claim, by, old, new, arithmetic)
        if found is not None:
            return found
    if claim.multiple is not None:
        found = _check_multiple(ctx, claim, claim.multiple, old, new, arithmetic)
        if found is not None:
            return found
    return Judgement.consistent(arithmetic)


def _implied_pair(
    claim: ChangeClaim, old: Value | None, new: Value | None
) -> tuple[Value | None, Value | None]:
    """Both values of a change that states one of them and its size twice, the missing one
    worked out from the size in the value's own unit: "22,683,600, up 359,600, or 1.6%"
    was 22,324,000 before. With one size only there is nothing left to check.
    """
    stated = old or new
    assert stated is not None
    absolute = [by for by in claim.by if _in_unit_of(by, stated)]
    if len(absolute) != 1 or len(claim.by) + (claim.multiple is not None) < 2:
        return old, new
    by = absolute[0]
    sign = 1 if (claim.direction == "up") == (new is not None) else -1
    interval = stated.interval - by.interval.scale(sign)
    value = stated.value - sign * by.value
    shown = _restate(stated, value, _finest((stated, by), stated))
    worked = f"{shown} ({_show(stated)} {'less' if sign > 0 else 'plus'} {_show(by)})"
    implied = stated.model_copy(
        update={
            "value": value,
            "low": interval.low,
            "high": interval.high,
            "digits": None,
            "hedge": None,
            "text": worked,
            "start": None,
            "end": None,
        }
    )
    return (implied, new) if new is not None else (old, implied)


def _in_unit_of(by: Value, stated: Value) -> bool:
    """Whether a stated change is an amount of a value's own currency or unit, not a ratio:
    "up 359,600" of 22,683,600, "0.4 points" of 7.2%, "312.5 points" of an index at
    34,087.8, but not "1.6%" of 22,683,600."""
    points = isinstance(by, Amount) and by.unit == "percentage_point"
    if isinstance(stated, Amount) and stated.unit == "percent":
        return points
    if points and isinstance(stated, Amount) and not stated.unit:
        return True  # an index's points
    return not (isinstance(by, Amount) and by.unit in _PERCENTS) and _comparable(by, stated)


def _direction(old: Value, new: Value, delta: Interval) -> str | None:
    """Which way a value moved, if its figures say for certain.

    Rounding is monotone: two unequal figures are in the order they are written in, if
    each states its rounding plainly ("fell to 3.1 from 3.0" is a rise, though the
    intervals meet at 3.05; "2,000" may be rounded to thousands, so it is not). Figures
    of different precision are read as written too: an editor who states "13.5 crore"
    writes the value it moved to at that precision, so "lowered to 14 crore from 13.5
    crore" is a rise though 14 may round 13.52; a hedge ("about 14 crore") keeps the doubt.
    A round figure takes the precision of a figure written to its last unit that it is
    compared with: "rose to 100 points from 101" is a fall, though "100" alone may be
    rounded to tens; beside a figure that ends in zero too ("fell to 2,000 from 1,960")
    the step of the round one stays unsure.
    """
    if delta.low > 0 or delta.high < 0:
        return "up" if delta.low > 0 else "down"
    if not (_in_digits(old) and _in_digits(new)):
        return None
    if not ((_plain_step(old) and _plain_step(new)) or _to_last_unit(old) or _to_last_unit(new)):
        return None
    scale = max(abs(old.value), abs(new.value), _EPSILON)
    if math.isclose(new.value, old.value, rel_tol=0, abs_tol=_EPSILON * scale):
        return None
    return "up" if new.value > old.value else "down"


def _written_digits(value: Value) -> str:
    """A figure's digits as written, without grouping; a whole number in words that is
    read to its last unit ("eight per cent", "three billion") as the digits it names."""
    digits = _GROUPING.sub("", value.digits or "")
    if digits.isalpha() and value.high - value.low == value.multiplier:
        units = value.value / value.multiplier
        if units.is_integer():
            return str(int(units))
    return digits


def _in_digits(value: Value) -> bool:
    """Whether a figure is unhedged and written in digits (or as a whole number in words)."""
    return value.hedge is None and _written_digits(value).replace(".", "", 1).isdigit()


def _to_last_unit(value: Value) -> bool:
    """Whether a figure in digits ends in a digit other than zero: "101", "13.5", "eight"."""
    return _in_digits(value) and _written_digits(value)[-1] != "0"


def _plain_step(value: Value) -> bool:
    """Whether a figure is unhedged and written in digits whose rounding step is certain:
    with decimals, or with no more trailing zeros than its interval reads as rounding."""
    if not _in_digits(value):
        return False
    digits = _written_digits(value)
    zeros = len(digits) - len(digits.rstrip("0"))
    return "." in digits or zeros <= max(len(digits) - 2, 0)


def judge_total(ctx: JudgeContext, claim: Claim) -> Judgement | None:
    """The verdict on a stated total: the sum of its parts must round to it."""
    if not isinstance(claim, TotalClaim):
        return None
    values = [*claim.parts, claim.total]
    if not all(_comparable(claim.total, v) for v in values):
        return Judgement.unverifiable(said("total.units"))
    total = reduce(lambda a, b: a + b, (p.interval for p in claim.parts))
    point = sum(p.value for p in claim.parts)
    shown = _restate(claim.total, point, _finest(claim.parts, claim.total))
    parts = " + ".join(_show(p) for p in claim.parts)
    arithmetic = said(
        "total.arithmetic",
        parts=parts,
        total=_show(claim.total, shown),
        range=_range(total, claim.total),
    )
    # rounding is monotone: a part written above its total ("4.1 million, including 4.2
    # million") is above it for certain, though their intervals meet
    exceeded = claim.open and any(
        _direction(claim.total, p, p.interval - claim.total.interval) == "up" for p in claim.parts
    )
    if _overlap(total, claim.total.interval) and not exceeded:
        return Judgement.consistent(arithmetic)
    if claim.open and total.low <= claim.total.interval.high and not exceeded:  # may fall short
        return Judgement.consistent(
            said("total.open", arithmetic=arithmetic, wording=claim.wording)
        )
    message = said(
        "total.mismatch", total=_show(claim.total, shown), stated=_show(claim.total), parts=parts
    )
    if claim.open:
        listed = " + ".join(_show(p) for p in claim.parts)
        message = said(
            "total.open-exceeded",
            wording=claim.wording,
            total=_show(claim.total, shown),
            stated=_show(claim.total),
            parts=listed,
        )
    # a total the text does not state (shares of one whole make 100%) has no fix to offer
    unstated = claim.total.start is None and any(p.start is not None for p in claim.parts)
    fix = None if unstated else shown
    return Judgement.inconsistent(TOTAL, message, fix, arithmetic, _span(claim.total))


def judge_difference(ctx: JudgeContext, claim: Claim) -> Judgement | None:
    """The verdict on a stated difference: its size, and its sign where the roles are known."""
    if not isinstance(claim, DifferenceClaim):
        return None
    a, b, stated = claim.minuend, claim.subtrahend, claim.difference
    if not claim.ordered and a.value < b.value:
        a, b = b, a  # no side known: the larger first, "Rs 261 − Rs 143 is Rs 118"
    if not (_comparable(a, b) and _comparable(stated, a, absolute=True)):
        return Judgement.unverifiable(said("difference.units"))
    delta = a.interval - b.interval
    size = _magnitude(delta)
    point = abs(a.value - b.value)
    shown = _restate(stated, point, _finest((a, b), stated))
    arithmetic = said(
        "difference.arithmetic",
        a=_show(a),
        b=_show(b),
        difference=_signed(a.value - b.value, _show(stated, shown)),
        range=_range(delta, stated),
    )
    word = " ".join(claim.wording.lower().split())
    placed = _direction(b, a, delta)  # rounding is monotone: "1,561, 1 more than 1,562"
    actual = 1 if placed == "up" else -1 if placed == "down" else 0
    wrong_sign = wrong_place = None
    if claim.ordered and word in ("surplus", "deficit", "shortfall"):
        expected = 1 if word == "surplus" else -1
        if actual == -expected:
            wrong_sign = "surplus" if actual > 0 else "deficit"
    elif claim.ordered and word in _PLACING_WORDS and actual == -_PLACING_WORDS[word]:
        # "342,000, 24,000 more than the 366,000": the first value is the smaller
        wrong_place = "more than" if actual > 0 else "less than"
    fits = _overlap(size, _magnitude(stated.interval))
    if fits and wrong_sign is None and wrong_place is None:
        return Judgement.consistent(arithmetic)
    parts = []
    if not fits:
        parts.append(
            said(
                "difference.size",
                a=_show(a),
                b=_show(b),
                difference=_show(stated, shown),
                stated=_show(stated),
            )
        )
    if wrong_sign is not None:
        surplus = wrong_sign == "surplus"
        parts.append(said("difference.surplus" if surplus else "difference.deficit", stated=word))
    if wrong_place is not None:
        parts.append(
            said("difference.placed", a=_show(a), b=_show(b), placed=wrong_place, stated=word)
        )
    message = said("list.items", items=tuple(parts))
    suggestion = f"{wrong_sign or claim.wording} of {shown}"
    if wrong_place is not None:
        suggestion = f"{shown} {wrong_place}"
    elif wrong_sign is None and not _worded_before(claim):
        suggestion = shown  # "a 14-point lead": the figure alone is the fix
    return Judgement.inconsistent(
        DIFFERENCE, message, suggestion, arithmetic, _span(claim.difference)
    )


def _worded_before(claim: DifferenceClaim) -> bool:
    """Whether the difference's word comes before its figure: "a margin of 9 points"."""
    at = (claim.difference.start or 0) - (claim.start or 0)
    before = " ".join(claim.text[:at].lower().split())
    return at >= 0 and before.endswith(f"{' '.join(claim.wording.lower().split())} of")


def judge_per_capita(ctx: JudgeContext, claim: Claim) -> Judgement | None:
    """The verdict on a per-capita figure: the total divided by the population."""
    if not isinstance(claim, PerCapitaClaim):
        return None
    total, per, count = claim.total, claim.per, claim.count
    if not _comparable(total, per):
        return Judgement.unverifiable(said("per-capita.units"))
    if count.interval.low <= 0:
        return Judgement.unverifiable(said("per-capita.no-population"))
    computed = total.interval / count.interval
    point = total.value / count.value
    written = point * (_written_per_value(per) or 1)  # "$2.4 million", not "$2.400000 million"
    decimals = min(_resolved(computed, per), _clear_decimals(written, _decimals(per.digits)))
    shown = _restate(per, point, decimals)
    arithmetic = said(
        "per-capita.arithmetic",
        total=_show(total),
        count=_show(count),
        per=_show(per, shown),
        wording=claim.wording,
        range=_range(computed, per),
    )
    if computed.meets(per.interval):
        return Judgement.consistent(arithmetic)
    if claim.open and per.interval.low <= computed.high:  # a pool's shares may fall short
        return Judgement.consistent(said("per-capita.open", arithmetic=arithmetic))
    message = said(
        "per-capita.open-exceeded" if claim.open else "per-capita.mismatch",
        total=_show(total),
        count=_show(count),
        per=_show(per, shown),
        wording=claim.wording,
        stated=_show(per),
    )
    return Judgement.inconsistent(PER_CAPITA, message, shown, arithmetic, _span(per))


def judge_restated_figure(ctx: JudgeContext, claim: Claim) -> Judgement | None:
    """The verdict on a figure stated twice: the two statements must be able to agree."""
    if not isinstance(claim, RestatedFigureClaim):
        return None
    first, second = claim.first, claim.second
    if not claim.period:  # a bracket restates the figure as written, hedge aside
        first, second = first.as_written(), second.as_written()
    allowed = said(
        "restated.arithmetic",
        first=_show(first),
        first_range=_range(first.interval, first),
        second=_show(second),
        second_range=_range(second.interval, second),
    )
    # A count respelled in another numbering ("20.64 crore (20,64,26,947)") is exact, as a
    # unit factor is: only its rounding and hedges give slack, never the tolerance.
    tolerance = ctx.tolerance if claim.period else 0.0
    if first.interval.widen(tolerance).meets(second.interval):
        return Judgement.consistent(allowed)
    arithmetic = allowed
    if tolerance:
        arithmetic = said("restated.apart", allowed=allowed, tolerance=_trim(tolerance * 100, 1))
    message = said(
        "restated.mismatch",
        metric=claim.metric,
        period=claim.period,
        first=_show(first),
        second=_show(second),
    )
    if not claim.period:  # a count restated in brackets: "3.2 crore (42 million) voters"
        shown = _restate(second, first.value, _finest((first,), second))
        message = said(
            "restated.count",
            first=" ".join(filter(None, (_show(first), claim.metric))),
            correct=_show(second, shown),
            stated=_show(second),
        )
    return Judgement.inconsistent(RESTATED, message, first.text, arithmetic)


def _points_of_an_amount(by: Value, new: Value) -> bool:
    """Whether a change of an amount of money is stated in percentage or basis points,
    which only a percentage moves by: "grew 7.22 percentage points to Rs 3,91,263 crore"."""
    return (
        isinstance(new, Money)
        and isinstance(by, Amount)
        and by.unit == "percentage_point"
        and _NAMED_POINTS.search(by.text or "") is not None
    )


def _points_as_percent_of_an_amount(
    claim: ChangeClaim,
    by: Value,
    old: Value,
    new: Value,
    relative: Interval | None,
    arithmetic: Said,
) -> Judgement | None:
    """The slip of an amount's change written in points; None if the values give no
    percentage to offer instead."""
    if relative is None:
        return None
    point = (new.value / old.value - 1) * 100
    message = said(
        "change.points-of-an-amount",
        old=_show(old),
        new=_show(new),
        percent=_percent(point),
        stated=by.text or "",
    )
    fixed = _restate(by, abs(point), max(1, _decimals(by.digits)), suffix="%")
    return Judgement.inconsistent(CHANGE, message, _phrase(claim, fixed), arithmetic)


def _as_printed(stated: Interval, digits: str | None) -> Interval:
    """A stated percentage's interval, allowing for how writers print one: cut off rather
    than rounded (10.868% printed "10.86": a half unit more, away from zero); rounded twice
    (10.49% to a release's "10.5", then to "11": a twentieth of a unit more, toward zero);
    and a last zero of two or more decimals that only pads ("33.60" for 33.6: the unit is
    ten times as large; "2.0%", in one-decimal statistics, is not padding)."""
    decimals = _decimals(digits)
    padded = decimals > 1 and (digits or "").endswith("0")  # "2.0%" is a statistician's
    half = 0.5 * 10 ** -(decimals - 1 if padded else decimals)  # a hedge's bound stays
    pad = half * 0.9 if padded else 0.0
    low, high = stated.low - pad, stated.high + pad
    if stated.low >= 0:
        return Interval(low - half / 10, high + half)
    return Interval(low - half, high + half / 10)


def _check_by(
    ctx: JudgeContext, claim: ChangeClaim, by: Value, old: Value, new: Value, arithmetic: Said
) -> Judgement | None:
    """A slip in one stated change, or None if it fits (or cannot be checked)."""
    sign = 1 if claim.direction == "up" else -1
    stated = by.interval.scale(sign)
    delta = new.interval - old.interval
    percents = _is_percent(old) and _is_percent(new)
    relative = _relative(old, new)
    if isinstance(by, Amount) and by.unit == "percent":
        if relative is None or relative.meets(_as_printed(stated, by.digits)):  # see docstring
            return None
        point = (new.value / old.value - 1) * 100
        if percents and delta.meets(stated.widen(ctx.tolerance)):
            change = new.value - old.value
            points = _restate(by, abs(change), _decimals(by.digits), suffix=" percentage points")
            message = said(
                "change.points-as-percent",
                old=_show(old),
                new=_show(new),
                points=_signed(change, _trim(abs(change))),
                percent=_percent(point),
                stated=_percent(sign * by.value),
            )
            return Judgement.inconsistent(CHANGE, message, _phrase(claim, points), arithmetic)
        decimals = _clear_decimals(abs(point), _decimals(by.digits))
        fixed = _restate(by, abs(point), decimals)
        if fixed == by.text:
            decimals = _decimals(by.digits) + 1
            fixed = _restate(by, abs(point), decimals)
        message = said(
            "change.percent",
            old=_show(old),
            new=_show(new),
            percent=_percent(point, max(1, decimals)),
            stated=_percent(sign * by.value, max(1, _decimals(by.digits))),
        )
        return Judgement.inconsistent(CHANGE, message, _phrase(claim, fixed), arithmetic)
    if percents and isinstance(by, Amount) and by.unit == "percentage_point":
        if delta.meets(stated.widen(ctx.tolerance)):
            return None
        change = new.value - old.value
        in_percent = relative is not None and relative.meets(stated.widen(ctx.tolerance))
        message = said(
            "change.points-in-percent" if in_percent else "change.points",
            old=_show(old),
            new=_show(new),
            points=_signed(change, _trim(abs(change))),
            stated=_signed(sign * by.value, _trim(by.value)),
            value=_trim(by.value),
        )
        fixed = _restate(by, abs(change), max(1, _decimals(by.digits)))
        return Judgement.inconsistent(CHANGE, message, _phrase(claim, fixed), arithmetic)
    if _points_of_an_amount(by, new):
        return _points_as_percent_of_an_amount(claim, by, old, new, relative, arithmetic)
    if not _comparable(by, new, absolute=True) or _overlap(delta, stated):
        return None
    change = new.value - old.value
    shown = _restate(by, abs(change), _finest((old, new), by))
    message = said(
        "change.rise-of" if change > 0 else "change.fall-of",
        old=_show(old),
        new=_show(new),
        change=_show(by, shown),
        stated=_show(by),
    )
    return Judgement.inconsistent(CHANGE, message, _phrase(claim, _show(by, shown)), arithmetic)


def _check_multiple(
    ctx: JudgeContext,
    claim: ChangeClaim,
    multiple: Amount,
    old: Value,
    new: Value,
    arithmetic: Said,
) -> Judgement | None:
    """A slip in a stated multiple ("tripled", "halved"), or None if it fits."""
    up = claim.direction == "up"
    if old.interval.low <= 0 or new.interval.low <= 0:
        return None
    ratio = new.interval / old.interval if up else old.interval / new.interval
    if ratio.meets(multiple.interval.widen(ctx.tolerance)):
        return None
    point = new.value / old.value if up else old.value / new.value
    message = said(
        ("change.times" if up else "change.times-smaller")
        if multiple.text
        else ("change.times-unworded" if up else "change.times-smaller-unworded"),
        old=_show(old),
        new=_show(new),
        times=_trim(point, 2),
        stated=multiple.text,
        stated_times=_trim(multiple.value),
    )
    return Judgement.inconsistent(CHANGE, message, _multiple_words(point, up), arithmetic)


def _wrong_direction(
    claim: ChangeClaim, old: Value, new: Value, actual: str, arithmetic: Said
) -> Judgement:
    up = actual == "up"
    sized = _relative(old, new) is not None
    message = said(
        ("change.rise-sized" if up else "change.fall-sized")
        if sized
        else ("change.rise" if up else "change.fall"),
        old=_show(old),
        new=_show(new),
        size=_percent((new.value / old.value - 1) * 100) if sized else None,
        wording=claim.wording,
    )
    return Judgement.inconsistent(DIRECTION, message, _opposite(claim.wording, actual), arithmetic)


def _change_arithmetic(old: Value, new: Value) -> Said:
    """The change worked out: the difference, and the relative change with its range."""
    change = new.value - old.value
    shown = _show(new, _restate(new, abs(change), _finest((old, new), new)))
    difference = said(
        "change.difference", new=_show(new), old=_show(old), change=_signed(change, shown)
    )
    relative = _relative(old, new)
    if relative is None:
        return difference
    return said(
        "change.relative",
        difference=difference,
        percent=_percent((new.value / old.value - 1) * 100),
        old=_show(old),
        low=_percent(relative.low),
        high=_percent(relative.high),
    )


def _no_ratio(old: Value, new: Value, *, multiple: bool) -> Said | None:
    """Why a change has no percentage (or multiple) to check, or None when it has one."""
    if old.interval.low <= 0 <= old.interval.high:
        return said("change.from-zero" if old.value == 0 else "change.from-maybe-zero")
    if old.interval.high < 0:
        return said("change.from-negative")
    if math.isinf(old.interval.high):
        return said("change.from-open-ended")
    if multiple and new.interval.low <= 0:
        return said("change.to-zero-multiple")
    return None


def _relative(old: Value, new: Value) -> Interval | None:
    """The relative change in percent, or None when the old value may be zero or negative."""
    if old.interval.low <= 0 or math.isinf(old.interval.high):
        return None
    ratio = new.interval / old.interval
    return Interval(ratio.low * 100 - 100, ratio.high * 100 - 100)


def _comparable(a: Value, b: Value, *, absolute: bool = False) -> bool:
    """Whether two values share a currency or unit (`absolute`: index points count as a unit)."""
    if isinstance(a, Money) or isinstance(b, Money):
        return isinstance(a, Money) and isinstance(b, Money) and a.currency == b.currency
    if absolute and a.unit == "percentage_point" and b.unit in ("", "percent"):
        return True
    return a.unit == b.unit


def _is_percent(value: Value) -> bool:
    return isinstance(value, Amount) and value.unit in _PERCENTS


def _overlap(a: Interval, b: Interval) -> bool:
    """Whether two intervals share more than a boundary point (or meet, if one is a point)."""
    ends = [abs(x) for x in (a.low, a.high, b.low, b.high) if math.isfinite(x)]
    eps = _EPSILON * max([1.0, *ends])
    width = min(a.high, b.high) - max(a.low, b.low)
    point = a.high - a.low <= eps or b.high - b.low <= eps
    return width > eps or (point and width >= -eps)


def _magnitude(interval: Interval) -> Interval:
    """The interval of absolute values."""
    if interval.low >= 0:
        return interval
    if interval.high <= 0:
        return Interval(-interval.high, -interval.low)
    return Interval(0.0, max(-interval.low, interval.high))


def _decimals(digits: str | None) -> int:
    """How many decimals a figure was written with ("48.31" -> 2, "41-point-26" -> 2)."""
    match = re.search(r"(?:\.|point-|,(?=[0-9]{1,2}\Z))([0-9]+)$", digits or "")
    return len(match.group(1)) if match else 0


def _written_per_value(value: Value) -> float | None:
    """The factor from a value to the number as written (1e-9 for "2.1 billion", 100 for bps)."""
    match = _NUMBER.fullmatch(value.digits or "")
    if match is None or value.value == 0:
        return None
    number = _GROUPING.sub("", _DECIMAL_COMMA.sub(".", match.group()))
    return abs(float(number) / value.value)


def _finest(values: Sequence[Value], like: Value) -> int:
    """The decimals, in `like`'s written scale, of the finest rounding among `values`."""
    factor = _written_per_value(like)
    if factor is None:
        return 1
    return _places(min(_rounding(v) for v in values) * factor, 0)


def _rounding(value: Value) -> float:
    """The unit a figure was rounded to, in its value's terms: 1e8 for "2.1 billion", 0.001
    points for "0.9 basis points"."""
    factor = _written_per_value(value)
    return _written_unit(value) / factor if factor else _written_unit(value) * value.multiplier


def _written_unit(value: Value) -> float:
    """The unit a figure was written to, a whole number's trailing zeros included: 0.01 for
    "48.31", 10,000 for "680,000" (so that 1.52 million + 680,000 shows as 2.20 million)."""
    decimals = _decimals(value.digits)
    whole = re.sub(r"\D", "", value.digits or "")
    if decimals or not whole.strip("0"):
        return float(10**-decimals)
    return float(10 ** (len(whole) - len(whole.rstrip("0"))))


def _resolved(computed: Interval, like: Value) -> int:
    """The decimals, in `like`'s written scale, that a quotient's interval resolves: a
    ratio of exact counts has more than its counts ("9 805 384 over 4 015 186 is 2.44")."""
    return _places((computed.high - computed.low) * (_written_per_value(like) or 1), 2)


def _places(unit: float, exact: int) -> int:
    """The decimals a number rounded to `unit` is written with; `exact` for no rounding,
    none for an unbounded one ("more than $1.2 trillion" over a population)."""
    if not math.isfinite(unit):
        return 0
    return max(0, -math.floor(math.log10(unit) + _EPSILON)) if unit > 0 else exact


def _restate(like: Value, value: float, decimals: int, *, suffix: str | None = None) -> str:
    """`value` written the way `like` was ("20 percent" -> "14 percent", "€2.4 bn" -> "€7 bn")."""
    factor = _written_per_value(like)
    text, digits = like.text or "", like.digits or ""
    number = _separated(f"{value * (factor or 1):,.{decimals}f}", digits)
    if factor is None or digits not in text:  # a range, a word, or a claim built by hand
        unit = " percent" if _is_percent(like) else ""
        return f"{_trim(value, decimals)}{suffix if suffix is not None else unit}"
    start = text.index(digits)
    rest = text[start + len(digits) :] if suffix is None else suffix
    return f"{text[:start]}{number}{rest}"


def _separated(number: str, digits: str) -> str:
    """A number written with "," groups and a "." decimal point, with the separators of
    `digits` instead: "1 422,2" for a writer's "1 392,6", "4 971" for "4 667"."""
    spaced = _SPACE_GROUP.search(digits)
    comma = _DECIMAL_COMMA.search(digits) is not None
    if spaced is None and not comma:
        return number
    gap = spaced["gap"] if spaced is not None else " "
    return number.translate({ord(","): gap, ord("."): "," if comma else "."})


def _span(value: Value) -> tuple[int, int] | None:
    """A stated figure's place, to mark it rather than the whole claim."""
    return (value.start, value.end) if value.start is not None and value.end is not None else None


def _clear_decimals(value: float, least: int) -> int:
    """Decimals enough (from `least`, at most 2) that the rounded fix is not a borderline
    figure itself: 2.5 is written "2.5", not "3", but 19.06 is "19"."""
    decimals = least
    while decimals < 2 and abs(round(value, decimals) - value) > 0.4 * 10**-decimals:
        decimals += 1
    return decimals


def _show(value: Value, restated: str | None = None) -> str:
    """A value for a message as written (or `restated` the same way).

    A bare figure that took its scale and currency or percent sign from another
    ("4, 7 and 9 billion euros") is shown with them: "4 billion EUR"; one that took points
    ("from 119,662 to 122,637 points") with "points".
    """
    text = restated if restated is not None else (value.text or _trim(value.value))
    digits, scale = value.digits or "", value.scale or ""
    written = (value.text or "").replace(digits, "", 1).replace(scale, "", 1).strip()
    if written:
        return text
    if _is_percent(value) and not any(c.isdigit() for c in digits):  # a fraction: "a third"
        return formatting.written(text)
    if scale and scale not in text:
        text = f"{text} {scale}"
    if isinstance(value, Money):
        return f"{text} {value.currency}"
    if isinstance(value, Amount) and value.unit == "percentage_point":
        return f"{text} points"  # "119,662 points", taken from "122,637 points"
    return f"{text}%" if _is_percent(value) else text


def _range(interval: Interval, like: Value) -> str:
    factor = _written_per_value(like) or 1
    return f"{_trim(interval.low * factor, 4)} to {_trim(interval.high * factor, 4)}"


def _trim(value: float, digits: int = 3) -> str:
    """A number with up to `digits` decimals and no trailing zeros: 7, 0.25, 14.3."""
    if not math.isfinite(value):
        return formatting.number(value)
    text = f"{value:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _signed(value: float, shown: str) -> str:
    return f"{_MINUS if value < 0 else '+'}{shown.lstrip('-')}"


def _percent(value: float, decimals: int = 1) -> str:
    return f"{_MINUS if value < 0 else '+'}{_trim(abs(value), decimals)}%"


def _phrase(claim: ChangeClaim, figure: str) -> str:
    """The change rewritten with a corrected figure, in the writer's order."""
    if claim.wording_first:
        return f"{claim.wording} {figure}"
    return f"{figure} {claim.wording}"


def _opposite(wording: str, actual: str) -> str:
    """The word for the other direction: 'fell' -> 'rose', 'revised down' -> 'revised up'."""
    words = wording.split()
    last = words[-1].lower()
    whole = " ".join(words).lower()
    if whole in _OPPOSITES:
        swapped = _OPPOSITES[whole]
        return swapped.capitalize() if wording[0].isupper() else swapped
    if last in _OPPOSITES and (len(words) == 1 or last not in ("up", "down")):
        swapped = _OPPOSITES[last]
        if words[-1][0].isupper():
            swapped = swapped.capitalize()
        return " ".join([*words[:-1], swapped])
    if wording.lower().endswith("ing"):
        return "rising" if actual == "up" else "falling"
    return "rose" if actual == "up" else "fell"


def _multiple_words(point: float, up: bool) -> str:
    """A multiple in words: 2.25 -> 'more than doubled'; down by 2.5 times -> 'fell 60 percent'."""
    if not up:
        return f"fell {_trim((1 - 1 / point) * 100, 0)} percent"
    nearest = round(point)
    word = _MULTIPLE_WORDS.get(nearest)
    if word is None or nearest < 2:
        return f"rose {_trim((point - 1) * 100, 0)} percent"
    if point > nearest * 1.05:
        return f"more than {word}"
    if point < nearest * 0.95:
        return f"nearly {word}"
    return word
