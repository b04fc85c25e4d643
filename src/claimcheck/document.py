"""Documents: decoded text with its sentences, paragraphs, lines and date."""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from claimcheck import vocabulary

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")
_TEXT = re.compile(r"\S")
# A sentence ends at . ! or ? (optionally followed by a closing quote or bracket) and
# whitespace, unless the period closes a common abbreviation or an initial.
_CLOSERS = "\"'”’)]"  # closing quotes and brackets, which may follow a sentence's end
_SENTENCE_END = re.compile(rf"[.!?][{re.escape(_CLOSERS)}]*\s+")
_ABBREVIATION = re.compile(
    rf"(?:\b{vocabulary.pattern(vocabulary.words('clauses', 'abbreviations'))}"
    r"|\b[A-Z]|\b(?:[A-Z]\.)+[A-Z]?)\.$"
)
_MARK_BEFORE_FIGURE = re.compile(  # ... and before a figure only: "Ps. 2,987.9 million"
    rf"\b{vocabulary.pattern(vocabulary.words('clauses', 'abbreviations before a figure'))}\.$"
)
# A wire story's dateline, a sentence of its own: a place in capitals, maybe a date and an
# agency, then a dash ("JAKARTA - ", "SEOUL, June 1 (Yonhap) -- ", "MEXICO CITY — ").
_DATELINE = re.compile(
    r"[ \t]*[A-Z][A-Z'’.]{2,}(?:[ /-][A-Z][A-Z'’.]+)*(?:,[^\n,()–—]{1,30}?)?"
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+(?:[–—]|--?)[ \t]+"
)

# Suppression comments: `claimcheck: ignore CODES` or `claimcheck: ignore-file CODES`,
# read even when misspelt so that the comment itself can be reported.
PREFIX = "claimcheck"
VERBS = ("ignore", "ignore-file")
_ADDRESS = re.compile(r"\s*(?P<word>[A-Za-z][\w-]*)(?P<colon>\s*:)?\s*(?P<verb>[\w-]*)")
_KEYS = re.compile(r"[\w\s,-]*\Z")
_SEPARATORS = re.compile(r"[\s,]+")
_CLOSE = 0.8  # how alike a misspelt word and the right one are, at least
_FORMS = 'write "claimcheck: ignore CODES" or "claimcheck: ignore-file CODES"'


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
    problem: str | None = None  # why a misspelt comment silences nothing
    fix: str | None = None  # what it should read


def is_directive(comment: str) -> bool:
    """Whether the body of an HTML comment is addressed to claimcheck, if misspelt."""
    match = _ADDRESS.match(comment)
    if match is None or not _alike(match["word"].lower(), PREFIX):
        return False
    return match["word"].lower() == PREFIX or bool(match["colon"]) or _closest_verb(match) != ""


def parse_directive(comment: str, start: int, end: int, *, paragraph: bool) -> Directive:
    """The directive in the body of the comment at [start, end): a working one, or one
    whose `problem` says why it silences nothing."""
    match = _ADDRESS.match(comment)
    assert match is not None, "parse only what is_directive accepts"
    word, verb = match["word"], match["verb"].lower()
    problem = fix = None
    if word.lower() != PREFIX:
        problem, fix = f'"{word}:" is misspelt: it should read "{PREFIX}:"', f"{PREFIX}:"
    elif not match["colon"]:
        problem, fix = f'"{PREFIX}" needs a colon after it', f"{PREFIX}:"
    elif verb not in VERBS:
        fix = _closest_verb(match) or None
        hint = f' (did you mean "{fix}"?)' if fix else ""
        problem = f'unknown directive "{verb}"{hint}; {_FORMS}'
    elif not _KEYS.match(comment, match.end()):
        problem = f"cannot read the rules it names; {_FORMS}, the codes separated by commas"
    if problem is not None:
        return Directive(start, end, paragraph=paragraph, problem=problem, fix=fix)
    rules = tuple(key for key in _SEPARATORS.split(comment[match.end() :]) if key)
    return Directive(start, end, rules, verb == "ignore-file", paragraph)


def _alike(word: str, right: str) -> bool:
    return difflib.SequenceMatcher(None, word, right).ratio() >= _CLOSE


def _closest_verb(match: re.Match[str]) -> str:
    """The directive word the comment's second word looks like, or ""."""
    verb = match["verb"].lower()
    close = difflib.get_close_matches(verb, VERBS, n=1, cutoff=_CLOSE) if verb else []
    return close[0] if close else ""


@dataclass(frozen=True)
class Document:
    """A decoded text, with where it came from and the date it was published, if known."""

    text: str
    path: str | None = None
    date: date | None = None
    date_source: str | None = None
    directives: tuple[Directive, ...] = field(default=())
    notes: tuple[str, ...] = ()  # e.g. a date in the front matter that cannot be read

    @cached_property
    def paragraphs(self) -> list[Block]:
        """Paragraphs: separated by blank lines, or by line breaks when there are none."""
        splitter = _PARAGRAPH_BREAK if _PARAGRAPH_BREAK.search(self.text) else _LINE_BREAK
        return _split(self.text, splitter, 0, len(self.text))

    @cached_property
    def sentences(self) -> list[Block]:
        """Sentences, never crossing a paragraph or line break; a dateline is one."""
        result: list[Block] = []
        for line in _split(self.text, _LINE_BREAK, 0, len(self.text)):
            start = line.start
            dateline = _DATELINE.match(self.text, start, line.end)
            if dateline is not None and dateline.end() < line.end:
                result.append(Block(start, dateline.end()))
                start = dateline.end()
            for match in _SENTENCE_END.finditer(self.text, line.start, line.end):
                before = (max(start, match.start() - 12), match.start() + 1)
                if _ABBREVIATION.search(self.text, *before) or (
                    self.text[match.end() : match.end() + 1].isdigit()
                    and _MARK_BEFORE_FIGURE.search(self.text, *before)
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

    def part(self, start: int, end: int) -> Document:
        """The text from `start` to `end` as a document of its own, with this one's date and
        paragraphs (cut to the part), so that the part reads as it does in the whole."""
        part = Document(self.text[start:end], self.path, self.date, self.date_source)
        part.__dict__["paragraphs"] = [
            Block(max(p.start, start) - start, min(p.end, end) - start)
            for p in self.paragraphs
            if p.end > start and p.start < end
        ]
        return part

    def sentence_at(self, offset: int) -> Block:
        return _block_at(self.sentences, self._sentence_starts, offset, len(self.text))

    def paragraph_at(self, offset: int) -> Block:
        return _block_at(self.paragraphs, self._paragraph_starts, offset, len(self.text))

    def sentence_before(self, sentence: Block) -> Block | None:
        """The sentence just before `sentence` in its paragraph, if only blanks part them."""
        return self._beside(sentence, bisect.bisect_left(self._sentence_starts, sentence.start) - 1)

    def sentence_after(self, sentence: Block) -> Block | None:
        """The sentence just after `sentence` in its paragraph, if only blanks part them."""
        return self._beside(sentence, bisect.bisect_right(self._sentence_starts, sentence.start))

    def _beside(self, sentence: Block, index: int) -> Block | None:
        """The sentence at `index`, next to `sentence`, if in its paragraph with only blanks
        between them."""
        if not 0 <= index < len(self.sentences):
            return None
        other = self.sentences[index]
        first, second = (other, sentence) if other.start < sentence.start else (sentence, other)
        if self.text[first.end : second.start].lstrip(_CLOSERS).strip():
            return None
        same = self.paragraph_at(other.start).start == self.paragraph_at(sentence.start).start
        return other if same else None

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
