"""Periods named in the text ("in 2024", "the first four months of 2024") and the document date."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from claimcheck import vocabulary
from claimcheck.extract.figures import WORD_VALUES
from claimcheck.extract.lexicon import any_of
from claimcheck.extract.scan import Scan
from claimcheck.period import Period, PeriodSource

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
_MONTHS["sept"] = 9
MONTH_NAMES = tuple(_MONTHS)  # lower-case, full and abbreviated
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH = r"(?P<month>" + _MONTH_NAMES + r")\.?"
_YEAR_AHEAD = rf"(?![\d,.]\d|\s*{vocabulary.pattern(vocabulary.words('proportions', 'percent'))})"
_ORDINALS = vocabulary.values("numbers", "ordinals")
_QUARTER_WORDS = {word: int(n) for word, n in _ORDINALS.items() if int(n) <= 4}  # "third"
_QUARTERS = _QUARTER_WORDS | {f"q{n}": n for n in range(1, 5)}


def _year(name: str) -> str:
    return rf"(?P<{name}>(?:19|20)\d\d){_YEAR_AHEAD}"


_DAY = r"(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?"
_PERIOD = re.compile(
    r"\b(?:"
    rf"(?:the\s+)?first\s+(?P<count>\w+)\s+months\s+of\s+{_year('y1')}"
    rf"|(?:the\s+)?(?P<half>first|second)\s+half\s+of\s+{_year('y2')}"
    rf"|(?P<h>H[12])\s*{_year('y8')}"
    rf"|(?:the\s+)?(?P<quarter>{'|'.join(_QUARTER_WORDS)})\s+quarter\s+of\s+{_year('y3')}"
    rf"|(?P<q>Q[1-4])\s*{_year('y4')}"
    rf"|(?:fiscal(?:\s+year)?\s+|FY\s?)(?:{_year('y5')}|'?(?P<fy>\d\d)(?!\d))"
    rf"|(?:the\s+)?(?:(?:12|twelve)\s+months|(?:fiscal\s+|financial\s+)?year)"
    rf"\s+(?:to|ended|ending|through)\s+(?P<to_month>{_MONTH_NAMES})\.?{_DAY}\s+{_year('y10')}"
    rf"|(?P<from_month>{_MONTH_NAMES})\.?\s*(?:-|–|to|through)\s*(?P<last_month>{_MONTH_NAMES})\.?"
    rf"\s+{_year('y11')}"
    rf"|{_MONTH}{_DAY}\s+{_year('y6')}"
    rf"|(?<![\d$€£¥#/-]){_year('y9')}\s*[/–-]\s*(?P<y9b>(?:19|20)?\d\d)(?![\d/–-])"
    rf"|(?<![\d$€£¥#/-]){_year('y7')}"
    r")\b",
    re.IGNORECASE,
)
# How a period begins: a month, "h1", "fy2024", a year's "19" or "20", "the" before one
# of the words that may follow it...
_AFTER_THE = (*_QUARTERS, "12", "twelve", "fiscal", "financial", "year")
_PERIODS = Scan(
    _PERIOD,
    any_of((*_MONTHS, *_AFTER_THE, "h1", "h2", "fy", "19", "20")) + rf"|the\s+{any_of(_AFTER_THE)}",
)
# A period named without a year: a quarter or half ("in the first quarter", "H2"), the
# first months, a month ("In March alone"; capitalised, so that "may" is no month), or a
# phrase of the vocabulary ("last year"). Followed by a year, it is a period above.
_YEARLESS = re.compile(
    rf"\b(?:(?i:(?P<part>{'|'.join(_QUARTER_WORDS)})\s+(?P<of>quarter|half)"
    r"|(?P<q>Q[1-4]|H[12])|first\s+(?P<count>\w+)\s+months|"
    + vocabulary.pattern(vocabulary.words("clauses", "periods without a year"))
    + rf")|(?P<month>{'|'.join(calendar.month_name[1:])}))\b"
    r"(?![.,]?\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:of\s+)?(?:fiscal\s+)?'?\d)"
)
# ... tried only at the words that may begin one.
_YEARLESS_SCAN = Scan(
    _YEARLESS,
    any_of(
        (
            *_QUARTERS,
            "h1",
            "h2",
            *(
                phrase.split()[0]
                for phrase in vocabulary.words("clauses", "periods without a year")
            ),
            *(month.lower() for month in calendar.month_name[1:]),
        )
    ),
)


@dataclass(frozen=True, slots=True)
class YearlessMention:
    """A period named without its year at [start, end) of the text, by a label that is the
    same however it is written ("first quarter" and "Q1": "Q1")."""

    start: int
    end: int
    label: str


def find_yearless(text: str) -> list[YearlessMention]:
    """Every period the text names without a year ("in the first quarter", "last year")."""
    return [
        YearlessMention(match.start(), match.end(), _label(match))
        for match in _YEARLESS_SCAN.finditer(text)
    ]


def parts_of_year(text: str, start: int, end: int) -> set[str]:
    """The quarters, halves and runs of first months that text[start:end] names without a
    year, by label: "the third quarter" and "Q3" are both "Q3"."""
    return {
        _label(match)
        for match in _YEARLESS.finditer(text, start, end)
        if match.group("part") or match.group("q") or match.group("count")
    }


def _label(match: re.Match[str]) -> str:
    part, q, count, month = match.group("part", "q", "count", "month")
    if part:
        return f"{match.group('of')[0].upper()}{_QUARTERS[part.lower()]}"
    if q or month:
        return q or month
    if count:
        return f"first {WORD_VALUES.get(count.lower(), count)} months"
    return " ".join(match.group(0).lower().split())


# What makes a period in a conversion's own words the date of its rate: "as of May 3,
# 2023", "on June 30, 2024", "at 2023 exchange rates", "at the average 2023 rate".
_AS_OF = re.compile(r"\b(?:as\s+(?:of|at)|on)\s+(?:the\s+)?\Z", re.IGNORECASE)
_AT = re.compile(r"\bat\s+(?:the\s+)?(?:average\s+)?\Z", re.IGNORECASE)
_CLOSE = re.compile(r"[)\]\n]")
_THE = re.compile(r"^the\s", re.IGNORECASE)  # dropped from a period's label
_RATES = re.compile(r"\s+(?:average\s+)?(?:exchange\s+)?rates?\b", re.IGNORECASE)

_DATELINE = re.compile(
    r"\A\s*(?:[A-Z][A-Za-z.'’ -]{1,40}),?\s+(?:\(\w+\)\s+)?(?i:" + _MONTH + r")\s+(?P<day>\d{1,2})"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A clause set off from the figures before it, whose periods are its own: ", though that
# is a long way from 2006", "; whereas in 2019 ...", ", compared with 2006", "up since
# 2006", "from 2006, when ...".
_SET_OFF = re.compile(
    r"[,;:–—]\s*"
    + vocabulary.pattern(
        vocabulary.words("clauses", "contrasts", "concessives", "comparisons set off")
    )
    + "|"
    + vocabulary.pattern(vocabulary.words("clauses", "starting points"))
    + r"|\bfrom\s+(?:19|20)\d\d,?\s+when\b",
    re.IGNORECASE,
)


# The words before a period that make it what a figure is compared with, no figure's own:
# "higher than in 2019", "compared with 2006", "a real increase of 9.55% on July 2023".
_COMPARED_PERIOD = re.compile(
    r"\b(?:"
    + vocabulary.pattern(vocabulary.words("clauses", "compared periods", "starting points"))
    + r"|(?:"
    + vocabulary.pattern(vocabulary.words("proportions", "percent"))
    + r"|points?)\s+(?:"
    + vocabulary.pattern(vocabulary.words("clauses", "compared periods after a change"))
    + r"))\s+(?:in\s+)?(?:the\s+)?\Z",
    re.IGNORECASE,
)
_COMPARED_REACH = 40  # characters before a period that hold such words


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """A period named at [start, end) of the text."""

    start: int
    end: int
    period: Period


def find_periods(text: str, start: int = 0, end: int | None = None) -> list[PeriodMention]:
    """Every period named in text[start:end], except a dateline's date (the publication date)."""
    dateline = _DATELINE.match(text[:300]) if start == 0 else None
    if dateline is not None and dateline.group("year"):
        start = dateline.end()
    mentions = []
    for match in _PERIODS.finditer(text, start, end):
        period = _period_of(match)
        if period is not None:
            mentions.append(PeriodMention(match.start(), match.end(), period))
    return mentions


