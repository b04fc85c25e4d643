"""Finding literal phrases (currency marks, place names) without one huge regex.

A `Lexicon` walks a trie of its phrases from a given position, in Python; `any_of` writes a
compact pattern for a list of words, such as the beginnings of the phrases, so that a search
in C (`Starts`) finds the positions worth walking from.  Both cost far less to build than a
regex of every phrase costs to compile.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Generic, TypeVar

from claimcheck import vocabulary
from claimcheck.extract.scan import WARM_UP, distinct_words, folded, folded_starts

V = TypeVar("V")

_END = ""  # the key under which a trie node holds the phrase ending there (never a character)
_ALIKE = {"'": "’"}  # a phrase's character, and another that matches it in text
_PATTERNS = {" ": r"\s", "'": "['’]"}
_IN_CLASS = {" ": r"\s", "'": "'’"}


class Lexicon(Generic[V]):
    """Literal phrases, each with a value and a guard: a pattern that must match after it.

    `match` follows the text down a trie of the phrases, so it costs at most the longest
    phrase's length, and the longest phrase whose guard holds wins.  A space in a phrase
    matches any one whitespace character, an apostrophe also a typographic one; with
    `fold`, a lowercase letter also matches its uppercase form.
    """

    def __init__(self, phrases: Mapping[str, tuple[V, str]], fold: bool = False) -> None:
        # Nested dicts: character -> node, and _END -> (value, guard) where a phrase ends.
        self._root: dict[str, Any] = {}
        self._longest = max(map(len, phrases))
        guards = {guard: re.compile(guard) for _, guard in phrases.values() if guard}
        for phrase, (value, guard) in phrases.items():
            node = self._root
            for ch in phrase:
                child = node.get(ch)
                if child is None:
                    child = node[ch] = {}
                    upper = ch.upper()
                    if fold and upper != ch and len(upper) == 1:
                        node.setdefault(upper, child)
                    if ch in _ALIKE:
                        node.setdefault(_ALIKE[ch], child)
                node = child
            node[_END] = (value, guards.get(guard))

    def match(self, text: str, at: int) -> tuple[int, V] | None:
        """Where the phrase found at `at` ends, and its value; None if none is there."""
        node = self._root
        ends = []
        end = at
        for ch in text[at : at + self._longest]:
            child = node.get(ch)
            if child is None and (not ch.isspace() or (child := node.get(" ")) is None):
                break
            node = child
            end += 1
            if _END in node:
                ends.append((end, node[_END]))
        while ends:
            end, (value, guard) = ends.pop()
            if guard is None or guard.match(text, end):
                return end, value
        return None


class Starts:
    """Where phrases may begin: the matches of a selective pattern, compiled when worth it.

    Until `WARM_UP` characters have been searched, the matches of `broad` stand in for
    those of `selective()`: it must match wherever that does, and may match more.
    """

    def __init__(self, broad: str, selective: Callable[[], str]) -> None:
        self._broad = re.compile(broad)
        self._selective_source = selective
        self._searched = 0

    @functools.cached_property
    def _selective(self) -> re.Pattern[str]:
        return re.compile(self._selective_source())

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches in `text`: of the selective pattern, or of the broad one at first."""
        if self._searched < WARM_UP:
            self._searched += len(text)
            if self._searched < WARM_UP:
                return self._broad.finditer(text)
        return self._selective.finditer(text)  # compiled by the call that reaches WARM_UP


def any_of(words: Iterable[str]) -> str:
    """A pattern matching any of `words`, longest first, with shared prefixes factored out.

    A space in a word matches any one whitespace character, an apostrophe also a
    typographic one.
    """
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = None
    return _any_of(root)


def _any_of(node: dict[str, Any]) -> str:
    last = sorted(ch for ch, child in node.items() if ch != _END and child.keys() == {_END})
    branches = [
        (_PATTERNS.get(ch) or re.escape(ch)) + _any_of(child)
        for ch, child in sorted(node.items())
        if ch != _END and ch not in last
    ]
    if len(last) == 1:
        branches.append(_PATTERNS.get(last[0]) or re.escape(last[0]))
    elif last:
        branches.append("[" + "".join(_IN_CLASS.get(ch) or re.escape(ch) for ch in last) + "]")
    if _END in node:
        branches.append("")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def in_digits(figure: str | None) -> bool:
    """Whether a figure as written has a digit ("1,800"), not words alone ("two regions")."""
    return any(character.isdigit() for character in figure or "")


