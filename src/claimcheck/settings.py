"""Settings that shape a check: tolerance, rules, document date, rates, baseline, files.

`config.py` builds them from the command line, the environment and a config file, and
checks every value; the API builds them from its keyword arguments the same way.
"""

from __future__ import annotations

from datetime import date as Date
from functools import cached_property
from pathlib import Path

from pydantic import Field

from claimcheck.baseline import Baseline
from claimcheck.claims import Model
from claimcheck.context import DEFAULT_TOLERANCE
from claimcheck.facts.load import FactSheet, load_sheets
from claimcheck.reference import RateTable

DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt", "*.html", "*.htm")


class Settings(Model):
    """Everything a user can set; the CLI, the pytest plugin and the API all build one."""

    tolerance: float = Field(default=DEFAULT_TOLERANCE, ge=0, le=1)
    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    date: Date | None = None
    rates: Path | None = None
    baseline: Path | None = None
    include: list[str] = Field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = Field(default_factory=list)
    facts: list[Path] = Field(default_factory=list)  # facts sheets, later ones override

    @cached_property
    def rate_table(self) -> RateTable:
        table = RateTable.bundled()
        return table.with_overrides(self.rates) if self.rates else table

    @cached_property
    def accepted(self) -> Baseline | None:
        """The findings the baseline file accepts, if one is set."""
        return Baseline.read(self.baseline) if self.baseline else None

    @cached_property
    def fact_sheet(self) -> FactSheet:
        """The facts sheets, combined in order (empty when none is set)."""
        return load_sheets(self.facts)
