"""HTML: one renderer for the notebook views of reports and claims and the standalone page.

Every piece of text that comes from a document (its text, path, claims and messages) is
escaped, so an article that contains markup shows it as text and cannot run in the page.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from itertools import pairwise

from claimcheck import formatting
from claimcheck.frames import claim_values
from claimcheck.model.claims import Amount, ClaimBase, Money, Stated
from claimcheck.output.text import summary
from claimcheck.report import DocumentReport, Finding, Report

_STYLE = """<style>
.claimcheck { font-family: system-ui, sans-serif; line-height: 1.5; }
.claimcheck .cc-text { white-space: pre-wrap; border-left: 3px solid #ccc; padding-left: .8em; }
.claimcheck mark { color: #111; padding: 0 .1em; border-radius: 2px; }
.claimcheck mark.cc-inconsistent { background: #f9c6c6; border-bottom: 2px solid #c62828; }
.claimcheck mark.cc-consistent { background: #c8efc8; }
.claimcheck mark.cc-unverifiable { background: #ffe0a3; }
.claimcheck mark.cc-none { background: #e4e4e4; }
.claimcheck table { border-collapse: collapse; margin: .5em 0; }
.claimcheck th, .claimcheck td { border: 1px solid #ccc; padding: .2em .5em; text-align: left;
  vertical-align: top; }
.claimcheck td.cc-rule, .claimcheck td.cc-where { white-space: nowrap; }
.claimcheck .cc-arithmetic { font-size: 85%; opacity: .8; }
.claimcheck .cc-error, .claimcheck tr.cc-error td.cc-rule { color: #c62828; }
.claimcheck tr.cc-warning td.cc-rule { color: #a15c00; }
</style>"""

_LEGEND = (
    '<p><small>Claims: <mark class="cc-inconsistent">inconsistent</mark>'
    ' <mark class="cc-unverifiable">unverifiable</mark>'
    ' <mark class="cc-consistent">consistent</mark>'
    ' <mark class="cc-none">not checked</mark>; hover over one for the reason.</small></p>'
)

# Where claims overlap, the text shows the most serious verdict among them.
_RANK = {"inconsistent": 3, "unverifiable": 2, "consistent": 1, None: 0}


def page(report: Report) -> str:
    """The `html` format: a standalone page of the whole report."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>claimcheck report</title>\n</head>\n<body>\n{report_html(report)}</body>\n"
        "</html>\n"
    )


def report_html(report: Report) -> str:
    """A report: the summary, then each document's text and findings."""
    sections = "".join(_document(doc) for doc in report.documents)
    return (
        f'<div class="claimcheck">\n{_STYLE}\n'
        f"<p><strong>claimcheck {escape(report.version)}</strong>: "
        f"{escape(summary(report.documents))}</p>\n{_LEGEND}\n{sections}</div>\n"
    )


def document_html(doc: DocumentReport) -> str:
    """One document's text with its claims highlighted, then its findings."""
    return f'<div class="claimcheck">\n{_STYLE}\n{_LEGEND}\n{_document(doc)}</div>\n'


def claim_html(claim: ClaimBase) -> str:
    """One claim, highlighted by its verdict, with its values."""
    rows = [("kind", getattr(claim, "kind", "")), ("verdict", claim.verdict or "not checked")]
    if claim.reason:
        rows.append(("reason", claim.reason))
    rows += [(name, _value(value)) for name, value in claim_values(claim).items()]
    cells = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>\n" for k, v in rows)
    mark = _mark(label(claim), claim.verdict, _claim_title(claim, []))
    return f'<div class="claimcheck">\n{_STYLE}\n<p>{mark}</p>\n<table>\n{cells}</table>\n</div>\n'


def label(claim: ClaimBase) -> str:
    """The claim's text, or for a claim built by hand its figures: '11.5 trillion JPY · …'."""
    if claim.text:
        return claim.text
    values = (getattr(claim, name) for name in type(claim).model_fields)
    figures = [v for v in values if isinstance(v, Stated)]
    return " · ".join(_figure(f) for f in figures) or getattr(claim, "kind", "claim")


@dataclass(frozen=True, slots=True)
class _Span:
    """A stretch of the text to highlight, with its verdict and tooltip."""

    start: int
    end: int
    verdict: str | None
    title: str


def _document(doc: DocumentReport) -> str:
    title = doc.path or ("text" if doc.text else "claims")
    parts = [f"<h3>{escape(title)}</h3>\n"]
    if doc.date:
        parts.append(f"<p>dated {doc.date.isoformat()} ({escape(doc.date_source or '')})</p>\n")
    if doc.error:
        parts.append(f'<p class="cc-error">error: {escape(doc.error)}</p>\n')
    if doc.text:
        parts.append(f'<div class="cc-text">{_highlighted(doc.text, _spans(doc))}</div>\n')
    elif doc.claims:
        items = "".join(f"<li>{_claim_item(claim)}</li>\n" for claim in doc.claims)
        parts.append(f"<ul>\n{items}</ul>\n")
    parts.append(_findings_table(doc))
    return "<section>\n" + "".join(parts) + "</section>\n"


def _findings_table(doc: DocumentReport) -> str:
    if not doc.findings:
        return "<p>No findings.</p>\n" if doc.error is None else ""
    rows = []
    for f in doc.findings:
        where = f"{f.line}:{f.column}" if doc.text else "–"
        arithmetic = (
            f'<div class="cc-arithmetic">= {escape(f.arithmetic)}</div>' if f.arithmetic else ""
        )
        rows.append(
            f'<tr class="cc-{f.severity}"><td class="cc-rule"><code>{escape(f.rule)}</code>'
            f' {escape(f.name)}</td><td class="cc-where">{where}</td>'
            f"<td>{escape(f.message)}{arithmetic}</td>"
            f"<td>{escape(f.suggestion or '')}</td></tr>\n"
        )
    return (
        "<table>\n<thead><tr><th>rule</th><th>line:col</th><th>message</th>"
        "<th>suggestion</th></tr></thead>\n<tbody>\n" + "".join(rows) + "</tbody>\n</table>\n"
    )


def _claim_item(claim: ClaimBase) -> str:
    """A claim with no text around it (built by hand): its figures, kind and verdict."""
    kind = escape(getattr(claim, "kind", ""))
    mark = _mark(label(claim), claim.verdict, _claim_title(claim, []))
    return f"{mark} <small>{kind}, {escape(claim.verdict or 'not checked')}</small>"


def _spans(doc: DocumentReport) -> list[_Span]:
    """The claims to highlight, and any finding whose span no claim covers."""
    spans = []
    for claim in doc.claims:
        if claim.start is not None and claim.end is not None and claim.end > claim.start:
            covering = [f for f in doc.findings if f.start < claim.end and claim.start < f.end]
            title = _claim_title(claim, covering)
            spans.append(_Span(claim.start, claim.end, claim.verdict, title))
    for f in doc.findings:
        if f.end > f.start and not any(s.start < f.end and f.start < s.end for s in spans):
            spans.append(_Span(f.start, f.end, "inconsistent", _finding_title(f)))
    return spans


def _highlighted(text: str, spans: Sequence[_Span]) -> str:
    """The escaped text with each span in a <mark>; overlapping spans are cut into pieces."""
    size = len(text)
    starting: dict[int, list[_Span]] = defaultdict(list)
    cuts = {0, size}
    for span in spans:
        start, end = max(0, span.start), min(size, span.end)
        if start < end:
            starting[start].append(span)
            cuts.update((start, end))
    out = []
    active: list[_Span] = []
    for a, b in pairwise(sorted(cuts)):
        active = [s for s in active if s.end > a] + starting.get(a, [])
        if not active:
            out.append(escape(text[a:b]))
            continue
        verdict = max((s.verdict for s in active), key=lambda v: _RANK.get(v, 0))
        title = "\n".join(dict.fromkeys(s.title for s in active))
        out.append(_mark(text[a:b], verdict, title))
    return "".join(out)


def _mark(text: str, verdict: str | None, title: str) -> str:
    return f'<mark class="cc-{verdict or "none"}" title="{escape(title)}">{escape(text)}</mark>'


def _claim_title(claim: ClaimBase, findings: Sequence[Finding]) -> str:
    if findings:
        return "\n".join(_finding_title(f) for f in findings)
    kind = getattr(claim, "kind", "claim")
    if claim.reason:
        return f"{kind}, {claim.verdict}: {claim.reason}"
    return f"{kind}: {claim.verdict or 'not checked'}"


def _finding_title(f: Finding) -> str:
    fix = f" (suggestion: {f.suggestion})" if f.suggestion else ""
    return f"{f.rule} {f.name}: {f.message}{fix}"


def _figure(figure: Stated) -> str:
    if figure.text:
        return figure.text
    unit = figure.currency if isinstance(figure, Money) else ""
    unit = figure.unit if isinstance(figure, Amount) else unit
    return formatting.amount(figure.value, unit)


def _value(value: object) -> str:
    if isinstance(value, float):
        return formatting.number(value, 6)
    if isinstance(value, tuple):
        return ", ".join(_value(v) for v in value)
    return "–" if value is None else str(value)
