"""Shares, fraction restatements and breakdowns judged with interval arithmetic.

- A share is consistent when its interval meets the part's interval divided by the
  whole's (times 100), widened by the relative tolerance. Part and whole must be in one
  currency (money), counts, or one physical dimension (pint converts the part into the
  whole's unit). A share with no part or whole stated is left to checks against facts.
- A fraction restated as a percentage is consistent when the two intervals meet after
  widening: "a quarter" is anything a writer rounds to a quarter (22.2% to 28.6%). A
  fraction a hedge bounds is not widened: "fewer than half (52%)" is wrong.
- A breakdown's shares add up to at most 100% (exactly 100% when the text says the
  list is complete), and each amount listed with its share must be that share of the
  whole.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from claimcheck import formatting, vocabulary
from claimcheck.interval import Interval
from claimcheck.model.claims import (
    Amount,
    BreakdownClaim,
    Claim,
    FractionRestatementClaim,
    Money,
    ShareClaim,
)
from claimcheck.model.judgement import Judgement, Said, said

if TYPE_CHECKING:
    from claimcheck.judges.context import JudgeContext

SHARE_OF_WHOLE = "share-of-whole"
FRACTION_PERCENT = "fraction-percent-mismatch"
SHARES_SUM = "shares-sum"

_WHOLE = 100.0
# The simple fractions a writer rounds a percentage to, by denominator: 2 "half" to 10 "tenth".
# (Read backwards, so that each denominator keeps its first spelling.)
_DENOMINATORS = {
    int(value): word
    for word, value in reversed(vocabulary.values("proportions", "fractions").items())
    if int(value) <= 10
}
_NUMERATORS = {int(value): word for word, value in vocabulary.values("numbers", "ones").items()}


def judge_share(ctx: JudgeContext, claim: Claim) -> Judgement | None:
    """A share against the part and whole it was computed from."""
    assert isinstance(claim, ShareClaim)
    if claim.part is None or claim.whole is None:
        return None
    computed = _share_of(claim.part, claim.whole)
    if isinstance(computed, Said):
        return Judgement.unverifiable(computed)
    interval, point, arithmetic = computed
    if claim.share.interval.meets(interval.widen(ctx.tolerance)):
        return Judgement.consistent(arithmetic)
    return Judgement.inconsistent(
        SHARE_OF_WHOLE,
        said("share.not", computed=arithmetic, stated=_stated(claim.share)),
        f"{_percent(point)} percent",
        arithmetic,
    )


# A fraction a hedge bounds ("fewer than half", "nearly two-thirds") is bounded at the
# fraction itself: "fewer than half (52%)" is wrong for certain, so the percentage's own
# rounding is the only slack, no tolerance on top.
_BOUNDING_HEDGES = ("above", "below", "nearly")


def judge_restatement(ctx: JudgeContext, claim: Claim) -> Judgement:
    """A fraction and the percentage that restates it."""
    assert isinstance(claim, FractionRestatementClaim)
    first, second = claim.first, claim.second
    arithmetic = said(
        "share.restated",
        first=_stated(first),
        first_range=_range(first),
        second=_stated(second),
        second_range=_range(second),
    )
    fraction = first if first.is_fraction else second
    percentage = second if fraction is first else first
    tolerance = 0.0 if fraction.hedge in _BOUNDING_HEDGES else ctx.tolerance
    if first.interval.meets(second.interval.widen(tolerance)):
        return Judgement.consistent(arithmetic)
    message = said(
        "share.fraction-not-percent",
        fraction=_stated(fraction),
        value=_percent(fraction.value),
        range=_range(fraction),
        percentage=_stated(percentage),
        percent=_percent(percentage.value),
        nearest=nearest_fraction(percentage.value),
    )
    suggestion = (
        f"{_percent(first.value)} percent"
        if second is percentage
        else nearest_fraction(first.value)
    )
    return Judgement.inconsistent(FRACTION_PERCENT, message, suggestion, arithmetic)


def judge_breakdown(ctx: JudgeContext, claim: Claim) -> Judgement:
    """A breakdown's shares against 100%, and the amounts listed with them against the whole."""
    assert isinstance(claim, BreakdownClaim)
    total = Interval.exact(0.0)
    for item in claim.items:
        total = total + item.share.interval
    terms = " + ".join(f"{_percent(item.share.value)}%" for item in claim.items)
    point = sum(item.share.value for item in claim.items)
    arithmetic = [said("share.sum", terms=terms, total=_percent(point))]
    problems = []
    allowed = Interval.exact(_WHOLE) if claim.complete else Interval(0.0, _WHOLE)
    if not total.widen(ctx.tolerance).meets(allowed):
        over = total.low > _WHOLE
        problems.append(said("share.over" if over else "share.short", sum=arithmetic[0]))
    suggestion = None
    for item in claim.items:
        if item.part is None or claim.whole is None:
            continue
        computed = _share_of(item.part, claim.whole)
        if isinstance(computed, Said):
            continue
        interval, share, division = computed
        arithmetic.append(division)
        if not item.share.interval.meets(interval.widen(ctx.tolerance)):
            problems.append(said("share.not", computed=division, stated=_stated(item.share)))
            suggestion = suggestion or f"{_percent(share)} percent"
    if not problems:
        return Judgement.consistent(said("list.items", items=tuple(arithmetic)))
    return Judgement.inconsistent(
        SHARES_SUM,
        said("list.items", items=tuple(problems)),
        suggestion,
        said("list.items", items=tuple(arithmetic)),
    )


