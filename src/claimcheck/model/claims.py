"""Typed claims: the figures a text states, as pydantic models that can be built by hand."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Annotated, Any, Literal, NamedTuple, Self, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, model_validator

from claimcheck import vocabulary
from claimcheck.interval import Interval
from claimcheck.model import hooks
from claimcheck.period import Period

if TYPE_CHECKING:
    from claimcheck.model.units import Quantity

Verdict = Literal["consistent", "inconsistent", "unverifiable"]

_PERCENT_WRITTEN = re.compile(
    vocabulary.pattern(vocabulary.words("proportions", "percent")) + r"\Z", re.IGNORECASE
)


class Model(BaseModel):
    """Base for claimcheck's immutable models."""

    # Infinity (an open-ended "more than" figure) stays Infinity in JSON, as json.dumps writes
    # it, so a report read back from its JSON is the same report.
    model_config = ConfigDict(frozen=True, extra="forbid", ser_json_inf_nan="constants")

    def model_post_init(self, context: object, /) -> None:
        # Models with the same fields set share one set of their names: pydantic keeps one
        # per instance (up to 728 bytes, more than the rest of a figure), and copies it
        # before any change, so sharing halves the memory of a document's claims.
        names = self.__pydantic_fields_set__
        object.__setattr__(
            self, "__pydantic_fields_set__", _FIELDS_SET.setdefault(frozenset(names), names)
        )
        object.__setattr__(self, "__dict__", _key_sharing(self))


def _key_sharing(model: BaseModel) -> dict[str, object]:
    """The model's fields in a dict that shares its keys with the other instances of its
    class, as CPython stores an instance's attributes (pydantic builds a dict of its own
    per instance): a bare figure's two models take about 450 bytes fewer."""
    shared: dict[str, object] = object.__new__(type(model)).__dict__
    shared.update(model.__dict__.items())  # pairs: a dict would replace the shared keys
    return shared


