"""The module-level entry points: one-line conveniences over a `Checker`.

Each builds (or reuses) a Checker from its keyword options; to check many texts with
the same options, build one `Checker` and call its methods.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import date as Date
from typing import TYPE_CHECKING, Unpack

from claimcheck.checker import Checker, Options, Source, settings_of, shared_checker
from claimcheck.model.claims import Claim
from claimcheck.report import Report

if TYPE_CHECKING:
    from concurrent.futures import Executor  # imported by whoever makes the executor


def check(text: str | bytes, *, path: str | None = None, **options: Unpack[Options]) -> Report:
    """Check the figures in a text, str or UTF-8 bytes (options: tolerance, date, select,
    ignore, facts...)."""
    return checker(**options).check(text, path=path)


def check_file(path: str | os.PathLike[str], **options: Unpack[Options]) -> Report:
    """Check a UTF-8 text, Markdown or HTML file (honouring its `claimcheck: ignore` comments)."""
    return checker(**options).check_file(path)


def check_many(
    sources: Iterable[Source], *, executor: Executor | None = None, **options: Unpack[Options]
) -> Iterator[Report]:
    """Check many documents and yield a report of each in input order (`Checker.check_many`)."""
    return checker(**options).check_many(sources, executor=executor)


def extract(text: str | bytes, *, date: Date | None = None) -> list[Claim]:
    """The claims in a text (bytes: UTF-8), not yet judged."""
    return checker(date=date).extract(text)


def check_claims(claims: Iterable[Claim], **options: Unpack[Options]) -> Report:
    """Judge claims built by hand (or edited), with no text behind them."""
    return checker(**options).check_claims(claims)


def checker(**options: Unpack[Options]) -> Checker:
    """A Checker with these options: one kept for the same settings, unless they name files
    (rates, facts, a baseline), which are read afresh at each call as they may have changed."""
    settings = settings_of(options)
    if settings.rates or settings.facts or settings.baseline:
        return Checker(settings=settings)
    return shared_checker(settings.model_dump_json())