def pointing_back(then: str) -> re.Pattern[str]:
    """A sentence's opening that points back to the figure before it, then the pattern
    `then`: "That was 40% of ...", "This marked a rise of ...", "The figure was down from
    ..." (for `fullmatch`)."""
    pointers = any_of(vocabulary.words("clauses", "pointing back"))
    nouns = any_of(vocabulary.words("clauses", "pointing back nouns"))
    return re.compile(
        rf"\s*[\"“]?{_REPORTED_BY}(?:(?:the|{pointers})\s+(?:{nouns}){_RELATIVE_ON_IT}|{pointers})"
        rf"{then}",
        re.IGNORECASE,
    )


# Who reports a sentence's pointing back, before its pointer: "[Traders said ]that was".
_REPORTED_BY = (
    r"(?:[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}?"
    rf"\s+(?:{vocabulary.pattern(vocabulary.words('clauses', 'reporting'))})\s+(?:that\s+)?)?"
)
# A relative clause on a pointing noun, set off by commas: "The figure[, which includes
# 76,765 claims lodged by Syrians,] was"; a figure's own comma stays inside it.
_RELATIVE_ON_IT = (
    rf"(?:\s*,\s*(?:{any_of(vocabulary.words('clauses', 'relative openers'))})\b"
    r"(?:[^,;:.!?()]|(?<=\d)[,.](?=\d)){1,100}?,)?"
)


_ASIDE_WORD = rf"\s+(?!(?:{any_of(vocabulary.clause_words())})\b)\(?[^\W\d_][\w'’&-]*\)?"
# An attribution set off by a comma after a figure's clause, up to the mark closing it:
# "[, the statistics authority said on Sunday]", "[, according to its annual report]".
REPORTING_ASIDE = (
    rf"\s*,(?:(?:{_ASIDE_WORD}){{1,10}}?"
    rf"\s+(?:{vocabulary.pattern(vocabulary.words('clauses', 'reporting'))})"
    rf"(?:{_ASIDE_WORD}){{0,6}}"  # "said [on Sunday]", "said [in a statement]"
    rf"|\s+(?:{vocabulary.pattern(vocabulary.words('clauses', 'attribution'))})"
    rf"(?:{_ASIDE_WORD}){{1,8}}?)"
)
# The verb before a figure that makes it a mark passed, not a level: "the first time it has
# [passed] Sh2 trillion".
MARK_PASSED_BEFORE = re.compile(
    rf"(?<![\w-])(?:{vocabulary.pattern(vocabulary.words('cues', 'threshold verbs'))})"
    r"\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
# Nouns that name a change: "an increase of 5 percent", "a 5 percent rise", "a slowdown".
CHANGE_NOUNS = tuple(vocabulary.words("directions", "also nouns", "noun up", "noun down"))
# The words of a difference stated between the two values it compares ("0.2 billion more
# than"), placing the first above the second or below it.
DIFFERENCE_COMPARATIVES = tuple(
    vocabulary.words("cues", "difference comparative up", "difference comparative down")
)
# The role words of a flow's two sides, by side: 1 for "revenue", "exports"; -1 for
# "spending", "imports".
ROLES = {word: 1 for word in vocabulary.words("cues", "difference positives")} | {
    word: -1 for word in vocabulary.words("cues", "difference negatives")
}
# What follows a figure that ends its clause: a mark, a closing bracket, a dash, the end.
CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\]—–]|\Z)")


# Words that make the value after them a rate: "exports per working day averaged $2.52 billion";
# not the "per" of a percentage ("slipped 0.4 per cent to").
_RATE_WORDS = re.compile(
    rf"(?<![\w-])(?!{vocabulary.pattern(vocabulary.words('proportions', 'percent'))})"
    rf"{vocabulary.pattern(vocabulary.words('cues', 'rate words'))}",
    re.IGNORECASE,
)


