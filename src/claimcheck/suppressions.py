"""Suppressions: `<!-- claimcheck: ignore CC102 -->` comments that silence findings.

`ignore` (optionally followed by rule codes, prefixes or names, comma- or
space-separated; none means every rule) applies to the next paragraph of a Markdown
or HTML document and to the next non-blank line of a text; `ignore-file` applies to
the whole document. The reader finds the comments, blanks them out of the text and
hands them over in `Document.directives` (`document.parse_directive`); this stage, run
after the rules, drops the findings they cover, and reports the comments themselves when
they are misspelt or name no rule (CC901) or silence nothing (CC902), as ruff's RUF100 does.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass

from claimcheck.document import Directive, Document
from claimcheck.report import Finding
from claimcheck.rules import Rule, all_rules, select_rules
from claimcheck.rules.cc901_unknown_suppression import UnknownSuppression
from claimcheck.rules.cc902_unused_suppression import UnusedSuppression

_NON_SPACE = re.compile(r"\S")


@dataclass(frozen=True, slots=True)
class CommentIssue:
    """A finding about a suppression comment at [start, end) of the text."""

    rule: type[Rule]
    start: int
    end: int
    message: str
    suggestion: str | None = None


def suppress(
    document: Document, findings: Sequence[Finding], ran: Collection[str]
) -> tuple[list[Finding], int, list[CommentIssue]]:
    """The findings no directive covers, how many were dropped, and the issues with the
    comments themselves (for the rules in `ran`, the codes of the rules that were run)."""
    scopes = [_Scope.of(document, d) for d in document.directives if d.problem is None]
    used: set[int] = set()
    kept = []
    for finding in findings:
        covering = {
            i for i, scope in enumerate(scopes) if scope.covers(finding.start, finding.rule)
        }
        used |= covering
        if not covering:
            kept.append(finding)
    issues = [
        issue
        for issue in _comment_issues(document, scopes, used, ran)
        if issue.rule.code in ran
        and not any(s.covers(issue.start, issue.rule.code) for s in scopes)
    ]
    return kept, len(findings) - len(kept), issues


@dataclass(frozen=True, slots=True)
class _Scope:
    """The [start, end) range of text a working directive covers, and for which rules."""

    directive: Directive
    start: int
    end: int
    codes: frozenset[str] | None  # None: every rule

    @classmethod
    def of(cls, document: Document, directive: Directive) -> _Scope:
        start, end = _range(document, directive)
        keys = list(directive.rules)
        codes = frozenset(rule.code for rule in select_rules(keys)) if keys else None
        return cls(directive, start, end, codes)

    def covers(self, offset: int, code: str) -> bool:
        return self.start <= offset < self.end and (self.codes is None or code in self.codes)


def _comment_issues(
    document: Document, scopes: Sequence[_Scope], used: set[int], ran: Collection[str]
) -> Iterator[CommentIssue]:
    for directive in document.directives:
        if directive.problem is not None:
            yield CommentIssue(
                UnknownSuppression,
                directive.start,
                directive.end,
                f"this comment silences nothing: {directive.problem}",
                directive.fix,
            )
    for index, scope in enumerate(scopes):
        directive = scope.directive
        for key in directive.rules:
            if not select_rules([key]):
                yield _unknown_rule(directive, key)
        if index in used or scope.codes == frozenset():
            continue  # it silenced something, or it names no rule (reported above)
        if scope.codes is None and not {rule.code for rule in all_rules()} <= set(ran):
            continue  # a comment for every rule, when only some were run
        if scope.codes is not None and (
            not scope.codes & set(ran) or any(c.startswith("CC9") for c in scope.codes)
        ):
            continue  # its rules were not run, or it is about comments themselves
        named = (
            "no finding" if scope.codes is None else f"no {'/'.join(sorted(scope.codes))} finding"
        )
        yield CommentIssue(
            UnusedSuppression,
            directive.start,
            directive.end,
            f"this comment silences {named} (the text it covered was fixed or moved); remove it",
            "remove the comment",
        )


def _unknown_rule(directive: Directive, key: str) -> CommentIssue:
    known = [rule.code for rule in all_rules()] + [rule.name for rule in all_rules()]
    close = difflib.get_close_matches(key, known, n=1)
    hint = f' (did you mean "{close[0]}"?)' if close else ""
    return CommentIssue(
        UnknownSuppression,
        directive.start,
        directive.end,
        f'no rule is named "{key}"{hint}, so this comment silences nothing for it;'
        " `claimcheck rules` lists them",
        close[0] if close else None,
    )


def _range(document: Document, directive: Directive) -> tuple[int, int]:
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
