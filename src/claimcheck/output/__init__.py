"""One report, many outputs: each format is a function from a Report to text."""

from __future__ import annotations

from collections.abc import Callable

from claimcheck.output import text
from claimcheck.report import Report

Renderer = Callable[[Report], str]

FORMATS: dict[str, Renderer] = {
    "concise": text.concise,
    "full": text.full,
    "json": lambda report: report.to_json(),
}


def render(report: Report, fmt: str) -> str:
    """The report in the named format."""
    return FORMATS[fmt](report)
