"""The public entry points: check a text, a file or claims built by hand."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date as Date
from pathlib import Path
from typing import Any

from claimcheck import __version__
from claimcheck.checking import judge
from claimcheck.claims import Claim
from claimcheck.document import Document
from claimcheck.extract.pipeline import extract_claims
from claimcheck.report import DocumentReport, Report
from claimcheck.settings import Settings
from claimcheck.sources import make_document, read_text


def check(
    text: str,
    *,
    date: Date | None = None,
    path: str | None = None,
    settings: Settings | None = None,
    **options: Any,
) -> Report:
    """Check the figures in a text; `options` are Settings fields (tolerance, select...)."""
    settings = _settings(settings, date, options)
    return _report([check_document(make_document(text, path, settings.date), settings)])


def check_file(path: str | Path, *, settings: Settings | None = None, **options: Any) -> Report:
    """Check a UTF-8 text or Markdown file."""
    settings = _settings(settings, options.pop("date", None), options)
    text = read_text(Path(path))
    return _report([check_document(make_document(text, str(path), settings.date), settings)])


def extract(text: str, *, date: Date | None = None) -> list[Claim]:
    """The claims in a text, not yet judged."""
    return extract_claims(make_document(text, None, date))


def check_claims(
    claims: Sequence[Claim], *, settings: Settings | None = None, **options: Any
) -> Report:
    """Judge claims built by hand (or edited), with no text behind them."""
    settings = _settings(settings, options.pop("date", None), options)
    document = Document("", None, settings.date, "given" if settings.date else None)
    return _report([judge(document, list(claims), settings)])


def check_document(document: Document, settings: Settings) -> DocumentReport:
    """Extract and judge the claims of one document."""
    return judge(document, extract_claims(document), settings)


def _settings(settings: Settings | None, date: Date | None, options: dict[str, Any]) -> Settings:
    base = settings or Settings()
    if date is not None:
        options["date"] = date
    return Settings.model_validate({**base.model_dump(), **options}) if options else base


def _report(documents: list[DocumentReport]) -> Report:
    return Report(version=__version__, documents=documents)
