"""The public entry points: check a text, a file or claims built by hand."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from datetime import date as Date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from claimcheck import __version__
from claimcheck.checking import judge
from claimcheck.claims import Claim
from claimcheck.config import with_options
from claimcheck.document import Document
from claimcheck.errors import InputError
from claimcheck.extract.mentions import Mentions
from claimcheck.extract.pipeline import extract_claims
from claimcheck.report import DocumentReport, Report
from claimcheck.settings import Settings
from claimcheck.sources import decode, find_inputs, make_document, read_text

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future  # imported by whoever makes the executor

Source: TypeAlias = str | os.PathLike[str] | tuple[str | None, str | bytes]
# A file to read, a (name, text) pair, or the report of a path that could not be found.
_Job: TypeAlias = Path | tuple[str | None, str | bytes] | DocumentReport
# Documents submitted to an executor and not yet yielded: enough to keep every worker
# busy, few enough that memory stays flat however many documents there are.
_IN_FLIGHT = 4 * (os.cpu_count() or 1)


def check(
    text: str | bytes,
    *,
    date: Date | None = None,
    path: str | None = None,
    settings: Settings | None = None,
    **options: Any,
) -> Report:
    """Check the figures in a text; `options` are Settings fields (tolerance, select...).

    Bytes are decoded as UTF-8 (or UTF-16 or UTF-32 after a byte-order mark).
    """
    settings = _settings(settings, date, options)
    document = make_document(_text(text, path, "check"), path, settings.date)
    return _report([check_document(document, settings)])


def check_file(path: str | Path, *, settings: Settings | None = None, **options: Any) -> Report:
    """Check a UTF-8 text, Markdown or HTML file (honouring its `claimcheck: ignore` comments)."""
    settings = _settings(settings, options.pop("date", None), options)
    text = read_text(Path(path))
    return _report([check_document(make_document(text, str(path), settings.date), settings)])


def extract(text: str | bytes, *, date: Date | None = None) -> list[Claim]:
    """The claims in a text (bytes: UTF-8), not yet judged."""
    return extract_claims(make_document(_text(text, None, "extract"), None, date))


def _text(text: object, path: str | None, function: str) -> str:
    """A text given to `function` as str, or as bytes that decode; else a TypeError."""
    if isinstance(text, str):
        return text
    if isinstance(text, bytes | bytearray | memoryview):
        return decode(bytes(text), path or "the text")
    raise TypeError(
        f"claimcheck.{function}() takes the text as str, or as bytes in UTF-8, not"
        f" {type(text).__name__}; for a file, use claimcheck.check_file(path)"
    )


def check_claims(
    claims: Sequence[Claim], *, settings: Settings | None = None, **options: Any
) -> Report:
    """Judge claims built by hand (or edited), with no text behind them."""
    settings = _settings(settings, options.pop("date", None), options)
    document = Document("", None, settings.date, "given" if settings.date else None)
    return _report([judge(document, list(claims), settings)])


def check_many(
    sources: Iterable[Source],
    *,
    executor: Executor | None = None,
    settings: Settings | None = None,
    **options: Any,
) -> Iterator[DocumentReport]:
    """Check many documents and yield their reports in input order, each as it is ready.

    A source is a path (a folder stands for the files under it) or a (name, text) pair,
    the text as str or as bytes in UTF-8.
    Documents are checked in this process, or on `executor` (a process pool, or a Dask
    cluster's `client.get_executor()`) with a bounded number in flight, so memory stays
    flat however many there are. A file that cannot be read gets a report whose `error`
    says why; the others are checked all the same.
    """
    settings = _settings(settings, options.pop("date", None), options)
    jobs = _jobs(sources, settings)
    if executor is None:
        yield from (_check_job(job, settings) for job in jobs)
        return
    # Ship the settings as JSON: a Settings pickles with the rate table it has loaded.
    shipped = settings.model_dump_json()
    pending: deque[Future[DocumentReport]] = deque()
    try:
        for job in jobs:
            pending.append(executor.submit(_check_shipped, job, shipped))
            if len(pending) >= _IN_FLIGHT:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:  # the caller stopped early: drop the work not yet started
        for future in pending:
            future.cancel()


def check_document(document: Document, settings: Settings) -> DocumentReport:
    """Extract and judge the claims of one document."""
    mentions = Mentions(document)
    claims = extract_claims(document, mentions)
    return judge(document, claims, settings, mentions.currency_context)


def _jobs(sources: Iterable[Source], settings: Settings) -> Iterator[_Job]:
    for source in sources:
        if isinstance(source, tuple):
            yield source
            continue
        name = os.fspath(source)
        for found in find_inputs([name], settings.include, settings.exclude):
            if isinstance(found, InputError):
                yield DocumentReport(path=found.path or name, error=str(found))
            else:
                yield found


def _check_job(job: _Job, settings: Settings) -> DocumentReport:
    if isinstance(job, DocumentReport):
        return job
    if isinstance(job, Path):
        try:
            text = read_text(job)
        except InputError as error:
            return DocumentReport(path=str(job), error=str(error))
        name: str | None = str(job)
    else:
        name, given = job
        try:
            text = _text(given, name, "check_many")
        except InputError as error:
            return DocumentReport(path=name, error=str(error))
    return check_document(make_document(text, name, settings.date), settings)


def _check_shipped(job: _Job, settings: str) -> DocumentReport:
    """`_check_job` in a worker process, with settings parsed once per worker."""
    return _check_job(job, _parsed_settings(settings))


@lru_cache(maxsize=8)
def _parsed_settings(data: str) -> Settings:
    return Settings.model_validate_json(data)


def _settings(settings: Settings | None, date: Date | None, options: dict[str, Any]) -> Settings:
    base = settings or Settings()
    if date is not None:
        options["date"] = date
    return with_options(base, options)  # each option checked, as from the command line


def _report(documents: list[DocumentReport]) -> Report:
    return Report(version=__version__, documents=documents)
