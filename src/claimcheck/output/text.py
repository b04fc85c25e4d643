"""Plain-text outputs: linter-style lines, and the full form an editor reads."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.document import Document
from claimcheck.model.claims import Claim
from claimcheck.output.style import PLAIN, Style
from claimcheck.report import DocumentReport, Finding, Report
from claimcheck.sources import CONTROL_CHARACTERS

_CONTEXT = 70
# The control characters, and the line breaks but line feed: a finding is shown on its lines.
_CONTROL = re.compile(f"[{CONTROL_CHARACTERS}\x0b-\x0d]")


def concise(report: Report, style: Style = PLAIN) -> str:
    """One line per finding: path:line:column: CODE [severity] message (suggestion)."""
    lines = []
    for doc in report.documents:
        if doc.error:
            lines.append(error_line(doc, style))
        for f in doc.findings:
            code = style.severity(f"{f.rule} [{f.severity}]", f.severity)
            where = style.paint(printable(_where(doc, f)), "bold")
            lines.append(f"{where}: {code} {printable(f.message + _fix(f))}")
    return "\n".join(lines) + ("\n" if lines else "")


def full(report: Report, style: Style = PLAIN) -> str:
    """Each finding with the sentence, the span marked, the arithmetic and the fix."""
    blocks = [block for doc in report.documents for block in _full_blocks(doc, style)]
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def plain(documents: Sequence[DocumentReport]) -> str:
    """The full form of some documents' findings, then the summary: the plain-text view."""
    blocks = [block for doc in documents for block in _full_blocks(doc)]
    return printable("\n\n".join([*blocks, summary(documents)]))


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


def error_line(doc: DocumentReport, style: Style = PLAIN) -> str:
    """'path: error: why', naming the path once (an error's message starts with it)."""
    message = doc.error or ""
    if doc.path is not None and message.startswith(f"{doc.path}: "):
        message = message[len(doc.path) + 2 :]
    return f"{style.paint(printable(doc.path or '<text>'), 'bold')}: error: {printable(message)}"


def note_lines(doc: DocumentReport) -> list[str]:
    """'path: note: why' for each note on a document (a date that cannot be read, say)."""
    return [f"{doc.path or '<text>'}: note: {note}" for note in doc.notes]


def printable(text: str) -> str:
    """Text safe to print on a terminal: each control character shown as U+FFFD."""
    return _CONTROL.sub("\ufffd", text)


def _full_blocks(doc: DocumentReport, style: Style = PLAIN) -> list[str]:
    """Each finding's block; what comes from the text is made printable before it is styled."""
    blocks = []
    if doc.error:
        blocks.append(error_line(doc, style))
    blocks += [printable(line) for line in note_lines(doc)]
    document = Document(doc.text)  # its sentences are found once, for every finding
    for f in doc.findings:
        block = [
            f"{style.paint(printable(_where(doc, f)), 'bold')}:"
            f" {style.severity(f'{f.rule} {f.name} [{f.severity}]', f.severity)}",
            f"  {printable(f.message)}",
            f"  {style.paint('|', 'dim')} {printable(marked(document, f.start, f.end))}",
        ]
        if f.arithmetic:
            block.append(f"  {style.paint('=', 'dim')} {printable(f.arithmetic)}")
        if f.suggestion:
            block.append(f"  {style.paint('fix:', 'green')} {printable(f.suggestion)}")
        blocks.append("\n".join(block))
    return blocks


def claims_table(report: Report) -> str:
    """Every claim with its place, kind, verdict and reason."""
    lines = []
    for doc in report.documents:
        document = Document(doc.text)
        for claim, judged in doc.judged():
            line, column = document.line_column(claim.start or 0)
            verdict = judged.verdict or "-"
            reason = f"  ({judged.reason})" if judged.reason and verdict != "consistent" else ""
            lines.append(
                f"{doc.path or '<text>'}:{line}:{column}: {claim.kind:<11} {verdict:<13}"
                f" {_one_line(claim)}{reason}"
            )
    return printable("\n".join(lines) + ("\n" if lines else ""))


def marked(document: Document, start: int, end: int) -> str:
    """The sentence around [start, end) with the span between » and «, cut to fit a line."""
    text = document.text
    if not text:
        return ""
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
