"""One report, many outputs: each format is a function from a Report to text."""

from __future__ import annotations

from collections.abc import Callable

from claimcheck.output import github, html, jsonlines, markdown, sarif, text
from claimcheck.output.style import Style
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


# The formats a person reads at a terminal, which colour when asked.
STYLED: dict[str, Callable[[Report, Style], str]] = {"concise": text.concise, "full": text.full}


def render(report: Report, fmt: str, style: Style | None = None) -> str:
    """The report in the named format, coloured by `style` if the format is read at a terminal."""
    if style is not None and fmt in STYLED:
        return STYLED[fmt](report, style)
    return FORMATS[fmt](report)
