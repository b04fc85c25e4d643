"""Reading documents: decoding files, finding the inputs, skipping markup, the date.

Markdown (`.md`, `.markdown`) and HTML (`.html`, `.htm`) are read with their markup
blanked out: every markup character becomes a space and line breaks stay, so the text
keeps the length of the file's decoded text and every offset, line and column in a
report points into the real file. Blanked: front matter, code (fenced blocks, inline
spans, `<pre>`, `<code>`), `<script>` and `<style>` contents, comments, tags, heading
`#`s, blockquote `>`s, list bullets and numbers, table pipes and rules, emphasis
markers, link and image syntax (a link keeps its text, an image loses its alt text),
link and footnote labels, and backslashes that escape a character. An HTML entity
becomes its character, next to the text it belongs to, padded with spaces
("5&#37;" reads "5%    ", "&#36;5" reads "    $5"). Front matter (YAML, TOML or JSON)
is blanked in every kind of file, and dates the document (see `front_matter.py`).

Control characters but tab and line breaks, whole terminal escape sequences
("\\x1b[31m") and invisible marks (zero-width space, bidirectional marks) are blanked
in every kind of file.

Comments addressed to claimcheck (`<!-- claimcheck: ignore CC102 -->`) are blanked in
every kind of file and handed to the suppression stage (see `suppressions.py`).
"""

from __future__ import annotations

import bisect
import codecs
import errno
import html
import os
import re
import stat
import unicodedata
from collections.abc import Iterator, Sequence
from datetime import date
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Literal

from claimcheck.document import Directive, Document, is_directive, parse_directive
from claimcheck.errors import InputError
from claimcheck.extract.periods import document_date
from claimcheck.front_matter import Dated, html_date, read_front_matter

Kind = Literal["text", "markdown", "html"]
KINDS: dict[str, Kind] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}

# One document is an article or a report; a larger file is most likely a dump of many,
# which is better checked as separate files (and would take minutes as one).
MAX_FILE_BYTES = 10_000_000


def make_document(text: str, path: str | None = None, date: date | None = None) -> Document:
    """A document, its markup blanked by the kind its path's suffix names.

    It is dated by `date` if given, else by its front matter or dateline.
    """
    kind = KINDS.get(Path(path).suffix.lower(), "text") if path else "text"
    plain, directives = strip_markup(text, kind)
    if date is not None:
        return Document(plain, path, date, "given", directives)
    dated = _metadata_date(text, kind)
    notes = (dated.note,) if dated.note else ()
    if dated.date is not None:
        return Document(plain, path, dated.date, dated.source, directives)
    found = document_date(plain)
    if found is None:
        return Document(plain, path, directives=directives, notes=notes)
    return Document(plain, path, found[0], found[1], directives, notes)


def _metadata_date(text: str, kind: Kind) -> Dated:
    """The date a file's front matter, or an HTML page's head, gives."""
    front = read_front_matter(text)
    if front is not None and (front.dated.date or front.dated.note):
        return front.dated
    return html_date(text) if kind == "html" else Dated()


