"""Figures: the numbers a text states, each read as the interval its writer's rounding allows.

A figure is a number in digits ("11.5", "2,130,456", "12,48,730.55", "41-point-26"; with a
decimal comma before a scale word or percent, "259,2 billion", "6,1%"; grouped by spaces
where it cannot be two figures, "NOK 357 900", "1 422,2 billion"), in words ("three",
"twenty-five", "two hundred and fifty", "a dozen", "half a million", "three quarters of a
million") or read out ("three-point-five", "two-point-43", "point-75 percent"), with an
optional sign ("-0.3", "+264,000": a plus states a direction and keeps the value) and an
optional scale ("trillion", "bn", "crore", "lakh crore", a glued "M") or currency
hundredth ("6 cents", "fifty pence"; a glued "204p" only in a text that writes "£", never
a video format).

Figures are found by one compiled regex whose quantifiers are never nested (and never
possessive, whose matching changed within Python 3.11), so extraction is linear in the
length of the text; the checks around each match look at a bounded number of characters.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from claimcheck import vocabulary
from claimcheck.extract.lexicon import any_of
from claimcheck.extract.scan import Scan, folded
from claimcheck.interval import INF, Interval
from claimcheck.model.claims import Stated
from claimcheck.reference.currencies import (
    CODE_ALIASES,
    CODE_NAMES,
    DATA_NAMES,
    DATA_SYMBOLS,
    LETTER_SYMBOLS,
    NAMES,
    SMALL_LETTER_SYMBOLS,
    SYMBOLS,
    UNMARKED_CODES,
)
from claimcheck.reference.scales import SCALE_ALIASES, SCALES


class Hedge(StrEnum):
    """How a hedge word bends a stated figure ("about", "more than", "up to", "nearly")."""

    APPROX = "approx"
    ABOVE = "above"
    BELOW = "below"
    NEARLY = "nearly"


@dataclass(frozen=True, slots=True)
class Figure:
    """One number in a text, with the scale written after it and the precision it states."""

    start: int  # the number's first character (its sign, "-" or "+", if any); no hedge, no currency
    end: int  # just after the number, or after its scale word ("11.5 trillion")
    value: float  # the stated value with the scale applied
    interval: Interval  # the stated precision with the scale applied, before any hedge
    digits: str  # the number as written: "11.5", "12,48,730.55", "three", "41-point-26"
    scale: str | None  # the scale as written: "trillion", "bn", "Cr", "M"; None if none
    multiplier: float  # the scale's factor, 1.0 when none
    word: bool  # written in words ("three trillion")
    looks_like_year: bool  # a plain 4-digit integer from 1800 to 2199 ("in 2024")


_HEDGES: dict[str, Hedge] = {
    word: hedge for hedge in Hedge for word in vocabulary.words("hedges", hedge.value)
}

# Guards for words: no letter just before, or just after (digits and "_" may touch).
NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
NOT_LETTER_AFTER = r"(?![^\W\d_])"
# The pieces of a number grouped by spaces: "572 983", "51 770 560".
_SPLIT_DIGITS = 3
_SPLIT_BEFORE = re.compile(r"(?<![\d.,])[0-9]{1,3} \Z")
_SPLIT_AFTER = re.compile(r" [0-9]{3}(?![\d.,]?\d)")

_NUMBER_WORDS = {
    name: {word: int(value) for word, value in vocabulary.values("numbers", name).items()}
    for name in ("ones", "teens", "tens")
}
_UNITS = "|".join(word for word, value in _NUMBER_WORDS["ones"].items() if value)
_TEENS = "|".join(_NUMBER_WORDS["teens"])
_TENS = "|".join(_NUMBER_WORDS["tens"])
_BELOW_100 = rf"(?:(?:{_TENS})(?:[-\s](?:{_UNITS}){NOT_LETTER_AFTER})?|{_TEENS}|{_UNITS}|zero)"

# Number words from zero to ninety, for every module that reads numbers written out.
WORD_VALUES: dict[str, int] = {
    word: value for table in _NUMBER_WORDS.values() for word, value in table.items()
}
_WORD_VALUES = WORD_VALUES | {"a": 1}

# Scale spellings for the figure pattern: a thousand or a lakh may be followed by "crore"
# ("lakh crore"); a single letter counts only glued or alone ("5m", "5 m").
_SPELLINGS = [(word, SCALES[SCALE_ALIASES.get(word, word)]) for word in (*SCALES, *SCALE_ALIASES)]
_CRORE = any_of(word for word, factor in _SPELLINGS if factor == SCALES["crore"] and len(word) > 1)
_BELOW_CRORE = any_of(  # "thousand crore", "lakh crore"
    word for word, factor in _SPELLINGS if factor < SCALES["million"] and len(word) > 1
)
_SCALE_WORDS = any_of(word for word, _ in _SPELLINGS if len(word) > 1)
_SCALE_LETTERS = "".join(word for word, _ in _SPELLINGS if len(word) == 1)
# A currency's hundredth written out after a number ("6 cents", "fifty pence"), and the
# symbols a text must write for a glued letter to be one ("204p").
_SUBUNITS = {
    word: Decimal(factor) for word, factor in vocabulary.values("scales", "subunits").items()
}
_SUBUNIT_SYMBOLS = vocabulary.values("scales", "subunit symbols")
_RESOLUTIONS = frozenset(vocabulary.words("scales", "resolutions"))
_SUBUNIT_WORDS = any_of(word for word in _SUBUNITS if len(word) > 1)

# The first letters of every scale and hundredth above: most figures have neither, and a
# look ahead for these fails faster than trying each.
_SCALE_FIRSTS = {word[0] for word in (*(w for w, _ in _SPELLINGS), *_SUBUNITS, *_SUBUNIT_SYMBOLS)}
_SCALE_STARTS = re.escape("".join(sorted(_SCALE_FIRSTS)))
_SCALE = rf"""
    (?:
      (?=(?:[^\S\n]{{0,8}}|-)[{_SCALE_STARTS}])
      (?:
        (?:[^\S\n]{{0,8}}|-)  # "1.2 billion", "$169-million" (Canadian Press style)
        (?P<scale>
            (?:{_BELOW_CRORE})s?(?:[\s-](?:{_CRORE})s?)?  # "lakh crore", "lakh-crore"
            |(?:{_SCALE_WORDS})s?
        ){NOT_LETTER_AFTER}
      | (?P<letter>[{_SCALE_LETTERS}]){NOT_LETTER_AFTER}
      | [^\S\n]{{0,8}}(?P<subunit>{_SUBUNIT_WORDS}){NOT_LETTER_AFTER}
      | (?P<subletter>(?-i:[{"".join(_SUBUNIT_SYMBOLS)}])){NOT_LETTER_AFTER}
      )
    )?