# Words after a value that name it one member's value or a value per period: "$8.5
# million a year", "£50 million apiece".
# "of" right after a figure: what it is a share of ("3 percent [of] GDP").
OF_AFTER = re.compile(r"\s+of\s", re.IGNORECASE)
# "by" right before a figure: a move's or a gap's size ("beat the budget [by] $4.1 billion").
BY_BEFORE = re.compile(r"(?<![\w-])by\s+\Z", re.IGNORECASE)
PER_UNIT_AFTER = re.compile(
    rf"\s+{vocabulary.pattern(vocabulary.words('cues', 'per unit after'))}(?![\w-])",
    re.IGNORECASE,
)


# The words before the round number of members a rate is stated for: "per 1,000 males".
_BASE_CUE = vocabulary.pattern(vocabulary.words("cues", "per base"))
_BASE_BEFORE = re.compile(rf"{_BASE_CUE}\s+\Z", re.IGNORECASE)
_BASE_REACH = 12  # characters before a base that may hold its cue: "for every "


def rate_base(text: str, start: int) -> bool:
    """Whether a figure at `start` is the number of members a rate is stated for ("943
    females per [1,000] males"): never a value of its own."""
    return _BASE_BEFORE.search(text, max(0, start - _BASE_REACH), start) is not None


def a_rate(text: str, start: int, floor: int) -> bool:
    """Whether the words from `floor` to a value at `start` make it a rate ("per working
    day averaged"): never a side of a balance or the whole of a share."""
    return _RATE_WORDS.search(text, floor, start) is not None


class Keywords:
    """Cue words and phrases, found in a text by searching only for those it may have.

    `pattern` matches any of them (a space in a word, any spaces). Each cue whose longest
    word the text has is searched for on its own, which `re` does several times faster
    than a search for any of them. Whether the text has that word is read in its distinct
    words (`distinct_words`, made once a text for every set of cues), and the positions
    found in the last text are kept: several readers ask about one text.
    """

    def __init__(self, *words: str) -> None:
        sources = [word.replace(" ", r"\s+") for word in words]
        self.pattern = re.compile("|".join(sources), re.IGNORECASE)
        # Each cue, and the word of it that a text without it most likely lacks: its longest
        # word that is not a common one ("split" of "split between", "all" of "in all").
        self._by_rare: dict[str, list[re.Pattern[str]]] = {}
        for word, source in zip(words, sources, strict=True):
            self._by_rare.setdefault(_rare_word(word), []).append(re.compile(source, re.I))
        self._rare = frozenset(self._by_rare)
        self._last: tuple[str | None, list[int]] = (None, [])  # the last text's positions

    def positions(self, text: str) -> list[int]:
        """Where the pattern's matches start, as `finditer` finds them."""
        last = self._last
        if text is last[0]:  # several readers ask about one text
            return list(last[1])
        lowered = folded(text)
        words = None if lowered is None else distinct_words(lowered)
        present = self._rare if words is None else [r for r in self._rare if r in words]
        candidates = {
            start
            for rare in present
            for word in self._by_rare[rare]
            for start in folded_starts(word, text)
        }
        found = []
        end = 0
        for start in sorted(candidates):
            match = self.pattern.match(text, start) if start >= end else None
            if match is not None:
                found.append(start)
                end = match.end()
        self._last = (text, found)
        return list(found)


# Words too common in any text to tell whether it may have a cue.
_COMMON = frozenset(
    (
        *vocabulary.clause_words(),
        *vocabulary.words("clauses", "phrase ends"),
        *("of", "to", "by", "a", "an", "the"),
    )
)


def _rare_word(cue: str) -> str:
    words = cue.split()
    return max((w for w in words if w not in _COMMON), key=len, default=max(words, key=len))


_STEM = 5  # letters a noun shares with its plural and derived words


def noun_stem(word: str) -> str:
    """The stem a noun shares with its plural and derived words: "rate", "rates"."""
    return word.rstrip("s")[:_STEM]


# Each word of a `[same measure]` group, by its stem, to the stem of its group's first.
_MEASURES = {
    noun_stem(spelling): noun_stem(entry.spellings[0])
    for entry in vocabulary.section("cues", "same measure")
    for spelling in entry.spellings
}


def measures(words: Iterable[str]) -> set[str]:
    """What the words name, each as its stem, a word of a `[same measure]` group as the
    stem of its group's first: "shipments" and "exports" name one measure."""
    return {_MEASURES.get(stem, stem) for stem in map(noun_stem, words)}