def read_text(path: Path) -> str:
    """The decoded text of a file, or an InputError that says what to do."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode) and not stat.S_ISDIR(status.st_mode):
            # A pipe or device would block or never end.
            raise InputError(f"{path}: not a regular file; save the text to a file first")
        size = status.st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                f"{path}: {size / 1e6:.1f} MB is over the {MAX_FILE_BYTES / 1e6:.0f} MB limit"
                " for one document; split it into articles or chapters"
            )
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory; pass it as a folder to check") from None
    except OSError as error:
        raise unreadable(path, error) from None
    return decode(data, str(path))


def decode(data: bytes, name: str) -> str:
    """The text of a file's (or standard input's) bytes: UTF-8, or UTF-16 or UTF-32 when a
    byte-order mark says so; otherwise an InputError naming `name`."""
    for mark, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(
                    f"{name}: not valid {encoding.upper()} (byte {error.start}) after its"
                    " byte-order mark; re-save the file as UTF-8"
                ) from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file; pass a text, Markdown or HTML file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{name}: not valid UTF-8 (byte {error.start}); re-save the file as UTF-8"
        ) from None


# UTF-32's marks first: UTF-32-LE's begins with UTF-16-LE's.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def unreadable(path: Path | str, error: OSError) -> InputError:
    """The InputError for a path the system would not read, saying what to do."""
    if isinstance(error, FileNotFoundError):
        why = "no such file or directory; check the path"
    elif error.errno == errno.ELOOP:
        why = "a loop of symbolic links; point it at a file or folder"
    elif isinstance(error, PermissionError):
        why = "cannot be read (permission denied); check its permissions"
    else:
        why = f"cannot be read ({error.strerror or error})"
    return InputError(f"{path}: {why}", str(path))


def find_inputs(
    paths: Sequence[str], include: Sequence[str] = ("*",), exclude: Sequence[str] = ()
) -> Iterator[Path | InputError]:
    """The files to check: each file given, and the files under each folder given.

    Under a folder, a file is taken when its path below the folder matches an
    `include` glob and neither it nor a folder above it matches an `exclude` glob; a
    glob matches a path or any trailing part of it ("*.md", "drafts", "drafts/*.md").
    Hidden files and folders (".git", ".venv") are skipped. A path that cannot be read
    (missing, a loop of links, a folder without permission) is an InputError in its place.
    """
    for name in paths:
        path = Path(name)
        try:
            is_folder = stat.S_ISDIR(path.stat().st_mode)
        except OSError as error:
            yield unreadable(name, error)
            continue
        if is_folder:
            yield from _walk(path, include, exclude)
        else:
            yield path


def _walk(
    root: Path, include: Sequence[str], exclude: Sequence[str]
) -> Iterator[Path | InputError]:
    """The wanted files under a folder, and the folders under it that cannot be read."""
    found: list[tuple[Path, Path | InputError]] = []

    def failed(error: OSError) -> None:
        where = Path(error.filename or root)
        if where == root or is_selected(where, root, ("*",), exclude):
            found.append((where, unreadable(where, error)))

    for folder, folders, files in os.walk(root, onerror=failed):
        folders[:] = [f for f in folders if not f.startswith(".")]
        for file in files:
            path = Path(folder, file)
            if is_selected(path, root, include, exclude):
                found.append((path, path))
    found.sort(key=lambda entry: entry[0])
    return (item for _, item in found)


def is_selected(path: Path, root: Path, include: Sequence[str], exclude: Sequence[str]) -> bool:
    """Whether a file found under the folder `root` is to be checked (see `find_inputs`).

    The command line and the pytest plugin both decide with this function.
    """
    parts = path.relative_to(root).parts
    if any(part.startswith(".") for part in parts):
        return False
    if not any(_matches(parts, pattern) for pattern in include):
        return False
    return not any(
        _matches(parts[:end], pattern) for end in range(1, len(parts) + 1) for pattern in exclude
    )


def _matches(parts: tuple[str, ...], pattern: str) -> bool:
    """Whether a glob matches a relative path or a trailing part of it."""
    pattern = pattern.strip("/")
    return any(fnmatchcase("/".join(parts[i:]), pattern) for i in range(len(parts)))


# --- Markup -------------------------------------------------------------------------

_FENCE = re.compile(r"[ \t]*(?:>[ \t]?)*[ \t]*(`{3,}|~{3,})")
_BACKTICKS = re.compile(r"`+")
_BLANK_LINE = re.compile(r"\n[ \t\r]*(?=\n)")
_ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")
_RAW_OPEN = re.compile(r"<(script|style|pre|code|textarea)\b[^<>]*>", re.IGNORECASE)
_RAW_CLOSE = re.compile(r"</(script|style|pre|code|textarea)\s*>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<![A-Za-z][^<>]*>|<\?[^<>]*\?>")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_LINE = re.compile(r"[^\n]*\n?")
_QUOTE = re.compile(r"[ \t]*>[ \t]?")
_BULLET = re.compile(r"[-*+](?=[ \t]|\r?$)", re.MULTILINE)
_ORDERED = re.compile(r"(\d{1,9})[.)](?=[ \t]|\r?$)", re.MULTILINE)
_TASK = re.compile(r"[ \t]*\[[ xX]\](?=[ \t])")
_HEADING = re.compile(r"#{1,6}(?=[ \t]|\r?$)", re.MULTILINE)
_HEADING_CLOSE = re.compile(r"[ \t]#+[ \t]*\r?$", re.MULTILINE)
_RULE_LINE = re.compile(r"[ \t]*(?:([-*_])[ \t]*\1[ \t]*\1[-*_ \t]*|=+[ \t]*)\r?$", re.MULTILINE)
_REFERENCE = re.compile(r" {0,3}\[(?!\^)([^\[\]\n]+)\]:[ \t]*\S[^\n]*")
_FOOTNOTE = re.compile(r" {0,3}\[\^[^\[\]\s]+\]:")
_IMAGE = re.compile(
    r"!\[[^\[\]\n]*\](?:\([^()\s]*(?:\([^()\s]*\)[^()\s]*)?(?:[ \t]+\"[^\"\n]*\")?\)"
    r"|\[[^\[\]\n]*\])"
)
_LINK = re.compile(
    r"\[([^\[\]\n]*)\](?:\([^()\s]*(?:\([^()\s]*\)[^()\s]*)?(?:[ \t]+\"[^\"\n]*\")?\)"
    r"|\[[^\[\]\n]*\])"
)
_SHORTCUT = re.compile(r"\[([^\[\]\n]+)\](?![(\[:])")
_FOOTNOTE_REF = re.compile(r"\[\^[^\[\]\s]+\]")
_EMPHASIS = re.compile(r"\*+|_+|~+")
_LEADING = frozenset({"Sc", "Ps", "Pi"})  # currency signs, opening brackets and quotes
# Characters a terminal acts on rather than shows: C0 and C1 controls but tab and line
# breaks, DEL, and the marks that reorder text (bidirectional overrides and isolates).
CONTROL_CHARACTERS = "\x00-\x08\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# Terminal escape sequences (colours, titles, cursor moves), the control characters above,
# and invisible marks (zero-width space, word joiner, byte-order mark): none is text, and
# "\x1b[31m" must not read as a figure 31.
_CONTROLS = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?|\x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\)?|\x1b[ -~]?"
    f"|[{CONTROL_CHARACTERS}\u200b\u2060\ufeff]"
)


def strip_markup(text: str, kind: Kind) -> tuple[str, tuple[Directive, ...]]:
    """The text with the markup of its kind blanked, and the suppression comments found."""
    page = _Page(text)
    page.front_matter()
    page.controls()
    if kind == "markdown":
        page.fences()
        page.code_spans()
        page.escapes()
    page.comments(every=kind != "text", paragraph=kind != "text")
    if kind != "text":
        page.raw_blocks()
        page.tags()
    if kind == "markdown":
        page.blocks()
        page.links()
        page.emphasis()
    if kind != "text":
        page.entities()
    return page.text, tuple(page.directives)


class _Page:
    """A text being blanked: markup characters become spaces, line breaks stay."""

    def __init__(self, text: str) -> None:
        self.original = text
        self.chars = list(text)
        self.text = text
        self.escaped: set[int] = set()
        self.labels: set[str] = set()  # the labels of Markdown reference definitions
        self.directives: list[Directive] = []

    def blank(self, start: int, end: int) -> None:
        for i in range(start, end):
            if self.chars[i] not in "\r\n":
                self.chars[i] = " "

    def commit(self) -> None:
        self.text = "".join(self.chars)

    def lines(self) -> Iterator[tuple[int, str]]:
        """Each line's start offset and text, without its line break."""
        for match in _LINE.finditer(self.text):
            if match.end() > match.start():
                yield match.start(), match.group().rstrip("\n")

    def controls(self) -> None:
        for match in _CONTROLS.finditer(self.text):
            self.blank(match.start(), match.end())
        self.commit()

    def front_matter(self) -> None:
        """YAML, TOML or JSON front matter (see `front_matter.py`)."""
        found = read_front_matter(self.text)
        if found is not None:
            self.blank(0, found.end)
            self.commit()

    def fences(self) -> None:
        """Fenced code blocks, fences included; an unclosed fence runs to the end."""
        fence: str | None = None
        for start, line in self.lines():
            match = _FENCE.match(line)
            if fence is None:
                if match and not (match.group(1)[0] == "`" and "`" in line[match.end() :]):
                    fence = match.group(1)
                    self.blank(start, start + len(line))
                continue
            self.blank(start, start + len(line))
            if (
                match
                and match.group(1)[0] == fence[0]
                and len(match.group(1)) >= len(fence)
                and not line[match.end() :].strip()
            ):
                fence = None
        self.commit()

    def code_spans(self) -> None:
        """Inline code: a run of backticks to the next run of the same length."""
        breaks = [m.start() for m in _BLANK_LINE.finditer(self.text)]
        runs = [
            m
            for m in _BACKTICKS.finditer(self.text)
            if m.start() == 0 or self.text[m.start() - 1] != "\\"
        ]
        following: list[int | None] = [None] * len(runs)
        last: dict[tuple[int, int], int] = {}
        for i in range(len(runs) - 1, -1, -1):
            key = (bisect.bisect(breaks, runs[i].start()), len(runs[i].group()))
            following[i] = last.get(key)
            last[key] = i
        i = 0
        while i < len(runs):
            j = following[i]
            if j is None:
                i += 1
                continue
            self.blank(runs[i].start(), runs[j].end())
            i = j + 1
        self.commit()

    def escapes(self) -> None:
        """A backslash before punctuation is blanked; the character it escapes stays."""
        for match in _ESCAPE.finditer(self.text):
            self.blank(match.start(), match.start() + 1)
            self.escaped.add(match.start() + 1)
        self.commit()

    def comments(self, *, every: bool, paragraph: bool) -> None:
        """Comments (only claimcheck's unless `every`); claimcheck's become directives."""
        start = self.text.find("<!--")
        while start >= 0:
            end = self.text.find("-->", start + 4)
            if end < 0:
                break
            body = self.text[start + 4 : end]
            if is_directive(body):
                self.directives.append(parse_directive(body, start, end + 3, paragraph=paragraph))
            if every or is_directive(body):
                self.blank(start, end + 3)
            start = self.text.find("<!--", end + 3)
        self.commit()

    def raw_blocks(self) -> None:
        """Elements whose content is not prose: script, style, pre, code, textarea."""
        closers: dict[str, list[tuple[int, int]]] = {}
        for match in _RAW_CLOSE.finditer(self.text):
            closers.setdefault(match.group(1).lower(), []).append(match.span())
        done = 0
        for opener in _RAW_OPEN.finditer(self.text):
            spans = closers.get(opener.group(1).lower(), [])
            index = bisect.bisect_left(spans, (opener.end(), 0))
            if opener.start() < done or index == len(spans):
                continue
            done = spans[index][1]
            self.blank(opener.start(), done)
        self.commit()

    def tags(self) -> None:
        for match in _TAG.finditer(self.text):
            if match.start() not in self.escaped:
                self.blank(match.start(), match.end())
        self.commit()

    def blocks(self) -> None:
        """Line by line: tables, rules, reference definitions, quotes, lists, headings."""
        lines = list(self.lines())
        table = [False] * len(lines)
        for i, (_, line) in enumerate(lines):
            if i and _is_table_rule(line) and "|" in lines[i - 1][1]:
                table[i - 1] = True
                for j in range(i, len(lines)):
                    if "|" not in lines[j][1] or not lines[j][1].strip():
                        break
                    table[j] = True
        in_list = False
        after_blank = True
        for i, (start, line) in enumerate(lines):
            end = start + len(line)
            if table[i]:
                if _is_table_rule(line):
                    self.blank(start, end)
                for k in range(start, end):
                    if self.chars[k] == "|" and k not in self.escaped:
                        self.blank(k, k + 1)
                continue
            if not line.strip():
                in_list, after_blank = False, True
                continue
            if _RULE_LINE.match(self.text, start, end):
                self.blank(start, end)
                after_blank = True
                continue
            reference = _REFERENCE.fullmatch(self.text, start, end)
            if reference:
                self.labels.add(reference.group(1).strip().lower())
                self.blank(start, end)
                continue
            footnote = _FOOTNOTE.match(self.text, start, end)
            if footnote:
                self.blank(start, footnote.end())
                continue
            pos = start
            while quote := _QUOTE.match(self.text, pos, end):
                self.blank(quote.start(), quote.end())
                pos = quote.end()
            pos = _skip_blanks(self.text, pos, end)
            item = _BULLET.match(self.text, pos, end)
            ordered = _ORDERED.match(self.text, pos, end)
            if ordered and (after_blank or in_list or ordered.group(1) == "1"):
                item = ordered
            if item:
                self.blank(item.start(), item.end())
                pos = item.end()
                task = _TASK.match(self.text, pos, end)
                if task:
                    self.blank(task.start(), task.end())
                    pos = task.end()
                pos = _skip_blanks(self.text, pos, end)
            heading = _HEADING.match(self.text, pos, end)
            if heading:
                self.blank(heading.start(), heading.end())
                closing = _HEADING_CLOSE.search(self.text, heading.end(), end)
                if closing:
                    self.blank(closing.start(), closing.end())
            in_list = in_list or item is not None
            after_blank = False
        self.commit()

    def links(self) -> None:
        """Images go; links, reference links and defined shortcuts keep their text."""
        for match in _IMAGE.finditer(self.text):
            if match.start() not in self.escaped:
                self.blank(match.start(), match.end())
        self.commit()
        for match in _FOOTNOTE_REF.finditer(self.text):
            self.blank(match.start(), match.end())
        self.commit()
        for match in _LINK.finditer(self.text):
            if match.start() not in self.escaped:
                self.blank(match.start(), match.start(1))
                self.blank(match.end(1), match.end())
        self.commit()
        for match in _SHORTCUT.finditer(self.text):
            if match.group(1).strip().lower() in self.labels and match.start() not in self.escaped:
                self.blank(match.start(), match.start() + 1)
                self.blank(match.end() - 1, match.end())
        self.commit()

    def emphasis(self) -> None:
        """Runs of `*` or `_` (up to three) and `~~` that touch a word on one side.

        A `_` between two letters or digits stays, as does a lone `~` ("~5%") and a
        `*` with spaces on both sides ("3 * 4").
        """
        original = self.original
        for match in _EMPHASIS.finditer(self.text):
            run, start, end = match.group(), match.start(), match.end()
            if start in self.escaped or (len(run) != 2 if run[0] == "~" else len(run) > 3):
                continue
            before = original[start - 1] if start else " "
            after = original[end] if end < len(original) else " "
            if before.isspace() and after.isspace():
                continue
            if run[0] == "_" and before.isalnum() and after.isalnum():
                continue
            self.blank(start, end)
        self.commit()

    def entities(self) -> None:
        """Each entity becomes its character, padded with spaces, by the text it belongs to.

        That is the text after it for a currency sign, an opening bracket or quote, or a
        sign ("&#36;5", "&minus;3"), or when only that side touches text; else the text
        before it ("5&#37;", "AT&amp;T").
        """
        for match in _ENTITY.finditer(self.text):
            start, end = match.span()
            char = html.unescape(match.group())
            if char == match.group():
                continue
            self.blank(start, end)
            if char.isspace():
                continue
            loose_before = start == 0 or self.chars[start - 1].isspace()
            loose_after = end == len(self.chars) or self.chars[end].isspace()
            leads = unicodedata.category(char[0]) in _LEADING or char in "−+"
            at = end - len(char) if not loose_after and (loose_before or leads) else start
            self.chars[at : at + len(char)] = list(char)
        self.commit()


def _is_table_rule(line: str) -> bool:
    """A table's delimiter row: pipes, dashes, colons and spaces, with a pipe and a dash."""
    return "|" in line and "-" in line and not line.strip(" \t\r|:-")


def _skip_blanks(text: str, pos: int, end: int) -> int:
    """The offset of the first character from `pos` that is not a space or tab."""
    while pos < end and text[pos] in " \t":
        pos += 1
    return pos
