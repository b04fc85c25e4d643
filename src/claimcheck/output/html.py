"""HTML: one renderer for the notebook views, the static report and the `serve` page.

A report shows a chart of verdicts per claim kind, then each document: its findings first
(reason, arithmetic and fix in view, each linked to its mark in the text), then the text
with every figure marked by verdict, under a legend. Many documents get an index, and only
those with findings (or errors) are expanded. No script: links and `:target` do the
scrolling and highlighting, and the print stylesheet keeps the marks' colours.

Every piece of text that comes from a document (its text, path, claims and messages) is
escaped, so an article that contains markup shows it as text and cannot run in the page.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape
from itertools import count, pairwise

from claimcheck import formatting
from claimcheck.frames import claim_values
from claimcheck.model.claims import Amount, ClaimBase, Money, Stated
from claimcheck.model.judgement import NOT_CHECKED, ClaimVerdict
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
.claimcheck mark[id] { scroll-margin: 4em; }
.claimcheck mark:target { outline: 3px solid #1a56db; outline-offset: 2px; }
.claimcheck tr:target td { background: #e8f0fe; }
.claimcheck .cc-fix { font-weight: 600; }
.claimcheck details > summary { cursor: pointer; }
.claimcheck details > summary h3 { display: inline; }
.claimcheck .cc-chart text { font: 12px system-ui, sans-serif; fill: #111; }
@media print {
  .claimcheck * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .claimcheck a { color: inherit; text-decoration: none; }
  .claimcheck tr, .claimcheck .cc-chart { break-inside: avoid; }
  .claimcheck details:not([open]) { display: none; }
  .claimcheck mark:target { outline: none; }
}
</style>"""

_LEGEND = (
    '<p class="cc-legend"><small>Figures: <mark class="cc-inconsistent">inconsistent</mark>'
    ' <mark class="cc-unverifiable">unverifiable</mark>'
    ' <mark class="cc-consistent">consistent</mark>'
    ' <mark class="cc-none">not checked</mark>; hover over one for the reason.</small></p>'
)

# Numbers the notebook's displays, so that each display's ids are its own.
_DISPLAYS = count(1)

# Where claims overlap, the text shows the most serious verdict among them.
_RANK = {"inconsistent": 3, "unverifiable": 2, "consistent": 1, None: 0}
# The chart's colours: the marks' borders, darker than their backgrounds, in _RANK's order.
_VERDICTS = {
    "inconsistent": ("inconsistent", "#c62828"),
    "unverifiable": ("unverifiable", "#e0a100"),
    "consistent": ("consistent", "#2e7d32"),
    None: ("not checked", "#9e9e9e"),
}


