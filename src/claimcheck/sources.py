"""Reading documents from files: decoding, finding the inputs, the publication date."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from claimcheck.document import Document
from claimcheck.errors import InputError
from claimcheck.extract.periods import document_date

SUFFIXES = (".txt", ".md", ".markdown")


def make_document(text: str, path: str | None = None, date: date | None = None) -> Document:
    """A document, dated by `date` if given, else by its front matter or dateline."""
    if date is not None:
        return Document(text, path, date, "given")
    found = document_date(text)
    if found is None:
        return Document(text, path)
    return Document(text, path, found[0], found[1])


def read_text(path: Path) -> str:
    """The decoded text of a file, or an InputError that says what to do."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file; check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory; pass it as a folder to check") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like a binary file; pass a .txt or .md text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{path}: not valid UTF-8 (byte {error.start}); re-save the file as UTF-8"
        ) from None


def find_inputs(paths: list[str]) -> Iterator[Path | InputError]:
    """The files to check: each file given, and the text files under each folder given."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
            )
        elif path.exists():
            yield path
        else:
            yield InputError(f"{name}: no such file or directory; check the path")
