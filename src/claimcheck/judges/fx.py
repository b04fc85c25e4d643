"""Currency conversions judged against the document's own rates and reference rates.

A conversion "A (B)" implies a rate: A's interval divided by B's, in units of A's
currency per unit of B's, each figure as written (an open hedge bounds the quantity; the
bracket converts the figure). It is consistent when that interval meets, under any reading
of an ambiguous mark ("¥" is yen or yuan), the document's own rate for the pair or
else the reference range of any of its periods (the low and high daily fixings),
widened by the relative tolerance. A reading with no reference rate at all makes a
conversion that fits no other reading unverifiable, not wrong. When it is not
consistent, the assessment looks for the likely slip, in this order: a scale word
(thousand, million, billion...), a rate used upside down, a currency the document
names or that shares the written mark, a power of ten, any other currency.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Final, Literal

from claimcheck import formatting
from claimcheck.interval import Interval
from claimcheck.model.claims import ConversionClaim, Money, StatedRateClaim, Verdict
from claimcheck.model.judgement import Said, said
from claimcheck.period import Period
from claimcheck.reference.currencies import shares_mark
from claimcheck.reference.rates import RateRange, RateTable
from claimcheck.reference.scales import scale_word_for

Diagnosis = Literal["magnitude", "inverted", "mislabel", "off-reference", "off-stated-rate"]
MAGNITUDE: Final = "magnitude"
INVERTED: Final = "inverted"
MISLABEL: Final = "mislabel"
OFF_REFERENCE: Final = "off-reference"
OFF_STATED_RATE: Final = "off-stated-rate"

_SCALE_FACTORS = (1e3, 1e6, 1e9, 1e12)
_POWERS_OF_TEN = (10.0, 100.0)
# A currency the document does not name but whose mark it writes is suggested only when
# its mean rate is this close (as a log ratio) to the stated figures' rate: the dollar sign
# alone is shared by fifteen currencies, and one of their yearly ranges is often near enough
# by chance. Its rate must come from daily rates: an annual mean is too coarse to accuse a
# story of it. A currency neither named nor sharing the mark is never suggested.
_UNNAMED_CURRENCY_REACH = 0.03
_FIRST_YEAR = 1999  # the first year of the euro reference rates


@dataclass(frozen=True, slots=True)
class Basis:
    """What a conversion was measured against: a reference range or the document's own rate."""

    expected: Interval
    mean: float
    period: Period | None
    description: Said  # what the claim's `rate_used` says
    stated: StatedRateClaim | None = None
    mean_only: bool = False  # the range rests on annual means, not daily rates


@dataclass(frozen=True, slots=True)
class FxAssessment:
    """The verdict on one conversion, and for an inconsistent one the likely slip."""

    claim: ConversionClaim
    verdict: Verdict
    reading: tuple[str, str]
    implied: Interval
    basis: Basis | None = None
    reason: Said | None = None
    diagnosis: Diagnosis | None = None
    message: Said | None = None
    suggestion: str | None = None
    span: tuple[int, int] | None = None  # findings mark the whole conversion

    @property
    def arithmetic(self) -> Said:
        a, b = self.reading
        implied = said(
            "fx.arithmetic",
            source=_written(self.claim.source, a),
            target=_written(self.claim.target, b),
            rate=self.claim.implied_rate,
            a=a,
            b=b,
            low=self.implied.low,
            high=self.implied.high,
        )
        if self.basis is None:
            return implied
        expected = self.basis.expected
        return said(
            "fx.arithmetic-basis",
            implied=implied,
            basis=self.basis.description,
            low=expected.low,
            high=expected.high,
            a=a,
            b=b,
            mean=self.basis.mean,
        )


def _written(money: Money, currency: str) -> str:
    """An amount as the text wrote it, or as a reader would write it for a hand-built claim."""
    if money.text and money.currency == currency:
        return " ".join(money.text.split())
    return formatting.amount(money.value, currency)


@dataclass(frozen=True)
class FxContext:
    """What conversions are judged against."""

    rates: RateTable
    tolerance: float
    stated_rates: Sequence[StatedRateClaim]
    currency_context: Mapping[str, float]

    @cached_property
    def _stated_by_pair(self) -> dict[frozenset[str], list[tuple[int, StatedRateClaim]]]:
        by_pair: dict[frozenset[str], list[tuple[int, StatedRateClaim]]] = {}
        for rate in self.stated_rates:
            by_pair.setdefault(frozenset((rate.currency, rate.per)), []).append(
                (rate.start or 0, rate)
            )
        for rates in by_pair.values():
            rates.sort(key=lambda item: item[0])
        return by_pair

    def stated_rate(self, a: str, b: str, near: int = 0) -> StatedRateClaim | None:
        """The document's own rate between two currencies, in either direction.

        Of several, the one stated nearest to offset `near`.
        """
        rates = self._stated_by_pair.get(frozenset((a, b)), [])
        index = bisect.bisect_left(rates, near, key=lambda item: item[0])
        nearby = rates[max(0, index - 1) : index + 1]
        return min(nearby, key=lambda item: abs(item[0] - near), default=(0, None))[1]

    def reference(self, a: str, b: str, periods: Sequence[Period]) -> Iterator[RateRange]:
        for period in periods:
            found = self.rates.cross(a, b, period)
            if found is not None:
                yield found


