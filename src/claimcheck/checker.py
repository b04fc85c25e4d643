"""A `Checker`: settings and the resources they name, loaded once, to check many texts with."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from datetime import date as Date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict, Unpack

from claimcheck.baseline import Baseline
from claimcheck.checking import Judging, judge
from claimcheck.config import with_options
from claimcheck.document import Document
from claimcheck.errors import InputError
from claimcheck.extract.mentions import Mentions
from claimcheck.extract.pipeline import extract_claims
from claimcheck.facts.load import load_sheets
from claimcheck.model.claims import Claim
from claimcheck.reference.rates import RateTable
from claimcheck.report import DocumentReport, Report
from claimcheck.rules import select_rules
from claimcheck.settings import Settings
from claimcheck.sources import decode, find_inputs, make_document, read_text
from claimcheck.version import __version__

if TYPE_CHECKING:
    from concurrent.futures import Executor, Future  # imported by whoever makes the executor

Source: TypeAlias = str | os.PathLike[str] | tuple[str | None, str | bytes]
# A file to read, a (name, text) pair, or the report of a path that could not be found.
_Job: TypeAlias = Path | tuple[str | None, str | bytes] | DocumentReport
# Documents submitted to an executor and not yet yielded: enough to keep every worker
# busy, few enough that memory stays flat however many documents there are.
_IN_FLIGHT = 4 * (os.cpu_count() or 1)


class Options(TypedDict, total=False):
    """The keyword options of a `Checker`, and of the entry points that build one."""

    tolerance: float | None
    date: Date | None
    select: Sequence[str] | None
    ignore: Sequence[str] | None
    facts: Sequence[str | os.PathLike[str]] | None
    rates: str | os.PathLike[str] | None
    baseline: str | os.PathLike[str] | None
    include: Sequence[str] | None
    exclude: Sequence[str] | None
    settings: Settings | None


def settings_of(options: Options) -> Settings:
    """The settings the options give: `settings`, with each other option not None applied.

    An unknown or bad option raises OptionError, naming the option and the fix."""
    chosen = {
        key: value for key, value in options.items() if key != "settings" and value is not None
    }
    return with_options(options.get("settings") or Settings(), chosen)


class Checker:
    """Checks texts, files and claims with one set of settings and the files they name.

    Build one and reuse it: the exchange rates, facts sheets and baseline are read (and
    any error in them raised) once, when it is made. Every argument is optional; each is
    checked as it would be from the command line, and `settings` gives the values the
    others do not.

    >>> checker = Checker(tolerance=0.05, ignore=["CC106"])
    >>> reports = [checker.check(text) for text in texts]  # doctest: +SKIP

    A Checker pickles as its settings, so it can be sent to a process pool; each worker
    loads the files once.
    """

    def __init__(self, **options: Unpack[Options]) -> None:
        self.settings = settings_of(options)
        self.judging = _judging(self.settings)

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return shared_checker, (self.settings.model_dump_json(),)

    def __repr__(self) -> str:
        return f"Checker({self.settings!r})"

    def check(self, text: str | bytes, *, path: str | None = None) -> Report:
        """Check the figures in a text; `path` names it (its suffix says how to read markup).

        Bytes are decoded as UTF-8 (or UTF-16 or UTF-32 after a byte-order mark).
        """
        document = make_document(_text(text, path, "check"), path, self.settings.date)
        return _report([self._check_document(document)])

    def check_file(self, path: str | os.PathLike[str]) -> Report:
        """Check a UTF-8 text, Markdown or HTML file (honouring its `claimcheck: ignore`)."""
        name = os.fspath(path)
        text = read_text(Path(name))
        return _report([self._check_document(make_document(text, name, self.settings.date))])

    def check_many(
        self, sources: Iterable[Source], *, executor: Executor | None = None
    ) -> Iterator[Report]:
        """Check many documents and yield a report of each, in input order, as it is ready.

        A source is a path (a folder stands for the files under it) or a (name, text) pair,
        the text as str or as bytes in UTF-8.
        Documents are checked in this process, or on `executor` (a process pool, or a Dask
        cluster's `client.get_executor()`) with a bounded number in flight, so memory stays
        flat however many there are. A file that cannot be read gets a report whose
        document's `error` says why; the others are checked all the same.
        """
        jobs = self._jobs(sources)
        if executor is None:
            yield from (_report([self._check_job(job)]) for job in jobs)
            return
        pending: deque[Future[DocumentReport]] = deque()
        try:
            for job in jobs:
                pending.append(executor.submit(self._check_job, job))
                if len(pending) >= _IN_FLIGHT:
                    yield _report([pending.popleft().result()])
            while pending:
                yield _report([pending.popleft().result()])
        finally:  # the caller stopped early: drop the work not yet started
            for future in pending:
                future.cancel()

    def extract(self, text: str | bytes) -> list[Claim]:
        """The claims in a text (bytes: UTF-8), not yet judged."""
        document = make_document(_text(text, None, "extract"), None, self.settings.date)
        return list(extract_claims(document))

    def check_claims(self, claims: Iterable[Claim]) -> Report:
        """Judge claims built by hand (or edited), with no text behind them."""
        date = self.settings.date
        document = Document("", None, date, "given" if date else None)
        return _report([judge(document, list(claims), self.judging)])

    def _check_document(self, document: Document) -> DocumentReport:
        mentions = Mentions(document)
        claims = extract_claims(document, mentions)
        currency_context = mentions.currency_context
        del mentions  # every figure read: freed before judging, which needs only the claims
        return judge(document, claims, self.judging, currency_context)

    def _jobs(self, sources: Iterable[Source]) -> Iterator[_Job]:
        for source in sources:
            if isinstance(source, tuple):
                yield source
                continue
            name = os.fspath(source)
            for found in find_inputs([name], self.settings.include, self.settings.exclude):
                if isinstance(found, InputError):
                    yield DocumentReport(path=found.path or name, error=str(found))
                else:
                    yield found

    def _check_job(self, job: _Job) -> DocumentReport:
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
        return self._check_document(make_document(text, name, self.settings.date))


def _judging(settings: Settings) -> Judging:
    """The rules chosen, and the rates, facts sheets and baseline the settings name, loaded."""
    rates = RateTable.bundled()
    return Judging(
        rates=rates.with_overrides(settings.rates) if settings.rates else rates,
        rules=tuple(select_rules(settings.select, settings.ignore)),
        tolerance=settings.tolerance,
        facts=load_sheets(settings.facts),
        baseline=Baseline.read(settings.baseline) if settings.baseline else None,
    )


@lru_cache(maxsize=8)
def shared_checker(settings: str) -> Checker:
    """The Checker for settings given as JSON, made once per process and then reused:
    what a pickled Checker becomes in a worker, however many jobs it runs."""
    return Checker(settings=Settings.model_validate_json(settings))


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


def _report(documents: list[DocumentReport]) -> Report:
    return Report(version=__version__, documents=documents)
