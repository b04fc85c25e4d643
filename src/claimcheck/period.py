"""Periods of time a figure refers to, and where the period was read from."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Literal

PeriodSource = Literal["sentence", "paragraph", "document", "stated", "default"]


@dataclass(frozen=True, slots=True)
class Period:
    """A span of whole months, from `start` to `end` inclusive, with a label such as '2024'."""

    start: date
    end: date
    label: str
    source: PeriodSource = "default"

    @classmethod
    def year(cls, year: int, source: PeriodSource = "default") -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), str(year), source)

    @classmethod
    def month(cls, year: int, month: int, source: PeriodSource = "default") -> Period:
        last = calendar.monthrange(year, month)[1]
        label = f"{calendar.month_name[month]} {year}"
        return cls(date(year, month, 1), date(year, month, last), label, source)

    @classmethod
    def months(
        cls, year: int, first: int, last: int, label: str, source: PeriodSource = "default"
    ) -> Period:
        end = calendar.monthrange(year, last)[1]
        return cls(date(year, first, 1), date(year, last, end), label, source)

    def month_keys(self) -> list[tuple[int, int]]:
        """The (year, month) pairs the period covers."""
        keys = []
        y, m = self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            keys.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return keys

    @property
    def is_calendar_year(self) -> bool:
        return self.start == date(self.start.year, 1, 1) and self.end == date(
            self.start.year, 12, 31
        )

    def __str__(self) -> str:
        return self.label