"""

# Digits read out one by one after "point": "three-point-five", "340-point-six".
_SPOKEN_DIGITS = rf"(?:[-\ ](?:{'|'.join(_NUMBER_WORDS['ones'])}){NOT_LETTER_AFTER}){{1,6}}"


def _figure_pattern(spoken: str) -> re.Pattern[str]:
    """The figure pattern, with `spoken` (an alternative for broadcast-style numbers, or
    nothing) tried before digits and words."""
    return re.compile(
        rf"""
    (?:
        (?P<opaque>(?:https?://|ftp://|www\.|@)\S+)
      {spoken}
      | (?P<sign>[-−+])?
        (?:
            (?P<whole>[0-9]+)[-\ ]point[-\ ](?P<fraction>[0-9]+)
          | (?P<number>[0-9]+(?:[.,][0-9]+)*)
        )
      | {NOT_LETTER_BEFORE}
        (?P<words>
            (?:a|{_UNITS})[-\s]quarters?\s+of\s+a(?=[^\S\n]{{1,8}}(?:{_SCALE_WORDS}))
          | (?:half\s+)?a\s+dozen
          | (?:a|{_UNITS})\s+hundred(?:\s+and\s+{_BELOW_100}{NOT_LETTER_AFTER})?
          | {_BELOW_100}(?:\s+and\s+a\s+(?:half|quarter))?
          | (?:half\s+)?a
        ){NOT_LETTER_AFTER}
    )
    {_SCALE}
    """,
        re.IGNORECASE | re.VERBOSE,
    )


# A broadcast-style number may mix words and digits ("two-point-43"), or leave out its
# whole part ("point-75 percent"), but then only a percent or a scale after it makes it
# a number ("match point 5" is not one).
_BARE_POINT_UNIT = vocabulary.pattern(
    (*vocabulary.words("proportions", "percent"), *(w for w, _ in _SPELLINGS if len(w) > 1))
)
_SPOKEN = rf"""{NOT_LETTER_BEFORE}
    (?:
        (?:[0-9]+|{_BELOW_100})[-\ ]point{_SPOKEN_DIGITS}
      | {_BELOW_100}[-\ ]point[-\ ][0-9]+(?![.,]?[0-9])
      | (?<!-)point(?:{_SPOKEN_DIGITS}|[-\ ][0-9]+(?![0-9])){NOT_LETTER_AFTER}
        (?=[^\S\n]*{_BARE_POINT_UNIT})
    )"""


# Where a figure may start: a number word (after a non-letter), a digit run, its sign, a
# link or a handle.
# What a text with a broadcast-style number has: "point" and a digit word after it.
_SPOKEN_HINT = re.compile(rf"point(?:{_SPOKEN_DIGITS}|[-\ ][0-9])")
_STARTS = dict(
    word=any_of(("half", "zero", *_UNITS.split("|"), *_TEENS.split("|"), *_TENS.split("|")))
    + rf"|a{NOT_LETTER_AFTER}",
    anywhere=r"[0-9](?<![0-9].)|[-−+](?=[0-9])|@|h(?=ttps?://)|f(?=tp://)|w(?=ww\.)",
    separator=r"[\W\d_]",
)
_FIGURES = Scan(_figure_pattern(""), **_STARTS)
# ... and for a text that says "point", with broadcast-style numbers ("three-point-five").
_SPOKEN_FIGURES = Scan(
    _figure_pattern(f"| (?P<spoken>{_SPOKEN})"), **(_STARTS | {"word": _STARTS["word"] + "|point"})
)

# What after a number word makes it the start of a fraction, ratio or ordinal.
_FRACTION_AFTER = re.compile(
    rf"""
    (?:
        [-\ ](?:{"|".join(vocabulary.words("proportions", "fractions"))})s?
      | -(?:first|second)
      | \s+and\s+a\s+(?:half|quarter)
      | \s+in\s+(?:[0-9]|{_BELOW_100})
    ){NOT_LETTER_AFTER}
    """,
    re.IGNORECASE | re.VERBOSE,
)

_HEDGE = re.compile(
    NOT_LETTER_BEFORE
    + "(?:"
    + "|".join(
        r"\s+".join(re.escape(part) for part in phrase.split())
        for phrase in sorted(_HEDGES, key=len, reverse=True)
    )
    + r")\Z",
    re.IGNORECASE,
)
# A word before a hedge word that makes it a preposition: "spread over 7.28 million".
_PREPOSITION_AFTER = re.compile(
    rf"{NOT_LETTER_BEFORE}(?:{any_of(vocabulary.words('hedges', 'preposition after'))})\s+\Z",
    re.IGNORECASE,
)
_HEDGE_WINDOW = 40  # characters searched for a hedge; the longest is "not fewer than"
# The last word of every hedge, lower-cased, and the length of the longest.
_HEDGE_ENDS = tuple(sorted({phrase.split()[-1] for phrase in _HEDGES}))
_HEDGE_TAIL = max(map(len, _HEDGE_ENDS))

_MAX_DIGITS = 18  # longer runs are identifiers (account, phone, hash), not figures
# Unit abbreviations a figure may be glued to ("5km", "10kg", "100MW", "60mph").
_UNIT_SYMBOLS = vocabulary.words("cues", "glued units")
_GLUED_UNIT = re.compile(vocabulary.pattern(_UNIT_SYMBOLS, word_end=False) + NOT_LETTER_AFTER)
# A power written out: its base, exponent and mantissa are none of them figures.
_POWER_BEFORE = re.compile(r"(?:\^|\*\*)[^\S\n]*\Z")
_POWER_AFTER = re.compile(r"[^\S\n]*(?:\^|\*\*|[×xX*·][^\S\n]*10[^\S\n]*(?:\^|\*\*))")
_BANDS = {name: float(value) for name, value in vocabulary.values("hedges", "bands").items()}
_APPROX_FLOOR = _BANDS["approx floor"]  # APPROX widens to at least this share of the value
_APPROX_CEILING = _BANDS["approx ceiling"]  # ... and at most this share
_NEARLY_REACH = _BANDS["nearly reach"]  # NEARLY reaches down to this share of the value
_A_WORDS = frozenset({"a", "half a"})  # "a million" reads as 1.0 million, "half a million" 0.5
_PARTS = {"half": Decimal("0.5"), "quarter": Decimal("0.25")}  # "two and a half million"
_LONE_WORDS = _A_WORDS | {"one"}  # figures only before a scale word


# Spaces that group digits ("R86 370 million", "1 234 567"): a no-break, narrow no-break or
# thin space only ever does; a plain space does only with a currency mark before the number
# ("NOK 357 900"), a scale, currency or unit word or a noun of people after it ("12 500
# euros", "5 660 TWh", "1 642 inhabitants") or a first group that no figure could start
# ("1 000 claimants", "4 015 186"), never in a list ("rooms 101 102") nor after another
# number ("in 2023 357 900"). A decimal comma ends the groups only before a scale word
# ("R1 422,2 billion"). At most six groups make a number (`_MAX_DIGITS`), and a seventh
# after them makes none.
_GROUPING_SPACES = "\u00a0\u202f\u2009"
_SPACED_GROUPS = re.compile(
    rf"(?P<gap>[ {_GROUPING_SPACES}])[0-9]{{3}}(?:(?P=gap)[0-9]{{3}}){{0,4}}"
    r"(?P<fraction>\.[0-9]+|,[0-9]{1,2})?(?![0-9]|[.,][0-9]|(?P=gap)[0-9]{3}(?![0-9]))"
)
_GAP_THEN_DIGIT = re.compile(rf"[ {_GROUPING_SPACES}][0-9]")  # how every group starts
_NUMBER_BEFORE = re.compile(rf"[0-9][ {_GROUPING_SPACES}]\Z")  # "2023 " before "357 900"
# After a figure, a group that can only belong to it: one a space that only groups digits
# parts from it, or one that no figure could start ("1 000").
_GROUP_AFTER = re.compile(rf"[{_GROUPING_SPACES}][0-9]{{3}}|[ {_GROUPING_SPACES}]0[0-9]{{2}}")
# A comma that only a decimal comma can be: one or two digits after it, and a scale word or
# a percent after those ("R259,2 billion", "€3,4 milliards", "6,1%"); "1,500 million" keeps
# its thousands, and "3,4" alone is left unread.
_DECIMAL_COMMA = re.compile(r"[0-9]{1,3},[0-9]{1,2}")
_PERCENT_AFTER = re.compile(
    r"[^\S\n]{0,8}" + vocabulary.pattern(vocabulary.words("proportions", "percent")),
    re.IGNORECASE,
)
# Currency marks a space may part from their number ("NOK 357 900", "€ 12 500"): codes and
# symbols, but no lone letter ("R", "N"), which is a mark only glued.
_MARKS_APART = frozenset(
    mark
    for mark in (*CODE_NAMES, *CODE_ALIASES, *SYMBOLS, *DATA_SYMBOLS)
    if mark not in UNMARKED_CODES and not (len(mark) == 1 and mark.isalpha())
)
_MARK_GAP = 8  # the most spaces, or letters of a mark, looked at before a number
_SCALE_AFTER = re.compile(_SCALE, re.IGNORECASE | re.VERBOSE)
_CURRENCY_NAMES = {
    spelled
    for name in (*NAMES, *DATA_NAMES)
    if "(" not in name.replace("(s)", "")
    for spelled in (name.replace("(s)", ""), name.replace("(s)", "s"))
}


def _unit_spellings(kind: str) -> tuple[str, ...]:
    """The spellings of one kind ("names", "symbols") pint gives every unit (`units.txt`)."""
    return tuple(
        spelling
        for entries in vocabulary.sections("units").values()
        for entry in entries
        if entry.value == kind
        for spelling in entry.spellings
    )


# Units named in words ("368 371 tonnes", "12 500 barrels"), from pint's names.
_UNIT_NAMES = _unit_spellings("names")
# ... and the nouns of people a count is stated in ("1 642 inhabitants", "16 000 residents").
_COUNTED_NAMES = (*_UNIT_NAMES, *vocabulary.words("cues", "people nouns"))
# Unit symbols, matched as written ("711 515 t", "12 410 mi"), but those that are words.
_WORD_SYMBOLS = frozenset(vocabulary.words("cues", "word symbols"))
_UNIT_SYMBOLS_AFTER = tuple(s for s in _unit_spellings("symbols") if s not in _WORD_SYMBOLS)
# What a scale, currency or unit word after a figure may start with, in any case.
_WORD_STARTS = frozenset(
    case
    for word in (
        *(w for w, _ in _SPELLINGS),
        *_SUBUNITS,
        *_CURRENCY_NAMES,
        *CODE_NAMES,
        *_UNIT_SYMBOLS,
        *_COUNTED_NAMES,
        *_UNIT_SYMBOLS_AFTER,
    )
    for case in (word[:1].lower(), word[:1].upper().lower(), word[:1].casefold())
)
_CURRENCY_WORD_AFTER = re.compile(
    rf"[^\S\n]{{1,8}}(?:(?i:{any_of(_CURRENCY_NAMES)})|{any_of(CODE_NAMES)}){NOT_LETTER_AFTER}"
)
_UNIT_AFTER = re.compile(  # "5 660 TWh", "368 371 tonnes", "1 642 inhabitants", "711 515 t"
    rf"[^\S\n]{{1,8}}(?:{_GLUED_UNIT.pattern}|(?i:{any_of(_COUNTED_NAMES)})e?s?{NOT_LETTER_AFTER}"
    rf"|{any_of(_UNIT_SYMBOLS_AFTER)}{NOT_LETTER_AFTER})"
)


def find_figures(text: str) -> list[Figure]:
    """Every figure in the text, in order and non-overlapping."""
    figures: list[Figure] = []
    lowered = folded(text)
    spoken = _SPOKEN_HINT.search(text.lower() if lowered is None else lowered) is not None
    for match in (_SPOKEN_FIGURES if spoken else _FIGURES).finditer(text):
        figure: Figure | None
        if match.lastgroup == "number" and text[match.start()] not in _SIGNS:
            figure = _plain_figure(text, match)  # most figures: digits alone, no sign or scale
        elif spoken and match["spoken"] is not None:
            figure = _spoken_figure(match) if match["spoken"].isascii() else None
        elif match["words"] is not None:
            figure = _word_figure(text, match)
        elif match["opaque"] is None:
            figure = _digit_figure(text, match)
        else:
            continue
        if figure is not None:
            figures.append(figure)
    joined = _join_word_groups(text, _join_spaced_groups(text, figures))
    return _without_labels(text, _without_tallies(text, joined))


# A score's dash and the noun after it: "a 10[-3 vote]", "a 5[–4 ruling]".
_TALLY_DASH = frozenset("-–")
_TALLY_NOUN = re.compile(
    rf"[ \t]+{vocabulary.pattern(vocabulary.words('numbers', 'tally nouns'))}\b", re.IGNORECASE
)


def _without_tallies(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures less the two numbers of each score or tally ("approved by a 10-3 vote"),
    which count no quantity another figure of the text relates to."""
    tallied: set[int] = set()
    for i in range(len(figures) - 1):
        first, second = figures[i], figures[i + 1]
        if (
            text[first.end : second.start] in _TALLY_DASH
            and first.digits.isdigit()
            and second.digits.isdigit()
            and first.scale is None
            and second.scale is None
            and _TALLY_NOUN.match(text, second.end)
        ):
            tallied |= {i, i + 1}
    return [f for i, f in enumerate(figures) if i not in tallied] if tallied else figures


# A number naming one of a sequence: "term 2", "Week 7", "Article 50"; not "the third
# quarter 123 stores" (`[label noun quantifiers]`), nor a grouped, decimal or percent figure.
_LABEL_BEFORE = re.compile(
    rf"(?<![\w-])(?:(?P<quantifier>"
    rf"{vocabulary.pattern(vocabulary.words('numbers', 'label noun quantifiers'))})[^\S\n]+)?"
    rf"{vocabulary.pattern(vocabulary.words('numbers', 'label nouns'))}[^\S\n]+\Z",
    re.IGNORECASE,
)
_LABEL_NUMBER = re.compile(r"[0-9]{1,3}\Z")
_LABEL_REACH = 40  # characters read before a number for the noun it labels
# The last word of every label noun: a number after any other word is no label's.
_LABEL_WORDS = frozenset(
    spelling.split()[-1].lower() for spelling in vocabulary.words("numbers", "label nouns")
)


def _without_labels(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures less the numbers that name one of a sequence ("in term 2 of 2024",
    "phase 3"), which count nothing: read as a value, "rose to 53.6% in term 2, up from
    46.7%" would compare 2 with 46.7%."""
    return [
        figure
        for figure in figures
        if not (
            figure.scale is None
            and _LABEL_NUMBER.match(figure.digits)
            and text[figure.start : figure.end] == figure.digits
            and _after_a_label_word(text, figure.start)
            and (
                label := _LABEL_BEFORE.search(
                    text, max(0, figure.start - _LABEL_REACH), figure.start
                )
            )
            and label["quantifier"] is None
            and not _PERCENT_AFTER.match(text, figure.end)
        )
    ]


def _after_a_label_word(text: str, start: int) -> bool:
    """Whether the word right before `start`, past spaces, is a label noun's last word."""
    words = text[max(0, start - _LABEL_REACH) : start].split(None)
    return text[start - 1 : start].isspace() and bool(words) and words[-1].lower() in _LABEL_WORDS


def figure_before_letter(text: str, start: int, end: int) -> Figure | None:
    """The figure in digits at text[start:end] with a letter glued after it, which
    `find_figures` leaves unread ("5G", "Grade 4C"): for a reader that has made sure the
    letter is a unit ("40C" in "40C (104F)")."""
    match = _FIGURES.pattern.match(text, start, end)
    if match is None or match.end() != end or match["number"] is None:
        return None
    return _digit_figure(text[:end], match)


# Between the groups of a number in words: "one million two hundred thousand", "two
# trillion, eight hundred and sixty-nine billion, six hundred million".
_WORD_GROUP_GAP = re.compile(r",?[^\S\n]+(?:and[^\S\n]+)?", re.IGNORECASE)


def _join_word_groups(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures, with a number in words written in groups read as one: each group after
    a scale word is smaller than that scale ("one million, two hundred thousand" is
    1,200,000; "two million, three million" stays two), and a last group without a scale
    word follows "thousand"; or grouped digits go on from a whole number of millions ("4
    million 965,000"). Its rounding is the last group's."""
    joined: list[Figure] = []
    for figure in figures:
        last = joined[-1] if joined else None
        if last is None or not (
            _in_word_groups(text, last, figure) or _digits_after_scale(text, last, figure)
        ):
            joined.append(figure)
            continue
        joined[-1] = Figure(
            start=last.start,
            end=figure.end,
            value=last.value + figure.value,
            interval=Interval(last.value + figure.interval.low, last.value + figure.interval.high),
            digits=text[last.start : figure.start] + figure.digits,
            scale=figure.scale,
            multiplier=figure.multiplier,
            word=last.word,
            looks_like_year=False,
        )
    return joined


def _in_word_groups(text: str, last: Figure, figure: Figure) -> bool:
    """Whether a number in words goes on in `figure`: "one million[,] two hundred thousand"."""
    return (
        last.word
        and figure.word
        and last.scale is not None
        and 0 < figure.value < last.multiplier
        and (figure.scale is not None or last.multiplier == 1000)  # "of the 4 million, two"
        and _WORD_GROUP_GAP.fullmatch(text, last.end, figure.start) is not None
    )


def _digits_after_scale(text: str, last: Figure, figure: Figure) -> bool:
    """Whether a whole number of millions goes on in grouped digits, one space between, as
    spoken copy writes it: "4 million 965,000 bags", "one million 204,000"."""
    return (
        last.multiplier >= 1_000_000
        and float(last.value / last.multiplier).is_integer()
        and not figure.word
        and figure.scale is None
        and "," in figure.digits
        and 1000 <= figure.value < last.multiplier
        and text[last.end : figure.start] == " "
    )


def _join_spaced_groups(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures, with digit groups a space separates read as one ("R86 370 million");
    a figure whose groups are left unjoined ("in 2023 1 000 people") is left unread."""
    joined: list[Figure] = []
    for figure in figures:
        if joined and figure.start < joined[-1].end:
            continue  # a group of a figure just joined
        if not _GAP_THEN_DIGIT.match(text, figure.end):
            joined.append(figure)  # no group can follow: most figures
            continue
        spaced = _spaced_figure(text, figure)
        if spaced is not None:
            joined.append(spaced)
        elif _GROUP_AFTER.match(text, figure.end) is None:
            joined.append(figure)
    return joined


def _spaced_figure(text: str, first: Figure) -> Figure | None:
    """The figure `first` begins when spaces group its digits in threes, or None."""
    plain = first.digits.lstrip("-−")
    if first.scale is not None or first.word or not plain.isdigit() or len(plain) > 3:
        return None
    if _NUMBER_BEFORE.search(text, max(0, first.start - 2), first.start):
        return None  # "in 2023 357 900": which number do the groups belong to?
    groups = _SPACED_GROUPS.match(text, first.end)
    if groups is None or not _right_allowed(text, groups.end()):
        return None
    fraction = groups["fraction"] or ""
    grouped = groups.group()[: len(groups.group()) - len(fraction)].split(groups["gap"])[1:]
    # A space parts no figures where the group right after it starts with a zero ("1 000
    # claimants", "4 015 186 households"), as no figure does: the groups after it are the
    # same number's; else only beside a mark or a word that makes it one.
    parted = groups["gap"] == " " and grouped[0][0] != "0"
    marked = _mark_before(text, first.start)
    if parted and not marked and not _word_may_follow(text, groups.end()):
        return None  # a list of numbers ("rooms 101 102"): no scale or currency word after
    scale = _SCALE_AFTER.match(text, groups.end())
    scale_word = None
    end = groups.end()
    if scale is not None and (scale["scale"] or scale["letter"] or scale["subunit"]):
        scale_word, end = scale["scale"] or scale["letter"] or scale["subunit"], scale.end()
    if fraction.startswith(",") and not (scale is not None and scale["scale"]):
        return None  # "1 234,50": a decimal comma only before a scale word
    if parted and not (
        scale_word
        or marked
        or _CURRENCY_WORD_AFTER.match(text, end)
        or _UNIT_AFTER.match(text, end)
    ):
        return None
    number = ",".join((plain, *grouped)) + fraction.replace(",", ".")
    stated = _stated(None, None, number)
    if stated is None:
        return None
    value, half = stated
    value = -value if first.value < 0 else value
    digits = first.digits + groups.group()  # as written, its spaces and all
    return _figure(first.start, end, value, half, digits, scale_word, word=False, year=False)


def _word_may_follow(text: str, end: int) -> bool:
    """Whether a scale, currency or unit word may follow `end` (after spaces), as
    `_SCALE_AFTER`, `_CURRENCY_WORD_AFTER` or `_UNIT_AFTER` would read it: False only when
    what follows starts none. A scale may follow a hyphen ("$169-million")."""
    after = text[end : end + 9].lstrip().removeprefix("-")[:1]
    return not after.isascii() or after.lower() in _WORD_STARTS


def _mark_before(text: str, start: int) -> bool:
    """Whether a currency mark stands before a number: glued ("R86", "€12", "$1") or parted
    from it by spaces ("NOK 357", "€ 12"; never across a line)."""
    if start == 0:
        return False
    before = text[start - 1]
    if unicodedata.category(before) == "Sc" or (before.isalpha() and _currency_prefix(text, start)):
        return True
    gap = start
    while gap > max(0, start - _MARK_GAP) and text[gap - 1] in _GROUPING_SPACES + " ":
        gap -= 1
    words = text[max(0, gap - _MARK_GAP) : gap].split() if gap < start else []
    mark = words[-1].lstrip("([\"'“‘") if words else ""
    if mark in _MARKS_APART:
        return True
    letters, sign = mark[:-1], mark[-1:]  # "€", "US$": a sign after letters, if any
    return sign != "" and unicodedata.category(sign) == "Sc" and (not letters or letters.isalpha())


def read_hedge(text: str, pos: int) -> tuple[Hedge, int] | None:
    """The hedge ending just before `pos` (only whitespace between) and where it starts."""
    read_in, read = _HEDGES_READ[0]  # one read of the pair: safe under threads
    if read_in is not text or len(read) >= _HEDGES_HELD:
        read = {}
        _HEDGES_READ[0] = (text, read)
    if pos not in read:
        read[pos] = _read_hedge(text, pos)
    return read[pos]


# The hedges read in the text read last, by place: the readers of proportions, shares,
# changes and totals each ask for the hedge before the same figures.
_HEDGES_READ: list[tuple[str, dict[int, tuple[Hedge, int] | None]]] = [("", {})]
_HEDGES_HELD = 1 << 16


def _read_hedge(text: str, pos: int) -> tuple[Hedge, int] | None:
    end = pos
    while end > 0 and text[end - 1].isspace():
        end -= 1
    tail = text[max(0, end - _HEDGE_TAIL) : end]
    folded = tail.lower()
    if len(folded) == len(tail) and folded.isascii() and not folded.endswith(_HEDGE_ENDS):
        return None  # no hedge's last word ends here: skip the slower search
    match = _HEDGE.search(text, max(0, end - _HEDGE_WINDOW), end)
    if match is None or _PREPOSITION_AFTER.search(text, max(0, match.start() - 20), match.start()):
        return None
    return _HEDGES[" ".join(match.group().casefold().split())], match.start()


def split_group(text: str, figure: Figure) -> bool:
    """Whether a figure is a piece of a number grouped by spaces that was read apart, which
    number is unsure: "572" or "983" of "572 983 candidates", "51" of "51 770 560"."""
    if not figure.digits.isdigit() or len(figure.digits) > _SPLIT_DIGITS:
        return False
    before = text[max(0, figure.start - _SPLIT_DIGITS - 2) : figure.start]
    tail = len(figure.digits) == _SPLIT_DIGITS and _SPLIT_BEFORE.search(before)
    return bool(tail or _SPLIT_AFTER.match(text, figure.end))


def hedge_start(text: str, value: Stated) -> int:
    """Where the words before a stated figure end: at its hedge ("about"), if it has one."""
    start = value.start or 0
    hedge = read_hedge(text, start) if value.hedge is not None else None
    return hedge[1] if hedge is not None else start


def apply_hedge(interval: Interval, hedge: Hedge | None) -> Interval:
    """The interval a hedged figure allows, from the interval it states.

    - APPROX: the half-width doubles, and is at least 2% and at most 50% of the value on
      each side (never narrower than stated): "about 1 billion" never includes zero.
    - ABOVE: from the stated low up to +inf.
    - BELOW: from 0 (-inf for a negative value) up to the stated high.
    - NEARLY: from 90% of the value (or the stated low, if lower) up to the stated high;
      a negative value is mirrored (up to 90% of it, towards zero).
    """
    if hedge is None:
        return interval
    value = interval.mid
    if hedge is Hedge.APPROX:
        half = max(interval.high - interval.low, _APPROX_FLOOR * abs(value))
        half = min(half, _APPROX_CEILING * abs(value))
        return Interval(min(value - half, interval.low), max(value + half, interval.high))
    if hedge is Hedge.ABOVE:
        return Interval(interval.low, INF)
    if hedge is Hedge.BELOW:
        return Interval(-INF if value < 0 else 0.0, interval.high)
    if hedge is Hedge.NEARLY:
        if value < 0:
            return Interval(interval.low, max(_NEARLY_REACH * value, interval.high))
        return Interval(min(_NEARLY_REACH * value, interval.low), interval.high)
    return interval


def stated_fields(
    text: str,
    figure: Figure,
    start: int | None = None,
    end: int | None = None,
    interval: Interval | None = None,
) -> dict[str, Any]:
    """The fields of a stated figure (`claims.Stated`) written at text[start:end].

    The span defaults to the figure's own; a hedge just before `start` widens the
    figure's interval (or the `interval` given in its place).
    """
    start = figure.start if start is None else start
    end = figure.end if end is None else end
    found = read_hedge(text, start)
    hedge = found[0] if found else None
    widened = apply_hedge(figure.interval if interval is None else interval, hedge)
    return {
        "value": figure.value,
        "low": widened.low,
        "high": widened.high,
        "multiplier": figure.multiplier,
        "scale": figure.scale,
        "digits": figure.digits,
        "hedge": hedge.value if hedge else None,
        "text": text[start:end],
        "start": start,
        "end": end,
    }


def _digit_figure(text: str, match: re.Match[str]) -> Figure | None:
    """The figure a match of digits stands for, or None when its context rules it out."""
    body = "whole" if match["whole"] is not None else "number"
    start = match.start(body)
    signed = match["sign"] is not None and _sign_allowed(text, match.start("sign"))
    if signed:
        start = match.start("sign")
    elif not _left_allowed(text, start):
        return None
    end = match.end()
    if not _right_allowed(text, end) or _in_a_power(text, start, match.end(body)):
        return None
    number = match["number"]
    if number is not None:
        number = _pointed(text, number, end, scaled=match["scale"] is not None)
    stated = _stated(match["whole"], match["fraction"], number)
    if stated is None:
        return None
    value, half = stated
    if signed and match["sign"] != "+":
        value = -value
    scale = match["scale"] or match["letter"] or match["subunit"]
    if match["subletter"] is not None:
        symbols = _SUBUNIT_SYMBOLS[match["subletter"]]
        if text[start:end].lower() in _RESOLUTIONS or not any(s in text for s in symbols):
            return None
        scale = match["subletter"]
    # A plus sign states a direction, not a different number: the digits leave it out.
    written = match.start(body) if match["sign"] == "+" else start
    digits = text[written : match.end("fraction" if body == "whole" else "number")]
    plain = scale is None and not signed and body == "number"
    year = plain and _names_a_year(text, start, digits)
    return _figure(start, end, value, half, digits, scale, word=False, year=year)


_SIGNS = "-−+"
_FOREIGN_SCALE_AFTER = re.compile(
    rf"[^\S\n]+{vocabulary.pattern(vocabulary.words('scales', 'foreign scales'))}",
    re.IGNORECASE,
)


def _plain_figure(text: str, match: re.Match[str]) -> Figure | None:
    """`_digit_figure` of a match that is a number alone: no sign, point, scale or unit."""
    start, end = match.span()
    digits = match.group()
    if not _left_allowed(text, start) or not _right_allowed(text, end):
        return None
    if _in_a_power(text, start, end):
        return None
    stated = _stated(None, None, _pointed(text, digits, end, scaled=False))
    if stated is None:
        return None
    year = _names_a_year(text, start, digits)
    return _figure(start, end, *stated, digits, None, word=False, year=year)


_YEAR_SPAN_OPEN = re.compile(r"(?<!\d)(\d{4})[-–/]")  # "2009-" in "2009-10", a fiscal year


def _names_a_year(text: str, start: int, digits: str) -> bool:
    """Whether digits as written at `start` may name a year: "2024", or the "10" of
    "2009-10", two digits that close a span of years as the next year's last two."""
    if looks_like_year(digits):
        return True
    opening = _YEAR_SPAN_OPEN.match(text, max(0, start - 5), start)
    if opening is None or len(digits) != 2 or opening.end() != start:
        return False
    year = opening.group(1)
    return looks_like_year(year) and int(digits) == (int(year) + 1) % 100


def _pointed(text: str, number: str, end: int, *, scaled: bool) -> str:
    """A number with its comma read as a decimal point where it can only be one and a scale
    word or a percent sign follows ("2,5 millones", "12,5%"); as written otherwise."""
    if (
        "," in number
        and _DECIMAL_COMMA.fullmatch(number)
        and (scaled or _PERCENT_AFTER.match(text, end))
    ):
        return number.replace(",", ".")
    return number


# The marks after which a word opens a sentence, a quotation or a bracket.
_OPENING_MARKS = frozenset(".!?:;\"“‘'([—–-")


def _opens_a_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` opens the text, a sentence, a quotation or a bracket:
    only spaces between it and the text's start or an opening mark."""
    at = start - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at < 0 or text[at] in _OPENING_MARKS


def _word_figure(text: str, match: re.Match[str]) -> Figure | None:
    """The figure a match of number words stands for, or None for a lone "one" or a fraction."""
    words = match["words"]
    if not words.isascii():
        return None  # "ſix", "fİve": letters that only fold to a number word
    if words.istitle() and not _opens_a_sentence(text, match.start()):
        return None  # a name inside a sentence: "with Seven contributing", "Formula One"
    scale = match["scale"]
    spoken = " ".join(words.lower().replace("-", " ").split())
    if scale is None and (spoken in _LONE_WORDS or _FRACTION_AFTER.match(text, match.end())):
        return None
    scale = scale or match["subunit"]  # "fifty pence", but never "a penny"
    whole, _, part = spoken.partition(" and a ")  # "two and a half": 2 and 0.5
    count, _, quarters = spoken.partition(" quarter")  # "three quarters of a million": 0.75
    value = (
        _WORD_VALUES[count] * _PARTS["quarter"]
        if quarters and not part
        else _word_value(whole) + (_PARTS[part] if part else 0)
    )
    exact = spoken in _A_WORDS or part or quarters
    half = Decimal("0.05") if exact else _integer_half_width(int(value))
    return _figure(match.start(), match.end(), value, half, words, scale, word=True, year=False)


def _spoken_figure(match: re.Match[str]) -> Figure:
    """The figure a broadcast-style number stands for: "three-point-five" is 3.5, "point-75"
    is 0.75."""
    spoken = match["spoken"]
    whole, fraction = re.split(r"(?:^|[-\s])point[-\s]", spoken, maxsplit=1, flags=re.IGNORECASE)
    integer = (
        whole or "0"
        if whole.isdigit() or not whole
        else str(int(_word_value(" ".join(whole.lower().split("-")))))
    )
    digits = fraction
    if not fraction.isdigit():
        digits = "".join(
            str(_NUMBER_WORDS["ones"][w.lower()]) for w in re.split(r"[-\s]", fraction)
        )
    value = Decimal(f"{integer}.{digits}")
    half = Decimal(5).scaleb(-len(digits) - 1)
    return _figure(
        match.start("spoken"),
        match.end(),
        value,
        half,
        spoken,
        match["scale"],
        word=True,
        year=False,
    )


def _figure(
    start: int,
    end: int,
    value: Decimal,
    half: Decimal,
    digits: str,
    scale: str | None,
    *,
    word: bool,
    year: bool,
) -> Figure:
    """A figure from its stated value and half-width, with the scale applied."""
    scaled, interval, multiplier = _scaled(value, half, scale)
    # Each field set through its slot: the frozen class's own `__init__` sets each through
    # `object.__setattr__`, which costs about four times as much (a figure's largest cost).
    figure = _new_figure(Figure)
    _set_start(figure, start)
    _set_end(figure, end)
    _set_value(figure, scaled)
    _set_interval(figure, interval)
    _set_digits(figure, digits)
    _set_scale(figure, scale)
    _set_multiplier(figure, multiplier)
    _set_word(figure, word)
    _set_year(figure, year)
    return figure


# The slots of a figure, each set as its frozen class's `__init__` sets it (there is no
# `__post_init__`): the object is the same, made faster.
_new_figure = object.__new__
_SLOTS: dict[str, Any] = dict(vars(Figure))
_set_start = _SLOTS["start"].__set__
_set_end = _SLOTS["end"].__set__
_set_value = _SLOTS["value"].__set__
_set_interval = _SLOTS["interval"].__set__
_set_digits = _SLOTS["digits"].__set__
_set_scale = _SLOTS["scale"].__set__
_set_multiplier = _SLOTS["multiplier"].__set__
_set_word = _SLOTS["word"].__set__
_set_year = _SLOTS["looks_like_year"].__set__


@functools.lru_cache(maxsize=4096)
def _scaled(value: Decimal, half: Decimal, scale: str | None) -> tuple[float, Interval, float]:
    """The value, interval and factor of a stated value and half-width under a scale.

    Kept for the figures a text repeats (years, round numbers, a figure restated).
    """
    factor = _multiplier(scale)
    interval = Interval(float((value - half) * factor), float((value + half) * factor))
    return float(value * factor), interval, float(factor)


@functools.lru_cache(maxsize=4096)
def _stated(
    whole: str | None, fraction: str | None, number: str | None
) -> tuple[Decimal, Decimal] | None:
    """The unsigned value and half-width digits state, or None if they are not a number.

    The digits are a whole and a fraction ("41-point-26") or a number ("12,48,730.55").
    """
    if whole is not None and fraction is not None:
        integer = whole
    else:
        assert number is not None
        integer, _, fraction = number.partition(".")
        if "." in fraction or "," in fraction or not _grouped(integer):
            return None
        integer = integer.replace(",", "")
    if len(integer) + len(fraction) > _MAX_DIGITS or (len(integer) > 1 and integer[0] == "0"):
        return None
    if fraction:
        return Decimal(f"{integer}.{fraction}"), Decimal(5).scaleb(-len(fraction) - 1)
    return Decimal(integer), _integer_half_width(int(integer))


def _grouped(integer: str) -> bool:
    """Whether commas, if any, group the digits in threes or the Indian way ("12,48,730")."""
    groups = integer.split(",")
    if len(groups) == 1:
        return True
    first, middle, last = groups[0], groups[1:-1], groups[-1]
    if first.startswith("0") or len(last) != 3:
        return False
    western = len(first) <= 3 and all(len(group) == 3 for group in middle)
    indian = len(first) <= 2 and all(len(group) == 2 for group in middle)
    return western or indian


def _integer_half_width(integer: int) -> Decimal:
    """Half a unit of the last digit an integer is rounded to.

    Trailing zeros are read as rounding ("1,800" to hundreds, "1,210" to tens), but never
    looser than two significant figures ("2,000" -> +/-50, "100" -> +/-5): a writer's
    "1,010 billion" may be 1.01 trillion rounded, so its zero cannot be trusted.
    """
    digits = str(abs(integer))
    zeros = len(digits) - len(digits.rstrip("0"))
    exponent = min(zeros, max(len(digits) - 2, 0))
    return Decimal(5).scaleb(exponent - 1)


def _word_value(spoken: str) -> Decimal:
    """The value of lower-cased, single-spaced number words ("two hundred and fifty")."""
    total = Decimal(0)
    factor = Decimal(1)
    for word in spoken.split():
        if word == "half":
            factor = Decimal("0.5")
        elif word == "hundred":
            total *= 100
        elif word == "dozen":
            total *= 12
        elif word != "and":
            total += _WORD_VALUES[word]
    return total * factor


def _multiplier(scale: str | None) -> Decimal:
    """The factor a scale as written stands for ("lakh crore" or "lakh-crore" -> 1e12,
    "cents" -> 0.01); 1 for none."""
    if scale is not None and scale.lower() in _SUBUNITS:
        return _SUBUNITS[scale.lower()]
    factor = Decimal(1)
    for word in (scale or "").lower().replace("-", " ").split():
        singular = word[:-1] if word.endswith("s") else word
        canonical = SCALE_ALIASES.get(singular, singular)
        factor *= Decimal(SCALES[canonical])
    return factor


# A bare figure takes the scale word of a partner beside it ("from 2.6 to 3.1 billion",
# "$1.2-1.5 billion") only when written below this and within this many times of the
# partner's figure as written: in "from 900 to 1.2 million" neither reading is clear.
BARE_SCALE_LIMIT = 1000
_BARE_SCALE_SPREAD = 10


def within_scale_spread(bare: float, written: float) -> bool:
    """Whether a bare figure is within ten times of a partner's figure as written before its
    scale word ("2.6" of "3.1 billion"), so that it may share that scale."""
    return written / _BARE_SCALE_SPREAD <= bare <= written * _BARE_SCALE_SPREAD


def looks_like_year(digits: str) -> bool:
    """Whether digits as written may be a year: four of them, 1800 to 2199."""
    return len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2199


def _sign_allowed(text: str, pos: int) -> bool:
    """Whether a sign at `pos` starts a signed number ("-0.3%", "+264,000"): after the
    start, a space or "("."""
    return pos == 0 or text[pos - 1].isspace() or text[pos - 1] == "("


def _left_allowed(text: str, start: int) -> bool:
    """Whether what is glued before the digits leaves them a figure ("RMB48", not "COVID-19")."""
    if start == 0:
        return True
    before = text[start - 1]
    if before.isalnum():
        return before.isalpha() and _currency_prefix(text, start)
    if before == ".":
        return start >= 2 and text[start - 2].isalpha() and _currency_prefix(text, start - 1)
    if before in "-−":
        return start < 2 or not (text[start - 2].isalpha() or text[start - 2] == "_")
    if before in ":/":
        return start < 2 or not text[start - 2].isdigit()
    return before != "_"


def _in_a_power(text: str, start: int, end: int) -> bool:
    """Whether digits are part of a power ("10^400", "2 × 10**9"): no figure claimcheck reads."""
    before = text[max(0, start - 8) : start]
    if ("^" in before or "*" in before) and _POWER_BEFORE.search(before) is not None:
        return True
    return _POWER_AFTER.match(text, end) is not None


def _currency_prefix(text: str, end: int) -> bool:
    """Whether the letters ending at `end` are a short currency-like prefix ("RMB", "Rp", "Rs").

    Two to four letters starting with a capital; a single capital ("A380", "G20", "Q3")
    is more often a model, group or period than a currency, unless it is a currency's
    letter ("R87 billion"; whether it is money there, the currency marks decide). Small
    letters only when they are a currency's symbol ("zł1.21 trillion", "kr350").
    """
    start = end
    while start > 0 and text[start - 1].isalpha() and end - start <= 4:
        start -= 1
    glued = start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-")
    letters = 2 <= end - start <= 4 or text[start:end] in LETTER_SYMBOLS
    capital = letters and text[start].isupper()
    return (capital or text[start:end] in SMALL_LETTER_SYMBOLS) and not glued


def _right_allowed(text: str, end: int) -> bool:
    """Whether what follows a figure leaves it one ("5%", not "5G", "3rd", "10:30", "1/2",
    nor "64.824 millones", whose digits another language's grouping leaves unsure)."""
    if end == len(text):
        return True
    if _FOREIGN_SCALE_AFTER.match(text, end):
        return False
    after = text[end]
    if after.isalnum() or after in "_@":
        return _GLUED_UNIT.match(text, end) is not None
    if after in ":/":
        return end + 1 == len(text) or not text[end + 1].isdigit()
    return True
