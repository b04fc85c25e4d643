"""Markdown: a summary and a table of findings (notebooks, pull-request comments, job summaries)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from claimcheck.model.claims import ClaimBase
from claimcheck.model.judgement import NOT_CHECKED, ClaimVerdict
from claimcheck.output.html import label
from claimcheck.output.text import note_lines, printable, summary
from claimcheck.report import DocumentReport, Report

# Characters that Markdown would read as formatting, links or table cells.
_SPECIAL = re.compile(r"([\\`*_\[\]|#~$])")


def render(report: Report) -> str:
    """The `markdown` format: the whole report."""
    return printable(f"**claimcheck {report.version}**: {_documents(report.documents)}")


def document_markdown(doc: DocumentReport) -> str:
    """One document's summary and findings."""
    return _documents([doc])


def claim_markdown(claim: ClaimBase, verdict: ClaimVerdict = NOT_CHECKED) -> str:
    """One claim: its text, kind, verdict and reason."""
    reason = f": {md(verdict.reason)}" if verdict.reason else ""
    kind = getattr(claim, "kind", "claim")
    return f"**{md(label(claim))}** ({kind}, {verdict.verdict or 'not checked'}){reason}\n"


def md(text: str) -> str:
    """Text from a document, made inert: HTML escaped, Markdown marks escaped, on one line."""
    return _SPECIAL.sub(r"\\\1", escape(" ".join(text.split()), quote=False))


def _documents(documents: Sequence[DocumentReport]) -> str:
    lines = [md(summary(documents)), ""]
    rows = []
    for doc in documents:
        if doc.error:
            lines.append(f"- error: {md(doc.error)}")
        lines += [f"- {md(line)}" for line in note_lines(doc)]
        for f in doc.findings:
            where = f"{doc.path or 'text'}:{f.line}:{f.column}" if doc.text else doc.path or ""
            cells = [md(where), f"`{f.rule}` {f.name}", md(f.message), md(f.suggestion or "")]
            rows.append(f"| {' | '.join(cells)} |")
    if rows:
        lines += ["| where | rule | message | suggestion |", "| --- | --- | --- | --- |", *rows]
    return "\n".join(lines).rstrip() + "\n"
