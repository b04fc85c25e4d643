"""Suppressions: `<!-- claimcheck: ignore CC102 -->` comments that silence findings.

`ignore` (optionally followed by rule codes, prefixes or names, comma- or
space-separated; none means every rule) applies to the next paragraph of a Markdown
or HTML document and to the next non-blank line of a text; `ignore-file` applies to
the whole document. The reader finds the comments, blanks them out of the text and
hands them over in `Document.directives` (`document.parse_directive`); this stage, run after
the rules, drops the findings they cover.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.document import Directive, Document
from claimcheck.report import Finding
from claimcheck.rules import select_rules

_NON_SPACE = re.compile(r"\S")


def suppress(document: Document, findings: Sequence[Finding]) -> tuple[list[Finding], int]:
    """The findings no directive in the document covers, and how many were dropped."""
    scopes = [
        (lo, hi, _codes(d.rules)) for d in document.directives for lo, hi in [_scope(document, d)]
    ]
    kept = [
        f
        for f in findings
        if not any(
            lo <= f.start < hi and (codes is None or f.rule in codes) for lo, hi, codes in scopes
        )
    ]
    return kept, len(findings) - len(kept)


def _codes(keys: tuple[str, ...]) -> frozenset[str] | None:
    """The codes of the rules the keys name; None for every rule."""
    return frozenset(rule.code for rule in select_rules(list(keys))) if keys else None


def _scope(document: Document, directive: Directive) -> tuple[int, int]:
    """The [start, end) range of text a directive covers."""
    text = document.text
    if directive.whole_file:
        return 0, len(text)
    match = _NON_SPACE.search(text, directive.end)
    if match is None:
        return 0, 0
    start = match.start()
    if directive.paragraph:
        return start, document.paragraph_at(start).end
    end = text.find("\n", start)
    return start, len(text) if end < 0 else end
