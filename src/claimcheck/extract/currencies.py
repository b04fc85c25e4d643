"""Currency marks in text: ISO codes, symbols and names, with the currencies each may mean.

Marks are found by walking tries of their literal forms from the places where one may begin,
so matching is linear in the text and the longest mark at a place wins ("US$" over "$", "Hong
Kong dollars" over "dollars").

ISO codes are matched uppercase as whole words (digits may touch them: "RMB48.2 billion").
Codes that are not treated as marks because in news copy they are far more often something else:
ALL, CUP, TOP (English words), AMD (the chipmaker), CVE (vulnerability ids), IRR (internal rate of
return), NIO (the carmaker), SOS (distress call), TMT (technology, media and telecom); fund codes,
metals and test codes (BOV, CHE, CHW, CLF, COU, MXV, USN, UYI, UYW, XAU, XAG, XPD, XPT, XB*, XSU,
XTS, XUA, XXX) are not marks either.  "SAR" right after "Hong Kong" or "Macao"/"Macau" is the
Special Administrative Region, not the Saudi riyal.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from operator import itemgetter
from typing import Literal

from claimcheck.extract.figures import NOT_LETTER_AFTER
from claimcheck.extract.lexicon import Lexicon, Starts, any_of
from claimcheck.extract.scan import folded
from claimcheck.reference.currencies import CODE_ALIASES, CODE_NAMES, NAMES, SYMBOLS

MarkKind = Literal["code", "symbol", "name"]


@dataclass(frozen=True, slots=True)
class CurrencyMark:
    """A currency mark found in text, with the ISO 4217 codes it may stand for."""

    start: int
    end: int
    text: str
    candidates: tuple[str, ...]
    kind: MarkKind


# Codes left out of marking; see the module docstring.
_NOT_MARKED = frozenset({"ALL", "CUP", "TOP", "AMD", "CVE", "IRR", "NIO", "SOS", "TMT"})

# Extra conditions on some marks, checked at the end of the match.
_AFTER_NUMBER = r"[\d万萬億亿兆千百十]"
_GUARDS: dict[str, str] = {
    "$": r"(?<!\$\$)(?!\$)",  # a run of dollar signs ("$$", TeX math) is not money
    "R": r"(?=\d)",  # "R10 billion", never a bare R
    "QR": r"(?=\s?\d)",
    "SR": r"(?=\s?\d)",
    "円": rf"(?<={_AFTER_NUMBER}円)",
    "元": rf"(?<={_AFTER_NUMBER}元)",
    "SAR": r"(?<!Kong SAR)(?<!Macao SAR)(?<!Macau SAR)",
}


def _expand(key: str) -> list[str]:
    """'dollar(s)' -> ['dollar', 'dollars']; other keys unchanged."""
    if key.endswith("(s)"):
        return [key[:-3], key[:-3] + "s"]
    return [key]


def _norm(text: str) -> str:
    """Collapse whitespace runs to one space, as mark keys are written."""
    return " ".join(text.split())


def _is_letter(ch: str) -> bool:
    """A letter that words are made of (CJK characters stand alone and do not count)."""
    return ch.isalpha() and ord(ch) < 0x2E80


Found = tuple[tuple[str, ...], MarkKind]  # a mark's candidates and kind

_CASED: dict[str, Found] = {
    **{code: ((code,), "code") for code in CODE_NAMES if code not in _NOT_MARKED},
    **{alias: ((code,), "code") for alias, code in CODE_ALIASES.items()},
    **{symbol: (codes, "symbol") for symbol, codes in SYMBOLS.items()},
}
_NAMED: dict[str, Found] = {
    _norm(word.lower()): (codes, "name") for key, codes in NAMES.items() for word in _expand(key)
}


def _guard(key: str) -> str:
    if key in _GUARDS:
        return _GUARDS[key]
    return NOT_LETTER_AFTER if _is_letter(key[-1]) else ""


# Signs match anywhere; codes, symbols that begin with a letter, and names after a non-letter
# (names first, as in "US dollars").
_SIGNED = {key: (found, _guard(key)) for key, found in _CASED.items() if not _is_letter(key[0])}
_LETTERED = {key: (found, _guard(key)) for key, found in _CASED.items() if _is_letter(key[0])}
_WORDED = {key: (found, NOT_LETTER_AFTER) for key, found in _NAMED.items()}
_SIGN_MARKS = Lexicon(_SIGNED)
_LETTERED_MARKS = Lexicon(_LETTERED)
_NAME_MARKS = Lexicon(_WORDED, fold=True)


def _word_starts(reach: int = 4) -> str:
    """How a code, symbol or name may begin in lower-cased text, as a pattern.

    Its first `reach` characters, or all of a shorter one and what its guard allows;
    grouped by the first character, which `re` then tests once.
    """
    groups: dict[str, dict[str, set[str]]] = {}  # first character -> guard -> the rest
    for key, (_, guard) in (*_LETTERED.items(), *_WORDED.items()):
        lowered = key.lower()
        start, after = (lowered[:reach], "") if len(lowered) > reach else (lowered, guard)
        groups.setdefault(start[0], {}).setdefault(after, set()).add(start[1:])
    return "|".join(
        re.escape(first)
        + "(?:"
        + "|".join(any_of(rest) + after for after, rest in sorted(by.items()))
        + ")"
        for first, by in sorted(groups.items())
    )


_SIGN_START = re.compile("[" + "".join(sorted({re.escape(key[0]) for key in _SIGNED})) + "]")
# In lower-cased text, a non-letter and then how a code, symbol or name may begin: wherever one
# begins in the text, as lower-casing keeps each character a letter, digit or space if it was.
_AFTER_NON_LETTER = r"[^a-z](?<![^\W\d_])"
_FIRSTS = "".join(sorted({re.escape(key[0].lower()) for key in (*_LETTERED, *_WORDED)}))
_WORD_START = Starts(
    rf"{_AFTER_NON_LETTER}(?=[{_FIRSTS}])", lambda: rf"{_AFTER_NON_LETTER}(?={_word_starts()})"
)
_AT_SIGN: tuple[Lexicon[Found], ...] = (_SIGN_MARKS,)
_AT_WORD: tuple[Lexicon[Found], ...] = (_NAME_MARKS, _LETTERED_MARKS)


def _lower(text: str) -> str:
    """`text` lower-cased character by character, so that each keeps its place.

    The scans' lower-cased copy of the text, if it has one: it is made once per text.
    """
    lowered = folded(text)
    if lowered is not None:
        return lowered
    return "".join(ch if len(ch.lower()) > 1 else ch.lower() for ch in text)  # "İ" -> "i̇"


def _starts(text: str) -> list[tuple[int, tuple[Lexicon[Found], ...]]]:
    """Where a mark may begin, in order, with the lexicons that may have it."""
    signs = [(match.start(), _AT_SIGN) for match in _SIGN_START.finditer(text)]
    # A space before the text, so that a word at its start follows a non-letter too.
    words = [(match.end() - 1, _AT_WORD) for match in _WORD_START.finditer(" " + _lower(text))]
    return sorted(signs + words, key=itemgetter(0))


def find_currency_marks(text: str) -> list[CurrencyMark]:
    """All currency marks in `text`, in order and non-overlapping, the longest at each place."""
    marks = []
    end = 0
    for at, lexicons in _starts(text):
        if at < end:
            continue
        for lexicon in lexicons:
            found = lexicon.match(text, at)
            if found is not None:
                end, (candidates, kind) = found
                marks.append(CurrencyMark(at, end, text[at:end], candidates, kind))
                break
    return marks


def rank_candidates(candidates: tuple[str, ...], context: Mapping[str, float]) -> tuple[str, ...]:
    """`candidates` by descending context weight; ties keep the mark's own order."""
    if len(candidates) < 2:
        return candidates
    return tuple(sorted(candidates, key=lambda code: -context.get(code, 0.0)))
