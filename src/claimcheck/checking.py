"""From claims to findings and verdicts: run the selected rules over one document."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from claimcheck import messages
from claimcheck.baseline import Baseline
from claimcheck.context import CheckContext
from claimcheck.document import Document
from claimcheck.extract.places import currencies_in_context
from claimcheck.facts.load import FactSheet
from claimcheck.facts.reader import link_claims
from claimcheck.model.claims import Claim, ConversionClaim
from claimcheck.model.inventory import Claims
from claimcheck.model.judgement import NOT_CHECKED, ClaimVerdict, Judged
from claimcheck.reference.rates import RateTable
from claimcheck.report import Coverage, DocumentReport, Finding
from claimcheck.rules import Rule
from claimcheck.settings import DEFAULT_TOLERANCE
from claimcheck.suppressions import suppress


@dataclass(frozen=True)
class Judging:
    """What claims are judged with: loaded once by a `Checker`, shared by every document."""

    rates: RateTable
    rules: Sequence[type[Rule]]
    tolerance: float = DEFAULT_TOLERANCE
    facts: FactSheet = field(default_factory=FactSheet)
    baseline: Baseline | None = None  # the findings it accepts are not reported


def judge(
    document: Document,
    claims: Sequence[Claim],
    judging: Judging,
    currency_context: Mapping[str, float] | None = None,
) -> DocumentReport:
    """Check the claims of one document and report findings and verdicts.

    `currency_context` is the document's, if already found (`Mentions.currency_context`).
    The bare figures of `claims` have nothing to be checked against but a facts sheet:
    without one, they are not made into claims to be judged.
    """
    if currency_context is None:
        currency_context = currencies_in_context(document.text)
    claims = claims if isinstance(claims, Claims) else Claims(claims)
    judged = list(claims) if judging.facts else claims.held
    facts = link_claims(document, judged, judging.facts)
    ctx = CheckContext(judged, judging.rates, judging.tolerance, currency_context, facts)
    findings: list[Finding] = []
    ids = [claim.id for claim in judged]  # each computed once: a claim's id is a new string
    by_id = dict(zip(ids, judged, strict=True))
    flagged: dict[str, str] = {}  # the first message about each inconsistent claim, by id
    for rule in judging.rules:
        for issue in rule().check(ctx):
            claim = by_id[issue.claim]
            start = issue.start if issue.start is not None else claim.start or 0
            end = issue.end if issue.end is not None else claim.end or start
            findings.append(
                _finding(
                    document, rule, start, end, issue.message, issue.suggestion, issue.arithmetic
                )
            )
            flagged.setdefault(issue.claim, issue.message)
    findings, suppressed, comments = suppress(
        document, findings, {rule.code for rule in judging.rules}
    )
    findings += [
        _finding(document, c.rule, c.start, c.end, c.message, c.suggestion) for c in comments
    ]
    findings.sort(key=lambda f: (f.start, f.rule))
    baseline = judging.baseline
    findings, baselined = (
        baseline.split(document.path, document.text, findings) if baseline else (findings, 0)
    )
    verdicts = {
        key: verdict
        for key, claim in zip(ids, judged, strict=True)
        if (verdict := _verdict(ctx, claim, key, flagged.get(key))) != NOT_CHECKED
    }
    return DocumentReport(
        path=document.path,
        findings=findings,
        suppressed=suppressed,
        baselined=baselined,
        claims=claims,
        verdicts=verdicts,
        coverage=_coverage(
            [verdicts.get(key, NOT_CHECKED) for key in ids],
            len(claims) - len(judged),
            claims.held_before_bare(),
        ),
        notes=[*document.notes, *facts.sheet.notes],
        date=document.date,
        date_source=document.date_source,
        text=document.text,
    )


def _finding(
    document: Document,
    rule: type[Rule],
    start: int,
    end: int,
    message: str,
    suggestion: str | None = None,
    arithmetic: str | None = None,
) -> Finding:
    """A rule's finding at [start, end) of the document, with its lines and columns."""
    line, column = document.line_column(start)
    end_line, end_column = document.line_column(end)
    return Finding(
        rule=rule.code,
        name=rule.name,
        severity=rule.severity,
        message=message,
        suggestion=suggestion,
        start=start,
        end=end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        arithmetic=arithmetic,
    )


def _verdict(ctx: CheckContext, claim: Claim, key: str, flagged: str | None) -> ClaimVerdict:
    """The verdict of the claim whose id is `key`, and what its judges used (rate, reading,
    facts)."""
    used: dict[str, object] = {}
    if isinstance(claim, ConversionClaim) and key in ctx.fx:
        basis = ctx.fx[key].basis
        used["reading"] = ctx.fx[key].reading
        used["rate_used"] = messages.text(basis.description) if basis else None
    checked = ctx.fact_checks.get(key)
    if checked is not None:
        used["facts"] = checked.used
    judgement: Judged | None = ctx.judgements.get(key)
    if judgement is None or (judgement.verdict == "unverifiable" and checked and checked.used):
        judgement = checked  # the facts decide what the text alone could not
    if flagged is not None:
        used.update(verdict="inconsistent", reason=flagged)
    elif judgement is not None:
        used.update(verdict=judgement.verdict, reason=messages.optional(judgement.reason))
    return ClaimVerdict.model_validate(used) if used else NOT_CHECKED


def _coverage(verdicts: Sequence[ClaimVerdict], unjudged: int = 0, before: int = 0) -> Coverage:
    """How many claims were checked, and why the others could not be.

    `unjudged` counts bare figures not judged (nothing to check them against), the first
    of which comes after `before` of the `verdicts` in the text: reasons of equal counts
    are listed in the order the text first gives them.
    """
    counts = Counter(verdict.verdict for verdict in verdicts)
    counts[None] += unjudged
    reasons = Counter(_reason(verdict) for verdict in verdicts[:before] if _reason(verdict))
    if unjudged:
        reasons[_NOTHING] += unjudged
    reasons.update(_reason(verdict) for verdict in verdicts[before:] if _reason(verdict))
    return Coverage(
        figures=len(verdicts) + unjudged,
        checked=counts["consistent"] + counts["inconsistent"],
        consistent=counts["consistent"],
        inconsistent=counts["inconsistent"],
        unverifiable=counts["unverifiable"] + counts[None],
        reasons=dict(reasons.most_common()),
    )


_NOTHING = "nothing to check it against"


def _reason(verdict: ClaimVerdict) -> str | None:
    """Why a claim could not be checked (None if it was)."""
    if verdict.verdict in (None, "unverifiable"):
        return verdict.reason or _NOTHING
    return None