_FIELDS_SET: dict[frozenset[str], set[str]] = {}


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
        if isinstance(data, dict) and (data.get("low") is None or data.get("high") is None):
            data = dict(data)
            for key in ("low", "high"):
                if data.get(key) is None:
                    data[key] = data.get("value")
        return data

    @classmethod
    def made(cls, fields: dict[str, Any]) -> Self:
        """The model of fields a reader made: the model validation makes, built without
        validating when every field is of its exact type and the value and its bounds are
        given (a reader makes one or two per figure); validated otherwise."""
        names = unvalidated_fields_set(cls, fields)
        if names is None:
            return cls(**fields)  # the first model of these fields is validated, and kept
        model = object.__new__(cls)
        values = model.__dict__  # shares its keys with the other models, as validation's
        values.update(_kind(cls).defaults)  # pairs, in the fields' order: keys stay shared
        values.update(fields)  # fields of the model only (its fields set): no key added
        object.__setattr__(model, "__pydantic_fields_set__", names)
        object.__setattr__(model, "__pydantic_extra__", None)
        object.__setattr__(model, "__pydantic_private__", None)
        return model

    @property
    def interval(self) -> Interval:
        return Interval(self.low, self.high)

    def at_scale(self, factor: float, scale: str | None) -> Self:
        """The figure times `factor`, written at `scale`: "1.2" read at a partner's billion
        ("$1.2-1.5 billion", "from 2.6 to 3.1 billion euros") is 1.2 billion."""
        return self.model_copy(
            update={
                "value": self.value * factor,
                "low": self.low * factor,
                "high": self.high * factor,
                "multiplier": self.multiplier * factor,
                "scale": scale,
            }
        )

    def as_written(self) -> Self:
        """The figure with only its rounding. An open hedge ("more than", "up to") bounds
        the quantity, and a figure restating it beside ("at least 10,000 acres (4,000
        km2)", "more than 3 trillion won ($2.6 billion)") restates the figure, so the two
        are compared as written."""
        if self.hedge == "above":  # [rounding low, infinity): the rounding is symmetric
            return self.model_copy(update={"high": 2 * self.value - self.low})
        if self.hedge == "below":  # [0 or -infinity, rounding high]
            return self.model_copy(update={"low": 2 * self.value - self.high})
        return self


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
        if not isinstance(data, dict):
            return data
        currency = str(data.get("currency", "")).upper()
        if currency != data.get("currency") or not data.get("candidates"):
            data = dict(data)
            data["currency"] = currency
            if not data.get("candidates"):
                data["candidates"] = (currency,)
        return data

    @classmethod
    def made(cls, fields: dict[str, Any]) -> Self:
        """`Stated.made`, when the currency is in capitals and its candidates are given (as
        validation would leave them); validated otherwise."""
        currency, candidates = fields.get("currency"), fields.get("candidates")
        if (
            type(currency) is str
            and currency == currency.upper()
            and type(candidates) is tuple
            and candidates
            and all(type(candidate) is str for candidate in candidates)
        ):
            return super().made(fields)
        return cls(**fields)

    @property
    def quantity(self) -> Quantity:
        """The stated value as a pint quantity in the currency's own dimension."""
        from claimcheck.model.units import money_quantity  # loads pint: only when needed

        return money_quantity(self.value, self.currency)

    def reading(self, currency: str) -> Self:
        """The same amount read as another currency."""
        return self.model_copy(update={"currency": currency, "candidates": (currency,)})

    @classmethod
    def parse(cls, text: str) -> Money:
        """Read one amount such as '11.5 trillion JPY' or 'about $1.6 trillion'."""
        read = hooks.lent("parse", cls)
        assert read is not None, "claimcheck.extract.money lends the reader on import"
        found: list[Money] = read(text)
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
    def is_fraction(self) -> bool:
        """Whether this is a proportion written as a fraction ("a quarter"), not a percentage."""
        if self.unit != "percent":
            return False
        text = self.text or ""
        # "%" ends most percentages, and is one of the spellings the search looks for
        return not text.endswith("%") and _PERCENT_WRITTEN.search(text) is None

    @property
    def quantity(self) -> Quantity:
        """The stated value as a pint quantity (dimensionless for counts and percentages)."""
        from claimcheck.model.units import registry  # loads pint: only when needed

        return registry().Quantity(self.value, self.unit or "dimensionless")


# What `Stated.made` needs of each class of stated figure, and the fields sets of the
# names and types of fields it builds without validating.
_KINDS: dict[type[Stated], _Kind] = {}
_MADE_SHAPES: dict[tuple[object, ...], set[str]] = {}


class _Kind(NamedTuple):
    exact_types: dict[str, tuple[type, ...]]  # the types validation keeps as they are
    defaults: tuple[tuple[str, Any], ...]  # each field and its default, in their order
    given: frozenset[str]  # required, or filled in by a validator when not given


def _kind(cls: type[Stated]) -> _Kind:
    found = _KINDS.get(cls)
    if found is None:
        fields = cls.model_fields
        found = _KINDS[cls] = _Kind(
            {
                name: (get_origin(info.annotation),)
                if get_origin(info.annotation) is tuple
                else get_args(info.annotation) or (info.annotation,)
                for name, info in fields.items()
            },
            tuple((name, info.default) for name, info in fields.items()),
            frozenset({"value", "low", "high"} | {n for n, i in fields.items() if i.is_required()}),
        )
    return found


def unvalidated_fields_set(cls: type[Stated], fields: dict[str, Any]) -> set[str] | None:
    """The fields set of the model `cls.made` builds of `fields` without validating;
    None when it validates them (the first of their names, or a field not of its type)."""
    shape = (cls, *fields, *map(type, fields.values()))  # names in order, then types
    names = _MADE_SHAPES.get(shape)
    if names is None:
        kind = _kind(cls)
        names = _FIELDS_SET.get(frozenset(fields))
        if names is None or not names >= kind.given:
            return None
        exact = kind.exact_types
        if any(type(value) not in exact.get(name, ()) for name, value in fields.items()):
            return None
        _MADE_SHAPES[shape] = names  # fields so named and typed need no validation
    return names


