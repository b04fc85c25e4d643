"""Plain-text outputs: linter-style lines, and the full form an editor reads."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.document import Document
from claimcheck.model.claims import Claim
from claimcheck.output.style import PLAIN, Style
from claimcheck.report import DocumentReport, Finding, Report

_CONTEXT = 70


def concise(report: Report, style: Style = PLAIN) -> str:
    """One line per finding: path:line:column: CODE [severity] message (suggestion)."""
    lines = []
    for doc in report.documents:
        if doc.error:
            lines.append(f"{style.paint(str(doc.path), 'bold')}: error: {doc.error}")
        for f in doc.findings:
            code = style.severity(f"{f.rule} [{f.severity}]", f.severity)
            lines.append(f"{style.paint(_where(doc, f), 'bold')}: {code} {f.message}{_fix(f)}")
    return "\n".join(lines) + ("\n" if lines else "")


def full(report: Report, style: Style = PLAIN) -> str:
    """Each finding with the sentence, the span marked, the arithmetic and the fix."""
    blocks = [block for doc in report.documents for block in _full_blocks(doc, style)]
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def plain(documents: Sequence[DocumentReport]) -> str:
    """The full form of some documents' findings, then the summary: the plain-text view."""
    blocks = [block for doc in documents for block in _full_blocks(doc)]
    return "\n\n".join([*blocks, summary(documents)])


def summary(documents: Sequence[DocumentReport]) -> str:
    """'2 findings in 1 of 3 documents; 1 could not be read'."""
    checked = [d for d in documents if d.error is None]
    flagged = sum(1 for d in checked if d.findings)
    n = sum(len(d.findings) for d in checked)
    text = (
        f"{n} finding{'s' * (n != 1)} in {flagged} of {len(checked)}"
        f" document{'s' * (len(checked) != 1)}"
    )
    unread = len(documents) - len(checked)
    if unread:
        text += f"; {unread} could not be read"
    return text


def _full_blocks(doc: DocumentReport, style: Style = PLAIN) -> list[str]:
    blocks = []
    if doc.error:
        blocks.append(f"{style.paint(str(doc.path), 'bold')}: error: {doc.error}")
    for f in doc.findings:
        block = [
            f"{style.paint(_where(doc, f), 'bold')}:"
            f" {style.severity(f'{f.rule} {f.name} [{f.severity}]', f.severity)}",
            f"  {f.message}",
            f"  {style.paint('|', 'dim')} {marked(doc.text, f.start, f.end)}",
        ]
        if f.arithmetic:
            block.append(f"  {style.paint('=', 'dim')} {f.arithmetic}")
        if f.suggestion:
            block.append(f"  {style.paint('fix:', 'green')} {f.suggestion}")
        blocks.append("\n".join(block))
    return blocks


def claims_table(report: Report) -> str:
    """Every claim with its place, kind, verdict and reason."""
    lines = []
    for doc in report.documents:
        document = Document(doc.text)
        for claim in doc.claims:
            line, column = document.line_column(claim.start or 0)
            verdict = claim.verdict or "-"
            reason = f"  ({claim.reason})" if claim.reason and verdict != "consistent" else ""
            lines.append(
                f"{doc.path or '<text>'}:{line}:{column}: {claim.kind:<11} {verdict:<13}"
                f" {_one_line(claim)}{reason}"
            )
    return "\n".join(lines) + ("\n" if lines else "")


def marked(text: str, start: int, end: int) -> str:
    """The sentence around [start, end) with the span between » and «, cut to fit a line."""
    if not text:
        return ""
    document = Document(text)
    sentence = document.sentence_at(start)
    lo = max(sentence.start, start - _CONTEXT)
    hi = min(max(sentence.end, end), end + _CONTEXT)
    head = ("…" if lo > sentence.start else "") + text[lo:start]
    tail = text[end:hi] + ("…" if hi < sentence.end else "")
    return " ".join(f"{head}»{text[start:end]}«{tail}".split())


def _one_line(claim: Claim) -> str:
    return " ".join(claim.text.split())


def _where(doc: DocumentReport, f: Finding) -> str:
    return f"{doc.path or '<text>'}:{f.line}:{f.column}"


def _fix(f: Finding) -> str:
    return f" (suggestion: {f.suggestion})" if f.suggestion else ""
