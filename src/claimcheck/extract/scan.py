"""Fast whole-text scans for patterns that `re` would try at every character.

Python's `re` skips ahead in C only when a pattern starts with a literal or a character
class and is case-sensitive; a pattern that starts with a lookbehind, `\\b` or a
case-insensitive word list is tried at every character. A `Scan` finds the same matches
as `pattern.finditer` by trying the pattern only at candidate positions, which a
case-sensitive pattern finds quickly in the lower-cased text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

# Characters a scan (or `lexicon.Starts`) reads with a cheap pattern before it compiles its
# selective one: a check of one short text does not pay for compiling it.
WARM_UP = 20_000
# Characters `re.IGNORECASE` matches to an ASCII letter that `str.lower` keeps apart.
_FOLDS = str.maketrans({"ı": "i", "ſ": "s"})


@functools.lru_cache(maxsize=8)
def folded(text: str) -> str | None:
    """The text lower-cased character by character, or None if that changes its length.

    Lower-casing keeps every character a word character, digit or space if it was one, and
    a lower-case ASCII literal is in it wherever a case-insensitive search finds it.
    """
    lowered = text.lower().translate(_FOLDS)
    return lowered if len(lowered) == len(text) else None


@functools.lru_cache(maxsize=8)
def distinct_words(lowered: str) -> str:
    """The distinct runs of non-space characters of a text, one a line: a string with no
    white space is in the text exactly when it is in this one, about half as long."""
    return "\n".join(dict.fromkeys(lowered.split()))


class Scan:
    """The matches of a pattern that starts at a word, or at given characters.

    Every match of `pattern` (a non-empty one) must start where the lower-cased text
    matches `word` just after a `separator` character, where it matches `anywhere`, or at
    the scan's start. `anywhere` must match one character (a lookahead may say what
    follows); neither may have named groups. An extra candidate costs time, never a match.
    """

    def __init__(
        self,
        pattern: re.Pattern[str],
        word: str | Callable[[], str],
        *,
        anywhere: str = "",
        separator: str = r"\W",
    ) -> None:
        self.pattern = pattern
        self._word = word
        self._separator = separator
        self._anywhere_source = anywhere
        self._plain = 0  # characters scanned with `pattern` alone

    @functools.cached_property
    def _candidates(self) -> re.Pattern[str]:
        word = self._word if isinstance(self._word, str) else self._word()
        anywhere = f"|{self._anywhere_source}" if self._anywhere_source else ""
        return re.compile(rf"(?P<sep>{self._separator})(?={word}){anywhere}")

    @functools.cached_property
    def _anywhere(self) -> re.Pattern[str] | None:
        return re.compile(self._anywhere_source) if self._anywhere_source else None

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches `pattern.finditer(text, start, end)` gives, found faster."""
        end = len(text) if end is None else end
        if self._plain < WARM_UP:  # not worth compiling the candidates yet
            self._plain += end - start
            yield from self.pattern.finditer(text, start, end)
            return
        lowered = folded(text)
        if lowered is None:
            yield from self.pattern.finditer(text, start, end)
            return
        last = start
        match = self.pattern.match
        for at in self._starts(lowered, start, end):
            if at < last:
                continue
            found = match(text, at, end)
            if found is not None:
                last = found.end()
                yield found

    def _starts(self, folded: str, start: int, end: int) -> Iterator[int]:
        """Candidate positions in folded[start:end], in order."""
        yield start  # whatever comes before it
        anywhere = self._anywhere
        for candidate in self._candidates.finditer(folded, start, end):
            at = candidate.start()
            if candidate.lastgroup == "sep":
                # A word starts after the separator, which may itself be a candidate.
                if anywhere is not None and anywhere.match(folded, at, end):
                    yield at
                yield at + 1
            else:
                yield at


def folded_starts(pattern: re.Pattern[str], text: str) -> list[int]:
    """Where a case-insensitive pattern of lower-case ASCII literals and `\\s` matches.

    `re` searches the lower-cased text with the pattern made case-sensitive, which it
    does several times faster.
    """
    lowered = folded(text)
    if lowered is None:
        return [match.start() for match in pattern.finditer(text)]
    return [match.start() for match in _case_sensitive(pattern).finditer(lowered)]


@functools.cache
def _case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
