"""Typed claims: the figures a text states, as pydantic models that can be built by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from claimcheck.interval import Interval
from claimcheck.period import Period

if TYPE_CHECKING:
    from claimcheck.units import Quantity

Verdict = Literal["consistent", "inconsistent", "unverifiable"]


class Model(BaseModel):
    """Base for claimcheck's immutable models."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Stated(Model):
    """A figure as written: its value and the interval its rounding and hedge allow."""

    value: float
    low: float = None  # type: ignore[assignment]  # defaults to value
    high: float = None  # type: ignore[assignment]  # defaults to value
    multiplier: float = 1.0
    scale: str | None = None
    digits: str | None = None
    hedge: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None

    @model_validator(mode="before")
    @classmethod
    def _exact_by_default(cls, data: object) -> object:
        if isinstance(data, dict):
            data = dict(data)
            for key in ("low", "high"):
                if data.get(key) is None:
                    data[key] = data.get("value")
        return data

    @property
    def interval(self) -> Interval:
        return Interval(self.low, self.high)


class Money(Stated):
    """An amount of one currency.

    `candidates` lists every currency the written mark can mean here ("$" may be US or
    Hong Kong dollars), most likely first; `currency` is the first.
    """

    currency: str
    candidates: tuple[str, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _candidates(cls, data: object) -> object:
        if isinstance(data, dict):
            data = dict(data)
            data["currency"] = str(data.get("currency", "")).upper()
            if not data.get("candidates"):
                data["candidates"] = (data["currency"],)
        return data

    @property
    def quantity(self) -> Quantity:
        """The stated value as a pint quantity in the currency's own dimension."""
        from claimcheck.units import money_quantity

        return money_quantity(self.value, self.currency)

    def reading(self, currency: str) -> Self:
        """The same amount read as another currency."""
        return self.model_copy(update={"currency": currency})

    @classmethod
    def parse(cls, text: str) -> Money:
        """Read one amount such as '11.5 trillion JPY' or 'about $1.6 trillion'."""
        from claimcheck.extract.money import find_money
        from claimcheck.extract.places import currencies_in_context

        found = find_money(text, currencies_in_context(text))
        if len(found) != 1:
            raise ValueError(f"expected one amount of money in {text!r}, found {len(found)}")
        return found[0]


class Amount(Stated):
    """A stated figure that is not money: a count, a percentage or a physical quantity.

    `unit` is "" for a plain count, "percent" or "percentage_point" for proportions,
    and otherwise a pint unit expression ("kilometer ** 2", "mile").
    """

    unit: str = ""

    @property
    def quantity(self) -> Quantity:
        """The stated value as a pint quantity (dimensionless for counts and percentages)."""
        from claimcheck.units import registry

        return registry().Quantity(self.value, self.unit or "dimensionless")


class ClaimBase(Model):
    """What every claim has: where it is in the text, its periods, and its verdict."""

    text: str = ""
    start: int | None = None
    end: int | None = None
    periods: tuple[Period, ...] = ()
    verdict: Verdict | None = None
    reason: str | None = None

    def with_verdict(self, verdict: Verdict, reason: str | None = None, **update: object) -> Self:
        return self.model_copy(update={"verdict": verdict, "reason": reason, **update})


class FigureClaim(ClaimBase):
    """A figure no check relates to others yet: kept so the inventory of figures is complete."""

    kind: Literal["figure"] = "figure"
    amount: Amount


class MoneyClaim(ClaimBase):
    """An amount of money stated on its own."""

    kind: Literal["amount"] = "amount"
    amount: Money


class ConversionClaim(ClaimBase):
    """An amount and its stated equivalent in another currency: "11.5 trillion yen ($1.6tn)"."""

    kind: Literal["conversion"] = "conversion"
    source: Money
    target: Money
    reading: tuple[str, str] | None = None
    rate_used: str | None = None

    @property
    def implied_rate(self) -> float:
        """Units of the source currency per unit of the target currency, as stated."""
        return self.source.value / self.target.value if self.target.value else float("inf")


class StatedRateClaim(ClaimBase):
    """An exchange rate the document states: '($1 = 7.2315 yuan)' is 7.2315 CNY per USD."""

    kind: Literal["stated-rate"] = "stated-rate"
    currency: str
    per: str
    rate: Money

    @model_validator(mode="after")
    def _distinct(self) -> Self:
        if self.currency == self.per:
            raise ValueError("a stated rate needs two different currencies")
        return self

    def per_unit_of(self, currency: str) -> Interval:
        """The rate as units of the other currency per one unit of `currency`."""
        if currency == self.per:
            return self.rate.interval
        return Interval(1 / self.rate.high, 1 / self.rate.low)


Claim = Annotated[
    FigureClaim | MoneyClaim | ConversionClaim | StatedRateClaim,
    Field(discriminator="kind"),
]
