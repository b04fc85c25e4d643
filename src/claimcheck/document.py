"""Documents: decoded text with its sentences, paragraphs, lines and date."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")
_TEXT = re.compile(r"\S")
# A sentence ends at . ! or ? (optionally followed by a closing quote or bracket) and
# whitespace, unless the period closes a common abbreviation or an initial.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Inc|Ltd|Co|Corp|Jr|Sr|No|vs|etc|approx|est|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gov|Sen|Rep|Rs|Re|Fr|SFr|e\.g|i\.e)"
    r"|\b[A-Z]|\b(?:[A-Z]\.)+[A-Z]?)\.$"
)


@dataclass(frozen=True, slots=True)
class Block:
    """A sentence or paragraph: a [start, end) range of the document text."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Directive(Block):
    """A `<!-- claimcheck: ignore ... -->` comment at [start, end) of the text."""

    rules: tuple[str, ...] = ()  # codes, prefixes or names; empty: every rule
    whole_file: bool = False
    paragraph: bool = False  # covers the next paragraph, not just the next line


@dataclass(frozen=True)
class Document:
    """A decoded text, with where it came from and the date it was published, if known."""

    text: str
    path: str | None = None
    date: date | None = None
    date_source: str | None = None
    directives: tuple[Directive, ...] = field(default=())

    @cached_property
    def paragraphs(self) -> list[Block]:
        """Paragraphs: separated by blank lines, or by line breaks when there are none."""
        splitter = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(self.text) else _LINE_BREAK
        return _split(self.text, splitter, 0, len(self.text))

    @cached_property
    def sentences(self) -> list[Block]:
        """Sentences, never crossing a paragraph or line break."""
        result: list[Block] = []
        for line in _split(self.text, _LINE_BREAK, 0, len(self.text)):
            start = line.start
            for match in _SENTENCE_END.finditer(self.text, line.start, line.end):
                if _ABBREVIATION.search(
                    self.text, max(start, match.start() - 12), match.start() + 1
                ):
                    continue
                result.append(Block(start, match.start() + 1))
                start = match.end()
            if start < line.end:
                result.append(Block(start, line.end))
        return result

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0, *(m.end() for m in re.finditer("\n", self.text))]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def sentence_at(self, offset: int) -> Block:
        return _block_at(self.sentences, self._sentence_starts, offset, len(self.text))

    def paragraph_at(self, offset: int) -> Block:
        return _block_at(self.paragraphs, self._paragraph_starts, offset, len(self.text))

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a text offset."""
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return index + 1, offset - self._line_starts[index] + 1


def _split(text: str, separator: re.Pattern[str], start: int, end: int) -> list[Block]:
    """The blocks between separators; the first starts at the text, not at blanks before it."""
    blocks = []
    if (first := _TEXT.search(text, start, end)) is not None:
        start = first.start()
    for match in separator.finditer(text, start, end):
        if match.start() > start:
            blocks.append(Block(start, match.start()))
        start = match.end()
    if start < end:
        blocks.append(Block(start, end))
    return blocks


def _block_at(blocks: list[Block], starts: list[int], offset: int, size: int) -> Block:
    index = bisect.bisect_right(starts, offset) - 1
    if index >= 0 and blocks[index].start <= offset < blocks[index].end:
        return blocks[index]
    return Block(offset, min(offset + 1, size))
