"""Periods named in the text ("in 2024", "the first four months of 2024") and the document date."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from claimcheck.period import Period, PeriodSource

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d,.]\d|\s*(?:percent|per cent|%))"
_COUNT = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
}
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4}

_PERIOD = re.compile(
    r"\b(?:"
    r"(?:the\s+)?first\s+(?P<count>\w+)\s+months\s+of\s+"
    + _YEAR.replace("year", "y1")
    + r"|(?:the\s+)?(?P<half>first|second)\s+half\s+of\s+"
    + _YEAR.replace("year", "y2")
    + r"|(?:the\s+)?(?P<quarter>first|second|third|fourth)\s+quarter\s+of\s+"
    + _YEAR.replace("year", "y3")
    + r"|(?P<q>Q[1-4])\s*"
    + _YEAR.replace("year", "y4")
    + r"|(?:fiscal(?:\s+year)?\s+|FY\s?)"
    + _YEAR.replace("year", "y5")
    + r"|"
    + _MONTH
    + r"(?:\s+\d{1,2},?)?\s+"
    + _YEAR.replace("year", "y6")
    + r"|(?<![\d$€£¥#/-])"
    + _YEAR.replace("year", "y7")
    + r")\b",
    re.IGNORECASE,
)

_DATELINE = re.compile(
    r"\A\s*(?:[A-Z][A-Za-z.'’ -]{1,40}),?\s+(?:\(\w+\)\s+)?(?i:" + _MONTH + r")\s+(?P<day>\d{1,2})"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
)
_FRONT_MATTER_DATE = re.compile(
    r"\A---\s*\n(?:.*\n)*?date:\s*[\"']?(?P<date>\d{4}-\d{2}-\d{2})", re.MULTILINE
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """A period named at [start, end) of the text."""

    start: int
    end: int
    period: Period


def find_periods(text: str, start: int = 0, end: int | None = None) -> list[PeriodMention]:
    """Every period named in text[start:end]."""
    mentions = []
    for match in _PERIOD.finditer(text, start, len(text) if end is None else end):
        period = _period_of(match)
        if period is not None:
            mentions.append(PeriodMention(match.start(), match.end(), period))
    return mentions


def _period_of(match: re.Match[str]) -> Period | None:
    g = match.groupdict()
    if g["y1"]:
        count = _COUNT.get(g["count"].lower()) or (int(g["count"]) if g["count"].isdigit() else 0)
        if not 1 <= count <= 12:
            return None
        return Period.months(int(g["y1"]), 1, count, match.group(0))
    if g["y2"]:
        first = 1 if g["half"].lower() == "first" else 7
        return Period.months(int(g["y2"]), first, first + 5, match.group(0))
    if g["y3"] or g["y4"]:
        quarter = _QUARTERS[(g["quarter"] or g["q"]).lower()]
        return Period.months(int(g["y3"] or g["y4"]), 3 * quarter - 2, 3 * quarter, match.group(0))
    if g["y5"]:
        # Fiscal years start in different months (April in Japan and India, July,
        # October...): take the whole span any of them could cover.
        year = int(g["y5"])
        return Period(date(year - 1, 4, 1), date(year + 1, 3, 31), f"fiscal {year}")
    if g["y6"]:
        return Period.month(int(g["y6"]), _MONTHS[g["month"].lower()])
    return Period.year(int(g["y7"]))


def with_source(period: Period, source: PeriodSource) -> Period:
    return Period(period.start, period.end, period.label, source)


def document_date(text: str) -> tuple[date, str] | None:
    """The publication date from front matter or a dated dateline, and where it was found."""
    match = _FRONT_MATTER_DATE.search(text[:2000])
    if match:
        try:
            return date.fromisoformat(match.group("date")), "front matter"
        except ValueError:
            return None
    match = _DATELINE.search(text[:300])
    if match and match.group("year"):
        try:
            month = _MONTHS[match.group("month").lower()]
            return date(int(match.group("year")), month, int(match.group("day"))), "dateline"
        except ValueError:
            return None
    return None


def parse_date(value: str) -> date:
    """A date given by a user: YYYY-MM-DD, YYYY-MM or YYYY."""
    value = value.strip()
    if _ISO_DATE.fullmatch(value):
        return date.fromisoformat(value)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return date.fromisoformat(value + "-01")
    if re.fullmatch(r"\d{4}", value):
        return date(int(value), 7, 1)
    raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD)")
