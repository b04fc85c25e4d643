"""The words claimcheck reads, kept once, as data files in this folder.

Each `.txt` file here is a small word list in one grammar, like pint's `default_en.txt`:

- `#` starts a comment; blank lines are skipped;
- `[name words]` starts a section (words separated by spaces: `[verb up]`);
- every other line is an entry: its spellings separated by commas, optionally followed
  by `= value` (`doubled, doubles, doubling = 2`). A spelling may be a phrase ("edged
  up"): a space in it matches any run of whitespace in a text. A word in lower case
  matches a text in any case; a symbol keeps its case ("mL", "°C" in `units.txt`).

The extractors and judges read their words through `section` and `words`, never from a
list of their own, so a word added to a file is read everywhere it belongs. A file that
breaks the grammar raises `VocabularyError`, naming the file, the line and the fix.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from claimcheck.errors import ClaimcheckError


class VocabularyError(ClaimcheckError):
    """A vocabulary file that breaks the grammar above."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a section: a word's spellings and the value written after them."""

    spellings: tuple[str, ...]
    value: str | None


@functools.cache
def _sections(file: str) -> dict[str, tuple[Entry, ...]]:
    path = f"{file}.txt"
    return parse((resources.files(__name__) / path).read_text(encoding="utf-8"), path)


def parse(text: str, path: str) -> dict[str, tuple[Entry, ...]]:
    """The sections of a vocabulary file's text, by name; `path` names it in errors."""
    found: dict[str, list[Entry]] = {}
    current: list[Entry] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.partition("#")[0].strip()
        if not line:
            continue
        where = f"vocabulary file {path}, line {number}"
        if line.startswith("["):
            if not line.endswith("]") or line[1:-1].strip() in found:
                raise VocabularyError(
                    f"{where}: {line!r} is not a new section; write one '[name]' per section"
                )
            current = found.setdefault(" ".join(line[1:-1].split()), [])
            continue
        if current is None:
            raise VocabularyError(f"{where}: an entry before any section; start with '[name]'")
        words, equals, value = line.partition("=")
        spellings = tuple(" ".join(word.split()) for word in words.split(","))
        if not all(spellings) or (equals and not value.strip()):
            raise VocabularyError(
                f"{where}: {line!r} must be spellings separated by commas,"
                " optionally followed by '= value'"
            )
        current.append(Entry(spellings, value.strip() if equals else None))
    return {name: tuple(entries) for name, entries in found.items()}


def section(file: str, name: str) -> tuple[Entry, ...]:
    """The entries of one section of a vocabulary file ("directions", "verb up")."""
    sections = _sections(file)
    if name not in sections:
        raise VocabularyError(f"vocabulary file {file}.txt has no section [{name}]; add it")
    return sections[name]


def sections(file: str) -> dict[str, tuple[Entry, ...]]:
    """Every section of a vocabulary file, by name, in the file's order."""
    return dict(_sections(file))


def words(file: str, *names: str) -> tuple[str, ...]:
    """Every spelling in the named sections of a file, in order, each once."""
    return tuple(
        dict.fromkeys(
            spelling for name in names for e in section(file, name) for spelling in e.spellings
        )
    )


def values(file: str, name: str) -> dict[str, str]:
    """Each spelling of a section to the value its entry states."""
    table = {}
    for entry in section(file, name):
        if entry.value is None:
            raise VocabularyError(
                f"vocabulary file {file}.txt, section [{name}]: {entry.spellings[0]!r}"
                " needs a value; write '= value' after its spellings"
            )
        table.update(dict.fromkeys(entry.spellings, entry.value))
    return table


def pattern(spellings: Iterable[str], *, word_end: bool = True) -> str:
    """A regex matching any of the spellings, longest first, as the grammar above reads them:
    a space matches any run of whitespace; with `word_end`, a spelling that ends in a letter
    must end a word."""
    end = r"\b" if word_end else ""
    return (
        "(?:"
        + "|".join(
            r"\s+".join(map(re.escape, spelling.split())) + (end if spelling[-1].isalpha() else "")
            for spelling in sorted(spellings, key=len, reverse=True)
        )
        + ")"
    )


def clause_words() -> tuple[str, ...]:
    """The words that begin a new clause: "and", "while", "which", "because"..."""
    return words("clauses", "coordinators", "subordinators")