def rate_date(text: str, start: int, end: int) -> Period | None:
    """The date a rate is given for ("as of May 3, 2023"), read from `start` to `end`.

    The search stops where a bracket or the line closes.
    """
    close = _CLOSE.search(text, start, end)
    end = close.start() if close else end
    for mention in find_periods(text, start, end):
        before = text[max(start, mention.start - 20) : mention.start]
        if _AS_OF.search(before) or (_AT.search(before) and _RATES.match(text, mention.end, end)):
            return with_source(mention.period, "stated")
    return None


def compared_period(text: str, mention: PeriodMention | YearlessMention) -> bool:
    """Whether a period is named as what a figure is compared with ("than in 2019", "9.55%
    on July 2023"): it is the period of no figure, not even one in another sentence."""
    floor = max(0, mention.start - _COMPARED_REACH)
    return _COMPARED_PERIOD.search(text, floor, mention.start) is not None


def set_off_clause(text: str, start: int, end: int) -> int:
    """Where the first clause set off from the text at `start` begins, before `end`
    (", though ...", ", while ...", ", compared with ..."); `end` when none does."""
    match = _SET_OFF.search(text, start, end)
    return match.start() if match else end


def _period_of(match: re.Match[str]) -> Period | None:
    g = match.groupdict()
    label = _THE.sub("", " ".join(match.group(0).split()))
    if g["y1"]:
        count = WORD_VALUES.get(g["count"].lower()) or (
            int(g["count"]) if g["count"].isdigit() else 0
        )
        if not 1 <= count <= 12:
            return None
        return Period.months(int(g["y1"]), 1, count, label)
    if g["y2"] or g["y8"]:
        first = 1 if (g["half"] or g["h"]).lower() in ("first", "h1") else 7
        return Period.months(int(g["y2"] or g["y8"]), first, first + 5, label)
    if g["y3"] or g["y4"]:
        quarter = _QUARTERS[(g["quarter"] or g["q"]).lower()]
        return Period.months(int(g["y3"] or g["y4"]), 3 * quarter - 2, 3 * quarter, label)
    if g["y5"] or g["fy"]:
        # Fiscal years start in different months (April in Japan and India, July,
        # October...): take the whole span any of them could cover.
        year = int(g["y5"]) if g["y5"] else 2000 + int(g["fy"])
        return Period(date(year - 1, 4, 1), date(year + 1, 3, 31), f"fiscal {year}")
    if g["y10"]:
        year, month = int(g["y10"]), _MONTHS[g["to_month"].lower()]
        start = date(year, 1, 1) if month == 12 else date(year - 1, month + 1, 1)
        return Period(start, Period.month(year, month).end, label)
    if g["y11"]:
        first, last = _MONTHS[g["from_month"].lower()], _MONTHS[g["last_month"].lower()]
        year = int(g["y11"])
        if first > last:
            return Period(date(year - 1, first, 1), Period.month(year, last).end, label)
        return Period.months(year, first, last, label)
    if g["y6"]:
        return Period.month(int(g["y6"]), _MONTHS[g["month"].lower()])
    if g["y9"]:
        # "2023/24", "2023-24", "2020-2024": the calendar years the span touches.
        first = int(g["y9"])
        last = int(g["y9b"]) if len(g["y9b"]) == 4 else first // 100 * 100 + int(g["y9b"])
        if not first < last <= first + 10:
            return Period.year(first)
        return Period(date(first, 1, 1), date(last, 12, 31), label)
    return Period.year(int(g["y7"]))


def with_source(period: Period, source: PeriodSource) -> Period:
    return Period(period.start, period.end, period.label, source)


def document_date(text: str) -> tuple[date, str] | None:
    """The publication date a dateline gives ("BEIJING, March 3, 2024 -"), and "dateline"."""
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
