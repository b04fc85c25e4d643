"""One report, many outputs: each format is a function from a Report to text."""

from __future__ import annotations

from collections.abc import Callable

from claimcheck.model.claims import ClaimBase
from claimcheck.model.hooks import lend
from claimcheck.output import github, html, jsonlines, markdown, sarif, text
from claimcheck.output.style import Style
from claimcheck.report import DocumentReport, JudgedClaim, Report

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


# The formats a person reads at a terminal, which colour when asked.
STYLED: dict[str, Callable[[Report, Style], str]] = {"concise": text.concise, "full": text.full}


def render(report: Report, fmt: str, style: Style | None = None) -> str:
    """The report in the named format, coloured by `style` if the format is read at a terminal."""
    if style is not None and fmt in STYLED:
        return STYLED[fmt](report, style)
    return FORMATS[fmt](report)


# How claims and reports show themselves in a notebook and in print, looked up at display time.
lend("html", ClaimBase, html.claim_html)
lend("markdown", ClaimBase, markdown.claim_markdown)
lend("html", JudgedClaim, lambda judged: html.claim_html(*judged))
lend("markdown", JudgedClaim, lambda judged: markdown.claim_markdown(*judged))
lend("html", DocumentReport, html.document_html)
lend("markdown", DocumentReport, markdown.document_markdown)
lend("pretty", DocumentReport, lambda doc: text.plain([doc]))
lend("html", Report, html.report_html)
lend("markdown", Report, markdown.render)
lend("text", Report, text.full)
lend("pretty", Report, lambda report: text.plain(report.documents))