def assess(claim: ConversionClaim, ctx: FxContext, default: Period) -> FxAssessment:
    """Judge one conversion under every reading of its currency marks."""
    periods = claim.periods or (default,)
    readings = [(a, b) for a in claim.source.candidates for b in claim.target.candidates if a != b]
    if not readings or claim.source.value <= 0 or claim.target.value <= 0:
        unbounded = Interval(-math.inf, math.inf)
        reason = said("fx.not-positive" if readings else "fx.same-currency")
        reading = readings[0] if readings else (claim.source.currency, claim.target.currency)
        return FxAssessment(claim, "unverifiable", reading, unbounded, reason=reason)
    implied = claim.source.as_written().interval / claim.target.as_written().interval
    measured: list[tuple[tuple[str, str], Basis]] = []
    unmeasured: list[tuple[str, str]] = []
    for reading in readings:
        bases = _bases(reading, periods, ctx, claim.start or 0)
        for basis in bases:
            if implied.meets(basis.expected.widen(ctx.tolerance)):
                return FxAssessment(claim, "consistent", reading, implied, basis)
            measured.append((reading, basis))
        if not bases:
            unmeasured.append(reading)
    if unmeasured:
        a, b = unmeasured[0]
        missing = a if all(ctx.rates.per_usd(a, p) is None for p in periods) else b
        reason = said("fx.no-rate", currency=missing, periods=", ".join(p.label for p in periods))
        return FxAssessment(claim, "unverifiable", unmeasured[0], implied, reason=reason)
    # Each reading is measured against its closest basis; the first reading whose miss
    # a specific slip explains is reported, else the likeliest reading's.
    found = []
    for reading in dict.fromkeys(m[0] for m in measured):
        _, basis = min(
            (m for m in measured if m[0] == reading),
            key=lambda m: implied.ratio_to(m[1].expected),
        )
        found.append(_diagnose(claim, ctx, reading, implied, basis))
    return next((f for f in found if f.diagnosis != OFF_REFERENCE), found[0])


def _bases(
    reading: tuple[str, str], periods: Sequence[Period], ctx: FxContext, near: int
) -> list[Basis]:
    a, b = reading
    stated = ctx.stated_rate(a, b, near)
    if stated is not None:
        expected = stated.per_unit_of(b)
        document = said("fx.document-rate", stated=stated.text)
        return [Basis(expected, expected.mid, None, document, stated)]
    return [
        Basis(
            ref.interval,
            ref.mean,
            ref.period,
            said("fx.reference", source=ref.source, period=describe(ref.period)),
            mean_only=ref.mean_only,
        )
        for ref in ctx.reference(a, b, periods)
    ]


def describe(period: Period) -> Said:
    """A period and where it was read from: '2025 (latest full year; the text names no period)'."""
    return said(f"period.{period.source}", label=period.label)


def _diagnose(
    claim: ConversionClaim,
    ctx: FxContext,
    reading: tuple[str, str],
    implied: Interval,
    basis: Basis,
) -> FxAssessment:
    a, b = reading
    expected = basis.expected.widen(ctx.tolerance)
    point = claim.implied_rate
    rate = said("fx.rate", rate=point, a=a, b=b)

    def found(diagnosis: Diagnosis, message: Said, suggestion: str | None) -> FxAssessment:
        return FxAssessment(
            claim, "inconsistent", reading, implied, basis, None, diagnosis, message, suggestion
        )

    at_basis = formatting.amount(claim.source.value / basis.mean, b)
    if basis.stated is not None:
        off = _percent_off(point, basis.mean)
        return found(
            OFF_STATED_RATE,
            said("fx.off-stated-rate", rate=rate, off=off, stated=basis.stated.text),
            at_basis,
        )
    low, high = basis.expected.low, basis.expected.high
    where = (
        said("fx.range-for", a=a, b=b, low=low, high=high, period=describe(basis.period))
        if basis.period is not None
        else said("fx.range", a=a, b=b, low=low, high=high)
    )
    if basis.mean_only:
        where = said("fx.mean-only", range=where)

    def magnitude(factors: tuple[float, ...]) -> FxAssessment | None:
        for factor in factors:
            fixed = _rescaled(claim, reading, implied, expected, factor)
            if fixed:
                ratio = point / basis.mean
                return found(
                    MAGNITUDE,
                    said(
                        "fx.magnitude",
                        rate=rate,
                        ratio=ratio,
                        where=where,
                        factor=factor,
                        fixed=fixed,
                    ),
                    fixed,
                )
        return None

    if slip := magnitude(_SCALE_FACTORS):
        return slip
    if implied.low > 0 and Interval(1 / implied.high, 1 / implied.low).meets(expected):
        return found(INVERTED, said("fx.inverted", rate=rate, where=where), at_basis)
    # A currency the document's places or names point to; else, before reaching for one
    # that only shares the mark or fits by chance, the written pair in other years: a
    # figure that fits an older rate is a question of period or staleness, not currency.
    alternative = _other_currency(claim, ctx, reading, implied, basis, marks=False)
    year = _fitting_year(ctx, reading, implied, point, basis) if alternative is None else None
    if year is not None:
        fitted, mean = year
        if basis.period is not None and basis.period.source == "default":
            # an undated text that names no period: the year it fits may be its own
            reason = said("fx.undated-fits-year", rate=rate, a=a, b=b, year=fitted, mean=mean)
            return FxAssessment(claim, "unverifiable", reading, implied, basis, reason=reason)
        return found(
            OFF_REFERENCE,
            said(
                "fx.fits-year",
                rate=rate,
                off=_percent_off(point, basis.mean),
                where=where,
                a=a,
                b=b,
                year=fitted,
                mean=mean,
                amount=at_basis,
            ),
            at_basis,
        )
    if alternative is None:
        alternative = _other_currency(claim, ctx, reading, implied, basis)
    if alternative is None and (slip := magnitude(_POWERS_OF_TEN)):
        return slip
    if alternative is not None:
        currency, mean = alternative
        apart = _apart(point, basis.mean)
        return found(
            MISLABEL,
            said("fx.mislabel", rate=rate, apart=apart, where=where, currency=currency, mean=mean),
            currency,
        )
    off = _percent_off(point, basis.mean)
    return found(
        OFF_REFERENCE,
        said("fx.off-reference", rate=rate, off=off, where=where, amount=at_basis),
        at_basis,
    )


