"""Settings that shape a check: tolerance, rule selection, document date, rates file."""

from __future__ import annotations

from datetime import date as Date
from functools import cached_property
from pathlib import Path

from pydantic import Field

from claimcheck.claims import Model
from claimcheck.context import DEFAULT_TOLERANCE
from claimcheck.reference import RateTable


class Settings(Model):
    """Everything a user can set; the CLI, the pytest plugin and the API all build one."""

    tolerance: float = Field(default=DEFAULT_TOLERANCE, ge=0, le=1)
    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    date: Date | None = None
    rates: Path | None = None

    @cached_property
    def rate_table(self) -> RateTable:
        table = RateTable.bundled()
        return table.with_overrides(self.rates) if self.rates else table