class ClaimBase(Model):
    """What every claim has: where it is in the text and its periods.

    A claim holds what the text states; the report holds its verdict, by the claim's `id`.
    """

    text: str = ""
    start: int | None = None
    end: int | None = None
    periods: tuple[Period, ...] = ()

    @property
    def id(self) -> str:
        """The claim's stable name, which judgements and findings refer to: its kind and
        place in the text ("conversion@331-381"), or for a claim built by hand without
        one, its kind and a digest of its figures. It survives a round trip through JSON."""
        kind = getattr(self, "kind", "claim")
        if self.start is not None and self.end is not None:
            return f"{kind}@{self.start}-{self.end}"
        figures = self.model_dump_json()
        return f"{kind}#{hashlib.sha256(figures.encode()).hexdigest()[:12]}"

    def _repr_html_(self) -> str | None:
        return hooks.shown(self, "html")

    def _repr_markdown_(self) -> str | None:
        return hooks.shown(self, "markdown")


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


class UnitConversionClaim(ClaimBase):
    """A physical quantity and its stated equivalent in another unit: '150 km² (58 sq mi)'.

    `source_units` and `target_units` list every pint unit the written name can mean
    ("tons" are short or metric tons, "gallons" US or imperial), most likely first;
    each defaults to its amount's own unit.
    """

    kind: Literal["unit-conversion"] = "unit-conversion"
    source: Amount
    target: Amount
    source_units: tuple[str, ...] = ()
    target_units: tuple[str, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _units(cls, data: object) -> object:
        if isinstance(data, dict):
            data = dict(data)
            for side in ("source", "target"):
                amount = data.get(side)
                unit = (
                    amount.get("unit") if isinstance(amount, dict) else getattr(amount, "unit", "")
                )
                if not data.get(f"{side}_units"):
                    data[f"{side}_units"] = (unit or "",)
        return data


class ChangeClaim(ClaimBase):
    """A change and the values it compares: 'fell 20 percent to 1.8 billion from 2.1 billion'.

    `by` holds each change stated: relative ("20 percent"), in percentage points, or
    absolute (an amount in the values' unit); `multiple` a stated factor ("tripled" is 3;
    with direction "down", "halved" is 2: the old value over the new). `wording` is the
    direction word as written, `wording_first` whether it precedes the stated change
    ("fell 20 percent", not "a 20 percent fall"). `basis` names what makes the values
    incomparable as written ("like-for-like", "exchange rate"), if anything.
    """

    kind: Literal["change"] = "change"
    direction: Literal["up", "down"]
    wording: str
    wording_first: bool = True
    from_value: Money | Amount | None = None
    to_value: Money | Amount | None = None
    by: tuple[Money | Amount, ...] = ()
    multiple: Amount | None = None
    basis: str | None = None


class TotalClaim(ClaimBase):
    """Parts and the total stated for them: '4, 7 and 9 billion euros, 22 billion in all'.

    When `open`, the list may leave parts out ("including ..."): the parts may fall
    short of the total, but never exceed it.
    """

    kind: Literal["total"] = "total"
    parts: tuple[Money | Amount, ...]
    total: Money | Amount
    wording: str = ""
    open: bool = False


class PerCapitaClaim(ClaimBase):
    """A total, the population it is spread over and the figure per member:
    'GDP of $1.2 trillion, or about $23,000 per person for its 52 million people'."""

    kind: Literal["per-capita"] = "per-capita"
    total: Money | Amount
    per: Money | Amount
    count: Amount
    wording: str = ""
    # the total is a pool the members' figures come out of ("out of a $40 million prize
    # pool"): together they may fall short of it, never exceed it
    open: bool = False


class DifferenceClaim(ClaimBase):
    """Two values and their stated difference: 'exports of 48.3, imports of 45.6, a surplus of 2.7'.

    `wording` is the sign word ("surplus", "deficit", "gap"). When `ordered`, the roles
    are known (exports less imports, revenue less spending) and a surplus must be
    `minuend - subtrahend` > 0, a deficit or shortfall < 0; otherwise only the size of
    the difference is checked.
    """

    kind: Literal["difference"] = "difference"
    minuend: Money | Amount
    subtrahend: Money | Amount
    difference: Money | Amount
    wording: str
    ordered: bool = False


class RestatedFigureClaim(ClaimBase):
    """One figure stated twice: 'revenue rose to 4.2 billion in 2023' ... '2023 revenue of 4.8'."""

    kind: Literal["restated-figure"] = "restated-figure"
    metric: str
    period: str
    first: Money | Amount
    second: Money | Amount


class ShareClaim(ClaimBase):
    """A share of a whole: '13.7 trillion yuan was 15 percent of China's 134.9 trillion yuan'.

    `part` and `whole` are the amounts the text gives, when it does; `of` is what the
    share is of, as written ("China's total area").
    """

    kind: Literal["share"] = "share"
    share: Amount
    part: Money | Amount | None = None
    whole: Money | Amount | None = None
    of: str | None = None


class FractionRestatementClaim(ClaimBase):
    """A proportion stated twice, as a fraction and a percentage: 'a quarter, or 35 percent'."""

    kind: Literal["fraction-restatement"] = "fraction-restatement"
    first: Amount
    second: Amount


class BreakdownItem(Model):
    """One share in a breakdown, with the amount and the label listed with it."""

    share: Amount
    part: Money | Amount | None = None
    label: str | None = None


class BreakdownClaim(ClaimBase):
    """Shares of one whole listed together: '60 percent are in Guangdong, 35 percent in ...'.

    `complete` when the text says the list covers the whole ("split between", "the
    remaining 15 percent"), so its shares must make 100%; otherwise at most 100%.
    """

    kind: Literal["breakdown"] = "breakdown"
    items: tuple[BreakdownItem, ...]
    whole: Money | Amount | None = None
    of: str | None = None
    complete: bool = False


Claim = Annotated[
    FigureClaim
    | MoneyClaim
    | ConversionClaim
    | StatedRateClaim
    | UnitConversionClaim
    | ChangeClaim
    | TotalClaim
    | DifferenceClaim
    | PerCapitaClaim
    | RestatedFigureClaim
    | ShareClaim
    | FractionRestatementClaim
    | BreakdownClaim,
    Field(discriminator="kind"),
]


_HOLDS_NO_FIGURE = (str, float, int, type(None), Period)  # values that hold no stated figure


def parts_read(claims: Iterable[Claim]) -> dict[tuple[int | None, int | None], list[Claim]]:
    """The claims that read each stated figure, by its span: every claim's stated parts, but
    those of a bare figure or amount, which relate it to nothing."""
    readers: dict[tuple[int | None, int | None], list[Claim]] = {}
    for claim in claims:
        if not isinstance(claim, (FigureClaim, MoneyClaim)):
            for part in stated_parts(claim):
                readers.setdefault((part.start, part.end), []).append(claim)
    return readers


def stated_parts(model: BaseModel) -> list[Stated]:
    """Every stated figure inside a claim, however deeply nested."""
    found: list[Stated] = []
    pending: list[object] = list(model.__dict__.values())
    while pending:
        value = pending.pop()
        if isinstance(value, _HOLDS_NO_FIGURE):
            continue
        if isinstance(value, Stated):
            found.append(value)
        elif isinstance(value, BaseModel):
            pending.extend(value.__dict__.values())
        elif isinstance(value, (list, tuple)):
            pending.extend(value)
    return found
