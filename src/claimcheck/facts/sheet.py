"""The facts sheet format (version 1): entities, metrics and sourced facts, as pydantic models.

A sheet is TOML; `docs/facts.md` documents it. Every fact names an entity and a metric
the sheet declares, a period ("2024", "2024-06", "2024-Q2", or none for a standing
figure such as a land area), a value with its unit and the source that published it.
"""

from __future__ import annotations

import math
import re
from typing import Literal, Self

from pydantic import Field, field_validator, model_validator

from claimcheck.facts.model import Bound, FrozenModel, Source, check_unit
from claimcheck.interval import Interval
from claimcheck.period import Period

Kind = Literal[
    "country", "region", "province", "state", "territory", "city", "company", "organization"
]
FACTS_VERSION = 1

_NAME = re.compile(r"\S(?:.{0,118}\S)?")
_PERIOD = re.compile(r"(?P<year>\d{4})(?:-(?P<month>0[1-9]|1[0-2])|-Q(?P<quarter>[1-4]))?")


class Entity(FrozenModel):
    """A country, region, province, city or company, with the other names the text may use."""

    name: str = Field(pattern=_NAME.pattern)
    kind: Kind
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class Metric(FrozenModel):
    """What a fact measures ("GDP", "area"), with the words a text uses for it."""

    name: str = Field(pattern=_NAME.pattern)
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class FactEntry(FrozenModel):
    """One fact as a sheet states it (a `source` key is resolved before validation).

    A figure published as a bound ("exceeding 14 trillion yuan") has `bound = "more than"`
    (or "less than"); one published as a range has `low` and `high`, which otherwise
    default to `value`, and whose midpoint is its `value` when none is given.
    """

    entity: str
    metric: str
    period: str | None = None
    value: float = Field(allow_inf_nan=False)
    low: float | None = Field(default=None, allow_inf_nan=False)
    high: float | None = Field(default=None, allow_inf_nan=False)
    bound: Bound | None = None
    unit: str
    source: Source
    note: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _value_of_a_range(cls, data: object) -> object:
        if isinstance(data, dict) and "value" not in data and "low" in data and "high" in data:
            low, high = data["low"], data["high"]
            if all(isinstance(v, int | float) and not isinstance(v, bool) for v in (low, high)):
                return {**data, "value": (low + high) / 2}
        return data

    @field_validator("value", "low", "high", mode="before")
    @classmethod
    def _a_number(cls, value: object) -> object:
        if isinstance(value, bool):  # TOML's true would otherwise be read as 1
            raise ValueError("must be a number, not true or false")
        return value

    @field_validator("period")
    @classmethod
    def _period(cls, value: str | None) -> str | None:
        if value is not None:
            parse_period(value)
        return value

    @field_validator("unit")
    @classmethod
    def _unit(cls, value: str) -> str:
        check_unit(value)
        return value

    @model_validator(mode="after")
    def _bounds(self) -> Self:
        low = self.value if self.low is None else self.low
        high = self.value if self.high is None else self.high
        if self.bound is not None and (self.low, self.high) != (None, None):
            raise ValueError("give either a bound or low and high, not both")
        if not low <= self.value <= high:
            raise ValueError("value must lie between low and high")
        return self

    @property
    def interval(self) -> Interval:
        """The values the fact allows: its range, or what its bound leaves open."""
        if self.bound == "more than":
            return Interval(self.value, math.inf)
        if self.bound == "less than":
            return Interval(0.0 if self.value >= 0 else -math.inf, self.value)
        low = self.value if self.low is None else self.low
        return Interval(low, self.value if self.high is None else self.high)


class SheetFile(FrozenModel):
    """A whole sheet, as read from one TOML file."""

    version: Literal[1]
    sources: dict[str, Source] = Field(default_factory=dict)
    entity: tuple[Entity, ...] = ()
    metric: tuple[Metric, ...] = ()
    fact: tuple[FactEntry, ...] = ()


def parse_period(text: str) -> Period:
    """A fact's period: "2024", "2024-06" or "2024-Q2"."""
    match = _PERIOD.fullmatch(text.strip())
    if match is None:
        raise ValueError(
            f"period {text!r} is not a year (2024), a month (2024-06) or a quarter (2024-Q2);"
            " a span such as 2020-2024 is not supported: give each year its own fact"
        )
    year = int(match["year"])
    if match["month"]:
        return Period.month(year, int(match["month"]), "stated")
    if match["quarter"]:
        quarter = int(match["quarter"])
        return Period.months(year, 3 * quarter - 2, 3 * quarter, f"Q{quarter} {year}", "stated")
    return Period.year(year, "stated")