def page(report: Report) -> str:
    """The `html` format: a standalone page of the whole report."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        "<title>claimcheck report</title>\n</head>\n<body>\n"
        f"{report_html(report, anchor='cc')}</body>\n</html>\n"
    )


def report_html(report: Report, anchor: str | None = None) -> str:
    """A report: the summary and chart, an index for many documents, then each document.

    Its links and ids start with `anchor`; by default one no other display has used, so
    the links of several reports shown in one notebook each land in their own report.
    """
    anchor = anchor or _new_anchor()
    docs = report.documents
    many = len(docs) > 1
    sections = "".join(
        _document(doc, f"{anchor}-{n}", folded=many) for n, doc in enumerate(docs, 1)
    )
    return (
        f'<div class="claimcheck">\n{_STYLE}\n'
        f"<p><strong>claimcheck {escape(report.version)}</strong>: "
        f"{escape(summary(docs))}</p>\n{verdict_chart(report.judged())}"
        f"{_index(docs, anchor) if many else ''}{sections}</div>\n"
    )


def document_html(doc: DocumentReport) -> str:
    """One document: its findings, then its text with its claims highlighted."""
    return f'<div class="claimcheck">\n{_STYLE}\n{_document(doc, _new_anchor())}</div>\n'


def _new_anchor() -> str:
    return f"cc{next(_DISPLAYS)}"


def claim_html(claim: ClaimBase, verdict: ClaimVerdict = NOT_CHECKED) -> str:
    """One claim, highlighted by its verdict, with its values."""
    rows = [("kind", getattr(claim, "kind", "")), ("verdict", verdict.verdict or "not checked")]
    if verdict.reason:
        rows.append(("reason", verdict.reason))
    rows += [(name, _value(value)) for name, value in claim_values(claim, verdict).items()]
    cells = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>\n" for k, v in rows)
    mark = _mark(label(claim), verdict.verdict, _claim_title(claim, verdict, []))
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


def verdict_chart(judged: Iterable[tuple[ClaimBase, ClaimVerdict]]) -> str:
    """An inline SVG bar chart: for each claim kind, its claims counted by verdict."""
    counts: dict[str, Counter[str | None]] = defaultdict(Counter)
    for claim, judgement in judged:
        counts[getattr(claim, "kind", "claim")][judgement.verdict] += 1
    if not counts:
        return ""
    kinds = sorted(counts, key=lambda kind: (-counts[kind].total(), kind))
    widest = max(c.total() for c in counts.values())
    left, bar, row = 130, 300, 22
    rows = []
    for i, kind in enumerate(kinds):
        y, x = i * row, float(left)
        rows.append(f'<text x="{left - 6}" y="{y + 15}" text-anchor="end">{escape(kind)}</text>')
        for verdict, (name, colour) in _VERDICTS.items():
            n = counts[kind][verdict]
            if not n:
                continue
            width = bar * n / widest
            rows.append(
                f'<rect class="cc-bar-{name.replace(" ", "-")}" x="{x:.1f}" y="{y + 3}"'
                f' width="{width:.1f}" height="{row - 6}" fill="{colour}">'
                f"<title>{escape(kind)}: {n} {name}</title></rect>"
            )
            x += width
        rows.append(f'<text x="{x + 6:.1f}" y="{y + 15}">{counts[kind].total()}</text>')
    key = " ".join(
        f'<span style="color:{colour}">&#9632;</span> {name}' for name, colour in _VERDICTS.values()
    )
    height = row * len(kinds)
    return (
        f'<figure class="cc-chart"><svg role="img" width="{left + bar + 40}" height="{height}"'
        f' viewBox="0 0 {left + bar + 40} {height}"><title>Claims by kind and verdict</title>'
        + "".join(rows)
        + f"</svg><figcaption><small>Claims by kind: {key}</small></figcaption></figure>\n"
    )


def _index(docs: Sequence[DocumentReport], anchor: str) -> str:
    """Links to each document, with its count of findings (or its error)."""
    items = []
    for n, doc in enumerate(docs, 1):
        status = "error" if doc.error else _count(doc)
        items.append(f'<li><a href="#{anchor}-{n}">{escape(_title(doc))}</a>: {status}</li>\n')
    return '<nav class="cc-index">\n<ol>\n' + "".join(items) + "</ol>\n</nav>\n"


def _title(doc: DocumentReport) -> str:
    return doc.path or ("text" if doc.text else "claims")


def _count(doc: DocumentReport) -> str:
    n = len(doc.findings)
    return f"{n} finding{'s' * (n != 1)}"


def _document(doc: DocumentReport, anchor: str, *, folded: bool = False) -> str:
    """A document under `anchor`: findings first, then the marked text (or claim list).

    Folded, it is a <details> element, open only when there are findings or an error.
    """
    parts = []
    if doc.date:
        parts.append(f"<p>dated {doc.date.isoformat()} ({escape(doc.date_source or '')})</p>\n")
    if doc.error:
        parts.append(f'<p class="cc-error">error: {escape(doc.error)}</p>\n')
    parts += [f'<p class="cc-note">note: {escape(note)}</p>\n' for note in doc.notes]
    parts.append(_findings_table(doc, anchor))
    if doc.text:
        text = _highlighted(doc.text, _spans(doc), _anchors(doc, anchor))
        parts.append(f'{_LEGEND}\n<div class="cc-text">{text}</div>\n')
    elif doc.claims:
        items = "".join(f"<li>{_claim_item(*judged)}</li>\n" for judged in doc.judged())
        parts.append(f"<ul>\n{items}</ul>\n")
    heading = f"<h3>{escape(_title(doc))}</h3>"
    if not folded:
        return f'<section id="{anchor}">\n{heading}\n' + "".join(parts) + "</section>\n"
    opened = " open" if doc.findings or doc.error else ""
    note = f" <small>{_count(doc)}</small>"
    return (
        f'<details id="{anchor}"{opened}>\n<summary>{heading}{note}</summary>\n'
        + "".join(parts)
        + "</details>\n"
    )


def _anchors(doc: DocumentReport, anchor: str) -> dict[int, str]:
    """The id of the mark where each finding starts, by offset in the text."""
    return {f.start: f"{anchor}-at-{f.start}" for f in doc.findings if f.end > f.start}


def _findings_table(doc: DocumentReport, anchor: str) -> str:
    if not doc.findings:
        return "<p>No findings.</p>\n" if doc.error is None else ""
    rows = []
    for n, f in enumerate(doc.findings, 1):
        where = f"{f.line}:{f.column}" if doc.text else "–"
        if doc.text and f.end > f.start:
            where = f'<a href="#{anchor}-at-{f.start}">{where}</a>'
        arithmetic = (
            f'<div class="cc-arithmetic">= {escape(f.arithmetic)}</div>' if f.arithmetic else ""
        )
        fix = f'<span class="cc-fix">{escape(f.suggestion)}</span>' if f.suggestion else ""
        rows.append(
            f'<tr class="cc-{f.severity}" id="{anchor}-finding-{n}">'
            f'<td class="cc-rule"><code>{escape(f.rule)}</code> {escape(f.name)}</td>'
            f'<td class="cc-where">{where}</td>'
            f"<td>{escape(f.message)}{arithmetic}</td><td>{fix}</td></tr>\n"
        )
    return (
        '<table class="cc-findings">\n<thead><tr><th>rule</th><th>line:col</th><th>reason</th>'
        "<th>fix</th></tr></thead>\n<tbody>\n" + "".join(rows) + "</tbody>\n</table>\n"
    )


def _claim_item(claim: ClaimBase, verdict: ClaimVerdict) -> str:
    """A claim with no text around it (built by hand): its figures, kind and verdict."""
    kind = escape(getattr(claim, "kind", ""))
    mark = _mark(label(claim), verdict.verdict, _claim_title(claim, verdict, []))
    return f"{mark} <small>{kind}, {escape(verdict.verdict or 'not checked')}</small>"


def _spans(doc: DocumentReport) -> list[_Span]:
    """The claims to highlight, and any finding whose span no claim covers."""
    spans = []
    for claim, verdict in doc.judged():
        if claim.start is not None and claim.end is not None and claim.end > claim.start:
            covering = [f for f in doc.findings if f.start < claim.end and claim.start < f.end]
            title = _claim_title(claim, verdict, covering)
            spans.append(_Span(claim.start, claim.end, verdict.verdict, title))
    for f in doc.findings:
        if f.end > f.start and not any(s.start < f.end and f.start < s.end for s in spans):
            spans.append(_Span(f.start, f.end, "inconsistent", _finding_title(f)))
    return spans


def _highlighted(text: str, spans: Sequence[_Span], anchors: Mapping[int, str]) -> str:
    """The escaped text with each span in a <mark>; overlapping spans are cut into pieces.

    The piece that starts at an offset in `anchors` gets that id, for links to land on.
    """
    size = len(text)
    starting: dict[int, list[_Span]] = defaultdict(list)
    cuts = {0, size} | {offset for offset in anchors if 0 <= offset < size}
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
            anchor = f' id="{anchors[a]}"' if a in anchors else ""
            out.append(f"<span{anchor}>{escape(text[a:b])}</span>" if anchor else escape(text[a:b]))
            continue
        verdict = max((s.verdict for s in active), key=lambda v: _RANK.get(v, 0))
        title = "\n".join(dict.fromkeys(s.title for s in active))
        out.append(_mark(text[a:b], verdict, title, anchors.get(a)))
    return "".join(out)


def _mark(text: str, verdict: str | None, title: str, anchor: str | None = None) -> str:
    ident = f' id="{anchor}"' if anchor else ""
    return (
        f'<mark{ident} class="cc-{verdict or "none"}" title="{escape(title)}">{escape(text)}</mark>'
    )


def _claim_title(claim: ClaimBase, verdict: ClaimVerdict, findings: Sequence[Finding]) -> str:
    if findings:
        return "\n".join(_finding_title(f) for f in findings)
    kind = getattr(claim, "kind", "claim")
    if verdict.reason:
        return f"{kind}, {verdict.verdict}: {verdict.reason}"
    return f"{kind}: {verdict.verdict or 'not checked'}"


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
