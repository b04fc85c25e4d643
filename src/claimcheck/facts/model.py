"""What a verdict cites from a facts sheet: a fact's source, and how the verdict used it.

Also the unit checks the facts code shares.  The sheet format itself is in `sheet`.
"""

from __future__ import annotations

import re
from datetime import date as Date
from functools import cache
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from claimcheck.reference.currencies import ISO_CODES

Bound = Literal["more than", "less than"]
Role = Literal["subject", "part", "whole"]

_CURRENCY = re.compile(r"[A-Z]{3}")
# A pint unit expression: names, powers, products and quotients; no symbols such as "$".
_UNIT = re.compile(r"[A-Za-z_]+(?:\s*\*\*\s*[23])?(?:\s*[*/]\s*[A-Za-z_]+(?:\s*\*\*\s*[23])?)*")


class FrozenModel(BaseModel):
    """Base of the facts models: immutable, and unknown keys are an error."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(FrozenModel):
    """Who published a figure, and where: a publisher and a title or a URL, and a date."""

    publisher: str = Field(min_length=1)
    title: str | None = None
    date: Date | None = None
    url: str | None = None

    @model_validator(mode="after")
    def _citable(self) -> Self:
        if not (self.title or self.url):
            raise ValueError("a source needs a title or a url besides its publisher")
        return self

    def __str__(self) -> str:
        parts = [self.publisher]
        if self.title:
            parts.append(f"“{self.title}”")
        if self.date:
            parts.append(self.date.isoformat())
        return ", ".join(parts)


class FactUse(FrozenModel):
    """A fact a verdict used, as the report shows it: which figure, its source, and why.

    `role` says what the fact stood for in the claim: its subject's figure, or the part
    or the whole of a share. `link` explains how the claim's words led to it.
    """

    entity: str
    metric: str
    period: str | None
    value: float
    low: float | None = None
    high: float | None = None
    bound: Bound | None = None
    unit: str
    source: Source
    role: Role = "subject"
    link: str = ""


def is_currency(unit: str) -> bool:
    """Whether a fact's unit is an ISO 4217 currency code."""
    return _CURRENCY.fullmatch(unit) is not None and unit in ISO_CODES


def check_unit(unit: str) -> None:
    """Raise ValueError unless `unit` is a currency code, "percent", "" or a pint unit."""
    if unit in ("", "percent") or is_currency(unit):
        return
    if _CURRENCY.fullmatch(unit):
        raise ValueError(f"unit {unit!r} is not an ISO 4217 currency code")
    if _UNIT.fullmatch(unit) is None or dimensionality(unit) is None:
        raise ValueError(
            f"unit {unit!r} is neither an ISO 4217 currency code (CNY) nor a unit"
            ' such as "km**2", "hectare" or "metric_ton"'
        )


@cache
def dimensionality(unit: str) -> str | None:
    """A unit's physical dimension as pint names it ("[length] ** 2"); None if unknown."""
    from claimcheck.model.units import pint, registry  # loads pint: only when needed

    try:
        return str(registry().parse_units(unit).dimensionality)
    except (pint.UndefinedUnitError, pint.DefinitionSyntaxError, AttributeError, TypeError):
        return None
