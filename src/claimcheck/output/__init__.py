"""One report, many outputs: each format is a function from a Report to text."""

from __future__ import annotations

from collections.abc import Callable

from claimcheck.output import github, html, jsonlines, markdown, sarif, text
from claimcheck.report import Report

Renderer = Callable[[Report], str]

FORMATS: dict[str, Renderer] = {
    "concise": text.concise,
    "full": text.full,
    "json": lambda report: report.to_json(),
    "json-lines": jsonlines.render,
    "github": github.render,
    "sarif": sarif.render,
    "html": html.page,
    "markdown": markdown.render,
}


def render(report: Report, fmt: str) -> str:
    """The report in the named format."""
    return FORMATS[fmt](report)
