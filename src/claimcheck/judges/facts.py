"""Figures and shares judged against a facts sheet.

A linked figure is consistent when its interval (the writer's rounding and hedge) meets
the fact's value, converted to the figure's unit (pint's exact factor, or for money the
reference rates of the fact's period: the range they moved through), widened by the
relative tolerance. A linked share is consistent when it meets the part's fact over the
whole's fact, both of one period. The period is the claim's own, or else the nearest
earlier one the sheet has, and the judgement says which it used. A conversion is
consistent with the facts when either of its amounts is; its own arithmetic is the
currency judge's business. With no fact for the period or before, or no rate to
compare in, a claim is unverifiable.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from claimcheck import formatting, messages
from claimcheck.facts.link import Link
from claimcheck.facts.load import Fact, FactSheet
from claimcheck.facts.model import FactUse, is_currency
from claimcheck.interval import Interval
from claimcheck.judges.fx import describe
from claimcheck.model.claims import (
    Amount,
    Claim,
    ConversionClaim,
    FigureClaim,
    Money,
    MoneyClaim,
    Stated,
    UnitConversionClaim,
)
from claimcheck.model.judgement import Judgement, Said, said
from claimcheck.period import Period
from claimcheck.reference.rates import RateTable

if TYPE_CHECKING:
    from claimcheck.judges.context import JudgeContext

FIGURE_MISMATCH = "fact-mismatch"
SHARE_MISMATCH = "share-of-fact-mismatch"


@dataclass(frozen=True, slots=True)
class FactJudgement(Judgement):
    """A judgement against the facts, with the facts it used."""

    used: tuple[FactUse, ...] = ()


def _consistent(arithmetic: Said, used: tuple[FactUse, ...]) -> FactJudgement:
    return FactJudgement("consistent", arithmetic=arithmetic, used=used)


def _unverifiable(reason: Said) -> FactJudgement:
    return FactJudgement("unverifiable", reason=reason)


def _inconsistent(
    diagnosis: str, message: Said, suggestion: str, arithmetic: Said, used: tuple[FactUse, ...]
) -> FactJudgement:
    return FactJudgement(
        "inconsistent", message, diagnosis, message, suggestion, arithmetic, used=used
    )


@dataclass(frozen=True, slots=True)
class _Found:
    """Facts for one period the claim may refer to, and how that period was chosen."""

    facts: tuple[Fact, ...]
    period: Period  # the claim's period the facts stand in for
    note: Said | None  # None when the facts are for that very period


def judge_all(ctx: JudgeContext) -> dict[str, FactJudgement]:
    """The judgement of every claim linked to the facts, by claim id."""
    found: dict[str, FactJudgement] = {}
    for claim in ctx.claims:
        link = ctx.facts.links.get(claim.id)
        if link is None:
            continue
        periods = claim.periods or (ctx.default_period,)
        if link.whole is not None:
            found[claim.id] = _share(claim, link, periods, ctx)
        else:
            found[claim.id] = _figure(claim, link, periods, ctx)
    return found


# --- figures -------------------------------------------------------------------------


def _figure(
    claim: Claim, link: Link, periods: Sequence[Period], ctx: JudgeContext
) -> FactJudgement:
    entity, metric = link.subject.entity.name, link.metric.name
    first: tuple[Stated, str, Interval, Fact, _Found] | None = None
    looked = False
    for found in _lookup(ctx.facts.sheet, (entity,), metric, periods):
        looked = True
        (fact,) = found.facts
        for stated, unit in _readings(claim):
            expected = _convert(
                fact.interval, fact.unit, unit, _rate_period(fact, found), ctx.rates
            )
            if expected is None:
                continue
            used = (fact.use("subject", _explain(link, "subject", found)),)
            arithmetic = _figure_arithmetic(stated, unit, expected, fact, found)
            if stated.interval.meets(expected.widen(ctx.tolerance)):
                return _consistent(arithmetic, used)
            first = first or (stated, unit, expected, fact, found)
    if not looked:
        return _unverifiable(_no_fact(metric, (entity,), periods))
    if first is None:
        return _unverifiable(said("facts.no-rate", metric=metric))
    stated, unit, expected, fact, found = first
    correct = formatting.amount(expected.mid, _unit(unit))
    if fact.bound:
        correct = f"{fact.bound} {correct}"
    message = said(
        "facts.off",
        stated=stated.text,
        metric=metric,
        entity=fact.entity.name,
        when=_for(fact, found),
        fact=_fact_amount(fact),
        source=fact.source,
    )
    if unit != fact.unit:
        message = said("facts.off-converted", off=message, converted=correct)
    suggestion = correct
    if (
        unit != fact.unit
        and is_currency(unit)
        and stated.interval.meets(fact.interval.widen(ctx.tolerance))
    ):
        message = said("facts.mislabelled", off=message, currency=fact.unit)
        suggestion = fact.unit
    used = (fact.use("subject", _explain(link, "subject", found)),)
    arithmetic = _figure_arithmetic(stated, unit, expected, fact, found)
    return _inconsistent(FIGURE_MISMATCH, message, suggestion, arithmetic, used)


def _readings(claim: Claim) -> Iterator[tuple[Stated, str]]:
    """Each stated amount of a claim with each unit it may be in."""
    amounts: tuple[Money | Amount, ...] = ()
    if isinstance(claim, MoneyClaim | FigureClaim):
        amounts = (claim.amount,)
    elif isinstance(claim, ConversionClaim | UnitConversionClaim):
        amounts = (claim.source, claim.target)
    for amount in amounts:
        units = amount.candidates if isinstance(amount, Money) else (amount.unit,)
        for unit in units:
            yield amount, unit


def _figure_arithmetic(
    stated: Stated, unit: str, expected: Interval, fact: Fact, found: _Found
) -> Said:
    values = {
        "metric": fact.metric.name,
        "entity": fact.entity.name,
        "when": _for(fact, found),
        "fact": _fact_amount(fact),
        "source": fact.source,
        "stated": stated.text,
        "low": stated.interval.low,
        "high": stated.interval.high,
    }
    if unit != fact.unit:
        return said(
            "facts.arithmetic-converted", **values, converted=_span(expected), unit=_unit(unit)
        )
    return said("facts.arithmetic", **values)


# --- shares --------------------------------------------------------------------------


def _share(claim: Claim, link: Link, periods: Sequence[Period], ctx: JudgeContext) -> FactJudgement:
    share: Stated = getattr(claim, "share")  # noqa: B009 - a ShareClaim
    assert link.whole is not None
    part_name, whole_name = link.subject.entity.name, link.whole.entity.name
    metric = link.metric.name
    first: tuple[Interval, Fact, Fact, _Found] | None = None
    looked = False
    for found in _lookup(ctx.facts.sheet, (part_name, whole_name), metric, periods):
        looked = True
        part, whole = found.facts
        rate_period = _rate_period(part, found)
        part_in_whole = _convert(part.interval, part.unit, whole.unit, rate_period, ctx.rates)
        if part_in_whole is None or whole.interval.low <= 0:
            continue
        ratio = (part_in_whole / whole.interval).scale(100)
        if share.interval.meets(ratio.widen(ctx.tolerance)):
            used = _share_uses(link, part, whole, found)
            return _consistent(_share_arithmetic(share, ratio, part, whole, found), used)
        first = first or (ratio, part, whole, found)
    if not looked:
        return _unverifiable(_no_fact(metric, (part_name, whole_name), periods))
    if first is None:
        return _unverifiable(said("facts.no-share-rate", metric=metric))
    ratio, part, whole, found = first
    correct = f"{formatting.number(ratio.mid, 2)} percent"
    message = said(
        "facts.share-off",
        share=share.text,
        whole=whole.entity.name,
        metric=metric,
        part=part.entity.name,
        correct=correct,
        when=_for(part, found),
        part_fact=_fact_amount(part),
        whole_fact=_fact_amount(whole),
    )
    arithmetic = _share_arithmetic(share, ratio, part, whole, found)
    used = _share_uses(link, part, whole, found)
    return _inconsistent(SHARE_MISMATCH, message, correct, arithmetic, used)


def _share_uses(link: Link, part: Fact, whole: Fact, found: _Found) -> tuple[FactUse, ...]:
    return (
        part.use("part", _explain(link, "part", found)),
        whole.use("whole", _explain(link, "whole", found)),
    )


def _share_arithmetic(
    share: Stated, ratio: Interval, part: Fact, whole: Fact, found: _Found
) -> Said:
    return said(
        "facts.share-arithmetic",
        part=_fact_amount(part),
        part_source=part.source,
        whole=_fact_amount(whole),
        whole_source=whole.source,
        ratio=_span(ratio),
        when=_for(part, found),
        stated=share.text,
        low=share.interval.low,
        high=share.interval.high,
    )


# --- facts, periods, units ---------------------------------------------------------


def _lookup(
    sheet: FactSheet, entities: Sequence[str], metric: str, periods: Sequence[Period]
) -> Iterator[_Found]:
    """For each period, the facts of every entity: of that period, else of the nearest
    earlier one they all have (of the same length), or standing facts."""
    series = [sheet.series(entity, metric) for entity in entities]
    for period in periods:
        best = [_best(facts, period) for facts in series]
        chosen = [f for f in best if f is not None]
        if len(chosen) < len(best):
            common = _common_earlier(series, period)
            if common is None:
                continue
            chosen = common
        facts = tuple(chosen)
        dated = [f.period for f in facts if f.period is not None]
        note = None
        if dated and not _same(dated[0], period):
            note = said("facts.nearest", label=dated[0].label, period=describe(period))
        yield _Found(facts, period, note)


def _best(facts: Sequence[Fact], period: Period) -> Fact | None:
    """The fact for exactly `period`, else a standing fact."""
    exact = (f for f in facts if f.period is not None and _same(f.period, period))
    standing = (f for f in facts if f.period is None)
    return next(exact, None) or next(standing, None)


def _common_earlier(series: Sequence[Sequence[Fact]], period: Period) -> list[Fact] | None:
    """The facts of the latest period before `period` (and as long) that every series has."""
    months = len(period.month_keys())
    standing = [next((f for f in facts if f.period is None), None) for facts in series]
    dated = [
        {
            (f.period.start, f.period.end): f
            for f in facts
            if f.period is not None
            and f.period.end < period.start
            and len(f.period.month_keys()) == months
        }
        for facts in series
    ]
    needed = [set(d) for d, s in zip(dated, standing, strict=True) if s is None]
    shared = set.intersection(*needed) if needed else set()
    if not shared:
        return None
    latest = max(shared)
    return [s or d[latest] for d, s in zip(dated, standing, strict=True)]


def _same(a: Period, b: Period) -> bool:
    return (a.start, a.end) == (b.start, b.end)


def _rate_period(fact: Fact, found: _Found) -> Period:
    return fact.period or found.period


def _convert(
    value: Interval, unit: str, target: str, period: Period, rates: RateTable
) -> Interval | None:
    """A fact's interval in another unit: pint's exact factor, or for money the range of
    the reference rates over the period; None if there is no way to compare."""
    if unit == target:
        return value
    if is_currency(unit) != is_currency(target):
        return None
    if is_currency(unit):
        rate = rates.cross(target, unit, period)  # units of target per one unit of the fact's
        return None if rate is None else value * rate.interval
    factor = _factor(unit, target)
    return None if factor is None else value.scale(factor)


def _factor(unit: str, target: str) -> float | None:
    from claimcheck.model.units import pint, registry  # loads pint: only when needed

    ureg = registry()
    try:
        return float(ureg.Quantity(1.0, unit or "dimensionless").to(target or "dimensionless").m)
    except (pint.DimensionalityError, pint.UndefinedUnitError):
        return None


# --- wording -------------------------------------------------------------------------


def _explain(link: Link, role: str, found: _Found) -> str:
    """How the claim was linked to a fact, in words: the facts it used keep them."""
    explained = link.explain(role)
    if found.note is not None:
        explained = said("facts.link-nearest", link=explained, note=found.note)
    return messages.text(explained)


def _for(fact: Fact, found: _Found) -> Said:
    """ " in 2023 (nearest to 2025)", or nothing for a standing figure."""
    if fact.period is None:
        return said("facts.standing")
    if found.note:
        return said("facts.in-nearest", label=fact.period.label, period=found.period.label)
    return said("facts.in", label=fact.period.label)


def _unit(unit: str) -> str:
    """A unit as a reader writes it: "km**2" -> "km²"."""
    short = unit.replace(" ", "").replace("kilometer", "km")
    return short.replace("**2", "²").replace("**3", "³")


def _fact_amount(fact: Fact) -> str:
    amount = formatting.amount(fact.value, _unit(fact.unit))
    return f"{fact.bound} {amount}" if fact.bound else amount


def _span(interval: Interval) -> str:
    low, high = formatting.number(interval.low), formatting.number(interval.high)
    return low if low == high else f"{low}–{high}"


def _no_fact(metric: str, entities: Sequence[str], periods: Sequence[Period]) -> Said:
    names = (
        said("facts.and", first=entities[0], second=entities[1])
        if len(entities) > 1
        else entities[0]
    )
    labels = ", ".join(p.label for p in periods)
    return said("facts.none", metric=metric, names=names, labels=labels)