def nearest_fraction(percent: float) -> str:
    """The simple fraction a writer would give for a percentage: 35 -> 'a third'."""
    value = percent / _WHOLE
    _, n, d = min(
        (abs(n / d - value), n, d)
        for d in _DENOMINATORS
        for n in range(1, d)
        if math.gcd(n, d) == 1
    )
    name = _DENOMINATORS[d]
    if n == 1:
        return f"a {name}"
    return f"{_NUMERATORS[n]}-{name}s"


def _share_of(part: Money | Amount, whole: Money | Amount) -> tuple[Interval, float, Said] | Said:
    """The part as a percentage of the whole: interval, point and arithmetic; or why not."""
    factor = 1.0
    shown: str | Said = _quantity(part)
    if isinstance(part, Money) and isinstance(whole, Money):
        if not set(part.candidates) & set(whole.candidates):
            return said("share.currencies", part=part.currency, whole=whole.currency)
    elif isinstance(part, Money) or isinstance(whole, Money):
        other = whole if isinstance(part, Money) else part
        if isinstance(other, Amount) and other.unit:
            return said("share.money-and-unit", unit=other.unit)
    elif part.unit != whole.unit:
        from claimcheck.model.units import pint, registry  # loads pint: only when needed

        try:
            factor = float(registry().Quantity(1.0, part.unit).to(whole.unit).magnitude)
        except (pint.errors.DimensionalityError, pint.errors.UndefinedUnitError):
            return said("share.units", part=part.unit, whole=whole.unit)
        converted = part.model_copy(update={"value": part.value * factor, "unit": whole.unit})
        shown = said("share.converted", part=shown, converted=_quantity(converted))
    if whole.low <= 0:
        return said("share.whole-not-positive")
    interval = (part.interval.scale(factor) / whole.interval).scale(_WHOLE)
    point = part.value * factor / whole.value * _WHOLE
    division = said("share.division", part=shown, whole=_quantity(whole), percent=_percent(point))
    return interval, point, division


def _quantity(stated: Money | Amount) -> str:
    """An amount as a message gives it: '13.7 trillion CNY', '400 km²', '31'; a figure
    written without a scale word keeps its digits: '2,731,968', not '2.731968 million'."""
    written = stated.digits or ""
    if stated.multiplier == 1 and stated.scale is None and _DIGITS_AS_WRITTEN.fullmatch(written):
        text = written
    else:
        text = formatting.amount(stated.value, "", _digits(stated))
    if isinstance(stated, Money):
        return f"{text} {stated.currency}"
    if stated.unit:
        from claimcheck.model.units import registry  # loads pint: only when needed

        return f"{text} {registry().Unit(stated.unit):~P}"
    return text


_DIGITS_AS_WRITTEN = re.compile(r"\d[\d,. \u00a0\u202f']*")


def _digits(stated: Money | Amount) -> int:
    """How many significant digits the figure was written with (3 for words); a whole
    number's last zeros are its rounding: "5,500" has two."""
    digits = (stated.digits or "").lstrip("0.,")
    if "." not in digits:
        digits = digits.rstrip("0,")
    return sum(c.isdigit() for c in digits) or 3


def _stated(share: Amount) -> str:
    """A proportion as written: '35 percent', 'a quarter'."""
    return formatting.written(share.text) if share.text else f"{_percent(share.value)}%"


def _range(share: Amount) -> str:
    return f"{_percent(share.low)}%–{_percent(share.high)}%"


def _percent(value: float) -> str:
    """A percentage as a writer gives it: 10.2, 5.2, 64.5, 110, 0.6."""
    if not math.isfinite(value) or value == 0:
        return formatting.number(value)
    magnitude = math.floor(math.log10(abs(value)))
    text = formatting.number(value, max(1, magnitude + 2))
    return text[:-2] if text.endswith(".0") else text