def _rescaled(
    claim: ConversionClaim,
    reading: tuple[str, str],
    implied: Interval,
    expected: Interval,
    factor: float,
) -> str | None:
    """The converted amount rewritten with the scale that fits, if one does."""
    for side, k in (
        ("target", factor),
        ("target", 1 / factor),
        ("source", 1 / factor),
        ("source", factor),
    ):
        candidate = implied.scale(1 / k) if side == "target" else implied.scale(k)
        if not candidate.meets(expected):
            continue
        money: Money = getattr(claim, side)
        word = scale_word_for(money.multiplier * k)
        indian = {"lakh", "crore"}
        if (
            money.scale
            and money.text
            and word
            and (word not in indian or money.multiplier in (1e5, 1e7))
        ):
            return money.text.replace(money.scale, word)
        currency = reading[1] if side == "target" else reading[0]
        return formatting.amount(money.value * k, currency)
    return None


def _fitting_year(
    ctx: FxContext, reading: tuple[str, str], implied: Interval, point: float, basis: Basis
) -> tuple[int, float] | None:
    """The year whose rate for the written pair the figures fit best (its mean nearest the
    implied rate; the year nearest the basis's on a tie), if any does."""
    if basis.period is None:
        return None
    a, b = reading
    own = basis.period.start.year
    fits = []
    for year in range(_FIRST_YEAR, ctx.rates.latest_full_year() + 1):
        ref = ctx.rates.cross(a, b, Period.year(year)) if year != own else None
        if ref is None or ref.mean_only:  # a year known only by its mean fits too easily
            continue
        if implied.meets(ref.interval.widen(ctx.tolerance)):
            fits.append((abs(math.log(point / ref.mean)), abs(year - own), year, ref.mean))
    return min(fits)[2:] if fits else None


def _other_currency(
    claim: ConversionClaim,
    ctx: FxContext,
    reading: tuple[str, str],
    implied: Interval,
    basis: Basis,
    *,
    marks: bool = True,
) -> tuple[str, float] | None:
    """The currency that, put in place of the source's (or else the target's), fits best:
    one the document's places or names point to, before one that only shares the written
    mark (considered only with `marks`); never another.
    """
    a, b = reading
    period = basis.period
    if period is None:
        return None
    for side, written in (("source", a), ("target", b)):
        fits: list[tuple[int, float, str, float]] = []
        for other in sorted(ctx.rates.currencies() - {a, b}):
            named = ctx.currency_context.get(other, 0) > 0
            if not (named or (marks and shares_mark(written, other))):
                continue
            ref = (
                ctx.rates.cross(other, b, period)
                if side == "source"
                else ctx.rates.cross(a, other, period)
            )
            if ref is None or not implied.meets(ref.interval.widen(ctx.tolerance)):
                continue
            distance = abs(math.log(claim.implied_rate / ref.mean))
            if named:
                fits.append((0, distance, other, ref.mean))
            elif distance <= _UNNAMED_CURRENCY_REACH and not ref.mean_only:
                fits.append((1, distance, other, ref.mean))
        if fits:
            _, _, currency, mean = min(fits)
            return currency, mean
    return None


def _apart(a: float, b: float) -> float:
    return max(a / b, b / a)


def _percent_off(point: float, mean: float) -> Said:
    change = (point / mean - 1) * 100
    return said("fx.above" if change > 0 else "fx.below", percent=abs(change))
