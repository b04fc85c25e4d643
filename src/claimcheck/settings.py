"""Settings that shape a check: tolerance, rules, document date, rates, baseline, files.

Plain data: `config.py` builds them from the command line, the environment and a config
file, and checks every value; a `Checker` loads the files they name.
"""

from __future__ import annotations

from datetime import date as Date
from pathlib import Path

from pydantic import Field

from claimcheck.model.claims import Model

DEFAULT_TOLERANCE = 0.03
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
