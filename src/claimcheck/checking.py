"""From claims to findings and verdicts: run the selected rules over one document."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.claims import Claim, ConversionClaim
from claimcheck.context import CheckContext
from claimcheck.document import Document
from claimcheck.extract.places import currencies_in_context
from claimcheck.report import DocumentReport, Finding
from claimcheck.rules import select_rules
from claimcheck.settings import Settings


def judge(document: Document, claims: Sequence[Claim], settings: Settings) -> DocumentReport:
    """Check the claims of one document and report findings and verdicts."""
    ctx = CheckContext(
        claims,
        settings.rate_table,
        settings.tolerance,
        currencies_in_context(document.text),
    )
    findings: list[Finding] = []
    flagged: dict[int, str] = {}
    for rule in select_rules(settings.select, settings.ignore):
        for issue in rule().check(ctx):
            claim = claims[issue.claim]
            start = issue.start if issue.start is not None else claim.start or 0
            end = issue.end if issue.end is not None else claim.end or start
            line, column = document.line_column(start)
            end_line, end_column = document.line_column(end)
            findings.append(
                Finding(
                    rule=rule.code,
                    name=rule.name,
                    severity=rule.severity,
                    message=issue.message,
                    suggestion=issue.suggestion,
                    start=start,
                    end=end,
                    line=line,
                    column=column,
                    end_line=end_line,
                    end_column=end_column,
                    arithmetic=issue.arithmetic,
                )
            )
            flagged.setdefault(issue.claim, issue.message)
    findings.sort(key=lambda f: (f.start, f.rule))
    return DocumentReport(
        path=document.path,
        findings=findings,
        claims=[_judged(ctx, i, claim, flagged.get(i)) for i, claim in enumerate(claims)],
        date=document.date,
        date_source=document.date_source,
        text=document.text,
    )


def _judged(ctx: CheckContext, index: int, claim: Claim, flagged: str | None) -> Claim:
    if isinstance(claim, ConversionClaim) and index in ctx.fx:
        basis = ctx.fx[index].basis
        claim = claim.model_copy(
            update={
                "reading": ctx.fx[index].reading,
                "rate_used": basis.description if basis else None,
            }
        )
    if flagged is not None:
        return claim.with_verdict("inconsistent", flagged)
    judgement = ctx.judgements.get(index)
    if judgement is not None:
        return claim.with_verdict(judgement.verdict, judgement.reason)
    return claim
